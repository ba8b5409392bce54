/**
 * Direction 2 "Openness of the state body" (§57–85, annexes 7–10).
 * P1 open data, P2 open budget, P3 open NPA, P4 open dialogue (each: points per language version,
 * weight × fulfilment, I-5), P5 subordinate organisations (penalty). `O = P1 + P2 + P3 + P4 − P5`.
 */
import { opennessTotal } from "./directionTotals";
import type {
  BodyType,
  Exemption,
  Fulfilment,
  FulfilmentMap,
  LanguageVersion,
  OpennessInput,
  PerLanguage,
  SubordinateMap,
} from "../model/types";
import { LANGUAGE_VERSIONS } from "../model/types";
import { opennessTable, type Edition, type OpennessIndicator, type OpennessTableId } from "../edition/2020";
import { editionFor } from "../edition";
import { requireCount, requireInRange, requireNotAbove } from "./errors";
import { explanation, joinText, phrase, phrased, type ExplainText, type Explanation } from "./explain";
import { formatFigure as fig, formatScore as sc, reaches } from "./numeric";

export const OPENNESS_CRITERIA: Readonly<Record<OpennessTableId, "P1" | "P2" | "P3" | "P4">> = {
  openData: "P1",
  openBudget: "P2",
  openNpa: "P3",
  openDialogue: "P4",
};

const SOURCES: Readonly<Record<OpennessTableId, string>> = {
  openData: "§59–62, annex 10 table 1",
  openBudget: "§63–68, annex 10 tables 2–3",
  openNpa: "§69–73, annex 10 tables 4–5",
  openDialogue: "§74–79, annex 10 table 6",
};

/** Why an indicator did not simply score weight × fulfilment. */
export type IndicatorRule =
  | "exempt" // I-6: not applied to the National Bank / Ministry of Defence
  | "na" // nothing to assess: maximum
  | "noRequests" // §62: demand measures met and no request received
  | "noAudit" // §68: no state audit in the period
  | "noAnnouncement" // §68 / §73: no announcement at all (I-14)
  | "noQuestions" // I-7: no question received on the blog platform
  | "classifiedMean"; // I-13: mean over the cohort's unclassified peers

export const RULE_INTERPRETATIONS: Readonly<Record<IndicatorRule, readonly string[]>> = {
  exempt: ["I-6"],
  na: ["I-15"],
  noRequests: [],
  noAudit: [],
  noAnnouncement: ["I-14"],
  noQuestions: ["I-7"],
  classifiedMean: ["I-13"],
};

export interface IndicatorPoints {
  key: string;
  max: number;
  /** The fulfilment as entered (undefined when the key was missing: counted as 0). */
  fulfilment: Fulfilment | undefined;
  points: number;
  rule: IndicatorRule | null;
}

/** The share 0..1 a fulfilment stands for; `"na"` and an empty answered/received pair are full. */
export function fulfilmentShare(f: Fulfilment | undefined): number {
  if (f === undefined) return 0;
  if (f === "na") return 1;
  if (typeof f === "number") return f;
  return f.received === 0 ? 1 : f.answered / f.received;
}

function isExempt(indicator: OpennessIndicator, exempt: readonly Exemption[]): boolean {
  return indicator.exemptFor !== undefined && exempt.includes(indicator.exemptFor);
}

export interface TableContext {
  /** Open data: requests for additional datasets received (§62); undefined = not entered. */
  requestsReceived?: number;
  /** Open budget: a state audit / financial control took place in the period (§68). */
  auditInPeriod?: boolean;
}

/**
 * Points of each indicator of one annex 10 table (1–6) in one language version, with the rules of
 * §62, §68, §73, I-6, I-7 and I-15 applied. Exemptions win over every other rule (I-6); an indicator
 * entered `"na"` keeps its maximum whatever zeroing rule fires (I-15).
 */
