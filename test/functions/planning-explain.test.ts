/**
 * Planning functions (the methodology read backwards), EXPLAIN, and the errors as Excel's runtime
 * sees them (CustomFunctions.Error, messages in the display language).
 */
import fc from "fast-check";
import {
  EXPLAIN as EXPLAIN_FUNCTION,
  EXPLAIN_FINAL,
  EXPLAIN_OPENNESS as EXPLAIN_OPENNESS_FUNCTION,
  EXPLAIN_OVERALL,
} from "../../functions/explain";
import { excelError, messageLang } from "../../functions/lib/function-errors";
import { ALLOWED_VIOLATIONS, REQUIRED_DISCIPLINED, REQUIRED_SHARE } from "../../functions/planning";
import { DEADLINE_SCORE, DISCIPLINE_SCORE } from "../../functions/complaints";
import { SERVICE_COMPLAINTS_SCORE, TIMELINESS_SCORE } from "../../functions/services";

/** Excel passes a single value to a range parameter as [[value]]; the function accepts both. */
const EXPLAIN = EXPLAIN_FUNCTION as (...args: unknown[]) => string;
// `table` is a @customenum: AutoComplete offers the tables, Excel passes whatever text the cell holds.
const EXPLAIN_OPENNESS = EXPLAIN_OPENNESS_FUNCTION as (table: string, ...args: unknown[]) => string;

function errorOf(call: () => unknown): { code: string; message: string } {
  try {
    call();
  } catch (e) {
    return e as { code: string; message: string };
  }
  throw new Error("expected an Excel error");
}

