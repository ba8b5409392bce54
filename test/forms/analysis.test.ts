/**
 * The drafted analysis, conclusions and recommendations (src/forms/analysis.ts). Expected figures are
 * derived here from the case input, the shared expected results and the edition's maxima, never
 * from the drafting code's own output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AssessmentResult, BodyResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { EDITION_2020 } from "../../src/edition/2020";
import { LEVEL_TERMS } from "../../src/model/model-terms";
import type { Body, DirectionId, Lang } from "../../src/model/types";
import {
  analysisDrafts,
  draftAnalysis,
  draftAutomationConclusions,
  draftConclusions,
  draftBlockAnalysis,
  draftOverallConclusion,
  type AnalysisSection,
} from "../../src/forms/analysis";
import { RECOMMENDATIONS, SERVICE_INDICATOR_NAMES, TEXT } from "../../src/forms/analysis-text";

import { CASES, ROOT } from "../helpers/cli";
const SHARED_CASE = join(CASES, "ministry-central.json");
const LANGS: readonly Lang[] = ["kk", "ru", "en"];
const DIRECTIONS: readonly DirectionId[] = ["services", "openness", "complaints"];
const FORBIDDEN = /undefined|NaN|null|Infinity|\[object/;

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function score(input: unknown): AssessmentResult {
  const e = evaluate(input);
  if (!e.ok) throw new Error(`input rejected: ${JSON.stringify(e.problems)}`);
  return e.result;
}

/** Two decimals, truncated, as the forms print them (I-18), computed independently of numeric.ts. */
function shown(value: number, lang: Lang): string {
  const s = (Math.floor(value * 100 + 1e-7) / 100).toFixed(2);
  return lang === "en" ? s : s.replace(".", ",");
}

/** An integer as printed, with any kind of space (or none) between groups of three digits. */
function integerPattern(n: number): RegExp {
  const digits = String(n);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return new RegExp(`(?<![\\d.,])${groups.join("[\\s\\u00a0\\u202f]?")}(?![\\d])`);
}

function text(sections: readonly AnalysisSection[]): string {
  return sections.map((s) => [s.title, ...s.paragraphs].join("\n")).join("\n");
}

function section(sections: readonly AnalysisSection[], criterion: string): string {
  const found = sections.find((s) => s.criterion === criterion);
  if (!found) throw new Error(`no section ${criterion}`);
  return text([found]);
}

function paragraphWith(sections: readonly AnalysisSection[], criterion: string, code: string): string {
  const p = sections.find((s) => s.criterion === criterion)?.paragraphs.find((x) => x.includes(`(${code})`));
  if (!p) throw new Error(`no paragraph for ${code}`);
  return p;
}

