/**
 * Auto-drafted analysis, conclusions and recommendations of the conclusion forms (annexes 3, 4, 5,
 * 8, 12, 15; FORMS.md C7, §21, A28), in the form's language. Every figure comes from the engine
 * result or from the body's input; the only arithmetic here is for display (points lost = max −
 * value, violations per 10 000, shares). Scores are shown with two decimals, truncated (I-18).
 * The wording lives in analysis-text.ts; criterion names in terms.ts.
 */
import type { AssessmentResult, BodyResult, DirectionResult, OpennessResult } from "../methodology/assess";
import { type Edition, type OpennessTableId } from "../edition/2020";
import { editionFor } from "../edition";
import { formatFigure, formatScore, reaches, truncate2 } from "../methodology/numeric";
import { sumPoints, type IndicatorPoints } from "../methodology/openness";
import { DIRECTION_TERMS } from "../model/model-terms";
import type {
  AutomationInput,
  Body,
  BodyType,
  DirectionId,
  EfficiencyLevel,
  Lang,
  LanguageVersion,
  ServicesInput,
} from "../model/types";
import { LANGUAGE_VERSIONS } from "../model/types";
import {
  CRITERION_NAMES_EN,
  LANGUAGE_VERSION_NAMES,
  QUOTE,
  RECOMMENDATIONS,
  SERVICE_INDICATOR_NAMES,
  TEXT,
  type Words,
} from "./analysis-text";
import { ANNEX12, OPENNESS_CRITERIA_TERMS, SERVICES_CRITERIA } from "./form-terms";
import { ANNEX10 } from "./reference10";

export interface AnalysisSection {
  /** The criterion key of the form's table: K1–K3 / M1–M2, P1–P5, R1–R4. */
  criterion: string;
  title: string;
  paragraphs: string[];
}

// ---------------------------------------------------------------------------------------------
// Numbers as printed: digits grouped by a no-break space, decimal comma in kk/ru (FORMS.md §0).

const GROUP_SEPARATOR = "\u00a0";

function localise(plain: string, lang: Lang): string {
  const negative = plain.startsWith("-");
  const [whole = "", fraction] = (negative ? plain.slice(1) : plain).split(".");
  const grouped = whole.length < 4 ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP_SEPARATOR);
  const sign = negative ? "−" : "";
  return fraction === undefined ? sign + grouped : `${sign}${grouped}${lang === "en" ? "." : ","}${fraction}`;
}

/** An input figure or a printed weight: integers as they are, fractions as entered. */
export function figure(value: number, lang: Lang): string {
  return localise(formatFigure(value), lang);
}

/** A computed value: two decimals, truncated (I-18). */
export function score(value: number, lang: Lang): string {
  return localise(formatScore(value), lang);
}

/**
 * Points lost as printed: the maximum less the displayed (truncated) score, in whole hundredths, so
 * that "50 − 46,35 = 3,65" adds up on paper.
 */
export function lostPoints(max: number, value: number): number {
  return Math.max(0, Math.round(max * 100) - Math.round(truncate2(value) * 100)) / 100;
}

function lost(max: number, value: number, lang: Lang): string {
  return score(lostPoints(max, value), lang);
}

function fullyScored(max: number, value: number): boolean {
  return lostPoints(max, value) === 0;
}

/** A rate for display; a non-zero rate that truncates to 0.00 is shown as "less than 0.01". */
function rate(numerator: number, denominator: number, scale: number, lang: Lang): string {
  if (numerator === 0) return figure(0, lang);
  const r = (numerator / denominator) * scale;
  return truncate2(r) === 0 ? TEXT.lessThan[lang](score(0.01, lang)) : score(r, lang);
}

// ---------------------------------------------------------------------------------------------
// Names.

function criterionName(key: string, lang: Lang): string {
  const k = key === "M1" ? "K1" : key === "M2" ? "K2" : key;
  if (lang === "en") return CRITERION_NAMES_EN[k] ?? k;
  if (k === "K1" || k === "K2" || k === "K3") return SERVICES_CRITERIA[k][lang];
  if (k === "P1" || k === "P2" || k === "P3" || k === "P4" || k === "P5")
    return OPENNESS_CRITERIA_TERMS[k][lang];
  if (k === "R1" || k === "R2" || k === "R3" || k === "R4") return balanced(ANNEX12.criteria[k][lang]);
  return k;
}

/** The annex 12 table row of R2 ends with an unmatched ")" as printed (A23); running text drops it. */
function balanced(name: string): string {
  const open = (name.match(/\(/g) ?? []).length;
  const close = (name.match(/\)/g) ?? []).length;
  return close > open && name.endsWith(")") ? name.slice(0, -1) : name;
}

function indicatorName(direction: DirectionId, code: string, lang: Lang): string {
  if (direction === "services") return SERVICE_INDICATOR_NAMES[code]?.[lang] ?? code;
  return criterionName(code, lang);
}

function directionName(direction: DirectionId, lang: Lang): string {
  return QUOTE[lang](DIRECTION_TERMS[direction][lang]);
}

function words(w: Words, lang: Lang): string {
  return w[lang];
}

function ruleApplied(body: BodyResult, key: string, id: string): boolean {
  return body.explain.some((e) => e.key === key && (e.rule ?? "").split(/,\s*/).includes(id));
}

/**
 * The first line of a criterion: its score and the points it lost. `partsLost` are the losses the
 * lines under it state (in hundredths); where they do not add up to the criterion's own loss, the
 * criterion's loss is not stated, so that no stated total differs from its parts (I-18).
 */
function criterionLine(key: string, value: number, max: number, lang: Lang, partsLost?: number[]): string {
  const p = {
    name: QUOTE[lang](criterionName(key, lang)),
    value: score(value, lang),
    max: figure(max, lang),
    lost: lost(max, value, lang),
  };
  if (fullyScored(max, value)) return TEXT.criterionFull[lang](p);
  if (partsLost && sumHundredths(partsLost) !== hundredths(lostPoints(max, value)))
    return TEXT.criterionScored[lang](p);
  return TEXT.criterionSummary[lang](p);
}

/** A printed figure in whole hundredths (exact integer arithmetic for printed sums). */
function hundredths(printedValue: number): number {
  return Math.round(printedValue * 100);
}

