/**
 * Expected dates are worked out by hand from the acts cited in src/calendar/kz-data.ts (the "why" is in each
 * comment), never taken from the implementation. Counting rule under test: the day of receipt is
 * day 0; the deadline is the 5th working day after it (src/calendar/calendar.ts, §102).
 */
import fc from "fast-check";
import {
  addWorkingDays,
  calendarNotes,
  commissionDeadline,
  dayStatus,
  isWorkingDay,
  objectionDeadline,
  overridesFrom,
  workdaysBetween,
  yearExceptions,
} from "../../src/calendar/calendar";
import {
  formatIsoDate,
  fromExcelSerial,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  toExcelSerial,
} from "../../src/calendar/date";
import { FIXED_HOLIDAYS } from "../../src/calendar/kz-data";

describe("objectionDeadline: 5 working days after receipt", () => {
  const cases: [string, string, string][] = [
    // New Year 2020: 1–2 Jan off, Fri 3 Jan off (transfer), Sun 5 Jan WORKING (transfer), 7 Jan off.
    // Fri 27 Dec → Mon 30 (1), Tue 31 (2), Sun 5 Jan (3), Mon 6 (4), Wed 8 (5).
    ["new year 2020 with transfers", "2019-12-27", "2020-01-08"],
    // New Year 2022: 1–2 Jan Sat–Sun shift to Mon 3 and Tue 4; 7 Jan Fri off.
    // Thu 30 Dec → Fri 31 (1), Wed 5 (2), Thu 6 (3), Mon 10 (4), Tue 11 (5).
    ["new year 2022, run shifted past both days", "2021-12-30", "2022-01-11"],
    // 7 Jan 2023 is a Saturday and is NOT shifted (not a праздничный день).
    // Thu 5 Jan → Fri 6 (1), Mon 9 (2), Tue 10 (3), Wed 11 (4), Thu 12 (5).
    ["7 January on a Saturday does not shift", "2023-01-05", "2023-01-12"],
    // Nauryz 2020: Sat 21, Sun 22, Mon 23 → shifts to Tue 24 and Wed 25 (after the whole run).
    // Fri 20 Mar → Thu 26 (1), Fri 27 (2), Mon 30 (3), Tue 31 (4), Wed 1 Apr (5).
    ["Nauryz 2020 run on a weekend", "2020-03-20", "2020-04-01"],
    // Nauryz 2026: the same pattern as 2020 → 24 and 25 Mar off.
    ["Nauryz 2026 run on a weekend", "2026-03-20", "2026-04-01"],
    // 2026: 15/16 Mar are NOT days off (new Constitution Day celebrated from 2027).
    // Fri 13 Mar → Mon 16 (1), Tue 17 (2), Wed 18 (3), Thu 19 (4), Fri 20 (5).
    ["16 March 2026 is a working day", "2026-03-13", "2026-03-20"],
    // Nauryz 2021: Sun 21 → Wed 24 (22, 23 are holidays themselves).
    // Fri 19 Mar → Thu 25 (1), Fri 26 (2), Mon 29 (3), Tue 30 (4), Wed 31 (5).
    ["Nauryz 2021, Sunday shifts past the run", "2021-03-19", "2021-03-31"],
    // May 2019: Sat 4 May working (transfer), 7 and 9 May off, Fri 10 May off (transfer).
    // Thu 2 May → Fri 3 (1), Sat 4 (2), Mon 6 (3), Wed 8 (4), Mon 13 (5).
    ["May 2019 with a working Saturday", "2019-05-02", "2019-05-13"],
    // May 2022: Sat 7 May shifts past Mon 9 May to Tue 10 May.
    // Wed 4 May → Thu 5 (1), Fri 6 (2), Wed 11 (3), Thu 12 (4), Fri 13 (5).
    ["7 May on Saturday shifts past 9 May", "2022-05-04", "2022-05-13"],
    // May 2024: Sat 4 May working, Wed 8 May off (transfer), 7 and 9 May off.
    // Thu 2 May → Fri 3 (1), Sat 4 (2), Mon 6 (3), Fri 10 (4), Mon 13 (5).
    ["May 2024 transfer", "2024-05-02", "2024-05-13"],
    // May 2020: Sat 9 May would shift to Mon 11 May, but the decree moved that day off to Fri 8 May.
    // Wed 6 May → Mon 11 (1), Tue 12 (2), Wed 13 (3), Thu 14 (4), Fri 15 (5).
    ["11 May 2020 working by decree", "2020-05-06", "2020-05-15"],
    // 6 July 2024 is a Saturday → Mon 8 July off.
    // Wed 3 Jul → Thu 4 (1), Fri 5 (2), Tue 9 (3), Wed 10 (4), Thu 11 (5).
    ["6 July on a Saturday", "2024-07-03", "2024-07-11"],
    // July 2021: Sat 3 Jul working, Mon 5 Jul off (transfer), Tue 6 Jul off.
    // Thu 1 Jul → Fri 2 (1), Sat 3 (2), Wed 7 (3), Thu 8 (4), Fri 9 (5).
    ["6 July 2021 with transfer", "2021-07-01", "2021-07-09"],
    // 30 Aug 2025 is a Saturday → Mon 1 Sep off.
    // Wed 27 Aug → Thu 28 (1), Fri 29 (2), Tue 2 Sep (3), Wed 3 (4), Thu 4 (5).
    ["30 August 2025 on a Saturday", "2025-08-27", "2025-09-04"],
    // 2026: no Constitution Day on 30 Aug (Sun), so Mon 31 Aug is a working day.
    // Wed 26 Aug → Thu 27 (1), Fri 28 (2), Mon 31 (3), Tue 1 Sep (4), Wed 2 (5).
    ["31 August 2026 is working", "2026-08-26", "2026-09-02"],
    // 2022: Sat 27 Aug working, Mon 29 Aug off (transfer), Tue 30 Aug off.
    // Thu 25 Aug → Fri 26 (1), Sat 27 (2), Wed 31 (3), Thu 1 Sep (4), Fri 2 (5).
    ["30 August 2022 with transfer", "2022-08-25", "2022-09-02"],
    // 25 Oct 2021 (Mon) was a working day: Republic Day is a holiday only from 2022.
    // Thu 21 Oct → Fri 22 (1), Mon 25 (2), Tue 26 (3), Wed 27 (4), Thu 28 (5).
    ["25 October before 2022 is working", "2021-10-21", "2021-10-28"],
    // 2022: Sat 22 Oct working, Mon 24 Oct off (transfer), Tue 25 Oct off (restored holiday).
    // Thu 20 Oct → Fri 21 (1), Sat 22 (2), Wed 26 (3), Thu 27 (4), Fri 28 (5).
    ["25 October 2022", "2022-10-20", "2022-10-28"],
    // 25 Oct 2025 is a Saturday → Mon 27 Oct off.
    // Thu 23 Oct → Fri 24 (1), Tue 28 (2), Wed 29 (3), Thu 30 (4), Fri 31 (5).
    ["25 October 2025 on a Saturday", "2025-10-23", "2025-10-31"],
    // 1 Dec 2020 (Tue) was First President Day, a day off.
    // Mon 30 Nov → Wed 2 (1), Thu 3 (2), Fri 4 (3), Mon 7 (4), Tue 8 (5).
    ["1 December 2020 off", "2020-11-30", "2020-12-08"],
    // 1 Dec 2026 (Tue) is a working day (removed by the 2022 law).
    // Mon 30 Nov → Tue 1 (1), Wed 2 (2), Thu 3 (3), Fri 4 (4), Mon 7 (5).
    ["1 December 2026 working", "2026-11-30", "2026-12-07"],
    // 2021: 16 and 17 Dec (Thu, Fri) off — the two-day Independence Day before 2022.
    // Tue 14 Dec → Wed 15 (1), Mon 20 (2), Tue 21 (3), Wed 22 (4), Thu 23 (5).
    ["16–17 December 2021", "2021-12-14", "2021-12-23"],
    // 2026: only 16 Dec (Wed) off; 17 Dec is working.
    // Mon 14 Dec → Tue 15 (1), Thu 17 (2), Fri 18 (3), Mon 21 (4), Tue 22 (5).
    ["16 December 2026, 17 December working", "2026-12-14", "2026-12-22"],
    // 16 Dec 2023 is a Saturday → Mon 18 Dec off.
    // Thu 14 Dec → Fri 15 (1), Tue 19 (2), Wed 20 (3), Thu 21 (4), Fri 22 (5).
    ["16 December 2023 on a Saturday", "2023-12-14", "2023-12-22"],
    // Kurban Ait 2024 was moved to Sun 16 Jun; Mon 17 Jun was a working day (no shift).
    // Thu 13 Jun → Fri 14 (1), Mon 17 (2), Tue 18 (3), Wed 19 (4), Thu 20 (5).
    ["Kurban Ait 2024 on a Sunday is not shifted", "2024-06-13", "2024-06-20"],
    // Kurban Ait 2025 Fri 6 Jun off.
    // Wed 4 Jun → Thu 5 (1), Mon 9 (2), Tue 10 (3), Wed 11 (4), Thu 12 (5).
    ["Kurban Ait 2025 on a Friday", "2025-06-04", "2025-06-12"],
    // Received on a Saturday: counting starts with Monday.
    // Sat 1 Nov 2025 → Mon 3 (1) … Fri 7 (5).
    ["received on a Saturday", "2025-11-01", "2025-11-07"],
  ];
  it.each(cases)("%s: received %s → %s", (_why, received, expected) => {
    expect(objectionDeadline(received)).toBe(expected);
  });
});

