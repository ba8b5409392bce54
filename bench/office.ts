/**
 * Office.js round trips of "generate all forms" (every annex, kk and ru) through the real
 * OfficeWorkbook.writeSheets against the recording fake of test/excel/fake-excel.ts: the number of
 * context.sync calls and the largest request, measured as the UTF-8 size of the JSON of what one
 * sync sent (values, formats, every property set and method call).
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { OfficeWorkbook } from "../src/excel/office";
import { REQUEST_BUDGET_BYTES, REQUEST_LIMIT_BYTES } from "../src/excel/plan";
import { buildConclusionSheets } from "../src/forms/index";
import { evaluate } from "../src/evaluate";
import { fakeRunner } from "../test/excel/fake-excel";
import { syntheticCohort } from "./cohort";
import type { BenchRow } from "./measure";

export interface RoundTrips {
  bodies: number;
  sheets: number;
  syncs: number;
  largestRequestBytes: number;
  totalBytes: number;
}

export async function formsRoundTrips(bodies: number): Promise<RoundTrips> {
  const evaluation = evaluate(syntheticCohort(bodies));
  if (!evaluation.ok) throw new Error("bench: synthetic cohort invalid");
  const existing = ["Sheet1"];
  const specs = buildConclusionSheets(evaluation.result, {
    langs: ["kk", "ru"],
    forms: "all",
    existingSheetNames: existing,
  });
  const { run, contexts } = fakeRunner({ sheets: [...existing], tables: {} });
  await new OfficeWorkbook(run).writeSheets(specs);
  let largest = 0;
  let total = 0;
  for (const context of contexts)
    for (const request of context.requests) {
      const bytes = Buffer.byteLength(JSON.stringify(request));
      largest = Math.max(largest, bytes);
      total += bytes;
    }
  return {
    bodies,
    sheets: specs.length,
    syncs: contexts.reduce((n, c) => n + c.syncs, 0),
    largestRequestBytes: largest,
    totalBytes: total,
  };
}

const MB = 1024 * 1024;

export function roundTripRows(rows: BenchRow[], r: RoundTrips): void {
  rows.push({
    benchmark: "office.js: context.sync calls",
    size: `${r.bodies} bodies`,
    value: String(r.syncs),
    limit: 6,
    ok: r.syncs <= 6,
    note: `${r.sheets} sheets, ${(r.totalBytes / MB).toFixed(1)} MB sent in all`,
  });
  rows.push({
    benchmark: "office.js: largest request",
    size: `${r.bodies} bodies`,
    value: `${(r.largestRequestBytes / MB).toFixed(2)} MB`,
    limit: 4,
    limitText: "≤ 4 MB",
    ok: r.largestRequestBytes <= 4 * MB,
    note: `batch budget ${(REQUEST_BUDGET_BYTES / MB).toFixed(1)} MB of Excel's ${REQUEST_LIMIT_BYTES / MB} MB`,
  });
}

/** formsRoundTrips for each size in a child process (office-child.ts). */
export function roundTripsInChild(sizes: readonly number[]): Promise<RoundTrips[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, "office-child.js"), ...sizes.map(String)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim()) as RoundTrips[])
        : reject(new Error(`bench: office round trips exited ${code}`)),
    );
  });
}
