/**
 * Pure planning shared by the writers: the rectangle of values, the number format of every cell
 * (so text can never turn into a formula), and the batching of sheets under Excel on the web's
 * request size limit.
 */
import { columnLetter, parseRange, type Bounds } from "../sheet/a1";
import { resolveCellStyles, styleBlocks, styleKey, type ResolvedStyle } from "../sheet/cell-styles";
import {
  type CellStyle,
  type CellValue,
  type PrintSetup,
  type RangeStyle,
  type SheetSpec,
} from "../sheet/spec";

/** Excel on the web rejects a request over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Our estimate is of the JSON we hand Office.js, not of its exact wire format (which adds ids and
 * wrapping per action), so we keep a fifth of the limit as headroom.
 */
export const REQUEST_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.8);

export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

export interface Rect {
  rows: number;
  columns: number;
}

export function sheetRect(spec: SheetSpec): Rect {
  const rows = spec.rows.length;
  const columns = spec.rows.reduce((m, r) => Math.max(m, r.length), 0);
  return { rows, columns };
}

/** The values as a full rectangle (ragged rows padded with empty cells). */
export function valueMatrix(spec: SheetSpec): (string | number | boolean)[][] {
  const { columns } = sheetRect(spec);
  return spec.rows.map((row) => {
    const out: (string | number | boolean)[] = [];
    for (let c = 0; c < columns; c++) {
      const v = row[c];
      out.push(v === null || v === undefined ? "" : v);
    }
    return out;
  });
}

/**
 * The number format of every cell of the values rectangle: the styles' formats, range by range,
 * then `@` (text) on every string cell, so Excel keeps a string that starts with `=`, `+`, `-` or
 * `@` as the text it is. Formula cells keep a formula-friendly format.
 */
export function numberFormatMatrix(spec: SheetSpec): string[][] {
  const { rows, columns } = sheetRect(spec);
  const m: string[][] = Array.from({ length: rows }, () => Array<string>(columns).fill(GENERAL_FORMAT));
  for (const { range, style } of spec.styles ?? []) {
    if (!style.numberFormat) continue;
    const b = parseRange(range);
    for (let r = b.top; r <= Math.min(b.bottom, rows); r++)
      for (let c = b.left; c <= Math.min(b.right, columns); c++) m[r - 1]![c - 1] = style.numberFormat;
  }
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "string") m[r]![c] = TEXT_FORMAT;
    }),
  );
  for (const f of spec.formulas ?? []) {
    const b = parseRange(f.address);
    const row = m[b.top - 1];
    if (row && row[b.left - 1] === TEXT_FORMAT) row[b.left - 1] = GENERAL_FORMAT;
  }
  return m;
}

/** UTF-8 length of a string without Buffer (the estimate also runs in the browser). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/** Excel accepts a multi-area address of up to 8192 characters; we stay well below. */
const MAX_AREAS_ADDRESS = 2000;

/**
 * Ranges that share one style, to be formatted in one call over a multi-area range. A range joins
 * an earlier group of the same style only when no style queued since then touches it, so the
 * final formats are exactly those of applying the styles one by one in order.
 */
export function groupStyles(styles: readonly RangeStyle[]): { ranges: string[]; style: CellStyle }[] {
  const groups: { key: string; ranges: string[]; bounds: Bounds[]; style: CellStyle; length: number }[] = [];
  for (const { range, style } of styles) {
    const key = JSON.stringify(style);
    const b = parseRange(range);
    let target: (typeof groups)[number] | undefined;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i]!;
      if (g.key === key && g.length + range.length + 1 <= MAX_AREAS_ADDRESS) {
        target = g;
        break;
      }
      if (g.bounds.some((x) => overlaps(x, b))) break;
    }
    if (target) {
      target.ranges.push(range);
      target.bounds.push(b);
      target.length += range.length + 1;
    } else groups.push({ key, ranges: [range], bounds: [b], style, length: range.length });
  }
  return groups.map(({ ranges, style }) => ({ ranges, style }));
}

/** Runs of consecutive rows (or columns) with the same value: `[first, last, value]`. */
export function runs<T>(entries: readonly (readonly [number, T])[]): [number, number, T][] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const out: [number, number, T][] = [];
  for (const [n, v] of sorted) {
    const last = out[out.length - 1];
    if (last && last[1] === n - 1 && last[2] === v) last[1] = n;
    else out.push([n, n, v]);
  }
  return out;
}

/**
 * Merges as few calls as possible: single-row merges over the same columns on consecutive rows
 * become one "merge across" of the block, wherever they stand in the list (merges never overlap,
 * so their order does not matter); other merges stay as they are. Blocks come in order of their
 * first merge.
 */
