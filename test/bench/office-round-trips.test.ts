/**
 * The Office.js round-trip budget of "generate all forms" (every annex, kk and ru), counted with the
 * recording fake through bench/office.ts (the code `npm run bench` reports with). Counts and sizes
 * only, never times.
 */
import { formsRoundTrips } from "../../bench/office";

const MB = 1024 * 1024;

test("an 8-body cohort's forms take at most 6 syncs, no request over 4 MB", async () => {
  const r = await formsRoundTrips(8);
  expect(r.sheets).toBeGreaterThan(100);
  expect(r.syncs).toBeLessThanOrEqual(6);
  expect(r.largestRequestBytes).toBeLessThanOrEqual(4 * MB);
});

test("50 bodies: syncs grow with the bytes sent, not with bodies or sheets", async () => {
  const r = await formsRoundTrips(50);
  expect(r.largestRequestBytes).toBeLessThanOrEqual(4 * MB);
  // One sync for the sheet names, then batches that are on average at least half of the 4 MB budget.
  expect(r.syncs - 1).toBeLessThanOrEqual(Math.ceil(r.totalBytes / (2 * MB)));
  expect(r.syncs).toBeLessThan(r.sheets / 50);
});
