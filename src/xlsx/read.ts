/**
 * Workbook readers for the one table parser (src/model/tables.ts), both giving every opeval table
 * as 2-D values:
 * - `readWorkbookFile` / `readPackageTables`: the CLI's reader of .xlsx/.xlsm files, through the
 *   small package reader of ./package.ts (only existing cells, bounded sizes, merges and hidden
 *   rows reported, absolute part names resolved). The file is only read.
 * - `workbookTables`: the same from a workbook already loaded in exceljs (tests build them in
 *   memory); it reads no row or column beyond the sheet's last filled one.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../sheet/spec";
import { readFile, stat } from "node:fs/promises";
import { INPUT_LIMITS } from "../model/parse";
import { ioFailureWord, word, type Problem, type ProblemCode, type ProblemParams } from "../model/problems";
import { readAndValidateTables, type TableValues, type WorkbookReadResult } from "../model/tables";
import { CALCULATION_TABLE } from "../model/template-schema";
import { address as addressOf, parseCell, parseRange, type Bounds } from "../sheet/a1";
import { openWorkbook, PackageError, XlsxPackage, XLSX_LIMITS, type TableCells } from "./package";

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

function fileProblem(code: ProblemCode, path: string, params: ProblemParams = {}): Problem {
  return { severity: "error", code, bodyId: null, path, params };
}

function refused(problem: Problem, io = false): XlsxReadResult {
  return { problems: [problem], readerProblems: [problem], unreadable: true, missing: io };
}

/** Why the package cannot be read, as a problem (our own words, never a library's message). */
function packageProblem(e: PackageError, path: string): Problem {
  switch (e.reason) {
    case "encrypted":
      return fileProblem("encryptedWorkbook", path);
    case "notZip":
      return fileProblem("notXlsx", path, { detail: word("package.notZip") });
    case "partTooLarge":
      return fileProblem("partTooLarge", path, { part: e.message, max: XLSX_LIMITS.partBytes / MB });
    case "damaged":
      return fileProblem("notXlsx", path, { detail: `${word("package.damaged")}: ${e.message}` });
    case "packageTooLarge":
      return fileProblem("packageTooLarge", path, { part: e.message, max: XLSX_LIMITS.packageBytes / MB });
    case "openDocument":
      return fileProblem("openDocumentFile", path);
  }
}

/**
 * The opeval tables of a workbook file as values, with the problems of the package itself: bad or
 * oversized table ranges, merged cells over a table, overlong cells, too many rows (errors);
 * hidden rows and very hidden sheets (warnings). Only cells that exist are read.
 */
export function readPackageTables(buf: Buffer): { tables: TableValues[]; problems: Problem[] } {
  const pkg = new XlsxPackage(buf);
  const book = openWorkbook(pkg);
  const problems: Problem[] = [];
  const tables: TableValues[] = [];
  const ours = book.tables.filter((t) => /^opeval_/i.test(t.name));
  const tableProblem = (
    code: ProblemCode,
    sheet: string,
    address: string,
    params: ProblemParams,
    severity: "error" | "warning" = "error",
  ) =>
    problems.push({
      severity,
      code,
      bodyId: null,
      path: params.table as string,
      params,
      cell: { sheet, address },
    });
  for (const t of ours) {
    // The table's first cell when its ref names one (a ref beyond the grid still starts somewhere).
    const corner = parseCell(t.ref.split(":")[0] ?? "");
    const at = t.bounds
      ? addressOf(t.bounds.top, t.bounds.left)
      : corner
        ? addressOf(corner.row, corner.column)
        : "A1";
    if (t.refProblem === "tooWide")
      tableProblem("tableTooWide", t.sheet.name, at, {
        table: t.name,
        ref: t.ref,
        max: XLSX_LIMITS.tableColumns,
      });
    else if (t.refProblem) tableProblem("badTableRef", t.sheet.name, at, { table: t.name, ref: t.ref });
    else if (t.sheet.state === "veryHidden")
      tableProblem("hiddenSheet", t.sheet.name, at, { table: t.name, sheet: t.sheet.name }, "warning");
  }
  for (const sheet of book.sheets) {
    if (!ours.some((t) => t.sheet === sheet && t.bounds)) continue;
    const content = book.read(sheet);
    for (const [range, table] of content.mergesOnTables)
      tableProblem("mergedCells", sheet.name, range, { table, range });
    for (const cells of content.tables) {
      const t = cells.table;
      if (!/^opeval_/i.test(t.name)) continue;
      const b = t.bounds!;
      for (const a of cells.longCells)
        tableProblem("cellTooLong", sheet.name, a, { table: t.name, max: XLSX_LIMITS.cellCharacters });
      // The Calculation table is output (no value of it is read): a formula there without a cached
      // value is Excel's to compute, as in a template written for a body with a direction not entered.
      if (t.name.toLowerCase() !== CALCULATION_TABLE.toLowerCase())
        for (const a of cells.formulasWithoutValue)
          tableProblem("formulaWithoutValue", sheet.name, a, { table: t.name });
      if (cells.hiddenRows.length) {
        const shown = cells.hiddenRows.slice(0, 10).join(", ") + (cells.hiddenRows.length > 10 ? ", …" : "");
        tableProblem(
          "hiddenRows",
          sheet.name,
          addressOf(b.top, b.left),
          { table: t.name, rows: shown },
          "warning",
        );
      }
      const filled = cells.rows.size - (cells.rows.has(0) ? 1 : 0);
      if (filled > INPUT_LIMITS.tableRows) {
        tableProblem("tableTooManyRows", sheet.name, addressOf(b.top, b.left), {
          table: t.name,
          rows: filled,
          max: INPUT_LIMITS.tableRows,
        });
        continue;
      }
      tables.push(tableValues(t.name, sheet.name, b, cells, t.headerRow));
    }
  }
  return { tables, problems };
}

const NO_VALUES: readonly CellValue[] = Object.freeze([]);
const NO_FORMATS: readonly (string | null)[] = Object.freeze([]);

/** Dense rows from the sparse ones read: rows without cells share one empty array. */
function tableValues(
  name: string,
  sheet: string,
  b: Bounds,
  cells: TableCells,
  headerRow: boolean,
): TableValues {
  const { rows, formats } = cells;
  let last = 0;
  for (const offset of rows.keys()) if (offset > last) last = offset;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  // A table without a header row: an empty header so that its first row is read as data (and the
  // missing headers are reported as missing columns).
  const shift = headerRow ? 0 : 1;
  if (!headerRow) {
    values.push([]);
    numberFormats.push([]);
  }
  for (let offset = 0; offset <= last; offset++) {
    values.push((rows.get(offset) ?? NO_VALUES) as CellValue[]);
    numberFormats.push((formats.get(offset) ?? NO_FORMATS) as (string | null)[]);
  }
  const errorCells = new Set<string>();
  for (const at of cells.errors) {
    const [r, c] = at.split(",").map(Number) as [number, number];
    errorCells.add(`${r + shift},${c}`);
  }
  return {
    name,
    sheet,
    address: addressOf(b.top - shift, b.left),
    values,
    numberFormats,
    errorCells,
  };
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