export function scoreOpennessLanguage(
  table: OpennessTableId,
  type: BodyType,
  values: FulfilmentMap,
  context: TableContext = {},
  exempt: readonly Exemption[] = [],
  edition: Edition = editionFor(),
): IndicatorPoints[] {
  const indicators = opennessTable(edition, table, type);
  const rows: IndicatorPoints[] = indicators.map((ind) => {
    const f = values[ind.key];
    if (isExempt(ind, exempt))
      return { key: ind.key, max: ind.points, fulfilment: f, points: ind.points, rule: "exempt" };
    if (f === "na") return { key: ind.key, max: ind.points, fulfilment: f, points: ind.points, rule: "na" };
    const noQuestions = typeof f === "object" && f.received === 0;
    return {
      key: ind.key,
      max: ind.points,
      fulfilment: f,
      points: ind.points * fulfilmentShare(f),
      rule: noQuestions ? "noQuestions" : null,
    };
  });
  const row = (key: string) => rows.find((r) => r.key === key);
  // Only rows that are neither exempt nor "na" can be changed by the rules below.
  const adjustable = (r: IndicatorPoints | undefined): r is IndicatorPoints =>
    r !== undefined && r.rule !== "exempt" && r.rule !== "na";
  const announced = (keys: readonly string[]) => keys.some((k) => (row(k)?.points ?? 0) > 0);
  const o = edition.openness;

  if (table === "openData") {
    const demand = row(o.openDataRule.demandKey);
    const demandMet =
      demand !== undefined && (demand.rule !== null || reaches(fulfilmentShare(demand.fulfilment), 1));
    const onRequest = row(o.openDataRule.onRequestKey);
    if (context.requestsReceived === 0 && demandMet && adjustable(onRequest)) {
      onRequest.points = onRequest.max;
      onRequest.rule = "noRequests";
    }
  } else if (table === "openBudget") {
    const rules = o.budgetRules[type];
    if (context.auditInPeriod === false) {
      const audit = row(rules.auditKey);
      if (adjustable(audit)) {
        audit.points = audit.max;
        audit.rule = "noAudit";
      }
    }
    if (!announced(rules.announcementKeys)) zero(rules.zeroedKeys);
  } else if (table === "openNpa") {
    const rules = o.npaRules[type];
    if (!announced(rules.announcementKeys)) zero(rules.zeroedKeys);
  }
  return rows;

  function zero(keys: readonly string[]) {
    for (const key of keys) {
      const r = row(key);
      if (adjustable(r)) {
        r.points = 0;
        r.rule = "noAnnouncement";
      }
    }
  }
}

export function sumPoints(rows: readonly IndicatorPoints[]): number {
  let s = 0;
  for (const r of rows) s += r.points;
  return s;
}

/**
 * Openness P1 open data, P2 open budget, P3 open NPA, P4 open dialogue (annex 10 tables 1–6): a
 * whole criterion from the fulfilments in both languages, the sum of the two language versions
 * (custom functions OPEN_*_SCORE wrap this).
 */
export function opennessCriterion(
  table: OpennessTableId,
  type: BodyType,
  values: PerLanguage<FulfilmentMap>,
  context: TableContext = {},
  exempt: readonly Exemption[] = [],
  edition: Edition = editionFor(),
): number {
  return (
    sumPoints(scoreOpennessLanguage(table, type, values.kk, context, exempt, edition)) +
    sumPoints(scoreOpennessLanguage(table, type, values.ru, context, exempt, edition))
  );
}

export interface SubordinateRow {
  key: string;
  table: 8 | 9 | 10;
  breach: boolean;
  penalty: number;
}

/** A violation entered as true or as a count of organisations > 0 is one breach (I-8). */
export function isBreach(value: boolean | number | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "number") {
    requireCount("organisations in breach", value);
    return value > 0;
  }
  return value;
}

export function subordinateRows(values: SubordinateMap, edition: Edition = editionFor()): SubordinateRow[] {
  return edition.openness.subordinate.violations.map((v) => {
    const breach = isBreach(values[v.key]);
    return { key: v.key, table: v.table, breach, penalty: breach ? v.penaltyPerLanguage : 0 };
  });
}

