import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/sheet/spec";
import { addSheetsToWorkbook, OutputExistsError, writeWorkbookFile } from "../../src/xlsx/writeSheets";

const spec: SheetSpec = {
  name: "Form: 1/2",
  kind: "form",
  rows: [
    ["Header", '=HYPERLINK("http://x")', "#N/A"],
    ["Қаржы министрлігі", 12.5, true],
    ["b", 3, null],
  ],
  formulas: [{ address: "D2", formula: "=B2*2" }],
  columnWidths: [30, 12, 8],
  rowHeights: { 1: 30 },
  merges: ["A5:C5"],
  styles: [
    { range: "A1:C1", style: { bold: true, fill: "#DDEBF7", border: "all", wrap: true, hAlign: "center" } },
    { range: "B2:B3", style: { input: true, numberFormat: "0.00" } },
    { range: "A2:C3", style: { border: "outline" } },
  ],
  tables: [{ name: "opeval_Test", range: "A1:C3" }],
  validations: [
    { range: "B2:B3", rule: { type: "decimal", min: 0, max: 5 }, errorMessage: "0..5", prompt: "rating" },
    { range: "C2:C3", rule: { type: "list", values: ["a", "b"] } },
  ],
  freeze: { rows: 1, columns: 1 },
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: "1:1",
    printArea: "A1:D5",
  },
  hiddenRows: [4],
  tabColor: "#1F4E78",
};

test("every SheetSpec field survives a write and read through exceljs; strings stay text", async () => {
  const dir = mkdtempSync(join(tmpdir(), "opeval-ws-"));
  const file = join(dir, "t.xlsx");
  const names = await writeWorkbookFile([spec, { ...spec, name: "form: 1/2" }], file);
  expect(names).toEqual(["Form 1 2", "form 1 2 (2)"]);
  await expect(writeWorkbookFile([spec], file)).rejects.toBeInstanceOf(OutputExistsError);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Form 1 2")!;
  expect(ws.getCell("B1").value).toBe('=HYPERLINK("http://x")');
  expect(ws.getCell("B1").formula).toBeUndefined();
  expect(ws.getCell("C1").value).toBe("#N/A");
  expect(ws.getCell("A2").value).toBe("Қаржы министрлігі");
  expect(ws.getCell("D2").formula).toBe("B2*2");
  expect(ws.getCell("A1").font.bold).toBe(true);
  expect(ws.getCell("A2").font.name).toBe("Times New Roman");
  expect(ws.getCell("B2").protection?.locked).toBe(false);
  expect(ws.getCell("B2").numFmt).toBe("0.00");
  expect(ws.getCell("A2").border?.left).toBeDefined();
  expect(ws.getCell("B2").border?.left).toBeUndefined();
  expect(ws.getColumn(1).width).toBe(30);
  expect(ws.getRow(1).height).toBe(30);
  expect(ws.getRow(4).hidden).toBe(true);
  expect(ws.getCell("A5").isMerged).toBe(true);
  expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
  expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToWidth: 1 });
  expect(ws.getCell("B3").dataValidation).toMatchObject({ type: "decimal", formulae: [0, 5] });
  expect(ws.getCell("C2").dataValidation).toMatchObject({ type: "list" });
  const tables = Object.values(
    (ws as unknown as { tables: Record<string, { table: { name: string } }> }).tables,
  );
  expect(tables.map((t) => t.table.name)).toEqual(["opeval_Test"]);
  const other = wb.getWorksheet("form 1 2 (2)")!;
  const otherTables = Object.values(
    (other as unknown as { tables: Record<string, { table: { name: string } }> }).tables,
  );
  expect(otherTables.map((t) => t.table.name)).toEqual(["opeval_Test_2"]);
});

test("adding sheets never replaces an existing sheet", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Data").getCell("A1").value = "analyst";
  const names = await addSheetsToWorkbook(wb, [{ name: "data", kind: "form", rows: [["x"]] }]);
  expect(names).toEqual(["data (2)"]);
  expect(wb.getWorksheet("Data")!.getCell("A1").value).toBe("analyst");
});
