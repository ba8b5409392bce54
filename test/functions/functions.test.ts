/**
 * Every OPEVAL function called directly: ordinary and border inputs (expected values worked out
 * from docs/METHODOLOGY.md, not from the implementation), and every error path with its Excel error code
 * and catalogue message. No Office runtime: errors come as the shim with CustomFunctions.Error's shape.
 */
import {
  COMPLAINTS_SCORE,
  COURT_SCORE,
  DEADLINE_SCORE,
  DISCIPLINE_SCORE,
  REPEAT_SCORE,
} from "../../functions/complaints";
import {
  OPEN_BUDGET_SCORE,
  OPEN_DATA_SCORE,
  OPEN_DIALOGUE_SCORE,
  OPEN_NPA_SCORE,
  OPENNESS_SCORE,
  SUBORDINATE_PENALTY,
} from "../../functions/openness";
import {
  BODY_TYPE as BODY_TYPE_FUNCTION,
  DIRECTION_FINAL,
  EFFICIENCY_LEVEL as EFFICIENCY_LEVEL_FUNCTION,
  OVERALL_SCORE,
  RELIABILITY_PENALTY,
} from "../../functions/overall";
import {
  AUTOMATION_BONUS,
  AUTOMATION_SCORE,
  DOWNTIME_PENALTY,
  E_VOLUME_SCORE,
  EXTRA_DOCS_SCORE,
  INCOMPLETE_DOCS_SCORE,
  PORTAL_SCORE,
  REFUSALS_SCORE,
  SATISFACTION_POINTS,
  SATISFACTION_SCORE,
  SERVICE_COMPLAINTS_SCORE,
  SERVICES_SCORE,
  TIMELINESS_SCORE,
} from "../../functions/services";

// `lang` is a @customenum: AutoComplete offers kk/ru/en, but Excel passes whatever text the cell holds.
const BODY_TYPE = BODY_TYPE_FUNCTION as (type: string, lang?: string) => string;
const EFFICIENCY_LEVEL = EFFICIENCY_LEVEL_FUNCTION as (score: unknown, lang?: string) => string;

type ExcelErrorLike = { code: string; message: string };

function errorOf(call: () => unknown): ExcelErrorLike {
  let result: unknown;
  try {
    result = call();
  } catch (e) {
    expect(e).not.toBeInstanceOf(Error); // an Excel error object, never a JavaScript exception
    return e as ExcelErrorLike;
  }
  throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
}
const VALUE = "#VALUE!";
const NA = "#N/A";
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 9);

describe("body type words", () => {
  test.each(["central", "Central", "орталық", "ОМО", "ЦГО", "центральный", "орталық мемлекеттік орган"])(
    "%s is central",
    (w) => expect(BODY_TYPE(w)).toBe("central"),
  );
  test.each(["local", "жергілікті", "ЖАО", "МИО", "мио", "местный", "местный исполнительный орган"])(
    "%s is local",
    (w) => expect(BODY_TYPE(w)).toBe("local"),
  );
  test("short names in kk and ru; unknown word and blank", () => {
    expect(BODY_TYPE("ЦГО", "ru")).toBe("ЦГО");
    expect(BODY_TYPE("central", "kk")).toBe("орталық");
    expect(errorOf(() => BODY_TYPE("regional"))).toEqual({
      code: VALUE,
      message: 'type: body type must be "central" or "local", got "regional"',
    });
    // Excel coerces to the declared string type; the checks stay for a caller that does not (jest, the pane).
    expect(errorOf(() => TIMELINESS_SCORE(1, 10, null as unknown as string))).toEqual({
      code: NA,
      message: "type: required field is missing",
    });
    expect(errorOf(() => TIMELINESS_SCORE(1, 10, 5 as unknown as string))).toEqual({
      code: VALUE,
      message: "type: must be non-empty text, got 5",
    });
  });
});

