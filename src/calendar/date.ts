/**
 * Plain calendar dates as integer day numbers (days since 1970-01-01), never local-time Date
 * arithmetic: a deadline must not move by a day because the machine is in Almaty, London or UTC.
 * `Date.UTC` is used only to convert year/month/day to a day number and back.
 */

/** A calendar date as `YYYY-MM-DD`. */
export type IsoDate = string;

/** Days since 1970-01-01 (the Unix epoch), so that day + 1 is tomorrow whatever the time zone. */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
/** ISO weekday numbers as `Date.getUTCDay` gives them: Sunday 0 … Saturday 6. */
export const SATURDAY: Weekday = 6;
export const SUNDAY: Weekday = 0;

export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function ymd(day: DayNumber): YearMonthDay {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function yearOf(day: DayNumber): number {
  return ymd(day).year;
}

export function weekday(day: DayNumber): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 4) % 7) + 7) % 7) as Weekday;
}

export function isWeekend(day: DayNumber): boolean {
  const w = weekday(day);
  return w === SATURDAY || w === SUNDAY;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` → day number; undefined for anything else, including impossible dates (2023-02-29). */
export function parseIsoDate(text: string): DayNumber | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const n = dayNumber(year, month, day);
  const back = ymd(n);
  return back.year === year && back.month === month && back.day === day ? n : undefined;
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

export function formatIsoDate(day: DayNumber): IsoDate {
  const { year, month, day: d } = ymd(day);
  return `${String(year).padStart(4, "0")}-${two(month)}-${two(d)}`;
}

/** `DD.MM.YYYY`, the way dates are written on Kazakh and Russian forms. */
export function formatDotted(day: DayNumber): string {
  const { year, month, day: d } = ymd(day);
  return `${two(d)}.${two(month)}.${year}`;
}

/**
 * Excel's serial date 25569 is 1970-01-01 in the 1900 date system. Serials before 61
 * (before 1900-03-01) are off by Excel's phantom 1900-02-29 and are not dates opeval meets.
 */
export const EXCEL_EPOCH_SERIAL = 25569;

export function fromExcelSerial(serial: number): DayNumber {
  return Math.floor(serial) - EXCEL_EPOCH_SERIAL;
}

export function toExcelSerial(day: DayNumber): number {
  return day + EXCEL_EPOCH_SERIAL;
}

/**
 * A date from a workbook cell or JSON: `YYYY-MM-DD` text, `DD.MM.YYYY` text, an Excel serial
 * number, or a JS Date (exceljs gives dates as UTC midnight). Undefined when it is none of these.
 */
export function toDayNumber(value: unknown): DayNumber | undefined {
  if (typeof value === "number") {
    return Number.isFinite(value) && value >= 61 && value < 2_958_466 ? fromExcelSerial(value) : undefined;
  }
  if (value instanceof Date) {
    const t = value.getTime();
    return Number.isNaN(t) ? undefined : Math.floor(t / MS_PER_DAY);
  }
  if (typeof value === "string") {
    const iso = parseIsoDate(value);
    if (iso !== undefined) return iso;
    const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value.trim());
    if (m) return parseIsoDate(`${m[3]}-${two(Number(m[2]))}-${two(Number(m[1]))}`);
  }
  return undefined;
}
