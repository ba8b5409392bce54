/**
 * Workbook readers for the one table parser (src/model/tables.ts), both giving every opeval table
 * as 2-D values:
 * - `readWorkbookFile` / `readPackageTables`: the CLI's reader of .xlsx/.xlsm files, through the
 *   package reader of ./package-tables.ts over node:zlib (only existing cells, bounded sizes,
 *   merges and hidden rows reported, absolute part names resolved). The file is only read.
 * - `workbookTables`: the same from a workbook already loaded in exceljs (tests build them in
 *   memory); it reads no row or column beyond the sheet's last filled one.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../sheet/spec";
import { readFile, stat } from "node:fs/promises";
import { INPUT_LIMITS } from "../model/parse";
import { ioFailureWord, type Problem } from "../model/problems";
import { readAndValidateTables, type TableValues, type WorkbookReadResult } from "../model/tables";
import { parseRange } from "../sheet/a1";
import { inflateRawNode } from "./deflate-node";
import { PackageError } from "./package";
import { fileProblem, packageProblem, readTablesOfPackage } from "./package-tables";

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
      // Never past the sheet's last filled row or column: a range's rectangle is never iterated.
      const bottom = Math.min(
        table.totalsRow ? rect.bottom - 1 : rect.bottom,
        Math.max(ws.rowCount, rect.top),
      );
      rect.right = Math.min(rect.right, Math.max(ws.columnCount, rect.left));
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

export type XlsxReadResult = WorkbookReadResult & {
  unreadable?: boolean;
  /** The file could not be read at all (not found, permission, a folder): an I/O failure, exit 1. */
  missing?: boolean;
  /** The workbook's tables as read (for the objections procedure), when the package was readable. */
  tables?: TableValues[];
};

const MB = 1024 * 1024;

function refused(problem: Problem, io = false): XlsxReadResult {
  return { problems: [problem], readerProblems: [problem], unreadable: true, missing: io };
}

/** The opeval tables of a workbook file's bytes (./package-tables.ts), unpacked with node:zlib. */
export function readPackageTables(buf: Uint8Array): { tables: TableValues[]; problems: Problem[] } {
  return readTablesOfPackage(buf, inflateRawNode);
}

/** Reads an input workbook file into the raw assessment (or problems naming sheet and cell). */
export async function readWorkbookFile(path: string): Promise<XlsxReadResult> {
  let buf: Buffer;
  try {
    const st = await stat(path);
    if (st.isDirectory())
      return refused(fileProblem("unreadableFile", path, { detail: "it is a folder, not a file" }), true);
    if (st.size > INPUT_LIMITS.fileBytes)
      return refused(
        fileProblem("fileTooLarge", path, {
          size: Math.ceil(st.size / MB),
          max: INPUT_LIMITS.fileBytes / MB,
        }),
      );
    buf = await readFile(path);
  } catch (e) {
    return refused(fileProblem("unreadableFile", path, { detail: describeIo(e) }), true);
  }
  let read: { tables: TableValues[]; problems: Problem[] };
  try {
    read = readPackageTables(buf);
  } catch (e) {
    if (e instanceof PackageError) return refused(packageProblem(e, path));
    throw e;
  }
  if (read.problems.some((p) => p.severity === "error"))
    return { problems: read.problems, readerProblems: read.problems, tables: read.tables };
  const result = readAndValidateTables(read.tables);
  return {
    ...result,
    problems: [...read.problems, ...result.problems],
    readerProblems: [...read.problems, ...result.readerProblems],
    tables: read.tables,
  };
}

/** A file-system error in words of the message's language (the path is already named by the problem). */
function describeIo(e: unknown): string {
  return ioFailureWord((e as NodeJS.ErrnoException).code);
}