function sumHundredths(values: readonly number[]): number {
  return values.reduce((acc, v) => acc + hundredths(v), 0);
}

function scoreOnly(direction: DirectionId, code: string, value: number, max: number, lang: Lang): string {
  return TEXT.indicatorScore[lang]({
    name: indicatorName(direction, code, lang),
    code,
    value: score(value, lang),
    max: figure(max, lang),
    lost: lost(max, value, lang),
  });
}

type RateCode = keyof typeof TEXT.what;
type RateKind = "services" | "reviews";

function rateLine(
  direction: DirectionId,
  code: RateCode,
  figures: { a: number; b: number; scale: number; kind: RateKind; baseNote?: boolean },
  value: number,
  max: number,
  lang: Lang,
): string {
  const name = indicatorName(direction, code, lang);
  if (figures.b === 0) {
    const reason = figures.kind === "services" ? TEXT.noServicesRendered : TEXT.nothingReviewed;
    return TEXT.nothingToViolate[lang]({ name, code, max: figure(max, lang), reason: reason[lang] });
  }
  const what = TEXT.what[code][lang]({ a: figure(figures.a, lang), b: figure(figures.b, lang) });
  const baseNote = figures.baseNote ? TEXT.baseNote[lang]() : "";
  if (figures.a === 0) return TEXT.noViolation[lang]({ name, code, what, baseNote, max: figure(max, lang) });
  const clamped = value === 0 && (figures.a / figures.b) * figures.scale > max;
  // The indicator is max − rate: the rate is printed as the points lost (max less the truncated
  // score, i.e. the rate rounded up to the hundredth), so that rate and loss read as one number.
  const r = {
    rate: clamped ? rate(figures.a, figures.b, figures.scale, lang) : lost(max, value, lang),
    scale: figure(figures.scale, lang),
  };
  const rateText =
    figures.kind === "services"
      ? TEXT.perServices[lang](r)
      : figures.scale === 100
        ? TEXT.percent[lang](r)
        : TEXT.perReviews[lang](r);
  return TEXT.rateLine[lang]({
    name,
    code,
    what,
    baseNote,
    rate: rateText,
    value: score(value, lang),
    max: figure(max, lang),
    lost: lost(max, value, lang),
    clamped,
  });
}

// ---------------------------------------------------------------------------------------------
// Direction 1: quality of public services.

function servicesSections(
  body: BodyResult,
  d: DirectionResult,
  input: Body | undefined,
  lang: Lang,
  edition: Edition,
): AnalysisSection[] {
  const type: BodyType = body.type;
  const s = input && typeof input.services === "object" ? input.services : undefined;
  const max = edition.services.maxima[type];
  const per = edition.services.perServices;
  const v = (k: string) => d.values[k] ?? 0;
  const [c1, c2] = type === "central" ? (["K1", "K2"] as const) : (["M1", "M2"] as const);
  const criteria = edition.services.criteria[type] as Readonly<Record<string, number>>;

  const p1 = (): string => {
    const name = indicatorName("services", "P1", lang);
    const p = {
      name,
      value: score(v("P1"), lang),
      max: figure(max.P1, lang),
      lost: lost(max.P1, v("P1"), lang),
    };
    if (ruleApplied(body, "services.P1", "I-2")) return TEXT.satisfactionCohort[lang](p);
    if (s && s.ratings.length > 0)
      return TEXT.satisfactionOwn[lang]({
        ...p,
        count: figure(s.ratings.length, lang),
        ratings: s.ratings.map((r) => figure(r, lang)).join("; "),
      });
    return scoreOnly("services", "P1", v("P1"), max.P1, lang);
  };
  const rated = (code: "P2" | "T1" | "T2" | "T3" | "T4", a: (x: ServicesInput) => number): string => {
    if (!s) return scoreOnly("services", code, v(code), max[code], lang);
    const criterion2 = code !== "P2";
    return rateLine(
      "services",
      code,
      {
        a: a(s),
        b: criterion2 ? s.renderedExcludingOneDay : s.rendered,
        scale: per,
        kind: "services",
        baseNote: criterion2 && s.renderedExcludingOneDay !== s.rendered,
      },
      v(code),
      max[code],
      lang,
    );
  };

  const gaps = (...codes: ("P1" | "P2" | "T1" | "T2" | "T3" | "T4")[]) =>
    codes.map((k) => lostPoints(max[k], v(k)));
  const sections: AnalysisSection[] = [
    {
      criterion: c1,
      title: criterionName(c1, lang),
      paragraphs: [
        criterionLine(c1, v(c1), criteria[c1]!, lang, gaps("P1", "P2")),
        p1(),
        rated("P2", (x) => x.complaints),
      ],
    },
    {
      criterion: c2,
      title: criterionName(c2, lang),
      paragraphs: [
        criterionLine(c2, v(c2), criteria[c2]!, lang, gaps("T1", "T2", "T3", "T4")),
        rated("T1", (x) => x.late),
        rated("T2", (x) => x.refusals),
        rated("T3", (x) => x.incompleteDocs),
        rated("T4", (x) => x.extraDocs),
      ],
    },
  ];
  if (type === "central" && d.values.K3 !== undefined)
    sections.push(automationSection(d, s?.automation, lang, edition));
  return sections;
}

/** The K3 section (annexes 3 and 5): its line, and the T, V, B, P lines. */
function automationSection(
  d: Pick<DirectionResult, "values">,
  a: AutomationInput | undefined,
  lang: Lang,
  edition: Edition,
): AnalysisSection {
  return {
    criterion: "K3",
    title: criterionName("K3", lang),
    // A received K3 (annex 5, §26) comes without T, V, B, P: its line only.
    paragraphs:
      d.values.T === undefined
        ? [criterionLine("K3", d.values.K3 ?? 0, edition.services.criteria.central.K3, lang, [])]
        : [
            criterionLine(
              "K3",
              d.values.K3 ?? 0,
              edition.services.criteria.central.K3,
              lang,
              automationLosses(d, edition),
            ),
            ...automationLines(d, a, lang, edition),
          ],
  };
}