export function groupMerges(merges: readonly string[]): { range: string; across: boolean }[] {
  const out: { range: string; across: boolean; b: Bounds }[] = [];
  const open = new Map<string, (typeof out)[number]>();
  const parsed = merges.map((m) => ({ m, b: parseRange(m) }));
  // Rows in order within each column span, so a block grows downwards one row at a time.
  const singleRows = parsed
    .map((p, i) => ({ ...p, i }))
    .filter(({ b }) => b.top === b.bottom)
    .sort((x, y) => x.b.top - y.b.top || x.i - y.i);
  const firstIndex = new Map<(typeof out)[number], number>();
  for (const { m, b, i } of singleRows) {
    const span = `${b.left}:${b.right}`;
    const last = open.get(span);
    if (last && last.b.bottom === b.top - 1) {
      last.b = { ...last.b, bottom: b.bottom };
      last.across = true;
      last.range = `${columnLetter(b.left)}${last.b.top}:${columnLetter(b.right)}${b.bottom}`;
    } else {
      const entry = { range: m, across: false, b };
      out.push(entry);
      firstIndex.set(entry, i);
      open.set(span, entry);
    }
  }
  parsed.forEach(({ m, b }, i) => {
    if (b.top === b.bottom) return;
    const entry = { range: m, across: false, b };
    out.push(entry);
    firstIndex.set(entry, i);
  });
  return out
    .sort((x, y) => firstIndex.get(x)! - firstIndex.get(y)!)
    .map(({ range, across }) => ({ range, across }));
}

/** What the Office.js writer sends for one sheet, planned once: the estimate and the writer share it. */
export interface SheetPlan {
  rect: Rect;
  values: (string | number | boolean)[][];
  /** Named styles over the cells they cover; each `areas` entry is one multi-area address. */
  styles: { name: string; style: OfficeCellStyle; areas: string[] }[];
  merges: { range: string; across: boolean }[];
  /** Columns of equal width: `[first, last, width in characters]`. */
  widths: [number, number, number][];
  /** Rows of one height as multi-area row addresses (`3:3,5:9`), one set per height. */
  heights: { height: number; areas: string[] }[];
  hidden: [number, number, true][];
}

/** A resolved cell style as the Office.js writer defines it: the layout's, plus `@` on text cells. */
export type OfficeCellStyle = ResolvedStyle & { numberFormat: string };

