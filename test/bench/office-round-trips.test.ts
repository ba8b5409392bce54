/**
 * The Office.js budget of "generate all forms" (every annex, kk and ru), counted with the recording
 * fake through bench/office.ts (the code `npm run bench` reports with). Counts and sizes only,
 * never times. Bytes are the fake's model of the wire (test/excel/fake-excel.ts, wireBytes).
 */
import { formsRoundTrips, syncBudget } from "../../bench/office";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/plan";

const MB = 1024 * 1024;

test("50 bodies by file import (the chosen path): ≤ 4 MB and ≤ 3 syncs, no request over the budget", async () => {
  const r = await formsRoundTrips(50);
  expect(r.path).toBe("import");
  expect(r.sheets).toBe(1064);
  expect(r.totalBytes).toBeLessThanOrEqual(4 * MB);
  expect(r.syncs).toBeLessThanOrEqual(3);
  expect(r.largestRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
});

test("an 8-body cohort's forms by Office.js calls: no request over 4 MB, syncs within 2 + MB/4", async () => {
  const r = await formsRoundTrips(8, "calls");
  expect(r.sheets).toBeGreaterThan(100);
  expect(r.largestRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  expect(r.syncs).toBeLessThanOrEqual(2 + r.totalBytes / MB / 4);
  expect(r.syncs).toBeLessThanOrEqual(3);
});

test("50 bodies by Office.js calls: requests filled to the 4 MB budget, so syncs follow the bytes (≤ 2 + MB/4)", async () => {
  const r = await formsRoundTrips(50, "calls");
  expect(r.largestRequestBytes).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  expect(r.syncs).toBeLessThanOrEqual(2 + r.totalBytes / MB / 4);
  expect(syncBudget({ ...r, bodies: 500 })).toBeGreaterThanOrEqual(r.syncs);
  // What the lean writer sends beyond the values: under 15 KB a sheet (it was 24 KB of JSON alone
  // before named styles, 50 KB on the modelled wire).
  expect((r.totalBytes - r.valueBytes) / r.sheets).toBeLessThan(15 * 1024);
  // The values are the floor: at least a quarter of every byte sent.
  expect(r.valueBytes / r.totalBytes).toBeGreaterThan(0.25);
});
