/**
 * The Office.js workbook: the only code in opeval that calls Excel.run.
 *
 * Requirement sets (Excel JavaScript API), by feature:
 * - ExcelApi 1.1: worksheets.add, getRange, values, numberFormat, formulas, format.font/fill/
 *   horizontalAlignment/verticalAlignment/wrapText, worksheet.activate, range.select, tables.add,
 *   charts.add.
 * - ExcelApi 1.2: range.merge, format.columnWidth/rowHeight, format.protection.locked,
 *   range.rowHidden, table.style.
 * - ExcelApi 1.4: tables.getItemOrNullObject (fallback path of readTables); table.rows.add of several
 *   rows at once (updateTableRows: recording a period in opeval_History).
 * - ExcelApi 1.6: application.suspendApiCalculationUntilNextSync.
 * - ExcelApi 1.7: getRangeByIndexes, worksheet.tabColor, freezePanes, workbook.styles (add, getItem,
 *   Style's font/fill/borders/alignment/numberFormat/locked) and range.style.
 * - ExcelApi 1.8: dataValidation.
 * - ExcelApi 1.9: getRanges and RangeAreas.style / RangeAreas.format.rowHeight (one call for many
 *   ranges), format.indentLevel, pageLayout (orientation, paper size, margins, zoom, print titles,
 *   print area) and horizontalPageBreaks.
 * The manifest declares none of these (only what the functions need to load: SharedRuntime 1.1,
 * CustomFunctionsRuntime 1.2): a set declared there hides the whole add-in, the OPEVAL functions
 * included, where it is missing. The pane checks PANE_REQUIREMENTS at run time instead, and
 * test/manifest/requirement-sets.test.ts keeps this list, the check and the code in step.
 *
 * Round trips: readTables is one `context.sync` when every table exists; writeSheets is one sync
 * to learn the existing sheet and style names plus one per batch, and a batch is split only when
 * its estimated request would pass Excel on the web's 5 MB limit — so the count grows with the
 * bytes sent, never with the number of sheets or bodies.
 *
 * Bytes: every distinct cell style (src/sheet/cell-styles.ts, the layout the .xlsx writer applies
 * too) is defined once as a named workbook style and applied by name to all the rectangles it
 * covers; values go as one 2-D array per sheet; rows of one height are sized in one call. What is
 * left is the content itself (values, merges, print setup): see docs/BENCHMARKS.md.
 */
import { type PrintSetup, type SheetSpec, type ValidationRule } from "../sheet/spec";
import { safeSheetName, SheetNames } from "../sheet/names";
import { BORDER_COLOR } from "../sheet/cell-styles";
import {
  batchPlans,
  pageSetupBytes,
  planSheet,
  REQUEST_BUDGET_BYTES,
  WIRE_ACTION_BYTES,
  WIRE_PATH_BYTES,
  type OfficeCellStyle,
  type SheetPlan,
} from "./plan";
import {
  fileGroups,
  printNameBytes,
  printNameCalls,
  sheetRuns,
  toBase64,
  type NativeImport,
} from "./native-import";
import { repairOpevalCells } from "./repair";
import { errorReason, openNewWorkbooks, type FormSheet, type NewWorkbooksResult } from "./new-workbooks";
import type {
  ChartSpec,
  RepairResult,
  TableRowsUpdate,
  TableValues,
  WorkbookAdapter,
  WriteOptions,
  WriteResult,
  WrittenSheet,
} from "./workbook";

/**
 * The Excel JavaScript API set the pane's workbook features need (the highest set above), checked
 * with Office.context.requirements.isSetSupported before the pane offers any of them.
 */
export const PANE_REQUIREMENTS: readonly { readonly name: string; readonly version: string }[] = [
  { name: "ExcelApi", version: "1.9" },
];

/** The pane's requirement sets this Excel lacks, as `ExcelApi 1.9` (none: the pane can work). */
export function missingPaneRequirements(
  isSetSupported: (name: string, version: string) => boolean = (name, version) =>
    Office.context.requirements.isSetSupported(name, version),
): string[] {
  return PANE_REQUIREMENTS.filter((s) => !isSetSupported(s.name, s.version)).map(
    (s) => `${s.name} ${s.version}`,
  );
}

export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Points per character of column width in the default font (Excel: 8.43 characters ≈ 48 pt). */
const POINTS_PER_CHARACTER = 5.7;
const COLUMN_PADDING_POINTS = 5;

