/**
 * The one layout every writer applies: a SheetSpec's range styles resolved to the final style of
 * each cell (later ranges win field by field, borders accumulate edge by edge), then grouped into
 * as few rectangles per distinct style as the grid allows. The exceljs writer and the Office.js
 * writer both take this, so a form looks the same in a file and in the analyst's workbook, and the
 * Office.js writer can define each distinct style once (workbook.styles) and apply it by name.
 */
import { parseRange, rangeAddress, type Bounds } from "./a1";
import { DEFAULT_FONT, type CellStyle, type SheetSpec } from "./spec";

/** Fill of cells the analyst is expected to fill (light yellow, as in common Excel input styles). */
export const INPUT_FILL = "#FFF2CC";
export const DEFAULT_SIZE = 11;
/** Thin borders are drawn in this grey by every writer. */
export const BORDER_COLOR = "#808080";

export type Edge = "top" | "left" | "bottom" | "right";
export const EDGES: readonly Edge[] = ["top", "left", "bottom", "right"];

/** A cell's complete style: every field a writer sets, defaults filled in. */
export interface ResolvedStyle {
  font: string;
  size: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  color?: string;
  fill?: string;
  hAlign?: CellStyle["hAlign"];
  vAlign?: CellStyle["vAlign"];
  wrap: boolean;
  indent: number;
  /** The styles' number format, if any (writers add their own rules for text cells). */
  numberFormat?: string;
  /** Edges with a thin border, in EDGES order. */
  borders: Edge[];
  /** False for input cells (unlocked when the sheet is protected). */
  locked: boolean;
}

interface Accumulated extends CellStyle {
  edges?: Set<Edge>;
}

const keys = new WeakMap<ResolvedStyle, string>();

/** A stable key of a resolved style (equal styles, equal keys); remembered per style object. */
export function styleKey(style: ResolvedStyle): string {
  let key = keys.get(style);
  if (key === undefined) {
    key = JSON.stringify([
      style.font,
      style.size,
      style.bold,
      style.italic,
      style.underline,
      style.color ?? "",
      style.fill ?? "",
      style.hAlign ?? "",
      style.vAlign ?? "",
      style.wrap,
      style.indent,
      style.numberFormat ?? "",
      style.borders.join(""),
      style.locked,
    ]);
    keys.set(style, key);
  }
  return key;
}

function finish(acc: Accumulated): ResolvedStyle {
  const fill = acc.fill ?? (acc.input ? INPUT_FILL : undefined);
  return {
    font: acc.font ?? DEFAULT_FONT,
    size: acc.size ?? DEFAULT_SIZE,
    bold: acc.bold ?? false,
    italic: acc.italic ?? false,
    underline: acc.underline ?? false,
    ...(acc.color ? { color: acc.color } : {}),
    ...(fill ? { fill } : {}),
    ...(acc.hAlign ? { hAlign: acc.hAlign } : {}),
    ...(acc.vAlign ? { vAlign: acc.vAlign } : {}),
    wrap: acc.wrap ?? false,
    indent: acc.indent ?? 0,
    ...(acc.numberFormat ? { numberFormat: acc.numberFormat } : {}),
    borders: EDGES.filter((e) => acc.edges?.has(e)),
    locked: !acc.input,
  };
}

/**
 * The resolved style of every cell that has a value or lies in a styled range, keyed `row:column`
 * (1-based). Cells outside both keep the workbook's default style.
 */