/** The points T, V and B lost and the penalty P, as the K3 lines print them (K3 = T + V + B − P). */
function automationLosses(d: Pick<DirectionResult, "values">, edition: Edition): number[] {
  const w = edition.services.automation;
  const v = (k: string) => d.values[k] ?? 0;
  return [
    lostPoints(w.portalWeight, v("T")),
    lostPoints(w.volumeWeight, v("V")),
    lostPoints(w.bonusMax, v("B")),
    truncate2(v("P")),
  ];
}

function automationLines(
  d: Pick<DirectionResult, "values">,
  a: AutomationInput | undefined,
  lang: Lang,
  edition: Edition,
): string[] {
  const w = edition.services.automation;
  const v = (k: string) => d.values[k] ?? 0;
  const base = (code: string, max: number) => ({
    name: indicatorName("services", code, lang),
    value: score(v(code), lang),
    max: figure(max, lang),
    lost: lost(max, v(code), lang),
  });
  if (!a)
    return [
      scoreOnly("services", "T", v("T"), w.portalWeight, lang),
      scoreOnly("services", "V", v("V"), w.volumeWeight, lang),
      scoreOnly("services", "B", v("B"), w.bonusMax, lang),
      scoreOnly("services", "P", v("P"), w.downtimeMax, lang),
    ];
  const nothing = (code: string, max: number, reason: Words) =>
    TEXT.nothingToViolate[lang]({
      name: indicatorName("services", code, lang),
      code,
      max: figure(max, lang),
      reason: reason[lang],
    });
  return [
    a.serviceTypes === 0
      ? nothing("T", w.portalWeight, TEXT.noServiceTypes)
      : TEXT.portal[lang]({
          ...base("T", w.portalWeight),
          a: figure(a.portalServiceTypes, lang),
          b: figure(a.serviceTypes, lang),
        }),
    a.totalVolume === 0
      ? nothing("V", w.volumeWeight, TEXT.noVolume)
      : TEXT.eVolume[lang]({
          ...base("V", w.volumeWeight),
          a: figure(a.electronicVolume, lang),
          b: figure(a.totalVolume, lang),
        }),
    a.allElectronic
      ? TEXT.bonusAllElectronic[lang](base("B", w.bonusMax))
      : TEXT.bonus[lang]({ ...base("B", w.bonusMax), count: figure(a.transferredInPeriod, lang) }),
    a.downtimeHours === 0
      ? TEXT.noDowntime[lang]({ name: indicatorName("services", "P", lang) })
      : TEXT.downtime[lang]({ ...base("P", w.downtimeMax), hours: figure(a.downtimeHours, lang) }),
  ];
}

// ---------------------------------------------------------------------------------------------
// Direction 2: openness (annex 10 numbering: table number + indicator key).

const OPENNESS_TABLES: readonly [OpennessTableId, "P1" | "P2" | "P3" | "P4"][] = [
  ["openData", "P1"],
  ["openBudget", "P2"],
  ["openNpa", "P3"],
  ["openDialogue", "P4"],
];

/** Annex 10 table number of each criterion's indicators, by body type (tables 1–6). */
const ANNEX10_TABLE: Readonly<Record<OpennessTableId, Readonly<Record<BodyType, number>>>> = {
  openData: { central: 1, local: 1 },
  openBudget: { central: 2, local: 3 },
  openNpa: { central: 4, local: 5 },
  openDialogue: { central: 6, local: 6 },
};

function annex10Number(table: OpennessTableId, type: BodyType, key: string): string {
  return `${ANNEX10_TABLE[table][type]}.${key}`;
}

/** The paragraph whose zeroing rule applies to each table (§68 budget, §73 NPA). */
const RULE_PARAGRAPH: Readonly<Record<OpennessTableId, string>> = {
  openData: "62",
  openBudget: "68",
  openNpa: "73",
  openDialogue: "79",
};

const ALMOST = 1e-9;

/** Indicators below their maximum, per language: not met at all, or partly. */
function shortfalls(rows: readonly IndicatorPoints[]): { none: IndicatorPoints[]; part: IndicatorPoints[] } {
  const below = rows.filter((r) => r.max > 0 && r.points < r.max - ALMOST);
  return { none: below.filter((r) => r.points <= ALMOST), part: below.filter((r) => r.points > ALMOST) };
}

function opennessSections(
  body: BodyResult,
  d: OpennessResult,
  lang: Lang,
  edition: Edition,
): AnalysisSection[] {
  const type = body.type;
  const sections: AnalysisSection[] = OPENNESS_TABLES.map(([table, key]) => {
    const perLang = d.detail.indicators[table];
    const num = (k: string) => annex10Number(table, type, k);
    const value = d.values[key] ?? 0;
    const paragraphs = [criterionLine(key, value, edition.openness.criterionMax, lang)];
    const langMax = perLang.kk.reduce((acc, r) => acc + r.max, 0);
    paragraphs.push(
      TEXT.perLanguage[lang]({
        kk: score(sumPoints(perLang.kk), lang),
        ru: score(sumPoints(perLang.ru), lang),
        max: figure(langMax, lang),
      }),
    );
    const listed = (pick: "none" | "part") =>
      LANGUAGE_VERSIONS.flatMap((v) => {
        const rows = shortfalls(perLang[v])[pick];
        if (rows.length === 0) return [];
        const items = rows
          .map((r) =>
            TEXT.indicatorPoints[lang]({
              key: num(r.key),
              points: score(r.points, lang),
              max: figure(r.max, lang),
            }),
          )
          .join(", ");
        return [TEXT.languageItems[lang]({ language: LANGUAGE_VERSION_NAMES[v][lang], items })];
      }).join("; ");
    const none = listed("none");
    const part = listed("part");
    if (none) paragraphs.push(TEXT.notFulfilled[lang]({ items: none }));
    if (part) paragraphs.push(TEXT.partlyFulfilled[lang]({ items: part }));
    if (!none && !part) paragraphs.push(TEXT.allFulfilled[lang]);
    if (table === "openDialogue") paragraphs.push(...answeredLines(perLang, num, edition, lang));
    paragraphs.push(...ruleLines(perLang, num, RULE_PARAGRAPH[table], lang));
    return { criterion: key, title: criterionName(key, lang), paragraphs };
  });

  const p5 = d.values.P5 ?? 0;
  const breaches = LANGUAGE_VERSIONS.flatMap((v) =>
    d.detail.subordinate[v]
      .filter((r) => r.breach)
      .map((r) =>
        TEXT.subordinateItem[lang]({
          key: r.key,
          language: LANGUAGE_VERSION_NAMES[v][lang],
          penalty: figure(r.penalty, lang),
        }),
      ),
  );
  sections.push({
    criterion: "P5",
    title: criterionName("P5", lang),
    paragraphs: [
      breaches.length
        ? TEXT.subordinate[lang]({
            items: breaches.join(", "),
            value: score(p5, lang),
            max: figure(edition.openness.subordinate.max, lang),
          })
        : TEXT.noSubordinateViolation[lang],
    ],
  });
  return sections;
}