function isItemNotFound(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { code?: string }).code === "ItemNotFound";
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGE = { top: "EdgeTop", left: "EdgeLeft", bottom: "EdgeBottom", right: "EdgeRight" } as const;

/**
 * Defines one named style (ExcelApi 1.7): every field of the resolved style, so applying it by name
 * gives the cell exactly the layout's style whatever the workbook's Normal style is.
 */
function defineStyle(styles: Excel.StyleCollection, name: string, style: OfficeCellStyle): void {
  styles.add(name);
  const s = styles.getItem(name);
  s.font.name = style.font;
  s.font.size = style.size;
  s.font.bold = style.bold;
  s.font.italic = style.italic;
  s.font.underline = style.underline ? "Single" : "None";
  if (style.color) s.font.color = style.color;
  if (style.fill) s.fill.color = style.fill;
  s.horizontalAlignment = style.hAlign ? H_ALIGN[style.hAlign] : "General";
  s.verticalAlignment = style.vAlign ? V_ALIGN[style.vAlign] : "Bottom";
  s.wrapText = style.wrap;
  s.indentLevel = style.indent;
  s.numberFormat = style.numberFormat;
  s.locked = style.locked;
  for (const edge of style.borders) {
    const border = s.borders.getItem(EDGE[edge]);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = BORDER_COLOR;
  }
}

/** Defines the styles of `plans` that the workbook does not have yet, and marks them as had. */
function defineMissingStyles(
  styles: Excel.StyleCollection,
  plans: readonly SheetPlan[],
  had: Set<string>,
): void {
  for (const plan of plans)
    for (const { name, style } of plan.styles) {
      if (had.has(name)) continue;
      had.add(name);
      defineStyle(styles, name, style);
    }
}

function validationRule(rule: ValidationRule): Excel.DataValidationRule {
  switch (rule.type) {
    case "list":
      return { list: { inCellDropDown: true, source: rule.values.join(",") } };
    case "whole":
    case "decimal": {
      const basic: Excel.BasicDataValidation =
        rule.max === undefined
          ? { formula1: rule.min, operator: "GreaterThanOrEqualTo" }
          : { formula1: rule.min, formula2: rule.max, operator: "Between" };
      return rule.type === "whole" ? { wholeNumber: basic } : { decimal: basic };
    }
    case "date":
      return { date: { formula1: "1900-01-01", operator: "GreaterThan" } };
  }
}

/**
 * Queues every action that builds one sheet; no sync. Styles go on before values, so a text cell is
 * already `@` when its value arrives and a string starting with `=` stays text.
 */
function queueSheet(
  worksheets: Excel.WorksheetCollection,
  spec: SheetSpec,
  plan: SheetPlan,
  name: string,
): void {
  const ws = worksheets.add(name);
  const areas = (address: string) => (address.includes(",") ? ws.getRanges(address) : ws.getRange(address));
  // One named style per distinct cell style, over every rectangle it covers.
  for (const { name: styleName, areas: list } of plan.styles)
    for (const address of list) areas(address).style = styleName;
  const { rows, columns } = plan.rect;
  if (rows > 0 && columns > 0) ws.getRangeByIndexes(0, 0, rows, columns).values = plan.values;
  for (const f of spec.formulas ?? []) ws.getRange(f.address).formulas = [[f.formula]];
  for (const { range, across } of plan.merges) ws.getRange(range).merge(across);
  for (const [first, last, width] of plan.widths)
    ws.getRangeByIndexes(0, first - 1, 1, last - first + 1).format.columnWidth =
      width * POINTS_PER_CHARACTER + COLUMN_PADDING_POINTS;
  // Rows of one height in one call, however scattered (a multi-area range of whole rows).
  for (const { height, areas: list } of plan.heights)
    for (const address of list) areas(address).format.rowHeight = height;
  for (const [first, last] of plan.hidden) ws.getRange(`${first}:${last}`).rowHidden = true;
  for (const t of spec.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = t.name;
    if (t.style) table.style = t.style;
  }
  for (const v of spec.validations ?? []) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = validationRule(v.rule);
    dv.ignoreBlanks = v.allowBlank ?? true;
    if (v.errorMessage)
      dv.errorAlert = { message: v.errorMessage, showAlert: true, style: "Stop", title: "" };
    if (v.prompt) dv.prompt = { message: v.prompt, showPrompt: true, title: "" };
  }
  if (spec.freeze) {
    const { rows: fr, columns: fc } = spec.freeze;
    if (fr > 0 && fc > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, fr, fc));
    else if (fr > 0) ws.freezePanes.freezeRows(fr);
    else if (fc > 0) ws.freezePanes.freezeColumns(fc);
  }
  if (spec.print) queuePageSetup(ws, spec.print, false);
  if (spec.tabColor) ws.tabColor = spec.tabColor;
}

