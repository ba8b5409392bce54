/**
 * Issue 13: conclusions an analyst can sign and send as they are. Each check pins whole cells (a
 * cell equal to the expected text, or a cell at an address), written out by hand from the shared
 * ministry case and the sample; items 5 and 6 are also properties over the sample and generated
 * cohorts, counting the cases they checked.
 */
import fc from "fast-check";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  draftBlockAnalysis,
  draftConclusions,
  levelPlan,
  losses,
  openIndicatorLosses,
  recommendedLosses,
  RECOMMEND_SHARE,
} from "../../src/forms/analysis";
import { buildConclusionForms, type BuiltForm } from "../../src/forms";
import { type AssessmentResult, type OpennessResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import type { CellValue } from "../../src/sheet/spec";
import { assessmentArb } from "../helpers/arbitraries";

const ROOT = join(__dirname, "..", "..");
const MINISTRY = join(ROOT, "test", "fixtures", "cases", "ministry-central.json");
const SAMPLE = join(ROOT, "samples", "assessment-sample.json");
const DIRECTIONS = ["services", "openness", "complaints"] as const;

function scored(path: string): AssessmentResult {
  const e = evaluate(JSON.parse(readFileSync(path, "utf8")));
  if (!e.ok) throw new Error(`${path} rejected`);
  return e.result;
}

function form(
  forms: BuiltForm[],
  annex: number,
  lang: "kk" | "ru",
  direction: string | null = null,
): BuiltForm {
  const f = forms.find((x) => x.annex === annex && x.lang === lang && x.direction === direction);
  if (!f) throw new Error(`annex ${annex} ${lang} ${direction ?? ""} not built`);
  return f;
}

/** Every non-empty text cell of a form, whole. */
function cells(f: BuiltForm): string[] {
  return f.spec.rows.flat().filter((v): v is string => typeof v === "string" && v !== "");
}

/** The value at an A1 address. */
function at(f: BuiltForm, address: string): CellValue | undefined {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return f.spec.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65];
}

/** The cells after the conclusions heading up to the first signature role. */
function conclusionsOf(f: BuiltForm, heading: string, stop: string): string[] {
  const all = cells(f);
  const from = all.indexOf(heading);
  const to = all.findIndex((c, i) => i > from && c.startsWith(stop));
  return all.slice(from + 1, to);
}

const haveMinistry = existsSync(MINISTRY);
const describeMinistry = haveMinistry ? describe : describe.skip;