describe("ALLOWED_VIOLATIONS", () => {
  test("the most violations that keep the target", () => {
    // 26 − a / 118000 × 10000 ≥ 24 ⇔ a ≤ 23.6
    expect(ALLOWED_VIOLATIONS("T1", 118000, "central", 24)).toBe(23);
    expect(TIMELINESS_SCORE(23, 118000, "central")).toBeGreaterThanOrEqual(24);
    expect(TIMELINESS_SCORE(24, 118000, "central")).toBeLessThan(24);
    // On the border exactly: 40 − 10 / 1000 × 1000 = 30.
    expect(ALLOWED_VIOLATIONS("R1", 1000, "", 30)).toBe(10);
    expect(ALLOWED_VIOLATIONS("complaints.R3", 1000, "", 19.7)).toBe(3);
    expect(ALLOWED_VIOLATIONS("p2", 120000, "local", 19.75)).toBe(3);
    expect(ALLOWED_VIOLATIONS("T4", 500, "local", 0)).toBe(500);
    expect(ALLOWED_VIOLATIONS("T2", 0, "local", 10)).toBe(0);
  });
  test("errors: target above the maximum, unknown indicator, bad base", () => {
    expect(errorOf(() => ALLOWED_VIOLATIONS("T1", 1000, "central", 27))).toEqual({
      code: "#N/A",
      message: "the target 27 is above the maximum 26 of T1: no figure reaches it",
    });
    expect(errorOf(() => ALLOWED_VIOLATIONS("K9", 1000, "central", 5))).toEqual({
      code: "#VALUE!",
      message: 'indicator: unknown indicator "K9"; known: P2, T1, T2, T3, T4, R1, R2, R3',
    });
    expect(errorOf(() => ALLOWED_VIOLATIONS("T1", -5, "central", 5)).message).toBe(
      "base: must be a whole number ≥ 0, got -5",
    );
    expect(errorOf(() => ALLOWED_VIOLATIONS("T1", 100, "", 5)).code).toBe("#N/A");
  });
  test("property: the answer keeps the target and one more violation does not", () => {
    // "One more violation" exists only below the base: count those cases so the second half is checked.
    let below = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.double({ min: 0, max: 9.999, noNaN: true }),
        fc.constantFrom("central", "local"),
        (base, target, type) => {
          const a = ALLOWED_VIOLATIONS("P2", base, type, target);
          expect(SERVICE_COMPLAINTS_SCORE(a, base, type)).toBeGreaterThanOrEqual(target - 1e-9);
          if (a < base) {
            below++;
            expect(SERVICE_COMPLAINTS_SCORE(a + 1, base, type)).toBeLessThan(target - 1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (p, target) => {
          const a = ALLOWED_VIOLATIONS("R1", p, "", target);
          expect(DEADLINE_SCORE(a, p)).toBeGreaterThanOrEqual(target - 1e-9);
          if (a < p) {
            below++;
            expect(DEADLINE_SCORE(a + 1, p)).toBeLessThan(target - 1e-9);
          }
        },
      ),
      { numRuns: 200 },
    );
    // Measured: ~40 of the 400 runs fall below the base (most targets allow every case to be late).
    expect(below).toBeGreaterThanOrEqual(20);
  });
});

describe("REQUIRED_SHARE and REQUIRED_DISCIPLINED", () => {
  test("R4 band bounds, T, V and openness shares", () => {
    expect(REQUIRED_SHARE("R4", 8)).toBe(0.8);
    expect(REQUIRED_SHARE("R4", 7)).toBe(0.8);
    expect(REQUIRED_SHARE("R4", 10)).toBe(0.9);
    expect(REQUIRED_SHARE("R4", 1)).toBe(0.5);
    expect(REQUIRED_SHARE("T", 8)).toBe(0.8);
    expect(REQUIRED_SHARE("v", 10)).toBe(1);
    expect(REQUIRED_SHARE("OPEN_DATA", 20)).toBe(0.8);
    expect(REQUIRED_SHARE("openness.P4", 0)).toBe(0);
    expect(errorOf(() => REQUIRED_SHARE("R4", 11))).toEqual({
      code: "#N/A",
      message: "the target 11 is above the maximum 10 of R4: no figure reaches it",
    });
    expect(errorOf(() => REQUIRED_SHARE("T1", 5)).code).toBe("#VALUE!");
  });
  test("the fewest disciplinary actions for a target R4", () => {
    expect(REQUIRED_DISCIPLINED(10, 2, 8)).toBe(7); // 80 % of 8 = 6.4
    expect(DISCIPLINE_SCORE(6, 10, 2)).toBeLessThan(8);
    expect(REQUIRED_DISCIPLINED(10, 2, 10)).toBe(8); // 90 % of 8 = 7.2
    expect(REQUIRED_DISCIPLINED(10, 0, 10)).toBe(9);
    expect(REQUIRED_DISCIPLINED(0, 0, 10)).toBe(0);
    expect(REQUIRED_DISCIPLINED(10, 2, 0)).toBe(0);
    expect(errorOf(() => REQUIRED_DISCIPLINED(10, 2, 11)).code).toBe("#N/A");
    expect(errorOf(() => REQUIRED_DISCIPLINED(10, 12, 8)).message).toBe(
      "disciplined + disciplineImpossible = 12 cannot exceed late = 10",
    );
  });
});

describe("EXPLAIN: the engine's substituted formulas", () => {
  test("services, complaints and openness indicators", () => {
    expect(EXPLAIN("T1", "central", 40, 118000)).toBe("26 − 40 / 118000 × 10000 = 22.61 [§43, §39]");
    expect(EXPLAIN("services.T1", "central", [[40]], [[118000]], [[120000]])).toContain(
      "(b = 118000 services excluding one-day types, of 120000)",
    );
    expect(EXPLAIN("P1", "local", [[4.85], [4.62], [null]])).toBe(
      "(U(4.85)=20 + U(4.62)=16) / 2 = 18.00 [§32, annex 6; I-1, I-17]",
    );
    expect(EXPLAIN("P1", "local", [[null]], 13.5)).toContain(
      "mean P1 of 1 monitored local bodies of the cohort = 13.50",
    );
    expect(EXPLAIN("R4", "", 7, 10, 2)).toBe(
      "s = 7 / (10 − 2) × 100 = 87.50 % → 8 [§96–98, annex 13; I-1, I-12, I-18]",
    );
    expect(EXPLAIN("R2", "", 1, 1000, false)).toContain("30 (no decision challenged in court)");
    expect(EXPLAIN("V", "", 90000, 120000)).toContain("90000 / 120000 × 10 = 7.50");
    const openData = EXPLAIN("OPEN_DATA", "central", [[1, 0, 1, 0.5, 1]], [[1, 0, 0.8, 1, 1]], 0).split("\n");
    expect(openData).toHaveLength(3);
    expect(openData[0]).toContain("2: 1.5 [§62 no request]");
    expect(openData[2]).toBe("P1 = 11.00 (kk) + 11.80 (ru) = 22.80 [§59–62, annex 10 table 1; I-5]");
    expect(
      EXPLAIN("SUBORDINATE", "", [[false, true, 0, false, false, 2]], [[true, 0, 0, 0, 0, 0]]),
    ).toContain("9.1 kk 0.5 + 10.2 kk 1 + 8.1 ru 1.5");
  });
  test("errors", () => {
    expect(errorOf(() => EXPLAIN("Z9", "central", 1, 2)).message).toMatch(
      /^indicator: unknown indicator "Z9"; known: P1, P2/,
    );
    expect(errorOf(() => EXPLAIN("T1", "central", 41, 40)).message).toBe(
      "late = 41 cannot exceed renderedExcludingOneDay = 40",
    );
    expect(errorOf(() => EXPLAIN("T1", "central", 1)).code).toBe("#N/A");
  });
});

describe("inside Excel's runtime", () => {
  const g = globalThis as Record<string, unknown>;
  class RuntimeError {
    constructor(
      readonly code: string,
      readonly message: string,
    ) {}
  }
  beforeEach(() => {
    g.CustomFunctions = {
      associate: () => undefined,
      // CustomFunctionsRuntime 1.2 as declared: CustomFunctions.Error; the ErrorCode enum (typed 1.3) is not relied on.
      Error: RuntimeError,
    };
  });
  afterEach(() => {
    delete g.Office;
    g.CustomFunctions = { associate: () => undefined };
  });
  test("errors are CustomFunctions.Error with the message in Excel's display language", () => {
    g.Office = { context: { displayLanguage: "ru-RU" } };
    expect(messageLang()).toBe("ru");
    const e = errorOf(() => TIMELINESS_SCORE(-1, 10, "central"));
    expect(e).toBeInstanceOf(RuntimeError);
    expect(e).toEqual(new RuntimeError("#VALUE!", "late: должно быть целым числом ≥ 0, получено: -1"));
    g.Office = { context: { displayLanguage: "kk-KZ" } };
    expect(errorOf(() => TIMELINESS_SCORE(1, 10, "")).message).toBe("type: міндетті өріс толтырылмаған");
    expect(excelError("notAvailable", "x")).toEqual(new RuntimeError("#N/A", "x"));
  });
  test("an Office.context that throws falls back to English", () => {
    Object.defineProperty(g, "Office", {
      configurable: true,
      get: () => ({
        get context(): never {
          throw new Error("Office.js is not initialised");
        },
      }),
    });
    expect(messageLang()).toBe("en");
  });
});

describe("EXPLAIN: penalty, final and general score", () => {
  test("the engine's own texts", () => {
    expect(EXPLAIN("PENALTY", "", 2)).toBe("min(5, 2 facts × 0.2) = 0.40 [§17–21, annex 1]");
    expect(EXPLAIN("final", "", 87.63926553672317, 2)).toBe("max(0, 87.63 − 0.40) = 87.23 [§20]");
    expect(EXPLAIN("FINAL", "", 50)).toBe("max(0, 50.00 − 0.00) = 50.00 [§20]");
    expect(EXPLAIN("OVERALL", "", 87.23926553672317, 74.5, 77.5).split("\n")).toEqual([
      "(1×87.23 + 1×74.50 + 1×77.50) / 3 = 79.74 [§100, annex 15; I-11]",
      "79.74 → medium [§101; I-18]",
    ]);
    expect(EXPLAIN("OVERALL", "", "na", 74.5, 77.5, [[2, 1, ""]])).toContain(
      "(1×74.50 + 1×77.50) / 2 = 76.00",
    );
    expect(EXPLAIN("OVERALL", "", 90, 60, 30, [[2, "", ""]])).toContain(
      "(2×90.00 + 1×60.00 + 1×30.00) / 4 = 67.50",
    );
    expect(errorOf(() => EXPLAIN("OVERALL", "", "", 1, 1)).code).toBe("#N/A");
  });
});

describe("EXPLAIN_OPENNESS, EXPLAIN_FINAL, EXPLAIN_OVERALL: EXPLAIN with named arguments", () => {
  const kk = [[1, 0, 1, 0.5, 1]];
  const ru = [[1, 0, 0.8, 1, 1]];
  test("each gives what EXPLAIN gives for the same figures", () => {
    expect(EXPLAIN_OPENNESS("open_data", "central", kk, ru, "", 0)).toBe(
      EXPLAIN("OPEN_DATA", "central", kk, ru, 0, ""),
    );
    const budget = [Array.from({ length: 17 }, () => 1)];
    expect(EXPLAIN_OPENNESS("OPEN_BUDGET", "central", budget, budget, "nationalBank", undefined, false)).toBe(
      EXPLAIN("OPEN_BUDGET", "central", budget, budget, false, "nationalBank"),
    );
    expect(EXPLAIN_OPENNESS("OPEN_BUDGET", "central", budget, budget, "", undefined, false)).not.toBe(
      EXPLAIN_OPENNESS("OPEN_BUDGET", "central", budget, budget, "nationalBank", undefined, false),
    );
    expect(EXPLAIN_FINAL(87.63926553672317, 2)).toBe(
      "min(5, 2 facts × 0.2) = 0.40 [§17–21, annex 1]\nmax(0, 87.63 − 0.40) = 87.23 [§20]",
    );
    expect(EXPLAIN_OVERALL(90, 60, 30, [[2, "", ""]])).toBe(
      EXPLAIN("OVERALL", "", 90, 60, 30, [[2, "", ""]]),
    );
  });
  test("a table EXPLAIN_OPENNESS does not know is named in the error", () => {
    expect(errorOf(() => EXPLAIN_OPENNESS("T1", "central", kk, ru)).message).toMatch(/^table: .*OPEN_DATA/);
  });
});
