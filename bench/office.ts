/**
 * Office.js round trips of "generate all forms" (every annex, kk and ru) through the real
 * OfficeWorkbook.writeSheets against the recording fake of test/excel/fake-excel.ts: the number of
 * context.sync calls and the bytes of each request as Office.js would send them (the fake's wire
 * model: every action and, once per request, every object path it uses), and also the plain JSON
 * of the recorded actions, the measure the figures were taken with.
 */
import { nodeFileImport } from "../test/helpers/file-import";
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
  path: "import" | "calls";
  sheets: number;
  syncs: number;
  largestRequestBytes: number;
  totalBytes: number;
  /** The older measure: UTF-8 bytes of the JSON of the recorded actions (what the "now" counted). */
  recordedBytes: number;
  /** UTF-8 bytes of the values arrays alone: what any Office.js writer must send. */
  valueBytes: number;
}

/**
 * `path`: "import", Generate where Excel has ExcelApi 1.13 (the forms as an .xlsx file, inserted);
 * "calls", where it has not, or after the import failed (Office.js calls, named styles).
 */
export async function formsRoundTrips(
  bodies: number,
  path: "import" | "calls" = "import",
): Promise<RoundTrips> {
  const evaluation = evaluate(syntheticCohort(bodies));
  if (!evaluation.ok) throw new Error("bench: synthetic cohort invalid");
  const existing = ["Sheet1"];
  const specs = buildConclusionSheets(evaluation.result, {
    langs: ["kk", "ru"],
    forms: "all",
    existingSheetNames: existing,
  });
  const { run, contexts } = fakeRunner({ sheets: [...existing], tables: {} });
  await new OfficeWorkbook(run, path === "import" ? nodeFileImport : undefined).writeSheets(specs);
  let largest = 0;
  let total = 0;
  let recorded = 0;
  let valueBytes = 0;
  for (const context of contexts)
    for (const request of context.requests) {
      const bytes = context.wireBytes(request);
      recorded += Buffer.byteLength(JSON.stringify(request));
      largest = Math.max(largest, bytes);
      total += bytes;
      for (const a of request)
        if (a.op === "set values") valueBytes += Buffer.byteLength(JSON.stringify(a.value));
    }
  return {
    bodies,
    path,
    sheets: specs.length,
    syncs: contexts.reduce((n, c) => n + c.syncs, 0),
    largestRequestBytes: largest,
    totalBytes: total,
    recordedBytes: recorded,
    valueBytes,
  };
}

const MB = 1024 * 1024;

/** The budgets: 50 bodies in ≤ 4 MB and ≤ 3 syncs; any size in ≤ 2 + MB/4 syncs. */
export function syncBudget(r: RoundTrips): number {
  return r.bodies <= 50 ? 3 : 2 + r.totalBytes / MB / 4;
}

export function roundTripRows(rows: BenchRow[], r: RoundTrips): void {
  const mb = r.totalBytes / MB;
  // The chosen path carries the ids; the fallback's rows are context under office.calls.*.
  const id = (name: string) =>
    r.path === "import" ? `office.${name}.${r.bodies}` : `office.calls.${name}.${r.bodies}`;
  const how = r.path === "import" ? "file import" : "Office.js calls (fallback)";
  rows.push({
    id: id("bytes"),
    benchmark: `office.js ${how}: bytes sent, all forms kk+ru`,
    size: `${r.bodies} bodies`,
    value: Number(mb.toFixed(2)),
    unit: "MB",
    ...(r.bodies <= 50 && r.path === "import" ? { target: 4, ok: mb <= 4 } : {}),
    note:
      r.path === "import"
        ? `${r.sheets} sheets; the .xlsx as base64 plus the print names set after it`
        : `${r.sheets} sheets; modelled wire bytes; values alone ${(r.valueBytes / MB).toFixed(2)} MB (the floor of any Office.js writer)`,
  });
  rows.push({
    id: id("recorded"),
    benchmark: "  context: JSON of the recorded actions",
    size: `${r.bodies} bodies`,
    value: Number((r.recordedBytes / MB).toFixed(2)),
    unit: "MB",
    note: "the simpler measure the issue's 24.2 MB was taken with",
  });
  const budget = syncBudget(r);
  rows.push({
    id: id("syncs"),
    benchmark: `office.js ${how}: context.sync calls`,
    size: `${r.bodies} bodies`,
    value: r.syncs,
    unit: "syncs",
    target: Number(budget.toFixed(2)),
    ...(r.bodies <= 50 ? {} : { targetText: `≤ 2 + MB/4 = ${budget.toFixed(1)}` }),
    ok: r.syncs <= budget,
    note:
      r.path === "import"
        ? "one for the sheet names, one per file of ≤ 4 MiB (its insert with the previous file's print names), one for the last file's print names"
        : "one for the sheet and style names, one per request of ≤ 4 MiB",
  });
  rows.push({
    id: id("request.max"),
    benchmark: `office.js ${how}: largest request`,
    size: `${r.bodies} bodies`,
    value: Number((r.largestRequestBytes / MB).toFixed(2)),
    unit: "MB",
    target: 4,
    ok: r.largestRequestBytes <= 4 * MB,
    note: `batch budget ${(REQUEST_BUDGET_BYTES / MB).toFixed(1)} MB of Excel's ${REQUEST_LIMIT_BYTES / MB} MB`,
  });
}

/** formsRoundTrips for each size in a child process (office-child.ts). */
export function roundTripsInChild(sizes: readonly string[]): Promise<RoundTrips[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(__dirname, "office-child.js"), ...sizes], {
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
