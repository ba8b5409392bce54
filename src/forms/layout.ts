/**
 * The building blocks every annex form shares (FORMS.md section 2): header, form marker, title,
 * blank + caption fields, score tables, analysis text, signature blocks and the date line — laid on
 * a six-column grid whose widths each form chooses. Pure: it only accumulates a SheetSpec.
 */
import type { ConclusionBlock } from "../model/types";
import { formatScore, truncate2 } from "../methodology/numeric";
import { type CellStyle, type CellValue, type SheetKind, type SheetSpec } from "../sheet/spec";
import { address } from "../sheet/a1";
import { holdsOnPaper, type PrintedRelation } from "./printed-sums";
import {
  COMMON,
  MONTHS,
  NOTES,
  PERIOD_YEAR,
  ROLES,
  annexHeaderLines,
  roleKey,
  fill,
  type FormLang,
  type RoleId,
} from "./form-terms";

export const COLUMNS = 6;
/** Points per printed line of 11 pt Times New Roman, with leading. */
const LINE_HEIGHT = 15;
/** Score cells: the value is already truncated (I-18), so the format never rounds up. */
export const SCORE_FORMAT = "0.00";

/**
 * Printable height of an A4 page in points (842 or 595 less the 0.6" top and bottom margins), less a
 * margin of 10%: our row heights are estimates, and LibreOffice and Excel paginate a little
 * differently, so the manual breaks come before either would break by itself.
 */
const PAGE_HEIGHT = { portrait: Math.floor((842 - 86.4) * 0.9), landscape: Math.floor((595 - 86.4) * 0.9) };
/**
 * The whole printable height, without the margin. Every row's height is written into the sheet and
 * fit-to-width only ever shrinks, so a form whose rows add up to no more than this prints on one
 * page in Excel and LibreOffice alike, and gets no break.
 */
const FULL_PAGE_HEIGHT = { portrait: 842 - 86.4, landscape: 595 - 86.4 };
/** A page that continues a form holds at least this many printed lines (FORMS-PRINT.md). */
export const MIN_CONTINUATION_LINES = 12;
/**
 * The same rule on our estimates: a row's height over-counts its printed lines (15 pt per line and
 * padding against LibreOffice's ~12.6 pt), so the paginator aims at a third more.
 */
const CONTINUATION_TARGET = Math.ceil(MIN_CONTINUATION_LINES * 1.34);
const DEFAULT_ROW_HEIGHT = 15;

export interface FormSheet {
  spec: SheetSpec;
  /** Cells that must hold a value for the form to be complete (checked by tests). */
  required: string[];
  /** Rows that must not end a page (a title, a header, the lines kept with the signatures), for tests. */
  keptWithNext?: readonly number[];
}

export class FormBuilder {
  readonly rows: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly styles: { range: string; style: CellStyle }[] = [];
  readonly heights: Record<number, number> = {};
  readonly required: string[] = [];
  /** Rows that must not end a page: titles, headings, table headers, lines before the signatures. */
  readonly keepWithNext = new Set<number>();
  /** Tables whose header rows are repeated when the table continues on a new page. */
  readonly tables: { headFrom: number; headTo: number; last: number }[] = [];
  /**
   * A sheet with a single table repeats its header as the sheet's print titles (the application
   * repeats them on every page) rather than as copied rows: set by `printTitles`.
   */
  private titleRows: { from: number; to: number } | null = null;
  /** Rows after which a page break was placed (set by build). */
  readonly breaks: number[] = [];

  constructor(
    readonly widths: readonly number[],
    readonly lang: FormLang,
  ) {}

  /** 1-based number of the last row written. */
  get last(): number {
    return this.rows.length;
  }

  /** Appends a row; returns its number. */
  row(values: CellValue[] = [], height?: number): number {
    this.rows.push(values);
    if (height !== undefined) this.heights[this.last] = height;
    return this.last;
  }

  /** Puts a value in an existing row. */
  set(row: number, column: number, value: CellValue): void {
    const r = this.rows[row - 1]!;
    while (r.length < column) r.push(null);
    r[column - 1] = value;
  }