describe("services", () => {
  test("SATISFACTION_POINTS: bands closed at the bottom (I-1), per type", () => {
    expect(SATISFACTION_POINTS(4.8, "central")).toBe(15);
    expect(SATISFACTION_POINTS(4.8, "local")).toBe(20);
    expect(SATISFACTION_POINTS(4.795, "central")).toBe(12);
    expect(SATISFACTION_POINTS(4.0, "local")).toBe(4);
    expect(SATISFACTION_POINTS(3.99, "central")).toBe(0);
    expect(SATISFACTION_POINTS(5, "central")).toBe(15);
    expect(SATISFACTION_POINTS([[4.4]], "central")).toBe(9); // a one-cell range
  });
  test("SATISFACTION_POINTS errors", () => {
    expect(errorOf(() => SATISFACTION_POINTS(5.1, "central"))).toEqual({
      code: VALUE,
      message: "rating: must be between 0 and 5, got 5.1",
    });
    expect(errorOf(() => SATISFACTION_POINTS("4.8", "central"))).toEqual({
      code: VALUE,
      message: 'rating: must be a number, got "4.8"',
    });
    expect(errorOf(() => SATISFACTION_POINTS("", "central"))).toEqual({
      code: NA,
      message: "rating: required field is missing",
    });
  });
  test("SATISFACTION_SCORE: mean over rated types, blanks ignored, cohort mean when none (I-2, I-17)", () => {
    expect(SATISFACTION_SCORE([[4.85], [4.62]], "central")).toBe((15 + 12) / 2);
    expect(
      SATISFACTION_SCORE(
        [
          [4.85, null, ""],
          [4.62, null, null],
        ],
        "local",
      ),
    ).toBe((20 + 16) / 2);
    expect(SATISFACTION_SCORE([[null], [""]], "local", 13.25)).toBe(13.25);
    expect(errorOf(() => SATISFACTION_SCORE([[null]], "local"))).toEqual({
      code: NA,
      message:
        "no service of this body was monitored and no other local body in the cohort was either, so P1 cannot be computed (I-2)",
    });
    expect(errorOf(() => SATISFACTION_SCORE([[4.9], ["good"]], "local")).message).toBe(
      'ratings[2]: must be a number, got "good"',
    );
  });
  test("P2 and T1–T4: k − a / b × 10 000, k by type (I-3), clamp, zero base (I-10)", () => {
    close(SERVICE_COMPLAINTS_SCORE(3, 120000, "central"), 10 - (3 / 120000) * 10000);
    close(SERVICE_COMPLAINTS_SCORE(3, 120000, "орталық"), 9.75);
    close(SERVICE_COMPLAINTS_SCORE(3, 120000, "local"), 20 - 0.25);
    expect(SERVICE_COMPLAINTS_SCORE(0, 0, "local")).toBe(20);
    expect(SERVICE_COMPLAINTS_SCORE(100, 100, "local")).toBe(0);
    close(TIMELINESS_SCORE(40, 118000, "central"), 26 - (40 / 118000) * 10000);
    close(TIMELINESS_SCORE(40, 118000, "МИО"), 30 - (40 / 118000) * 10000);
    close(REFUSALS_SCORE(2, 118000, "central"), 8 - (2 / 118000) * 10000);
    close(INCOMPLETE_DOCS_SCORE(1, 10000, "local"), 9);
    close(EXTRA_DOCS_SCORE(1, 118000, "central"), 8 - (1 / 118000) * 10000);
    expect(EXTRA_DOCS_SCORE(0, 0, "central")).toBe(8);
  });
  test("rate errors: negative, fractional, above the base, text", () => {
    expect(errorOf(() => TIMELINESS_SCORE(-1, 10, "central"))).toEqual({
      code: VALUE,
      message: "late: must be a whole number ≥ 0, got -1",
    });
    expect(errorOf(() => REFUSALS_SCORE(1.5, 10, "central"))).toEqual({
      code: VALUE,
      message: "refusals: must be a whole number ≥ 0, got 1.5",
    });
    expect(errorOf(() => TIMELINESS_SCORE(11, 10, "central"))).toEqual({
      code: VALUE,
      message: "late = 11 cannot exceed renderedExcludingOneDay = 10",
    });
    expect(errorOf(() => SERVICE_COMPLAINTS_SCORE(5, 0, "local"))).toEqual({
      code: VALUE,
      message: "complaints = 5 cannot exceed rendered = 0",
    });
    expect(errorOf(() => INCOMPLETE_DOCS_SCORE(1, "ten", "local"))).toEqual({
      code: VALUE,
      message: 'base: must be a number, got "ten"',
    });
    expect(errorOf(() => EXTRA_DOCS_SCORE(null, 10, "local"))).toEqual({
      code: NA,
      message: "extra: required field is missing",
    });
  });
  test("automation: T, V, B, P and K3 (clamped 0..25, I-4)", () => {
    close(PORTAL_SCORE(50, 60), (50 / 60) * 10);
    expect(PORTAL_SCORE(0, 0)).toBe(10);
    close(E_VOLUME_SCORE(90000, 120000), 7.5);
    expect(E_VOLUME_SCORE(0, 0)).toBe(10);
    expect(AUTOMATION_BONUS(3, false)).toBe(3);
    expect(AUTOMATION_BONUS(9, false)).toBe(5);
    expect(AUTOMATION_BONUS(0, true)).toBe(5);
    expect(AUTOMATION_BONUS(0, "иә")).toBe(5);
    expect(AUTOMATION_BONUS(2, "нет")).toBe(2);
    close(DOWNTIME_PENALTY(4), 0.8);
    expect(DOWNTIME_PENALTY(30)).toBe(5);
    close(AUTOMATION_SCORE(50, 60, 90000, 120000, 3, false, 4), (50 / 60) * 10 + 7.5 + 3 - 0.8);
    expect(AUTOMATION_SCORE(0, 10, 0, 10, 0, false, 100)).toBe(0);
    expect(AUTOMATION_SCORE(10, 10, 10, 10, 0, true, 0)).toBe(25);
  });
  test("automation errors", () => {
    expect(errorOf(() => PORTAL_SCORE(61, 60)).message).toBe(
      "portalServiceTypes = 61 cannot exceed serviceTypes = 60",
    );
    expect(errorOf(() => E_VOLUME_SCORE(-1, 10))).toEqual({
      code: VALUE,
      message: "electronicVolume: must be a number ≥ 0, got -1",
    });
    expect(errorOf(() => AUTOMATION_BONUS(1, "maybe"))).toEqual({
      code: VALUE,
      message: 'allElectronic: must be true or false, got "maybe"',
    });
    expect(errorOf(() => DOWNTIME_PENALTY(-2)).message).toBe("downtimeHours: must be a number ≥ 0, got -2");
  });
  test("SERVICES_SCORE: K1 + K2 + K3 (central), M1 + M2 (local)", () => {
    close(
      SERVICES_SCORE("central", 13.5, 9.75, 22.6, 7.8, 8, 7.9, 18),
      13.5 + 9.75 + 22.6 + 7.8 + 8 + 7.9 + 18,
    );
    close(SERVICES_SCORE("local", 20, 19, 30, 10, 10, 9), 98);
    expect(errorOf(() => SERVICES_SCORE("central", 1, 1, 1, 1, 1, 1))).toEqual({
      code: NA,
      message: "k3: required field is missing",
    });
    expect(errorOf(() => SERVICES_SCORE("local", 1, 1, 1, 1, 1, 1, 5))).toEqual({
      code: VALUE,
      message: "k3: a local body has no automation criterion (K3 is for central bodies only)",
    });
  });
});