/** P5 (annex 10 tables 7–10): each table capped at 3 over both languages, total at most 9. */
export function subordinatePenalty(
  values: PerLanguage<SubordinateMap>,
  edition: Edition = editionFor(),
): number {
  const s = edition.openness.subordinate;
  const byTable = new Map<number, number>();
  for (const lang of LANGUAGE_VERSIONS) {
    for (const r of subordinateRows(values[lang], edition))
      byTable.set(r.table, (byTable.get(r.table) ?? 0) + r.penalty);
  }
  let total = 0;
  for (const t of byTable.values()) total += Math.min(s.tableCap, t);
  return Math.min(s.max, total);
}

/** Share answered / received for open dialogue indicator 2, validated (custom functions use it). */
export function answeredShare(answered: number, received: number): number {
  requireCount("answered", answered);
  requireCount("received", received);
  requireNotAbove("answered", answered, "received", received);
  return received === 0 ? 1 : answered / received;
}

export function checkFulfilment(name: string, value: number): void {
  requireInRange(name, value, 0, 1);
}

export type BudgetPointsByIndicator = PerLanguage<Record<string, number>>;

export interface OpennessScores {
  values: Record<string, number>;
  total: number;
  indicators: Record<OpennessTableId, PerLanguage<IndicatorPoints[]>>;
  subordinate: PerLanguage<SubordinateRow[]>;
  explain: Explanation[];
}

const TABLES: readonly OpennessTableId[] = ["openData", "openBudget", "openNpa", "openDialogue"];

/** Budget indicator points of an unclassified body (for the classified-budget mean, I-13). */
export function budgetPoints(
  input: OpennessInput,
  type: BodyType,
  exempt: readonly Exemption[],
  edition: Edition = editionFor(),
): PerLanguage<IndicatorPoints[]> {
  const b = input.openBudget;
  const ctx = { auditInPeriod: b.auditInPeriod };
  return {
    kk: scoreOpennessLanguage("openBudget", type, b.kk, ctx, exempt, edition),
    ru: scoreOpennessLanguage("openBudget", type, b.ru, ctx, exempt, edition),
  };
}

/** Mean points per indicator and language over the given peers' budget tables (I-13). */
export function meanBudgetPoints(peers: readonly PerLanguage<IndicatorPoints[]>[]): BudgetPointsByIndicator {
  const mean: BudgetPointsByIndicator = { kk: {}, ru: {} };
  for (const lang of LANGUAGE_VERSIONS) {
    const sums: Record<string, number> = {};
    for (const p of peers) for (const r of p[lang]) sums[r.key] = (sums[r.key] ?? 0) + r.points;
    for (const [key, s] of Object.entries(sums)) mean[lang][key] = s / peers.length;
  }
  return mean;
}

function describeRow(r: IndicatorPoints): string | ExplainText {
  const f = r.fulfilment;
  switch (r.rule) {
    case "exempt":
      return phrased`${r.key}: ${fig(r.max)} ${phrase("exempt")}`;
    case "na":
      return phrased`${r.key}: ${fig(r.max)} ${phrase("notApplicable")}`;
    case "noRequests":
      return phrased`${r.key}: ${fig(r.max)} ${phrase("noRequests")}`;
    case "noAudit":
      return phrased`${r.key}: ${fig(r.max)} ${phrase("noAudit")}`;
    case "noAnnouncement":
      return phrased`${r.key}: 0 ${phrase("noAnnouncement")}`;
    case "noQuestions":
      return phrased`${r.key}: ${fig(r.max)} ${phrase("noQuestions")}`;
    case "classifiedMean":
      return phrased`${r.key}: ${fig(r.points)} ${phrase("cohortMean")}`;
    default: {
      const share =
        typeof f === "object"
          ? `${f.answered}/${f.received}`
          : f === undefined
            ? phrased`0 ${phrase("notEntered")}`
            : fig(fulfilmentShare(f));
      return phrased`${r.key}: ${fig(r.max)}×${share}`;
    }
  }
}

