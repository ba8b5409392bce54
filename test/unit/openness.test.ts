import { type BodyResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { scoreOpennessLanguage, subordinatePenalty, sumPoints } from "../../src/methodology/openness";
import { assessment, centralBody, clone, fullOpenness, localBody } from "../helpers/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function scoreBodies(...bodies: Json[]): BodyResult[] {
  const e = evaluate(assessment(...bodies));
  if (!e.ok) throw new Error(JSON.stringify(e.problems));
  return e.result.bodies;
}

function openness(b: BodyResult): Record<string, number> {
  if (b.openness === null || b.openness === "na") throw new Error("no openness");
  return b.openness.values;
}

describe("openness: every indicator fully met", () => {
  test("P1–P4 are 25 each, P5 0", () => {
    for (const body of [centralBody(), localBody()]) {
      const v = openness(scoreBodies(body)[0]!);
      expect([v.P1, v.P2, v.P3, v.P4, v.P5]).toEqual([25, 25, 25, 25, 0].map((x) => expect.closeTo(x, 9)));
    }
  });
});

describe("§62 open data indicator 2", () => {
  const row2 = (values: Json, requests: number | undefined) =>
    scoreOpennessLanguage("openData", "central", values, { requestsReceived: requests }).find(
      (r) => r.key === "2",
    )!;
  test("granted when 5 is fully met and no request came", () => {
    expect(row2({ "1": 1, "2": 0, "3": 1, "4": 1, "5": 1 }, 0).points).toBe(1.5);
    expect(row2({ "1": 1, "2": 0, "3": 1, "4": 1, "5": "na" }, 0).points).toBe(1.5);
  });
  test("not granted when a request came, 5 is partly met, or requests are unknown", () => {
    expect(row2({ "2": 0, "5": 1 }, 2).points).toBe(0);
    expect(row2({ "2": 0, "5": 0.9 }, 0).points).toBe(0);
    expect(row2({ "2": 0, "5": 1 }, undefined).points).toBe(0);
  });
});

describe("§68 budget rules, exemptions (I-6) and na (I-15)", () => {
  const central = (values: Json, audit = true, exempt: ("nationalBank" | "defence")[] = []) =>
    scoreOpennessLanguage("openBudget", "central", values, { auditInPeriod: audit }, exempt);
  const points = (rows: ReturnType<typeof central>, key: string) => rows.find((r) => r.key === key)!.points;
  const allOnes = Object.fromEntries(
    ["1.1", "1.2", "1.3", "1.4", "1.5", "2", "3", "4", "5", "6", "7", "8", "9", "10"].map((k) => [k, 1]),
  );
  const noAnnouncement = { ...allOnes, "11.1": 0, "11.2": 0, "11.3": 0 };

  test("no announcement at all zeroes 3 and 9 (I-14)", () => {
    const rows = central(noAnnouncement);
    expect(points(rows, "3")).toBe(0);
    expect(points(rows, "9")).toBe(0);
    expect(sumPoints(rows)).toBeCloseTo(12.5 - 1 - 0.5 - 2, 9);
  });
  test("a partial announcement keeps 3 and 9", () => {
    const rows = central({ ...noAnnouncement, "11.2": 0.5 });
    expect(points(rows, "3")).toBe(1);
    expect(points(rows, "9")).toBe(0.5);
  });
  test('an announcement sub-item entered "na" counts as present', () => {
    expect(points(central({ ...noAnnouncement, "11.3": "na" }), "3")).toBe(1);
  });
  test("indicator 3 entered na keeps its maximum without announcement (I-15)", () => {
    expect(points(central({ ...noAnnouncement, "3": "na" }), "3")).toBe(1);
  });
  test("the National Bank's exempt indicators get their maximum and are not zeroed (I-6)", () => {
    const rows = central({ ...noAnnouncement, "3": 0, "9": 0, "10": 0 }, true, ["nationalBank"]);
    expect(points(rows, "3")).toBe(1);
    expect(points(rows, "9")).toBe(0.5);
    expect(points(rows, "10")).toBe(3);
    expect(points(rows, "11.1")).toBe(1);
  });
  test("no audit in the period: indicator 4 (local 2) gets its maximum", () => {
    expect(points(central({ ...allOnes, "4": 0 }, false), "4")).toBe(1);
    const local = scoreOpennessLanguage("openBudget", "local", { "2": 0 }, { auditInPeriod: false });
    expect(local.find((r) => r.key === "2")!.points).toBe(2);
  });
  test("local announcement rule zeroes 1 and 5", () => {
    const local = scoreOpennessLanguage("openBudget", "local", {
      "1": 1,
      "5": 1,
      "7.1": 0,
      "7.2": 0,
      "7.3": 0,
    });
    expect(local.find((r) => r.key === "1")!.points).toBe(0);
    expect(local.find((r) => r.key === "5")!.points).toBe(0);
  });
});

describe("§73 NPA rules", () => {
  test("central: no announcement zeroes 1 and 2 unless na (I-15)", () => {
    const rows = scoreOpennessLanguage("openNpa", "central", {
      "1": 1,
      "2": "na",
      "3": 1,
      "4": 1,
      "5.1": 0,
      "5.2": 0,
      "5.3": 0,
    });
    expect(rows.map((r) => r.points)).toEqual([0, 3, 2, 5, 0, 0, 0]);
  });
  test("local: no announcement zeroes 1", () => {
    const rows = scoreOpennessLanguage("openNpa", "local", {
      "1": 1,
      "2": 1,
      "3": 1,
      "4.1": 0,
      "4.2": 0,
      "4.3": 0,
    });
    expect(rows.map((r) => r.points)).toEqual([0, 2, 5, 0, 0, 0]);
  });
});

