/**
 * OPEVAL.* date functions of the objections procedure (chapter 7), thin wrappers over
 * src/calendar: Excel passes dates as serial numbers (or text), the calendar counts, the result
 * goes back as a serial number (format the cell as a date). The holidays argument is the
 * opeval_Holidays table (date | working/non-working | note) or a plain list of extra days off.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes cell values of any kind; they are read below. */
import {
  CalendarError,
  commissionDeadline,
  objectionDeadline,
  overridesFrom,
  workdaysBetween,
  type DayOverride,
  type HolidayOverrides,
} from "../src/calendar/calendar";
import { formatIsoDate, parseIsoDate, toDayNumber, toExcelSerial, type IsoDate } from "../src/calendar/date";
import { describeValue } from "../src/model/problem-text";
import { DAY_KIND_WORDS } from "../src/calendar/day-kinds";
import { isBlank, single } from "./lib/cells";
import { guard, invalid, notAvailable } from "./lib/function-errors";

function dateArg(field: string, raw: unknown): IsoDate {
  const value = single(raw);
  if (isBlank(value)) throw notAvailable("missingField", { field });
  const day = toDayNumber(value);
  if (day === undefined) throw invalid("expectedDate", { field, got: describeValue(value) });
  return formatIsoDate(day);
}

function serial(date: IsoDate): number {
  return toExcelSerial(parseIsoDate(date)!);
}

function dayKind(field: string, value: unknown): boolean {
  if (typeof value === "boolean") return value; // TRUE = working day
  if (typeof value === "string") {
    const word = value
      .toLowerCase()
      .replace(/[\s.\-_]+/g, " ")
      .trim();
    if (DAY_KIND_WORDS.working.includes(word)) return true;
    if (DAY_KIND_WORDS.nonWorking.includes(word)) return false;
  }
  throw invalid("expectedDayKind", { field, got: describeValue(value) });
}

/**
 * The holidays range, row by row: one column = days off; two or more = date and working /
 * non-working (a third column, the note, is ignored). Blank rows are skipped, and so is a first
 * row whose date cell is text that is not a date (the table's header row).
 */
export function holidaysArg(raw: unknown): HolidayOverrides | undefined {
  if (raw === undefined || raw === null) return undefined;
  const rows: unknown[][] = Array.isArray(raw)
    ? raw.map((r: unknown) => (Array.isArray(r) ? r : [r]))
    : [[raw]];
  const days: DayOverride[] = [];
  rows.forEach((row, i) => {
    const [date, kind] = row;
    if (isBlank(date) && isBlank(kind)) return;
    const field = `holidays[${i + 1}]`;
    const day = toDayNumber(date);
    if (day === undefined) {
      if (i === 0 && typeof date === "string") return;
      throw invalid("expectedDate", { field, got: describeValue(date) });
    }
    const working = row.length < 2 ? false : isBlank(kind) ? false : dayKind(field, kind);
    days.push({ date: formatIsoDate(day), working });
  });
  return days.length ? overridesFrom(days) : undefined;
}

function calendarGuard<T>(body: () => T): T {
  return guard(() => {
    try {
      return body();
    } catch (e) {
      if (e instanceof CalendarError) throw invalid("noWorkingDay", { date: e.detail });
      throw e;
    }
  });
}

/**
 * Last day to send objections to a conclusion (§102, §104): the 5th working day after the day the
 * conclusion was received (that day itself is not counted), with Kazakhstan's holidays.
 * @customfunction OBJECTION_DEADLINE
 * @helpurl https://localhost:3000/help/en/OBJECTION_DEADLINE.html
 * @param received The day the body received the conclusion.
 * @param [holidays] Days that differ from the built-in calendar: the opeval_Holidays table (date, working/non-working) or a list of extra days off.
 * @returns The deadline as a date.
 */
export function OBJECTION_DEADLINE(received: any, holidays?: any[][]): number {
  return calendarGuard(() => serial(objectionDeadline(dateArg("received", received), holidaysArg(holidays))));
}

/**
 * Last day of the special commission's decision (§107): 15 calendar days after the objections arrived.
 * @customfunction COMMISSION_DEADLINE
 * @helpurl https://localhost:3000/help/en/COMMISSION_DEADLINE.html
 * @param start The day the objections reached the authorised body.
 * @returns The deadline as a date.
 */
export function COMMISSION_DEADLINE(start: any): number {
  return calendarGuard(() => serial(commissionDeadline(dateArg("start", start))));
}

/**
 * Working days from one date to another: the first day is not counted, the last is (so
 * WORKDAYS(received, OBJECTION_DEADLINE(received)) = 5); negative when `to` is earlier.
 * @customfunction WORKDAYS
 * @helpurl https://localhost:3000/help/en/WORKDAYS.html
 * @param from Start date (not counted).
 * @param to End date (counted).
 * @param [holidays] Days that differ from the built-in calendar: the opeval_Holidays table (date, working/non-working) or a list of extra days off.
 * @returns Number of working days.
 */
export function WORKDAYS(from: any, to: any, holidays?: any[][]): number {
  return calendarGuard(() =>
    workdaysBetween(dateArg("from", from), dateArg("to", to), holidaysArg(holidays)),
  );
}
