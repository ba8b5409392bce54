/**
 * The model of `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13): what Excel puts into the
 * analyst's workbook when the pane hands it an .xlsx built by opeval. The recording fake
 * (test/excel/fake-excel.ts) and the browser preview's in-memory workbook (../memory.ts) both read
 * the inserted file through this, so it runs in Node and in a browser alike: no Node imports, no
 * DOMParser, and the inflate function is given by the caller (node:zlib in tests, inflateRawStream
 * below in the browser). test/e2e/inserted-sheets-browser.e2e.test.ts runs it in Chromium.
 *
 * What it models:
 * - every worksheet in workbook order, with its values, merges, widths, heights, hidden rows, tab
 *   colour, frozen panes, each styled cell's resolved style and the page setup a sheet carries
 *   (orientation, paper, fit to width, margins, manual row breaks);
 * - the workbook's defined names are REPORTED, not applied: Excel drops or corrupts them on this
 *   insert (office-js #3583, #4772), so print areas and print titles exist in the workbook only
 *   once the pane re-applies them with Office.js. A test asserts that re-apply, not these names;
 * - Excel on the web refuses the whole call (`UnsupportedFeature`) for a file holding a chart, a
 *   comment, a PivotTable or a slicer: so does this model, so a test can prove opeval sends none.
 *
 * Not modelled: the sheet-name clash rules and `sheetNamesToInsert`/position options (the caller
 * decides names before building), row and column default styles (`<row s>`, `<col style>`), theme
 * and indexed colours (opeval's writers give every colour as RGB), the 5 MB request cap (the
 * fake counts wire bytes itself).
 *
 * XML is read with the offset scanner of src/sheet/xml-scan.ts, as src/xlsx/package.ts reads it
 * (that reader is not imported: it needs node:zlib).
 */
import type { CellValue } from "../../sheet/spec";
import { EDGES, type Edge, type ResolvedStyle } from "../../sheet/cell-styles";
import { MAX_COLUMNS, MAX_ROWS, address } from "../../sheet/a1";
import {
  attributes,
  BUILTIN_FORMATS,
  decodeXml,
  element,
  elements,
  nextElement,
  nextEndTag,
  nextStartTag,
  parseDecimal,
  runText as scanRunText,
  tags,
  XmlScanError,
} from "../../sheet/xml-scan";
import {
  checkCrc,
  readZip,
  resolvePart,
  storedBytes,
  utf8,
  zipDirectory,
  type ZipEntry,
  type ZipProblemWords,
} from "../../sheet/zip-directory";

/**
 * Decompresses raw DEFLATE data (ZIP method 8): `inflateRawSync` of node:zlib in Node (then
 * readInsertedSheetsSync may be used too), inflateRawStream below in a browser.
 */
export type InflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

/**
 * An InflateRaw over the platform's own DecompressionStream (Chromium ≥ 103, Node ≥ 18): what the
 * browser preview passes, so the model needs no inflate library there. (`slice`: a Blob takes only
 * an ArrayBuffer-backed view.)
 */