describe("user rows of opeval_Holidays win over the built-in table", () => {
  // A hypothetical order making Thu 31 Dec 2026 a day off. 1 Jan 2027 Fri, 2 Jan Sat → Mon 4 Jan off.
  // Thu 24 Dec → Fri 25 (1), Mon 28 (2), Tue 29 (3), Wed 30 (4), Tue 5 Jan 2027 (5).
  const newYearEve = overridesFrom([{ date: "2026-12-31", working: false, note: "order of the Minister" }]);
  it("a user-added day off moves the deadline", () => {
    expect(objectionDeadline("2026-12-24")).toBe("2026-12-31");
    expect(objectionDeadline("2026-12-24", newYearEve)).toBe("2027-01-05");
  });
  it("a user-added working Saturday counts", () => {
    // Sat 26 Dec 2026 made working: Wed 23 → Thu 24 (1), Fri 25 (2), Sat 26 (3), Mon 28 (4), Tue 29 (5).
    const sat = overridesFrom([{ date: "2026-12-26", working: true }]);
    expect(objectionDeadline("2026-12-23")).toBe("2026-12-30");
    expect(objectionDeadline("2026-12-23", sat)).toBe("2026-12-29");
  });
  it("a user row can make a built-in holiday working (a corrected Kurban Ait date)", () => {
    const moved = overridesFrom([
      { date: "2026-05-27", working: true },
      { date: "2026-05-26", working: false, note: "Kurban Ait confirmed for 26 May" },
    ]);
    expect(isWorkingDay("2026-05-27")).toBe(false);
    expect(isWorkingDay("2026-05-27", moved)).toBe(true);
    expect(dayStatus("2026-05-26", moved)).toMatchObject({ working: false, reason: "userDayOff" });
  });
});