describe("openness (annex 10 ranges in table order)", () => {
  const kk = [[1, 0, 1, 0.5, 1]];
  const ru = [[1, 0, 0.8, 1, 1]];
  test("OPEN_DATA_SCORE: weight × fulfilment per language, §62 with no request", () => {
    // kk 3.5 + 0 + 3.5 + 1.5 + 1, ru 3.5 + 0 + 2.8 + 3 + 1; §62 adds 1.5 per language.
    close(OPEN_DATA_SCORE(kk, ru, "central"), 9.5 + 10.3);
    close(OPEN_DATA_SCORE(kk, ru, "central", 0), 9.5 + 10.3 + 3);
    close(OPEN_DATA_SCORE(kk, ru, "central", 2), 9.5 + 10.3);
    // Columns instead of rows, booleans and "na" words.
    close(
      OPEN_DATA_SCORE([[true], [false], [true], ["n/a"], ["иә"]], [[1], [1], [1], [1], [1]], "local"),
      11 + 12.5,
    );
    // Matched by indicator number when the numbers are given (any order, missing rows count 0).
    close(OPEN_DATA_SCORE([[1], [0.5]], [[1], [1]], "central", "", "", [["5"], [1]]), 1 + 1.75 + 1 + 3.5);
  });
  test("OPEN_DATA_SCORE errors: range size, fulfilment range, unknown indicator, bad cell", () => {
    expect(errorOf(() => OPEN_DATA_SCORE([[1, 1, 1, 1]], ru, "central"))).toEqual({
      code: VALUE,
      message: "kk: the range must hold 5 cells (annex 10 order: 1, 2, 3, 4, 5), got 4",
    });
    expect(errorOf(() => OPEN_DATA_SCORE(kk, [[1, 1, 1.5, 1, 1]], "central"))).toEqual({
      code: VALUE,
      message: "ru[3]: must be between 0 and 1, got 1.5",
    });
    expect(errorOf(() => OPEN_DATA_SCORE([[1]], [[1]], "central", "", "", [["7"]]))).toEqual({
      code: VALUE,
      message: 'indicators: unknown field "7"',
    });
    expect(errorOf(() => OPEN_DATA_SCORE([[1, 1, "half", 1, 1]], ru, "central")).message).toBe(
      'kk[3]: must be a fulfilment from 0 to 1, true/false or "na", got "half"',
    );
    expect(errorOf(() => OPEN_DATA_SCORE(kk, ru, "central", -1)).message).toContain("requestsReceived");
  });
  const budgetKk = [[1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0.5, 1, 1, 0.75, 1, 1, 0]];
  const budgetRu = [[1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0]];
  test("OPEN_BUDGET_SCORE: §68 announcement and audit rules, National Bank exemption (I-6)", () => {
    // kk 9.7; ru 9.5 without announcement: indicators 3 and 9 zeroed → 8.
    close(OPEN_BUDGET_SCORE(budgetKk, budgetRu, "central", true), 9.7 + 8);
    // No audit: indicator 4 gets its maximum (1) in each language.
    close(OPEN_BUDGET_SCORE(budgetKk, budgetRu, "central", false), 9.7 + 8 + 2);
    // National Bank: * indicators at maximum, not zeroed.
    close(OPEN_BUDGET_SCORE(budgetKk, budgetRu, "central", true, "Ұлттық Банк"), 10.95 + 11.5);
    expect(errorOf(() => OPEN_BUDGET_SCORE(budgetKk, budgetRu, "central", true, "Minfin")).message).toBe(
      'exemption: exemption must be "nationalBank" or "defence", got "Minfin"',
    );
    expect(errorOf(() => OPEN_BUDGET_SCORE([[1, 1, 1, 1, 1, 1, 1, 1, 1]], [[1, 1]], "local")).message).toBe(
      "ru: the range must hold 9 cells (annex 10 order: 1, 2, 3, 4, 5, 6, 7.1, 7.2, 7.3), got 2",
    );
  });
  test("OPEN_BUDGET_SCORE for a classified budget: the cohort mean, or #N/A naming I-13", () => {
    expect(OPEN_BUDGET_SCORE([[""]], [[""]], "local", "", "", "иә", 21.5)).toBe(21.5);
    expect(errorOf(() => OPEN_BUDGET_SCORE([[""]], [[""]], "local", "", "", true))).toEqual({
      code: NA,
      message:
        "the budget is classified: give the mean open budget score of the cohort's local bodies (I-13)",
    });
    expect(
      errorOf(() => OPEN_BUDGET_SCORE([[""]], [[""]], "central", "", "nationalBank", true, 20)).code,
    ).toBe(NA);
  });
  test("OPEN_NPA_SCORE: §73 announcement rule, na keeps its maximum (I-15)", () => {
    // kk: 1 + 3 + 1 + 5 (na) + 1 = 11; ru: announcement all 0 → 1 and 2 zeroed: 0 + 0 + 2 + 5 = 7.
    close(OPEN_NPA_SCORE([[1, 1, 0.5, "na", 1, 1, 0]], [[1, 1, 1, "na", 0, 0, 0]], "central"), 11 + 7);
    close(OPEN_NPA_SCORE([["na", 1, 1, 0, 0, 0]], [["na", 1, 1, 0, 0, 0]], "local"), 2 * (4 + 2 + 5));
  });
  test("OPEN_DIALOGUE_SCORE: answered/received share (I-7), Ministry of Defence (I-6)", () => {
    // kk: 0.5 + 5 × 45/50 + 3 + 3 + 0; ru: same with indicator 4 unmet.
    close(OPEN_DIALOGUE_SCORE([[1, "45/50", 1, 1, 0]], [[1, "45/50", 1, 0, 0]], "central"), 11 + 8);
    close(OPEN_DIALOGUE_SCORE([[1, "0/0", 1, 1, 0]], [[1, 0.9, 1, 1, 0]], "central", "defence"), 12.5 + 12);
    expect(
      errorOf(() => OPEN_DIALOGUE_SCORE([[1, "51/50", 1, 1, 0]], [[1, 1, 1, 1, 1]], "central")).message,
    ).toBe("answered = 51 cannot exceed received = 50");
  });
  test("SUBORDINATE_PENALTY: per table caps of 3, total at most 9, counts are breaches (I-8)", () => {
    expect(
      SUBORDINATE_PENALTY([[false, true, 0, false, false, 2]], [[true, false, false, false, false, false]]),
    ).toBe(0.5 + 1 + 1.5);
    expect(SUBORDINATE_PENALTY([[true, true, true, true, true, true]], [[1, 1, 1, 1, 1, 1]])).toBe(9);
    expect(SUBORDINATE_PENALTY([["", "", "", "", "", ""]], [["жоқ", "нет", "no", false, 0, ""]])).toBe(0);
    expect(errorOf(() => SUBORDINATE_PENALTY([[1.5, 0, 0, 0, 0, 0]], [[0, 0, 0, 0, 0, 0]])).code).toBe(VALUE);
    expect(errorOf(() => SUBORDINATE_PENALTY([["often", 0, 0, 0, 0, 0]], [[0, 0, 0, 0, 0, 0]]))).toEqual({
      code: VALUE,
      message: 'kk[8.1]: must be true/false or a count of organisations in breach, got "often"',
    });
  });
  test("OPENNESS_SCORE: P1 + P2 + P3 + P4 − P5", () => {
    close(OPENNESS_SCORE(22.8, 17.7, 18, 19, 3), 74.5);
    expect(errorOf(() => OPENNESS_SCORE(22.8, 17.7, 18, 19, "")).code).toBe(NA);
  });
});

