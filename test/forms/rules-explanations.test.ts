/**
 * `conclude` scores with `explanations: "rules"` (key and rule of the entries where an
 * interpretation applied, no texts): the forms built from such a result must be exactly the forms
 * built from the full result, body by body, in both languages, with and without a previous period.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildConclusionSheets } from "../../src/forms/index";
import { comparePeriods } from "../../src/history/history-compare";
import { snapshotOf } from "../../src/history/history-snapshot";
import { scoreAssessment, type AssessmentResult } from "../../src/methodology/assess";
import { parseAssessment } from "../../src/model/parse";
import type { Assessment } from "../../src/model/types";

const ROOT = join(__dirname, "..", "..");
const read = (file: string): Assessment =>
  parseAssessment(JSON.parse(readFileSync(join(ROOT, file), "utf8"))).assessment!;

const FILES = ["examples/sample-cohort.json", "samples/assessment-sample.json"] as const;

/** Bodies of `result` to which `id` applied at `key`: the question analysis.ts asks of explanations. */
function bodiesWithRule(result: AssessmentResult, key: string, id: string): string[] {
  return result.bodies
    .filter((b) => b.explain.some((e) => e.key === key && (e.rule ?? "").split(/,\s*/).includes(id)))
    .map((b) => b.id);
}

describe.each(FILES)('forms from a %s result scored with explanations: "rules"', (file) => {
  const assessment = read(file);
  const full = scoreAssessment(assessment);
  const rules = scoreAssessment(assessment, undefined, { explanations: "rules" });

  it("exercise what the forms read of explanations (I-2 at services.P1 for some bodies, not all)", () => {
    // Without such bodies the comparison below could not tell a form reading a dropped text.
    const withI2 = bodiesWithRule(full, "services.P1", "I-2");
    expect(withI2.length).toBeGreaterThan(0);
    expect(withI2.length).toBeLessThan(full.bodies.length);
    expect(bodiesWithRule(rules, "services.P1", "I-2")).toEqual(withI2);
  });

  it("are the same SheetSpecs for every body, kk and ru, all forms", () => {
    let sheets = 0;
    for (const body of full.bodies) {
      for (const lang of ["kk", "ru"] as const) {
        const options = { bodies: [body.id], langs: [lang], forms: "all" as const };
        const expected = buildConclusionSheets(full, options);
        const actual = buildConclusionSheets(rules, options);
        expect(actual).toEqual(expected);
        sheets += expected.length;
      }
    }
    // Every body has at least its annex 15 and the reference annexes in each language.
    expect(sheets).toBeGreaterThanOrEqual(full.bodies.length * 2 * 7);
  });
});

test('the change against the previous period is the same from a "rules" result (conclude compares it)', () => {
  const previous = snapshotOf(scoreAssessment(read("samples/assessment-previous.json")), "2018");
  const assessment = read("samples/assessment-sample.json");
  const full = scoreAssessment(assessment);
  const rules = scoreAssessment(assessment, undefined, { explanations: "rules" });
  const fromFull = comparePeriods(previous, snapshotOf(full, "2019"));
  const fromRules = comparePeriods(previous, snapshotOf(rules, "2019"));
  const options = { bodies: ["mia", "moj"], langs: ["kk", "ru"], forms: [3, 8, 12, 15] } as const;
  const expected = buildConclusionSheets(full, { ...options, previous: fromFull });
  expect(buildConclusionSheets(rules, { ...options, previous: fromRules })).toEqual(expected);
  // The comparison did reach the forms: a change sentence is printed.
  const texts = expected.flatMap((s) => s.rows.flat().filter((v): v is string => typeof v === "string"));
  expect(texts.filter((t) => t.includes("По сравнению с 2018 годом общая оценка")).length).toBeGreaterThan(0);
});
