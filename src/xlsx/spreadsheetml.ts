/**
 * opeval's own .xlsx writer of SheetSpecs (src/sheet/spec.ts) for sheets that are documents: the
 * annex forms, reference annexes and rankings. It writes SpreadsheetML directly — shared strings,
 * one style table, merges, widths, heights, page setup and breaks — with no workbook library, so:
 *
 * - the CLI writes a conclusion several times faster than through exceljs and holds only the
 *   compressed parts (each sheet's XML is deflated as soon as it is built);
 * - the task pane can build the same file in the browser (a lazy chunk of a few KB instead of
 *   exceljs' ~256 KB) and insert it with `insertWorksheetsFromBase64` (src/excel/native-import.ts).
 *
 * It applies the one layout every writer applies (src/sheet/cell-styles.ts). Sheets with formulas,
 * tables or data validations (the input template, the Calculation sheet, the objections log) are
 * not documents: they stay with the exceljs writer (./writeSheets.ts), and this one refuses them.
 * No Node or browser API is used here: the caller hands in raw DEFLATE (./deflate-node.ts, or
 * `CompressionStream` in the pane).
 */
import { absoluteRange, address, columnLetter } from "../sheet/a1";
import { BORDER_COLOR, resolveCellStyles, styleKey, type ResolvedStyle } from "../sheet/cell-styles";
import { quoteSheetName, SheetNames } from "../sheet/names";
import { nonDocumentFeature, type CellValue, type SheetSpec } from "../sheet/spec";
import { BUILTIN_FORMATS } from "../sheet/xml-scan";
import { compressPart, ZipWriter, type CompressedPart, type DeflateRaw } from "./zip";

export type { DeflateRaw } from "./zip";

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DEFAULT_SIZE = 11;
/**
 * The workbook's calculation properties in every file opeval writes: the calculation engine id of
 * current Excel (ECMA-376 Part 1, §18.2.2), and no `fullCalcOnLoad`. An older calcId makes a newer
 * Excel recalculate the whole workbook on load (docs/WORKBOOKS.md, "Calculation on open").
 */
export const CALC_PR = '<calcPr calcId="191029"/>';
const NORMAL_FONT = "Calibri";

/**
 * The built-in formats written by id: those that read the same in every locale (General, 0, 0.00,
 * #,##0, #,##0.00, 0%, 0.00%, @). Any other format, dates included, gets an id from 164 up, so it
 * shows as written whatever the analyst's locale.
 */
const BUILTIN_IDS = new Map<string, number>([
  ["General", 0],
  ...[1, 2, 3, 4, 9, 10, 49].map((id) => [BUILTIN_FORMATS[id]!, id] as [string, number]),
]);
const FIRST_CUSTOM_FORMAT = 164;

/**
 * A string as SpreadsheetML stores it: Excel reads `_xHHHH_` in a string as the character HHHH, so
 * a literal `_x0041_` (in a name or a fact) would show as "A" unless its underscore is escaped as
 * `_x005F_`, as Excel itself does.
 */
export function escapeXstring(text: string): string {
  return text.replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1");
}

/**
 * Text as XML character data: markup escaped; characters XML 1.0 cannot carry (control characters,
 * U+FFFE/U+FFFF) written as Excel writes them (`_x0001_`); a lone surrogate, which no UTF-8 file can
 * hold, as U+FFFD.
 */
function xmlText(text: string): string {
  return text
    .replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"))
    .replace(
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is escaped
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    )
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd");
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 8 ? h : `FF${h.padStart(6, "0")}`;
}

/** OOXML's names for the layout's vertical alignments. */
const VERTICAL: Record<NonNullable<ResolvedStyle["vAlign"]>, string> = {
  top: "top",
  middle: "center",
  bottom: "bottom",
};

/**
 * The workbook's style table, filled as cells ask for styles: fonts, fills, borders and number
 * formats each stored once, and one cell format (xf) per distinct resolved style.
 */
