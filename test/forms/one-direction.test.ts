/**
 * Issue 24 part 3: an authority that assesses one direction runs opeval on its own data. Openness
 * alone and complaints alone score exactly as they do in the full cohort (neither depends on the
 * other directions), read back from the template, and only that direction's annexes are written.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { buildConclusionForms } from "../../src/forms/index";
import { parseAssessment } from "../../src/model/parse";
import { assessmentToTables, readAndValidateTables } from "../../src/model/tables";
import type { DirectionId } from "../../src/model/types";
import { ROOT } from "../helpers/cli";

type Json = Record<string, unknown>;
const cohort = () =>
  JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as { bodies: Json[] };

/** The cohort with only `direction`'s data (and its facts) for every body. */
function only(direction: "openness" | "complaints"): Json {
  const input = cohort();
  for (const body of input.bodies) {
    for (const d of ["services", "openness", "complaints"] as const) if (d !== direction) delete body[d];
    body.unreliable = { [direction]: (body.unreliable as Json | undefined)?.[direction] ?? 0 };
  }
  return input;
}

function scoreOf(outcome: unknown): number | null {
  return outcome && typeof outcome === "object" ? (outcome as { score: number }).score : null;
}

describe.each(["openness", "complaints"] as const)("a workbook holding %s alone", (direction) => {
  const full = evaluate(cohort());
  const alone = evaluate(only(direction));
  if (!full.ok || !alone.ok) throw new Error("the sample cohort must score");

  test("scores every body as the full cohort does, with no general score", () => {
    let checked = 0;
    for (const body of alone.result.bodies) {
      const inFull = full.result.bodies.find((b) => b.id === body.id)!;
      expect([body.id, scoreOf(body[direction])]).toEqual([body.id, scoreOf(inFull[direction])]);
      expect(scoreOf(body[direction])).not.toBeNull();
      for (const other of ["services", "openness", "complaints"] as DirectionId[])
        if (other !== direction) expect(body[other]).toBeNull();
      expect(body.overall).toBeNull();
      checked++;
    }
    expect(checked).toBe(8);
  });

  test("reads back from the template unchanged", () => {
    const parsed = parseAssessment(only(direction));
    const back = readAndValidateTables(assessmentToTables(parsed.assessment!, "kk"));
    expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(back.assessment!.bodies.map((b) => b[direction])).toEqual(
      parsed.assessment!.bodies.map((b) => b[direction]),
    );
  });

  test("writes that direction's conclusion and annex 14, and no other authority's form", () => {
    const forms = buildConclusionForms(alone.result, { langs: ["kk"], bodies: ["mju"] });
    const annexes = forms.filter((f) => f.bodyId === "mju").map((f) => [f.annex, f.direction]);
    const own = direction === "openness" ? 8 : 12;
    const other = direction === "openness" ? 12 : 8;
    expect(annexes).toContainEqual([own, null]);
    expect(annexes).toContainEqual([14, direction]);
    for (const absent of [3, 4, 5, other, 15]) expect(annexes.map(([a]) => a)).not.toContain(absent);
    expect(annexes.filter(([a, d]) => a === 14 && d !== direction)).toEqual([]);
  });
});
