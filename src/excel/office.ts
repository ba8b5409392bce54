/**
 * The Office.js workbook: the only code in opeval that calls Excel.run.
 *
 * Requirement sets (Excel JavaScript API), by feature:
 * - ExcelApi 1.1: worksheets.add, getRange, values, numberFormat, formulas, format.font/fill/
 *   horizontalAlignment/verticalAlignment/wrapText, worksheet.activate, range.select, tables.add,
 *   charts.add.
 * - ExcelApi 1.2: range.merge, format.columnWidth/rowHeight, format.protection.locked,
 *   range.rowHidden, table.style.
 * - ExcelApi 1.4: tables.getItemOrNullObject (fallback path of readTables).
 * - ExcelApi 1.6: application.suspendApiCalculationUntilNextSync.
 * - ExcelApi 1.7: getRangeByIndexes, worksheet.tabColor, freezePanes.
 * - ExcelApi 1.8: dataValidation.
 * - ExcelApi 1.9: getRanges (RangeAreas: one format call for many ranges), format.indentLevel, pageLayout (orientation, paper size, margins, zoom, print titles, print area).
 * The manifest declares none of these (only what the functions need to load: SharedRuntime 1.1,
 * CustomFunctionsRuntime 1.2): a set declared there hides the whole add-in, the OPEVAL functions
 * included, where it is missing. The pane checks PANE_REQUIREMENTS at run time instead, and
 * test/manifest/requirement-sets.test.ts keeps this list, the check and the code in step.
 *
 * Round trips: readTables is one `context.sync` when every table exists; writeSheets is one sync
 * to learn the existing sheet names plus one per batch, and a batch is split only when its
 * estimated request would pass Excel on the web's 5 MB limit — so the count does not grow with the
 * number of bodies.
 */
import { DEFAULT_FONT, type CellStyle, type SheetSpec, type ValidationRule } from "../sheet/spec";
import { safeSheetName, SheetNames } from "../sheet/names";
import {
  batchSheets,
  groupMerges,
  groupStyles,
  numberFormatMatrix,
  runs,
  sheetRect,
  valueMatrix,
} from "./plan";
import type {
  ChartSpec,
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

function applyStyle(range: Excel.Range | Excel.RangeAreas, style: CellStyle): void {
  const font = range.format.font;
  if (style.bold !== undefined) font.bold = style.bold;
  if (style.italic !== undefined) font.italic = style.italic;
  if (style.underline !== undefined) font.underline = style.underline ? "Single" : "None";
  if (style.size !== undefined) font.size = style.size;
  if (style.font !== undefined) font.name = style.font;
  if (style.color !== undefined) font.color = style.color;
  if (style.fill !== undefined) range.format.fill.color = style.fill;
  if (style.hAlign !== undefined)
    range.format.horizontalAlignment = ({ left: "Left", center: "Center", right: "Right" } as const)[
      style.hAlign
    ];
  if (style.vAlign !== undefined)
    range.format.verticalAlignment = ({ top: "Top", middle: "Center", bottom: "Bottom" } as const)[
      style.vAlign
    ];
  if (style.wrap !== undefined) range.format.wrapText = style.wrap;
  if (style.indent !== undefined) range.format.indentLevel = style.indent;
  if (style.input) {
    range.format.protection.locked = false;
    if (style.fill === undefined) range.format.fill.color = "#FFF2CC";
  }
  if (style.border) {
    type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";
    const edges: Edge[] =
      style.border === "bottom"
        ? ["EdgeBottom"]
        : style.border === "outline"
          ? ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"]
          : ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"];
    for (const edge of edges) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.weight = "Thin";
    }
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

/** Queues every action that builds one sheet; no sync. Number formats go before values. */
function queueSheet(worksheets: Excel.WorksheetCollection, spec: SheetSpec, name: string): void {
  const ws = worksheets.add(name);
  const { rows, columns } = sheetRect(spec);
  if (rows > 0 && columns > 0) {
    const all = ws.getRangeByIndexes(0, 0, rows, columns);
    all.format.font.name = DEFAULT_FONT;
    all.numberFormat = numberFormatMatrix(spec);
    all.values = valueMatrix(spec);
  }
  for (const f of spec.formulas ?? []) ws.getRange(f.address).formulas = [[f.formula]];
  // One call per group of ranges sharing a style (a multi-area range), not one per range.
  for (const { ranges, style } of groupStyles(spec.styles ?? []))
    applyStyle(ranges.length === 1 ? ws.getRange(ranges[0]) : ws.getRanges(ranges.join(",")), style);
  for (const { range, across } of groupMerges(spec.merges ?? [])) ws.getRange(range).merge(across);
  const widths = (spec.columnWidths ?? []).map((w, i) => [i + 1, w] as const);
  for (const [first, last, width] of runs(widths))
    ws.getRangeByIndexes(0, first - 1, 1, last - first + 1).format.columnWidth =
      width * POINTS_PER_CHARACTER + COLUMN_PADDING_POINTS;
  const heights = Object.entries(spec.rowHeights ?? {}).map(([r, h]) => [Number(r), h] as const);
  for (const [first, last, height] of runs(heights))
    ws.getRange(`${first}:${last}`).format.rowHeight = height;
  for (const [first, last] of runs((spec.hiddenRows ?? []).map((r) => [r, true] as const)))
    ws.getRange(`${first}:${last}`).rowHidden = true;
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
  if (spec.print) {
    const p = spec.print;
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
    // A manual break above the row after each listed row (ExcelApi 1.9, like pageLayout).
    for (const row of p.rowBreaks ?? []) ws.horizontalPageBreaks.add(`A${row + 1}`);
  }
  if (spec.tabColor) ws.tabColor = spec.tabColor;
}

export class OfficeWorkbook implements WorkbookAdapter {
  constructor(private readonly run: ExcelRunner = (batch) => Excel.run(batch)) {}

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
      const existing = context.workbook.worksheets.load("items/name");
      await context.sync();
      const taken = new SheetNames(existing.items.map((s) => s.name));
      const batches = batchSheets(sheets);
      const written: WrittenSheet[] = [];
      for (let i = 0; i < batches.length; i++) {
        if (i > 0 && options.isCancelled?.()) return { sheets: written, cancelled: true };
        context.application.suspendApiCalculationUntilNextSync();
        const names: string[] = [];
        for (const spec of batches[i]!) {
          const name = taken.reserve(spec.name);
          names.push(name);
          queueSheet(context.workbook.worksheets, spec, name);
        }
        // One round trip per batch; batches exist only to stay under the 5 MB request limit.
        await context.sync();
        for (let k = 0; k < names.length; k++)
          written.push({ wanted: batches[i]![k]!.name, name: names[k]! });
        options.onProgress?.({
          batch: i + 1,
          batches: batches.length,
          sheetsWritten: written.length,
          sheetsTotal: sheets.length,
          names,
        });
      }
      return { sheets: written, cancelled: false };
    });
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
      await context.sync();
      const name = safeSheetName(
        spec.name,
        existing.items.map((s) => s.name),
      );
      context.application.suspendApiCalculationUntilNextSync();
      queueSheet(context.workbook.worksheets, spec, name);
      const ws = context.workbook.worksheets.getItem(name);
      const added = ws.charts.add("BarClustered", ws.getRange(chart.dataRange), "Columns");
      added.title.text = chart.title;
      added.setPosition(chart.anchor);
      ws.activate();
      await context.sync();
      return name;
    });
  }
}
