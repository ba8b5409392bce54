/**
 * The Calculation sheet's formulas, evaluated with the OPEVAL functions over the template tables of
 * the shared cases, give the engine's results (within 1e-9); the cached results the CLI writes are
 * the engine's too.
 */
import * as fs from "fs";
import * as path from "path";
import {
  buildCalculationSheet,
  calcHeader,
  calculationFormula,
  CALCULATION_COLUMNS,
  escapeColumn,
  toFileFormula,
} from "../../src/forms/calculation";
import { type AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { LEVEL_TERMS } from "../../src/model/terms";
import { assessmentToTables } from "../../src/model/tables";
import type { Lang } from "../../src/model/types";
import { functionNames, isError, type Scalar } from "./helpers/formula";
import { evaluateCalculation, OPEVAL_FUNCTIONS } from "./helpers/sheet";
import { CASES, caseFiles } from "../helpers/cli";

const cases = caseFiles().map((f) => [f, path.join(CASES, f)] as const);
const sample = path.join(__dirname, "..", "..", "examples", "sample-cohort.json");

function scored(file: string): AssessmentResult {
  const ev = evaluate(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!ev.ok) throw new Error(`${file} does not validate`);
  return ev.result;
}

function near(actual: Scalar, expected: number | string, where: string): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9)
      throw new Error(`${where}: want ${expected}, got ${JSON.stringify(actual)}`);
  } else if (actual !== expected)
    throw new Error(`${where}: want ${expected}, got ${JSON.stringify(actual)}`);
}

const DIRECTION_COLUMNS = {
  services: { values: ["P1", "P2", "T1", "T2", "T3", "T4"], total: "servicesTotal", final: "servicesFinal" },
  openness: {
    values: ["openData", "openBudget", "openNpa", "openDialogue", "subordinate"],
    total: "opennessTotal",
    final: "opennessFinal",
  },
  complaints: { values: ["R1", "R2", "R3", "R4"], total: "complaintsTotal", final: "complaintsFinal" },
} as const;
const OPENNESS_KEYS = {
  openData: "P1",
  openBudget: "P2",
  openNpa: "P3",
  openDialogue: "P4",
  subordinate: "P5",
};

function checkAgainstEngine(result: AssessmentResult, lang: Lang): void {
  const model = result.assessment;
  const sheet = buildCalculationSheet(model, { lang, result });
  const calc = evaluateCalculation(sheet, assessmentToTables(model, lang));
  const col = (key: string) => calc.headers.indexOf(calcHeader(key, lang));
  result.bodies.forEach((b, i) => {
    const row = calc.rows[i]!;
    const cell = (key: string) => row[col(key)]!;
    for (const [d, c] of Object.entries(DIRECTION_COLUMNS) as [
      keyof typeof DIRECTION_COLUMNS,
      (typeof DIRECTION_COLUMNS)["services"],
    ][]) {
      const r = b[d];
      const where = (k: string) => `${lang} ${b.id} ${k}`;
      if (r === "na") {
        near(cell(c.final), "na", where(c.final));
        continue;
      }
      if (r === null) {
        expect(isError(cell(c.final))).toBe(true);
        continue;
      }
      for (const k of c.values)
        near(cell(k), r.values[d === "openness" ? OPENNESS_KEYS[k as "openData"] : k]!, where(k));
      if (b.type === "central" && d === "services") near(cell("K3"), r.values.K3!, where("K3"));
      near(cell(c.total), r.total, where(c.total));
      near(cell(c.final), r.final, where(c.final));
    }
    if (b.overall) {
      near(cell("overall"), b.overall.score, `${lang} ${b.id} overall`);
      near(cell("level"), LEVEL_TERMS[b.overall.level][lang], `${lang} ${b.id} level`);
    } else expect(isError(cell("overall"))).toBe(true);
  });
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
  test.each(cases)(
    "%s: formulas evaluated with OPEVAL.* give the engine's results (kk, ru, en)",
    (_name, file) => {
      const result = scored(file);
      for (const lang of ["kk", "ru", "en"] as const) checkAgainstEngine(result, lang);
    },
  );

  test("the sample cohort (exempt and classified bodies, a body without monitored services)", () => {
    const result = scored(sample);
    for (const lang of ["kk", "ru"] as const) checkAgainstEngine(result, lang);
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
  test("every Calculation formula converts without display shorthands left", () => {
    for (const key of CALCULATION_COLUMNS.filter((k) => k !== "code" && k !== "name")) {
      const file = toFileFormula(calculationFormula(key, "kk"));
      expect(file).not.toMatch(/\[@|OPEVAL\.|(?<![._])\b(XLOOKUP|FILTER|HSTACK)\(/);
    }
  });
});

test("form 'file' writes the .xlsx form of every formula, with the same cached results", () => {
  const result = scored(sample);
  const display = buildCalculationSheet(result.assessment, { lang: "kk", result });
  const file = buildCalculationSheet(result.assessment, { lang: "kk", result, form: "file" });
  expect(file.formulas!.map((f) => f.result)).toEqual(display.formulas!.map((f) => f.result));
  expect(file.formulas!.some((f) => f.formula.includes("[@"))).toBe(false);
});

test("form 'file': T1 and P2 of the ministry case, written out by hand", () => {
  const result = scored(path.join(CASES, "ministry-central.json"));
  const file = buildCalculationSheet(result.assessment, { lang: "en", result, form: "file" });
  const at = (address: string) => file.formulas!.find((f) => f.address === address);
  // T1 = 26 − 40 / 118000 × 10000 (§43; a = 40 late of b = 118000).
  expect(at("L4")).toEqual({
    address: "L4",
    formula:
      '=IF(opeval_Calculation[[#This Row],[services: n/a]],"na",_xldudf_OPEVAL_TIMELINESS_SCORE(' +
      "_xlfn.XLOOKUP(opeval_Calculation[[#This Row],[Body code]],opeval_Services[Body (code or name)]," +
      "opeval_Services[Rendered with violated deadlines (a, T1)]),opeval_Calculation[[#This Row],[Base b of T1–T4 (§39)]]," +
      "opeval_Calculation[[#This Row],[Type]]))",
    result: 26 - (40 / 118000) * 10000,
  });
  // P2 = 10 − 3 / 120000 × 100000 (§34; i = 3 justified complaints of b1 = 120000).
  expect(at("J4")?.formula).toBe(
    '=IF(opeval_Calculation[[#This Row],[services: n/a]],"na",_xldudf_OPEVAL_SERVICE_COMPLAINTS_SCORE(' +
      "_xlfn.XLOOKUP(opeval_Calculation[[#This Row],[Body code]],opeval_Services[Body (code or name)]," +
      "opeval_Services[Justified complaints on service quality (i, P2)]),_xlfn.XLOOKUP(opeval_Calculation[[#This Row],[Body code]]," +
      "opeval_Services[Body (code or name)],opeval_Services[Services rendered, total (b1)]),opeval_Calculation[[#This Row],[Type]]))",
  );
  expect(at("J4")?.result).toBe(9.75);
});