/** FNV-1a of a string, 8 hex digits: a short stable name for a style definition. */
function hash32(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * The workbook style name of a resolved style. The name is a hash of the whole definition, so a
 * style found in the workbook under that name (from an earlier Generate) is the same style and is
 * reused rather than defined again.
 */
export function officeStyleName(style: OfficeCellStyle): string {
  return `opeval ${hash32(styleKey(style))}`;
}

/** Addresses joined with commas, cut into multi-area addresses Excel accepts. */
export function joinAreas(ranges: readonly string[], limit = MAX_AREAS_ADDRESS): string[] {
  const out: string[] = [];
  let current = "";
  for (const r of ranges) {
    if (current && current.length + 1 + r.length > limit) {
      out.push(current);
      current = r;
    } else current = current ? `${current},${r}` : r;
  }
  if (current) out.push(current);
  return out;
}

/**
 * The number format of every styled cell: the style's own, else `@` on text (so Excel keeps a
 * string starting with `=`, `+`, `-` or `@` as text) and General on numbers and formulas. An empty
 * cell without a format of its own shows nothing whatever its format, so it takes the format of
 * the cell before it in the row when that cell has the same style: a text cell and the empty cells
 * merged into it, or padding it, stay one rectangle of one style.
 */
function cellNumberFormats(
  spec: SheetSpec,
  cells: ReadonlyMap<string, ResolvedStyle>,
  formulaCells: ReadonlySet<string>,
): Map<string, string> {
  const out = new Map<string, string>();
  const keys = [...cells.keys()]
    .map((k) => k.split(":").map(Number) as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [row, column] of keys) {
    const at = `${row}:${column}`;
    const style = cells.get(at)!;
    const value = spec.rows[row - 1]?.[column - 1];
    let format: string;
    if (style.numberFormat) format = style.numberFormat;
    else if (formulaCells.has(at)) format = GENERAL_FORMAT;
    else if (typeof value === "string") format = TEXT_FORMAT;
    else if (value !== null && value !== undefined) format = GENERAL_FORMAT;
    else {
      const before = `${row}:${column - 1}`;
      const left = cells.get(before);
      format =
        left && styleKey(left) === styleKey(style) ? (out.get(before) ?? GENERAL_FORMAT) : GENERAL_FORMAT;
    }
    out.set(at, format);
  }
  return out;
}

/**
 * The plan of one sheet: values as one rectangle; every cell's resolved style (src/sheet/cell-styles)
 * as a named style over the rectangles it covers, text cells `@` so a string starting with `=` stays
 * text; merges, widths, heights and hidden rows in as few calls as the grid allows.
 */
export function planSheet(spec: SheetSpec): SheetPlan {
  const rect = sheetRect(spec);
  const formulaCells = new Set(
    (spec.formulas ?? []).map((f) => {
      const b = parseRange(f.address);
      return `${b.top}:${b.left}`;
    }),
  );
  const cells = resolveCellStyles(spec);
  const formats = cellNumberFormats(spec, cells, formulaCells);
  const blocks = styleBlocks(cells, (style, row, column) => {
    const final: OfficeCellStyle = { ...style, numberFormat: formats.get(`${row}:${column}`)! };
    return [styleKey(final), final];
  });
  const heightsByValue = new Map<number, number[]>();
  for (const [r, h] of Object.entries(spec.rowHeights ?? {})) {
    const list = heightsByValue.get(h) ?? [];
    list.push(Number(r));
    heightsByValue.set(h, list);
  }
  return {
    rect,
    values: valueMatrix(spec),
    styles: blocks.map((b) => {
      const style = b.style as OfficeCellStyle;
      return { name: officeStyleName(style), style, areas: joinAreas(b.ranges) };
    }),
    merges: groupMerges(spec.merges ?? []),
    widths: runs((spec.columnWidths ?? []).map((w, i) => [i + 1, w] as const)),
    heights: [...heightsByValue].map(([height, rows]) => ({
      height,
      areas: joinAreas(runs(rows.map((r) => [r, true] as const)).map(([a, b]) => `${a}:${b}`)),
    })),
    hidden: runs((spec.hiddenRows ?? []).map((r) => [r, true] as const)),
  };
}

/**
 * The request Office.js sends, modelled as test/excel/fake-excel.ts's `wireBytes` measures it
 * (its RichApi JSON): each action costs its ids and wrapping, its name and its arguments; each
 * object path it uses (a sheet, a range, a format…) costs its own ids and wrapping, its name and
 * arguments, and an instantiate action, once per request.
 */
export const WIRE_ACTION_BYTES = 75;
export const WIRE_PATH_BYTES = 120;

const json = (value: unknown) => utf8Length(JSON.stringify(value));
/** A property set (`set name`) or method call (`call name`) with its arguments. */
const setting = (prop: string, value: unknown) => WIRE_ACTION_BYTES + 4 + prop.length + json(value);
const calling = (method: string, args: unknown[]) => WIRE_ACTION_BYTES + 5 + method.length + json(args);
const objectPath = (segment: string) => WIRE_PATH_BYTES + utf8Length(segment);

/** Bytes that defining one named style adds to a request (mirrors office.ts defineStyle). */
export function styleDefinitionBytes(name: string, style: OfficeCellStyle): number {
  let n = calling("add", [name]) + objectPath(name) + objectPath("font") + objectPath("styles");
  n += setting("name", style.font) + setting("size", style.size) + setting("bold", style.bold);
  n += setting("italic", style.italic) + setting("underline", "Single");
  if (style.color) n += setting("color", style.color);
  if (style.fill) n += objectPath("fill") + setting("color", style.fill);
  n += setting("horizontalAlignment", "General") + setting("verticalAlignment", "Bottom");
  n += setting("wrapText", style.wrap) + setting("indentLevel", style.indent);
  n += setting("numberFormat", style.numberFormat) + setting("locked", style.locked);
  if (style.borders.length) n += objectPath("borders");
  for (const edge of style.borders)
    n +=
      objectPath(`getItem("Edge${edge}")`) +
      setting("style", "Continuous") +
      setting("weight", "Thin") +
      setting("color", "#808080");
  return n;
}

/** Estimated bytes of the request that writes this sheet (mirrors office.ts queueSheet). */
export function estimatePlanBytes(spec: SheetSpec, plan: SheetPlan): number {
  let n = calling("add", [spec.name]) + objectPath(spec.name);
  for (const { name, areas } of plan.styles)
    for (const a of areas) n += objectPath(a) + setting("style", name);
  const { rows, columns } = plan.rect;
  if (rows > 0 && columns > 0) n += objectPath(`0,0,${rows},${columns}`) + setting("values", plan.values);
  for (const f of spec.formulas ?? []) n += objectPath(f.address) + setting("formulas", [[f.formula]]);
  for (const { range, across } of plan.merges) n += objectPath(range) + calling("merge", [across]);
  for (const [first, last, width] of plan.widths)
    n +=
      objectPath(`0,${first - 1},1,${last - first + 1}`) +
      objectPath("format") +
      setting("columnWidth", width * 5.7 + 5.25);
  for (const { height, areas } of plan.heights)
    for (const a of areas) n += objectPath(a) + objectPath("format") + setting("rowHeight", height);
  for (const [first, last] of plan.hidden) n += objectPath(`${first}:${last}`) + setting("rowHidden", true);
  for (const t of spec.tables ?? [])
    n +=
      objectPath("tables") +
      calling("add", [t.range, true]) +
      objectPath(`add(${JSON.stringify(t.range)},true)`) +
      setting("name", t.name) +
      setting("style", t.style ?? "");
  for (const v of spec.validations ?? [])
    n += objectPath(v.range) + objectPath("dataValidation") + 4 * WIRE_ACTION_BYTES + json(v) + 100;
  if (spec.freeze) n += 2 * objectPath("freezePanes(0,0,99,99)") + calling("freezeAt", [{}]);
  if (spec.print) n += pageSetupBytes(spec.print, false);
  if (spec.tabColor) n += setting("tabColor", spec.tabColor);
  return n;
}

/**
 * Bytes of a sheet's page setup (office.ts queuePageSetup): orientation, paper, fit, margins,
 * print names, manual breaks; `replaceBreaks` adds the removal of an imported sheet's breaks.
 */
export function pageSetupBytes(p: PrintSetup, replaceBreaks: boolean): number {
  let n = objectPath("pageLayout") + setting("orientation", "Landscape") + setting("paperSize", "A4");
  if (p.fitToWidth) n += setting("zoom", { horizontalFitToPages: 1 });
  if (p.margins) n += 4 * setting("bottomMargin", 72.25);
  if (p.printTitleRows) n += calling("setPrintTitleRows", [p.printTitleRows]);
  if (p.printArea) n += calling("setPrintArea", [p.printArea]);
  if (p.rowBreaks?.length) n += objectPath("horizontalPageBreaks");
  if (replaceBreaks && p.rowBreaks?.length) n += calling("removePageBreaks", []);
  for (const row of p.rowBreaks ?? []) n += calling("add", [`A${row + 1}`]);
  return n;
}

/** Bytes every request carries once: the collections' paths and the calculation suspension. */
export const REQUEST_BASE_BYTES =
  objectPath("worksheets") +
  objectPath("styles") +
  objectPath("application") +
  calling("suspendApiCalculation", []);

/** Estimated bytes of the request that writes this sheet. */
export function estimateSheetBytes(spec: SheetSpec): number {
  return estimatePlanBytes(spec, planSheet(spec));
}

/** Groups sheets, in order, into the batches the Office.js writer sends (see batchPlans). */
export function batchSheets<T extends SheetSpec>(
  sheets: readonly T[],
  budget: number = REQUEST_BUDGET_BYTES,
): T[][] {
  return batchPlans(sheets, budget).map((batch) => batch.map((b) => b.spec as T));
}

export type { CellValue };

/**
 * Sheets with their plans, in order, in as few batches as fit the request budget; a batch's bytes
 * include the styles it defines (each style once, in the batch of the first sheet using it, unless
 * the workbook already has it). A single sheet larger than the budget goes alone.
 */
export function batchPlans(
  sheets: readonly SheetSpec[],
  budget: number = REQUEST_BUDGET_BYTES,
  existingStyles: ReadonlySet<string> = new Set(),
): { spec: SheetSpec; plan: SheetPlan }[][] {
  const batches: { spec: SheetSpec; plan: SheetPlan }[][] = [];
  const defined = new Set(existingStyles);
  let current: { spec: SheetSpec; plan: SheetPlan }[] = [];
  let size = REQUEST_BASE_BYTES;
  for (const spec of sheets) {
    const plan = planSheet(spec);
    let bytes = estimatePlanBytes(spec, plan);
    const fresh = plan.styles.filter((s) => !defined.has(s.name));
    for (const s of fresh) bytes += styleDefinitionBytes(s.name, s.style);
    if (current.length > 0 && size + bytes > budget) {
      batches.push(current);
      current = [];
      size = REQUEST_BASE_BYTES;
    }
    for (const s of fresh) defined.add(s.name);
    current.push({ spec, plan });
    size += bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
