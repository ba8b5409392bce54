/**
 * Page breaks of every form of every fixture: no break falls after a row that must stay with the
 * next one (a title, a table header, the lines kept with the signatures), and one form's breaks
 * pinned by hand. Docs: docs/FORMS-PRINT.md.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { buildConclusionForms, type BuiltForm } from "../../src/forms";
import { evaluate } from "../../src/evaluate";

const ROOT = join(__dirname, "..", "..");
const CASES = join(ROOT, "test", "fixtures", "cases");
const FIXTURES = [
  ...readdirSync(CASES)
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"))
    .map((f) => join(CASES, f)),
  join(ROOT, "samples", "assessment-sample.json"),
  join(ROOT, "examples", "sample-cohort.json"),
];

function formsOf(path: string): BuiltForm[] {
  const e = evaluate(JSON.parse(readFileSync(path, "utf8")));
  if (!e.ok) throw new Error(`${path} rejected`);
  return buildConclusionForms(e.result, { langs: ["kk", "ru"] });
}

test("no page break falls after a row kept with the next one, in any form of any fixture", () => {
  let forms = 0;
  let breaks = 0;
  const bad: string[] = [];
  for (const path of FIXTURES)
    for (const f of formsOf(path)) {
      forms++;
      const kept = new Set(f.keptWithNext ?? []);
      for (const end of f.spec.print?.rowBreaks ?? []) {
        breaks++;
        if (kept.has(end)) bad.push(`${f.spec.name}: break after row ${end}`);
      }
    }
  expect(bad).toEqual([]);
  // Six fixtures, 1 000+ forms, 1 431 breaks when written: the rule was really exercised.
  expect(FIXTURES).toHaveLength(6);
  expect(forms).toBeGreaterThan(1000);
  expect(breaks).toBeGreaterThan(1000);
});

test("annex 9 kk of the classified-budget case breaks after rows 17, 33, 53 and 70", () => {
  const f = formsOf(join(CASES, "classified-budget.json")).find(
    (x) => x.annex === 9 && x.lang === "kk" && x.bodyId === "b0",
  )!;
  // Row heights as written (pt): a portrait page takes 680 pt of estimates (755 less 10%).
  // - Page 1: rows 1–17 take 499 pt; indicator 1.3 (row 18, 186 pt) would pass 680.
  // - Page 2: the repeated header (35 pt) and indicators 1.3–2.4 end at row 33 (648 pt); indicator 2.5
  //   needs the header copy and 62 pt more.
  // - Page 3: rows 34–53, 633 pt.
  // - Page 4: rows 54–70 take 549 pt. Table 6's title (row 71, 33 pt), its header (35 pt) and first
  //   indicator (74 pt) must stay together, and 549 + 33 + 35 + 74 > 680: the page ends after row 70,
  //   not between the title and its table.
  expect(f.spec.print?.rowBreaks).toEqual([17, 33, 53, 70]);
  expect(f.keptWithNext).toEqual(expect.arrayContaining([71, 72, 73]));
});
