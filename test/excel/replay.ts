/**
 * What Excel would hold after the recorded requests of fake-excel.ts: the actions replayed onto a
 * small model of sheets (values, each cell's named style, merges, row heights, column widths, page
 * layout) and of the workbook's named styles. Tests read the result cell by cell, so they check
 * the effect of what was sent, not the shape of the calls.
 */
import { inflateRawSync } from "node:zlib";
import { parseRange, rangeAddress } from "../../src/sheet/a1";
import { styleKey, type ResolvedStyle } from "../../src/sheet/cell-styles";
import {
  readInsertedSheets,
  type InsertedSheet,
  type InsertedWorkbook,
} from "../../src/excel/excel-model/inserted-sheets";
import type { Action } from "./fake-excel";

const INSERT = "call insertWorksheetsFromBase64";

/** The files the actions inserted, read by the model of the insert (src/excel/excel-model/inserted-sheets.ts). */
export async function readInserts(actions: readonly Action[]): Promise<Map<string, InsertedWorkbook>> {
  const out = new Map<string, InsertedWorkbook>();
  for (const a of actions)
    if (a.target === "workbook" && a.op === INSERT) {
      const base64 = (a.value as [string])[0];
      out.set(base64, await readInsertedSheets(base64, async (d) => inflateRawSync(d)));
    }
  return out;
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGE = { top: "EdgeTop", left: "EdgeLeft", bottom: "EdgeBottom", right: "EdgeRight" } as const;

/** A cell's style from a file as Excel shows it through Office.js (the properties defineStyle sets). */
function officeStyle(style: ResolvedStyle): ReplayedStyle {
  return {
    font: {
      name: style.font,
      size: style.size,
      bold: style.bold,
      italic: style.italic,
      underline: style.underline ? "Single" : "None",
      ...(style.color ? { color: style.color } : {}),
    },
    fill: style.fill ? { color: style.fill } : {},
    borders: Object.fromEntries(
      style.borders.map((e) => [EDGE[e], { style: "Continuous", weight: "Thin", color: "#808080" }]),
    ),
    horizontalAlignment: style.hAlign ? H_ALIGN[style.hAlign] : "General",
    verticalAlignment: style.vAlign ? V_ALIGN[style.vAlign] : "Bottom",
    wrapText: style.wrap,
    indentLevel: style.indent,
    numberFormat: style.numberFormat ?? "General",
    locked: style.locked,
  };
}

/** An inserted sheet as the replay holds sheets; what the file set of the page layout, in Office.js terms. */
function insertedSheet(sheet: InsertedSheet, styles: Map<string, ReplayedStyle>): ReplayedSheet {
  const values = new Map<string, unknown>();
  sheet.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null && v !== "") values.set(`${r + 1}:${c + 1}`, v);
    }),
  );
  const styleOf = new Map<string, string>();
  for (const [at, style] of Object.entries(sheet.styles)) {
    const name = `file ${styleKey(style)}`;
    if (!styles.has(name)) styles.set(name, officeStyle(style));
    styleOf.set(at, name);
  }
  const p = sheet.print;
  const layout: Record<string, unknown> = {
    ...(p.orientation ? { orientation: p.orientation === "landscape" ? "Landscape" : "Portrait" } : {}),
    ...(p.paperSize === 9 ? { paperSize: "A4" } : {}),
    ...(p.fitToWidth ? { zoom: { horizontalFitToPages: 1 } } : {}),
    ...(p.margins
      ? {
          leftMargin: p.margins.left * 72,
          rightMargin: p.margins.right * 72,
          topMargin: p.margins.top * 72,
          bottomMargin: p.margins.bottom * 72,
        }
      : {}),
  };
  return {
    values,
    styleOf,
    merges: [...sheet.merges],
    rowHeights: new Map(Object.entries(sheet.rowHeights).map(([r, h]) => [Number(r), h])),
    columnWidths: new Map(sheet.columnWidths.map((w, i) => [i + 1, w] as const).filter(([, w]) => w > 0)),
    layout,
  };
}

export interface ReplayedStyle {
  font: Record<string, unknown>;
  fill: Record<string, unknown>;
  borders: Record<string, Record<string, unknown>>;
  [property: string]: unknown;
}

export interface ReplayedSheet {
  values: Map<string, unknown>;
  styleOf: Map<string, string>;
  merges: string[];
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  layout: Record<string, unknown>;
}

export interface Replayed {
  sheets: Map<string, ReplayedSheet>;
  styles: Map<string, ReplayedStyle>;
}

function cellsOf(address: string): { row: number; column: number }[] {
  const out: { row: number; column: number }[] = [];
  for (const area of address.split(",")) {
    const b = parseRange(area);
    for (let r = b.top; r <= b.bottom; r++)
      for (let c = b.left; c <= Math.min(b.right, 200); c++) out.push({ row: r, column: c });
  }
  return out;
}

