/**
 * The exceljs adapter of the workbook reader: fetches the values of every Excel table as 2-D
 * arrays and hands them to the one parser (src/model/tables.ts). exceljs keeps no rows in a loaded
 * table, so the table's range (its `ref`) is read from the sheet's cells. The file is only read.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../sheet/spec";
import type { Problem } from "../model/problems";
import { readAndValidateTables, type TableValues, type WorkbookReadResult } from "../model/tables";
import { parseRange } from "../sheet/a1";

/** Excel's serial day number of a JS date (1900 date system, as exceljs reads it). */
function dateToSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}

/** A cell's value as Office.js would report it: formula results, error texts, plain rich text. */
export function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("error" in value) return String(value.error);
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as ExcelJS.CellFormulaValue).result;
      if (result === undefined) return null;
      return plainValue(result as ExcelJS.CellValue);
    }
    if ("richText" in value) return value.richText.map((t) => t.text).join("");
    if ("text" in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text);
  }
  return String(value);
}

interface LoadedTable {
  name: string;
  ref: string;
  /** The table shows a totals row (its last row is not data). */
  totalsRow: boolean;
}

/** The tables of a loaded sheet (name and full range), whatever shape exceljs keeps them in. */
function sheetTables(ws: ExcelJS.Worksheet): LoadedTable[] {
  const tables =
    (ws as unknown as { tables?: Record<string, { table?: Record<string, unknown> }> }).tables ?? {};
  const out: LoadedTable[] = [];
  for (const t of Object.values(tables)) {
    const model = t.table ?? (t as unknown as Record<string, unknown>);
    const name = model.name;
    const ref = model.tableRef ?? model.ref;
    if (typeof name === "string" && typeof ref === "string")
      out.push({ name, ref, totalsRow: model.totalsRow === true });
  }
  return out;
}

/** Every table of the workbook as values (header row first) with number formats. */
export function workbookTables(workbook: ExcelJS.Workbook): TableValues[] {
  const result: TableValues[] = [];
  workbook.eachSheet((ws) => {
    for (const table of sheetTables(ws)) {
      const rect = parseRange(table.ref.includes(":") ? table.ref : `${table.ref}:${table.ref}`);
      const values: CellValue[][] = [];
      const formats: (string | null)[][] = [];
      const bottom = table.totalsRow ? rect.bottom - 1 : rect.bottom;
      for (let r = rect.top; r <= bottom; r++) {
        const rowValues: CellValue[] = [];
        const rowFormats: (string | null)[] = [];
        const row = ws.getRow(r);
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = row.getCell(c);
          rowValues.push(plainValue(cell.value));
          rowFormats.push(cell.value instanceof Date ? cell.numFmt || "dd.mm.yyyy" : cell.numFmt || null);
        }
        values.push(rowValues);
        formats.push(rowFormats);
      }
      result.push({
        name: table.name,
        sheet: ws.name,
        address: ws.getCell(rect.top, rect.left).address,
        values,
        numberFormats: formats,
      });
    }
  });
  return result;
}

export type XlsxReadResult = WorkbookReadResult & { unreadable?: boolean; missing?: boolean };

/** Reads an input workbook file into the raw assessment (or problems naming sheet and cell). */
export async function readWorkbookFile(path: string): Promise<XlsxReadResult> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(path);
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    const problem: Problem = {
      severity: "error",
      code: "unreadableFile",
      bodyId: null,
      path,
      params: { detail: error.message },
    };
    return {
      problems: [problem],
      readerProblems: [problem],
      unreadable: true,
      missing: error.code === "ENOENT",
    };
  }
  return readAndValidateTables(workbookTables(workbook));
}
