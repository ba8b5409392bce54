/**
 * Pure planning shared by the writers: the rectangle of values, the number format of every cell
 * (so text can never turn into a formula), and the batching of sheets under Excel on the web's
 * request size limit.
 */
import { parseRange, type Bounds } from "../sheet/a1";
import { type CellStyle, type CellValue, type RangeStyle, type SheetSpec } from "../sheet/spec";
import { columnLetter } from "../sheet/a1";

/** Excel on the web rejects a request over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Our estimate is of the JSON we hand Office.js, not of its exact wire format (which adds ids and
 * wrapping per action), so we keep a fifth of the limit as headroom.
 */
export const REQUEST_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.8);
/**
 * Rough wire cost of one queued item beyond its arguments. Office.js sends each property set or
 * method call as an action (`{"Id":17,"ActionType":4,"Name":"rowHeight","ObjectPathId":16,…}`)
 * and each new object as an object path plus an instantiate action, each 50–100 bytes;
 * actionCount counts paths and actions alike.
 */
export const ACTION_OVERHEAD_BYTES = 100;

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
 * become one "merge across" of the block; other merges stay as they are.
 */
export function groupMerges(merges: readonly string[]): { range: string; across: boolean }[] {
  const out: { range: string; across: boolean; b: Bounds }[] = [];
  for (const m of merges) {
    const b = parseRange(m);
    const last = out[out.length - 1];
    if (
      b.top === b.bottom &&
      last &&
      last.b.left === b.left &&
      last.b.right === b.right &&
      last.b.bottom === b.top - 1 &&
      (last.across || last.b.top === last.b.bottom)
    ) {
      last.b = { ...last.b, bottom: b.bottom };
      last.across = true;
      last.range = `${columnLetter(b.left)}${last.b.top}:${columnLetter(b.right)}${b.bottom}`;
    } else out.push({ range: m, across: false, b });
  }
  return out.map(({ range, across }) => ({ range, across }));
}

/** Actions (each with its object paths) one style costs: font, fill, alignment, borders… */
function styleActions(style: CellStyle): number {
  let n = 2; // the multi-area range and its format object
  for (const [k, v] of Object.entries(style)) {
    if (v === undefined || k === "numberFormat") continue;
    n += k === "border" ? (v === "all" ? 6 : v === "outline" ? 4 : 1) * 3 : k === "input" ? 3 : 1;
  }
  return n;
}

/** How many actions a writer queues for the sheet, beyond values and number formats. */
export function actionCount(spec: SheetSpec): number {
  return (
    6 + // add sheet, the values rectangle, its font, number formats, values
    (spec.formulas?.length ?? 0) * 2 +
    groupStyles(spec.styles ?? []).reduce((n, g) => n + styleActions(g.style), 0) +
    groupMerges(spec.merges ?? []).length * 2 +
    runs((spec.columnWidths ?? []).map((w, i) => [i + 1, w] as const)).length * 3 +
    runs(Object.entries(spec.rowHeights ?? {}).map(([r, h]) => [Number(r), h] as const)).length * 3 +
    runs((spec.hiddenRows ?? []).map((r) => [r, true] as const)).length * 2 +
    (spec.tables?.length ?? 0) * 3 +
    (spec.validations?.length ?? 0) * 5 +
    (spec.freeze ? 2 : 0) +
    (spec.print ? 8 : 0) +
    (spec.tabColor ? 1 : 0)
  );
}

/** Estimated bytes of the request that writes this sheet. */
export function estimateSheetBytes(spec: SheetSpec): number {
  return (
    utf8Length(JSON.stringify(valueMatrix(spec))) +
    utf8Length(JSON.stringify(numberFormatMatrix(spec))) +
    utf8Length((spec.styles ?? []).map((s) => s.range).join(",")) +
    utf8Length(JSON.stringify(spec.validations ?? [])) +
    actionCount(spec) * ACTION_OVERHEAD_BYTES
  );
}

/**
 * Groups sheets, in order, into as few batches as fit the request budget. A new batch starts only
 * when adding the next sheet would pass the budget; a single sheet larger than the budget goes alone.
 */
export function batchSheets<T extends SheetSpec>(
  sheets: readonly T[],
  budget: number = REQUEST_BUDGET_BYTES,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const sheet of sheets) {
    const bytes = estimateSheetBytes(sheet);
    if (current.length > 0 && size + bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(sheet);
    size += bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}

export type { CellValue };
