/**
 * A workbook held in memory: named sheets of values with their merges, styles, number formats,
 * tables and charts. It implements WorkbookAdapter for the browser preview and for tests — it is a
 * small workbook, not a mock of Office.js — and follows the rules the Office writer follows (new
 * sheets never replace existing ones; strings stay text).
 */
import {
  type CellStyle,
  type CellValue,
  type FormulaCell,
  type PrintSetup,
  type RangeStyle,
  type SheetKind,
  type SheetSpec,
  type TableSpec,
} from "../sheet/spec";
import { safeSheetName, SheetNames } from "../sheet/names";
import { batchSheets, GENERAL_FORMAT, numberFormatMatrix, planSheet, TEXT_FORMAT } from "./plan";
import { styleBlocks, styleKey } from "../sheet/cell-styles";
import { fileGroups, printNameCalls, sheetRuns, toBase64, type NativeImport } from "./native-import";
import { readInsertedSheets, type InflateRaw, type InsertedSheet } from "./inserted-sheets";
import { columnLetter as columnOf, parseRange } from "../sheet/a1";
import { callsOpeval } from "./repair";
import { openNewWorkbooks, type FormSheet, type NewWorkbooksResult } from "./new-workbooks";
import type {
  ChartSpec,
  RepairResult,
  TableRowsUpdate,
  TableValues,
  WorkbookAdapter,
  WriteOptions,
  WriteResult,
} from "./workbook";

export interface MemorySheet {
  name: string;
  kind?: SheetKind;
  cells: CellValue[][];
  numberFormats: string[][];
  formulas: FormulaCell[];
  merges: string[];
  styles: RangeStyle[];
  columnWidths: number[];
  hiddenRows: number[];
  tables: TableSpec[];
  charts: ChartSpec[];
  /**
   * What the Office.js writer leaves on the sheet, planned by the same code: the named style of
   * every styled cell (`row:column` → style name) and the page setup (print area, print titles).
   */
  cellStyles: Record<string, string>;
  print?: PrintSetup;
  /** Cells showing an error instead of their formula's value (`showError`), by A1 address. */
  errors?: Record<string, { error: string; persists: boolean; value: CellValue }>;
  /** A protected sheet: the repair cannot write it. */
  protected?: boolean;
}

export interface Selection {
  sheet: string;
  address: string;
}

function emptySheet(name: string): MemorySheet {
  return {
    name,
    cells: [],
    numberFormats: [],
    formulas: [],
    merges: [],
    styles: [],
    columnWidths: [],
    hiddenRows: [],
    tables: [],
    charts: [],
    cellStyles: {},
  };
}

/** The named style the Office.js writer gives each cell (its plan, applied). */
function namedStyles(spec: SheetSpec): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, areas } of planSheet(spec).styles)
    for (const area of areas.join(",").split(",")) {
      const b = parseRange(area);
      for (let r = b.top; r <= b.bottom; r++) for (let c = b.left; c <= b.right; c++) out[`${r}:${c}`] = name;
    }
  return out;
}

function fromSpec(spec: SheetSpec, name: string): MemorySheet {
  const sheet: MemorySheet = {
    ...emptySheet(name),
    kind: spec.kind,
    cells: spec.rows.map((r) => [...r]),
    numberFormats: numberFormatMatrix(spec),
    formulas: [...(spec.formulas ?? [])],
    merges: [...(spec.merges ?? [])],
    styles: [...(spec.styles ?? [])],
    columnWidths: [...(spec.columnWidths ?? [])],
    hiddenRows: [...(spec.hiddenRows ?? [])],
    tables: [...(spec.tables ?? [])],
    cellStyles: namedStyles(spec),
    ...(spec.print ? { print: { ...spec.print } } : {}),
  };
  // The in-memory workbook computes no formula: it shows the result the form cached, as a file would.
  for (const f of sheet.formulas) {
    if (f.result === undefined) continue;
    const b = parseRange(f.address);
    while (sheet.cells.length < b.top) sheet.cells.push([]);
    const row = sheet.cells[b.top - 1]!;
    while (row.length < b.left) row.push(null);
    if (row[b.left - 1] === null || row[b.left - 1] === undefined) row[b.left - 1] = f.result;
  }
  return sheet;
}

/**
 * An inserted sheet as the in-memory workbook holds it: values, merges, widths and each cell's
 * style as the file carried them (styles grouped back into ranges), the page setup the file kept,
 * and then — as the pane does with Office.js after the insert — the spec's print area and titles.
 */
