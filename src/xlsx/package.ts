/**
 * A small reader of the .xlsx package for the CLI's input workbooks: the ZIP container, the
 * workbook, its sheets' existing cells, tables, shared strings, number formats and merged cells.
 *
 * Why not exceljs here: it materialises every row of a table's range (a hostile `A3:C99999999`
 * exhausts memory), copies a merge's value into every merged cell (silently wrong figures) and
 * fails on absolute part names (files re-saved by openpyxl). This reader never iterates a range's
 * rectangle: it walks the cells that exist in the XML and keeps only those inside a table. Every
 * size it accepts is bounded (see LIMITS and docs/FORMAT.md), every part is unpacked at most once
 * and checked against its CRC-32, and every part is walked by the offset scanner of
 * src/sheet/xml-scan.ts in linear time. The file is only read. No Node import: the inflater is the
 * caller's (node:zlib in the CLI, ./package-tables.ts's pre-inflated parts in the task pane).
 */
import { isDateFormat } from "../model/tables";
import { A1Error, MAX_COLUMNS, MAX_ROWS, address, parseRange, type Bounds } from "../sheet/a1";
import {
  attributes,
  BUILTIN_FORMATS,
  decodeXml,
  element,
  elements,
  isBuiltinDateFormat,
  nextElement,
  nextEndTag,
  nextStartTag,
  parseDecimal,
  runText,
  tags,
  XmlScanError,
} from "../sheet/xml-scan";
import {
  checkCrc,
  readZip,
  utf8,
  resolvePart,
  storedBytes,
  zipDirectory,
  type ZipEntry,
  type ZipProblemWords,
} from "../sheet/zip-directory";

export { decodeXml, resolvePart };

/** Bounds on what a workbook may hold; each has its own message (docs/FORMAT.md, "Limits"). */
export const XLSX_LIMITS = {
  /** Bytes of one uncompressed part (a sheet's XML, the shared strings). */
  partBytes: 256 * 1024 * 1024,
  /** Bytes of all the parts read from one file, unpacked: many parts cannot add up to gigabytes. */
  packageBytes: 512 * 1024 * 1024,
  /** Columns of one opeval table (the widest has 12, the rest is room for the analyst's notes). */
  tableColumns: 100,
  /** Characters of one cell (Excel's own limit). */
  cellCharacters: 32_767,
} as const;

/** Why a package could not be read at all. */
export class PackageError extends Error {
  constructor(
    readonly reason: "notZip" | "encrypted" | "partTooLarge" | "damaged" | "packageTooLarge" | "openDocument",
    detail: string,
  ) {
    super(detail);
    this.name = "PackageError";
  }
}

// ---------------------------------------------------------------------------------------------
// ZIP

/** What the ZIP reader found wrong, in this reader's terms. */
const ZIP_PROBLEMS: ZipProblemWords = {
  notZip: () => new PackageError("notZip", "not a ZIP package"),
  noDirectory: () => new PackageError("damaged", "no ZIP central directory"),
  badDirectory: () => new PackageError("damaged", "bad ZIP central directory"),
  encrypted: (part) => new PackageError("encrypted", `${part} is encrypted`),
  badLocalHeader: (part) => new PackageError("damaged", `bad local header of ${part}`),
  duplicateEntry: (part) => new PackageError("damaged", `the ZIP archive holds ${part} twice`),
  badCrc: (part) => new PackageError("damaged", `${part} does not match its checksum (CRC-32)`),
};

const zipRead = <T>(read: () => T): T => readZip(read, ZIP_PROBLEMS);

/** The entries of a ZIP archive, by lower-case name (OPC part names are case-insensitive). */
function zipEntries(buf: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  if (buf.length >= 8 && view.getUint32(0) === 0xd0cf11e0 && view.getUint32(4) === 0xa1b11ae1)
    throw new PackageError("encrypted", "an OLE compound file (encrypted workbook or old .xls)");
  return zipRead(() => zipDirectory(buf));
}

/** Bytes a package may unpack to: one part, and all parts together. */
export type UnpackLimits = Pick<typeof XLSX_LIMITS, "partBytes" | "packageBytes">;

/**
 * Raw DEFLATE (ZIP method 8) of one part, to at most `maxOutput` bytes: the part's bytes,
 * `"tooLarge"` past `maxOutput`, or `"damaged"` when the data cannot be decompressed.
 */
