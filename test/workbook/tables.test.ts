/** The one table reader: model → tables → model, in memory (no workbook library). */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseAssessment } from "../../src/model/parse";
import { assessmentToTables, readAndValidateTables } from "../../src/model/tables";
import type { Assessment, Lang } from "../../src/model/types";
import { assessmentArb } from "../helpers/arbitraries";
import { SHARED, ROOT } from "../helpers/cli";

function model(input: unknown): Assessment {
  const parsed = parseAssessment(input);
  if (!parsed.assessment) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.assessment;
}

function roundTrip(assessment: Assessment, lang: Lang) {
  return readAndValidateTables(assessmentToTables(assessment, lang));
}

test.each(["kk", "ru", "en"] as const)("the sample cohort reads back to the same model (%s)", (lang) => {
  const original = model(JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")));
  const back = roundTrip(original, lang);
  expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(back.assessment).toEqual(original);
});

test("generated assessments read back to the same model", () => {
  fc.assert(
    fc.property(assessmentArb, fc.constantFrom<Lang>("kk", "ru", "en"), (input, lang) => {
      const parsed = parseAssessment(input);
      fc.pre(parsed.assessment !== undefined);
      const back = roundTrip(parsed.assessment!, lang);
      expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(back.assessment).toEqual(parsed.assessment);
    }),
    { numRuns: 60 },
  );
});

const casesDir = join(SHARED, "cases");
const cases = existsSync(casesDir)
  ? readdirSync(casesDir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"))
  : [];
test.each(cases)("shared case %s reads back to the same model", (file) => {
  const original = model(JSON.parse(readFileSync(join(casesDir, file), "utf8")));
  expect(roundTrip(original, "kk").assessment).toEqual(original);
});