/**
 * Queues a sheet's page setup: orientation, paper, fit to page, margins, print titles and area,
 * manual breaks (ExcelApi 1.9). `replaceBreaks`: the sheet carries breaks already (an imported
 * sheet), so they are removed first and the spec's set again.
 */
export function queuePageSetup(ws: Excel.Worksheet, p: PrintSetup, replaceBreaks: boolean): void {
  const layout = ws.pageLayout;
  layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  // One page wide; the height is left to Excel (no vertical fit given).
  if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1 };
  if (p.margins) {
    const inch = 72;
    layout.leftMargin = p.margins.left * inch;
    layout.rightMargin = p.margins.right * inch;
    layout.topMargin = p.margins.top * inch;
    layout.bottomMargin = p.margins.bottom * inch;
  }
  if (p.printTitleRows) layout.setPrintTitleRows(p.printTitleRows);
  if (p.printArea) layout.setPrintArea(p.printArea);
  // An imported sheet has the file's breaks, which are the spec's: replaced only where it has any.
  if (replaceBreaks && p.rowBreaks?.length) ws.horizontalPageBreaks.removePageBreaks();
  // A manual break above the row after each listed row (ExcelApi 1.9, like pageLayout).
  for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
}

/**
 * Writes sheets whose names are decided (SheetSpec.name is final) in requests under the budget,
 * counting batches for progress and checking for cancellation before every request but the first.
 */
