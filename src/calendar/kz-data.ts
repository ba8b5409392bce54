/**
 * Kazakhstan's days off, 2019–2026, as DATA (one row per fact, with its source and certainty),
 * transcribed from the acts and statements each row cites. The rules that turn these rows into a calendar
 * live in ./calendar.ts; a change of law is a new row here (or a row of the workbook's
 * opeval_Holidays table), never a new branch in code.
 *
 * Certainty tags: "V" verified in a cited statement or act; "V-lib" stated
 * only by reference libraries citing the act; "U" uncertain (the reason is in `note`).
 *
 * Regime: the 5-day week (Mon–Fri). Transfers apply to that regime only (./README.md).
 */
import type { IsoDate } from "./date";

export type Certainty = "V" | "V-lib" | "U";

export interface HolidayName {
  en: string;
  kk: string;
  ru: string;
}

/**
 * A fixed-date day off. `shifts`: a праздничный день (national or state holiday, Law No. 267-II
 * art. 5), moved to the next working day after the whole run of holidays when it falls on a
 * weekend. 7 January is a day off under the Labour Code art. 84 p.5 but not a праздничный день,
 * so it never shifts (./README.md, rule 2).
 */
export interface FixedHoliday {
  /** `MM-DD`. */
  monthDay: string;
  name: HolidayName;
  shifts: boolean;
  /** First and last year it is a day off (inclusive); absent = before 2019 / still in force. */
  firstYear?: number;
  lastYear?: number;
  source: string;
  certainty: Certainty;
  note?: string;
}

const NEW_YEAR: HolidayName = { en: "New Year", kk: "Жаңа жыл", ru: "Новый год" };
const NAURYZ: HolidayName = { en: "Nauryz", kk: "Наурыз мейрамы", ru: "Наурыз мейрамы" };
const CONSTITUTION: HolidayName = { en: "Constitution Day", kk: "Конституция күні", ru: "День Конституции" };
const INDEPENDENCE: HolidayName = {
  en: "Independence Day",
  kk: "Тәуелсіздік күні",
  ru: "День Независимости",
};
const LAW = "Law No. 267-II «О праздниках в Республике Казахстан» art. 1, 5";

