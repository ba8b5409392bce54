/**
 * Working days in Kazakhstan (5-day week) for the deadlines of chapter 7 of the methodology.
 *
 * How a year's days off are built from the table in ./kz-data.ts (./README.md, "Rules"):
 *  1. H = the fixed праздничные дни in force that year (national and state holidays).
 *  2. Each h in H that falls on a Saturday or Sunday, in date order, moves to the first weekday
 *     after h that is not in H, not a non-shifting day off and not already taken by an earlier
 *     shift — so a run of holidays (Nauryz 21–23 March) shifts past the whole run
 *     (Law No. 267-II art. 5: "выходным днем является следующий после праздничного рабочий день").
 *  3. 7 January and the first day of Kurban Ait are days off where they fall, never shifted.
 *  4. The year's transfer acts: the `working` day becomes a working day, the `dayOff` a day off.
 *  5. The user's rows (workbook table opeval_Holidays) win over all of the above, day by day.
 *     They are final: a user-added holiday on a Saturday does not shift anything.
 *
 * Dates are `YYYY-MM-DD` strings at the API and integer day numbers inside (./date.ts).
 */
import {
  dayNumber,
  formatIsoDate,
  isWeekend,
  parseIsoDate,
  yearOf,
  type DayNumber,
  type IsoDate,
} from "./date";
import {
  CAVEATS,
  COVERED_YEARS,
  FIXED_HOLIDAYS,
  KURBAN_AIT,
  KURBAN_AIT_NAME,
  TRANSFERS,
  type Certainty,
  type HolidayName,
} from "./kz-data";

export type DayReason =
  | "weekday"
  | "weekend"
  | "holiday"
  | "shiftedHoliday"
  | "kurbanAit"
  | "transferDayOff"
  | "transferWorking"
  | "userDayOff"
  | "userWorking";

export interface DayStatus {
  date: IsoDate;
  working: boolean;
  reason: DayReason;
  /** The holiday (for a shift: the holiday that moved here), or the user's note. */
  name?: HolidayName;
  source?: string;
  certainty?: Certainty;
  note?: string;
}

/** One row of opeval_Holidays after validation. */
export interface DayOverride {
  date: IsoDate;
  working: boolean;
  note?: string;
}

/** The user's rows by day number; build it with `overridesFrom`. */
export type HolidayOverrides = ReadonlyMap<DayNumber, DayOverride>;

export class CalendarError extends Error {
  constructor(
    readonly code: "badDate" | "noWorkingDay",
    readonly detail: string,
  ) {
    super(`${code}: ${detail}`);
  }
}

export function overridesFrom(rows: readonly DayOverride[]): HolidayOverrides {
  const map = new Map<DayNumber, DayOverride>();
  for (const row of rows) map.set(toDay(row.date), row);
  return map;
}

function toDay(date: IsoDate): DayNumber {
  const d = parseIsoDate(date);
  if (d === undefined) throw new CalendarError("badDate", JSON.stringify(date));
  return d;
}

type BuiltIn = Omit<DayStatus, "date">;

interface YearCalendar {
  /** Weekdays that are off and weekend days that are working; every other day follows the weekend rule. */
  exceptions: Map<DayNumber, BuiltIn>;
}

const cache = new Map<number, YearCalendar>();

function inForce(h: { firstYear?: number; lastYear?: number }, year: number): boolean {
  return (
    (h.firstYear === undefined || year >= h.firstYear) && (h.lastYear === undefined || year <= h.lastYear)
  );
}

