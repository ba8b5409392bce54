/**
 * Pure planning shared by the writers: the rectangle of values, the number format of every cell
 * (so text can never turn into a formula), and the batching of sheets under Excel on the web's
 * request size limit.
 */
import type { CellValue, SheetSpec } from "../forms/sheet";

/** Excel on the web rejects a request over 5 MB. */
export const REQUEST_LIMIT_BYTES = 5 * 1024 * 1024;
/**
 * Our estimate is of the JSON we hand Office.js, not of its exact wire format (which adds ids and
 * wrapping per action), so we keep a fifth of the limit as headroom.
 */
export const REQUEST_BUDGET_BYTES = Math.floor(REQUEST_LIMIT_BYTES * 0.8);
/** Rough wire cost of one queued action (method name, object path, ids) beyond its arguments. */
export const ACTION_OVERHEAD_BYTES = 200;

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

/** 1-based inclusive bounds of an A1 range (`B2:D5`, `C3`, `2:2` or `B:B`). */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROWS = 1048576;
const MAX_COLUMNS = 16384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseCorner(ref: string): { row?: number; column?: number } {
  const m = /^\$?([A-Za-z]*)\$?(\d*)$/.exec(ref.trim());
  if (!m) throw new Error(`not an A1 reference: ${ref}`);
  const out: { row?: number; column?: number } = {};
  if (m[1]) out.column = columnNumber(m[1]);
  if (m[2]) out.row = Number(m[2]);
  return out;
}

export function parseRange(range: string): Bounds {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const [a, b = a] = bare.split(":") as [string, string?];
  const p = parseCorner(a);
  const q = parseCorner(b ?? a);
  return {
    top: Math.min(p.row ?? 1, q.row ?? MAX_ROWS),
    left: Math.min(p.column ?? 1, q.column ?? MAX_COLUMNS),
    bottom: Math.max(p.row ?? 1, q.row ?? MAX_ROWS),
    right: Math.max(p.column ?? 1, q.column ?? MAX_COLUMNS),
  };
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

/** How many actions a writer queues for the sheet, beyond values and number formats. */
export function actionCount(spec: SheetSpec): number {
  return (
    4 + // add sheet, font of the rectangle, number formats, values
    (spec.formulas?.length ?? 0) +
    (spec.styles?.length ?? 0) * 4 + // a style sets several format properties
    (spec.merges?.length ?? 0) +
    (spec.columnWidths?.length ?? 0) +
    Object.keys(spec.rowHeights ?? {}).length +
    (spec.hiddenRows?.length ?? 0) +
    (spec.tables?.length ?? 0) * 3 +
    (spec.validations?.length ?? 0) * 2 +
    (spec.freeze ? 1 : 0) +
    (spec.print ? 6 : 0) +
    (spec.tabColor ? 1 : 0)
  );
}

/** Estimated bytes of the request that writes this sheet. */
export function estimateSheetBytes(spec: SheetSpec): number {
  return (
    utf8Length(JSON.stringify(valueMatrix(spec))) +
    utf8Length(JSON.stringify(numberFormatMatrix(spec))) +
    utf8Length(JSON.stringify(spec.styles ?? [])) +
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
