/**
 * CLI end to end: `opeval conclude` (score + every annex form, kk and ru → one .xlsx) against
 * exceljs alone writing the same cells, each in a child process (e2e-child.ts) so that peak
 * memory is measured per run. Cohort files and workbooks go to a temporary folder.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { syntheticCohort } from "./cohort";
import { ratioRow, type BenchRow, type Timing } from "./measure";

interface ChildResult {
  ms: number;
  maxRssMB: number;
  sheets: number;
  cells?: number;
}

export interface E2eOptions {
  runs: number;
  /** V8 heap cap for the opeval child (MB): a cohort too big for it fails instead of swapping the machine. */
  heapCapMB?: number;
  /** Give up on a child after this long (it is killed and the row says so). */
  timeoutMs?: number;
}

function child(
  mode: "opeval" | "baseline" | "split",
  cohort: string,
  out: string,
  { heapCapMB, timeoutMs }: Pick<E2eOptions, "heapCapMB" | "timeoutMs">,
): ChildResult {
  const args = [
    ...(heapCapMB ? [`--max-old-space-size=${heapCapMB}`] : []),
    join(__dirname, "e2e-child.js"),
    mode,
    cohort,
    out,
  ];
  const r = spawnSync(process.execPath, args, {
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    ...(timeoutMs ? { timeout: timeoutMs } : {}),
  });
  if (r.status !== 0) {
    const reason = /heap out of memory|Allocation failed/i.test(r.stderr ?? "")
      ? "out of memory"
      : r.signal
        ? `did not finish within ${((timeoutMs ?? 0) / 60000).toFixed(0)} min (killed)`
        : `exit ${r.status}`;
    throw new E2eFailure(mode, reason, (r.stderr ?? "").split("\n").slice(-6).join("\n"));
  }
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildResult;
}

export class E2eFailure extends Error {
  constructor(
    readonly mode: string,
    readonly reason: string,
    readonly detail: string,
  ) {
    super(`${mode}: ${reason}`);
  }
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export function endToEnd(rows: BenchRow[], bodies: number, options: E2eOptions): void {
  const dir = mkdtempSync(join(tmpdir(), "opeval-bench-"));
  try {
    const cohort = join(dir, `cohort-${bodies}.json`);
    writeFileSync(cohort, JSON.stringify(syntheticCohort(bodies)));
    const opeval: ChildResult[] = [];
    const baseline: ChildResult[] = [];
    for (let i = 0; i < options.runs; i++) {
      // Alternate, so a burst of load from elsewhere hits both sides alike.
      opeval.push(child("opeval", cohort, join(dir, "opeval.xlsx"), options));
      baseline.push(child("baseline", cohort, join(dir, "baseline.xlsx"), {}));
    }
    const timing = (rs: ChildResult[]): Timing => ({
      medianMs: median(rs.map((r) => r.ms)),
      runs: rs.length,
    });
    const first = baseline[0]!;
    rows.push(
      ratioRow(
        `cli.conclude.ratio.${bodies}`,
        "cli e2e: conclude (all forms kk+ru) → xlsx",
        `${bodies} bodies`,
        timing(opeval),
        timing(baseline),
        1.5,
        `${first.sheets} sheets, ${first.cells} cells; vs exceljs handed the final cells, merges and styles; ${options.runs} run(s)`,
      ),
    );
    const peak = Math.max(...opeval.map((r) => r.maxRssMB));
    rows.push({
      id: `cli.conclude.rss.${bodies}`,
      benchmark: "cli e2e: peak memory (maxRSS), one workbook",
      size: `${bodies} bodies`,
      value: Math.round(peak),
      unit: "MB",
      note: `baseline process ${Math.max(...baseline.map((r) => r.maxRssMB)).toFixed(0)} MB (incl. building the forms)`,
    });
  } catch (e) {
    if (!(e instanceof E2eFailure)) throw e;
    rows.push({
      id: `cli.conclude.ratio.${bodies}`,
      benchmark: "cli e2e: conclude (all forms kk+ru) → xlsx",
      size: `${bodies} bodies`,
      value: NaN,
      unit: "×",
      ok: false,
      note: `${e.mode} ${e.reason}${options.heapCapMB ? ` (heap cap ${options.heapCapMB} MB)` : ""}`,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `conclude --split` at each size (one run each, in its own process): time, peak memory, and the
 * growth of time from the smallest to the largest size (linear would be the ratio of the sizes).
 */
export function splitRuns(
  rows: BenchRow[],
  sizes: readonly number[],
  options: { timeoutMs?: number } = {},
): void {
  const dir = mkdtempSync(join(tmpdir(), "opeval-bench-split-"));
  const results = new Map<number, ChildResult>();
  try {
    for (const bodies of sizes) {
      const cohort = join(dir, `cohort-${bodies}.json`);
      writeFileSync(cohort, JSON.stringify(syntheticCohort(bodies)));
      const out = join(dir, `split-${bodies}`);
      try {
        const r = child("split", cohort, out, { heapCapMB: 4096, ...options });
        results.set(bodies, r);
        rows.push({
          id: `cli.split.rss.${bodies}`,
          benchmark: "cli --split: peak memory (maxRSS)",
          size: `${bodies} bodies`,
          value: Math.round(r.maxRssMB),
          unit: "MB",
          ...(bodies >= 3000 ? { target: 400, ok: r.maxRssMB <= 400 } : {}),
          note: `${r.sheets} workbooks in ${(r.ms / 1000).toFixed(0)} s`,
        });
      } catch (e) {
        if (!(e instanceof E2eFailure)) throw e;
        rows.push({
          id: `cli.split.rss.${bodies}`,
          benchmark: "cli --split: peak memory (maxRSS)",
          size: `${bodies} bodies`,
          value: NaN,
          unit: "MB",
          ok: false,
          note: e.reason,
        });
      } finally {
        rmSync(out, { recursive: true, force: true });
        rmSync(cohort, { force: true });
      }
    }
    const small = results.get(sizes[0]!);
    const large = results.get(sizes[sizes.length - 1]!);
    if (small && large && sizes.length > 1) {
      const growth = large.ms / small.ms;
      rows.push({
        id: "cli.split.growth",
        benchmark: "cli --split: time growth",
        size: `${sizes[sizes.length - 1]} / ${sizes[0]} bodies`,
        value: Number(growth.toFixed(2)),
        unit: "×",
        target: 11,
        baseline: small.ms,
        baselineUnit: "ms",
        opevalMs: large.ms,
        ok: growth <= 11,
        note: `linear would be ${(sizes[sizes.length - 1]! / sizes[0]!).toFixed(0)}×`,
      });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