function buildYear(year: number): YearCalendar {
  const exceptions = new Map<DayNumber, BuiltIn>();
  const holidays = new Map<DayNumber, (typeof FIXED_HOLIDAYS)[number]>();
  const fixedNoShift = new Map<DayNumber, (typeof FIXED_HOLIDAYS)[number]>();
  for (const h of FIXED_HOLIDAYS) {
    if (!inForce(h, year)) continue;
    const [month, day] = h.monthDay.split("-").map(Number) as [number, number];
    (h.shifts ? holidays : fixedNoShift).set(dayNumber(year, month, day), h);
  }
  const kurban = KURBAN_AIT.find((k) => k.date.startsWith(`${year}-`));
  const noShiftDays = new Set(fixedNoShift.keys());
  if (kurban) noShiftDays.add(toDay(kurban.date));

  const base = (h: (typeof FIXED_HOLIDAYS)[number]): Partial<BuiltIn> => ({
    name: h.name,
    source: h.source,
    certainty: h.certainty,
    ...(h.note ? { note: h.note } : {}),
  });
  for (const [d, h] of holidays) {
    if (!isWeekend(d)) exceptions.set(d, { working: false, reason: "holiday", ...base(h) });
  }
  const sorted = [...holidays.keys()].sort((a, b) => a - b);
  for (const d of sorted) {
    if (!isWeekend(d)) continue;
    let target = d + 1;
    while (isWeekend(target) || holidays.has(target) || noShiftDays.has(target) || exceptions.has(target))
      target++;
    const h = holidays.get(d)!;
    exceptions.set(target, {
      working: false,
      reason: "shiftedHoliday",
      ...base(h),
      source: "Law No. 267-II art. 5",
      note: `${h.name.en} ${formatIsoDate(d)} fell on a weekend`,
    });
  }
  for (const [d, h] of fixedNoShift) {
    if (!isWeekend(d)) exceptions.set(d, { working: false, reason: "holiday", ...base(h) });
  }
  if (kurban && !isWeekend(toDay(kurban.date))) {
    exceptions.set(toDay(kurban.date), {
      working: false,
      reason: "kurbanAit",
      name: KURBAN_AIT_NAME,
      source: `Labour Code No. 414-V art. 84 p.5; date: ${kurban.source}`,
      certainty: kurban.certainty,
      ...(kurban.note ? { note: kurban.note } : {}),
    });
  }
  for (const t of TRANSFERS) {
    if (!t.working.startsWith(`${year}-`) && !t.dayOff.startsWith(`${year}-`)) continue;
    const extra = { source: t.act, certainty: t.certainty, ...(t.note ? { note: t.note } : {}) };
    if (t.working.startsWith(`${year}-`))
      exceptions.set(toDay(t.working), { working: true, reason: "transferWorking", ...extra });
    if (t.dayOff.startsWith(`${year}-`))
      exceptions.set(toDay(t.dayOff), { working: false, reason: "transferDayOff", ...extra });
  }
  return { exceptions };
}

function yearCalendar(year: number): YearCalendar {
  let y = cache.get(year);
  if (!y) {
    y = buildYear(year);
    cache.set(year, y);
  }
  return y;
}

function statusOfDay(day: DayNumber, overrides?: HolidayOverrides): BuiltIn {
  const user = overrides?.get(day);
  if (user)
    return {
      working: user.working,
      reason: user.working ? "userWorking" : "userDayOff",
      ...(user.note ? { note: user.note } : {}),
      source: "opeval_Holidays",
    };
  const builtIn = yearCalendar(yearOf(day)).exceptions.get(day);
  if (builtIn) return builtIn;
  return isWeekend(day) ? { working: false, reason: "weekend" } : { working: true, reason: "weekday" };
}

function isWorking(day: DayNumber, overrides?: HolidayOverrides): boolean {
  return statusOfDay(day, overrides).working;
}

/** Why a day is working or not, with the holiday and its source. */
export function dayStatus(date: IsoDate, overrides?: HolidayOverrides): DayStatus {
  return { date, ...statusOfDay(toDay(date), overrides) };
}

export function isWorkingDay(date: IsoDate, overrides?: HolidayOverrides): boolean {
  return isWorking(toDay(date), overrides);
}

/** More non-working days in a row than this means the user's table is wrong, not the calendar. */
const MAX_NON_WORKING_RUN = 366;

function stepWorkingDays(start: DayNumber, n: number, overrides?: HolidayOverrides): DayNumber {
  const step = n < 0 ? -1 : 1;
  let day = start;
  for (let left = Math.abs(n); left > 0; left--) {
    let run = 0;
    do {
      day += step;
      if (++run > MAX_NON_WORKING_RUN)
        throw new CalendarError("noWorkingDay", `no working day within a year of ${formatIsoDate(day)}`);
    } while (!isWorking(day, overrides));
  }
  return day;
}

/**
 * The n-th working day after `date` (before it when n < 0); `date` itself is never counted, and
 * n = 0 gives `date` back. n must be a whole number.
 */
export function addWorkingDays(date: IsoDate, n: number, overrides?: HolidayOverrides): IsoDate {
  if (!Number.isInteger(n)) throw new CalendarError("badDate", `working days must be whole, got ${n}`);
  return formatIsoDate(stepWorkingDays(toDay(date), n, overrides));
}

/**
 * Working days walked from `from` to `to`: `from` is not counted, `to` is (from < d ≤ to; when
 * to < from, minus the days to ≤ d < from). So `workdaysBetween(x, addWorkingDays(x, n)) === n`
 * for every n, and a document received on a Monday and answered on the Friday of an ordinary
 * week took 4 working days. (Excel's NETWORKDAYS counts both ends: it is this count + 1 when
 * `from` is a working day.)
 */
