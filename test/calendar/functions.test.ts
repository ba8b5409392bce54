/** OPEVAL.OBJECTION_DEADLINE / COMMISSION_DEADLINE / WORKDAYS as Excel calls them (serial dates, ranges). */
import { COMMISSION_DEADLINE, OBJECTION_DEADLINE, WORKDAYS } from "../../functions/calendar";
import { FunctionErrorShim } from "../../functions/lib/function-errors";

// Excel serials: 2020-03-19 = 43909 (2020-01-01 = 43831, + 78 days); 2026-12-24 = 46380.
const MAR_19_2020 = 43909;
const DEC_24_2026 = 46380;

function thrown(f: () => unknown): FunctionErrorShim {
  try {
    f();
  } catch (e) {
    if (e instanceof FunctionErrorShim) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("custom functions over the calendar", () => {
  it("OBJECTION_DEADLINE: 19 Mar 2020 → 31 Mar 2020 (21–25 Mar off: Nauryz and its shifts)", () => {
    expect(OBJECTION_DEADLINE(MAR_19_2020)).toBe(MAR_19_2020 + 12);
    expect(OBJECTION_DEADLINE([[MAR_19_2020]])).toBe(MAR_19_2020 + 12);
    expect(OBJECTION_DEADLINE("19.03.2020")).toBe(MAR_19_2020 + 12);
  });
  it("the holidays range wins: a table with header, or a plain list of days off", () => {
    // 31 Dec 2026 made a day off: Thu 24 Dec → 25, 28, 29, 30 Dec, then Tue 5 Jan 2027 (4 Jan is the shift of 2 Jan).
    expect(OBJECTION_DEADLINE(DEC_24_2026)).toBe(DEC_24_2026 + 7);
    const table = [
      ["Күні", "Жұмыс / демалыс", "Ескертпе"],
      [DEC_24_2026 + 7, "демалыс", "бұйрық"],
    ];
    expect(OBJECTION_DEADLINE(DEC_24_2026, table)).toBe(DEC_24_2026 + 12);
    expect(OBJECTION_DEADLINE(DEC_24_2026, [[DEC_24_2026 + 7]])).toBe(DEC_24_2026 + 12);
    expect(OBJECTION_DEADLINE(DEC_24_2026, [[null, null]])).toBe(DEC_24_2026 + 7);
  });
  it("COMMISSION_DEADLINE: 15 calendar days", () => {
    expect(COMMISSION_DEADLINE(MAR_19_2020)).toBe(MAR_19_2020 + 15);
  });
  it("WORKDAYS counts after `from` up to `to`", () => {
    expect(WORKDAYS(MAR_19_2020, MAR_19_2020 + 12)).toBe(5);
    expect(WORKDAYS(MAR_19_2020 + 12, MAR_19_2020)).toBe(-5);
  });
  it("bad arguments become #VALUE! / #N/A with a reason", () => {
    expect(thrown(() => OBJECTION_DEADLINE(null))).toMatchObject({ code: "#N/A" });
    const e = thrown(() => OBJECTION_DEADLINE("yesterday"));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("received");
    expect(thrown(() => WORKDAYS(MAR_19_2020, MAR_19_2020, [[MAR_19_2020, "maybe"]])).code).toBe("#VALUE!");
  });
});