export const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: "01-01", name: NEW_YEAR, shifts: true, source: LAW, certainty: "V" },
  { monthDay: "01-02", name: NEW_YEAR, shifts: true, source: LAW, certainty: "V" },
  {
    monthDay: "01-07",
    name: { en: "Orthodox Christmas", kk: "Православиелік Рождество", ru: "Православное Рождество" },
    shifts: false,
    source: "Labour Code No. 414-V art. 84 p.5 (a day off, not a праздничный день: never shifted)",
    certainty: "V",
  },
  {
    monthDay: "03-08",
    name: {
      en: "International Women's Day",
      kk: "Халықаралық әйелдер күні",
      ru: "Международный женский день",
    },
    shifts: true,
    source: LAW,
    certainty: "V",
  },
  {
    monthDay: "03-15",
    name: CONSTITUTION,
    shifts: true,
    firstYear: 2027,
    source: "Constitution of 2026 art. 94 p.2; МТСЗН 18.03.2026: celebrated from 2027",
    certainty: "V",
    note: "not a day off in 2026 (date-holidays wrongly gives 15 Mar 2026 and a substitute 16 Mar)",
  },
  { monthDay: "03-21", name: NAURYZ, shifts: true, source: LAW, certainty: "V" },
  { monthDay: "03-22", name: NAURYZ, shifts: true, source: LAW, certainty: "V" },
  { monthDay: "03-23", name: NAURYZ, shifts: true, source: LAW, certainty: "V" },
  {
    monthDay: "05-01",
    name: {
      en: "Unity Day of the People of Kazakhstan",
      kk: "Қазақстан халқының бірлігі мерекесі",
      ru: "Праздник единства народа Казахстана",
    },
    shifts: true,
    source: LAW,
    certainty: "V",
  },
  {
    monthDay: "05-07",
    name: { en: "Defender of the Fatherland Day", kk: "Отан қорғаушы күні", ru: "День защитника Отечества" },
    shifts: true,
    source: LAW,
    certainty: "V",
  },
  {
    monthDay: "05-09",
    name: { en: "Victory Day", kk: "Жеңіс күні", ru: "День Победы" },
    shifts: true,
    source: LAW,
    certainty: "V",
  },
  {
    monthDay: "07-06",
    name: { en: "Capital Day", kk: "Астана күні", ru: "День Столицы" },
    shifts: true,
    source: LAW,
    certainty: "V",
  },
  {
    monthDay: "08-30",
    name: CONSTITUTION,
    shifts: true,
    lastYear: 2025,
    source: "Law No. 267-II; removed for 2026 by the 2026 Constitution (МТСЗН 18.03.2026, taspanews.kz)",
    certainty: "V",
    note:
      "30 Aug 2026 (Sun) is not a holiday, so 31 Aug 2026 is a working day; early-2026 calendars that " +
      "show 31 Aug off are stale. The amending act's number and date were not seen.",
  },
  {
    monthDay: "10-25",
    name: { en: "Republic Day", kk: "Республика күні", ru: "День Республики" },
    shifts: true,
    firstYear: 2022,
    source: "Law No. 143-VII of 28/29.09.2022 (adilet Z2200000143) amending Law No. 267-II",
    certainty: "V",
    note: "named «Қазақстан Республикасы күні» from 2026; whether Law 143-VII is dated 28 or 29 Sept is [U]",
  },
  {
    monthDay: "12-01",
    name: { en: "First President Day", kk: "Тұңғыш Президент күні", ru: "День Первого Президента" },
    shifts: true,
    lastYear: 2021,
    source: "Law No. 267-II; removed by Law No. 143-VII (2022)",
    certainty: "V",
  },
  { monthDay: "12-16", name: INDEPENDENCE, shifts: true, source: LAW, certainty: "V" },
  {
    monthDay: "12-17",
    name: INDEPENDENCE,
    shifts: true,
    lastYear: 2021,
    source: "Law No. 267-II (16–17 Dec); second day dropped by Law No. 143-VII (2022)",
    certainty: "V",
  },
];

export const KURBAN_AIT_NAME: HolidayName = {
  en: "Kurban Ait (first day)",
  kk: "Құрбан айт (бірінші күні)",
  ru: "Курбан айт (первый день)",
};

/** First day of Kurban Ait: a day off under Labour Code art. 84 p.5, never shifted (§3). */
export interface KurbanAit {
  date: IsoDate;
  source: string;
  certainty: Certainty;
  note?: string;
}

export const KURBAN_AIT: readonly KurbanAit[] = [
  { date: "2019-08-11", source: "egov calendar 2019 (kokshetau.online)", certainty: "V" },
  {
    date: "2020-07-31",
    source: "python holidays, date-holidays, isdayoff",
    certainty: "V-lib",
    note: "no press or official text seen",
  },
  { date: "2021-07-20", source: "kt.kz; baq.kz 28.06.2021", certainty: "V" },
  { date: "2022-07-09", source: "aikyn.kz; python holidays", certainty: "V" },
  { date: "2023-06-28", source: "sn.kz / zakon.kz", certainty: "V" },
  {
    date: "2024-06-16",
    source: "МТСЗН statement 07.06.2024 (kazpravda.kz, tengrinews.kz)",
    certainty: "V",
    note: "early-2024 calendars said 17 Jun; ДУМК moved it to Sun 16 Jun, so Mon 17 Jun 2024 was a working day",
  },
  { date: "2025-06-06", source: "mgorod.kz, egemen.kz, kursiv.media", certainty: "V" },
  {
    date: "2026-05-27",
    source: "ДУМК calendar of 06.11.2025; МТСЗН production calendar 2026",
    certainty: "U",
    note: "planned date; no final confirmation after the new moon seen (ДУМК warns of ±1 day)",
  },
];

