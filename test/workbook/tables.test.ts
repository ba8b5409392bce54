/** The one table reader: model → tables → model, in memory (no workbook library). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { parseAssessment } from "../../src/model/parse";
import { assessmentToTables, readAndValidateTables } from "../../src/model/tables";
import type { Assessment, Lang } from "../../src/model/types";
import { assessmentArb } from "../helpers/arbitraries";
import { CASES, caseFiles, ROOT } from "../helpers/cli";

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

const casesDir = CASES;
const cases = caseFiles();
test.each(cases)("golden case %s reads back to the same model", (file) => {
  const original = model(JSON.parse(readFileSync(join(casesDir, file), "utf8")));
  expect(roundTrip(original, "kk").assessment).toEqual(original);
});

test("empty rows inside and after a table are ignored", () => {
  const original = model(JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")));
  const tables = assessmentToTables(original, "ru").map((t) => {
    const [header, ...rows] = t.values;
    const blank = () => header!.map((_, j) => (j % 2 ? "  " : null));
    return {
      ...t,
      values: [header!, blank(), ...rows.slice(0, 1), blank(), ...rows.slice(1), blank(), blank()],
    };
  });
  const back = readAndValidateTables(tables);
  expect(back.problems).toEqual([]);
  expect(back.assessment).toEqual(original);
});

test("a problem found by the parser is located at the cell it came from", () => {
  const original = model(JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")));
  const tables = assessmentToTables(original, "en");
  const openness = tables.find((t) => t.name === "opeval_Openness")!;
  const header = openness.values[0]!;
  // Row 5 of the table (sheet row 3 + 5): a fulfilment above 1 in the Russian column.
  openness.values[5]![header.indexOf("Russian (ru)")] = 1.5;
  const result = readAndValidateTables(tables);
  expect(result.problems).toHaveLength(1);
  expect(result.problems[0]).toMatchObject({
    code: "outOfRange",
    cell: { sheet: "Openness", address: "E8", header: "Russian (ru)" },
  });
});