/**
 * `inserted`: the files of insertWorksheetsFromBase64 actions, read beforehand (readInserts); their
 * sheets join as Excel's import leaves them — no print area or titles until actions set them.
 */
export function replay(
  actions: readonly Action[],
  inserted: ReadonlyMap<string, InsertedWorkbook> = new Map(),
  /** The fake's sheet ids (lower-cased name → id): the file import addresses its sheets by id. */
  ids: Readonly<Record<string, string>> = {},
): Replayed {
  const sheets = new Map<string, ReplayedSheet>();
  const styles = new Map<string, ReplayedStyle>();
  const byId = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  const sheet = (key: string) => {
    const lower = byId.get(key);
    const name = lower === undefined ? key : [...sheets.keys()].find((n) => n.toLowerCase() === lower);
    const s = name === undefined ? undefined : sheets.get(name);
    if (!s) throw new Error(`replay: no sheet ${key}`);
    return s;
  };
  for (const { target, op, value } of actions) {
    const [verb, prop] = op.split(" ") as [string, string];
    if (target === "worksheets" && op === "call add") {
      const name = (value as string[])[0]!;
      sheets.set(name, {
        values: new Map(),
        styleOf: new Map(),
        merges: [],
        rowHeights: new Map(),
        columnWidths: new Map(),
        layout: {},
      });
      continue;
    }
    if (target === "workbook" && op === INSERT) {
      const file = inserted.get((value as [string])[0]);
      if (!file) throw new Error("replay: an inserted file was not read (readInserts)");
      for (const s of file.sheets) sheets.set(s.name, insertedSheet(s, styles));
      continue;
    }
    if (target === "styles" && op === "call add") {
      styles.set((value as string[])[0]!, { font: {}, fill: {}, borders: {} });
      continue;
    }
    const style = /^style\((.*?)\)(?:\.(font|fill)|\.borders\.getItem\("(\w+)"\))?$/.exec(target);
    if (style && verb === "set") {
      const s = styles.get(style[1]!);
      if (!s) throw new Error(`replay: style ${style[1]} used before it was added`);
      if (style[2]) (s[style[2]] as Record<string, unknown>)[prop] = value;
      else if (style[3]) (s.borders[style[3]] ??= {})[prop] = value;
      else s[prop] = value;
      continue;
    }
    const ws = /^ws\((.*?)\)\.(range|ranges|cells)\((.*?)\)(\.format)?$/.exec(target);
    if (ws) {
      const s = sheet(ws[1]!);
      let address = ws[3]!;
      if (ws[2] === "cells") {
        const [r, c, rows, cols] = address.split(",").map(Number) as [number, number, number, number];
        address = rangeAddress({ top: r + 1, left: c + 1, bottom: r + rows, right: c + cols });
      }
      if (op === "set style")
        for (const { row, column } of cellsOf(address)) s.styleOf.set(`${row}:${column}`, value as string);
      else if (op === "set values") {
        const b = parseRange(address);
        (value as unknown[][]).forEach((rowValues, r) =>
          rowValues.forEach((v, c) => {
            if (v !== "") s.values.set(`${b.top + r}:${b.left + c}`, v);
          }),
        );
      } else if (op === "call merge") {
        const across = (value as boolean[])[0];
        const b = parseRange(address);
        if (across)
          for (let r = b.top; r <= b.bottom; r++) s.merges.push(rangeAddress({ ...b, top: r, bottom: r }));
        else s.merges.push(address);
      } else if (op === "set rowHeight")
        for (const area of address.split(",")) {
          const b = parseRange(area);
          for (let r = b.top; r <= b.bottom; r++) s.rowHeights.set(r, value as number);
        }
      else if (op === "set columnWidth") {
        const b = parseRange(address);
        for (let c = b.left; c <= b.right; c++) s.columnWidths.set(c, value as number);
      } else throw new Error(`replay: unmodelled ${target} ${op}`);
      continue;
    }
    const layout = /^ws\((.*?)\)\.pageLayout$/.exec(target);
    if (layout) {
      const s = sheet(layout[1]!);
      s.layout[prop] = verb === "call" ? (value as unknown[])[0] : value;
      continue;
    }
  }
  return { sheets, styles };
}

/** The named style of a cell, resolved to its definition (undefined: the workbook's Normal style). */
export function styleAt(r: Replayed, sheetName: string, address: string): ReplayedStyle | undefined {
  const b = parseRange(address);
  const name = r.sheets.get(sheetName)?.styleOf.get(`${b.top}:${b.left}`);
  return name === undefined ? undefined : r.styles.get(name);
}

export function valueAt(r: Replayed, sheetName: string, address: string): unknown {
  const b = parseRange(address);
  return r.sheets.get(sheetName)?.values.get(`${b.top}:${b.left}`);
}