  range(r1: number, c1: number, r2: number = r1, c2: number = c1): string {
    return `${address(r1, c1)}:${address(r2, c2)}`;
  }

  merge(row: number, from: number, to: number, rowTo: number = row): void {
    if (from !== to || row !== rowTo) this.merges.push(this.range(row, from, rowTo, to));
  }

  style(r1: number, c1: number, r2: number, c2: number, style: CellStyle): void {
    this.styles.push({ range: this.range(r1, c1, r2, c2), style });
  }

  need(row: number, column: number): void {
    this.required.push(address(row, column));
  }

  /** Width in characters of columns `from..to`. */
  width(from: number, to: number): number {
    return this.widths.slice(from - 1, to).reduce((a, b) => a + b, 0);
  }

  /** Printed lines a text needs in columns `from..to` (paragraphs split on "\n"). */
  lines(text: string, from: number, to: number, size = 11, bold = false): number {
    // Characters per width unit of Times New Roman (Liberation Serif has the same metrics), with a
    // margin so a substitute font a little wider still fits; bold runs ~10% wider.
    // Measured on LibreOffice renders: ~1.27 characters per unit; 1.2 keeps a margin for Excel.
    const perUnit = bold ? 1.08 : 1.2;
    const perLine = Math.max(8, Math.floor((this.width(from, to) * perUnit * 11) / size));
    return text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil((p.length + 1) / perLine)), 0);
  }

  /** A text across columns `from..to`, merged and wrapped, its row tall enough for it. */
  text(value: string, style: CellStyle = {}, from = 1, to = COLUMNS): number {
    const size = style.size ?? 11;
    const row = this.row([...Array<CellValue>(from - 1).fill(null), value]);
    this.merge(row, from, to);
    this.style(row, from, row, to, { wrap: true, vAlign: "top", hAlign: "left", ...style });
    this.heights[row] =
      Math.ceil(this.lines(value, from, to, size, style.bold) * LINE_HEIGHT * (size / 11)) + 3;
    return row;
  }

  spacer(height = 8): number {
    return this.row([], height);
  }

  /** Rows `from..to` stay on one page (each but the last is kept with the next). */
  keep(from: number, to: number): void {
    for (let r = from; r < to; r++) this.keepWithNext.add(r);
  }

  /** Registers a table: header rows `headFrom..headTo`, body to `last` (repeated header on a split). */
  table(headFrom: number, headTo: number, last: number): void {
    this.tables.push({ headFrom, headTo, last });
    // A title above the table, the header and the first body row never end a page.
    this.keep(headFrom, Math.min(last, headTo + 1));
    if (headFrom > 1 && this.isText(headFrom - 1)) this.keepWithNext.add(headFrom - 1);
  }

  /**
   * The header rows `from..to` of the sheet's only table repeat as print titles on every page; the
   * paginator then copies no header rows.
   */
  printTitles(from: number, to: number): void {
    this.titleRows = { from, to };
  }

  private isText(row: number): boolean {
    return (this.rows[row - 1] ?? []).some((v) => typeof v === "string" && v.trim() !== "");
  }

  private height(row: number): number {
    return this.heights[row] ?? DEFAULT_ROW_HEIGHT;
  }

  /** Printed lines of a row (for the continuation-page rule); spacers count none. */
  private printedLines(row: number): number {
    return this.isText(row) ? Math.max(1, Math.round(this.height(row) / DEFAULT_ROW_HEIGHT)) : 0;
  }

  /** Shifts every row reference at or after `at` down by `count` (rows inserted before `at`). */
  private shiftRows(at: number, count: number): void {
    const shiftRef = (ref: string) =>
      ref.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => {
        const n = Number(row);
        return `${col}${n >= at ? n + count : n}`;
      });
    this.merges.splice(0, this.merges.length, ...this.merges.map(shiftRef));
    for (const st of this.styles) st.range = shiftRef(st.range);
    this.required.splice(0, this.required.length, ...this.required.map(shiftRef));
    const heights = Object.entries(this.heights).map(([k, v]) => [Number(k), v] as const);
    for (const [k] of heights) delete this.heights[k];
    for (const [k, v] of heights) this.heights[k >= at ? k + count : k] = v;
    const keep = [...this.keepWithNext];
    this.keepWithNext.clear();
    for (const k of keep) this.keepWithNext.add(k >= at ? k + count : k);
    for (const t of this.tables) {
      if (t.headFrom >= at) t.headFrom += count;
      if (t.headTo >= at) t.headTo += count;
      if (t.last >= at) t.last += count;
    }
  }

  /** Inserts a copy of rows `from..to` (values, heights, merges, styles) before row `at`. */
  private copyRows(from: number, to: number, at: number): void {
    const count = to - from + 1;
    const merges = this.merges.filter((m) => rowsOf(m).every((r) => r >= from && r <= to));
    const styles = this.styles.filter((st) => rowsOf(st.range).every((r) => r >= from && r <= to));
    const heights = Array.from({ length: count }, (_, i) => this.height(from + i));
    const values = this.rows.slice(from - 1, to).map((r) => [...r]);
    this.shiftRows(at, count);
    this.rows.splice(at - 1, 0, ...values);
    const move = (ref: string) =>
      ref.replace(/([A-Z]+)(\d+)/g, (_m, col: string, row: string) => `${col}${Number(row) - from + at}`);
    for (const m of merges) this.merges.push(move(m));
    for (const st of styles) this.styles.push({ range: move(st.range), style: st.style });
    heights.forEach((h, i) => (this.heights[at + i] = h));
  }

  /**
   * Places the page breaks: a page ends at the last row that may end it (never after a title, a
   * heading, a table header or the lines kept with the signatures); a table split by a break
   * repeats its header rows; the last page takes rows from the one before until it holds at least
   * MIN_CONTINUATION_LINES printed lines. Breaks are found first, the header copies made last.
   */
  paginate(orientation: "portrait" | "landscape"): void {
    const cap = PAGE_HEIGHT[orientation];
    this.breaks.length = 0;
    let whole = 0;
    for (let r = 1; r <= this.last; r++) whole += this.height(r);
    if (whole <= FULL_PAGE_HEIGHT[orientation]) return;
    // With print titles the application repeats the header: it takes a page's room, but no rows.
    const titled = this.titleRows;
    const splitAt = (end: number) =>
      titled
        ? titled.to <= end && end < this.last
          ? { headFrom: titled.from, headTo: titled.to, last: this.last }
          : undefined
        : this.tables.find((t) => end >= t.headTo && end < t.last);
    const headerHeight = (t: { headFrom: number; headTo: number } | undefined) => {
      let h = 0;
      if (t) for (let r = t.headFrom; r <= t.headTo; r++) h += this.height(r);
      return h;
    };
    const headerLines = (t: { headFrom: number; headTo: number } | undefined) => {
      let n = 0;
      if (t) for (let r = t.headFrom; r <= t.headTo; r++) n += this.printedLines(r);
      return n;
    };
    const ends: number[] = [];
    let start = 1;
    let used = 0;
    for (let r = 1; r <= this.last; r++) {
      if (used + this.height(r) > cap && r > start) {
        let end = r - 1;
        while (end >= start && this.keepWithNext.has(end)) end--;
        if (end < start) end = r - 1;
        ends.push(end);
        start = end + 1;
        used = headerHeight(splitAt(end));
        r = start - 1;
        continue;
      }
      used += this.height(r);
    }
    // The last page: rows move to it from the page before until it holds enough lines.
    const lastEnd = ends[ends.length - 1];
    if (lastEnd !== undefined) {
      const previous = ends[ends.length - 2] ?? 0;
      const tailLines = (end: number) => {
        let n = headerLines(splitAt(end));
        for (let r = end + 1; r <= this.last; r++) n += this.printedLines(r);
        return n;
      };
      const tailHeight = (end: number) => {
        let h = headerHeight(splitAt(end));
        for (let r = end + 1; r <= this.last; r++) h += this.height(r);
        return h;
      };
      let end = lastEnd;
      while (tailLines(end) < CONTINUATION_TARGET) {
        let candidate = end - 1;
        while (candidate > previous && this.keepWithNext.has(candidate)) candidate--;
        if (candidate <= previous || tailHeight(candidate) > cap) break;
        end = candidate;
      }
      ends[ends.length - 1] = end;
    }
    // Header copies, last break first so earlier row numbers stay valid; then the final numbers.
    const splits = titled ? ends.map(() => undefined) : ends.map(splitAt);
    for (let i = ends.length - 1; i >= 0; i--) {
      const t = splits[i];
      if (t) this.copyRows(t.headFrom, t.headTo, ends[i]! + 1);
    }
    let inserted = 0;
    ends.forEach((end, i) => {
      this.breaks.push(end + inserted);
      const t = splits[i];
      if (t) inserted += t.headTo - t.headFrom + 1;
    });
  }

  build(name: string, kind: SheetKind, orientation: "portrait" | "landscape" = "portrait"): FormSheet {
    this.paginate(orientation);
    const spec: SheetSpec = {
      name,
      kind,
      rows: this.rows,
      columnWidths: [...this.widths],
      rowHeights: this.heights,
      merges: this.merges,
      styles: [
        { range: this.range(1, 1, Math.max(1, this.last), COLUMNS), style: { size: 11, vAlign: "top" } },
        ...this.styles,
      ],
      print: {
        orientation,
        paper: "A4",
        fitToWidth: true,
        margins: { left: 0.9, right: 0.5, top: 0.6, bottom: 0.6 },
        printArea: this.range(1, 1, Math.max(1, this.last), COLUMNS),
        ...(this.titleRows ? { printTitleRows: `${this.titleRows.from}:${this.titleRows.to}` } : {}),
        ...(this.breaks.length ? { rowBreaks: [...this.breaks] } : {}),
      },
    };
    return { spec, required: this.required, keptWithNext: [...this.keepWithNext].sort((a, b) => a - b) };
  }
}

