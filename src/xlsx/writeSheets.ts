/**
 * The exceljs writer of SheetSpec (src/sheet/spec.ts): puts plain-data sheets into a workbook for
 * the CLI. It only ever ADDS sheets (names made unique against the workbook's existing ones), so
 * an analyst's own sheets are never overwritten; strings are written as text, never as formulas.
 */
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import {
  DEFAULT_FONT,
  type FormulaCell,
  type CellValue,
  type SheetSpec,
  type TableSpec,
  type ValidationRule,
} from "../sheet/spec";
import { absoluteRange, address, parseCell, parseRange, type Bounds as Rect } from "../sheet/a1";
import { quoteSheetName, SheetNames } from "../sheet/names";
import { completePackage, toFileFormula } from "./file-formula";
import { applyCellStyles, argb } from "./xlsx-cell-styles";
import { escapeXstring } from "./spreadsheetml";

export { escapeXstring };

const DEFAULT_SIZE = 11;

/** The cell value exceljs should store. Strings stay strings (exceljs never parses `=` in them). */
function toExcelValue(value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" && !Number.isFinite(value)) return null;
  if (typeof value === "string") return escapeXstring(value);
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
  const formulaAt = new Map(
    (spec.formulas ?? []).map((f) => [f.address.toUpperCase(), formulaValue(f, name)]),
  );
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

/**
 * A formula written only where opeval put one, in its file form (file-formula.ts; `table`: the table
 * the cell stands in, as named in this workbook), with the engine's result cached when given.
 */
function formulaValue(f: FormulaCell, table: string | undefined): ExcelJS.CellFormulaValue {
  const formula = toFileFormula(f.formula, table).replace(/^=/, "");
  return (
    f.result === undefined || f.result === null ? { formula } : { formula, result: f.result }
  ) as ExcelJS.CellFormulaValue;
}

type SheetValidation = NonNullable<SheetSpec["validations"]>[number];

/** `rect` minus `cut`: up to four rectangles covering the cells of `rect` outside `cut`. */
function subtract(rect: Rect, cut: Rect): Rect[] {
  if (cut.left > rect.right || cut.right < rect.left || cut.top > rect.bottom || cut.bottom < rect.top)
    return [rect];
  const out: Rect[] = [];
  if (rect.top < cut.top) out.push({ ...rect, bottom: cut.top - 1 });
  if (rect.bottom > cut.bottom) out.push({ ...rect, top: cut.bottom + 1 });
  const top = Math.max(rect.top, cut.top);
  const bottom = Math.min(rect.bottom, cut.bottom);
  if (rect.left < cut.left) out.push({ top, bottom, left: rect.left, right: cut.left - 1 });
  if (rect.right > cut.right) out.push({ top, bottom, left: cut.right + 1, right: rect.right });
  return out;
}

/**
 * The validations of a sheet as rectangles no two of which share a cell: where ranges overlap,
 * the later validation wins the shared cells and the earlier keeps the rest.
 */
export function disjointValidations(
  validations: readonly SheetValidation[],
): { rect: Rect; rule: SheetValidation }[] {
  let placed: { rect: Rect; rule: SheetValidation }[] = [];
  for (const rule of validations) {
    const rect = parseRange(rule.range);
    placed = placed.flatMap((p) => subtract(p.rect, rect).map((r) => ({ rect: r, rule: p.rule })));
    placed.push({ rect, rule });
  }
  return placed;
}

function rectAddress(rect: Rect): string {
  const first = address(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right
    ? first
    : `${first}:${address(rect.bottom, rect.right)}`;
}

interface PrintName {
  ws: ExcelJS.Worksheet;
  name: "_xlnm.Print_Area" | "_xlnm.Print_Titles";
  range: string;
}

const PRINT_NAMES = new WeakMap<ExcelJS.Workbook, PrintName[]>();

/**
 * The print titles and areas of a workbook's sheets. exceljs writes a sheet's printArea and
 * printTitlesRow itself as `'${name}'!$A1:$F56`: a `'` in the name unescaped (the name breaks) and
 * rows relative. So opeval keeps them here and hands them to exceljs as ready defined names, with
 * the sheet name quoted as Excel does and absolute ranges, when the workbook model is taken.
 */
function printNames(workbook: ExcelJS.Workbook): PrintName[] {
  let list = PRINT_NAMES.get(workbook);
  if (list) return list;
  PRINT_NAMES.set(workbook, (list = []));
  const names = workbook.definedNames as unknown as object;
  const inherited = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(names), "model");
  if (!inherited?.get || !inherited.set) throw new Error("exceljs: DefinedNames.model is not an accessor");
  const own = list;
  Object.defineProperty(names, "model", {
    configurable: true,
    get(): unknown[] {
      const sheets = workbook.worksheets;
      const extra = own
        .filter((p) => sheets.includes(p.ws))
        .map((p) => ({
          name: p.name,
          localSheetId: sheets.indexOf(p.ws),
          ranges: [`${quoteSheetName(p.ws.name)}!${absoluteRange(p.range)}`],
        }));
      return [...(inherited.get!.call(this) as unknown[]), ...extra];
    },
    set(value: unknown) {
      inherited.set!.call(this, value);
    },
  });
  return list;
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
  const tables = (spec.tables ?? []).map((table) => ({
    table,
    name: uniqueTableName(table.name, tablesTaken),
  }));
  const tableAt = (cell: string) => {
    const { row, column } = parseCell(cell)!;
    return tables.find(({ table }) => {
      const r = parseRange(table.range);
      return row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
    })?.name;
  };
  for (const f of spec.formulas ?? []) ws.getCell(f.address).value = formulaValue(f, tableAt(f.address));
  for (const { table, name } of tables) addTable(ws, spec, table, name);
  // Every formula opeval writes is stored as a dynamic-array formula (file-formula.ts).
  if (spec.formulas?.length) {
    const cells = DYNAMIC_CELLS.get(workbook) ?? new Map<string, Set<string>>();
    DYNAMIC_CELLS.set(workbook, cells.set(name, new Set(spec.formulas.map((f) => f.address.toUpperCase()))));
  }

  applyCellStyles(ws, spec);
  for (const range of spec.merges ?? []) ws.mergeCells(range);

  // Each cell keeps only the last validation given for it (as in Excel, where applying one to a
  // range replaces what those cells had): exceljs writes every range it is given as is, and two
  // validations over one cell make Excel drop the dropdowns or repair the file.
  const validations = disjointValidations(spec.validations ?? []);
  for (const { rect, rule } of validations) {
    const model = validationModel(rule.rule);
    model.allowBlank = rule.allowBlank ?? true;
    if (rule.errorMessage) {
      model.showErrorMessage = true;
      model.errorStyle = "stop";
      model.error = rule.errorMessage.slice(0, 255);
    }
    if (rule.prompt) {
      model.showInputMessage = true;
      model.prompt = rule.prompt.slice(0, 255);
    }
    // exceljs keys validations by address and accepts a range (typings only declare single cells).
    (
      ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }
    ).dataValidations.add(rectAddress(rect), model);
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
    };
    // Print titles and area are written as defined names by opeval, not by exceljs (see printNames).
    if (p.printTitleRows)
      printNames(workbook).push({ ws, name: "_xlnm.Print_Titles", range: p.printTitleRows });
    if (p.printArea) printNames(workbook).push({ ws, name: "_xlnm.Print_Area", range: p.printArea });
    for (const row of p.rowBreaks ?? []) ws.getRow(row).addPageBreak();
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

/** The formula cells opeval added to a workbook, by sheet name (flagged as dynamic arrays on writing). */
const DYNAMIC_CELLS = new WeakMap<ExcelJS.Workbook, Map<string, Set<string>>>();

/**
 * The bytes of a workbook as opeval writes it: exceljs' package, then Excel's current calculation
 * properties and opeval's own formulas flagged as the dynamic-array formulas Excel 365 writes
 * (completePackage in ./file-formula.ts). Every writer of a file —
 * the CLI's safe publishing (src/cli/publish.ts), the sample, the tests — goes through this.
 */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const written = Buffer.from(await workbook.xlsx.writeBuffer());
  return completePackage(written, DYNAMIC_CELLS.get(workbook) ?? new Map());
}

/**
 * Writes a workbook opeval built to `path`, refusing an existing file unless `force` (the check and
 * the creation are one exclusive open). For the sample and tests: the CLI publishes through
 * src/cli/publish.ts (temporary file, real-path checks, atomic rename).
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  path: string,
  options: { force?: boolean } = {},
): Promise<void> {
  const bytes = await workbookBytes(workbook);
  try {
    await writeFile(path, bytes, { flag: options.force ? "w" : "wx" });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") throw new OutputExistsError(path);
    throw e;
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
  await saveWorkbook(workbook, path, options);
  return names;
}