function everyText(result: AssessmentResult): string[] {
  const out: string[] = [];
  for (const body of result.bodies) {
    const input = result.assessment.bodies.find((b) => b.id === body.id);
    for (const lang of LANGS) {
      for (const d of DIRECTIONS) {
        for (const s of draftAnalysis(body, d, lang, input)) out.push(s.criterion, s.title, ...s.paragraphs);
        for (const s of draftAnalysis(body, d, lang)) out.push(s.title, ...s.paragraphs);
        out.push(...draftConclusions(body, d, lang), ...draftBlockAnalysis(body, d, lang));
      }
      out.push(...draftOverallConclusion(body, lang), ...draftAutomationConclusions(body, lang));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

describe("golden ministry case (test/fixtures/cases/ministry-central.json)", () => {
  const input: Json = JSON.parse(readFileSync(SHARED_CASE, "utf8"));
  const expected: Json = JSON.parse(readFileSync(SHARED_CASE.replace(/\.json$/, ".expected.json"), "utf8"))
    .bodies[0];
  const result = score(input);
  const body = (): BodyResult => result.bodies[0]!;
  const raw = (): Json => input.bodies[0];
  const model = (): Body => result.assessment.bodies[0]!;

  test.each(LANGS)("%s: T1 states the late services, the base, the rate and the points lost", (lang) => {
    const s = raw().services;
    const k = EDITION_2020.services.maxima.central.T1;
    const t1 = paragraphWith(draftAnalysis(body(), "services", lang, model()), "K2", "T1");
    expect(t1).toMatch(integerPattern(s.late));
    expect(t1).toMatch(integerPattern(s.renderedExcludingOneDay));
    const perTenThousand = (s.late / s.renderedExcludingOneDay) * 10_000;
    expect(t1).toContain(shown(k - perTenThousand, lang)); // 22.61
    expect(k).toBe(26);
    // The whole sentence, written out by hand: 40 late of b = 118 000 (§39), 40 / 118 000 × 10 000 =
    // 3.3898… per 10 000, 26 − 3.3898… = 22.61, and the points lost are 26 − 22.61 = 3.39 (maximum −
    // displayed score). T1 is 26 − rate, so the rate is printed as the loss, 3.39 (the rate rounded up
    // to the hundredth), not its truncation 3.38. Thousands are grouped with a no-break space.
    expect(t1).toBe(
      {
        kk: "Мемлекеттік қызметтерді көрсету мерзімдерінің сақталуы (T1): мерзімі бұзылып көрсетілген қызметтер – 40, көрсетілген қызметтер – 118\u00a0000 (бір жұмыс күні ішінде көрсетілетін қызмет түрлерін есепке алмағанда, 39-тармақ); 10\u00a0000 қызметке шаққанда – 3,39; 26 балдан 3,39 балл жоғалтылды, көрсеткіш – 22,61 балл.",
        ru: "Соблюдение сроков оказания государственных услуг (T1): с нарушением сроков оказано 40 из 118\u00a0000 государственных услуг (без учета видов услуг со сроком оказания один рабочий день, пункт 39), или 3,39 на 10\u00a0000 услуг; потеряно 3,39 балла из 26, показатель составил 22,61 балла.",
        en: "Observance of service deadlines (T1): 40 of 118\u00a0000 services were rendered late (excluding one-working-day service types, §39), i.e. 3.39 per 10\u00a0000 services; 3.39 of 26 points lost, the indicator scored 22.61.",
      }[lang],
    );
  });

  test.each(LANGS)("%s: every criterion shows its score and maximum; P1 its ratings", (lang) => {
    const sections = draftAnalysis(body(), "services", lang, model());
    expect(sections.map((s) => s.criterion)).toEqual(["K1", "K2", "K3"]);
    const c = EDITION_2020.services.criteria.central;
    expect(section(sections, "K1")).toContain(shown(expected.services.K1, lang));
    expect(c.K1).toBe(25);
    expect(sections.find((s) => s.criterion === "K1")!.paragraphs[0]).toBe(
      {
        kk: "Өлшем бойынша 25 балдан 23,25 балл алынды (1,75 балл жоғалтылды).",
        ru: "По критерию получено 23,25 из 25 баллов (потеряно 1,75 балла).",
        en: "The criterion scored 23.25 of 25 points (1.75 points lost).",
      }[lang],
    );
    expect(section(sections, "K2")).toContain(shown(expected.services.K2, lang));
    expect(section(sections, "K3")).toContain(shown(expected.services.K3, lang));
    for (const r of raw().services.ratings as number[])
      expect(section(sections, "K1")).toContain(lang === "en" ? String(r) : String(r).replace(".", ","));
    const a = raw().services.automation;
    const k3 = section(sections, "K3");
    for (const n of [a.portalServiceTypes, a.serviceTypes, a.electronicVolume, a.totalVolume])
      expect(k3).toMatch(integerPattern(n));
    expect(k3).toContain(shown(expected.services.P, lang));

    const complaints = draftAnalysis(body(), "complaints", lang, model());
    const c3 = raw().complaints;
    expect(section(complaints, "R1")).toMatch(integerPattern(c3.late));
    expect(section(complaints, "R1")).toMatch(integerPattern(c3.reviewed));
    expect(section(complaints, "R4")).toContain(
      shown((c3.disciplined / (c3.late - c3.disciplineImpossible)) * 100, lang),
    );
    // Interpretation ids are ours, not the Methodology's: never on a form (issue 13, item 1).
    expect(text(complaints)).not.toMatch(/\bI-\d/);
  });

  test.each(LANGS)("%s: the weakest indicators are named first, with their recommendations", (lang) => {
    const e = expected.services;
    const m = EDITION_2020.services.maxima.central;
    const a = EDITION_2020.services.automation;
    const lost: [string, number][] = [
      ["P1", m.P1 - e.P1],
      ["P2", m.P2 - e.P2],
      ["T1", m.T1 - e.T1],
      ["T2", m.T2 - e.T2],
      ["T3", m.T3 - e.T3],
      ["T4", m.T4 - e.T4],
      ["T", a.portalWeight - e.T],
      ["V", a.volumeWeight - e.V],
      ["B", a.bonusMax - e.B],
      ["P", e.P],
    ];
    // Points lost as printed: the maximum less the displayed (truncated) score, or the penalty shown.
    const printedLoss = (l: number): number => Math.round(l * 100) / 100;
    for (const item of lost)
      item[1] = printedLoss(
        item[0] === "P" ? Math.floor(e.P * 100 + 1e-7) / 100 : item[1] + ((e[item[0]] * 100) % 1) / 100,
      );
    lost.sort((x, y) => y[1] - x[1]);
    const [weakest, lostPoints] = lost[0]!;
    const conclusions = draftConclusions(body(), "services", lang).join("\n");
    expect(conclusions).toContain(SERVICE_INDICATOR_NAMES[weakest]![lang]);
    expect(conclusions).toContain(shown(lostPoints, lang));
    expect(conclusions).toContain(RECOMMENDATIONS.services[weakest]![lang].slice(1));
    // Ranked: the weakest comes before the runner-up in the "most points lost" sentence.
    const ranking = draftConclusions(body(), "services", lang).find((p) => p.includes(`(${weakest})`))!;
    expect(ranking.indexOf(`(${weakest})`)).toBeLessThan(ranking.indexOf(`(${lost[1]![0]})`));
  });

  test.each(LANGS)("%s: the facts of unreliable data are listed in the conclusions (§21)", (lang) => {
    for (const d of ["services", "complaints"] as const) {
      const conclusions = draftConclusions(body(), d, lang).join("\n");
      for (const f of raw().unreliable[d] as { text: string }[]) expect(conclusions).toContain(f.text);
      expect(conclusions).toContain(shown(expected[d].penalty, lang));
      expect(conclusions).toContain(shown(expected[d].final, lang));
    }
  });

  test.each(LANGS)(
    "%s: openness lists the unmet indicators by annex 10 number, and P5 violations",
    (lang) => {
      const sections = draftAnalysis(body(), "openness", lang, model());
      expect(sections.map((s) => s.criterion)).toEqual(["P1", "P2", "P3", "P4", "P5"]);
      const budget = raw().openness.openBudget;
      for (const v of ["kk", "ru"])
        for (const [key, f] of Object.entries(budget[v]))
          if (f === 0 && !["3", "9"].includes(key)) expect(section(sections, "P2")).toContain(`2.${key} `);
      // No announcement at all in Russian: NPA indicators 1 and 2 are zeroed (§73), with no I-n id.
      expect(section(sections, "P3")).toContain("73");
      expect(section(sections, "P3")).not.toMatch(/\bI-\d/);
      const p5 = section(sections, "P5");
      for (const v of ["kk", "ru"])
        for (const [key, b] of Object.entries(raw().openness.subordinate[v]))
          if (b === true || (typeof b === "number" && b > 0)) expect(p5).toContain(key);
      expect(p5).toContain(shown(expected.openness.P5, lang));
      const conclusions = draftConclusions(body(), "openness", lang).join("\n");
      expect(conclusions).toContain(shown(EDITION_2020.openness.criterionMax - expected.openness.P2, lang));
    },
  );

  test.each(LANGS)("%s: annex 15 states the three finals, the general score and the level", (lang) => {
    const overall = draftOverallConclusion(body(), lang).join("\n");
    // The finals are in the table above; the text states the score, the level and the next level.
    expect(overall).toContain(shown(expected.overall.score, lang));
    // §101 in the words of the source (FORMS.md A39: «орташа дәрежесі»), written out here.
    expect(overall).toContain(
      {
        kk: "мемлекеттік орган қызметі тиімділігінің орташа дәрежесіне сәйкес келеді",
        ru: "соответствует среднему уровню эффективности деятельности государственного органа",
        en: "corresponds to a medium level of efficiency",
      }[lang],
    );
    expect(overall).toContain(
      shown(90 - Math.floor(expected.overall.score * 100 + 1e-7) / 100 + 0.001, lang),
    );
  });

  test.each(LANGS)("%s: annex 5 conclusions cover the automation criterion only", (lang) => {
    const e = expected.services;
    const a = EDITION_2020.services.automation;
    const lost: [string, number][] = [
      ["T", a.portalWeight - e.T],
      ["V", a.volumeWeight - e.V],
      ["B", a.bonusMax - e.B],
      ["P", e.P],
    ];
    lost.sort((x, y) => y[1] - x[1]);
    const k3 = draftAutomationConclusions(body(), lang).join("\n");
    expect(k3).not.toContain(shown(e.K3, lang)); // the K3 score is in the table and the analysis
    expect(k3).toContain(SERVICE_INDICATOR_NAMES[lost[0]![0]]![lang]);
    expect(k3).toContain(RECOMMENDATIONS.services[lost[0]![0]]![lang].slice(1));
    expect(k3).not.toContain(RECOMMENDATIONS.services.T1![lang].slice(1));
    expect(k3).not.toMatch(FORBIDDEN);
  });

  test.each(LANGS)(
    "%s: the annex 15 item of a direction says where its points were lost, not the totals again",
    (lang) => {
      const summary = draftBlockAnalysis(body(), "services", lang).join("\n");
      expect(summary).toContain(
        lang === "en"
          ? "lost 12.77 points"
          : lang === "ru"
            ? "потеряно 12,77 балла"
            : "12,77 балл жоғалтылды",
      );
      expect(summary).not.toContain(shown(expected.services.total, lang));
      expect(summary).toContain(SERVICE_INDICATOR_NAMES.T1![lang]);
      expect(summary).not.toContain(RECOMMENDATIONS.services.T1![lang].slice(1));
    },
  );

  test("no text contains undefined, NaN or null", () => {
    for (const t of everyText(result)) expect(t).not.toMatch(FORBIDDEN);
  });
});

// ---------------------------------------------------------------------------------------------

describe("sample cohort (examples/sample-cohort.json)", () => {
  const input: Json = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"));
  const result = score(input);
  const drafts = analysisDrafts(result);

  test("no text of any body, direction or language contains undefined, NaN or null", () => {
    const texts = everyText(result);
    expect(texts.length).toBeGreaterThan(500);
    for (const t of texts) expect(t).not.toMatch(FORBIDDEN);
  });

  test("each body's T1 states its own late services and base, in every language", () => {
    for (const raw of input.bodies as Json[]) {
      const body = result.bodies.find((b) => b.id === raw.id)!;
      const criterion = raw.type === "central" ? "K2" : "M2";
      for (const lang of LANGS) {
        const t1 = paragraphWith(drafts.analysis(body, "services", lang), criterion, "T1");
        expect(t1).toMatch(integerPattern(raw.services.late));
        expect(t1).toMatch(integerPattern(raw.services.renderedExcludingOneDay ?? raw.services.rendered));
      }
    }
  });

  test("central bodies get K1–K3, local bodies M1–M2 only (K3 is central only)", () => {
    for (const body of result.bodies) {
      if (body.type === "local") expect(draftAutomationConclusions(body, "kk")).toEqual([]);
      const keys = draftAnalysis(body, "services", "ru").map((s) => s.criterion);
      expect(keys).toEqual(body.type === "central" ? ["K1", "K2", "K3"] : ["M1", "M2"]);
    }
  });

  test("facts texts appear in the conclusions; a count without texts is stated with the deduction", () => {
    let counted = 0;
    for (const raw of input.bodies as Json[]) {
      const body = result.bodies.find((b) => b.id === raw.id)!;
      for (const d of DIRECTIONS) {
        const facts = raw.unreliable[d];
        for (const lang of LANGS) {
          const conclusions = draftConclusions(body, d, lang).join("\n");
          if (Array.isArray(facts)) for (const f of facts) expect(conclusions).toContain(f.text);
          const count = Array.isArray(facts) ? facts.length : facts;
          if (count > 0) {
            counted++;
            // The sentence that states the count, whole (the sample has 1 fact per listed direction).
            const stated = {
              kk: `Салыстыру актісімен (1-қосымша) есептік деректердің анық еместігінің фактілері анықталды, саны – ${count}.`,
              ru: `Актом сверки (приложение 1) выявлены факты представления недостоверных отчетных данных, количество – ${count}.`,
              en: `The reconciliation act (annex 1) records ${count} fact(s) of unreliable reporting data.`,
            }[lang];
            if (!Array.isArray(facts)) expect(draftConclusions(body, d, lang)).toContain(stated);
            const penalty = Math.min(EDITION_2020.reliability.max, count * EDITION_2020.reliability.perFact);
            const deducted = {
              kk: `Осыған байланысты ${shown(penalty, lang)} айыппұл балы шегерілді (әр факт үшін 0,2, бағыт бойынша ең көбі 5).`,
              ru: `В связи с этим вычтено ${shown(penalty, lang)} балла (0,2 за каждый факт, не более 5 по направлению).`,
              en: `${shown(penalty, lang)} penalty points were deducted (0.2 per fact, at most 5 per direction).`,
            }[lang];
            expect(draftConclusions(body, d, lang)).toContain(deducted);
          }
        }
      }
    }
    // The sample lists 7 directions with a count of facts and none with texts; each in 3 languages.
    expect(counted).toBeGreaterThanOrEqual(21);
  });

  test("the level sentence of §101 appears in every overall conclusion, in each language", () => {
    // The §101 wording, written out by hand: kk as the source says it (FORMS.md A39: «жоғарғы»,
    // «орташа», «төменгі» дәрежесі, «тиімсіз»), never METHODOLOGY.md's short labels.
    const sentence: Record<string, Record<(typeof LANGS)[number], string>> = {
      high: {
        kk: "мемлекеттік орган қызметі тиімділігінің жоғарғы дәрежесіне сәйкес келеді",
        ru: "соответствует высокому уровню эффективности деятельности государственного органа",
        en: "corresponds to a high level of efficiency",
      },
      medium: {
        kk: "мемлекеттік орган қызметі тиімділігінің орташа дәрежесіне сәйкес келеді",
        ru: "соответствует среднему уровню эффективности деятельности государственного органа",
        en: "corresponds to a medium level of efficiency",
      },
      low: {
        kk: "мемлекеттік орган қызметі тиімділігінің төменгі дәрежесіне сәйкес келеді",
        ru: "соответствует низкому уровню эффективности деятельности государственного органа",
        en: "corresponds to a low level of efficiency",
      },
      ineffective: {
        kk: "мемлекеттік орган қызметі тиімсіз деп танылатынын білдіреді",
        ru: "означает признание деятельности государственного органа неэффективной",
        en: "means the body's activity is recognised as ineffective",
      },
    };
    // The level from the score by §101's bands (90, 70, 50), not from the engine's level.
    const levelOf = (score: number) =>
      score >= 90 ? "high" : score >= 70 ? "medium" : score >= 50 ? "low" : "ineffective";
    const seen = new Set<string>();
    // This cohort, and the 48 sample bodies for the other levels.
    const sample = score(
      JSON.parse(readFileSync(join(__dirname, "..", "..", "samples", "assessment-sample.json"), "utf8")),
    );
    for (const body of [...result.bodies, ...sample.bodies.filter((b) => b.overall)]) {
      expect(body.overall).not.toBeNull();
      const level = levelOf(body.overall!.score);
      seen.add(level);
      for (const lang of LANGS)
        expect(draftOverallConclusion(body, lang).join("\n")).toContain(sentence[level]![lang]);
    }
    expect(seen.size).toBeGreaterThanOrEqual(2); // high and medium: no sample body is lower
  });

  test("exemptions, the classified budget mean and the cohort P1 are explained without I-n ids", () => {
    const byId = (id: string) => result.bodies.find((b) => b.id === id)!;
    const inputOf = (id: string) => result.assessment.bodies.find((b) => b.id === id)!;
    const nb = draftAnalysis(byId("nbrk"), "openness", "ru", inputOf("nbrk"));
    expect(section(nb, "P2")).toContain("приложении 10");
    expect(section(nb, "P2")).not.toMatch(/\bI-\d/);
    const mo = draftAnalysis(byId("mo"), "openness", "kk", inputOf("mo"));
    expect(section(mo, "P2")).toContain("құпия");
    expect(section(mo, "P2")).not.toMatch(/\bI-\d/);
    expect(mo.find((s) => s.criterion === "P4")!.paragraphs).toContain(
      '6.5 индикаторы осы мемлекеттік органға қолданылмайды (10-қосымшада "*" белгіленген), ең жоғарғы балл қойылды.',
    );
    const unmonitored = (input.bodies as Json[]).find((b) => b.services.ratings.length === 0)!;
    for (const lang of LANGS) {
      const p1 = paragraphWith(
        draftAnalysis(byId(unmonitored.id), "services", lang, inputOf(unmonitored.id)),
        "M1",
        "P1",
      );
      expect(p1).toMatch(/P1/);
      expect(p1).not.toMatch(/\bI-\d/);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe("directions not assessed, missing, and zero denominators", () => {
  const sample: Json = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"));

  function variant(change: (bodies: Json) => void): AssessmentResult {
    const copy: Json = JSON.parse(JSON.stringify(sample));
    change(copy.bodies);
    return score(copy);
  }

  test('a "na" direction: no analysis items, one sentence, and annex 15 says it was not assessed', () => {
    const result = variant((bodies) => {
      bodies[4].services = "na";
      bodies[4].unreliable.services = 0;
    });
    const body = result.bodies[4]!;
    for (const lang of LANGS) {
      expect(draftAnalysis(body, "services", lang)).toEqual([]);
      const c = draftConclusions(body, "services", lang);
      expect(c).toHaveLength(1);
      expect(c[0]).not.toMatch(/\bI-\d/);
      const overall = draftOverallConclusion(body, lang).join("\n");
      expect(overall).not.toMatch(/\bI-\d/);
      expect(overall).toContain(shown(body.overall!.score, lang));
      expect(overall).not.toMatch(FORBIDDEN);
    }
  });

  test("a missing direction: the general score is reported as not computed", () => {
    const result = variant((bodies) => {
      delete bodies[5].complaints;
    });
    const body = result.bodies[5]!;
    expect(body.overall).toBeNull();
    for (const lang of LANGS) {
      expect(draftAnalysis(body, "complaints", lang)).toEqual([]);
      const overall = draftOverallConclusion(body, lang);
      expect(overall).toContain(TEXT.overallNotComputed[lang]);
      for (const level of Object.values(LEVEL_TERMS))
        expect(overall.join("\n")).not.toContain(`: ${level[lang]}.`);
      for (const t of [...overall, ...draftConclusions(body, "complaints", lang)])
        expect(t).not.toMatch(FORBIDDEN);
    }
  });

  test("zero denominators (I-10): nothing rendered and nothing reviewed give the maximum, said in words", () => {
    const result = variant((bodies) => {
      const s = bodies[6].services;
      for (const k of [
        "rendered",
        "renderedExcludingOneDay",
        "complaints",
        "late",
        "refusals",
        "incompleteDocs",
        "extraDocs",
      ])
        s[k] = 0;
      bodies[6].complaints = {
        reviewed: 0,
        late: 0,
        courtUpheld: 0,
        challengedInCourt: false,
        repeatUpheld: 0,
        disciplined: 0,
        disciplineImpossible: 0,
      };
    });
    const body = result.bodies[6]!;
    const input = result.assessment.bodies[6]!;
    const reasons: Record<Lang, RegExp> = {
      kk: /көрсетілмеген/,
      ru: /не оказывались/,
      en: /no services were rendered, so no violation was possible/,
    };
    const reviewedNone: Record<Lang, RegExp> = {
      kk: /қаралмаған/,
      ru: /не рассматривались/,
      en: /no complaints or applications were reviewed/,
    };
    for (const lang of LANGS) {
      const services = draftAnalysis(body, "services", lang, input);
      for (const code of ["P2", "T1", "T2", "T3", "T4"]) {
        const p = paragraphWith(services, code === "P2" ? "M1" : "M2", code);
        expect(p).toMatch(reasons[lang]);
        expect(p).not.toMatch(/\bI-\d/);
      }
      const complaints = draftAnalysis(body, "complaints", lang, input);
      expect(section(complaints, "R1")).toMatch(reviewedNone[lang]);
      expect(section(complaints, "R3")).toMatch(reviewedNone[lang]);
      expect(text(complaints)).not.toMatch(/\bI-\d/);
      for (const t of [text(services), text(complaints)]) expect(t).not.toMatch(FORBIDDEN);
    }
  });
});
