/**
 * The test evaluator's routes, on hand-made tables: a legacy formula intersects a range given to a
 * single-value parameter with its own row (and is #VALUE! off the range), an array or dynamic one
 * does not; a dynamic formula with several values spills (#SPILL! in a table), an array formula
 * keeps the top-left value. And the writer flags only the formulas opeval writes.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { addSheetsToWorkbook, saveWorkbook } from "../../src/xlsx/writeSheets";
import { evaluateFormula, type Context, type EvaluationMode } from "./helpers/formula";
import { readWorkbookFile } from "./helpers/xlsx";

const tables = new Map([
  // Data rows on sheet rows 4–6 (the template's layout) and 4–5.
  [
    "t",
    {
      headers: ["n", "x"],
      rows: [
        [1, ""],
        [2, 5],
        [3, ""],
      ],
      firstRow: 4,
    },
  ],
  ["short", { headers: ["v"], rows: [[10], [20]], firstRow: 4 }],
]);
const at = (row: number, mode: EvaluationMode): Context => ({
  tables,
  current: { table: "t", row },
  functions: {},
  mode,
  matrixParams: {},
});

test("IF(range…) inside FILTER: one cell in a legacy formula, the column in a dynamic one", () => {
  const formula = '=SUM(FILTER(IF(t[x]="",1,t[x]),t[n]>0,0))';
  expect(evaluateFormula(at(0, "dynamic"), formula)).toBe(1 + 5 + 1);
  expect(evaluateFormula(at(0, "array"), formula)).toBe(7);
  // Legacy: IF reads the one cell of t[x] on the formula's row, and FILTER gets one value for
  // three rows to include.
  expect(evaluateFormula(at(0, "legacy"), formula)).toMatchObject({ error: "#VALUE!" });
  expect(evaluateFormula(at(1, "legacy"), '=IF(t[x]="",1,t[x])')).toBe(5);
  expect(evaluateFormula(at(2, "legacy"), '=IF(t[x]="",1,t[x])')).toBe(1);
  // The file form parses the same.
  expect(evaluateFormula(at(1, "legacy"), "=SUM(_xlfn._xlws.FILTER(t[x],t[[#This Row],[n]]=t[n],0))")).toBe(
    5,
  );
});

test("a legacy range off the formula's row is #VALUE!; a multi-cell result spills only when dynamic", () => {
  expect(evaluateFormula(at(2, "legacy"), "=IF(short[v]>0,1,0)")).toMatchObject({ error: "#VALUE!" });
  expect(evaluateFormula(at(1, "legacy"), "=IF(short[v]>15,1,0)")).toBe(1);
  expect(evaluateFormula(at(0, "dynamic"), "=FILTER(t[n],t[n]>1)")).toMatchObject({ error: "#SPILL!" });
  expect(evaluateFormula(at(0, "array"), "=FILTER(t[n],t[n]>1)")).toBe(2);
  expect(evaluateFormula(at(0, "legacy"), "=FILTER(t[n],t[n]>1)")).toBe(2);
});

test("the writer flags opeval's formulas only: an analyst's formula stays a plain legacy <f>", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "opeval-modes-"));
  try {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Mine").getCell("B2").value = { formula: "SUM(A1:A3)" } as ExcelJS.CellFormulaValue;
    await addSheetsToWorkbook(workbook, [
      {
        name: "Calc",
        kind: "calculation",
        rows: [
          ["a", "b"],
          [1, null],
          [2, null],
        ],
        formulas: [
          { address: "B2", formula: "=[@a]*2", result: 2 },
          { address: "B3", formula: "=[@a]*2", result: 4 },
        ],
        tables: [{ name: "calc", range: "A1:B3" }],
      },
    ]);
    const out = path.join(dir, "out.xlsx");
    await saveWorkbook(workbook, out);
    const file = await readWorkbookFile(readFileSync(out));
    expect(file.formulas.map((f) => [f.sheet, f.address, f.route, f.formula])).toEqual([
      ["Mine", "B2", "legacy", "SUM(A1:A3)"],
      ["Calc", "B2", "dynamic", "calc[[#This Row],[a]]*2"],
      ["Calc", "B3", "dynamic", "calc[[#This Row],[a]]*2"],
    ]);
    expect(file.tables.get("calc")!.calculated.size).toBe(0);
    expect(file.formulas.find((f) => f.sheet === "Calc" && f.address === "B3")!.cached).toBe(4);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
