/**
 * A sheet as plain data: what every generated sheet (input template, annex forms, reference
 * annexes, ranking) is before a writer puts it into a workbook. Both writers — exceljs for the CLI
 * (src/xlsx/) and Office.js for the task pane (src/excel/) — take exactly this, so a form is built
 * once and written anywhere.
 *
 * Addresses are A1-style; rows and columns are 1-based where numbers are used.
 */

/** A cell value. Strings are ALWAYS written as text: a name like `=HYPERLINK(…)` never becomes a formula. */
export type CellValue = string | number | boolean | null;

export type HorizontalAlign = "left" | "center" | "right";
export type VerticalAlign = "top" | "middle" | "bottom";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Font size in points. */
  size?: number;
  /** Font family; writers default to one that carries every Kazakh letter (see DEFAULT_FONT). */
  font?: string;
  /** Font colour, `#RRGGBB`. */
  color?: string;
  /** Fill colour, `#RRGGBB`. */
  fill?: string;
  hAlign?: HorizontalAlign;
  vAlign?: VerticalAlign;
  wrap?: boolean;
  /** Thin borders on every edge of every cell of the range (`all`), or around the range only (`outline`). */
  border?: "all" | "outline" | "bottom";
  /** Excel number format, e.g. `0.00`, `@` (text), `dd.mm.yyyy`. Applied before values. */
  numberFormat?: string;
  indent?: number;
  /** Cells the analyst is expected to fill: unlocked and shaded as input. */
  input?: boolean;
}

/** A style applied to a whole range (never cell by cell: Excel on the web charges per call). */
export interface RangeStyle {
  range: string;
  style: CellStyle;
}

export type ValidationRule =
  | { type: "list"; values: readonly string[] }
  | { type: "whole"; min: number; max?: number }
  | { type: "decimal"; min: number; max?: number }
  | { type: "date" };

export interface DataValidation {
  range: string;
  rule: ValidationRule;
  /** Shown when the analyst enters something else (already in the sheet's language). */
  errorMessage?: string;
  /** Shown when the cell is selected. */
  prompt?: string;
  /** Allow blanks (default true). */
  allowBlank?: boolean;
}

/** An Excel table (ListObject) over `range`, whose first row is the header row. */
export interface TableSpec {
  name: string;
  range: string;
  style?: string;
}

export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  /** Fit to one page wide (any number of pages tall). */
  fitToWidth: boolean;
  /** Margins in inches. */
  margins?: { left: number; right: number; top: number; bottom: number };
  /** Rows repeated at the top of every printed page, e.g. `1:3`. */
  printTitleRows?: string;
  /** Manual page breaks: a new page starts after each of these rows (1-based). */
  rowBreaks?: readonly number[];
  printArea?: string;
}

/** Formulas are only ever written where opeval itself put them (e.g. the live formulas sheet). */
export interface FormulaCell {
  address: string;
  formula: string;
  /** The value the formula gives, cached in the file so it shows before the add-in computes it. */
  result?: CellValue;
}

export type SheetKind =
  "template" | "instructions" | "form" | "reference" | "ranking" | "calculation" | "log";

export interface SheetSpec {
  /** ≤ 31 characters, none of `/ \ ? * : [ ]`; writers make it unique without touching existing sheets. */
  name: string;
  kind: SheetKind;
  /** Values from A1, row by row. Ragged rows are fine; `null` leaves a cell empty. */
  rows: CellValue[][];
  formulas?: FormulaCell[];
  /** Column widths in characters, from column A. */
  columnWidths?: number[];
  /** Row heights in points, by 1-based row number. */
  rowHeights?: Record<number, number>;
  merges?: string[];
  styles?: RangeStyle[];
  tables?: TableSpec[];
  validations?: DataValidation[];
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  /** Hidden rows (1-based), e.g. the language-neutral key row of a template table. */
  hiddenRows?: number[];
  tabColor?: string;
}

/** A font with every Kazakh letter (ә ғ қ ң ө ұ ү һ і) on Windows, macOS and LibreOffice. */
export const DEFAULT_FONT = "Times New Roman";

/**
 * What makes a sheet more than a document, if anything: formulas, tables or data validations. The
 * annex forms have none; the input template, the Calculation sheet and the objections log do.
 * Document sheets can go through opeval's own .xlsx writer and Excel's file import.
 */
export function nonDocumentFeature(spec: SheetSpec): "formulas" | "tables" | "validations" | undefined {
  if (spec.formulas?.length) return "formulas";
  if (spec.tables?.length) return "tables";
  if (spec.validations?.length) return "validations";
  return undefined;
}
