/**
 * Issue 24 part 2: conclusions received from the authorities that assess openness, complaints and
 * automation (`bodies[].received`). A received direction is not recomputed; the general score uses
 * its final; raw data given too are compared (a difference over 0.005 is a warning, the received
 * conclusion stands); the received direction's own annexes are not issued again.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { buildConclusionForms } from "../../src/forms/index";
import { parseAssessment } from "../../src/model/parse";
import { formatProblem } from "../../src/model/problems";
import { ROOT } from "../helpers/cli";

type Json = Record<string, unknown>;
const cohort = () =>
  JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as { bodies: Json[] };
const META = { conclusionDate: "2021-03-10", conclusionNo: "12", from: "АҚДМ" };

function scoredFull() {
  const e = evaluate(cohort());
  if (!e.ok) throw new Error("the sample cohort must score");
  return e.result;
}

/** The cohort with openness and complaints replaced by the conclusions the full cohort gives, and K3 received for central bodies. */
function receivedOnly(): Json {
  const full = scoredFull();
  const input = cohort();
  for (const body of input.bodies) {
    const r = full.bodies.find((b) => b.id === body.id)!;
    const received: Json = {};
    for (const d of ["openness", "complaints"] as const) {
      const o = r[d];
      if (o === null || o === "na") continue;
      received[d] = { total: o.total, penalty: o.penalty, final: o.final, ...META };
      delete body[d];
      body[d] = undefined;
    }
    const s = r.services;
    if (body.type === "central" && s && s !== "na") {
      received.automation = { K3: s.values.K3, ...META };
      delete (body.services as Json).automation;
    }
    body.received = received;
  }
  return input;
}

describe("received conclusions", () => {
  test("received-only directions give the same general score as the raw data they came from", () => {
    const full = scoredFull();
    const e = evaluate(receivedOnly());
    if (!e.ok) throw new Error(JSON.stringify(e.problems.slice(0, 3)));
    let checked = 0;
    for (const b of e.result.bodies) {
      const f = full.bodies.find((x) => x.id === b.id)!;
      expect([b.id, b.overall]).toEqual([b.id, f.overall]);
      expect(b.overall).not.toBeNull();
      expect(b.warnings.filter((w) => w.code === "receivedDiffers")).toEqual([]);
      checked++;
    }
    expect(checked).toBe(8);
    const mju = e.result.bodies.find((b) => b.id === "mju")!;
    const line = mju.explain.find((x) => x.key === "openness.final")!;
    expect(line.source).toBe("§7, §112–113");
  });

  test("the explanation names the sender and the conclusion's date (kk, ru, en)", async () => {
    const { explanationText } = await import("../../src/methodology/explain");
    const e = evaluate(receivedOnly());
    if (!e.ok) throw new Error();
    const line = e.result.bodies[0]!.explain.find((x) => x.key === "complaints.final")!;
    expect(explanationText(line, "en")).toMatch(/^received from АҚДМ, conclusion of 10\.03\.2021: /);
    expect(explanationText(line, "ru")).toMatch(/^получено от АҚДМ, заключение от 10\.03\.2021: /);
    expect(explanationText(line, "kk")).toMatch(/^АҚДМ жіберген, 10\.03\.2021 қорытындысы: /);
  });

  test("a received final that differs from the raw data: a warning naming both, the received stands", () => {
    const full = scoredFull();
    const computed = full.bodies[0]!.openness as { final: number };
    const input = cohort();
    // Raw openness kept; the received final is 1.5 below it (beyond 0.005).
    const received = Math.floor((computed.final - 1.5) * 100) / 100;
    input.bodies[0]!.received = { openness: { total: received, penalty: 0, final: received, ...META } };
    const e = evaluate(input);
    if (!e.ok) throw new Error(JSON.stringify(e.problems.slice(0, 3)));
    const body = e.result.bodies[0]!;
    expect((body.openness as { final: number }).final).toBe(received);
    const w = body.warnings.filter((x) => x.code === "receivedDiffers");
    expect(w).toHaveLength(1);
    const text = formatProblem(w[0]!, "en");
    expect(text).toContain(
      `is ${received.toFixed(2)}, the raw data give ${(Math.trunc(computed.final * 100) / 100).toFixed(2)}`,
    );
    expect(body.overall!.score).toBeLessThan(full.bodies[0]!.overall!.score);
  });

  test("a difference of 0.005 or less is no warning", () => {
    const full = scoredFull();
    const o = full.bodies[0]!.openness as { total: number; penalty: number; final: number };
    const input = cohort();
    input.bodies[0]!.received = {
      openness: { total: o.total, penalty: o.penalty, final: o.final - 0.004, ...META },
    };
    const e = evaluate(input);
    if (!e.ok) throw new Error();
    expect(e.result.bodies[0]!.warnings.filter((x) => x.code === "receivedDiffers")).toEqual([]);
  });

  test("no annex 8, 12, 5 (nor 1 and 14) for a received direction; annex 15 prints the received figures", () => {
    const e = evaluate(receivedOnly());
    if (!e.ok) throw new Error();
    const forms = buildConclusionForms(e.result, { langs: ["kk"], bodies: ["mju"] });
    const annexes = forms.filter((f) => f.bodyId === "mju").map((f) => [f.annex, f.direction]);
    for (const absent of [5, 8, 9, 12]) expect(annexes.map(([a]) => a)).not.toContain(absent);
    expect(annexes.filter(([, d]) => d === "openness" || d === "complaints")).toEqual([]);
    expect(annexes).toContainEqual([3, null]);
    expect(annexes).toContainEqual([15, null]);
    const a15 = forms.find((f) => f.bodyId === "mju" && f.annex === 15)!;
    const o = scoredFull().bodies.find((b) => b.id === "mju")!.openness as { final: number };
    const cells = a15.spec.rows.flat().filter((c) => typeof c === "number");
    expect(cells).toContain(Math.trunc(o.final * 100) / 100);
    // Its analysis names the source instead of criteria it does not have (kk form).
    const texts = a15.spec.rows.map((r) => r[0]).filter((c): c is string => typeof c === "string");
    expect(texts.filter((t) => t.startsWith("АҚДМ 10.03.2021 қорытындысы бойынша: "))).toHaveLength(2);
    expect(texts.filter((t) => t.includes("ең жоғарғы балл алды"))).toEqual([]);
  });
});

