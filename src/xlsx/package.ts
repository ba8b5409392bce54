/**
 * A small reader of the .xlsx package for the CLI's input workbooks: the ZIP container, the
 * workbook, its sheets' existing cells, tables, shared strings, number formats and merged cells.
 *
 * Why not exceljs here: it materialises every row of a table's range (a hostile `A3:C99999999`
 * exhausts memory), copies a merge's value into every merged cell (silently wrong figures) and
 * fails on absolute part names (files re-saved by openpyxl). This reader never iterates a range's
 * rectangle: it walks the cells that exist in the XML and keeps only those inside a table. Every
 * size it accepts is bounded (see LIMITS and docs/FORMAT.md). The file is only read.
 */
import { inflateRawSync } from "node:zlib";
import { isDateFormat } from "../model/tables";
import { A1Error, MAX_COLUMNS, MAX_ROWS, address, parseRange, type Bounds } from "../sheet/a1";
import { attributes, BUILTIN_FORMATS, decodeXml, isBuiltinDateFormat } from "../sheet/xml-scan";
import {
  readZip,
  resolvePart,
  storedBytes,
  zipDirectory,
  type ZipEntry,
  type ZipProblem,
} from "../sheet/zip-directory";

export { decodeXml, resolvePart };

/** Bounds on what a workbook may hold; each has its own message (docs/FORMAT.md, "Limits"). */
export const XLSX_LIMITS = {
  /** Bytes of one uncompressed part (a sheet's XML, the shared strings). */
  partBytes: 256 * 1024 * 1024,
  /** Columns of one opeval table (the widest has 12, the rest is room for the analyst's notes). */
  tableColumns: 100,
  /** Characters of one cell (Excel's own limit). */
  cellCharacters: 32_767,
} as const;

/** Why a package could not be read at all. */
export class PackageError extends Error {
  constructor(
    readonly reason: "notZip" | "encrypted" | "partTooLarge" | "damaged",
    detail: string,
  ) {
    super(detail);
    this.name = "PackageError";
  }
}

// ---------------------------------------------------------------------------------------------
// ZIP

/** What the ZIP reader found wrong, in this reader's terms. */
const ZIP_PROBLEMS: Record<ZipProblem, (part?: string) => PackageError> = {
  notZip: () => new PackageError("notZip", "not a ZIP package"),
  noDirectory: () => new PackageError("damaged", "no ZIP central directory"),
  badDirectory: () => new PackageError("damaged", "bad ZIP central directory"),
  encrypted: (part) => new PackageError("encrypted", `${part} is encrypted`),
  badLocalHeader: (part) => new PackageError("damaged", `bad local header of ${part}`),
};

const zipRead = <T>(read: () => T): T => readZip(read, ZIP_PROBLEMS);

/** The entries of a ZIP archive, by lower-case name (OPC part names are case-insensitive). */
function zipEntries(buf: Buffer): Map<string, ZipEntry> {
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1)
    throw new PackageError("encrypted", "an OLE compound file (encrypted workbook or old .xls)");
  return zipRead(() => zipDirectory(buf));
}

function inflate(buf: Buffer, entry: ZipEntry): Buffer {
  const stored = zipRead(() => storedBytes(buf, entry));
  const data = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  if (entry.method === 0) {
    if (data.length > XLSX_LIMITS.partBytes) throw new PackageError("partTooLarge", entry.name);
    return data;
  }
  if (entry.method !== 8) throw new PackageError("damaged", `${entry.name}: compression ${entry.method}`);
  try {
    return inflateRawSync(data, { maxOutputLength: XLSX_LIMITS.partBytes });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
      throw new PackageError("partTooLarge", entry.name);
    throw new PackageError("damaged", `${entry.name} cannot be decompressed`);
  }
}

// ---------------------------------------------------------------------------------------------
// XML (the few constructs SpreadsheetML parts use; no DTDs, no entities beyond the predefined)