export function workdaysBetween(from: IsoDate, to: IsoDate, overrides?: HolidayOverrides): number {
  const a = toDay(from);
  const b = toDay(to);
  let count = 0;
  if (b >= a) {
    for (let d = a + 1; d <= b; d++) if (isWorking(d, overrides)) count++;
    return count;
  }
  for (let d = b; d < a; d++) if (isWorking(d, overrides)) count++;
  return -count;
}

/** Working days the body has to object (§102) or to report no objections (§105). */
export const OBJECTION_WORKING_DAYS = 5;
/** Calendar days the special commission has to decide (§107). */
export const COMMISSION_CALENDAR_DAYS = 15;

/**
 * The last day on which the body may send its table of objections (annex 14).
 *
 * §102: "Операциялық бағалау нәтижелері туралы қорытындыны алған күннен бастап … бес жұмыс күні
 * ішінде" — within five working days from the day the conclusion was received. The methodology
 * does not say whether the day of receipt counts; opeval follows the general rule of Kazakh law
 * on periods (Civil Code: a period counted in days begins on the day AFTER the event that starts
 * it), so the day of receipt is day 0 and the deadline is the 5th working day after it, the whole
 * of that day included. Received on a day off, the count starts at the next working day.
 * Example: received Monday 2 Nov 2026 → deadline Monday 9 Nov 2026.
 */
export function objectionDeadline(received: IsoDate, overrides?: HolidayOverrides): IsoDate {
  return addWorkingDays(received, OBJECTION_WORKING_DAYS, overrides);
}

/**
 * The last day for the special commission's decision: §107 "он бес күнтізбелік күннің ішінде"
 * (within fifteen calendar days), counted like any period in days from the day after `start`
 * (the day the objections reached the commission), so the deadline is start + 15. Calendar
 * days: holidays neither stop nor extend the count.
 */
export function commissionDeadline(start: IsoDate): IsoDate {
  return formatIsoDate(toDay(start) + COMMISSION_CALENDAR_DAYS);
}

export interface CalendarNote {
  /** The year or the period concerned. */
  from: IsoDate;
  to: IsoDate;
  note: HolidayName;
}

/**
 * What the built-in table is unsure of between `from` and `to`: years outside 2019–2026 (Kurban
 * Ait and transfers unknown) and the caveats of kz-data.ts. Shown next to any computed deadline.
 */
export function calendarNotes(from: IsoDate, to: IsoDate): CalendarNote[] {
  const a = toDay(from);
  const b = toDay(to);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  const notes: CalendarNote[] = [];
  for (let year = yearOf(lo); year <= yearOf(hi); year++) {
    if (year >= COVERED_YEARS.first && year <= COVERED_YEARS.last) continue;
    notes.push({
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      note: {
        en: `the built-in calendar covers ${COVERED_YEARS.first}–${COVERED_YEARS.last}; for ${year} only the statutory holidays are applied — add Kurban Ait and any transfer to opeval_Holidays`,
        kk: `кірістірілген күнтізбе ${COVERED_YEARS.first}–${COVERED_YEARS.last} жылдарды қамтиды; ${year} жылы тек заңдағы мерекелер қолданылды — Құрбан айт пен демалыс күндерін ауыстыруды opeval_Holidays кестесіне қосыңыз`,
        ru: `встроенный календарь охватывает ${COVERED_YEARS.first}–${COVERED_YEARS.last} гг.; для ${year} г. применены только праздники по закону — добавьте Курбан айт и переносы в opeval_Holidays`,
      },
    });
  }
  for (const c of CAVEATS) {
    if (toDay(c.from) <= hi && toDay(c.to) >= lo) notes.push({ from: c.from, to: c.to, note: c.note });
  }
  return notes;
}

/** Every day of `year` that is not as its weekday suggests (weekday off, weekend working). */
export function yearExceptions(year: number, overrides?: HolidayOverrides): DayStatus[] {
  const days = new Set<DayNumber>(yearCalendar(year).exceptions.keys());
  for (const d of overrides?.keys() ?? []) if (yearOf(d) === year) days.add(d);
  return [...days]
    .sort((a, b) => a - b)
    .map((d) => ({ date: formatIsoDate(d), ...statusOfDay(d, overrides) }))
    .filter((s) => s.working === isWeekend(toDay(s.date)));
}