function fromInserted(inserted: InsertedSheet, spec: SheetSpec): MemorySheet {
  const cells = new Map(Object.entries(inserted.styles));
  const cellStyles: Record<string, string> = {};
  const styles: RangeStyle[] = [];
  for (const block of styleBlocks(cells)) {
    const name = `file ${styleKey(block.style)}`;
    const r = block.style;
    const border =
      r.borders.length === 0
        ? undefined
        : r.borders.length === 1 && r.borders[0] === "bottom"
          ? "bottom"
          : "all";
    const style: CellStyle = {
      font: r.font,
      size: r.size,
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italic: true } : {}),
      ...(r.underline ? { underline: true } : {}),
      ...(r.color ? { color: r.color } : {}),
      ...(r.fill ? { fill: r.fill } : {}),
      ...(r.hAlign ? { hAlign: r.hAlign } : {}),
      ...(r.vAlign ? { vAlign: r.vAlign } : {}),
      ...(r.wrap ? { wrap: true } : {}),
      ...(r.indent ? { indent: r.indent } : {}),
      ...(r.numberFormat ? { numberFormat: r.numberFormat } : {}),
      ...(border ? { border } : {}),
    };
    for (const range of block.ranges) {
      styles.push({ range, style });
      const b = parseRange(range);
      for (let row = b.top; row <= b.bottom; row++)
        for (let c = b.left; c <= b.right; c++) cellStyles[`${row}:${c}`] = name;
    }
  }
  const numberFormats = inserted.cells.map((row, r) =>
    row.map((_, c) => inserted.styles[`${r + 1}:${c + 1}`]?.numberFormat ?? GENERAL_FORMAT),
  );
  const p = inserted.print;
  const print: PrintSetup | undefined =
    p.orientation || p.fitToWidth || p.margins || p.rowBreaks.length || spec.print
      ? {
          orientation: p.orientation ?? "portrait",
          paper: "A4",
          fitToWidth: p.fitToWidth,
          ...(p.margins ? { margins: p.margins } : {}),
          ...(p.rowBreaks.length ? { rowBreaks: p.rowBreaks } : {}),
        }
      : undefined;
  // The print names Excel dropped, set again (printNameCalls: what OfficeWorkbook sends).
  for (const [method, range] of printNameCalls(spec))
    if (print) print[method === "setPrintArea" ? "printArea" : "printTitleRows"] = range;
  return {
    ...emptySheet(inserted.name),
    kind: spec.kind,
    cells: inserted.cells.map((r) => [...r]),
    numberFormats,
    merges: [...inserted.merges],
    styles,
    columnWidths: [...inserted.columnWidths],
    hiddenRows: [...inserted.hiddenRows],
    cellStyles,
    ...(print ? { print } : {}),
  };
}