describe("the derived lists of each year (weekdays off; weekend working days)", () => {
  const expected: Record<number, { off: string[]; working: string[] }> = {
    2019: {
      off: "01-01 01-02 01-07 03-08 03-21 03-22 03-25 05-01 05-07 05-09 05-10 07-08 08-30 12-02 12-16 12-17".split(
        " ",
      ),
      working: ["05-04"],
    },
    2020: {
      off: "01-01 01-02 01-03 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-08 07-06 07-31 08-31 12-01 12-16 12-17 12-18".split(
        " ",
      ),
      working: ["01-05", "12-20"],
    },
    2021: {
      off: "01-01 01-04 01-07 03-08 03-22 03-23 03-24 05-03 05-07 05-10 07-05 07-06 07-20 08-30 12-01 12-16 12-17".split(
        " ",
      ),
      working: ["07-03"],
    },
    2022: {
      off: "01-03 01-04 01-07 03-07 03-08 03-21 03-22 03-23 05-02 05-09 05-10 07-06 08-29 08-30 10-24 10-25 12-16".split(
        " ",
      ),
      working: ["03-05", "08-27", "10-22"],
    },
    2023: {
      off: "01-02 01-03 03-08 03-21 03-22 03-23 05-01 05-08 05-09 06-28 07-06 07-07 08-30 10-25 12-18".split(
        " ",
      ),
      working: ["07-01"],
    },
    2024: {
      off: "01-01 01-02 03-08 03-21 03-22 03-25 05-01 05-07 05-08 05-09 07-08 08-30 10-25 12-16".split(" "),
      working: ["05-04"],
    },
    2025: {
      off: "01-01 01-02 01-03 01-07 03-10 03-21 03-24 03-25 05-01 05-07 05-09 06-06 07-07 09-01 10-27 12-16".split(
        " ",
      ),
      working: ["01-05"],
    },
    2026: {
      off: "01-01 01-02 01-07 03-09 03-23 03-24 03-25 05-01 05-07 05-11 05-27 07-06 10-26 12-16".split(" "),
      working: [],
    },
  };
  it.each(Object.keys(expected).map(Number))("%i", (year) => {
    const ex = yearExceptions(year);
    expect(ex.filter((e) => !e.working).map((e) => e.date.slice(5))).toEqual(expected[year]!.off);
    expect(ex.filter((e) => e.working).map((e) => e.date.slice(5))).toEqual(expected[year]!.working);
  });
  it("11 May 2020 and 17 June 2024 are working weekdays; the reasons are named", () => {
    expect(isWorkingDay("2020-05-11")).toBe(true);
    expect(isWorkingDay("2024-06-17")).toBe(true);
    expect(dayStatus("2020-03-25")).toMatchObject({ working: false, reason: "shiftedHoliday" });
    expect(dayStatus("2020-05-11")).toMatchObject({ working: true, reason: "transferWorking" });
    expect(dayStatus("2023-06-28")).toMatchObject({ working: false, reason: "kurbanAit" });
    expect(dayStatus("2026-05-27").certainty).toBe("U");
  });
});