describe("complaints", () => {
  test("R1–R3: rates, clamps, nothing reviewed (I-10), R2 without court challenge", () => {
    close(DEADLINE_SCORE(10, 1000), 30);
    expect(DEADLINE_SCORE(0, 0)).toBe(40);
    expect(DEADLINE_SCORE(50, 1000)).toBe(0);
    close(COURT_SCORE(1, 1000, true), 20);
    expect(COURT_SCORE(1, 1000, false)).toBe(30);
    expect(COURT_SCORE(1, 1000, "жоқ")).toBe(30);
    close(REPEAT_SCORE(3, 1000), 19.7);
    expect(errorOf(() => DEADLINE_SCORE(11, 10)).message).toBe("late = 11 cannot exceed reviewed = 10");
    expect(errorOf(() => COURT_SCORE(1, 10, "")).code).toBe(NA);
  });
  test("R4: bands of the disciplined share, exact at the borders (I-1, I-12, I-18), no late review (I-9)", () => {
    expect(DISCIPLINE_SCORE(7, 10, 2)).toBe(8); // 7 / 8 = 87.5 %
    expect(DISCIPLINE_SCORE(9, 10, 0)).toBe(10); // exactly 90 %
    expect(DISCIPLINE_SCORE(8, 10, 0)).toBe(8);
    expect(DISCIPLINE_SCORE(4, 10, 0)).toBe(0);
    expect(DISCIPLINE_SCORE(0, 0, 0)).toBe(10);
    expect(errorOf(() => DISCIPLINE_SCORE(9, 10, 2)).message).toBe(
      "disciplined + disciplineImpossible = 11 cannot exceed late = 10",
    );
  });
  test("COMPLAINTS_SCORE", () => {
    close(COMPLAINTS_SCORE(30, 20, 19.7, 8), 77.7);
  });
});