export type InflateRaw = (
  stored: Uint8Array,
  maxOutput: number,
  entry: ZipEntry,
) => Uint8Array | "tooLarge" | "damaged";

/**
 * A part's bytes, unpacked to at most `max` bytes and checked against the archive's CRC-32; over
 * `max`, `over` says which limit that was.
 */
function inflate(
  buf: Uint8Array,
  entry: ZipEntry,
  max: number,
  over: () => PackageError,
  inflateRaw: InflateRaw,
): Uint8Array {
  let data = zipRead(() => storedBytes(buf, entry));
  if (entry.method === 0) {
    if (data.length > max) throw over();
  } else if (entry.method === 8) {
    const out = inflateRaw(data, Math.max(1, max), entry);
    if (out === "tooLarge") throw over();
    if (out === "damaged") throw new PackageError("damaged", `${entry.name} cannot be decompressed`);
    data = out;
  } else throw new PackageError("damaged", `${entry.name}: compression ${entry.method}`);
  zipRead(() => checkCrc(entry, data));
  return data;
}

/** Runs a scan of `part`: XML that is not well-formed where the scanner needs it is damage. */
function scanned<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof XmlScanError) throw new PackageError("damaged", `${part}: ${e.what}`);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// The package

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The part an OpenDocument file names its kind in (stored first in its ZIP). */
const ODF_MIMETYPE = "mimetype";

export class XlsxPackage {
  private readonly entries: Map<string, ZipEntry>;
  /** Parts unpacked so far, kept so that none is unpacked twice (a sheet's part is `take`n once). */
  private readonly texts = new Map<string, string>();
  /** Bytes unpacked so far, against XLSX_LIMITS.packageBytes. */
  private inflated = 0;

  constructor(
    private readonly buf: Uint8Array,
    private readonly inflateRaw: InflateRaw,
    private readonly limits: UnpackLimits = XLSX_LIMITS,
  ) {
    this.entries = zipEntries(buf);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** A part's text (UTF-8), unpacked once and kept; undefined when the package has no such part. */
  text(part: string): string | undefined {
    const key = part.toLowerCase();
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    const text = this.take(part);
    if (text !== undefined) this.texts.set(key, text);
    return text;
  }

  /** A part's text, unpacked and not kept: a sheet's XML, read once. */
  take(part: string): string | undefined {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) return undefined;
    const { partBytes, packageBytes } = this.limits;
    const left = packageBytes - this.inflated;
    const data = inflate(
      this.buf,
      entry,
      Math.min(partBytes, left),
      () =>
        left < partBytes
          ? new PackageError("packageTooLarge", entry.name)
          : new PackageError("partTooLarge", entry.name),
      this.inflateRaw,
    );
    this.inflated += data.length;
    return utf8(data);
  }

  /** The OpenDocument kind the package declares (`application/vnd.oasis.opendocument.…`), if any. */
  openDocumentType(): string | undefined {
    const entry = this.entries.get(ODF_MIMETYPE);
    if (!entry || entry.size > 200) return undefined;
    const type = this.text(ODF_MIMETYPE)!.trim();
    return type.startsWith("application/vnd.oasis.opendocument.") ? type : undefined;
  }