/** Every start (or empty) tag of a local name, e.g. all `<sheet …/>` of workbook.xml. */
function tags(xml: string, local: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${local}(?=[\\s/>])([^>]*)>`, "g");
  return [...xml.matchAll(re)].map((m) => attributes(m[1]!));
}

/** Text of `<t>` elements in an `<si>`/`<is>` fragment, phonetic runs left out. */
function runText(fragment: string): string {
  const bare = fragment.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, "");
  let text = "";
  for (const m of bare.matchAll(/<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g))
    text += decodeXml(m[1] ?? "");
  return text;
}

// ---------------------------------------------------------------------------------------------
// The package

function relsPath(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export class XlsxPackage {
  private readonly entries: Map<string, ZipEntry>;

  constructor(private readonly buf: Buffer) {
    this.entries = zipEntries(buf);
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  text(part: string): string | undefined {
    const entry = this.entries.get(part.toLowerCase());
    return entry ? inflate(this.buf, entry).toString("utf8") : undefined;
  }

  /** Relationship id → part name (targets resolved, absolute or relative). */
  relationships(part: string): Map<string, { target: string; type: string }> {
    const out = new Map<string, { target: string; type: string }>();
    const xml = this.text(relsPath(part));
    if (!xml) return out;
    for (const r of tags(xml, "Relationship")) {
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
  /** Sheet rows inside the table that are hidden. */
  hiddenRows: number[];
  /** Cells holding more than XLSX_LIMITS.cellCharacters characters (A1 addresses). */
  longCells: string[];
  /** Cells holding an error value (`t="e"`), as `"rowOffset,columnOffset"`. */
  errors: Set<string>;
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
  if (workbookXml === undefined) throw new PackageError("damaged", "no workbook part");
  const date1904 = tags(workbookXml, "workbookPr").some((a) => a.date1904 === "1" || a.date1904 === "true");
  const rels = pkg.relationships(workbookPart);

  let sharedStrings: string[] | undefined;
  const strings = (): string[] => {
    if (sharedStrings) return sharedStrings;
    sharedStrings = [];
    for (const r of rels.values())
      if (/\/sharedStrings$/.test(r.type)) {
        const xml = pkg.text(r.target) ?? "";
        for (const m of xml.matchAll(/<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g))
          sharedStrings.push(runText(m[1] ?? ""));
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
        for (const f of tags(xml, "numFmt")) custom.set(Number(f.numFmtId), f.formatCode ?? "");
        const xfs = /<(?:[\w.-]+:)?cellXfs\b[\s\S]*?<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[0] ?? "";
        for (const xf of tags(xfs, "xf")) {
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
  for (const s of tags(workbookXml, "sheet")) {
    const rel = s.id === undefined ? undefined : rels.get(s.id);
    if (!rel || !SHEET_REL.test(rel.type) || !pkg.has(rel.target)) continue; // chart sheets, dialogs
    const state = s.state === "hidden" || s.state === "veryHidden" ? s.state : "visible";
    const sheet: SheetInfo = { name: s.name ?? "", state, part: rel.target };
    sheets.push(sheet);
    const sheetRels = pkg.relationships(rel.target);
    for (const t of sheetRels.values()) {
      if (!TABLE_REL.test(t.type)) continue;
      const xml = pkg.text(t.target);
      if (!xml) continue;
      const a = tags(xml, "table")[0];
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
    readSheet(
      pkg.text(sheet.part) ?? "",
      tables.filter((t) => t.sheet === sheet && t.bounds),
      {
        strings,
        formats,
        date1904,
      },
    );
  return { sheets, tables, read };
}

interface Lookups {
  strings: () => string[];
  formats: () => (string | null)[];
  date1904: boolean;
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

const CELL = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*?)(\/?)>|<\/(?:[\w.-]+:)?sheetData>/g;

/**
 * The cells of `tables` on one sheet. Walks the `<row>` and `<c>` elements that exist; a cell
 * outside every table is skipped without being decoded.
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
  }));
  content.tables = byTable;
  for (const m of tags(xml, "mergeCell")) {
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
  let hidden = false;
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m; m = CELL.exec(xml)) {
    if (m[1] === undefined) break; // </sheetData>
    const attrText = m[2]!;
    if (m[1] === "row") {
      const r = /\br="(\d+)"/.exec(attrText);
      row = r ? Number(r[1]) : row + 1;
      column = 0;
      hidden = /\bhidden="(1|true)"/.test(attrText);
      if (row > bottom) break; // rows are in order: nothing further can be in a table
      if (hidden && row >= top)
        for (const t of byTable) {
          const b = t.table.bounds!;
          if (row > b.top && row <= b.bottom) t.hiddenRows.push(row);
        }
      continue;
    }
    // A cell: its address, or the next column when `r` is left out.
    const r = /\br="\$?([A-Za-z]{1,3})\$?(\d+)"/.exec(attrText);
    if (r) {
      column = decodeColumn(r[1]!);
      row = Number(r[2]);
    } else column++;
    let body = "";
    if (m[3] !== "/") {
      // The cell's content runs to its own closing tag (inner elements: f, v, is, t, r, rPh).
      const found = findCellEnd(xml, CELL.lastIndex);
      body = xml.slice(CELL.lastIndex, found.start);
      CELL.lastIndex = found.end;
    }
    if (row < top || row > bottom || column > MAX_COLUMNS || row > MAX_ROWS) continue;
    for (const t of byTable) {
      const b = t.table.bounds!;
      const lastRow = b.bottom - t.table.totalsRows;
      if (row < b.top || row > lastRow || column < b.left || column > b.right) continue;
      const value = cellValue(attrText, body, lookups);
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
      const s = /\bs="(\d+)"/.exec(attrText);
      const format = s ? (lookups.formats()[Number(s[1])] ?? null) : null;
      // A date of a 1904-based workbook as the 1900 system's serial (what the rest of opeval reads).
      values[column - b.left] =
        lookups.date1904 && typeof value === "number" && isDateFormat(format) ? value + 1462 : value;
      formats[column - b.left] = format;
      if (/\bt="e"/.test(attrText)) t.errors.add(`${offset},${column - b.left}`);
    }
  }
  return content;
}

/** Where a non-empty `<c>` element's content ends: the start and end of its `</c>`. */
function findCellEnd(xml: string, from: number): { start: number; end: number } {
  const close = /<\/(?:[\w.-]+:)?c>/g;
  close.lastIndex = from;
  const m = close.exec(xml);
  if (!m) return { start: xml.length, end: xml.length };
  return { start: m.index, end: m.index + m[0].length };
}

function cellValue(attrText: string, body: string, lookups: Lookups): PlainCell {
  const type = /\bt="(\w+)"/.exec(attrText)?.[1] ?? "n";
  if (type === "inlineStr") {
    const is = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/.exec(body);
    return is ? runText(is[1]!) : null;
  }
  const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(body);
  if (!v) return type === "str" && /<(?:[\w.-]+:)?v\s*\/>/.test(body) ? "" : null;
  const text = decodeXml(v[1]!);
  switch (type) {
    case "s": {
      const s = lookups.strings()[Number(text)];
      return s === undefined ? null : s;
    }
    case "str":
      return text;
    case "e":
      return text;
    case "b":
      return text === "1" || text === "true";
    case "d":
      return isoToSerial(text);
    default: {
      const n = Number(text);
      return text.trim() === "" || !Number.isFinite(n) ? text : n;
    }
  }
}