describe("the receipt deadline (§112–113): 5 working days after the commission", () => {
  // Decision on Friday 05.03.2021; Monday 08.03 is a holiday (International Women's Day), so the
  // fifth working day after it is Monday 15.03.2021 (9, 10, 11, 12, 15 March).
  function warningsFor(receivedOn: string) {
    const input = cohort();
    const o = { total: 80, penalty: 0, final: 80, ...META, decisionDate: "2021-03-05", receivedOn };
    input.bodies[0]!.received = { openness: o };
    const e = evaluate(input);
    if (!e.ok) throw new Error(JSON.stringify(e.problems.slice(0, 3)));
    return e.result.bodies[0]!.warnings.filter((w) => w.code === "receivedLate");
  }
  test("received on the fifth working day: in time", () => {
    expect(warningsFor("2021-03-15")).toEqual([]);
  });
  test("received the day after: a late receipt, a warning with the due date", () => {
    const w = warningsFor("2021-03-16");
    expect(w).toHaveLength(1);
    expect(w[0]!.params).toEqual({
      direction: "openness",
      receivedOn: "2021-03-16",
      decisionDate: "2021-03-05",
      due: "2021-03-15",
    });
    for (const lang of ["kk", "ru", "en"] as const)
      expect(formatProblem(w[0]!, lang)).toContain("2021-03-15");
  });
});

describe("hostile received input", () => {
  function problemsOf(mutate: (bodies: Json[]) => void) {
    const input = cohort();
    mutate(input.bodies);
    const parsed = parseAssessment(input);
    return parsed.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.path]);
  }
  const ok = { total: 80, penalty: 0.2, final: 79.8, ...META };

  test("a direction that does not apply to the body", () => {
    expect(
      problemsOf((b) => {
        b[0]!.openness = "na";
        b[0]!.received = { openness: ok };
        b[4]!.received = { automation: { K3: 10, ...META } };
      }),
    ).toEqual([
      ["receivedNotApplicable", "bodies[0].received.openness"],
      ["receivedNotApplicable", "bodies[4].received.automation"],
    ]);
  });

  test("a score above its maximum, below 0, not a number", () => {
    expect(
      problemsOf((b) => {
        b[0]!.received = {
          openness: { ...ok, total: 100.5 },
          complaints: { ...ok, penalty: 5.1, final: -1 },
          automation: { K3: 25.01, ...META },
        };
        b[1]!.received = { complaints: { ...ok, total: "80" } };
      }),
    ).toEqual([
      ["outOfRange", "bodies[0].received.openness.total"],
      ["outOfRange", "bodies[0].received.complaints.penalty"],
      ["outOfRange", "bodies[0].received.complaints.final"],
      ["outOfRange", "bodies[0].received.automation.K3"],
      ["expectedNumber", "bodies[1].received.complaints.total"],
    ]);
  });

  test("unknown keys, a missing score or sender, dates not written YYYY-MM-DD", () => {
    expect(
      problemsOf((b) => {
        b[0]!.received = {
          services: ok,
          openness: { ...ok, K3: 3, score: 1 },
          complaints: { total: 1, penalty: 0, conclusionDate: "10.03.2021", receivedOn: "2021-02-30" },
        };
      }),
    ).toEqual([
      ["unknownKey", "bodies[0].received.services"],
      ["unknownKey", "bodies[0].received.openness.K3"],
      ["unknownKey", "bodies[0].received.openness.score"],
      ["missingField", "bodies[0].received.complaints.final"],
      ["expectedIsoDate", "bodies[0].received.complaints.conclusionDate"],
      ["expectedIsoDate", "bodies[0].received.complaints.receivedOn"],
      ["missingField", "bodies[0].received.complaints.from"],
    ]);
  });

  test("a body twice is refused as before (its id is duplicated)", () => {
    const codes = problemsOf((b) => {
      b.push({ ...b[0]!, received: { openness: ok } });
    }).map(([c]) => c);
    expect(codes).toContain("duplicateId");
  });

  test("every new message is worded in kk, ru and en", () => {
    const params = { direction: "openness", from: "X", received: "1.00", computed: "2.00", got: "x" };
    for (const code of ["receivedNotApplicable", "expectedIsoDate", "receivedDiffers"] as const)
      for (const lang of ["kk", "ru", "en"] as const) {
        const text = formatProblem({ severity: "error", code, bodyId: "b", path: "p", params }, lang);
        expect(text).not.toMatch(/[{}]/);
      }
  });
});
