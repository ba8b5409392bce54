/**
 * Issue 24 part 3: the automation authority's own workbook (§24, §26) holds annex 5 figures only,
 * with no services figures. It scores K3 (§49–55) and writes annex 5, and nothing else: no services
 * total, no general score. Expected values are worked by hand from METHODOLOGY §49–55.
 */
import { renderTable } from "../../src/cli/table";
import { evaluate } from "../../src/evaluate";
import { buildCalculationSheet } from "../../src/forms/calculation";
import { evaluateCalculation } from "../functions/helpers/sheet";
import { buildConclusionForms } from "../../src/forms/index";
import { toScoringOutput } from "../../src/methodology/output";
import { parseAssessment } from "../../src/model/parse";
import { assessmentToTables, readAndValidateTables } from "../../src/model/tables";

type Json = Record<string, unknown>;

/** T = 8/10 × 10 = 8; V = 300/400 × 10 = 7.5; B = 3 × 1 = 3; P = 4 h × 0.2 = 0.8; K3 = 17.7. */
const FIGURES = {
  portalServiceTypes: 8,
  serviceTypes: 10,
  electronicVolume: 300,
  totalVolume: 400,
  transferredInPeriod: 3,
  allElectronic: false,
  downtimeHours: 4,
};
/** T = 10 (n = 0, I-10); V = 10 (z = 0, I-10); B = 5 (all electronic); P = min(5, 40 × 0.2) = 5; K3 = 20. */
const EDGE = {
  portalServiceTypes: 0,
  serviceTypes: 0,
  electronicVolume: 0,
  totalVolume: 0,
  transferredInPeriod: 0,
  allElectronic: true,
  downtimeHours: 40,
};

function input(): Json {
  return {
    period: "2020",
    bodies: [
      { id: "mcr", name: "Цифрлық даму министрлігі", type: "central", services: { automation: FIGURES } },
      { id: "mfin", name: "Қаржы министрлігі", type: "central", services: { automation: EDGE } },
    ],
  };
}

describe("a workbook holding automation figures only", () => {
  const e = evaluate(input());
  if (!e.ok) throw new Error(JSON.stringify(e.problems));
  const out = toScoringOutput(e.result, "en").bodies;

  test("scores T, V, B, P and K3 as worked by hand; no services total, no general score", () => {
    const [mcr, mfin] = out;
    expect(mcr!.automation).toEqual({ T: 8, V: 7.5, B: 3, P: expect.closeTo(0.8, 12), K3: 17.7 });
    expect(mfin!.automation).toEqual({ T: 10, V: 10, B: 5, P: 5, K3: 20 });
    for (const b of out) {
      expect([b.services, b.openness, b.complaints, b.overall]).toEqual([null, null, null, null]);
    }
    const k3 = e.result.bodies[0]!.explain.find((x) => x.key === "services.K3");
    expect(k3?.source).toBe("§49");
  });

  test("the score table shows K3 where the services final would be", () => {
    const table = renderTable(e.result, "en");
    const row = table.split("\n").find((l) => l.startsWith("mcr"))!;
    expect(row.split(/\s{2,}/)).toEqual([
      "mcr",
      "Цифрлық даму министрлігі",
      "central",
      "K3 17.70",
      "—",
      "—",
      "—",
      "—",
    ]);
  });

  test("the calculation sheet caches K3, and its formula gives the same", () => {
    const sheet = buildCalculationSheet(e.result.assessment, { lang: "en", result: e.result });
    const calc = evaluateCalculation(sheet, assessmentToTables(e.result.assessment, "en"));
    const k3 = (sheet.formulas ?? []).filter((f) => f.result === 17.7);
    expect(k3).toHaveLength(1);
    const m = /^([A-Z]+)(\d+)$/.exec(k3[0]!.address)!;
    const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    expect(calc.rows[Number(m[2]) - 4]![col]).toBeCloseTo(17.7, 9);
  });

  test("writes annex 5 alone, with K3's score in its table", () => {
    const forms = buildConclusionForms(e.result, { langs: ["kk", "ru"], bodies: ["mcr"] });
    // No reference table either: each weighs a direction this workbook does not assess.
    expect(forms.map((f) => [f.annex, f.bodyId, f.lang])).toEqual([
      [5, "mcr", "kk"],
      [5, "mcr", "ru"],
    ]);
    const own = forms;
    for (const f of own) {
      const row = f.spec.rows.find((r) => r[0] === "1");
      expect(row).toEqual([
        "1",
        f.lang === "kk" ? "Мемлекеттік қызметтерді автоматтандыру" : "Автоматизация государственных услуг",
        null,
        null,
        17.7,
        25,
      ]);
    }
  });

  test("annex 5's analysis prints the body's own figures behind T and V", () => {
    const f = buildConclusionForms(e.result, { langs: ["kk"], bodies: ["mcr"] }).find((x) => x.annex === 5)!;
    const texts = f.spec.rows.map((r) => r[0]).filter((c): c is string => typeof c === "string");
    expect(texts.filter((t) => t.includes("– 8,") && t.includes("– 10;"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("– 300,") && t.includes("– 400;"))).toHaveLength(1);
  });

  test("reads back from the template: Automation rows without a Services row", () => {
    const parsed = parseAssessment(input());
    expect(parsed.assessment!.bodies[0]!.services).toBeUndefined();
    expect(parsed.assessment!.bodies[0]!.automation).toEqual(FIGURES);
    for (const lang of ["kk", "ru", "en"] as const) {
      const back = readAndValidateTables(assessmentToTables(parsed.assessment!, lang));
      expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(back.assessment).toEqual(parsed.assessment);
    }
  });

  test("a local body's automation figures stay refused", () => {
    const bad = input();
    (bad.bodies as Json[])[0]!.type = "local";
    const parsed = parseAssessment(bad);
    expect(parsed.problems.map((p) => [p.code, p.path])).toContainEqual([
      "automationNotAllowed",
      "bodies[0].services.automation",
    ]);
    expect(parsed.assessment).toBeUndefined();
  });

  test("automation with any services figure is the services direction, validated whole", () => {
    const partial = input();
    ((partial.bodies as Json[])[0]!.services as Json).rendered = 10;
    const parsed = parseAssessment(partial);
    expect(parsed.problems.map((p) => [p.code, p.path])).toContainEqual([
      "missingField",
      "bodies[0].services.ratings",
    ]);
  });
});
