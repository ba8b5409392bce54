/**
 * Engine alone: parse + validate + score + explain a cohort, against JSON.parse of the same text.
 * A context row shows what merely materialising the engine's output costs the native JSON parser,
 * because the output (explanations, per-indicator detail) is several times larger than the input.
 */
import { evaluate } from "../src/evaluate";
import { syntheticCohort } from "./cohort";
import { ratioRow, time, type BenchRow } from "./measure";

export function engineAlone(rows: BenchRow[], sizes: readonly number[] = [50, 300, 3000]): void {
  for (const n of sizes) {
    const text = JSON.stringify(syntheticCohort(n));
    // Small cohorts take well under a millisecond: more runs, and enough warm-up for the JIT.
    const runs = n <= 300 ? 31 : 9;
    const warmup = n <= 300 ? 20 : 2;
    const baseline = time(() => JSON.parse(text), runs, warmup);
    const target = time(
      () => {
        const e = evaluate(JSON.parse(text));
        if (!e.ok) throw new Error("bench: synthetic cohort invalid");
      },
      runs,
      warmup,
    );
    rows.push(
      ratioRow(
        `engine.ratio.${n}`,
        "engine: parse+validate+score+explain",
        `${n} bodies`,
        target,
        baseline,
        10,
        "vs JSON.parse of the same text",
      ),
    );
    if (n !== sizes[sizes.length - 1]) continue;
    const evaluation = evaluate(JSON.parse(text));
    if (!evaluation.ok) throw new Error("bench: synthetic cohort invalid");
    const output = JSON.stringify(evaluation.result.bodies);
    const materialise = time(() => JSON.parse(output), 5);
    rows.push({
      ...ratioRow(
        `engine.output-parse.ratio.${n}`,
        "  context: JSON.parse of the engine's output",
        `${n} bodies`,
        materialise,
        baseline,
        10,
        `output ${(output.length / text.length).toFixed(1)}× the input text`,
      ),
      target: undefined,
      ok: undefined,
    });
  }
}