/** Open dialogue indicator 2 entered as answered / received (I-7): the counts, per language. */
function answeredLines(
  perLang: Readonly<Record<LanguageVersion, IndicatorPoints[]>>,
  num: (k: string) => string,
  edition: Edition,
  lang: Lang,
): string[] {
  const key = edition.openness.dialogueShareKey;
  const items = LANGUAGE_VERSIONS.flatMap((v) => {
    const f = perLang[v].find((r) => r.key === key)?.fulfilment;
    if (typeof f !== "object" || f.received === 0) return [];
    return [
      TEXT.answeredShare[lang]({
        language: LANGUAGE_VERSION_NAMES[v][lang],
        answered: figure(f.answered, lang),
        received: figure(f.received, lang),
      }),
    ];
  });
  return items.length ? [TEXT.answered[lang]({ key: num(key), items: items.join("; ") })] : [];
}

type ExplainedRule = keyof typeof TEXT.rule;
const EXPLAINED_RULES: readonly ExplainedRule[] = [
  "exempt",
  "classifiedMean",
  "noAnnouncement",
  "noAudit",
  "noRequests",
  "noQuestions",
];

/** One sentence per engine rule that changed an indicator's points, naming the indicators. */
function ruleLines(
  perLang: Readonly<Record<LanguageVersion, IndicatorPoints[]>>,
  num: (k: string) => string,
  paragraph: string,
  lang: Lang,
): string[] {
  return EXPLAINED_RULES.flatMap((rule) => {
    const byKey = new Map<string, LanguageVersion[]>();
    for (const v of LANGUAGE_VERSIONS)
      for (const r of perLang[v]) if (r.rule === rule) byKey.set(r.key, [...(byKey.get(r.key) ?? []), v]);
    if (byKey.size === 0) return [];
    let items: string;
    const many = byKey.size > 1;
    if (rule === "classifiedMean") {
      const keys = [...byKey.keys()];
      items = keys.length > 1 ? `${num(keys[0]!)}–${num(keys[keys.length - 1]!)}` : num(keys[0]!);
    } else {
      items = [...byKey.entries()]
        .map(([k, langs]) =>
          langs.length === LANGUAGE_VERSIONS.length
            ? num(k)
            : `${num(k)} ${LANGUAGE_VERSION_NAMES[langs[0]!][lang]}`,
        )
        .join(", ");
    }
    return [TEXT.rule[rule][lang]({ items, many, paragraph })];
  });
}

// ---------------------------------------------------------------------------------------------
// Direction 3: review of complaints and applications.

/** The count each complaints rate is measured on (over all reviewed, §90–95). */
const RATE_NUMERATOR = { R1: "late", R2: "courtUpheld", R3: "repeatUpheld" } as const;

function complaintsSections(
  body: BodyResult,
  d: DirectionResult,
  input: Body | undefined,
  lang: Lang,
  edition: Edition,
): AnalysisSection[] {
  const c = input && typeof input.complaints === "object" ? input.complaints : undefined;
  const e = edition.complaints;
  const v = (k: string) => d.values[k] ?? 0;
  const line = (key: "R1" | "R2" | "R3" | "R4"): string => {
    const max = e[key].max;
    if (!c) return scoreOnly("complaints", key, v(key), max, lang);
    const name = criterionName(key, lang);
    switch (key) {
      case "R1":
      case "R2":
      case "R3":
        if (key === "R2" && !c.challengedInCourt)
          return TEXT.courtNotChallenged[lang]({ name, max: figure(max, lang) });
        return rateLine(
          "complaints",
          key,
          { a: c[RATE_NUMERATOR[key]], b: c.reviewed, scale: e[key].scale, kind: "reviews" },
          v(key),
          max,
          lang,
        );
      case "R4": {
        const base = c.late - c.disciplineImpossible;
        if (base === 0) return TEXT.disciplineNone[lang]({ name, max: figure(max, lang) });
        return TEXT.discipline[lang]({
          name,
          late: figure(c.late, lang),
          impossible: figure(c.disciplineImpossible, lang),
          disciplined: figure(c.disciplined, lang),
          share: score((c.disciplined / base) * 100, lang),
          value: score(v(key), lang),
          max: figure(max, lang),
        });
      }
    }
  };
  return (["R1", "R2", "R3", "R4"] as const).map((key) => ({
    criterion: key,
    title: criterionName(key, lang),
    paragraphs: [line(key)],
  }));
}

// ---------------------------------------------------------------------------------------------
// Public API.

/**
 * The analysis items of a direction's conclusion form, one per criterion of its table. `input` (the
 * body's entry in `result.assessment.bodies`) supplies the figures behind each rate; without it
 * the text gives the scores only. A direction not assessed ("na") or not entered gives no items.
 */
export function draftAnalysis(
  body: BodyResult,
  direction: DirectionId,
  lang: Lang,
  input?: Body,
  edition: Edition = editionFor(),
): AnalysisSection[] {
  const d = body[direction];
  if (direction === "services" && d === null && body.automation)
    return [automationSection(body.automation, input?.automation, lang, edition)];
  if (d === null || d === "na") return [];
  if (direction === "services") return servicesSections(body, d, input, lang, edition);
  if (direction === "openness") return opennessSections(body, d as OpennessResult, lang, edition);
  return complaintsSections(body, d, input, lang, edition);
}

/** One indicator (services) or criterion (openness, complaints) that lost points, as printed. */
export interface Loss {
  code: string;
  /** Points lost as printed (maximum less the displayed score; a penalty's displayed value). */
  lost: number;
  /** The indicator's maximum (for a penalty, its cap). */
  max: number;
}

/**
 * An indicator that lost more than this share of its maximum is always recommended; below it, only
 * the RECOMMENDED_AT_LEAST biggest losses are.
 */
