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

/**
 * One row of bench/results.json. `id` is stable across runs (tools and the docs refer to it);
 * `value` is always a number in `unit` (NaN, written as null, when the run failed); `target` is the
 * budget in the same unit; ratio rows also carry the `baseline` they divide by.
 */
export interface BenchRow {
  id: string;
  benchmark: string;
  size: string;
  value: number;
  unit: string;
  target?: number;
  /** How the target reads when `≤ target unit` does not say it, e.g. `≤ 2 + MB/4`. */
  targetText?: string;
  /** For ratios: the baseline's median, in `baselineUnit`. */
  baseline?: number;
  baselineUnit?: string;
  /** For ratios: opeval's own median time. */
  opevalMs?: number;
  ok?: boolean;
  note?: string;
}

export function ratioRow(
  id: string,
  benchmark: string,
  size: string,
  target: Timing,
  baseline: Timing,
  limit: number,
  note?: string,
): BenchRow {
  const ratio = target.medianMs / baseline.medianMs;
  return {
    id,
    benchmark,
    size,
    value: ratio,
    unit: "×",
    target: limit,
    baseline: baseline.medianMs,
    baselineUnit: "ms",
    opevalMs: target.medianMs,
    ok: ratio <= limit,
    ...(note ? { note } : {}),
  };
}

function shown(value: number, unit: string): string {
  if (Number.isNaN(value)) return "failed";
  const digits = unit === "×" ? 2 : Number.isInteger(value) ? 0 : value < 10 ? 2 : 1;
  return unit === "×" ? `${value.toFixed(digits)}×` : `${value.toFixed(digits)} ${unit}`;
}

export function printTable(rows: readonly BenchRow[]): string {
  const header = ["id", "benchmark", "size", "value", "opeval ms", "baseline", "target", "ok", "note"];
  const cells = rows.map((r) => [
    r.id,
    r.benchmark,
    r.size,
    shown(r.value, r.unit),
    r.opevalMs?.toFixed(1) ?? "",
    r.baseline !== undefined ? `${r.baseline.toFixed(1)} ${r.baselineUnit ?? ""}`.trim() : "",
    r.targetText ?? (r.target !== undefined ? `≤ ${shown(r.target, r.unit)}` : ""),
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
