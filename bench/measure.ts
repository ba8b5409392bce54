/** Timing helpers for `npm run bench`: medians of repeated runs, ratios against a baseline. */

export interface Timing {
  medianMs: number;
  runs: number;
}

export function time(fn: () => unknown, runs = 5, warmup = 1): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, runs };
}

export async function timeAsync(fn: () => Promise<unknown>, runs = 3, warmup = 1): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, runs };
}

export interface BenchRow {
  benchmark: string;
  size: string;
  targetMs?: number;
  baselineMs?: number;
  ratio?: number;
  limit?: number;
  /** How the limit reads when it is not a ratio, e.g. `≤ 200 KB`. */
  limitText?: string;
  value?: string;
  ok?: boolean;
  note?: string;
}

export function ratioRow(
  benchmark: string,
  size: string,
  target: Timing,
  baseline: Timing,
  limit: number,
  note?: string,
): BenchRow {
  const ratio = target.medianMs / baseline.medianMs;
  return {
    benchmark,
    size,
    targetMs: target.medianMs,
    baselineMs: baseline.medianMs,
    ratio,
    limit,
    ok: ratio <= limit,
    note,
  };
}

export function printTable(rows: readonly BenchRow[]): string {
  const header = ["benchmark", "size", "opeval", "baseline ms", "ratio", "target", "ok", "note"];
  const cells = rows.map((r) => [
    r.benchmark,
    r.size,
    r.targetMs !== undefined ? r.targetMs.toFixed(1) + " ms" : (r.value ?? ""),
    r.baselineMs?.toFixed(1) ?? "",
    r.ratio !== undefined ? r.ratio.toFixed(2) + "×" : "",
    r.limitText ??
      (r.limit !== undefined ? (r.ratio !== undefined ? "≤ " + r.limit + "×" : "≤ " + r.limit) : ""),
    r.ok === undefined ? "" : r.ok ? "yes" : "NO",
    r.note ?? "",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => [...c[i]!].length)));
  const line = (c: string[]) =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join("  ")
      .trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
}