describeMinistry("the shared ministry case, as printed", () => {
  const result = haveMinistry ? scored(MINISTRY) : (undefined as unknown as AssessmentResult);
  const forms = haveMinistry ? buildConclusionForms(result, { langs: ["kk", "ru"] }) : [];

  test("item 1: no interpretation id (I-n) in any cell of any form", () => {
    let checked = 0;
    for (const f of forms)
      for (const c of cells(f)) {
        checked++;
        expect(c).not.toMatch(/\bI-\d+\b/);
      }
    expect(checked).toBeGreaterThan(1000);
  });

  test("item 4: points lost are the maximum less the displayed score", () => {
    expect(cells(form(forms, 3, "kk"))).toContain(
      "Өлшем бойынша 50 балдан 46,35 балл алынды (3,65 балл жоғалтылды).",
    );
    expect(cells(form(forms, 3, "ru"))).toContain(
      "По критерию получено 46,35 из 50 баллов (потеряно 3,65 балла).",
    );
    expect(cells(form(forms, 3, "ru"))).toContain(
      "По критерию получено 18,03 из 25 баллов (потеряно 6,97 балла).",
    );
    expect(cells(form(forms, 3, "ru"))).toContain(
      "Соблюдение сроков оказания государственных услуг (T1): с нарушением сроков оказано 40 из 118\u00a0000 государственных услуг (без учета видов услуг со сроком оказания один рабочий день, пункт 39), или 3,39 на 10\u00a0000 услуг; потеряно 3,39 балла из 26, показатель составил 22,61 балла.",
    );
  });

  test("item 2: annex 5 concludes on K3 only (no penalty, facts or T1)", () => {
    expect(conclusionsOf(form(forms, 5, "ru"), "Выводы и рекомендации:", "Руководитель")).toEqual([
      // The code after the name (a Latin B or P opening a phrase reads as a Cyrillic letter), and each
      // recommendation with the body's own figures (test/fixtures/cases/ministry-central.json):
      // 90 000 of 120 000 electronically, 3 services transferred, 50 of 60 types, 4 hours down.
      "Наибольшие потери баллов допущены по показателям: «Эффективность автоматизации государственных услуг» (V) – 2,50 балла; стимулирующий показатель «Автоматизация государственных услуг в отчетном периоде» (B) – 2,00 балла; «Перевод государственных услуг в электронный формат» (T) – 1,67 балла; штрафной показатель «Продолжительность доступности автоматизированных государственных услуг» (P) – 0,80 балла.",
      "Рекомендуется увеличить долю государственных услуг, оказываемых в электронной форме (в электронной форме оказано 90\u00a0000 из 120\u00a0000 государственных услуг; потеряно 2,50 балла из 10).",
      "Рекомендуется продолжить автоматизацию государственных услуг в отчетном периоде (в отчетном периоде в электронный формат переведено услуг – 3; потеряно 2,00 балла из 5).",
      "Рекомендуется продолжить перевод государственных услуг в электронный формат через портал «электронного правительства» (через портал доступно 50 из 60 видов услуг; потеряно 1,67 балла из 10).",
      "Рекомендуется обеспечить бесперебойную доступность автоматизированных государственных услуг (электронные услуги были недоступны 4 ч; потеряно 0,80 балла из 5).",
    ]);
  });

  test("item 5: the open-dialogue recommendation names 6.4, 6.5 and 6.2 by loss, never the fulfilled 6.3", () => {
    const p4 = cells(form(forms, 8, "ru")).find((c) => c.includes("критерия «Открытый диалог»"))!;
    expect(p4).toBe(
      "Рекомендуется обеспечить полное выполнение следующих индикаторов критерия «Открытый диалог» (19,00 из 25 баллов; приложение 10): 6.4 «Ведение блогов первыми руководителями (наличие записей)» (на русском языке) – 3,00 балла; 6.5 «Проведение открытых заседаний (коллегий) в режиме онлайн-трансляции» – 2,00 балла; 6.2 «Доля вопросов, получивших ответы на официальной блог-платформе руководителей государственных органов в соответствии с законами Республики Казахстан «О доступе к информации» и «О порядке рассмотрения обращений физических и юридических лиц»» – 1,00 балла.",
    );
  });

  test("item 6: annex 15 says where each direction lost points and what reaches the high level", () => {
    const f = form(forms, 15, "ru");
    expect(cells(f)).toContain(
      "До высокого уровня эффективности (от 90 баллов) общей оценке недостает 10,26 балла; по данному направлению устранение потерь по показателям R1 (10,00), R2 (10,00) повысит общую оценку на 6,66 балла.",
    );
    expect(cells(f)).toContain(
      "Для достижения высокого уровня эффективности (от 90 баллов) общую оценку необходимо повысить на 10,26 балла; наименьшее число показателей, устранение потерь по которым это обеспечивает: R1, R2 («Качество рассмотрения жалоб и заявлений»); P2, P3 («Открытость государственного органа»).",
    );
    // The totals sentence of each direction's own conclusion is not repeated.
    expect(cells(f).filter((c) => c.startsWith("По направлению «"))).toEqual([]);
  });

  test("item 7: annex 14 quotes its conclusion: no maximum under a printed 0, labels as printed", () => {
    const f = form(forms, 14, "ru", "openness");
    // Eight items and the signatures fit one landscape page: no break, no copied header; the
    // header (rows 9–10) is the sheet's print titles should the table ever continue.
    expect(f.spec.print?.rowBreaks).toBeUndefined();
    expect(f.spec.print?.printTitleRows).toBe("9:10");
    expect(at(f, "A9")).toBe("№");
    expect(at(f, "B15")).toBe("Открытость подведомственных организаций — −3,00 балла");
    expect(at(f, "B17")).toBe("Вычет штрафных баллов — 0,00 балла");
    expect(at(f, "B18")).toBe("Итоговая оценка с учетом вычета штрафных баллов — 74,50 из 100 баллов");
    const kk = form(forms, 14, "kk", "complaints");
    expect(at(kk, "B12")).toBe(
      "Сот шешімімен негізделген (сотпен қанағаттандырылған) шағымдар мен арыздардың үлесі — 20,00 / 30 балл",
    );
  });

  test("item 8: Russian agreement and wording", () => {
    const act = form(forms, 1, "ru", "services");
    expect(cells(act)).toContain("ИТОГО СНЯТО: 0,40 балла.");
    expect(cells(form(forms, 14, "ru", "services"))).toContain("Штрафные баллы — 0,40 из 5 баллов");
    const annex6 = forms.find((f) => f.annex === 6 && f.lang === "ru")!;
    expect(cells(annex6)).toContain(
      "Удовлетворенность качеством от 4 баллов включительно до 4,19 балла включительно",
    );
    expect(cells(annex6)).toContain(
      "Удовлетворенность качеством от 4,8 балла включительно до 5 баллов включительно",
    );
  });

  test("item 9: annex 1 prints the penalty with two decimals; every form has row breaks where it needs them", () => {
    const act = form(forms, 1, "ru", "services");
    const total = act.spec.rows.findIndex((r) => r[0] === "ИТОГО:") + 1;
    const formats = (act.spec.styles ?? []).filter(
      (s) => s.style.numberFormat && s.range.includes(`F${total}`),
    );
    expect(formats.map((s) => s.style.numberFormat)).toEqual(["0.00"]);
    expect(form(forms, 3, "kk").spec.print?.rowBreaks).toEqual(expect.arrayContaining([expect.any(Number)]));
  });
});

