/**
 * The exceljs writer of SheetSpec (src/sheet/spec.ts): puts plain-data sheets into a workbook for
 * the CLI. It only ever ADDS sheets (names made unique against the workbook's existing ones), so
 * an analyst's own sheets are never overwritten; strings are written as text, never as formulas.
 */
import { parseRange } from "../sheet/a1";
import { existsSync } from "node:fs";
import { rename, unlink } from "node:fs/promises";
import ExcelJS from "exceljs";
import {
  DEFAULT_FONT,
  type FormulaCell,
  type CellValue,
  type SheetSpec,
  type TableSpec,
  type ValidationRule,
} from "../sheet/spec";
import { address } from "../sheet/a1";
import { SheetNames } from "../sheet/names";
import { applyCellStyles, argb } from "./cell-styles";

const DEFAULT_SIZE = 11;

/** The cell value exceljs should store. Strings stay strings (exceljs never parses `=` in them). */
function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  return value;
}

function validationModel(rule: ValidationRule): ExcelJS.DataValidation {
  switch (rule.type) {
    case "list":
      // Excel's inline list: one quoted string, comma-separated, at most 255 characters.
      return { type: "list", allowBlank: true, formulae: [`"${rule.values.join(",")}"`] };
    case "whole":
    case "decimal":
      return rule.max === undefined
        ? { type: rule.type, operator: "greaterThanOrEqual", allowBlank: true, formulae: [rule.min] }
        : { type: rule.type, operator: "between", allowBlank: true, formulae: [rule.min, rule.max] };
    case "date":
      return {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1))],
      };
  }
}

/** Every table name already used anywhere in the workbook (Excel requires them unique per workbook). */
function tableNames(workbook: ExcelJS.Workbook): Set<string> {
  const names = new Set<string>();
  workbook.eachSheet((ws) => {
    for (const t of ws.getTables() as unknown as { name?: string; table?: { name: string } }[]) {
      const name = t.table?.name ?? t.name;
      if (name) names.add(name.toLowerCase());
    }
  });
  return names;
}