class SheetWriter {
  readonly written: WrittenSheet[] = [];
  cancelled = false;
  /** Why the file import was given up, once it has been. */
  fallback: string | undefined;
  private batch = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly options: WriteOptions,
    private readonly wanted: readonly SheetSpec[],
    private readonly hadStyles: Set<string>,
    /** Ids of the sheets the workbook had before this write. */
    private readonly idsBefore: ReadonlySet<string>,
    /** The most a request may carry (Excel on the web's 5 MB limit, less a margin). */
    private readonly budget: number,
  ) {}

  /** Whether to stop before the next request (never before the first: `sent`, one has been). */
  private stop(sent = this.batch > 0): boolean {
    if (sent && this.options.isCancelled?.()) this.cancelled = true;
    return this.cancelled;
  }

  private done(names: string[], batchesLeft: number, file?: { number: number; of: number }): void {
    this.batch++;
    for (const name of names) this.written.push({ wanted: this.wanted[this.written.length]!.name, name });
    this.options.onProgress?.({
      batch: this.batch,
      batches: this.batch + batchesLeft,
      sheetsWritten: this.written.length,
      sheetsTotal: this.wanted.length,
      names,
      ...(file ? { file } : {}),
    });
  }

  /** The Office.js writer: named styles, one value array per sheet, one sync per batch. */
  async writeCalls(sheets: readonly SheetSpec[]): Promise<void> {
    const { context } = this;
    const batches = batchPlans(sheets, this.budget, this.hadStyles);
    for (let i = 0; i < batches.length; i++) {
      if (this.stop()) return;
      const batch = batches[i]!;
      context.application.suspendApiCalculationUntilNextSync();
      // Each style is defined once, in the request of the first sheet that uses it.
      defineMissingStyles(
        context.workbook.styles,
        batch.map((b) => b.plan),
        this.hadStyles,
      );
      for (const { spec, plan } of batch) queueSheet(context.workbook.worksheets, spec, plan, spec.name);
      // One round trip per batch; batches exist only to stay under the 5 MB request limit.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch is the point: a batch is what fits under Excel's 5 MB limit, and progress and cancel happen between batches
      await context.sync();
      this.done(
        batch.map((b) => b.spec.name),
        batches.length - i - 1,
      );
    }
  }

  /**
   * The file import (./native-import.ts): sheets built into files of at most the request budget.
   * Each file is inserted in one request, which also carries the previous file's follow-up: its
   * sheets addressed by the ids that insert returned (never by name: a co-author may have added a
   * sheet of that name meanwhile, and Excel would then rename ours), their print names set — with
   * `pageSetupAgain` their whole page setup (office-js #5777: imported sheets may print differently
   * on the web) — and every sheet's name read; the last file's follow-up is a request of its own.
   * So n files cost n + 1 requests, each under the budget (fileGroups counts the follow-up carried).
   * A failed request takes back what of it may have arrived — the previous file's sheets (by id)
   * when its follow-up was in it, and this file's (by id, or by name where the insert never
   * answered) — and those and every later sheet are written by calls.
   */
  async importFile(
    sheets: readonly SheetSpec[],
    native: NativeImport,
    pageSetupAgain: boolean,
  ): Promise<void> {
    const { context } = this;
    /** The file inserted last, whose follow-up goes with the next request. */
    let pending: { group: SheetSpec[]; ids: string[]; start: number; number: number } | undefined;
    let next = 0;
    let files = 0;
    const followUp = (file: NonNullable<typeof pending>) => {
      file.group.forEach((spec, k) => {
        const ws = context.workbook.worksheets.getItem(file.ids[k]!);
        if (spec.print && pageSetupAgain) queuePageSetup(ws, spec.print, true);
        else for (const [method, range] of printNameCalls(spec)) ws.pageLayout[method](range);
      });
      // The names as they are now, read once for the whole workbook (one action, not one a sheet).
      return context.workbook.worksheets.load("items/id,items/name");
    };
    const report = (file: NonNullable<typeof pending>, all: Excel.WorksheetCollection) => {
      const nameOf = new Map(all.items.map((ws) => [ws.id, ws.name]));
      const after = file.start + file.group.length;
      const left = Math.ceil((sheets.length - after) / file.group.length);
      this.done(
        file.ids.map((id, k) => nameOf.get(id) ?? file.group[k]!.name),
        left,
        { number: file.number, of: file.number + left },
      );
    };
    const giveUp = async (e: unknown, ids: readonly string[], names: readonly string[], from: number) => {
      this.fallback = errorReason(e);
      await this.removeSheets(ids, names);
      await this.writeCalls(sheets.slice(from));
    };
    const groups = fileGroups(
      sheets,
      native,
      // Asked before each file after the first: a file's request has been sent by then.
      () => this.stop(true),
      this.budget,
      (previous) => followUpBytes(previous, pageSetupAgain),
    );
    for await (const { group, bytes } of groups) {
      files++;
      const start = next;
      let ids: string[] | undefined;
      try {
        context.application.suspendApiCalculationUntilNextSync();
        const all = pending ? followUp(pending) : undefined;
        const inserted = context.workbook.insertWorksheetsFromBase64(toBase64(bytes), {
          positionType: "End",
        });
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per file on purpose: each file is at most the 5 MB request limit with the previous file's follow-up, and a refused file falls back to calls before the next is sent
        await context.sync();
        ids = inserted.value;
        if (pending) report(pending, all!);
        pending = undefined;
        if (ids.length !== group.length)
          throw new Error(`insertWorksheetsFromBase64: ${ids.length} sheets for ${group.length}`);
      } catch (e) {
        // Ours: the previous file's sheets if its follow-up failed with this request, and this
        // file's by the ids the insert returned, or by name where it never answered.
        await giveUp(
          e,
          [...(pending?.ids ?? []), ...(ids ?? [])],
          ids ? [] : group.map((s) => s.name),
          pending?.start ?? start,
        );
        return;
      }
      pending = { group, ids, start, number: files };
      next += group.length;
    }
    if (!pending) return;
    try {
      const all = followUp(pending);
      await context.sync();
      report(pending, all);
    } catch (e) {
      await giveUp(e, pending.ids, [], pending.start);
    }
  }

  /**
   * Deletes the sheets of a failed request: those of `ids` (returned by an insert), and those
   * named `names` that the workbook did not have before (an insert that never answered).
   */
  private async removeSheets(ids: readonly string[], names: readonly string[]): Promise<void> {
    const { context } = this;
    const sheets = context.workbook.worksheets.load("items/name,items/id");
    await context.sync();
    const ours = new Set(names.map((n) => n.toLowerCase()));
    const present = sheets.items.filter(
      (s) => ids.includes(s.id) || (!this.idsBefore.has(s.id) && ours.has(s.name.toLowerCase())),
    );
    if (!present.length) return;
    for (const s of present) context.workbook.worksheets.getItem(s.id).delete();
    await context.sync();
  }
}