/**
 * A transfer of a day off (Labour Code art. 85 p.3; from 2024 by order of the Minister of Labour):
 * `working` (usually a Saturday or Sunday) becomes a working day and `dayOff` (a weekday) a day off.
 */
export interface DayOffTransfer {
  working: IsoDate;
  dayOff: IsoDate;
  act: string;
  certainty: Certainty;
  note?: string;
}

export const TRANSFERS: readonly DayOffTransfer[] = [
  {
    working: "2019-05-04",
    dayOff: "2019-05-10",
    act: "Govt decree, adilet P1800000888",
    certainty: "V-lib",
    note: "decree text not seen; press agrees (almaty.tv)",
  },
  { working: "2020-01-05", dayOff: "2020-01-03", act: "Govt decree, adilet P1900000820", certainty: "V" },
  {
    working: "2020-05-11",
    dayOff: "2020-05-08",
    act: "Govt decree, adilet P1900000820",
    certainty: "V",
    note: "Mon 11 May (the statutory shift of Sat 9 May) was made a working day; the draft said Sat 16 May",
  },
  { working: "2020-12-20", dayOff: "2020-12-18", act: "Govt decree, adilet P1900000820", certainty: "V" },
  { working: "2021-07-03", dayOff: "2021-07-05", act: "Govt decree, adilet P2000000930", certainty: "V" },
  { working: "2022-03-05", dayOff: "2022-03-07", act: "Govt Decree No. 713 of 06.10.2021", certainty: "V" },
  { working: "2022-08-27", dayOff: "2022-08-29", act: "Govt Decree No. 713 of 06.10.2021", certainty: "V" },
  {
    working: "2022-10-22",
    dayOff: "2022-10-24",
    act: "Govt Decree No. 713 as amended in Oct 2022 (adilet P2200000796)",
    certainty: "V",
  },
  { working: "2023-07-01", dayOff: "2023-07-07", act: "Govt decree, adilet P2300000326", certainty: "V" },
  {
    working: "2024-05-04",
    dayOff: "2024-05-08",
    act: "МТСЗН order of 17.04.2024 (adilet G24G0000109)",
    certainty: "V",
  },
  {
    working: "2025-01-05",
    dayOff: "2025-01-03",
    act: "МТСЗН order (adilet G24G0000436)",
    certainty: "V",
  },
];

/** Years whose Kurban Ait date and transfers are in the table above. */
export const COVERED_YEARS = { first: 2019, last: 2026 } as const;

/**
 * Open questions about years inside the table: shown with any deadline that crosses them, so the
 * analyst knows where to check and, if needed, add a row to opeval_Holidays.
 */
export interface CalendarCaveat {
  /** The period the caveat concerns (inclusive). */
  from: IsoDate;
  to: IsoDate;
  note: HolidayName;
}

export const CAVEATS: readonly CalendarCaveat[] = [
  {
    from: "2026-05-26",
    to: "2026-05-28",
    note: {
      en: "Kurban Ait 2026 is taken as 27 May (planned date); if it moved, add the day to opeval_Holidays",
      kk: "2026 жылғы Құрбан айт 27 мамыр деп алынды (жоспарланған күн); ауысса, opeval_Holidays кестесіне қосыңыз",
      ru: "Курбан айт 2026 принят 27 мая (плановая дата); если дата сдвинута, добавьте день в opeval_Holidays",
    },
  },
  {
    // Sources seen run to about September 2026; an order issued later cannot be excluded.
    from: "2026-09-01",
    to: "2026-12-31",
    note: {
      en: "no day-off transfer for late 2026 is known; a later order of the Minister of Labour goes into opeval_Holidays",
      kk: "2026 жылдың соңына демалыс күнін ауыстыру белгісіз; кейінгі министр бұйрығын opeval_Holidays кестесіне енгізіңіз",
      ru: "переносы дней отдыха на конец 2026 года не известны; более поздний приказ министра внесите в opeval_Holidays",
    },
  },
];