class StyleTable {
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly xfs: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly xfByKey = new Map<string, number>();
  private readonly xfByStyle = new WeakMap<ResolvedStyle, number>();

  constructor() {
    // The Normal style's font sets the unit of every column width (its digit width), so it is the
    // one Excel and exceljs use, Calibri 11: the forms' widths were measured in it. Cells with text
    // carry the layout's own font (DEFAULT_FONT).
    this.fonts.set(fontXml(NORMAL_FONT, DEFAULT_SIZE, false, false, false, undefined), 0);
    // Fills 0 and 1 are reserved by the format (none, gray125).
    this.fills.set('<fill><patternFill patternType="none"/></fill>', 0);
    this.fills.set('<fill><patternFill patternType="gray125"/></fill>', 1);
    this.borders.set("<border><left/><right/><top/><bottom/><diagonal/></border>", 0);
  }

  /** The cell format index of a resolved style (the layout shares equal styles, so identity is tried first). */
  index(style: ResolvedStyle): number {
    const known = this.xfByStyle.get(style);
    if (known !== undefined) return known;
    const key = styleKey(style);
    let index = this.xfByKey.get(key);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfs.push(this.xf(style));
      this.xfByKey.set(key, index);
    }
    this.xfByStyle.set(style, index);
    return index;
  }

  private xf(style: ResolvedStyle): string {
    const font = intern(
      this.fonts,
      fontXml(style.font, style.size, style.bold, style.italic, style.underline, style.color),
    );
    const fill = style.fill
      ? intern(
          this.fills,
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`,
        )
      : 0;
    const edge = (name: "left" | "right" | "top" | "bottom") =>
      style.borders.includes(name)
        ? `<${name} style="thin"><color rgb="${argb(BORDER_COLOR)}"/></${name}>`
        : `<${name}/>`;
    const border = style.borders.length
      ? intern(
          this.borders,
          `<border>${edge("left")}${edge("right")}${edge("top")}${edge("bottom")}<diagonal/></border>`,
        )
      : 0;
    const format = style.numberFormat ? this.format(style.numberFormat) : 0;
    const alignment: string[] = [];
    if (style.hAlign) alignment.push(`horizontal="${style.hAlign}"`);
    if (style.vAlign) alignment.push(`vertical="${VERTICAL[style.vAlign]}"`);
    if (style.wrap) alignment.push('wrapText="1"');
    if (style.indent) alignment.push(`indent="${style.indent}"`);
    const children =
      (alignment.length ? `<alignment ${alignment.join(" ")}/>` : "") +
      (style.locked ? "" : '<protection locked="0"/>');
    const attributes =
      `numFmtId="${format}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      ` applyNumberFormat="1" applyFont="1" applyFill="1" applyBorder="1"` +
      (alignment.length ? ' applyAlignment="1"' : "") +
      (style.locked ? "" : ' applyProtection="1"');
    return children ? `<xf ${attributes}>${children}</xf>` : `<xf ${attributes}/>`;
  }

  private format(code: string): number {
    const builtin = BUILTIN_IDS.get(code);
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  /** An upper bound of the part's size so far. */
  get rawBytes(): number {
    return 400 * this.xfs.length + 1_000;
  }

  xml(): string {
    const list = (tag: string, items: Iterable<string>, n: number) =>
      `<${tag} count="${n}">${[...items].join("")}</${tag}>`;
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`,
    );
    return (
      XML_HEAD +
      `<styleSheet xmlns="${MAIN_NS}">` +
      (numFmts.length ? list("numFmts", numFmts, numFmts.length) : "") +
      list("fonts", this.fonts.keys(), this.fonts.size) +
      list("fills", this.fills.keys(), this.fills.size) +
      list("borders", this.borders.keys(), this.borders.size) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs, this.xfs.length) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

function intern(table: Map<string, number>, xml: string): number {
  let id = table.get(xml);
  if (id === undefined) table.set(xml, (id = table.size));
  return id;
}

function fontXml(
  name: string,
  size: number,
  bold: boolean,
  italic: boolean,
  underline: boolean,
  color: string | undefined,
): string {
  return (
    "<font>" +
    (bold ? "<b/>" : "") +
    (italic ? "<i/>" : "") +
    (underline ? "<u/>" : "") +
    `<sz val="${size}"/>` +
    (color ? `<color rgb="${argb(color)}"/>` : "") +
    `<name val="${xmlText(name)}"/>` +
    "</font>"
  );
}

/** Every distinct string of the workbook, stored once and referred to by index from the cells. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  count = 0;
  /** An upper bound of the part's size so far (3 bytes a character is UTF-8's most for UTF-16 text). */
  rawBytes = 0;

  of(text: string): number {
    this.count++;
    let i = this.index.get(text);
    if (i === undefined) {
      this.index.set(text, (i = this.index.size));
      this.rawBytes += 3 * text.length + 40;
    }
    return i;
  }

  xml(): string {
    const items: string[] = [];
    for (const text of this.index.keys()) {
      const stored = xmlText(escapeXstring(text));
      // Leading or trailing spaces and line breaks are kept only when the text says so.
      items.push(
        /^\s|\s$|\n/.test(text)
          ? `<si><t xml:space="preserve">${stored}</t></si>`
          : `<si><t>${stored}</t></si>`,
      );
    }
    return (
      XML_HEAD +
      `<sst xmlns="${MAIN_NS}" count="${this.count}" uniqueCount="${this.index.size}">${items.join("")}</sst>`
    );
  }
}

function cellXml(ref: string, value: CellValue | undefined, style: number, strings: SharedStrings): string {
  const s = style ? ` s="${style}"` : "";
  if (typeof value === "string") return `<c r="${ref}"${s} t="s"><v>${strings.of(value)}</v></c>`;
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}/>`;
}

/** Runs of equal column widths as `<col>` elements. */
function colsXml(widths: readonly number[] | undefined): string {
  if (!widths?.length) return "";
  const cols: string[] = [];
  for (let i = 0; i < widths.length;) {
    const w = widths[i]!;
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === w) j++;
    if (w > 0) cols.push(`<col min="${i + 1}" max="${j + 1}" width="${w}" customWidth="1"/>`);
    i = j + 1;
  }
  return cols.length ? `<cols>${cols.join("")}</cols>` : "";
}

function sheetViewXml(spec: SheetSpec, selected: boolean): string {
  const tab = selected ? ' tabSelected="1"' : "";
  const freeze = spec.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0))
    return `<sheetViews><sheetView${tab} workbookViewId="0"/></sheetViews>`;
  const pane =
    freeze.rows > 0 && freeze.columns > 0 ? "bottomRight" : freeze.rows > 0 ? "bottomLeft" : "topRight";
  const split =
    (freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : "") +
    (freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : "");
  return (
    `<sheetViews><sheetView${tab} workbookViewId="0">` +
    `<pane${split} topLeftCell="${address(freeze.rows + 1, freeze.columns + 1)}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** One worksheet part. Elements follow CT_Worksheet's order, which Excel enforces. */
function worksheetXml(
  spec: SheetSpec,
  selected: boolean,
  styles: StyleTable,
  strings: SharedStrings,
): string {
  const cells = resolveCellStyles(spec);
  // The cells to write, row by row: every value cell is in the layout (it gets the default font).
  const byRow = new Map<number, number[]>();
  for (const key of cells.keys()) {
    const colon = key.indexOf(":");
    const row = Number(key.slice(0, colon));
    const list = byRow.get(row);
    const column = Number(key.slice(colon + 1));
    if (list) list.push(column);
    else byRow.set(row, [column]);
  }
  const heights = spec.rowHeights ?? {};
  const hidden = new Set(spec.hiddenRows ?? []);
  const rowNumbers = new Set<number>([...byRow.keys(), ...Object.keys(heights).map(Number), ...hidden]);
  let maxColumn = 1;
  const rows: string[] = [];
  for (const row of [...rowNumbers].sort((a, b) => a - b)) {
    const height = heights[row];
    const attributes =
      (height !== undefined ? ` ht="${height}" customHeight="1"` : "") +
      (hidden.has(row) ? ' hidden="1"' : "");
    const columns = (byRow.get(row) ?? []).sort((a, b) => a - b);
    const values = spec.rows[row - 1];
    const parts: string[] = [];
    for (const column of columns) {
      const style = cells.get(`${row}:${column}`)!;
      parts.push(cellXml(columnLetter(column) + row, values?.[column - 1], styles.index(style), strings));
      if (column > maxColumn) maxColumn = column;
    }
    rows.push(`<row r="${row}"${attributes}>${parts.join("")}</row>`);
  }
  const lastRow = Math.max(1, ...rowNumbers);
  const print = spec.print;
  const sheetPr =
    spec.tabColor || print?.fitToWidth
      ? "<sheetPr>" +
        (spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : "") +
        (print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : "") +
        "</sheetPr>"
      : "";
  const merges = spec.merges ?? [];
  // Without margins of its own a sheet keeps Excel's defaults (what a missing element means).
  const margins = print?.margins;
  const breaks = print?.rowBreaks ?? [];
  return (
    XML_HEAD +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    sheetPr +
    `<dimension ref="${lastRow === 1 && maxColumn === 1 ? "A1" : `A1:${address(lastRow, maxColumn)}`}"/>` +
    sheetViewXml(spec, selected) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec.columnWidths) +
    `<sheetData>${rows.join("")}</sheetData>` +
    (merges.length
      ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m.replace(/\$/g, "").toUpperCase()}"/>`).join("")}</mergeCells>`
      : "") +
    (margins
      ? `<pageMargins left="${margins.left}" right="${margins.right}" top="${margins.top}" bottom="${margins.bottom}" header="0.3" footer="0.3"/>`
      : "") +
    (print
      ? `<pageSetup paperSize="9" orientation="${print.orientation}"` +
        (print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : "") +
        "/>"
      : "") +
    (breaks.length
      ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
        breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("") +
        "</rowBreaks>"
      : "") +
    "</worksheet>"
  );
}

export interface XlsxOptions {
  deflateRaw: DeflateRaw;
  /**
   * Names of the sheets already in the workbook these sheets will join (the task pane's insert):
   * new names avoid them, case-insensitively, as Excel compares. Default: none (a new file).
   */
  existingNames?: Iterable<string>;
  /**
   * Write each sheet's print area and print titles as the defined names Excel uses (default true).
   * The task pane's insert leaves them out: Excel drops or breaks workbook names on that insert
   * (office-js #3583, #4772), so the pane sets them with Office.js afterwards.
   */
  printNames?: boolean;
  /** The file's author in its document properties. */
  creator?: string;
}

export interface XlsxFile {
  bytes: Uint8Array;
  /** The name each spec's sheet was given, in order. */
  names: string[];
}

/**
 * A workbook built sheet by sheet: each sheet's XML is deflated as it is added and only the
 * compressed bytes are kept; `estimatedBytes` tells a caller filling requests of a bounded size
 * (the task pane's insert) how big the file would be if finished now.
 */
export class XlsxBuilder {
  private readonly taken: SheetNames;
  private readonly styles = new StyleTable();
  private readonly strings = new SharedStrings();
  private readonly sheets: { name: string; print: SheetSpec["print"]; part: CompressedPart }[] = [];
  private compressedBytes = 0;

  constructor(private readonly options: XlsxOptions) {
    this.taken = new SheetNames(options.existingNames ?? []);
  }

  get sheetCount(): number {
    return this.sheets.length;
  }

  /**
   * The file's size if finished now, an upper bound: the sheets as compressed, the shared strings
   * and styles as if not compressed at all, and the fixed parts.
   */
  get estimatedBytes(): number {
    return (
      this.compressedBytes +
      this.strings.rawBytes +
      this.styles.rawBytes +
      FIXED_PARTS_BYTES +
      200 * this.sheets.length
    );
  }

  /** Adds a sheet and returns the name it got. Throws for a sheet this writer does not write. */
  async add(spec: SheetSpec): Promise<string> {
    const feature = nonDocumentFeature(spec);
    if (feature)
      throw new Error(`spreadsheetml: sheet "${spec.name}" has ${feature}; the exceljs writer writes it`);
    const name = this.taken.reserve(spec.name);
    const xml = worksheetXml(spec, this.sheets.length === 0, this.styles, this.strings);
    const part = await compressPart(xml, this.options.deflateRaw);
    this.sheets.push({ name, print: spec.print, part });
    this.compressedBytes += part.compressed.length;
    return name;
  }

  /** The .xlsx bytes of the sheets added so far. */
  async finish(): Promise<XlsxFile> {
    if (this.sheets.length === 0) throw new Error("spreadsheetml: a workbook needs at least one sheet");
    const { options, sheets } = this;
    const names = sheets.map((s) => s.name);
    const zip = new ZipWriter(options.deflateRaw);
    const sheetParts = sheets.map((_, i) => `xl/worksheets/sheet${i + 1}.xml`);
    await zip.add(
      "[Content_Types].xml",
      XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheetParts
          .map(
            (p) =>
              `<Override PartName="/${p}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join("") +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        "</Types>",
    );
    await zip.add(
      "_rels/.rels",
      XML_HEAD +
        `<Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        "</Relationships>",
    );
    await zip.add(
      "docProps/core.xml",
      XML_HEAD +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
        `<dc:creator>${xmlText(options.creator ?? "opeval")}</dc:creator>` +
        "</cp:coreProperties>",
    );

    const definedNames: string[] = [];
    if (options.printNames ?? true)
      sheets.forEach(({ name, print: p }, i) => {
        const sheet = quoteSheetName(name);
        // Excel lists a workbook's names sorted; Print_Area sorts before Print_Titles.
        if (p?.printArea)
          definedNames.push(
            `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${xmlText(`${sheet}!${absoluteRange(p.printArea)}`)}</definedName>`,
          );
        if (p?.printTitleRows)
          definedNames.push(
            `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlText(`${sheet}!${absoluteRange(p.printTitleRows)}`)}</definedName>`,
          );
      });
    await zip.add(
      "xl/workbook.xml",
      XML_HEAD +
        `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        '<bookViews><workbookView activeTab="0"/></bookViews>' +
        `<sheets>${names.map((n, i) => `<sheet name="${xmlText(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>` +
        (definedNames.length ? `<definedNames>${definedNames.join("")}</definedNames>` : "") +
        CALC_PR +
        "</workbook>",
    );
    await zip.add(
      "xl/_rels/workbook.xml.rels",
      XML_HEAD +
        `<Relationships xmlns="${PKG_REL_NS}">` +
        sheetParts
          .map((p, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="${p.slice(3)}"/>`)
          .join("") +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId${sheets.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>` +
        "</Relationships>",
    );
    sheets.forEach((s, i) => zip.place(sheetParts[i]!, s.part));
    await zip.add("xl/styles.xml", this.styles.xml());
    await zip.add("xl/sharedStrings.xml", this.strings.xml());
    return { bytes: zip.finish(), names };
  }
}

/** Bytes of the parts every file has (content types, relationships, workbook, properties) beyond the sheets. */
const FIXED_PARTS_BYTES = 2_000;

/**
 * A new workbook of `specs`, one sheet each, in order, as .xlsx bytes. Sheet names are made unique
 * (" (2)", " (3)"…) against each other and `existingNames`. Throws for a sheet this writer does not
 * write (see nonDocumentFeature in src/sheet/spec.ts).
 */
export async function writeXlsx(specs: readonly SheetSpec[], options: XlsxOptions): Promise<XlsxFile> {
  const builder = new XlsxBuilder(options);
  for (const spec of specs) await builder.add(spec);
  return builder.finish();
}
