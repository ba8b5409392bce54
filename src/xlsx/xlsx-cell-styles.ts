/**
 * The layout's resolved cell styles (src/sheet/cell-styles.ts) as exceljs styles. Cells of one
 * style share one style object: exceljs recognises a style object it has seen (a WeakMap) and
 * skips re-serialising it, which is most of what writing a styled cell costs.
 */
import type ExcelJS from "exceljs";
import { BORDER_COLOR, resolveCellStyles, type ResolvedStyle } from "../sheet/cell-styles";
import type { SheetSpec } from "../sheet/spec";

export function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, "0")}`;
}

const THIN: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };

/** The exceljs style of a resolved style: only the parts that differ from a plain cell. */
export function excelStyle(style: ResolvedStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {
    font: {
      name: style.font,
      size: style.size,
      bold: style.bold,
      italic: style.italic,
      underline: style.underline,
      ...(style.color ? { color: { argb: argb(style.color) } } : {}),
    },
  };
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.hAlign || style.vAlign || style.wrap || style.indent) {
    out.alignment = {
      ...(style.hAlign ? { horizontal: style.hAlign } : {}),
      ...(style.vAlign ? { vertical: style.vAlign } : {}),
      ...(style.wrap ? { wrapText: true } : {}),
      ...(style.indent ? { indent: style.indent } : {}),
    };
  }
  if (style.borders.length) {
    const border: Partial<ExcelJS.Borders> = {};
    for (const edge of style.borders) border[edge] = THIN;
    out.border = border;
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  if (!style.locked) out.protection = { locked: false };
  return out;
}

/** Gives every cell of the layout its style; cells of equal style share one style object. */
export function applyCellStyles(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  const shared = new Map<ResolvedStyle, Partial<ExcelJS.Style>>();
  for (const [at, style] of resolveCellStyles(spec)) {
    // The layout shares one object per distinct style, so identity is enough here.
    let s = shared.get(style);
    if (!s) shared.set(style, (s = excelStyle(style)));
    const [r, c] = at.split(":").map(Number) as [number, number];
    ws.getCell(r, c).style = s;
  }
}