describe("workdaysBetween, addWorkingDays, commissionDeadline", () => {
  it("counts days after `from` up to and including `to`", () => {
    // Fri 20 Mar 2026 → Wed 1 Apr 2026: 26, 27, 30, 31 Mar, 1 Apr.
    expect(workdaysBetween("2026-03-20", "2026-04-01")).toBe(5);
    expect(workdaysBetween("2026-04-01", "2026-03-20")).toBe(-5);
    expect(workdaysBetween("2026-03-20", "2026-03-20")).toBe(0);
    // An ordinary week: Mon → Fri is 4.
    expect(workdaysBetween("2026-11-02", "2026-11-06")).toBe(4);
  });
  it("goes backwards for negative n", () => {
    // Wed 1 Apr 2026 back 5: 31, 30, 27, 26 Mar, then 20 Mar (21–25 are off).
    expect(addWorkingDays("2026-04-01", -5)).toBe("2026-03-20");
  });
  it("is the inverse of addWorkingDays (any date 2019–2027, any n)", () => {
    const start = parseIsoDate("2019-01-01")!;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 * 365 }), fc.integer({ min: -40, max: 40 }), (offset, n) => {
        const from = formatIsoDate(start + offset);
        const to = addWorkingDays(from, n);
        expect(workdaysBetween(from, to)).toBe(n);
        if (n !== 0) expect(isWorkingDay(to)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  it("the commission has 15 calendar days, holidays included", () => {
    expect(commissionDeadline("2026-03-20")).toBe("2026-04-04"); // 11 days of March left + 4
    expect(commissionDeadline("2024-02-20")).toBe("2024-03-06"); // leap year: 29 Feb counts
    expect(commissionDeadline("2026-12-20")).toBe("2027-01-04");
  });
  it("does not depend on the machine's time zone", () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ["Asia/Almaty", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"]) {
        process.env.TZ = tz;
        expect(objectionDeadline("2019-12-27")).toBe("2020-01-08");
        expect(toDayNumber(new Date(Date.UTC(2026, 2, 20)))).toBe(parseIsoDate("2026-03-20"));
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe("dates from cells", () => {
  it("reads ISO text, dotted text and Excel serials; rejects impossible dates", () => {
    expect(toDayNumber("2026-03-20")).toBe(parseIsoDate("2026-03-20"));
    expect(toDayNumber("20.03.2026")).toBe(parseIsoDate("2026-03-20"));
    // Excel: 46101 is 2026-03-20 (45658 = 2025-01-01, +365 = 46023 = 2026-01-01, +78 days).
    expect(formatIsoDate(fromExcelSerial(46101))).toBe("2026-03-20");
    expect(toExcelSerial(parseIsoDate("2025-01-01")!)).toBe(45658);
    expect(toDayNumber("2023-02-29")).toBeUndefined();
    expect(toDayNumber("31.02.2026")).toBeUndefined();
    expect(toDayNumber("tomorrow")).toBeUndefined();
  });
});

describe("calendarNotes", () => {
  it("flags years outside the table and the uncertain 2026 Kurban Ait", () => {
    expect(calendarNotes("2026-05-20", "2026-05-29").map((n) => n.note.en)).toEqual([
      expect.stringContaining("Kurban Ait 2026"),
    ]);
    expect(calendarNotes("2027-01-04", "2027-01-11").map((n) => n.from)).toEqual(["2027-01-01"]);
    expect(calendarNotes("2024-03-01", "2024-03-31")).toEqual([]);
  });
});

describe("the weekend-shift rule, year by year (2019–2035)", () => {
  it("every праздничный день on a weekend gives exactly one weekday off, never on another holiday", () => {
    for (let year = 2019; year <= 2035; year++) {
      const ex = yearExceptions(year);
      const shifted = ex.filter((e) => e.reason === "shiftedHoliday");
      const weekendHolidays = FIXED_HOLIDAYS.filter((h) => h.shifts)
        .filter((h) => (h.firstYear ?? 0) <= year && year <= (h.lastYear ?? 9999))
        .map((h) => parseIsoDate(`${year}-${h.monthDay}`)!)
        .filter((d) => isWeekend(d));
      // 2020: the decree made Mon 11 May (the shift of Sat 9 May) a working day and moved it to 8 May.
      expect(shifted).toHaveLength(weekendHolidays.length - (year === 2020 ? 1 : 0));
      for (const s of shifted) {
        expect(isWeekend(parseIsoDate(s.date)!)).toBe(false);
        const inForce = (h: (typeof FIXED_HOLIDAYS)[number]) =>
          (h.firstYear ?? 0) <= year && year <= (h.lastYear ?? 9999);
        expect(FIXED_HOLIDAYS.some((h) => inForce(h) && `${year}-${h.monthDay}` === s.date)).toBe(false);
      }
    }
  });
});