/** The rows an A1 range or address covers ("A3:F5" → 3, 4, 5). */
function rowsOf(range: string): number[] {
  const rows = [...range.matchAll(/[A-Z]+(\d+)/g)].map((m) => Number(m[1]));
  const [a = 0, b = a] = rows;
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/** C1 + C2: the annex header (top right) and the form marker. */
export function annexHeader(b: FormBuilder, annex: number, from = 4): void {
  const lines = annexHeaderLines(annex, b.lang);
  const row = b.row([...Array<CellValue>(from - 1).fill(null), lines.join("\n")], lines.length * 13 + 4);
  b.merge(row, from, COLUMNS);
  b.style(row, from, row, COLUMNS, { hAlign: "right", wrap: true, size: 10 });
  const marker = b.row([...Array<CellValue>(from - 1).fill(null), COMMON.form[b.lang]]);
  b.merge(marker, from, COLUMNS);
  b.style(marker, from, marker, COLUMNS, { hAlign: "right", size: 10 });
  b.spacer();
}

export function title(b: FormBuilder, text: string): number {
  const row = b.text(text, { bold: true, hAlign: "center", size: 12 });
  b.need(row, 1);
  b.keep(row, b.spacer() + 1);
  return row;
}

/** C3: a filled (or blank) line with its official caption in small type below. */
export function blankField(b: FormBuilder, value: string | null, caption: string, required = true): number {
  const row = b.text(value ?? "", { border: "bottom", hAlign: "center", bold: true });
  if (required) b.need(row, 1);
  b.keep(row, b.text(caption, { hAlign: "center", size: 9, italic: true }));
  return row;
}

/** The reporting period as printed: a bare year gets the word "year". */
export function periodText(period: string | undefined, lang: FormLang): string | null {
  if (period === undefined || period.trim() === "") return null;
  return /^\d{4}$/.test(period.trim()) ? fill(PERIOD_YEAR[lang], { year: period.trim() }) : period;
}

/** A score as stored: truncated to two decimals (I-18), shown with SCORE_FORMAT. */
export function scoreValue(value: number | undefined | null): number | string {
  return value === undefined || value === null || Number.isNaN(value)
    ? COMMON.notAssessed.kk
    : truncate2(value);
}

/** A score inside text: two decimals truncated (I-18), decimal comma as the forms print it. */
export function scoreText(value: number): string {
  return formatScore(value).replace(".", ",");
}

/** A printed constant of the methodology (weights, bounds): decimal comma, no trailing zeros. */
export function printed(n: number): string {
  return String(Number(n.toFixed(4))).replace(".", ",");
}

export interface ScoreRow {
  no: string | null;
  label: string;
  score: number | string;
  max: number | string;
}

/**
 * The truncation note under a table (I-18), as the forms' own «Ескертпе:» footnotes are printed:
 * only where one of the form's printed relations does not add up on paper. Returns its last row,
 * or null when every relation holds.
 */
export function truncationNote(b: FormBuilder, relations: readonly PrintedRelation[]): number | null {
  if (relations.every(holdsOnPaper)) return null;
  b.text(NOTES.heading[b.lang], { size: 10 });
  return b.text(NOTES.truncated[b.lang], { size: 10 });
}

/**
 * C6: № | criterion (B:D) | score | max; unnumbered rows span № and criterion. `relations` are the
 * form's printed relations: the truncation note follows the table where one does not hold.
 */
export function scoreTable(
  b: FormBuilder,
  header: readonly [string, string, string, string],
  rows: ScoreRow[],
  relations: readonly PrintedRelation[] = [],
): void {
  const head = b.row([header[0], header[1], null, null, header[2], header[3]]);
  b.merge(head, 2, 4);
  b.style(head, 1, head, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle", wrap: true });
  b.heights[head] =
    Math.max(
      b.lines(header[1], 2, 4, 11, true),
      b.lines(header[3], 6, 6, 11, true),
      b.lines(header[2], 5, 5, 11, true),
    ) *
      15 +
    4;
  const first = b.last + 1;
  for (const r of rows) {
    const n =
      r.no === null
        ? b.row([r.label, null, null, null, r.score, r.max])
        : b.row([r.no, r.label, null, null, r.score, r.max]);
    if (r.no === null) b.merge(n, 1, 4);
    else b.merge(n, 2, 4);
    b.heights[n] = b.lines(r.label, r.no === null ? 1 : 2, 4, 11, r.no === null) * 15 + 4;
    b.need(n, 5);
    b.need(n, 6);
    if (r.no === null) b.style(n, 1, n, 4, { bold: true });
  }
  const lastRow = b.last;
  // A score table is short: it stays whole on one page, after its header.
  b.table(head, head, lastRow);
  b.keep(head, lastRow);
  b.style(head, 1, lastRow, COLUMNS, { border: "all", wrap: true, vAlign: "middle" });
  b.style(first, 1, lastRow, 1, { hAlign: "center" });
  b.style(first, 5, lastRow, 5, { hAlign: "center", numberFormat: SCORE_FORMAT });
  b.style(first, 6, lastRow, 6, { hAlign: "center" });
  const note = truncationNote(b, relations);
  if (note !== null) b.keep(lastRow, note);
  b.spacer();
}

/** A heading line, then the draft paragraphs as editable text (never images). */
export function textSection(
  b: FormBuilder,
  heading: string,
  paragraphs: readonly string[],
  bold = true,
): void {
  b.keepWithNext.add(b.text(heading, { bold }));
  for (const p of paragraphs) if (p.trim() !== "") b.text(p, { indent: 1 });
}

export interface Signer {
  role: string;
  position?: string;
  name?: string;
}

/** A signer of the form: the official role; position and name from settings when given. */
export function signer(roleId: RoleId, lang: FormLang, settings: ConclusionBlock | undefined): Signer {
  const role = ROLES[roleId][lang];
  const wanted = roleKey(roleId);
  const match = settings?.signatories?.find((s) => roleKey(s.role) === wanted);
  const result: Signer = { role };
  if (match?.position) result.position = match.position;
  if (match?.name) result.name = match.name;
  return result;
}

/**
 * S-a / S-b: role | signature blank (D:E) | name blank (F), captions below the blanks. `compact`
 * (annex 14, landscape) sizes the caption line to its one line and leaves no space after it.
 */
export function signatureBlock(b: FormBuilder, s: Signer, compact = false): void {
  const role = s.position ? `${s.role}\n${s.position}` : s.role;
  const row = b.row([role, null, null, null, null, s.name ?? null]);
  b.merge(row, 1, 3);
  b.merge(row, 4, 5);
  b.style(row, 1, row, 3, { wrap: true, vAlign: "bottom" });
  b.style(row, 4, row, COLUMNS, { border: "bottom", hAlign: "center", vAlign: "bottom" });
  b.heights[row] = b.lines(role, 1, 3) * 15 + 4;
  b.need(row, 1);
  const cap = b.row([null, null, null, COMMON.signature[b.lang], null, COMMON.signatureTranscript[b.lang]]);
  b.merge(cap, 4, 5);
  b.style(cap, 4, cap, COLUMNS, { hAlign: "center", vAlign: "top", size: 9, italic: true, wrap: true });
  b.heights[cap] = compact ? 15 : 26;
  if (!compact) b.spacer(10);
}

/**
 * S-c (annex 1): role + position blank; then date | signature | name blanks with captions. The date
 * blank stays empty: each signer dates the act by hand (FORMS.md 3, A2).
 */
export function actSignatureBlock(b: FormBuilder, s: Signer): void {
  const row = b.row([s.role, null, null, s.position ?? null]);
  b.merge(row, 1, 3);
  b.merge(row, 4, COLUMNS);
  b.style(row, 1, row, 3, { wrap: true, vAlign: "bottom" });
  b.style(row, 4, row, COLUMNS, { border: "bottom", vAlign: "bottom", hAlign: "center" });
  b.heights[row] = b.lines(s.role, 1, 3) * 15 + 4;
  b.need(row, 1);
  const blanks = b.row([null, null, null, null, s.name ?? null]);
  b.merge(blanks, 3, 4);
  b.merge(blanks, 5, COLUMNS);
  b.style(blanks, 2, blanks, COLUMNS, { border: "bottom", hAlign: "center" });
  b.heights[blanks] = 22;
  const cap = b.row([
    null,
    COMMON.date[b.lang],
    COMMON.signature[b.lang],
    null,
    COMMON.signatureTranscript[b.lang],
  ]);
  b.merge(cap, 3, 4);
  b.merge(cap, 5, COLUMNS);
  b.style(cap, 2, cap, COLUMNS, { hAlign: "center", size: 9, italic: true });
  b.spacer(10);
}

/** `YYYY-MM-DD` or `DD.MM.YYYY` → parts; anything else is printed as given. */
function dateParts(date: string, lang: FormLang): { day: string; month: string; year: string } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(date.trim());
  const [year, month, day] = iso
    ? [iso[1]!, iso[2]!, iso[3]!]
    : dotted
      ? [dotted[3]!, dotted[2]!, dotted[1]!]
      : [];
  const name = month === undefined ? undefined : MONTHS[lang][Number(month) - 1];
  if (!name || year === undefined || day === undefined) return null;
  return { day: String(Number(day)), month: name, year };
}

/** The signing date as printed in the date line or the act's date blank. */
export function formatDate(settings: ConclusionBlock | undefined, lang: FormLang): string | null {
  const date = settings?.date?.trim();
  if (!date) return null;
  const p = dateParts(date, lang);
  const text = p ? `«${p.day}» ${p.month} ${p.year} ${COMMON.year[lang]}` : date;
  return settings?.place ? `${settings.place}, ${text}` : text;
}

/** C5: the date line, filled from settings or left as blanks to write in. */
export function dateLine(b: FormBuilder, settings: ConclusionBlock | undefined): void {
  const text = formatDate(settings, b.lang) ?? COMMON.dateBlank[b.lang];
  const row = b.row([text]);
  b.merge(row, 1, 3);
}