function uniqueTableName(wanted: string, taken: Set<string>): string {
  for (let i = 1; ; i++) {
    const name = i === 1 ? wanted : `${wanted}_${i}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}

/**
 * exceljs writes a table's header and rows itself (Table.store), so the header and data are taken
 * from the spec's values inside the range. Header names must be unique non-empty text, and a table
 * needs at least one data row to be valid in Excel.
 */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec, table: TableSpec, name: string): void {
  const rect = parseRange(table.range);
  const valueAt = (r: number, c: number): CellValue => spec.rows[r - 1]?.[c - 1] ?? null;
  const seen = new Set<string>();
  const columns: ExcelJS.TableColumnProperties[] = [];
  for (let c = rect.left; c <= rect.right; c++) {
    const raw = valueAt(rect.top, c);
    let header = raw === null || String(raw).trim() === "" ? `Column${c - rect.left + 1}` : String(raw);
    for (let i = 2; seen.has(header.toLowerCase()); i++) header = `${String(raw)} ${i}`;
    seen.add(header.toLowerCase());
    columns.push({ name: header, filterButton: true });
  }
  // Formula cells inside the table (the live Calculation sheet) must be given to the table too.
  const formulaAt = new Map((spec.formulas ?? []).map((f) => [f.address.toUpperCase(), formulaValue(f)]));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = rect.top + 1; r <= Math.max(rect.bottom, rect.top + 1); r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = rect.left; c <= rect.right; c++)
      row.push(formulaAt.get(address(r, c)) ?? toExcelValue(valueAt(r, c)));
    rows.push(row);
  }
  ws.addTable({
    name,
    ref: address(rect.top, rect.left),
    headerRow: true,
    totalsRow: false,
    style: {
      theme: (table.style ?? "TableStyleLight9") as ExcelJS.TableStyleProperties["theme"],
      showRowStripes: true,
    },
    columns,
    rows,
  });
}

/** A formula written only where opeval put one, with the engine's result cached when given. */
function formulaValue(f: FormulaCell): ExcelJS.CellFormulaValue {
  const formula = f.formula.replace(/^=/, "");
  return (
    f.result === undefined || f.result === null ? { formula } : { formula, result: f.result }
  ) as ExcelJS.CellFormulaValue;
}

function writeSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  name: string,
  tablesTaken: Set<string>,
): void {
  const ws = workbook.addWorksheet(name, {
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
  });
  spec.columnWidths?.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;

  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const value = toExcelValue(v);
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
  for (const f of spec.formulas ?? []) ws.getCell(f.address).value = formulaValue(f);
  for (const table of spec.tables ?? []) addTable(ws, spec, table, uniqueTableName(table.name, tablesTaken));

  applyCellStyles(ws, spec);
  for (const range of spec.merges ?? []) ws.mergeCells(range);

  for (const v of spec.validations ?? []) {
    const model = validationModel(v.rule);
    model.allowBlank = v.allowBlank ?? true;
    if (v.errorMessage) {
      model.showErrorMessage = true;
      model.errorStyle = "stop";
      model.error = v.errorMessage.slice(0, 255);
    }
    if (v.prompt) {
      model.showInputMessage = true;
      model.prompt = v.prompt.slice(0, 255);
    }
    // exceljs keys validations by address and accepts a range (typings only declare single cells).
    (
      ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(v.range.replace(/\$/g, ""), model);
  }

  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [
      {
        state: "frozen",
        xSplit: spec.freeze.columns,
        ySplit: spec.freeze.rows,
        topLeftCell: address(spec.freeze.rows + 1, spec.freeze.columns + 1),
      },
    ];
  }
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: p.orientation,
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : { fitToPage: false }),
      ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
      ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
      ...(p.printArea ? { printArea: p.printArea } : {}),
    };
  }
  for (const n of spec.hiddenRows ?? []) {
    const row = ws.getRow(n);
    row.hidden = true;
    // exceljs drops rows without cells, and the hidden flag with them.
    if (row.cellCount === 0) row.getCell(1).font = { name: DEFAULT_FONT, size: DEFAULT_SIZE };
  }
}

/**
 * Adds one worksheet per spec, in order, and returns the names actually used: a wanted name that is
 * taken (case-insensitively) becomes "Name (2)", so no existing sheet is ever replaced. Table names
 * are likewise made unique across the workbook.
 */
export async function addSheetsToWorkbook(workbook: ExcelJS.Workbook, specs: SheetSpec[]): Promise<string[]> {
  const used: string[] = [];
  const tablesTaken = tableNames(workbook);
  const existing: string[] = [];
  workbook.eachSheet((ws) => existing.push(ws.name));
  const names = new SheetNames(existing);
  for (const spec of specs) {
    const name = names.reserve(spec.name);
    writeSheet(workbook, spec, name, tablesTaken);
    used.push(name);
  }
  return used;
}

/** Raised when an output exists and --force was not given. */
export class OutputExistsError extends Error {
  constructor(readonly path: string) {
    super(`${path} already exists; use --force to overwrite it`);
  }
}

/** A new workbook of `specs` written to `path`; refuses to replace an existing file unless `force`. */
export async function writeWorkbookFile(
  specs: SheetSpec[],
  path: string,
  options: { force?: boolean } = {},
): Promise<string[]> {
  if (!options.force && existsSync(path)) throw new OutputExistsError(path);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "opeval";
  const names = await addSheetsToWorkbook(workbook, specs);
  await writeWorkbookAtomically(workbook, path);
  return names;
}

/** Writes via a temporary file so a failed write never leaves a half-written workbook at `path`. */
export async function writeWorkbookAtomically(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await workbook.xlsx.writeFile(temp);
    await rename(temp, path);
  } catch (e) {
    if (existsSync(temp)) await unlink(temp).catch(() => undefined);
    throw e;
  }
}
