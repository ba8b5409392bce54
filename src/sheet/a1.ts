/**
 * A1 addresses: the one parser and formatter of cell and range references in opeval. Rows and
 * columns are 1-based. Every reader and writer (exceljs, Office.js, the table readers) decodes
 * addresses here, so that a bad address fails the same way everywhere.
 */

/** Excel's grid: the last row and column a reference may name (XFD1048576). */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A1 address of a 1-based row and column. */
export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

/** 1-based column number of column letters (`A` → 1, `XFD` → 16384); NaN for anything else. */
export function columnNumber(letters: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return NaN;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** 1-based inclusive bounds of a range. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Why an address was refused: not A1 at all, or beyond Excel's grid. */
export class A1Error extends Error {
  constructor(
    readonly ref: string,
    readonly reason: "syntax" | "beyondGrid",
  ) {
    super(reason === "syntax" ? `not an A1 address: ${ref}` : `beyond Excel's grid (XFD1048576): ${ref}`);
    this.name = "A1Error";
  }
}

/** A cell address (`C3`, `$C$3`) as 1-based row and column, or undefined when it is not one. */
export function parseCell(a1: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a1.trim());
  if (!m) return undefined;
  const row = Number(m[2]);
  const column = columnNumber(m[1]!);
  if (row < 1 || row > MAX_ROWS || column > MAX_COLUMNS) return undefined;
  return { row, column };
}

type Corner = { row?: number; column?: number };

function corner(ref: string, whole: string): Corner {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d{0,8})$/.exec(ref.trim());
  if (!m || (!m[1] && !m[2])) throw new A1Error(whole, "syntax");
  const out: Corner = {};
  if (m[1]) out.column = columnNumber(m[1]);
  if (m[2]) out.row = Number(m[2]);
  if (out.row === 0) throw new A1Error(whole, "syntax");
  if ((out.row ?? 1) > MAX_ROWS || (out.column ?? 1) > MAX_COLUMNS) throw new A1Error(whole, "beyondGrid");
  return out;
}

const kind = (c: Corner) => (c.row === undefined ? "column" : c.column === undefined ? "row" : "cell");

/**
 * Bounds of an A1 range: `B2:D5`, `C3`, whole rows `2:4` or whole columns `B:B`, optionally
 * `$`-anchored and prefixed by a sheet (`Sheet1!A1:B2`). Throws A1Error for anything else or for a
 * reference beyond Excel's grid.
 */
export function parseRange(range: string): Bounds {
  const bare = range.includes("!") ? range.slice(range.lastIndexOf("!") + 1) : range;
  const parts = bare.split(":");
  if (parts.length > 2) throw new A1Error(range, "syntax");
  const p = corner(parts[0]!, range);
  const q = parts.length === 2 ? corner(parts[1]!, range) : p;
  // One cell alone, or two corners of the same kind (cells, whole rows, whole columns).
  if (kind(p) !== kind(q) || (parts.length === 1 && kind(p) !== "cell")) throw new A1Error(range, "syntax");
  return {
    top: Math.min(p.row ?? 1, q.row ?? 1),
    left: Math.min(p.column ?? 1, q.column ?? 1),
    bottom: Math.max(p.row ?? MAX_ROWS, q.row ?? MAX_ROWS),
    right: Math.max(p.column ?? MAX_COLUMNS, q.column ?? MAX_COLUMNS),
  };
}

/** The A1 text of bounds (`B2:D5`, or `C3` for one cell). */
export function rangeAddress(b: Bounds): string {
  const a = address(b.top, b.left);
  return b.top === b.bottom && b.left === b.right ? a : `${a}:${address(b.bottom, b.right)}`;
}

/** `A1:F56` → `$A$1:$F$56`, `3:3` → `$3:$3`, `A:B` → `$A:$B`: print ranges are absolute in Excel. */
export function absoluteRange(range: string): string {
  return range
    .replace(/\$/g, "")
    .split(":")
    .map((part) =>
      part.replace(
        /^([A-Za-z]*)(\d*)$/,
        (_, col: string, row: string) => (col ? `$${col.toUpperCase()}` : "") + (row ? `$${row}` : ""),
      ),
    )
    .join(":");
}