export const RECOMMEND_SHARE = 0.05;
const RECOMMENDED_AT_LEAST = 3;

/**
 * Points lost per indicator (services) or criterion (openness, complaints), biggest first; penalties
 * (P, P5) count as lost; an indicator at its maximum never appears.
 */
export function losses(
  body: BodyResult,
  direction: DirectionId,
  d: Pick<DirectionResult, "values" | "received">,
  edition: Edition = editionFor(),
): Loss[] {
  // A received conclusion (§112–113) carries scores only: no criterion to rank.
  if (d.received) return [];
  const v = (k: string) => d.values[k] ?? 0;
  const gap = (code: string, max: number): Loss => ({ code, lost: lostPoints(max, v(code)), max });
  const penalty = (code: string, max: number): Loss => ({ code, lost: truncate2(v(code)), max });
  let all: Loss[];
  if (direction === "services") {
    const max = edition.services.maxima[body.type];
    const w = edition.services.automation;
    all = (["P1", "P2", "T1", "T2", "T3", "T4"] as const).map((k) => gap(k, max[k]));
    // A received K3 (annex 5, §26) comes without T, V, B, P.
    if (d.values.K3 !== undefined && d.values.T !== undefined)
      all.push(
        gap("T", w.portalWeight),
        gap("V", w.volumeWeight),
        gap("B", w.bonusMax),
        penalty("P", w.downtimeMax),
      );
  } else if (direction === "openness") {
    all = (["P1", "P2", "P3", "P4"] as const).map((k) => gap(k, edition.openness.criterionMax));
    all.push(penalty("P5", edition.openness.subordinate.max));
  } else {
    all = (["R1", "R2", "R3", "R4"] as const).map((k) => gap(k, edition.complaints[k].max));
  }
  // Stable sort: equal losses keep the order of the form's table.
  return all.filter((l) => l.lost > 0).sort((a, b) => b.lost - a.lost);
}

/** The losses that get a recommendation: the biggest few, and every one above RECOMMEND_SHARE. */
export function recommendedLosses(ranked: readonly Loss[]): Loss[] {
  return ranked.filter((l, i) => i < RECOMMENDED_AT_LEAST || l.lost > RECOMMEND_SHARE * l.max);
}

/** An annex 10 indicator (or a subordinate organisations' violation) that lost points. */
export interface IndicatorLoss {
  /** Annex 10 number, e.g. "6.5". */
  number: string;
  lost: number;
  /** The language versions that lost points (both, or one). */
  languages: LanguageVersion[];
}

