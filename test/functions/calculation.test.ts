/**
 * The Calculation sheet's formulas, evaluated with the OPEVAL functions over the template tables of
 * the shared cases, give the engine's results (within 1e-9); the cached results the CLI writes are
 * the engine's too. These are the formulas as typed (Office.js writes them so: dynamic-array
 * evaluation); calculation-file.test.ts evaluates the file form as Excel reads a written file.
 */
import * as fs from "fs";
import * as path from "path";
import {
  buildCalculationSheet,
  calculationFormula,
  CALCULATION_COLUMNS,
  escapeColumn,
} from "../../src/forms/calculation";
import { toFileFormula as toFileFormulaIn } from "../../src/xlsx/file-formula";
import { type AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { assessmentToTables } from "../../src/model/tables";
import type { Lang } from "../../src/model/types";
import { functionNames } from "./helpers/formula";
import { expectEngineResults, near } from "./helpers/engine";
import { CALCULATION_FIXTURES } from "./helpers/fixtures";
import { evaluateCalculation, OPEVAL_FUNCTIONS } from "./helpers/sheet";

const CASES_DIR = path.join(__dirname, "..", "..", "..", "shared", "cases");
const cases = (fs.existsSync(CASES_DIR) ? fs.readdirSync(CASES_DIR) : [])
  .filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"))
  .map((f) => [f, path.join(CASES_DIR, f)] as const);
const sample = path.join(__dirname, "..", "..", "examples", "sample-cohort.json");

function scored(file: string): AssessmentResult {
  const ev = evaluate(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!ev.ok) throw new Error(`${file} does not validate`);
  return ev.result;
}

function checkAgainstEngine(result: AssessmentResult, lang: Lang): void {
  const model = result.assessment;
  const sheet = buildCalculationSheet(model, { lang, result });
  const calc = evaluateCalculation(sheet, assessmentToTables(model, lang));
  expectEngineResults(result, lang, calc);
  // The cached results are what the formulas give.
  for (const f of sheet.formulas ?? []) {
    if (f.result === undefined) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(f.address)!;
    const j = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const got = calc.rows[Number(m[2]) - 4]![j]!;
    if (typeof f.result === "number") near(got, f.result, `${lang} cached ${f.address}`);
    else expect({ at: f.address, v: got }).toEqual({ at: f.address, v: f.result });
  }
}

describe("Calculation sheet", () => {
  (cases.length ? test.each(cases) : test.skip.each([["no shared cases", ""] as const]))(
    "%s: formulas evaluated with OPEVAL.* give the engine's results (kk, ru, en)",
    (_name, file) => {
      const result = scored(file);
      for (const lang of ["kk", "ru", "en"] as const) checkAgainstEngine(result, lang);
    },
  );

  test.each(
    CALCULATION_FIXTURES.filter(([name]) => !name.endsWith(".json") || !cases.some(([c]) => c === name)),
  )("%s: formulas evaluated with OPEVAL.* give the engine's results (kk, ru, en)", (name, input) => {
    const ev = evaluate(input());
    if (!ev.ok) throw new Error(`${name} does not validate`);
    for (const lang of ["kk", "ru", "en"] as const) checkAgainstEngine(ev.result, lang);
  });

  test("every OPEVAL function a formula calls exists; formulas never embed workbook text", () => {
    const result = scored(sample);
    const sheet = buildCalculationSheet(result.assessment, { lang: "kk", result });
    for (const f of sheet.formulas ?? []) {
      for (const name of functionNames(f.formula).filter((n) => n.startsWith("OPEVAL.")))
        expect(OPEVAL_FUNCTIONS[name.slice(7)]).toBeDefined();
      for (const body of result.assessment.bodies) expect(f.formula).not.toContain(body.name);
    }
    // Body codes and names are values, not formulas.
    expect(sheet.rows[3]![0]).toBe(result.assessment.bodies[0]!.id);
  });

  test("one row per body, a table over the rows, formulas in every computed column", () => {
    const result = scored(sample);
    const sheet = buildCalculationSheet(result.assessment, { lang: "ru" });
    expect(sheet.name).toBe("Расчёт");
    expect(sheet.rows).toHaveLength(3 + result.assessment.bodies.length);
    expect(sheet.tables?.[0]?.range).toMatch(/^A3:[A-Z]+11$/);
    const computed = CALCULATION_COLUMNS.filter((k) => k !== "code" && k !== "name");
    expect(sheet.formulas).toHaveLength(computed.length * result.assessment.bodies.length);
    // Without results nothing is cached.
    expect(sheet.formulas!.every((f) => f.result === undefined)).toBe(true);
  });

  test("structured references escape the characters Excel escapes", () => {
    expect(escapeColumn("Indicator # [a]'s")).toBe("Indicator '# '[a']''s");
    expect(calculationFormula("T1", "en")).toContain(
      "opeval_Services[Rendered with violated deadlines (a, T1)]",
    );
    expect(calculationFormula("T1", "en")).toMatch(
      /^=IF\(\[@\[services: n\/a\]\],"na",OPEVAL\.TIMELINESS_SCORE\(/,
    );
  });
});

describe("toFileFormula: the .xlsx form of a formula", () => {
  const toFileFormula = (f: string) => toFileFormulaIn(f, "opeval_Calculation");
  test("this-row and bare column references name the table; new functions and custom functions get their file names", () => {
    expect(
      toFileFormula(
        "=OPEVAL.TIMELINESS_SCORE(XLOOKUP([@Code],opeval_Services[Body],opeval_Services[Late (a)]),[@Base],[@Type])",
      ),
    ).toBe(
      "=_xldudf_OPEVAL_TIMELINESS_SCORE(_xlfn.XLOOKUP(opeval_Calculation[[#This Row],[Code]],opeval_Services[Body],opeval_Services[Late (a)]),opeval_Calculation[[#This Row],[Base]],opeval_Calculation[[#This Row],[Type]])",
    );
    expect(toFileFormula('=IFERROR(AVERAGEIFS([P1 own],[Type],[@Type]),"")')).toBe(
      '=IFERROR(AVERAGEIFS(opeval_Calculation[P1 own],opeval_Calculation[Type],opeval_Calculation[[#This Row],[Type]]),"")',
    );
    expect(toFileFormula('=FILTER(t[a],t[b]="[@x] FILTER(",HSTACK(1,2))')).toBe(
      '=_xlfn._xlws.FILTER(t[a],t[b]="[@x] FILTER(",_xlfn.HSTACK(1,2))',
    );
    expect(toFileFormula("=[@Col '[1']]")).toBe("=opeval_Calculation[[#This Row],[Col '[1']]]");
    expect(toFileFormula("=[@[Base b (§39)]]+[@[a '[x']]]")).toBe(
      "=opeval_Calculation[[#This Row],[Base b (§39)]]+opeval_Calculation[[#This Row],[a '[x']]]",
    );
  });
  test("a table reference outside a table is refused, not written broken", () => {
    expect(() => toFileFormulaIn("=[@Code]+1")).toThrow(/outside a table/);
    expect(toFileFormulaIn("=_xlfn.X(1)")).toBe("=_xlfn.X(1)");
  });
  test("every Calculation formula converts without display shorthands left", () => {
    for (const key of CALCULATION_COLUMNS.filter((k) => k !== "code" && k !== "name")) {
      const file = toFileFormula(calculationFormula(key, "kk"));
      expect(file).not.toMatch(/\[@|OPEVAL\.|(?<![._])\b(XLOOKUP|FILTER|HSTACK)\(/);
    }
  });
});
