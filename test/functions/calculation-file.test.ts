/**
 * The Calculation sheet as Excel 365 evaluates the FILE opeval writes (`opeval template --from`):
 * every formula is read from the written parts with the route its XML gives it (dynamic-array,
 * single-cell array or legacy with implicit intersection, helpers/xlsx.ts) and evaluated that way
 * over the file's own tables; the results equal the engine for every body of every fixture. A
 * plain `<f>` (as exceljs writes it) is legacy: the facts columns then read one cell of the
 * reconciliation table instead of the body's rows and these tests fail.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildCalculationSheet, CALCULATION_TABLE } from "../../src/forms/calculation";
import { scoreAssessment, type AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import type { Lang } from "../../src/model/types";
import { columnNumber } from "../../src/sheet/a1";
import { writeWorkbookFile } from "../../src/xlsx/writeSheets";
import { expectEngineResults } from "./helpers/engine";
import { CALCULATION_FIXTURES } from "./helpers/fixtures";
import { evaluateFileCalculation } from "./helpers/sheet";
import { readWorkbookFile, type WorkbookFile } from "./helpers/xlsx";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "opeval-calc-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scored(name: string, input: unknown): AssessmentResult {
  const ev = evaluate(input);
  if (!ev.ok) throw new Error(`${name} does not validate`);
  return ev.result;
}

/** The workbook `opeval template --from FILE --lang LANG` writes, read back part by part. */
async function written(result: AssessmentResult, lang: Lang, name: string): Promise<WorkbookFile> {
  const out = path.join(dir, `${name.replace(/\W+/g, "-")}-${lang}.xlsx`);
  const assessment = result.assessment;
  await writeWorkbookFile(
    [
      ...buildTemplateSheets(lang, assessment),
      buildCalculationSheet(assessment, { lang, result: scoreAssessment(assessment) }),
    ],
    out,
    { force: true },
  );
  return readWorkbookFile(readFileSync(out));
}

describe.each(CALCULATION_FIXTURES)("%s", (name, input) => {
  const result = scored(name, input());
  test.each(["kk", "ru", "en"] as const)(
    "%s: every formula of the file is a one-cell dynamic array",
    async (lang) => {
      const wb = await written(result, lang, name);
      const calc = wb.tables.get(CALCULATION_TABLE)!;
      const columnsWithFormulas = calc.table.headers.length - 2; // code and name are values
      expect(wb.formulas).toHaveLength(columnsWithFormulas * result.assessment.bodies.length);
      // Formula by formula: the route Excel takes, and one cell (a spill in a table is #SPILL!).
      const routes = wb.formulas.map((f) => ({ at: `${f.sheet}!${f.address}`, route: f.route, ref: f.ref }));
      expect(routes).toEqual(
        wb.formulas.map((f) => ({ at: `${f.sheet}!${f.address}`, route: "dynamic", ref: f.address })),
      );
      // Each formula column is a calculated column with Excel's array flag and the cells' formula.
      const left = columnNumber(/^[A-Z]+/.exec(calc.ref)![0]);
      for (const f of wb.formulas) {
        const column = calc.table.headers[columnNumber(/^[A-Z]+/.exec(f.address)![0]) - left]!;
        expect({ column, ...calc.calculated.get(column) }).toEqual({
          column,
          formula: f.formula,
          array: true,
        });
      }
    },
  );

  test.each(["kk", "ru", "en"] as const)(
    "%s: the file's formulas, evaluated as Excel reads them, equal the engine",
    async (lang) => {
      const wb = await written(result, lang, name);
      const calc = await evaluateFileCalculation(wb);
      expect(expectEngineResults(result, lang, calc)).toBeGreaterThan(result.bodies.length);
    },
  );
});