describe("the sample, in Russian (item 3)", () => {
  const result = scored(SAMPLE);
  const forms = buildConclusionForms(result, {
    bodies: ["mof", "almaty-reg", "zhetysu"],
    langs: ["kk", "ru"],
  });

  test("Russian names, places and facts; sheet names in each language", () => {
    const a3 = form(
      forms.filter((f) => f.bodyId === "mof"),
      3,
      "ru",
    );
    expect(a3.spec.name).toBe("Минфин-3-ru");
    expect(at(a3, "A6")).toBe("Министерство финансов Республики Казахстан");
    expect(cells(a3)).toContain("г. Астана, «20» марта 2020 г.");
    expect(
      form(
        forms.filter((f) => f.bodyId === "mof"),
        3,
        "kk",
      ).spec.name,
    ).toBe("Қаржы-3-kk");
    expect(
      form(
        forms.filter((f) => f.bodyId === "almaty-reg"),
        4,
        "ru",
      ).spec.name,
    ).toBe("Алматинская-4-ru");
    expect(
      form(
        forms.filter((f) => f.bodyId === "almaty-reg"),
        4,
        "kk",
      ).spec.name,
    ).toBe("Алматы обл.-4-kk");
    const act = form(
      forms.filter((f) => f.bodyId === "mof"),
      1,
      "ru",
      "complaints",
    );
    expect(at(act, "B12")).toBe(
      "Количество рассмотренных жалоб завышено на 35 по сравнению с данными системы документооборота.",
    );
  });

  test("a Russian sheet has no Kazakh-only letter beyond the official proper names", () => {
    // «область Жетісу», «область Ұлытау» are the official Russian names (see the report).
    const proper = ["Акимат области Жетісу", "Акимат области Ұлытау"];
    let checked = 0;
    for (const f of forms.filter((x) => x.lang === "ru"))
      for (const c of cells(f)) {
        checked++;
        expect(proper.includes(c) ? "" : c).not.toMatch(/[әғқңөұүһіӘҒҚҢӨҰҮҺІ]/);
      }
    expect(checked).toBeGreaterThan(500);
  });

  test("a Kazakh sheet has no Russian phrase", () => {
    for (const f of forms.filter((x) => x.lang === "kk"))
      for (const c of cells(f))
        expect(c).not.toMatch(/баллов|балла\b|Рекомендуется|государственн|Республики|Акимат/);
  });
});