/** A worksheet id as Excel gives it ("{GUID}"): the follow-up addresses sheets by these. */
const SHEET_ID_SAMPLE = `{${"0".repeat(8)}-${"0".repeat(4)}-${"0".repeat(4)}-${"0".repeat(4)}-${"0".repeat(12)}}`;

/**
 * Bytes of a file's follow-up (SheetWriter.importFile): each sheet's print names, or with
 * `pageSetupAgain` its whole page setup, on the sheet by id; and the names read back.
 */
function followUpBytes(group: readonly SheetSpec[], pageSetupAgain: boolean): number {
  let n = WIRE_ACTION_BYTES + WIRE_PATH_BYTES;
  for (const spec of group)
    n +=
      spec.print && pageSetupAgain
        ? WIRE_PATH_BYTES + SHEET_ID_SAMPLE.length + pageSetupBytes(spec.print, true)
        : printNameBytes(spec, SHEET_ID_SAMPLE);
  return n;
}

export class OfficeWorkbook implements WorkbookAdapter {
  /**
   * `native`: the file import, given by the pane where Excel has it (nativeImportSupported);
   * without it every sheet is written by Office.js calls. `newWorkbook`: how new workbooks are
   * opened (`Excel.createWorkbook`, ExcelApi 1.8) and their files built (`files`, by default the
   * file import's builder: the builder needs only CompressionStream, not ExcelApi 1.13); without
   * either, new workbooks are not offered.
   * `pageSetupAgain`: after a file import, set every imported sheet's page setup again, not only
   * its print names — on Excel on the web, where imported sheets are reported to print differently
   * (office-js #5777). It costs ~1.1 KB a sheet: 50 bodies' forms go from 3.1 to 4.3 MB.
   */
  constructor(
    private readonly run: ExcelRunner = (batch) => Excel.run(batch),
    private readonly native?: NativeImport,
    newWorkbook: { create?: (base64: string) => Promise<void>; files?: NativeImport } = {},
    private readonly pageSetupAgain = false,
    /** The most a request may carry; smaller in tests, to see several requests with few sheets. */
    private readonly requestBudget = REQUEST_BUDGET_BYTES,
  ) {
    const create = newWorkbook.create ?? ((base64: string) => Excel.createWorkbook(base64));
    const files = newWorkbook.files ?? native;
    if (files) this.openNewWorkbooks = (forms, options) => openNewWorkbooks(forms, files, create, options);
  }

  readonly openNewWorkbooks?: (
    forms: readonly FormSheet[],
    options?: WriteOptions,
  ) => Promise<NewWorkbooksResult>;