export async function inflateRawStream(data: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The paperSize code of A4 in SpreadsheetML (`<pageSetup paperSize="9">`). */
export const A4_PAPER_SIZE = 9;

export interface InsertedPrint {
  /** Absent when the file leaves it to Excel's default (portrait). */
  orientation?: "portrait" | "landscape";
  /** SpreadsheetML paperSize code (A4_PAPER_SIZE = A4); absent: the printer's default. */
  paperSize?: number;
  /** Fit to one page wide, any number of pages tall (SheetSpec's PrintSetup.fitToWidth). */
  fitToWidth: boolean;
  /** The fit-to-page scaling as the file sets it, when it is on (0 = automatic in that direction). */
  fitToPages?: { width: number; height: number };
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
  /** Manual page breaks: a new page starts after each of these rows (1-based), in file order. */
  rowBreaks: number[];
}

export interface InsertedSheet {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  /** Values from A1. Each row ends at its last non-empty cell; rows without values are `[]`. */
  cells: CellValue[][];
  /** Formula cells (opeval inserts none: the forms are formula-free). The cached value is in `cells`. */
  formulas: { address: string; formula: string }[];
  /** Merged ranges as written (A1). */
  merges: string[];
  /** Column widths in characters from column A, as in SheetSpec.columnWidths; 0 where none is set. */
  columnWidths: number[];
  /** Row heights in points by 1-based row: every row that stores one (`ht`). */
  rowHeights: Record<number, number>;
  /** Hidden rows, 1-based, ascending. */
  hiddenRows: number[];
  /** `#RRGGBB`. */
  tabColor?: string;
  freeze?: { rows: number; columns: number };
  /** The resolved style of every cell that names a style (`<c s>`), keyed `row:column` (1-based). */
  styles: Record<string, ResolvedStyle>;
  print: InsertedPrint;
}

export interface InsertedDefinedName {
  name: string;
  /** The sheet a sheet-level name belongs to (by `localSheetId`); absent for a workbook-level name. */
  localSheet?: string;
  /** The formula text, e.g. `'Форма 1'!$A$1:$F$56`. */
  ref: string;
}

export interface InsertedWorkbook {
  sheets: InsertedSheet[];
  /** Defined names the file carried. Excel does not keep them: the model does not apply them. */
  definedNames: InsertedDefinedName[];
}

/** What Excel refuses on the web, as the model refuses it. */
export type RefusedFeature = "chart" | "comment" | "pivotTable" | "slicer";

/**
 * Why the insert fails, with Office.js' error code: `UnsupportedFeature` for a part Excel on the
 * web refuses (`feature`, `part`), `InvalidArgument` for a string that is not an .xlsx package.
 */
export class InsertWorksheetsError extends Error {
  constructor(
    readonly code: "UnsupportedFeature" | "InvalidArgument",
    message: string,
    readonly feature?: RefusedFeature,
    readonly part?: string,
  ) {
    super(message);
    this.name = "InsertWorksheetsError";
  }
}

const invalid = (detail: string) =>
  new InsertWorksheetsError("InvalidArgument", `insertWorksheetsFromBase64: ${detail}`);

// ---------------------------------------------------------------------------------------------
// Base64 and ZIP

/** The bytes of a base64 string (atob: Node ≥ 16 and every browser). */
export function decodeBase64(base64: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(base64);
  } catch {
    throw invalid("the argument is not base64 (a bare base64 string, no data: URL prefix)");
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** What the ZIP reader found wrong, as Office.js would say it (InvalidArgument). */
const ZIP_PROBLEMS: ZipProblemWords = {
  notZip: () => invalid("the file is not an .xlsx (ZIP) package"),
  noDirectory: () => invalid("the ZIP package has no central directory"),
  badDirectory: () => invalid("the ZIP central directory is damaged"),
  encrypted: (part) => invalid(`${part} is encrypted`),
  badLocalHeader: (part) => invalid(`the ZIP local header of ${part} is damaged`),
  duplicateEntry: (part) => invalid(`the ZIP package holds ${part} twice`),
  badCrc: (part) => invalid(`${part} does not match its CRC-32`),
};

const zipRead = <T>(read: () => T): T => readZip(read, ZIP_PROBLEMS);

/** The parts Excel reads (XML and relationships), inflated up front so parsing needs no await. */
const XML_PART = /\.(xml|rels)$/i;

class Package {
  readonly entries: Map<string, ZipEntry>;
  private readonly texts = new Map<string, string>();

  constructor(private readonly bytes: Uint8Array) {
    this.entries = zipRead(() => zipDirectory(bytes));
  }

  /** Inflates every XML part with `inflate`, which either returns or awaits each part. */
  load(
    inflate: (entry: ZipEntry, data: Uint8Array) => Uint8Array | Promise<Uint8Array>,
  ): void | Promise<void> {
    const waits: Promise<void>[] = [];
    for (const [key, entry] of this.entries) {
      if (!XML_PART.test(key)) continue;
      const out = inflate(entry, this.compressed(entry));
      if (out instanceof Uint8Array) this.texts.set(key, this.decoded(entry, out));
      else waits.push(out.then((bytes) => void this.texts.set(key, this.decoded(entry, bytes))));
    }
    if (waits.length) return Promise.all(waits).then(() => undefined);
  }

  /** An entry's stored bytes (method 0) or raw DEFLATE data (method 8). */
  compressed(entry: ZipEntry): Uint8Array {
    const stored = zipRead(() => storedBytes(this.bytes, entry));
    if (entry.method !== 0 && entry.method !== 8)
      throw invalid(`${entry.name} uses ZIP compression method ${entry.method}`);
    return stored;
  }

  private decoded(entry: ZipEntry, out: Uint8Array): string {
    if (out.length !== entry.size) throw invalid(`${entry.name} decompresses to the wrong size`);
    zipRead(() => checkCrc(entry, out));
    return utf8(out);
  }

  /** A part's text (UTF-8), or undefined when the package has no such part. */
  text(part: string): string | undefined {
    return this.texts.get(part.toLowerCase());
  }

  /** Relationship id → target part (resolved against the source part's folder) and type. */
  relationships(part: string): Map<string, { target: string; type: string }> {
    const i = part.lastIndexOf("/");
    const xml = this.text(`${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`);
    const out = new Map<string, { target: string; type: string }>();
    for (const r of tags(xml ?? "", "Relationship")) {
      if (!r.Id || !r.Target || r.TargetMode === "External") continue;
      out.set(r.Id, { target: resolvePart(part, r.Target), type: r.Type ?? "" });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// XML: the few constructs SpreadsheetML parts use (no DTDs, only the predefined entities)

/**
 * A string as Excel reads it from SpreadsheetML (ST_Xstring): `_xHHHH_` is the character HHHH, so
 * `_x005F_` is `_` and an escaped `_x005F_x0041_` reads back as the text `_x0041_`.
 */
export function unescapeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An element as the scanner gives it: its attributes and its content. */
type Element = { attrs: Record<string, string>; body: string };

/** Text of the `<t>` elements of an `<si>`/`<is>` fragment (rich-text runs joined, phonetic runs left out). */
function runText(fragment: string): string {
  return unescapeXstring(scanRunText(fragment));
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";
/** A boolean property element such as `<b/>` or `<b val="0"/>`. */
const flag = (body: string, local: string): boolean => {
  const t = tags(body, local)[0];
  return t !== undefined && (t.val === undefined || isTrue(t.val));
};
/** `#RRGGBB` of an RGB colour attribute (`FFRRGGBB` or `RRGGBB`). */
const rgbHex = (rgb: string | undefined): string | undefined =>
  rgb && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(rgb) ? `#${rgb.slice(-6).toUpperCase()}` : undefined;

// ---------------------------------------------------------------------------------------------
// Parts Excel on the web refuses

const REFUSED: { feature: RefusedFeature; label: string; part: RegExp; contentType: RegExp }[] = [
  {
    feature: "chart",
    label: "chart",
    part: /(^|\/)(charts\/chart[^/]*|chartsheets\/[^/]+)\.xml$/i,
    contentType: /drawingml\.chart\+xml|spreadsheetml\.chartsheet\+xml/i,
  },
  {
    feature: "comment",
    label: "comment",
    part: /(^|\/)(comments[^/]*\.xml|threadedcomments\/[^/]+\.xml)$/i,
    contentType: /spreadsheetml\.comments\+xml|threadedcomments\+xml/i,
  },
  {
    feature: "pivotTable",
    label: "PivotTable",
    part: /(^|\/)(pivottables|pivotcache)\/[^/]+\.xml$/i,
    contentType: /pivotTable\+xml|pivotCacheDefinition\+xml|pivotCacheRecords\+xml/i,
  },
  {
    feature: "slicer",
    label: "slicer",
    part: /(^|\/)(slicers|slicercaches)\/[^/]+\.xml$/i,
    contentType: /slicer\+xml|slicerCache\+xml/i,
  },
];

function refuse(feature: RefusedFeature, label: string, part: string): InsertWorksheetsError {
  return new InsertWorksheetsError(
    "UnsupportedFeature",
    `insertWorksheetsFromBase64: the file holds a ${label} (${part}); Excel on the web refuses ` +
      "the whole insert for a file with a chart, comment, PivotTable or slicer",
    feature,
    part,
  );
}

/** Throws for the first refused part found by its name (before anything is inflated). */
function checkRefusedNames(pkg: Package): void {
  for (const entry of pkg.entries.values())
    for (const r of REFUSED) if (r.part.test(entry.name)) throw refuse(r.feature, r.label, entry.name);
}

/** Throws for the first refused part found by its declared content type. */
function checkRefusedTypes(pkg: Package): void {
  for (const o of tags(pkg.text("[Content_Types].xml") ?? "", "Override"))
    for (const r of REFUSED)
      if (r.contentType.test(o.ContentType ?? "")) throw refuse(r.feature, r.label, o.PartName ?? "");
}

// ---------------------------------------------------------------------------------------------
// Styles

interface Font {
  name?: string;
  size?: number;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  color?: string;
}

const H_ALIGN: Record<string, ResolvedStyle["hAlign"]> = { left: "left", center: "center", right: "right" };
const V_ALIGN: Record<string, ResolvedStyle["vAlign"]> = { top: "top", center: "middle", bottom: "bottom" };
/** Edge elements of a `<border>`; `start`/`end` are the newer names of left/right. */
const EDGE_ELEMENTS: Record<Edge, string[]> = {
  top: ["top"],
  left: ["left", "start"],
  bottom: ["bottom"],
  right: ["right", "end"],
};

/** The cellXfs of styles.xml, each resolved (once, on first use) to a ResolvedStyle. */
class Styles {
  private readonly formats = new Map<number, string>();
  private readonly fonts: Font[];
  private readonly fills: (string | undefined)[];
  private readonly borders: Edge[][];
  private readonly xfs: Element[];
  private readonly resolved = new Map<number, ResolvedStyle>();

  constructor(xml: string) {
    const block = (local: string) => element(xml, local)?.body ?? "";
    for (const f of tags(block("numFmts"), "numFmt"))
      this.formats.set(Number(f.numFmtId), f.formatCode ?? "");
    this.fonts = elements(block("fonts"), "font").map(({ body }) => {
      const size = Number(tags(body, "sz")[0]?.val);
      const u = tags(body, "u")[0];
      return {
        name: tags(body, "name")[0]?.val,
        ...(Number.isFinite(size) && size > 0 ? { size } : {}),
        bold: flag(body, "b"),
        italic: flag(body, "i"),
        underline: u !== undefined && u.val !== "none",
        color: rgbHex(tags(body, "color")[0]?.rgb),
      };
    });
    this.fills = elements(block("fills"), "fill").map(({ body }) => {
      const pattern = element(body, "patternFill");
      if (!pattern || pattern.attrs.patternType !== "solid") return undefined;
      return rgbHex(tags(pattern.body, "fgColor")[0]?.rgb);
    });
    this.borders = elements(block("borders"), "border").map(({ body }) =>
      EDGES.filter((edge) =>
        EDGE_ELEMENTS[edge].some((local) => {
          const style = tags(body, local)[0]?.style;
          return style !== undefined && style !== "none";
        }),
      ),
    );
    this.xfs = elements(block("cellXfs"), "xf");
  }

  /** The style of cellXfs index `index`; undefined when the file has no such style. */
  style(index: number): ResolvedStyle | undefined {
    let style = this.resolved.get(index);
    if (style) return style;
    const xf = this.xfs[index];
    if (!xf) return undefined;
    const id = (key: string) => Number(xf.attrs[key] ?? 0);
    const font = this.fonts[id("fontId")] ?? this.fonts[0];
    const fill = this.fills[id("fillId")];
    const align = tags(xf.body, "alignment")[0] ?? {};
    const hAlign = H_ALIGN[align.horizontal ?? ""];
    const vAlign = V_ALIGN[align.vertical ?? ""];
    const indent = Number(align.indent ?? 0);
    const formatId = id("numFmtId");
    const numberFormat = this.formats.get(formatId) ?? BUILTIN_FORMATS[formatId];
    const protection = tags(xf.body, "protection")[0];
    style = {
      font: font?.name ?? this.fonts[0]?.name ?? "Calibri",
      size: font?.size ?? this.fonts[0]?.size ?? 11,
      bold: font?.bold ?? false,
      italic: font?.italic ?? false,
      underline: font?.underline ?? false,
      ...(font?.color ? { color: font.color } : {}),
      ...(fill ? { fill } : {}),
      ...(hAlign ? { hAlign } : {}),
      ...(vAlign ? { vAlign } : {}),
      wrap: isTrue(align.wrapText),
      indent: Number.isFinite(indent) ? indent : 0,
      ...(numberFormat && numberFormat !== "General" ? { numberFormat } : {}),
      borders: [...(this.borders[id("borderId")] ?? [])],
      locked: !(protection?.locked === "0" || protection?.locked === "false"),
    };
    this.resolved.set(index, style);
    return style;
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

function isoToSerial(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25_569;
}

function decodeColumn(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) & 0x1f);
  return col;
}

interface SheetContext {
  name: string;
  strings: string[];
  styles: Styles | undefined;
}

/** A cell's value as Excel shows it: its cached value for a formula, null for an empty cell. */
function cellValue(type: string, body: string, row: number, column: number, ctx: SheetContext): CellValue {
  const at = () => address(row, column);
  if (type === "inlineStr") {
    const is = element(body, "is");
    return is ? runText(is.body) : null;
  }
  const v = nextElement(body, "v");
  if (!v) return null;
  if (v.tag.empty) return type === "str" ? "" : null;
  const text = decodeXml(v.body);
  switch (type) {
    case "s": {
      const s = ctx.strings[Number(text)];
      if (s === undefined)
        throw invalid(`${ctx.name}!${at()} names shared string ${text}, which the file lacks`);
      return s;
    }
    case "str":
      return unescapeXstring(text);
    case "e":
      return text;
    case "b":
      return isTrue(text);
    case "d":
      return isoToSerial(text);
    default: {
      const n = parseDecimal(text);
      if (n === undefined) throw invalid(`${ctx.name}!${at()} holds "${text}" as a number`);
      return n;
    }
  }
}

const ROW_OR_CELL = ["row", "c"] as const;

function readSheetData(data: string, sheet: InsertedSheet, ctx: SheetContext): void {
  const { cells, styles } = sheet;
  let row = 0;
  let column = 0;
  for (let from = 0, m = nextStartTag(data, ROW_OR_CELL); m; m = nextStartTag(data, ROW_OR_CELL, from)) {
    from = m.end;
    const a = attributes(m.attrs);
    if (m.local === "row") {
      row = a.r !== undefined ? Number(a.r) : row + 1;
      column = 0;
      if (!(row >= 1 && row <= MAX_ROWS)) throw invalid(`${ctx.name}: row ${a.r} is outside the grid`);
      if (isTrue(a.hidden)) sheet.hiddenRows.push(row);
      const ht = Number(a.ht);
      if (a.ht !== undefined && Number.isFinite(ht)) sheet.rowHeights[row] = ht;
      continue;
    }
    const ref = a.r === undefined ? undefined : /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.r);
    if (ref) {
      column = decodeColumn(ref[1]!.toUpperCase());
      row = Number(ref[2]);
    } else if (a.r === undefined) column++;
    else throw invalid(`${ctx.name}: "${a.r}" is not a cell address`);
    if (!(row >= 1 && row <= MAX_ROWS && column >= 1 && column <= MAX_COLUMNS))
      throw invalid(`${ctx.name}: cell ${a.r ?? `${row}:${column}`} is outside the grid`);
    let body = "";
    if (!m.empty) {
      const end = nextEndTag(data, "c", m.end);
      body = data.slice(m.end, end ? end.start : data.length);
      from = end ? end.end : data.length;
    }
    if (a.s !== undefined) {
      const style = ctx.styles?.style(Number(a.s));
      if (!style)
        throw invalid(`${ctx.name}!${address(row, column)} names cell style ${a.s}, which the file lacks`);
      styles[`${row}:${column}`] = style;
    }
    const f = element(body, "f");
    if (f) sheet.formulas.push({ address: address(row, column), formula: decodeXml(f.body) });
    const value = cellValue(a.t ?? "n", body, row, column, ctx);
    if (value === null) continue;
    while (cells.length < row) cells.push([]);
    const line = cells[row - 1]!;
    while (line.length < column) line.push(null);
    line[column - 1] = value;
  }
  sheet.hiddenRows.sort((x, y) => x - y);
}

function readPrint(head: string, tail: string): InsertedPrint {
  const setup = tags(tail, "pageSetup")[0];
  const orientation = setup?.orientation;
  const fitToPage = isTrue(tags(element(head, "sheetPr")?.body ?? "", "pageSetUpPr")[0]?.fitToPage);
  // Excel's defaults when fit to page is on: one page wide and one tall.
  const fit = fitToPage
    ? { width: Number(setup?.fitToWidth ?? 1), height: Number(setup?.fitToHeight ?? 1) }
    : undefined;
  const margins = tags(tail, "pageMargins")[0];
  return {
    ...(orientation === "portrait" || orientation === "landscape" ? { orientation } : {}),
    ...(setup?.paperSize !== undefined ? { paperSize: Number(setup.paperSize) } : {}),
    fitToWidth: fit !== undefined && fit.width === 1 && fit.height === 0,
    ...(fit ? { fitToPages: fit } : {}),
    ...(margins
      ? {
          margins: {
            left: Number(margins.left),
            right: Number(margins.right),
            top: Number(margins.top),
            bottom: Number(margins.bottom),
          },
        }
      : {}),
    rowBreaks: tags(element(tail, "rowBreaks")?.body ?? "", "brk").map((brk) => Number(brk.id)),
  };
}

function readSheet(
  xml: string,
  name: string,
  state: InsertedSheet["state"],
  ctx: SheetContext,
): InsertedSheet {
  const sheet: InsertedSheet = {
    name,
    state,
    cells: [],
    formulas: [],
    merges: [],
    columnWidths: [],
    rowHeights: {},
    hiddenRows: [],
    styles: {},
    print: { fitToWidth: false, rowBreaks: [] },
  };
  // Split around sheetData: the elements read before and after it never occur inside it.
  const open = nextStartTag(xml, "sheetData");
  let head = xml;
  let data = "";
  let tail = "";
  if (open) {
    head = xml.slice(0, open.start);
    if (open.empty) tail = xml.slice(open.end);
    else {
      const close = nextEndTag(xml, "sheetData", open.end);
      data = close ? xml.slice(open.end, close.start) : xml.slice(open.end);
      tail = close ? xml.slice(close.end) : "";
    }
  }

  const sheetPr = element(head, "sheetPr")?.body ?? "";
  const tabColor = rgbHex(tags(sheetPr, "tabColor")[0]?.rgb);
  if (tabColor) sheet.tabColor = tabColor;
  const pane = tags(element(head, "sheetView")?.body ?? "", "pane")[0];
  if (pane && (pane.state === "frozen" || pane.state === "frozenSplit")) {
    const freeze = { rows: Number(pane.ySplit ?? 0), columns: Number(pane.xSplit ?? 0) };
    if (freeze.rows > 0 || freeze.columns > 0) sheet.freeze = freeze;
  }
  for (const col of tags(element(head, "cols")?.body ?? "", "col")) {
    const min = Number(col.min);
    const max = Math.min(Number(col.max ?? col.min), MAX_COLUMNS);
    const width = Number(col.width ?? 0);
    if (!(min >= 1) || !(max >= min))
      throw invalid(`${name}: a column range ${col.min}:${col.max} is not valid`);
    for (let c = min; c <= max; c++) {
      while (sheet.columnWidths.length < c) sheet.columnWidths.push(0);
      sheet.columnWidths[c - 1] = Number.isFinite(width) ? width : 0;
    }
  }
  readSheetData(data, sheet, ctx);
  sheet.merges = tags(element(tail, "mergeCells")?.body ?? "", "mergeCell").map((m) => m.ref ?? "");
  sheet.print = readPrint(head, tail);
  return sheet;
}

// ---------------------------------------------------------------------------------------------
// The workbook

const WORKSHEET_REL = /\/worksheet$/;

/**
 * What Excel inserts for `workbook.insertWorksheetsFromBase64(base64)`: every worksheet of the file
 * in workbook order, and (separately, not applied) the defined names it carried. Throws an
 * InsertWorksheetsError where Excel would fail the call.
 */
export async function readInsertedSheets(base64: string, inflateRaw: InflateRaw): Promise<InsertedWorkbook> {
  const pkg = new Package(decodeBase64(base64));
  checkRefusedNames(pkg);
  await pkg.load(async (entry, data) => (entry.method === 0 ? data : inflate(entry, () => inflateRaw(data))));
  return readWorkbook(pkg);
}

/**
 * readInsertedSheets with a synchronous inflate (`inflateRawSync` of node:zlib), for a caller that
 * cannot wait: the recording fake decides at the call whether Excel would refuse the file.
 */
export function readInsertedSheetsSync(
  base64: string,
  inflateRaw: (data: Uint8Array) => Uint8Array,
): InsertedWorkbook {
  const pkg = new Package(decodeBase64(base64));
  checkRefusedNames(pkg);
  void pkg.load((entry, data) => (entry.method === 0 ? data : inflate(entry, () => inflateRaw(data))));
  return readWorkbook(pkg);
}

/** A part's inflated bytes; a failure of the inflater is the package's damage, named. */
function inflate<T extends Uint8Array | Promise<Uint8Array>>(entry: ZipEntry, run: () => T): T {
  const damaged = () => invalid(`${entry.name} cannot be decompressed`);
  try {
    const out = run();
    return (out instanceof Promise ? out.catch(() => Promise.reject(damaged())) : out) as T;
  } catch {
    throw damaged();
  }
}

/** The inserted workbook; XML that is not well-formed where it is read fails the call, as in Excel. */
function readWorkbook(pkg: Package): InsertedWorkbook {
  try {
    return readWellFormedWorkbook(pkg);
  } catch (e) {
    if (e instanceof XmlScanError) throw invalid(`a part is not well-formed XML: ${e.what}`);
    throw e;
  }
}

function readWellFormedWorkbook(pkg: Package): InsertedWorkbook {
  checkRefusedTypes(pkg);
  let workbookPart = "xl/workbook.xml";
  for (const r of pkg.relationships("").values())
    if (/\/officeDocument$/.test(r.type)) workbookPart = r.target;
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === undefined) throw invalid("the package has no workbook part");
  const rels = pkg.relationships(workbookPart);
  const partOf = (type: RegExp) => {
    for (const r of rels.values()) if (type.test(r.type)) return pkg.text(r.target);
    return undefined;
  };

  const strings = elements(partOf(/\/sharedStrings$/) ?? "", "si").map((si) => runText(si.body));
  const stylesXml = partOf(/\/styles$/);
  const ctx = { strings, styles: stylesXml === undefined ? undefined : new Styles(stylesXml) };

  const sheetTags = tags(element(workbookXml, "sheets")?.body ?? "", "sheet");
  const sheets: InsertedSheet[] = [];
  for (const s of sheetTags) {
    const rel = s.id === undefined ? undefined : rels.get(s.id);
    if (!rel || !WORKSHEET_REL.test(rel.type)) continue; // dialog and macro sheets are not inserted
    const xml = pkg.text(rel.target);
    if (xml === undefined) throw invalid(`sheet "${s.name}" has no part ${rel.target}`);
    const state = s.state === "hidden" || s.state === "veryHidden" ? s.state : "visible";
    const name = s.name ?? "";
    sheets.push(readSheet(xml, name, state, { ...ctx, name }));
  }

  const definedNames = elements(element(workbookXml, "definedNames")?.body ?? "", "definedName").map(
    ({ attrs, body }): InsertedDefinedName => {
      const local =
        attrs.localSheetId === undefined ? undefined : sheetTags[Number(attrs.localSheetId)]?.name;
      return {
        name: attrs.name ?? "",
        ...(local !== undefined ? { localSheet: local } : {}),
        ref: decodeXml(body),
      };
    },
  );
  return { sheets, definedNames };
}