// ---------------------------------------------------------------------------------------------
// Items 5 and 6 as properties.

/** Checks every direction of every body; returns how many recommendations and plans it checked. */
function checkRecommendations(result: AssessmentResult): {
  losses: number;
  indicators: number;
  plans: number;
} {
  let lossesChecked = 0;
  let indicators = 0;
  let plans = 0;
  for (const body of result.bodies) {
    for (const direction of DIRECTIONS) {
      const d = body[direction];
      if (d === null || d === "na") continue;
      const ranked = losses(body, direction, d);
      const recommended = recommendedLosses(ranked);
      // Every recommended indicator lost points, biggest loss first.
      for (const [i, l] of recommended.entries()) {
        expect(l.lost).toBeGreaterThan(0);
        if (i > 0) expect(recommended[i - 1]!.lost).toBeGreaterThanOrEqual(l.lost);
        lossesChecked++;
      }
      // Every indicator that lost more than the set share is recommended.
      for (const l of ranked) if (l.lost > RECOMMEND_SHARE * l.max) expect(recommended).toContainEqual(l);
      // The text names exactly the recommended ones, in that order, and no indicator at its maximum.
      const text = draftConclusions(body, direction, "ru").find((p) => p.startsWith("Наибольшие потери"));
      if (recommended.length === 0) expect(text).toBeUndefined();
      else {
        const named = [...text!.matchAll(/\(([A-Z]\d?)\) – /g)].map((m) => m[1]);
        expect(named).toEqual(recommended.map((l) => l.code));
      }
      if (direction === "openness")
        for (const l of recommended) {
          const items = openIndicatorLosses(body, d as OpennessResult, l.code);
          items.forEach((it, i) => {
            expect(it.lost).toBeGreaterThan(0);
            if (i > 0) expect(items[i - 1]!.lost).toBeGreaterThanOrEqual(it.lost);
            indicators++;
          });
        }
      draftBlockAnalysis(body, direction, "kk");
    }
    const plan = levelPlan(body, result.assessment.settings.overallWeights);
    if (plan) {
      plans++;
      const gains = plan.steps.map((s) => s.gain);
      const total = gains.reduce((a, b) => a + b, 0);
      for (const s of plan.steps) expect(s.lost).toBeGreaterThan(0);
      for (let i = 1; i < gains.length; i++) expect(gains[i - 1]!).toBeGreaterThanOrEqual(gains[i]!);
      if (plan.enough) {
        expect(total).toBeGreaterThanOrEqual(plan.overallGap - 1e-9);
        // The fewest: without the last step the gap is not closed.
        expect(total - gains[gains.length - 1]!).toBeLessThan(plan.overallGap - 1e-9);
      }
    }
  }
  return { losses: lossesChecked, indicators, plans };
}

test("items 5 and 6 over the 48 sample bodies", () => {
  const counts = checkRecommendations(scored(SAMPLE));
  expect(counts.losses).toBeGreaterThan(200);
  expect(counts.indicators).toBeGreaterThan(100);
  expect(counts.plans).toBeGreaterThan(30);
});

test("items 5 and 6 over generated cohorts", () => {
  let cases = 0;
  fc.assert(
    fc.property(assessmentArb, (input) => {
      const e = evaluate(input);
      if (!e.ok) return;
      const c = checkRecommendations(e.result);
      cases += c.losses + c.plans;
    }),
    { numRuns: 150, seed: 13 },
  );
  expect(cases).toBeGreaterThan(300);
});