  async readTables(names: readonly string[]): Promise<TableValues[]> {
    return this.run(async (context) => {
      const read = (list: readonly string[]) =>
        list.map((name) => {
          const table = context.workbook.tables.getItem(name);
          const header = table.getHeaderRowRange().load("address");
          const range = table.getRange().load("values, numberFormat");
          const sheet = table.worksheet.load("name");
          return { name, header, range, sheet };
        });
      const toValues = (items: ReturnType<typeof read>): TableValues[] =>
        items.map(({ name, header, range, sheet }) => ({
          name,
          sheet: sheet.name,
          address: (header.address.split("!").pop() ?? "").split(":")[0]!.replace(/\$/g, ""),
          values: range.values as TableValues["values"],
          numberFormats: range.numberFormat as TableValues["numberFormats"],
        }));
      // The common case — every table is there — costs one round trip.
      try {
        const items = read(names);
        await context.sync();
        return toValues(items);
      } catch (e) {
        if (!isItemNotFound(e)) throw e;
      }
      // Some table is missing (the analyst deleted or renamed it): read the ones that exist.
      const probes = names.map((name) => ({
        name,
        table: context.workbook.tables.getItemOrNullObject(name),
      }));
      for (const p of probes) p.table.load("name");
      await context.sync();
      const present = probes.filter((p) => !p.table.isNullObject).map((p) => p.name);
      const items = read(present);
      await context.sync();
      return toValues(items);
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async writeSheets(sheets: readonly SheetSpec[], options: WriteOptions = {}): Promise<WriteResult> {
    return this.run(async (context) => {
      // One round trip learns the sheet names and the named styles already in the workbook.
      const existing = context.workbook.worksheets.load("items/name,items/id");
      const styles = context.workbook.styles.load("items/name");
      await context.sync();
      // Every name is decided here, before anything is built: the file import keeps a name only
      // when it is free, and a group that falls back must land under the same names.
      const taken = new SheetNames(existing.items.map((s) => s.name));
      const named = sheets.map((spec) => ({ ...spec, name: taken.reserve(spec.name) }));
      const writer = new SheetWriter(
        context,
        options,
        sheets,
        new Set(styles.items.map((s) => s.name)),
        new Set(existing.items.map((s) => s.id)),
        this.requestBudget,
      );
      // Consecutive document sheets go by file import where Excel has it; the others (and all
      // sheets, where it is missing or has failed once) by Office.js calls. Order is kept.
      for (const run of sheetRuns(named, this.native !== undefined)) {
        if (writer.cancelled) break;
        if (run.byFile && !writer.fallback)
          await writer.importFile(run.sheets, this.native!, this.pageSetupAgain);
        else await writer.writeCalls(run.sheets);
      }
      return {
        sheets: writer.written,
        cancelled: writer.cancelled,
        ...(writer.fallback ? { fallback: writer.fallback } : {}),
      };
    });
  }

  async repairOpevalCells(): Promise<RepairResult> {
    return this.run((context) => repairOpevalCells(context));
  }

  async activateSheet(name: string): Promise<void> {
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(name).activate();
      await context.sync();
    });
  }

  async selectRange(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }

  async insertSheetWithChart(spec: SheetSpec, chart: ChartSpec): Promise<string> {
    return this.run(async (context) => {
      const existing = context.workbook.worksheets.load("items/name");
      const styles = context.workbook.styles.load("items/name");
      await context.sync();
      const name = safeSheetName(
        spec.name,
        existing.items.map((s) => s.name),
      );
      context.application.suspendApiCalculationUntilNextSync();
      const plan = planSheet(spec);
      defineMissingStyles(context.workbook.styles, [plan], new Set(styles.items.map((s) => s.name)));
      queueSheet(context.workbook.worksheets, spec, plan, name);
      const ws = context.workbook.worksheets.getItem(name);
      const added = ws.charts.add(
        chart.type === "line" ? "LineMarkers" : "BarClustered",
        ws.getRange(chart.dataRange),
        "Columns",
      );
      added.title.text = chart.title;
      added.setPosition(chart.anchor);
      ws.activate();
      await context.sync();
      return name;
    });
  }

  /**
   * Two round trips whatever the number of rows: read the table's body, then delete the matching
   * rows (bottom up, so indices hold), add blank rows, set text formats on string cells and write
   * the values (a string is never taken for a formula).
   */
  async updateTableRows(
    tableName: string,
    update: TableRowsUpdate,
  ): Promise<{ removed: number; added: number }> {
    return this.run(async (context) => {
      const table = context.workbook.tables.getItem(tableName);
      const body = table.getDataBodyRange().load("values");
      await context.sync();
      const blank = (row: unknown[]) => row.every((v) => v === "" || v === null);
      let removed = 0;
      for (let i = body.values.length - 1; i >= 0; i--) {
        const row = body.values[i]!;
        const where = update.removeWhere;
        // A new table's one empty row goes too, so the history starts at the first data row.
        if (blank(row) || (where && String(row[where.column] ?? "").trim() === where.equals)) {
          table.rows.getItemAt(i).delete();
          if (!blank(row)) removed++;
        }
      }
      const n = update.append.length;
      if (n > 0) {
        const width = update.append[0]!.length;
        table.rows.add(
          undefined,
          update.append.map(() => Array<string>(width).fill("")),
        );
        const last = table.getDataBodyRange().getLastRow();
        const tail = last.getOffsetRange(-(n - 1), 0).getBoundingRect(last);
        tail.numberFormat = update.append.map((r) => r.map((v) => (typeof v === "string" ? "@" : "General")));
        tail.values = update.append.map((r) => r.map((v) => (v === null ? "" : v)));
      }
      await context.sync();
      return { removed, added: n };
    });
  }
}