describe("open dialogue", () => {
  test("indicator 2 is the answered share; none received → maximum (I-7)", () => {
    const rows = scoreOpennessLanguage("openDialogue", "local", {
      "1": 1,
      "2": { answered: 45, received: 50 },
      "3": 1,
      "4": 1,
      "5": 1,
    });
    expect(rows[1]!.points).toBeCloseTo(4.5, 12);
    const none = scoreOpennessLanguage("openDialogue", "local", { "2": { answered: 0, received: 0 } });
    expect(none[1]!.points).toBe(5);
    expect(none[1]!.rule).toBe("noQuestions");
  });
  test("the Ministry of Defence's indicator 5 gets its maximum (I-6)", () => {
    const rows = scoreOpennessLanguage("openDialogue", "central", { "5": 0 }, {}, ["defence"]);
    expect(rows[4]!.points).toBe(1);
  });
});

describe("P5 subordinate organisations (tables 7–10, I-8)", () => {
  const none = { "8.1": false, "9.1": false, "9.2": false, "9.3": false, "10.1": false, "10.2": false };
  test("per violation and language; counts > 0 are one breach", () => {
    expect(subordinatePenalty({ kk: { ...none, "9.1": 5 }, ru: { ...none, "9.1": true } })).toBe(1);
    expect(subordinatePenalty({ kk: { ...none, "10.2": 0 }, ru: none })).toBe(0);
  });
  test("every violation in both languages: each table 3, total 9", () => {
    const all = { "8.1": true, "9.1": true, "9.2": true, "9.3": true, "10.1": true, "10.2": true };
    expect(subordinatePenalty({ kk: all, ru: all })).toBe(9);
  });
});

describe("classified budget: cohort mean per indicator and language (I-13)", () => {
  test("the classified body gets the mean of its unclassified same-type peers", () => {
    const a = centralBody("a");
    const b = centralBody("b");
    const secret = centralBody("secret");
    (b.openness as Json).openBudget.kk["10"] = 0; // b loses 3 points in kk
    (b.openness as Json).openBudget.ru["5"] = 0.5; // and 0.75 in ru
    (secret.openness as Json).openBudget = { kk: {}, ru: {}, auditInPeriod: true, classified: true };
    const local = localBody("l"); // another type: never averaged in
    (local.openness as Json).openBudget.kk["1"] = 0;
    const [ra, rb, rs] = scoreBodies(a, b, secret, local);
    expect(openness(ra!).P2).toBeCloseTo(25, 9);
    expect(openness(rb!).P2).toBeCloseTo(25 - 3 - 0.75, 9);
    expect(openness(rs!).P2).toBeCloseTo(25 - (3 + 0.75) / 2, 9);
    expect(rs!.explain.find((e) => e.key === "openness.P2.kk")!.rule).toContain("I-13");
  });
});

describe("directions na and missing in the general score (I-16)", () => {
  test('services "na": mean of the other two', () => {
    const body = centralBody();
    body.services = "na";
    const [r] = scoreBodies(body);
    expect(r!.services).toBe("na");
    const finals = [r!.openness, r!.complaints].map((d) => (typeof d === "object" && d ? d.final : NaN));
    expect(r!.overall!.score).toBeCloseTo((finals[0]! + finals[1]!) / 2, 9);
  });
  test("missing openness: general score null with a warning", () => {
    const body = clone(centralBody());
    delete body.openness;
    const [r] = scoreBodies(body);
    expect(r!.openness).toBeNull();
    expect(r!.overall).toBeNull();
    expect(r!.warnings.map((w) => w.code)).toContain("directionMissing");
  });
  test("missing openness keys count as 0 with a warning naming table, language and key", () => {
    const body = centralBody();
    delete (body.openness as Json).openNpa.ru["3"];
    const [r] = scoreBodies(body);
    expect(openness(r!).P3).toBeCloseTo(25 - 2, 9);
    const w = r!.warnings.find((x) => x.code === "missingOpennessKey")!;
    expect(w.params).toEqual({ table: "openNpa", lang: "ru", key: "3" });
    expect(w.path).toBe("bodies[0].openness.openNpa.ru.3");
  });
});

describe("P1 cohort fallback (I-2)", () => {
  test("an unmonitored body gets the mean P1 of monitored same-type bodies", () => {
    const a = localBody("a"); // ratings 4.85, 4.62 → (20 + 16) / 2 = 18
    const b = localBody("b");
    (b.services as Json).ratings = [4.0]; // → 4
    const c = localBody("c");
    (c.services as Json).ratings = [];
    const central = centralBody("x");
    (central.services as Json).ratings = [3.0]; // another type: 0, must not be averaged in
    const results = scoreBodies(a, b, c, central);
    const p1 = (r: BodyResult) => (typeof r.services === "object" && r.services ? r.services.values.P1 : NaN);
    expect(p1(results[2]!)).toBeCloseTo((18 + 4) / 2, 12);
    expect(results[2]!.explain.find((e) => e.key === "services.P1")!.rule).toBe("I-2");
  });
});

test("fullOpenness fixture is complete", () => {
  expect(Object.keys(fullOpenness("central"))).toHaveLength(5);
});

test("requestsReceived not entered: §62 is not applied and a warning says so", () => {
  const body = centralBody();
  const od = (body.openness as Json).openData;
  delete od.requestsReceived;
  od.kk["2"] = 0;
  const [r] = scoreBodies(body);
  expect(openness(r!).P1).toBeCloseTo(25 - 1.5, 9);
  expect(r!.warnings.map((w) => w.code)).toContain("requestsNotEntered");
});
