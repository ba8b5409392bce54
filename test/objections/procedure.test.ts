/**
 * The objections procedure on the sample cohort. Expected score changes are derived from
 * docs/METHODOLOGY.md by hand (comments give the arithmetic), not read back from the engine.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { overridesFrom } from "../../src/calendar/calendar";
import { type AssessmentResult, type DirectionResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { applyCorrections, modelToInput } from "../../src/objections/apply";
import { logEntries, logSheet } from "../../src/objections/log";
import {
  parseObjectionRows,
  parseObjectionsDocument,
  parseHolidayRows,
} from "../../src/objections/objection-parse";
import { runObjections } from "../../src/objections/procedure";
import { reviewObjections } from "../../src/objections/review";
import type { Objection } from "../../src/objections/objection-types";
import { parseAssessment } from "../../src/model/parse";

const ROOT = join(__dirname, "..", "..");

function sample(): AssessmentResult {
  const ev = evaluate(JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")));
  if (!ev.ok) throw new Error("sample cohort does not validate");
  return ev.result;
}

function dir(
  result: AssessmentResult,
  id: string,
  d: "services" | "openness" | "complaints",
): DirectionResult {
  const r = result.bodies.find((b) => b.id === id)![d];
  if (r === null || r === "na") throw new Error("not scored");
  return r;
}

function objection(partial: Partial<Objection> & Pick<Objection, "no" | "bodyId" | "direction">): Objection {
  return {
    item: "",
    text: "objection text",
    corrections: [],
    source: `test[${partial.no}]`,
    conclusionReceived: "2020-03-19",
    submitted: "2020-03-27",
    decision: "accepted",
    decisionDate: "2020-04-08",
    ...partial,
  };
}

describe("an accepted objection changes exactly the objected indicators", () => {
  // mju complaints: disciplined 118, late 231, impossible 23 → s = 118/208 = 56.7 % → R4 = 1 (50 ≤ s < 60).
  // Corrected disciplined 190 → 190 × 100 = 19 000 ≥ 90 × 208 = 18 720 → R4 = 10: +9 points.
  const original = sample();
  const before = JSON.stringify(original.assessment);
  const out = runObjections(original, [
    objection({
      no: 1,
      bodyId: "mju",
      direction: "complaints",
      item: "R4",
      corrections: [{ path: "complaints.disciplined", value: 190 }],
    }),
  ]);

  it("re-scores without errors", () => {
    expect(out.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(out.corrected).toBeDefined();
  });
  it("the changed indicators are R4, the direction total and final, and the general score — nothing else", () => {
    const changed = out.comparison.map((c) => `${c.bodyId}.${c.direction}.${c.indicator}`).sort();
    expect(changed).toEqual([
      "mju.complaints.R4",
      "mju.complaints.final",
      "mju.complaints.total",
      "mju.overall.score",
    ]);
  });
  it("by the amounts the methodology gives", () => {
    const r4 = out.comparison.find((c) => c.indicator === "R4")!;
    expect([r4.before, r4.after]).toEqual([1, 10]);
    const total = out.comparison.find((c) => c.direction === "complaints" && c.indicator === "total")!;
    expect((total.after as number) - (total.before as number)).toBeCloseTo(9, 9);
    // The general score is the mean of three directions: +9 / 3.
    const score = out.comparison.find((c) => c.indicator === "score")!;
    expect((score.after as number) - (score.before as number)).toBeCloseTo(3, 9);
  });
  it("the log holds the change with old and new value, objection and row", () => {
    const entries = logEntries(out.changes, { who: "analyst A", recorded: "2020-04-09" });
    expect(entries).toEqual([
      expect.objectContaining({
        entry: 1,
        who: "analyst A",
        recorded: "2020-04-09",
        decided: "2020-04-08",
        bodyId: "mju",
        direction: "complaints",
        objection: 1,
        source: "test[1]",
        field: "complaints.disciplined",
        oldValue: 118,
        newValue: 190,
      }),
    ]);
    const sheet = logSheet(entries, ["kk"]);
    expect(sheet.kind).toBe("log");
    expect(sheet.tables?.[0]?.name).toBe("opeval_Log");
    expect(sheet.rows[1]).toEqual(expect.arrayContaining(["complaints.disciplined", 118, 190, "analyst A"]));
  });
  it("the original model and results are untouched (reproducible)", () => {
    expect(JSON.stringify(original.assessment)).toBe(before);
    expect(dir(original, "mju", "complaints").values.R4).toBe(1);
    expect(dir(sample(), "mju", "complaints").final).toBe(dir(original, "mju", "complaints").final);
  });
});

describe("which corrections apply", () => {
  const original = sample();
  it("late, rejected and pending objections change nothing; the late one is named with its deadline", () => {
    const out = runObjections(original, [
      // Received Thu 19 Mar 2020; 21–25 Mar off (Nauryz + shifts) → deadline Tue 31 Mar. Sent 1 Apr: late.
      objection({
        no: 1,
        bodyId: "almaty",
        direction: "services",
        submitted: "2020-04-01",
        corrections: [{ path: "services.late", value: 0 }],
      }),
      objection({
        no: 2,
        bodyId: "mju",
        direction: "services",
        decision: "rejected",
        corrections: [{ path: "services.late", value: 0 }],
      }),
      objection({
        no: 3,
        bodyId: "mzsr",
        direction: "services",
        decision: undefined,
        corrections: [{ path: "services.late", value: 0 }],
      }),
    ]);
    expect(out.comparison).toEqual([]);
    expect(out.changes).toEqual([]);
    expect(out.reviews.map((r) => [r.objection.no, r.outcome, r.deadline])).toEqual([
      [1, "late", "2020-03-31"],
      [2, "rejected", "2020-03-31"],
      [3, "pending", "2020-03-31"],
    ]);
    expect(out.problems.find((p) => p.code === "objectionLate")?.params).toMatchObject({
      deadline: "2020-03-31",
      submitted: "2020-04-01",
    });
  });
  it("the last day of the period is still in time", () => {
    const { reviews } = reviewObjections(
      [objection({ no: 1, bodyId: "mju", direction: "services", submitted: "2020-03-31" })],
      original,
    );
    expect(reviews[0]!.late).toBe(false);
  });
  it("a user-added day off extends the deadline", () => {
    // With Mon 30 Mar 2020 made a day off, the 5th working day after 19 Mar is Wed 1 Apr.
    const overrides = overridesFrom([{ date: "2020-03-30", working: false }]);
    const { reviews } = reviewObjections(
      [objection({ no: 1, bodyId: "mju", direction: "services", submitted: "2020-04-01" })],
      original,
      overrides,
    );
    expect(reviews[0]).toMatchObject({
      deadline: "2020-04-01",
      late: false,
      commissionDeadline: "2020-04-16",
    });
  });
  it("a correction of the reliability facts changes only the penalty and what follows from it", () => {
    // mju openness: 1 fact → penalty 0.2; corrected to 0 facts → penalty 0, final +0.2, general +0.2/3.
    const out = runObjections(original, [
      objection({
        no: 1,
        bodyId: "mju",
        direction: "openness",
        item: "penalty",
        corrections: [{ path: "unreliable.openness", value: 0 }],
      }),
    ]);
    expect(out.comparison.map((c) => `${c.direction}.${c.indicator}:${c.before}→${c.after}`)).toEqual([
      "openness.penalty:0.2→0",
      expect.stringMatching(/^openness\.final:/),
      expect.stringMatching(/^overall\.score:/),
    ]);
  });
  it("a cohort rule carries a correction to a peer (I-2: Turkestan's P1 is the mean of monitored local bodies)", () => {
    const out = runObjections(original, [
      objection({
        no: 1,
        bodyId: "karaganda",
        direction: "services",
        corrections: [{ path: "services.ratings[0]", value: 4.9 }],
      }),
    ]);
    const bodies = new Set(out.comparison.map((c) => c.bodyId));
    expect(bodies).toEqual(new Set(["karaganda", "turkestan"]));
    expect(out.comparison.some((c) => c.bodyId === "turkestan" && c.indicator === "P1")).toBe(true);
  });
  it("bad corrections are refused with a reason; the model is validated as input is", () => {
    const bad = (path: string, value: unknown, direction: Objection["direction"] = "services") =>
      applyCorrections(
        original.assessment,
        reviewObjections(
          [objection({ no: 7, bodyId: "mju", direction, corrections: [{ path, value }] })],
          original,
        ).reviews,
      );
    expect(bad("services.nonsense.deep", 1).problems[0]).toMatchObject({ code: "unknownCorrectionPath" });
    expect(bad("type", "local").problems[0]).toMatchObject({ code: "unknownCorrectionPath" });
    expect(bad("complaints.late", 1).problems[0]).toMatchObject({ code: "correctionOutsideDirection" });
    const negative = bad("services.late", -1);
    expect(negative.result).toBeUndefined();
    expect(negative.problems[0]).toMatchObject({ code: "expectedCount", path: "bodies[0].services.late" });
    expect(negative.problems[1]).toMatchObject({
      code: "correctionInvalid",
      params: { no: 7, field: "services.late" },
    });
    expect(bad("services.late", "12").problems[0]).toMatchObject({ code: "expectedCount" });
  });
  it("two accepted objections may not set one field to different values", () => {
    const out = runObjections(original, [
      objection({
        no: 1,
        bodyId: "mju",
        direction: "services",
        corrections: [{ path: "services.late", value: 1 }],
      }),
      objection({
        no: 2,
        bodyId: "mju",
        direction: "services",
        corrections: [{ path: "services.late", value: 2 }],
      }),
    ]);
    expect(out.corrected).toBeUndefined();
    expect(out.problems.map((p) => p.code)).toContain("conflictingCorrections");
  });
  it("unknown bodies and directions without a conclusion are errors", () => {
    const out = reviewObjections([objection({ no: 1, bodyId: "nobody", direction: "services" })], original);
    expect(out.problems[0]).toMatchObject({ severity: "error", code: "unknownBody" });
  });
});

describe("the model written back as input validates to the same model", () => {
  it("round-trips the sample cohort", () => {
    const original = sample().assessment;
    const again = parseAssessment(modelToInput(original));
    expect(again.assessment).toEqual(JSON.parse(JSON.stringify(original)));
  });
});

describe("reading objections", () => {
  it("table rows: words in kk/ru, dates as serials or text, continuation rows add corrections", () => {
    const { objections, problems } = parseObjectionRows([
      {
        no: 1,
        body: "mju",
        direction: "шағымдар",
        item: "R4",
        objection: "Тәртіптік жазалар саны толық есептелмеген",
        conclusionReceived: 43909, // Excel serial of 2020-03-19
        submitted: "27.03.2020",
        decision: "Қабылданды",
        field: "complaints.disciplined",
        value: 190,
      },
      { no: 1, field: "complaints.disciplineImpossible", value: 30 },
      { no: 2, body: "mju", direction: "открытость", decision: "не принято", item: "P4", objection: "…" },
      { body: "x", direction: "?", decision: "maybe", submitted: "31.02.2020" },
    ]);
    expect(objections).toHaveLength(2);
    expect(objections[0]).toMatchObject({
      no: 1,
      direction: "complaints",
      decision: "accepted",
      conclusionReceived: "2020-03-19",
      submitted: "2020-03-27",
      corrections: [
        { path: "complaints.disciplined", value: 190 },
        { path: "complaints.disciplineImpossible", value: 30 },
      ],
    });
    expect(objections[1]).toMatchObject({ no: 2, direction: "openness", decision: "rejected" });
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ["expectedDirection", "opeval_Objections[4].direction"],
      ["expectedDecision", "opeval_Objections[4].decision"],
      ["expectedDate", "opeval_Objections[4].submitted"],
    ]);
  });
  it("holiday rows: working / non-working in three languages; bad rows named", () => {
    const { overrides, problems } = parseHolidayRows([
      { date: "2026-12-31", kind: "демалыс", note: "бұйрық" },
      { date: "2026-12-26", kind: "Рабочий день" },
      { date: "soon", kind: "working" },
      { date: "2026-01-05", kind: "maybe" },
    ]);
    expect(overrides).toEqual([
      { date: "2026-12-31", working: false, note: "бұйрық" },
      { date: "2026-12-26", working: true },
    ]);
    expect(problems.map((p) => p.code)).toEqual(["expectedDate", "expectedDayKind"]);
  });
  it("the sample objections file reads without errors", () => {
    const doc = parseObjectionsDocument(
      JSON.parse(readFileSync(join(ROOT, "samples", "objections-sample.json"), "utf8")),
    );
    expect(doc.problems).toEqual([]);
    expect(doc.objections.length).toBeGreaterThanOrEqual(4);
  });
});