/** "2.10" after "2.9": dotted numbers compared part by part. */
function compareNumbers(a: string, b: string): number {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The annex 10 indicators of an openness criterion that lost points, summed over both language
 * versions, biggest loss first (P5: the violations of subordinate organisations and their penalty).
 */
export function openIndicatorLosses(body: BodyResult, d: OpennessResult, code: string): IndicatorLoss[] {
  const byKey = new Map<string, { hundredths: number; languages: LanguageVersion[] }>();
  const add = (key: string, v: LanguageVersion, lostValue: number) => {
    const hundredths = Math.round(truncate2(lostValue) * 100);
    if (hundredths <= 0) return;
    const e = byKey.get(key) ?? { hundredths: 0, languages: [] };
    e.hundredths += hundredths;
    e.languages.push(v);
    byKey.set(key, e);
  };
  let number = (k: string) => k;
  if (code === "P5") {
    for (const v of LANGUAGE_VERSIONS)
      for (const r of d.detail.subordinate[v]) if (r.breach) add(r.key, v, r.penalty);
  } else {
    const entry = OPENNESS_TABLES.find(([, k]) => k === code);
    if (!entry) return [];
    const [table] = entry;
    number = (k) => annex10Number(table, body.type, k);
    for (const v of LANGUAGE_VERSIONS)
      for (const r of d.detail.indicators[table][v]) if (r.max > 0) add(r.key, v, r.max - r.points);
  }
  return [...byKey.entries()]
    .map(([key, e]) => ({ number: number(key), lost: e.hundredths / 100, languages: e.languages }))
    .sort((a, b) => b.lost - a.lost || compareNumbers(a.number, b.number));
}

/** The printed name of an annex 10 indicator or violation ("6.5" → table 6, row "5"). */
function annex10Name(number: string, lang: Lang): string {
  if (lang === "en") return "";
  const [table, ...rest] = number.split(".");
  const rows = ANNEX10.rows[Number(table)];
  const row = rows?.[rest.join(".")] ?? rows?.[number];
  // The table's "*" refers to its footnote under annex 10; running text has no footnote to point to.
  return row ? row[lang].replace(/\*+$/, "") : "";
}

/** Facts of unreliable reporting data as printed in the form's language (Russian text when given). */
function factTexts(d: DirectionResult, direction: DirectionId, lang: Lang, input?: Body): string[] {
  const ru = lang === "ru" ? input?.unreliable[direction].ru : undefined;
  return d.facts.texts.map((t, i) => (ru?.[i] ?? t).trim()).filter((t) => t.length > 0);
}

/**
 * The "conclusions and recommendations" text of a direction's form: the final score, the facts of
 * unreliable reporting data (§21), where the points were lost, and a recommendation for each
 * indicator that lost points (biggest loss first, RECOMMEND_SHARE).
 */
export function draftConclusions(
  body: BodyResult,
  direction: DirectionId,
  lang: Lang,
  edition: Edition = editionFor(),
  input?: Body,
): string[] {
  const d = body[direction];
  const name = directionName(direction, lang);
  if (d === "na") return [TEXT.directionNotApplicable[lang]({ direction: name })];
  if (d === null) return [TEXT.directionMissing[lang]({ direction: name })];
  const out = [
    TEXT.directionSummary[lang]({
      direction: name,
      total: score(d.total, lang),
      penalty: score(d.penalty, lang),
      final: score(d.final, lang),
      max: figure(edition.directionMax, lang),
    }),
  ];

  if (d.facts.count > 0) {
    const facts = {
      count: figure(d.facts.count, lang),
      penalty: score(d.penalty, lang),
      perFact: figure(edition.reliability.perFact, lang),
      max: figure(edition.reliability.max, lang),
    };
    const texts = factTexts(d, direction, lang, input);
    if (texts.length) out.push(TEXT.factsListed[lang](facts), ...texts.map((t, i) => `${i + 1}) ${t}`));
    else out.push(TEXT.factsCounted[lang](facts));
    out.push(TEXT.factsDeduction[lang](facts));
  } else {
    out.push(TEXT.noFacts[lang]);
  }

  out.push(...lossParagraphs(body, direction, d, losses(body, direction, d, edition), lang, input));
  return out;
}

/** An indicator's name inside running text: its own quotes kept, a leading capital lowered (ru). */
function runningName(direction: DirectionId, code: string, lang: Lang): string {
  const name = indicatorName(direction, code, lang);
  if (/["«“]/.test(name)) return lang === "ru" ? name.charAt(0).toLowerCase() + name.slice(1) : name;
  return QUOTE[lang](name);
}

/** The losses as the analysis lists them: "code «name» – lost points", joined by "; ". */
function lostItems(list: readonly Loss[], direction: DirectionId, lang: Lang): string {
  return list
    .map((l) =>
      TEXT.lostItem[lang]({
        code: l.code,
        name: runningName(direction, l.code, lang),
        lost: score(l.lost, lang),
      }),
    )
    .join("; ");
}

/** "6.5 «…» (на русском языке) – 1,00 балла" for each annex 10 indicator that lost points. */
function indicatorItems(items: readonly IndicatorLoss[], lang: Lang): string {
  return items
    .map((i) => {
      const name = annex10Name(i.number, lang);
      const language = i.languages.length === 1 ? ` (${LANGUAGE_VERSION_NAMES[i.languages[0]!][lang]})` : "";
      return TEXT.indicatorLost[lang]({
        number: i.number,
        name: name ? ` ${QUOTE[lang](name)}` : "",
        language,
        lost: score(i.lost, lang),
      });
    })
    .join("; ");
}

/** Where the points were lost, and a recommendation for each recommended loss, biggest first. */
function lossParagraphs(
  body: BodyResult,
  direction: DirectionId,
  d: Pick<DirectionResult, "values">,
  ranked: readonly Loss[],
  lang: Lang,
  input?: Body,
): string[] {
  if (ranked.length === 0) return [TEXT.nothingLost[lang], TEXT.keepLevel[lang]];
  const recommended = recommendedLosses(ranked);
  const out = [
    TEXT.mostLost[lang]({
      criteria: direction !== "services",
      items: lostItems(recommended, direction, lang),
    }),
  ];
  for (const l of recommended) {
    // I-2: a P1 taken from the cohort is not the body's own result; nothing is recommended on it.
    if (imputed(body, direction, l.code)) continue;
    if (direction === "openness") {
      const items = openIndicatorLosses(body, d as OpennessResult, l.code);
      const phrase = l.code === "P5" ? TEXT.recommendSubordinate : TEXT.recommendOpenness;
      out.push(
        phrase[lang]({
          criterion: QUOTE[lang](criterionName(l.code, lang)),
          value: score(d.values[l.code] ?? 0, lang),
          max: figure(l.max, lang),
          items: indicatorItems(items, lang),
        }),
      );
      continue;
    }
    const action = RECOMMENDATIONS[direction][l.code];
    if (action)
      out.push(
        TEXT.recommend[lang]({
          action: words(action, lang),
          detail: recommendationFigures(direction, l, d, input, lang),
        }),
      );
  }
  return out;
}

/** Whether an indicator's value is not the body's own but the cohort's (P1 under I-2). */
export function imputed(body: BodyResult, direction: DirectionId, code: string): boolean {
  return direction === "services" && code === "P1" && ruleApplied(body, "services.P1", "I-2");
}

/** How many of the lowest public-monitoring ratings a P1 recommendation names. */
const LOWEST_RATINGS = 3;

/**
 * The body's own figures behind a recommendation: the counts of its rate (late, refused, upheld…
 * of how many), its lowest ratings, and the points lost, so that two bodies with different data
 * never receive the same sentence.
 */
function recommendationFigures(
  direction: DirectionId,
  l: Loss,
  d: Pick<DirectionResult, "values">,
  input: Body | undefined,
  lang: Lang,
): string {
  const value = d.values[l.code] ?? 0;
  const points = { lost: score(l.lost, lang), max: figure(l.max, lang) };
  const ab = (a: number, b = 0) => ({ a: figure(a, lang), b: figure(b, lang) });
  const withWhat = (what: string) => TEXT.recommendFigures[lang]({ what, ...points });
  const s = direction === "services" && input && typeof input.services === "object" ? input.services : null;
  const c =
    direction === "complaints" && input && typeof input.complaints === "object" ? input.complaints : null;
  if (s) {
    const a = s.automation;
    switch (l.code) {
      case "P1":
        if (s.ratings.length > 0)
          return TEXT.recommendRatings[lang]({
            name: "",
            value: score(value, lang),
            ...points,
            lowest: [...s.ratings]
              .sort((x, y) => x - y)
              .slice(0, LOWEST_RATINGS)
              .map((r) => figure(r, lang))
              .join("; "),
          });
        break;
      case "P2":
        return withWhat(TEXT.what.P2[lang](ab(s.complaints, s.rendered)));
      case "T1":
        return withWhat(TEXT.what.T1[lang](ab(s.late, s.renderedExcludingOneDay)));
      case "T2":
        return withWhat(TEXT.what.T2[lang](ab(s.refusals, s.renderedExcludingOneDay)));
      case "T3":
        return withWhat(TEXT.what.T3[lang](ab(s.incompleteDocs, s.renderedExcludingOneDay)));
      case "T4":
        return withWhat(TEXT.what.T4[lang](ab(s.extraDocs, s.renderedExcludingOneDay)));
      case "T":
        if (a) return withWhat(TEXT.figures.T[lang](ab(a.portalServiceTypes, a.serviceTypes)));
        break;
      case "V":
        if (a) return withWhat(TEXT.figures.V[lang](ab(a.electronicVolume, a.totalVolume)));
        break;
      case "B":
        if (a) return withWhat(TEXT.figures.B[lang](ab(a.transferredInPeriod)));
        break;
      case "P":
        if (a) return withWhat(TEXT.figures.P[lang](ab(a.downtimeHours)));
        break;
    }
  }
  if (c) {
    if (l.code === "R1" || l.code === "R2" || l.code === "R3")
      return withWhat(TEXT.what[l.code][lang](ab(c[RATE_NUMERATOR[l.code]], c.reviewed)));
    if (l.code === "R4")
      return withWhat(TEXT.figures.R4[lang](ab(c.disciplined, c.late - c.disciplineImpossible)));
  }
  return TEXT.recommendScore[lang]({ name: "", value: score(value, lang), ...points });
}

/**
 * The conclusions text of annex 5 (the automation criterion K3 alone): its score, and the losses of
 * T, V, B, P with recommendations. The reliability penalty and facts belong to annex 3, not here.
 */
export function draftAutomationConclusions(
  body: BodyResult,
  lang: Lang,
  edition: Edition = editionFor(),
  input?: Body,
): string[] {
  const d = body.services === null && body.automation ? body.automation : body.services;
  if (d === null || d === "na") return draftConclusions(body, "services", lang, edition);
  if (d.values.K3 === undefined) return [];
  const automation = new Set(["T", "V", "B", "P"]);
  const ranked = losses(body, "services", d, edition).filter((l) => automation.has(l.code));
  // The K3 score is the analysis's first line and the table's only row: not repeated here.
  return lossParagraphs(body, "services", d, ranked, lang, input);
}

/** A §101 level inside a sentence: kk as §101 words it (A39), ru in the genitive («до высокого уровня»). */
const LEVEL_IN_TEXT: Readonly<Record<EfficiencyLevel, { kk: string; ru: string; en: string }>> = {
  high: { kk: "жоғарғы", ru: "высокого", en: "high" },
  medium: { kk: "орташа", ru: "среднего", en: "medium" },
  low: { kk: "төменгі", ru: "низкого", en: "low" },
  ineffective: { kk: "тиімсіз", ru: "неэффективного", en: "ineffective" },
};

/** The next §101 level above a score, or null at the top. */
function nextLevel(score: number, edition: Edition): { level: EfficiencyLevel; min: number } | null {
  const above = edition.overall.levels.filter((b) => !reaches(score, b.min));
  const next = above[above.length - 1];
  return next ? { level: next.level, min: next.min } : null;
}

/** One step of the plan to the next level: an indicator's loss recovered, and what it adds overall. */
export interface PlanStep extends Loss {
  direction: DirectionId;
  /** The loss times the direction's share of the general score. */
  gain: number;
}

/** What lifts the general score to the next §101 level: the gap and the fewest indicators to close it. */
export interface LevelPlan {
  level: EfficiencyLevel;
  min: number;
  /** Points the general score lacks (hundredths, rounded up). */
  overallGap: number;
  /** The fewest losses whose full recovery closes the gap (biggest gain first, any direction). */
  steps: PlanStep[];
  /** Whether recovering every loss of every direction is enough (penalties cannot be recovered). */
  enough: boolean;
}

/** The directions' shares of the general score (0 for a direction left out). */
function directionShares(body: BodyResult, weights: readonly number[]): Record<DirectionId, number> {
  const dirs: DirectionId[] = ["services", "openness", "complaints"];
  const total = dirs.reduce((acc, dir, j) => (body[dir] === "na" ? acc : acc + (weights[j] ?? 0)), 0);
  const share = (dir: DirectionId, j: number) =>
    body[dir] === "na" || total <= 0 ? 0 : (weights[j] ?? 0) / total;
  return {
    services: share("services", 0),
    openness: share("openness", 1),
    complaints: share("complaints", 2),
  };
}

export function levelPlan(
  body: BodyResult,
  weights: readonly number[] = editionFor().overall.defaultWeights,
  edition: Edition = editionFor(),
): LevelPlan | null {
  if (!body.overall) return null;
  const next = nextLevel(body.overall.score, edition);
  if (!next) return null;
  const shares = directionShares(body, weights);
  const overallGap = Math.ceil((next.min - body.overall.score) * 100 - 1e-7) / 100;
  const all: PlanStep[] = [];
  for (const direction of ["services", "openness", "complaints"] as const) {
    const d = body[direction];
    if (d === null || d === "na" || shares[direction] === 0) continue;
    for (const l of losses(body, direction, d, edition))
      if (!imputed(body, direction, l.code)) all.push({ ...l, direction, gain: l.lost * shares[direction] });
  }
  all.sort((a, b) => b.gain - a.gain);
  const steps: PlanStep[] = [];
  let gained = 0;
  for (const step of all) {
    if (gained >= overallGap - 1e-9) break;
    steps.push(step);
    gained += step.gain;
  }
  return { level: next.level, min: next.min, overallGap, steps, enough: gained >= overallGap - 1e-9 };
}

/**
 * "R1, R2 («Качество рассмотрения…»); P2, P3 («Открытость…»)": the plan's codes by direction, with
 * the points each lost when `withPoints` ("R1 (6,72), R2 (2,44) (…)").
 */
function planItems(steps: readonly PlanStep[], lang: Lang, withPoints = false): string {
  const order: DirectionId[] = [];
  for (const st of steps) if (!order.includes(st.direction)) order.push(st.direction);
  return order
    .map((dir) => {
      const codes = steps
        .filter((st) => st.direction === dir)
        .map((st) => (withPoints ? `${st.code} (${score(st.lost, lang)})` : st.code));
      return `${codes.join(", ")} (${directionName(dir, lang)})`;
    })
    .join("; ");
}

/**
 * One analysis item of annex 15: where the direction lost its points (its losses, biggest first, and
 * the reliability penalty) and what would lift the body to the next §101 level through it.
 */
export function draftBlockAnalysis(
  body: BodyResult,
  direction: DirectionId,
  lang: Lang,
  weights: readonly number[] = editionFor().overall.defaultWeights,
  edition: Edition = editionFor(),
): string[] {
  const d = body[direction];
  const name = directionName(direction, lang);
  if (d === "na") return [TEXT.directionNotApplicable[lang]({ direction: name })];
  if (d === null) return [TEXT.directionMissing[lang]({ direction: name })];
  // A received conclusion carries no criteria: annex 15 states its figures and its source.
  const received = d.received
    ? TEXT.blockReceived[lang]({
        direction: name,
        from: d.received.from,
        date: d.received.conclusionDate.split("-").reverse().join("."),
        total: score(d.total, lang),
        penalty: score(d.penalty, lang),
        final: score(d.final, lang),
        max: figure(edition.directionMax, lang),
      })
    : null;
  const ranked = losses(body, direction, d, edition);
  const lostTotal = lostPoints(edition.directionMax, d.final);
  // The total is stated only where the listed losses and the penalty add up to it on paper (I-18).
  const listed = [...ranked.map((l) => l.lost), d.penalty > 0 ? truncate2(d.penalty) : 0];
  const addsUp = sumHundredths(listed) === hundredths(lostTotal);
  const out: string[] = [];
  if (received) out.push(received);
  else if (ranked.length === 0 && d.penalty === 0) out.push(TEXT.blockNothingLost[lang]);
  else
    out.push(
      TEXT.blockLost[lang]({
        lost: addsUp ? score(lostTotal, lang) : "",
        items: lostItems(ranked, direction, lang),
        penalty: d.penalty > 0 ? score(d.penalty, lang) : "",
      }),
    );
  const plan = levelPlan(body, weights, edition);
  if (plan) {
    const mine = plan.steps.filter((st) => st.direction === direction);
    const others = plan.steps.filter((st) => st.direction !== direction);
    const p = {
      level: LEVEL_IN_TEXT[plan.level][lang],
      levelGenitive: LEVEL_IN_TEXT[plan.level].ru,
      min: figure(plan.min, lang),
      overallGap: score(plan.overallGap, lang),
      items: mine.length
        ? mine.map((st) => `${st.code} (${score(st.lost, lang)})`).join(", ")
        : planItems(others, lang, true),
      gain: score(
        (mine.length ? mine : others).reduce((a, st) => a + st.gain, 0),
        lang,
      ),
    };
    if (mine.length) out.push(TEXT.nextLevel[lang](p));
    else if (plan.enough && others.length) out.push(TEXT.nextLevelElsewhere[lang](p));
    else out.push(TEXT.overallNextLevelOut[lang](p));
  }
  return out;
}

/**
 * The conclusions text of annex 15: the general score with the efficiency level of §101 in words
 * (A28), directions not assessed, the weakest direction and the points the next level needs. The
 * direction finals are in the table above and are not repeated.
 */
export function draftOverallConclusion(
  body: BodyResult,
  lang: Lang,
  weights: readonly number[] = editionFor().overall.defaultWeights,
  edition: Edition = editionFor(),
): string[] {
  const out: string[] = [];
  const directions: DirectionId[] = ["services", "openness", "complaints"];
  const scored: { direction: DirectionId; final: number }[] = [];
  for (const dir of directions) {
    const d = body[dir];
    const name = directionName(dir, lang);
    if (d === "na") out.push(TEXT.overallNotApplicable[lang]({ direction: name }));
    else if (d === null) out.push(TEXT.overallMissing[lang]({ direction: name }));
    else scored.push({ direction: dir, final: d.final });
  }
  if (body.overall) {
    out.push(
      TEXT.overallScore[lang]({
        score: score(body.overall.score, lang),
        band: levelBand(body.overall.level, lang, edition),
        level: TEXT.levelSentence[body.overall.level][lang],
      }),
    );
    const plan = levelPlan(body, weights, edition);
    if (plan)
      out.push(
        (plan.enough ? TEXT.overallNextLevel : TEXT.overallNextLevelOut)[lang]({
          level: LEVEL_IN_TEXT[plan.level][lang],
          levelGenitive: LEVEL_IN_TEXT[plan.level].ru,
          min: figure(plan.min, lang),
          overallGap: score(plan.overallGap, lang),
          items: planItems(plan.steps, lang),
        }),
      );
  } else if (directions.some((dir) => body[dir] === null)) {
    out.push(TEXT.overallNotComputed[lang]);
  } else {
    out.push(TEXT.overallNoWeight[lang]);
  }
  if (scored.length > 1) {
    const weakest = scored.reduce((w, s) => (s.final < w.final ? s : w));
    if (!fullyScored(edition.directionMax, weakest.final))
      out.push(
        TEXT.weakestDirection[lang]({
          direction: directionName(weakest.direction, lang),
          final: score(weakest.final, lang),
        }),
      );
  }
  return out;
}

/** The §101 band of a level as printed: "70 – 89,99", "below 50". */
function levelBand(level: string, lang: Lang, edition: Edition): string {
  const levels = edition.overall.levels;
  const i = levels.findIndex((b) => b.level === level);
  if (i < 0) return TEXT.bandBelow[lang]({ to: figure(levels[levels.length - 1]!.min, lang) });
  const to = i === 0 ? figure(edition.directionMax, lang) : score(levels[i - 1]!.min - 0.01, lang);
  return TEXT.bandRange[lang]({ from: figure(levels[i]!.min, lang), to });
}

/**
 * The drafting functions bound to an assessment, so that each body's input figures (and Russian
 * fact texts) are found by id: the shape the form builders take (src/forms/context.ts `Drafts`).
 */
export function analysisDrafts(result: AssessmentResult): {
  analysis(body: BodyResult, direction: DirectionId, lang: Lang): AnalysisSection[];
  conclusions(body: BodyResult, direction: DirectionId, lang: Lang): string[];
  overall(body: BodyResult, lang: Lang): string[];
  /** Annex 5's conclusions: the automation criterion only. */
  automation(body: BodyResult, lang: Lang): string[];
  /** Annex 15's analysis items: where a direction lost points and what lifts the level. */
  summary(body: BodyResult, direction: DirectionId, lang: Lang): string[];
} {
  const inputs = new Map(result.assessment.bodies.map((b) => [b.id, b]));
  const weights = result.assessment.settings.overallWeights;
  const edition = editionFor(result.assessment.settings.methodology);
  return {
    analysis: (body, direction, lang) => draftAnalysis(body, direction, lang, inputs.get(body.id), edition),
    conclusions: (body, direction, lang) =>
      draftConclusions(body, direction, lang, edition, inputs.get(body.id)),
    overall: (body, lang) => draftOverallConclusion(body, lang, weights, edition),
    automation: (body, lang) => draftAutomationConclusions(body, lang, edition, inputs.get(body.id)),
    summary: (body, direction, lang) => draftBlockAnalysis(body, direction, lang, weights, edition),
  };
}
