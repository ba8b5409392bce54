/**
 * The building blocks every annex form shares (FORMS.md section 2): header, form marker, title,
 * blank + caption fields, score tables, analysis text, signature blocks and the date line — laid on
 * a six-column grid whose widths each form chooses. Pure: it only accumulates a SheetSpec.
 */
import type { ConclusionSettings } from "../model/types";
import { formatScore, truncate2 } from "../methodology/numeric";
import { type CellStyle, type CellValue, type SheetKind, type SheetSpec } from "../sheet/spec";
import { address } from "../sheet/a1";
import {
  COMMON,
  MONTHS,
  PERIOD_YEAR,
  ROLES,
  annexHeaderLines,
  fill,
  type FormLang,
  type RoleId,
} from "./terms";

export const COLUMNS = 6;
/** Points per printed line of 11 pt Times New Roman, with leading. */
const LINE_HEIGHT = 15;
/** Score cells: the value is already truncated (I-18), so the format never rounds up. */
export const SCORE_FORMAT = "0.00";

export interface FormSheet {
  spec: SheetSpec;
  /** Cells that must hold a value for the form to be complete (checked by tests). */
  required: string[];
}

export class FormBuilder {
  readonly rows: CellValue[][] = [];
  readonly merges: string[] = [];
  readonly styles: { range: string; style: CellStyle }[] = [];
  readonly heights: Record<number, number> = {};
  readonly required: string[] = [];

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
    const perUnit = bold ? 1.0 : 1.12;
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

  build(name: string, kind: SheetKind, orientation: "portrait" | "landscape" = "portrait"): FormSheet {
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
      },
    };
    return { spec, required: this.required };
  }
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
  b.spacer();
  return row;
}

/** C3: a filled (or blank) line with its official caption in small type below. */
export function blankField(b: FormBuilder, value: string | null, caption: string, required = true): number {
  const row = b.text(value ?? "", { border: "bottom", hAlign: "center", bold: true });
  if (required) b.need(row, 1);
  b.text(caption, { hAlign: "center", size: 9, italic: true });
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

/** C6: № | criterion (B:D) | score | max; unnumbered rows span № and criterion. */
export function scoreTable(
  b: FormBuilder,
  header: readonly [string, string, string, string],
  rows: ScoreRow[],
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
  b.style(head, 1, lastRow, COLUMNS, { border: "all", wrap: true, vAlign: "middle" });
  b.style(first, 1, lastRow, 1, { hAlign: "center" });
  b.style(first, 5, lastRow, 5, { hAlign: "center", numberFormat: SCORE_FORMAT });
  b.style(first, 6, lastRow, 6, { hAlign: "center" });
  b.spacer();
}

/** A heading line, then the draft paragraphs as editable text (never images). */
export function textSection(
  b: FormBuilder,
  heading: string,
  paragraphs: readonly string[],
  bold = true,
): void {
  b.text(heading, { bold });
  for (const p of paragraphs) if (p.trim() !== "") b.text(p, { indent: 1 });
}

export interface Signer {
  role: string;
  position?: string;
  name?: string;
}

/** A signer of the form: the official role; position and name from settings when given. */
export function signer(roleId: RoleId, lang: FormLang, settings: ConclusionSettings | undefined): Signer {
  const role = ROLES[roleId][lang];
  // Printed variants of one role (e.g. annex 15's capitalised `Агенттігі`) share the settings entry.
  const base = roleId.replace(/\d+$/, "").toLowerCase();
  const match = settings?.signatories?.find((s) => {
    const r = s.role.trim().toLowerCase();
    return r === base || r === ROLES[roleId].kk.toLowerCase() || r === ROLES[roleId].ru.toLowerCase();
  });
  const result: Signer = { role };
  if (match?.position) result.position = match.position;
  if (match?.name) result.name = match.name;
  return result;
}

/** S-a / S-b: role | signature blank (D:E) | name blank (F), captions below the blanks. */
export function signatureBlock(b: FormBuilder, s: Signer): void {
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
  b.heights[cap] = 26;
  b.spacer(10);
}

/** S-c (annex 1): role + position blank; then date | signature | name blanks with captions. */
export function actSignatureBlock(b: FormBuilder, s: Signer, date: string | null): void {
  const row = b.row([s.role, null, null, s.position ?? null]);
  b.merge(row, 1, 3);
  b.merge(row, 4, COLUMNS);
  b.style(row, 1, row, 3, { wrap: true, vAlign: "bottom" });
  b.style(row, 4, row, COLUMNS, { border: "bottom", vAlign: "bottom", hAlign: "center" });
  b.heights[row] = b.lines(s.role, 1, 3) * 15 + 4;
  b.need(row, 1);
  const blanks = b.row([null, date, null, null, s.name ?? null]);
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
export function formatDate(settings: ConclusionSettings | undefined, lang: FormLang): string | null {
  const date = settings?.date?.trim();
  if (!date) return null;
  const p = dateParts(date, lang);
  const text = p ? `«${p.day}» ${p.month} ${p.year} ${COMMON.year[lang]}` : date;
  return settings?.place ? `${settings.place}, ${text}` : text;
}

/** C5: the date line, filled from settings or left as blanks to write in. */
export function dateLine(b: FormBuilder, settings: ConclusionSettings | undefined): void {
  const text = formatDate(settings, b.lang) ?? COMMON.dateBlank[b.lang];
  const row = b.row([text]);
  b.merge(row, 1, 3);
}