  /** Relationship id → part name (targets resolved, absolute or relative). */
  relationships(part: string): Map<string, { target: string; type: string }> {
    const out = new Map<string, { target: string; type: string }>();
    const path = relsPath(part);
    const xml = this.text(path);
    if (!xml) return out;
    for (const r of scanned(path, () => tags(xml, "Relationship"))) {
      if (!r.Id || !r.Target || r.TargetMode === "External") continue;
      out.set(r.Id, { target: resolvePart(part, r.Target), type: r.Type ?? "" });
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook content

export type PlainCell = string | number | boolean | null;

export interface SheetInfo {
  name: string;
  state: "visible" | "hidden" | "veryHidden";
  part: string;
}

export interface TableInfo {
  /** The name Excel shows (displayName). */
  name: string;
  sheet: SheetInfo;
  ref: string;
  /** Undefined when the ref is not usable; `refProblem` says why. */
  bounds?: Bounds;
  refProblem?: "syntax" | "beyondGrid" | "tooWide";
  headerRow: boolean;
  totalsRows: number;
}

/** One table's cells as read: header row first, row offset → values (only rows with cells). */
export interface TableCells {
  table: TableInfo;
  rows: Map<number, PlainCell[]>;
  formats: Map<number, (string | null)[]>;
  /** Sheet rows inside the table that are hidden, ascending. */
  hiddenRows: number[];
  /** Cells holding more than XLSX_LIMITS.cellCharacters characters (A1 addresses). */
  longCells: string[];
  /** Cells holding an error value (`t="e"`), as `"rowOffset,columnOffset"`. */
  errors: Set<string>;
  /**
   * Formula cells stored without a computed value (files written by scripts: openpyxl, pandas),
   * as A1 addresses in sheet order. Their value is unknown, so they are left out of `rows`.
   */
  formulasWithoutValue: string[];
}

export interface SheetContent {
  tables: TableCells[];
  /** Merged ranges that touch one of the sheet's tables: [range, table name]. */
  mergesOnTables: [string, string][];
}

export interface WorkbookContent {
  sheets: SheetInfo[];
  tables: TableInfo[];
  read(sheet: SheetInfo): SheetContent;
}

const SHEET_REL = /\/worksheet$/;
const TABLE_REL = /\/table$/;

/** The workbook's sheets and tables (no cells yet: `read` fetches a sheet's table cells). */
export function openWorkbook(pkg: XlsxPackage): WorkbookContent {
  const root = pkg.relationships("");
  let workbookPart = "xl/workbook.xml";
  for (const r of root.values()) if (/\/officeDocument$/.test(r.type)) workbookPart = r.target;
  const workbookXml = pkg.text(workbookPart);
  if (workbookXml === undefined) {
    const odf = pkg.openDocumentType();
    if (odf) throw new PackageError("openDocument", odf);
    throw new PackageError("damaged", "no workbook part");
  }
  const date1904 = scanned(workbookPart, () => tags(workbookXml, "workbookPr")).some(
    (a) => a.date1904 === "1" || a.date1904 === "true",
  );
  const rels = pkg.relationships(workbookPart);

  let sharedStrings: string[] | undefined;
  const strings = (): string[] => {
    if (sharedStrings) return sharedStrings;
    sharedStrings = [];
    for (const r of rels.values())
      if (/\/sharedStrings$/.test(r.type)) {
        const xml = pkg.text(r.target) ?? "";
        for (const si of scanned(r.target, () => elements(xml, "si")))
          sharedStrings.push(scanned(r.target, () => runText(si.body)));
      }
    return sharedStrings;
  };
  let styleFormats: (string | null)[] | undefined;
  const formats = (): (string | null)[] => {
    if (styleFormats) return styleFormats;
    styleFormats = [];
    for (const r of rels.values())
      if (/\/styles$/.test(r.type)) {
        const xml = pkg.text(r.target) ?? "";
        const custom = new Map<number, string>();
        const xfs = scanned(r.target, () => {
          for (const f of tags(xml, "numFmt")) custom.set(Number(f.numFmtId), f.formatCode ?? "");
          return tags(element(xml, "cellXfs")?.body ?? "", "xf");
        });
        for (const xf of xfs) {
          const id = Number(xf.numFmtId ?? 0);
          styleFormats.push(
            custom.get(id) ?? (isBuiltinDateFormat(id) ? BUILTIN_FORMATS[id] : undefined) ?? null,
          );
        }
      }
    return styleFormats;
  };

  const sheets: SheetInfo[] = [];
  const tables: TableInfo[] = [];
  // Which sheet each worksheet or table part belongs to: one part named twice is damage (and would
  // be unpacked and read twice).
  const owners = new Map<string, string>();
  const claim = (part: string, sheet: string) => {
    const owner = owners.get(part.toLowerCase());
    if (owner !== undefined)
      throw new PackageError(
        "damaged",
        `sheets "${owner}" and "${sheet}" both name the part ${part}; each sheet has its own`,
      );
    owners.set(part.toLowerCase(), sheet);
  };
  for (const s of scanned(workbookPart, () => tags(workbookXml, "sheet"))) {
    const rel = s.id === undefined ? undefined : rels.get(s.id);
    if (!rel || !SHEET_REL.test(rel.type) || !pkg.has(rel.target)) continue; // chart sheets, dialogs
    const state = s.state === "hidden" || s.state === "veryHidden" ? s.state : "visible";
    const sheet: SheetInfo = { name: s.name ?? "", state, part: rel.target };
    claim(rel.target, sheet.name);
    sheets.push(sheet);
    const sheetRels = pkg.relationships(rel.target);
    for (const t of sheetRels.values()) {
      if (!TABLE_REL.test(t.type)) continue;
      const xml = pkg.text(t.target);
      if (!xml) continue;
      claim(t.target, sheet.name);
      const a = scanned(t.target, () => tags(xml, "table"))[0];
      if (!a) continue;
      const info: TableInfo = {
        name: a.displayName ?? a.name ?? "",
        sheet,
        ref: a.ref ?? "",
        headerRow: a.headerRowCount !== "0",
        totalsRows: Number(a.totalsRowCount ?? 0) || 0,
      };
      try {
        const b = parseRange(info.ref);
        if (!/^\$?[A-Za-z]+\$?\d+(:\$?[A-Za-z]+\$?\d+)?$/.test(info.ref.trim())) info.refProblem = "syntax";
        else if (b.right - b.left + 1 > XLSX_LIMITS.tableColumns) info.refProblem = "tooWide";
        else info.bounds = b;
      } catch (e) {
        info.refProblem = e instanceof A1Error ? e.reason : "syntax";
      }
      tables.push(info);
    }
  }

  const read = (sheet: SheetInfo): SheetContent =>
    scanned(sheet.part, () =>
      readSheet(
        pkg.take(sheet.part) ?? "",
        tables.filter((t) => t.sheet === sheet && t.bounds),
        { strings, formats, date1904, part: sheet.part },
      ),
    );
  return { sheets, tables, read };
}

interface Lookups {
  strings: () => string[];
  formats: () => (string | null)[];
  date1904: boolean;
  /** The sheet's part, for messages. */
  part: string;
}

function decodeColumn(letters: string): number {
  let col = 0;
  for (let i = 0; i < letters.length; i++) col = col * 26 + (letters.charCodeAt(i) & 0x1f);
  return col;
}

/** Excel's serial day (1900 system) of an ISO date-time text (`t="d"` cells). */
function isoToSerial(text: string): number | null {
  const ms = Date.parse(/[zZ]|[+-]\d\d:\d\d$/.test(text) ? text : `${text}Z`);
  return Number.isNaN(ms) ? null : ms / 86_400_000 + 25_569;
}

const ROW_OR_CELL = ["row", "c"] as const;
const CELL_PARTS = ["f", "v", "is"] as const;
const CELL_ADDRESS = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/**
 * The cells of `tables` on one sheet. Walks the `<row>` and `<c>` elements that exist, in any
 * order (Excel writes rows ascending, other programs need not); a cell outside every table is
 * skipped without being decoded.
 */
function readSheet(xml: string, tables: TableInfo[], lookups: Lookups): SheetContent {
  const content: SheetContent = { tables: [], mergesOnTables: [] };
  const byTable = tables.map((table): TableCells => ({
    table,
    rows: new Map(),
    formats: new Map(),
    hiddenRows: [],
    longCells: [],
    errors: new Set(),
    formulasWithoutValue: [],
  }));
  content.tables = byTable;
  const open = nextStartTag(xml, "sheetData");
  let data = "";
  let tail = xml;
  if (open && !open.empty) {
    const close = nextEndTag(xml, "sheetData", open.end);
    if (!close) throw new XmlScanError("<sheetData> never ends");
    data = xml.slice(open.end, close.start);
    tail = xml.slice(close.end);
  } else if (open) tail = xml.slice(open.end);
  for (const m of tags(tail, "mergeCell")) {
    let b: Bounds;
    try {
      b = parseRange(m.ref ?? "");
    } catch {
      continue;
    }
    for (const t of tables) {
      const tb = t.bounds!;
      if (b.left <= tb.right && b.right >= tb.left && b.top <= tb.bottom && b.bottom >= tb.top)
        content.mergesOnTables.push([m.ref!, t.name]);
    }
  }
  if (tables.length === 0) return content;
  const top = Math.min(...tables.map((t) => t.bounds!.top));
  const bottom = Math.max(...tables.map((t) => t.bounds!.bottom));

  let row = 0;
  let column = 0;
  for (
    let from = 0, tag = nextStartTag(data, ROW_OR_CELL);
    tag;
    tag = nextStartTag(data, ROW_OR_CELL, from)
  ) {
    from = tag.end;
    if (tag.local === "row") {
      const a = attributes(tag.attrs);
      const r = a.r === undefined ? undefined : parseDecimal(a.r);
      row = r !== undefined && Number.isInteger(r) ? r : row + 1;
      column = 0;
      // Rows may come in any order: a row beyond the tables is skipped, never the end of reading.
      if (row >= top && row <= bottom && (a.hidden === "1" || a.hidden === "true"))
        for (const t of byTable) {
          const b = t.table.bounds!;
          if (row > b.top && row <= b.bottom) t.hiddenRows.push(row);
        }
      continue;
    }
    // A cell: its address, or the next column when `r` is left out.
    const a = attributes(tag.attrs);
    const r = a.r === undefined ? null : CELL_ADDRESS.exec(a.r);
    if (r) {
      column = decodeColumn(r[1]!);
      row = Number(r[2]);
    } else column++;
    let body = "";
    if (!tag.empty) {
      // The cell's content runs to its own end tag (inner elements: f, v, is, t, r, rPh).
      const close = nextEndTag(data, "c", tag.end);
      if (!close) throw new XmlScanError(`the cell <c> at offset ${tag.start} never ends`);
      body = data.slice(tag.end, close.start);
      from = close.end;
    }
    if (row < top || row > bottom || column > MAX_COLUMNS || row > MAX_ROWS) continue;
    for (const t of byTable) {
      const b = t.table.bounds!;
      const lastRow = b.bottom - t.table.totalsRows;
      if (row < b.top || row > lastRow || column < b.left || column > b.right) continue;
      const value = cellValue(a, body, row, column, lookups);
      if (value === NO_VALUE) {
        t.formulasWithoutValue.push(address(row, column));
        continue;
      }
      if (value === null) continue;
      const offset = row - b.top;
      const width = b.right - b.left + 1;
      let values = t.rows.get(offset);
      let formats = t.formats.get(offset);
      if (!values || !formats) {
        values = new Array<PlainCell>(width).fill(null);
        formats = new Array<string | null>(width).fill(null);
        t.rows.set(offset, values);
        t.formats.set(offset, formats);
      }
      if (typeof value === "string" && value.length > XLSX_LIMITS.cellCharacters) {
        t.longCells.push(address(row, column));
        continue;
      }
      const s = a.s === undefined ? undefined : parseDecimal(a.s);
      const format = s !== undefined ? (lookups.formats()[s] ?? null) : null;
      // A date of a 1904-based workbook as the 1900 system's serial (what the rest of opeval reads).
      values[column - b.left] =
        lookups.date1904 && typeof value === "number" && isDateFormat(format) ? value + 1462 : value;
      formats[column - b.left] = format;
      if (a.t === "e") t.errors.add(`${offset},${column - b.left}`);
    }
  }
  for (const t of byTable) t.hiddenRows = [...new Set(t.hiddenRows)].sort((x, y) => x - y);
  return content;
}

/** A formula cell stored without its computed value: what it shows is unknown until Excel computes it. */
const NO_VALUE = Symbol("formula without a value");

function cellValue(
  a: Record<string, string>,
  body: string,
  row: number,
  column: number,
  lookups: Lookups,
): PlainCell | typeof NO_VALUE {
  const type = a.t ?? "n";
  let formula = false;
  let v: string | undefined;
  let inline: string | undefined;
  for (let e = nextElement(body, CELL_PARTS); e; e = nextElement(body, CELL_PARTS, e.end)) {
    if (e.tag.local === "f") formula = true;
    else if (e.tag.local === "v") v ??= e.body;
    else inline ??= e.body;
  }
  if (type === "inlineStr") return inline !== undefined ? runText(inline) : formula ? NO_VALUE : null;
  // A cached value: `<v>` with text, or (a text result) an empty `<v/>` of a `str` cell.
  if (v === undefined || (v === "" && type !== "str")) return formula ? NO_VALUE : null;
  const text = decodeXml(v);
  switch (type) {
    case "s": {
      const index = parseDecimal(text);
      const s = index !== undefined && Number.isInteger(index) ? lookups.strings()[index] : undefined;
      if (s === undefined)
        throw new PackageError(
          "damaged",
          `${lookups.part}: cell ${address(row, column)} names shared string "${text}", which the file lacks`,
        );
      return s;
    }
    case "str":
    case "e":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "d":
      return isoToSerial(text);
    default:
      // Only a number as Excel writes it (`0x149` is no number here, though JavaScript reads 329):
      // anything else stays text, which a number column reports at its cell.
      return parseDecimal(text) ?? text;
  }
}