describe("penalty, finals, general score, level", () => {
  test("RELIABILITY_PENALTY and DIRECTION_FINAL", () => {
    close(RELIABILITY_PENALTY(2), 0.4);
    expect(RELIABILITY_PENALTY(40)).toBe(5);
    close(DIRECTION_FINAL(87.64, 2), 87.24);
    expect(DIRECTION_FINAL(87.64)).toBe(87.64);
    expect(DIRECTION_FINAL(3, 25)).toBe(0);
    expect(errorOf(() => RELIABILITY_PENALTY(-1)).message).toBe("facts: must be a whole number ≥ 0, got -1");
  });
  test("OVERALL_SCORE: mean of finals, na left out (I-16), weights, missing direction", () => {
    close(OVERALL_SCORE(87.24, 74.5, 77.5), (87.24 + 74.5 + 77.5) / 3);
    close(OVERALL_SCORE("na", 74.5, 77.5), (74.5 + 77.5) / 2);
    close(OVERALL_SCORE("қолданылмайды", 74.5, 77.5), (74.5 + 77.5) / 2);
    close(OVERALL_SCORE(90, 60, 30, [[2, 1, 1]]), (180 + 60 + 30) / 4);
    close(OVERALL_SCORE(90, 60, 30, [[2, "", ""]]), (180 + 60 + 30) / 4);
    expect(errorOf(() => OVERALL_SCORE("", 74.5, 77.5))).toEqual({
      code: NA,
      message: "direction services has no data yet, so the general score is not computed (I-16)",
    });
    expect(errorOf(() => OVERALL_SCORE(1, 2, 3, [[1, -1, 1]])).code).toBe(VALUE);
    expect(errorOf(() => OVERALL_SCORE("na", "na", "na")).code).toBe(NA);
  });
  test("EFFICIENCY_LEVEL: thresholds with tolerance (I-18), three languages", () => {
    expect(EFFICIENCY_LEVEL(90, "en")).toBe("high");
    expect(EFFICIENCY_LEVEL(89.996, "kk")).toBe("орташа");
    expect(EFFICIENCY_LEVEL(90 - 1e-12, "ru")).toBe("высокий");
    expect(EFFICIENCY_LEVEL(50, "ru")).toBe("низкий");
    expect(EFFICIENCY_LEVEL(49.99, "қазақша")).toBe("тиімсіз");
    expect(EFFICIENCY_LEVEL(70)).toBe("medium"); // no Office: English
    expect(errorOf(() => EFFICIENCY_LEVEL(70, "de"))).toEqual({
      code: VALUE,
      message: 'lang: language must be kk, ru or en, got "de"',
    });
    expect(errorOf(() => EFFICIENCY_LEVEL(101, "en")).message).toBe(
      "score: must be between 0 and 100, got 101",
    );
  });
});