export function resolveCellStyles(spec: SheetSpec): Map<string, ResolvedStyle> {
  // Each cell's history: which range styles reached it, in order, and which border edges. Cells
  // with the same history have the same style, so each distinct history is resolved once and its
  // style object shared (writers then recognise equal styles by identity).
  const EDGE_BIT: Record<Edge, number> = { top: 1, left: 2, bottom: 4, right: 8 };
  const cells = new Map<string, { applied: string; edges: number }>();
  const at = (row: number, col: number) => {
    const key = `${row}:${col}`;
    let s = cells.get(key);
    if (!s) cells.set(key, (s = { applied: "", edges: 0 }));
    return s;
  };
  // Every value cell gets the default font, so Kazakh letters render everywhere.
  spec.rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== undefined) at(r + 1, c + 1);
    }),
  );
  const styles = spec.styles ?? [];
  styles.forEach(({ range, style }, i) => {
    const rect = parseRange(range);
    const { border } = style;
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const cell = at(r, c);
        cell.applied += `${i},`;
        if (border === "all") cell.edges |= 15;
        else if (border === "outline") {
          if (r === rect.top) cell.edges |= EDGE_BIT.top;
          if (r === rect.bottom) cell.edges |= EDGE_BIT.bottom;
          if (c === rect.left) cell.edges |= EDGE_BIT.left;
          if (c === rect.right) cell.edges |= EDGE_BIT.right;
        } else if (border === "bottom" && r === rect.bottom) cell.edges |= EDGE_BIT.bottom;
      }
    }
  });
  const resolved = new Map<string, ResolvedStyle>();
  const out = new Map<string, ResolvedStyle>();
  for (const [key, { applied, edges }] of cells) {
    const history = `${applied}|${edges}`;
    let style = resolved.get(history);
    if (!style) {
      const acc: Accumulated = {};
      for (const i of applied.split(",")) {
        if (i === "") continue;
        Object.assign(acc, styles[Number(i)]!.style);
      }
      delete acc.border;
      acc.edges = new Set(EDGES.filter((e) => edges & EDGE_BIT[e]));
      resolved.set(history, (style = finish(acc)));
    }
    out.set(key, style);
  }
  return out;
}

/** Cells sharing one style, as rectangles (A1 ranges) that cover exactly those cells. */
export interface StyleBlock {
  key: string;
  style: ResolvedStyle;
  ranges: string[];
}

/**
 * Groups cells by style key into rectangles: maximal runs along each row, then runs over the same
 * columns on consecutive rows joined into one block. `keyOf` lets a writer add its own distinction
 * (the Office.js writer marks text cells `@`). Blocks come in order of first appearance.
 */
export function styleBlocks(
  cells: ReadonlyMap<string, ResolvedStyle>,
  keyOf: (style: ResolvedStyle, row: number, column: number) => [string, ResolvedStyle] = (s) => [
    styleKey(s),
    s,
  ],
): StyleBlock[] {
  const byRow = new Map<number, { column: number; key: string; style: ResolvedStyle }[]>();
  for (const [at, style] of cells) {
    const [row, column] = at.split(":").map(Number) as [number, number];
    const [key, final] = keyOf(style, row, column);
    let list = byRow.get(row);
    if (!list) byRow.set(row, (list = []));
    list.push({ column, key, style: final });
  }
  const blocks = new Map<string, { style: ResolvedStyle; rects: Bounds[]; open: Map<string, Bounds> }>();
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  for (const row of rows) {
    const list = byRow.get(row)!.sort((a, b) => a.column - b.column);
    for (let i = 0; i < list.length;) {
      let j = i;
      while (
        j + 1 < list.length &&
        list[j + 1]!.key === list[i]!.key &&
        list[j + 1]!.column === list[j]!.column + 1
      )
        j++;
      const { key, style } = list[i]!;
      let block = blocks.get(key);
      if (!block) blocks.set(key, (block = { style, rects: [], open: new Map() }));
      const left = list[i]!.column;
      const right = list[j]!.column;
      const span = `${left}:${right}`;
      const above = block.open.get(span);
      if (above && above.bottom === row - 1) above.bottom = row;
      else {
        const rect = { top: row, left, bottom: row, right };
        block.rects.push(rect);
        block.open.set(span, rect);
      }
      i = j + 1;
    }
  }
  return [...blocks].map(([key, b]) => ({ key, style: b.style, ranges: b.rects.map(rangeAddress) }));
}