/** Budget rows of a classified body: the cohort mean per indicator and language; exemptions still win (I-6, I-13). */
export function classifiedBudgetPoints(
  mean: BudgetPointsByIndicator,
  type: BodyType,
  exempt: readonly Exemption[],
  edition: Edition = editionFor(),
): PerLanguage<IndicatorPoints[]> {
  const rows = (lang: LanguageVersion): IndicatorPoints[] =>
    opennessTable(edition, "openBudget", type).map((ind) =>
      isExempt(ind, exempt)
        ? { key: ind.key, max: ind.points, fulfilment: undefined, points: ind.points, rule: "exempt" }
        : {
            key: ind.key,
            max: ind.points,
            fulfilment: undefined,
            points: mean[lang][ind.key] ?? 0,
            rule: "classifiedMean",
          },
    );
  return { kk: rows("kk"), ru: rows("ru") };
}

/**
 * Scores the openness direction of one body. `budget` is the body's open budget table already
 * scored — its own (`budgetPoints`) or, for a classified budget, the cohort mean
 * (`classifiedBudgetPoints`) — because the cohort needs every body's budget first (I-13); null
 * scores the body's own budget here.
 */
export function scoreOpenness(
  input: OpennessInput,
  type: BodyType,
  exempt: readonly Exemption[],
  budget: PerLanguage<IndicatorPoints[]> | null,
  edition: Edition = editionFor(),
): OpennessScores {
  const explain: Explanation[] = [];
  const values: Record<string, number> = {};
  const indicators = {} as Record<OpennessTableId, PerLanguage<IndicatorPoints[]>>;
  for (const table of TABLES) {
    let perLang: PerLanguage<IndicatorPoints[]>;
    if (table === "openBudget") {
      perLang = budget ?? budgetPoints(input, type, exempt, edition);
    } else {
      const t = input[table];
      const ctx: TableContext =
        table === "openData" ? { requestsReceived: input.openData.requestsReceived } : {};
      perLang = {
        kk: scoreOpennessLanguage(table, type, t.kk, ctx, exempt, edition),
        ru: scoreOpennessLanguage(table, type, t.ru, ctx, exempt, edition),
      };
    }
    indicators[table] = perLang;
    const criterion = OPENNESS_CRITERIA[table];
    const kk = sumPoints(perLang.kk);
    const ru = sumPoints(perLang.ru);
    values[criterion] = kk + ru;
    for (const lang of LANGUAGE_VERSIONS) {
      const rows = perLang[lang];
      const rules = ["I-5"];
      for (const r of rows) if (r.rule) rules.push(...RULE_INTERPRETATIONS[r.rule]);
      const text = joinText(rows.map(describeRow), " + ");
      explain.push(
        explanation(
          `openness.${criterion}.${lang}`,
          phrased`${text} = ${sc(sumPoints(rows))}`,
          SOURCES[table],
          rules,
        ),
      );
    }
    explain.push(
      explanation(
        `openness.${criterion}`,
        `${criterion} = ${sc(kk)} (kk) + ${sc(ru)} (ru) = ${sc(kk + ru)}`,
        SOURCES[table],
        ["I-5"],
      ),
    );
  }
  const subordinate = {
    kk: subordinateRows(input.subordinate.kk, edition),
    ru: subordinateRows(input.subordinate.ru, edition),
  };
  const P5 = subordinatePenalty(input.subordinate, edition);
  values.P5 = P5;
  const breaches = LANGUAGE_VERSIONS.flatMap((lang) =>
    subordinate[lang].filter((r) => r.breach).map((r) => `${r.key} ${lang} ${fig(r.penalty)}`),
  );
  explain.push(
    explanation(
      "openness.P5",
      phrased`${breaches.length ? breaches.join(" + ") : phrase("noViolation")}; ${phrase("tableCaps", { cap: edition.openness.subordinate.tableCap, max: edition.openness.subordinate.max })} → ${sc(P5)}`,
      "annex 10 tables 7–10",
      breaches.length ? ["I-8"] : [],
    ),
  );
  const total = opennessTotal(values.P1!, values.P2!, values.P3!, values.P4!, P5);
  explain.push(
    explanation(
      "openness.total",
      `O = P1 + P2 + P3 + P4 − P5 = ${sc(values.P1!)} + ${sc(values.P2!)} + ${sc(values.P3!)} + ${sc(values.P4!)} − ${sc(P5)} = ${sc(total)}`,
      "§84",
    ),
  );
  return { values, total, indicators, subordinate, explain };
}
