/**
 * `npm run bench`: every figure is a ratio against a baseline measured in the same process run,
 * because absolute times vary between machines. Prints a table and writes bench/results.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { evaluate } from "../src/methodology/assess";
import { disciplineScore } from "../src/methodology/complaints";
import { timelinessScore } from "../src/methodology/services";
import { ROOT, syntheticCohort } from "./cohort";
import { printTable, ratioRow, time, type BenchRow } from "./measure";

function engineAlone(rows: BenchRow[]): void {
  for (const n of [50, 300, 3000]) {
    const text = JSON.stringify(syntheticCohort(n));
    const baseline = time(() => JSON.parse(text), 7);
    const target = time(() => {
      const e = evaluate(JSON.parse(text));
      if (!e.ok) throw new Error("synthetic cohort invalid");
    }, 5);
    rows.push(
      ratioRow(
        "engine: parse + validate + score + explain",
        `${n} bodies`,
        target,
        baseline,
        10,
        "vs JSON.parse of the same text",
      ),
    );
  }
}

/** The same arithmetic inline, as a spreadsheet formula would do it. */
function inlineT1(late: number, base: number): number {
  if (base === 0) return 26;
  const v = 26 - (late / base) * 10000;
  return v < 0 ? 0 : v;
}
function inlineR4(d: number, late: number, imp: number): number {
  const b = late - imp;
  if (b === 0) return 10;
  const s = (d / b) * 100;
  return s >= 90 ? 10 : s >= 80 ? 8 : s >= 70 ? 6 : s >= 60 ? 4 : s >= 50 ? 1 : 0;
}

function indicatorCalls(rows: BenchRow[]): void {
  const N = 1_000_000;
  let sink = 0;
  const t1 = time(() => {
    for (let i = 0; i < N; i++) sink += timelinessScore(i % 500, 100000 + (i % 7), "central");
  }, 5);
  const t1Inline = time(() => {
    for (let i = 0; i < N; i++) sink += inlineT1(i % 500, 100000 + (i % 7));
  }, 5);
  rows.push(ratioRow("engine T1 (timelinessScore)", "1M calls", t1, t1Inline, 3, "vs inline arithmetic"));
  const r4 = time(() => {
    for (let i = 0; i < N; i++) sink += disciplineScore(i % 40, 50, i % 10);
  }, 5);
  const r4Inline = time(() => {
    for (let i = 0; i < N; i++) sink += inlineR4(i % 40, 50, i % 10);
  }, 5);
  rows.push(ratioRow("engine R4 (disciplineScore)", "1M calls", r4, r4Inline, 3, "vs inline arithmetic"));
  if (Number.isNaN(sink)) console.log(sink);
}

async function main(): Promise<void> {
  const rows: BenchRow[] = [];
  engineAlone(rows);
  indicatorCalls(rows);
  console.log(printTable(rows));
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  };
  mkdirSync(join(ROOT, "bench"), { recursive: true });
  writeFileSync(
    join(ROOT, "bench", "results.json"),
    JSON.stringify({ date: new Date().toISOString(), machine, rows }, null, 1),
  );
  console.log(
    `\nmachine: ${machine.cpus} × ${machine.cpu}, ${machine.memoryGiB} GiB, node ${machine.node}; bench/results.json written`,
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