/** What Excel does with text typed into a cell of the General format: numbers and booleans become values. */
export function typedValue(text: string, numberFormat: string | undefined): CellValue {
  if (text === "") return null;
  if (numberFormat === TEXT_FORMAT) return text;
  const trimmed = text.trim();
  if (/^[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?$/.test(trimmed)) return Number(trimmed.replace(",", "."));
  if (/^true$/i.test(trimmed)) return true;
  if (/^false$/i.test(trimmed)) return false;
  return text;
}

export class MemoryWorkbook implements WorkbookAdapter {
  private sheets: MemorySheet[];
  private active: string;
  private selection: Selection | null = null;
  private listeners = new Set<() => void>();
  private version = 0;

  /**
   * `fileImport`: model Generate where Excel has ExcelApi 1.13, as OfficeWorkbook does it — document
   * sheets built into .xlsx files (the same writer and grouping), read back by the model of Excel's
   * insert (./inserted-sheets.ts, which drops the file's names) and their print names set after.
   */
  /** The workbooks Generate opened (openNewWorkbooks): their sheet names, as Excel reads each file. */
  readonly newWorkbooks: string[][] = [];
  /** Make the next new workbook fail with this error code (as Excel on the web can: office-js #3646). */
  failNewWorkbook: string | undefined;
  readonly openNewWorkbooks?: (
    forms: readonly FormSheet[],
    options?: WriteOptions,
  ) => Promise<NewWorkbooksResult>;

  constructor(
    initialSheetName = "Sheet1",
    private readonly fileImport?: { native: NativeImport; inflateRaw: InflateRaw },
  ) {
    // New workbooks where the file import is modelled: the same files, read by the insert's model.
    if (fileImport)
      this.openNewWorkbooks = (forms, options) =>
        openNewWorkbooks(
          forms,
          fileImport.native,
          async (base64) => {
            const code = this.failNewWorkbook;
            if (code) {
              this.failNewWorkbook = undefined;
              throw Object.assign(new Error(`createWorkbook: ${code}`), { code });
            }
            const read = await readInsertedSheets(base64, fileImport.inflateRaw);
            this.newWorkbooks.push(read.sheets.map((s) => s.name));
            this.changed();
          },
          options,
        );
    this.sheets = [emptySheet(initialSheetName)];
    this.active = initialSheetName;
  }

  /** Subscribe to any change (for the preview's sheet view); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Increases on every change; a cheap snapshot key for React's useSyncExternalStore. */
  getVersion(): number {
    return this.version;
  }

  private changed(): void {
    this.version++;
    for (const l of this.listeners) l();
  }

  allSheets(): readonly MemorySheet[] {
    return this.sheets;
  }

  sheet(name: string): MemorySheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  activeSheet(): string {
    return this.active;
  }

  currentSelection(): Selection | null {
    return this.selection;
  }

  cell(sheet: string, row: number, column: number): CellValue {
    return this.sheet(sheet)?.cells[row - 1]?.[column - 1] ?? null;
  }

  /** Sets one cell as if the analyst typed `text` into it. */
  typeInto(sheetName: string, row: number, column: number, text: string): void {
    const sheet = this.sheet(sheetName);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    while (sheet.cells.length < row) sheet.cells.push([]);
    const cells = sheet.cells[row - 1]!;
    while (cells.length < column) cells.push(null);
    cells[column - 1] = typedValue(text, sheet.numberFormats[row - 1]?.[column - 1]);
    this.changed();
  }

  async readTables(names: readonly string[]): Promise<TableValues[]> {
    const out: TableValues[] = [];
    for (const name of names) {
      for (const sheet of this.sheets) {
        const table = sheet.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
        if (!table) continue;
        const b = parseRange(table.range);
        const values: CellValue[][] = [];
        const numberFormats: (string | null)[][] = [];
        for (let r = b.top; r <= b.bottom; r++) {
          const row: CellValue[] = [];
          const formats: (string | null)[] = [];
          for (let c = b.left; c <= b.right; c++) {
            row.push(sheet.cells[r - 1]?.[c - 1] ?? null);
            formats.push(sheet.numberFormats[r - 1]?.[c - 1] ?? null);
          }
          values.push(row);
          numberFormats.push(formats);
        }
        out.push({
          name: table.name,
          sheet: sheet.name,
          address: table.range.split(":")[0]!,
          values,
          numberFormats,
        });
      }
    }
    return out;
  }

  async sheetNames(): Promise<string[]> {
    return this.sheets.map((s) => s.name);
  }

  async writeSheets(sheets: readonly SheetSpec[], options: WriteOptions = {}): Promise<WriteResult> {
    const written: WriteResult["sheets"] = [];
    let cancelled = false;
    const taken = new SheetNames(this.sheets.map((s) => s.name));
    // Names decided first, as OfficeWorkbook does.
    const named = sheets.map((spec) => ({ ...spec, name: taken.reserve(spec.name) }));
    // Batches of sheets, each with how it travels; both kinds in order.
    const batches: { specs: SheetSpec[]; file?: Uint8Array }[] = [];
    let batch = 0;
    const stop = () => {
      if (batch > 0 && options.isCancelled?.()) cancelled = true;
      return cancelled;
    };
    for (const run of sheetRuns(named, this.fileImport !== undefined)) {
      if (!run.byFile) for (const specs of batchSheets(run.sheets)) batches.push({ specs });
      else
        for await (const { group, bytes } of fileGroups(run.sheets, this.fileImport!.native, stop))
          batches.push({ specs: group, file: bytes });
    }
    const fileCount = batches.filter((b) => b.file).length;
    let files = 0;
    for (const { specs, file } of batches) {
      if (stop()) break;
      if (file) files++;
      if (file) {
        // What Excel's insert leaves: the file's sheets without its names; then the print names.
        const inserted = await readInsertedSheets(toBase64(file), this.fileImport!.inflateRaw);
        inserted.sheets.forEach((sheet, k) => this.sheets.push(fromInserted(sheet, specs[k]!)));
      } else for (const spec of specs) this.sheets.push(fromSpec(spec, spec.name));
      for (const spec of specs) written.push({ wanted: sheets[written.length]!.name, name: spec.name });
      batch++;
      this.changed();
      options.onProgress?.({
        batch,
        batches: batches.length,
        sheetsWritten: written.length,
        sheetsTotal: sheets.length,
        names: specs.map((s) => s.name),
        ...(file ? { file: { number: files, of: fileCount } } : {}),
      });
      // Let the browser paint the progress between batches, as the real round trip would.
      await new Promise((r) => setTimeout(r, 0));
    }
    return { sheets: written, cancelled };
  }

  async activateSheet(name: string): Promise<void> {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet named ${name}`);
    this.active = sheet.name;
    this.changed();
  }

  async selectRange(sheet: string, address: string): Promise<void> {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet named ${sheet}`);
    this.active = s.name;
    this.selection = { sheet: s.name, address: address.toUpperCase() };
    this.changed();
  }

  async insertSheetWithChart(spec: SheetSpec, chart: ChartSpec): Promise<string> {
    const { sheets } = await this.writeSheets([spec]);
    const name = sheets[0]!.name;
    this.sheet(name)!.charts.push(chart);
    this.active = name;
    this.changed();
    return name;
  }

  /** As Office.js does it: matching (and blank) rows of the table go, the new rows follow; the table grows or shrinks. */
  async updateTableRows(
    tableName: string,
    update: TableRowsUpdate,
  ): Promise<{ removed: number; added: number }> {
    for (const sheet of this.sheets) {
      const table = sheet.tables.find((t) => t.name.toLowerCase() === tableName.toLowerCase());
      if (!table) continue;
      const b = parseRange(table.range);
      const width = b.right - b.left + 1;
      const cellsOf = (r: number) =>
        Array.from({ length: width }, (_, c) => sheet.cells[r - 1]?.[b.left - 1 + c] ?? null);
      const blank = (row: CellValue[]) => row.every((v) => v === null || v === "");
      const where = update.removeWhere;
      const kept: CellValue[][] = [];
      let removed = 0;
      for (let r = b.top + 1; r <= b.bottom; r++) {
        const row = cellsOf(r);
        if (blank(row)) continue;
        if (where && String(row[where.column] ?? "").trim() === where.equals) removed++;
        else kept.push(row);
      }
      const body = [...kept, ...update.append];
      const bottom = b.top + Math.max(body.length, 1);
      for (let r = b.top + 1; r <= Math.max(bottom, b.bottom); r++) {
        while (sheet.cells.length < r) sheet.cells.push([]);
        while (sheet.numberFormats.length < r) sheet.numberFormats.push([]);
        const row = body[r - b.top - 1];
        for (let c = 0; c < width; c++) {
          const v = row?.[c] ?? null;
          sheet.cells[r - 1]![b.left - 1 + c] = v;
          if (typeof v === "string") sheet.numberFormats[r - 1]![b.left - 1 + c] = TEXT_FORMAT;
        }
      }
      // A new object: the sheet's table specs may be shared with the SheetSpec it was made from.
      sheet.tables[sheet.tables.indexOf(table)] = {
        ...table,
        range: `${table.range.split(":")[0]}:${columnOf(b.right)}${bottom}`,
      };
      this.changed();
      return { removed, added: update.append.length };
    }
    throw new Error(`no table named ${tableName}`);
  }

  /**
   * Makes a formula cell show `error` (as Excel does with an OPEVAL.* cell it computed without the
   * add-in); `persists`: writing the formula again does not clear it (the add-in is still missing).
   */
  showError(sheetName: string, address: string, error: string, persists = false): void {
    const sheet = this.sheet(sheetName);
    const b = parseRange(address);
    if (!sheet) throw new Error(`no sheet named ${sheetName}`);
    while (sheet.cells.length < b.top) sheet.cells.push([]);
    const row = sheet.cells[b.top - 1]!;
    (sheet.errors ??= {})[address] = { error, persists, value: row[b.left - 1] ?? null };
    row[b.left - 1] = error;
    this.changed();
  }

  /** As OfficeWorkbook does it: erroring OPEVAL.* cells written again, protected sheets skipped. */
  async repairOpevalCells(): Promise<RepairResult> {
    const result: RepairResult = {
      found: 0,
      repaired: 0,
      notRepaired: [],
      protectedSheets: [],
      writeRequests: 0,
    };
    for (const sheet of this.sheets) {
      const ours = sheet.formulas.filter((f) => sheet.errors?.[f.address] && callsOpeval(f.formula));
      if (!ours.length) continue;
      if (sheet.protected) {
        result.protectedSheets.push({ sheet: sheet.name, cells: ours.length });
        continue;
      }
      result.found += ours.length;
      for (const f of ours) {
        const shown = sheet.errors![f.address]!;
        if (shown.persists) {
          result.notRepaired.push({ sheet: sheet.name, address: f.address, error: shown.error });
          continue;
        }
        const b = parseRange(f.address);
        sheet.cells[b.top - 1]![b.left - 1] = shown.value;
        delete sheet.errors![f.address];
        result.repaired++;
      }
    }
    if (result.found) result.writeRequests = 1;
    this.changed();
    return result;
  }

  /** Adds sheets synchronously (used to seed the preview and tests). */
  seed(specs: readonly SheetSpec[]): void {
    for (const spec of specs)
      this.sheets.push(
        fromSpec(
          spec,
          safeSheetName(
            spec.name,
            this.sheets.map((s) => s.name),
          ),
        ),
      );
    this.changed();
  }
}
