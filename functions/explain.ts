/**
 * `=OPEVAL.EXPLAIN(indicator, type, …)`: the substituted formula of any indicator as the engine
 * writes it in its explanations (src/methodology/indicatorExplain.ts), so a cell next to a score
 * shows how it was obtained.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- figures stay `any`, not `number`: Excel would coerce a blank cell to 0 (or "" to #VALUE!) before the function could report a missing figure as #N/A; cells.ts reads them. Choices (type, lang, indicator) are `string`. */
import type { OpennessTableId } from "../src/edition/2020";
import type { Explanation } from "../src/methodology/explain";
import {
  explainComplaintsIndicator,
  explainOpennessTable,
  explainServicesIndicator,
  explainSubordinate,
  explanationLine,
} from "../src/methodology/indicatorExplain";
import { overallExplanations, penaltyExplanations } from "../src/methodology/assess";
import { editionFor } from "../src/edition";
import { efficiencyLevel, type DirectionFinal } from "../src/methodology/overall";
import { describeValue } from "../src/model/problem-text";
import type { BodyType } from "../src/model/types";
import {
  bodyTypeArg,
  booleanArg,
  breachesArg,
  cellsOf,
  exemptionsArg,
  fulfilmentsArg,
  isBlank,
  numberArg,
  single,
  optionalBooleanArg,
  optionalNumberArg,
  textArg,
} from "./lib/cells";
import { guard, invalid } from "./lib/function-errors";
import { SUBORDINATE_KEYS, tableKeys } from "./openness";
import { OVERALL_SCORE } from "./overall";

type Figures = readonly [unknown, unknown, unknown, unknown];
type Explainer = (type: () => BodyType, f: Figures) => Explanation[];

const n = numberArg;

/** What each argument a, b, c, d means, per indicator (documented in the function's help). */
const EXPLAINERS: Readonly<Record<string, Explainer>> = {
  P1: (type, [a, b]) =>
    explainServicesIndicator(
      "P1",
      type(),
      {
        ratings: cellsOf(a)
          .filter((c) => !isBlank(c))
          .map((c, i) => n(`ratings[${i + 1}]`, c)),
      },
      optionalNumberArg("cohortMean", b) ?? null,
    ),
  P2: (type, [a, b]) =>
    explainServicesIndicator("P2", type(), { complaints: n("complaints", a), rendered: n("rendered", b) }),
  T1: (type, [a, b, c]) => rateT("T1", "late", type(), a, b, c),
  T2: (type, [a, b, c]) => rateT("T2", "refusals", type(), a, b, c),
  T3: (type, [a, b, c]) => rateT("T3", "incompleteDocs", type(), a, b, c),
  T4: (type, [a, b, c]) => rateT("T4", "extraDocs", type(), a, b, c),
  T: (_type, [a, b]) =>
    automation("T", { portalServiceTypes: n("portalTypes", a), serviceTypes: n("serviceTypes", b) }),
  V: (_type, [a, b]) => automation("V", { electronicVolume: n("electronic", a), totalVolume: n("total", b) }),
  B: (_type, [a, b]) =>
    automation("B", {
      transferredInPeriod: n("transferred", a),
      allElectronic: booleanArg("allElectronic", b),
    }),
  P: (_type, [a]) => automation("P", { downtimeHours: n("hours", a) }),
  R1: (_type, [a, b]) => explainComplaintsIndicator("R1", { late: n("late", a), reviewed: n("reviewed", b) }),
  R2: (_type, [a, b, c]) =>
    explainComplaintsIndicator("R2", {
      courtUpheld: n("upheld", a),
      reviewed: n("reviewed", b),
      challengedInCourt: booleanArg("challenged", c),
    }),
  R3: (_type, [a, b]) =>
    explainComplaintsIndicator("R3", { repeatUpheld: n("repeated", a), reviewed: n("reviewed", b) }),
  R4: (_type, [a, b, c]) =>
    explainComplaintsIndicator("R4", {
      disciplined: n("disciplined", a),
      late: n("late", b),
      disciplineImpossible: n("impossible", c),
    }),
  OPEN_DATA: (type, [a, b, c, d]) => {
    const requests = optionalNumberArg("requestsReceived", c);
    return table("openData", type(), a, b, requests === undefined ? {} : { requestsReceived: requests }, d);
  },
  OPEN_BUDGET: (type, [a, b, c, d]) => {
    const audit = optionalBooleanArg("auditInPeriod", c);
    return table("openBudget", type(), a, b, audit === undefined ? {} : { auditInPeriod: audit }, d);
  },
  OPEN_NPA: (type, [a, b, , d]) => table("openNpa", type(), a, b, {}, d),
  OPEN_DIALOGUE: (type, [a, b, , d]) => table("openDialogue", type(), a, b, {}, d),
  PENALTY: (_type, [a]) => penaltyExplanations("services", 0, n("facts", a)).slice(0, 1),
  FINAL: (_type, [a, b]) =>
    penaltyExplanations("services", n("total", a), optionalNumberArg("facts", b) ?? 0).slice(1),
  OVERALL: (_type, [a, b, c, d]) => {
    const score = OVERALL_SCORE(a, b, c, d as any[][]);
    const finals = [a, b, c].map((v) => {
      const x = single(v);
      return typeof x === "number" ? x : "na";
    }) as [DirectionFinal, DirectionFinal, DirectionFinal];
    const given = cellsOf(d);
    const defaults = editionFor().overall.defaultWeights;
    const weights = given.every(isBlank)
      ? defaults
      : (defaults.map((w, i) => (isBlank(given[i]) ? w : given[i])) as unknown as typeof defaults);
    return overallExplanations(finals, weights, score, efficiencyLevel(score));
  },
  SUBORDINATE: (_type, [a, b]) =>
    explainSubordinate(
      { kk: breachesArg("kk", a, SUBORDINATE_KEYS), ru: breachesArg("ru", b, SUBORDINATE_KEYS) },
      "central",
    ),
};

/** Other names an analyst may use, e.g. the engine's own keys (`services.T1`, `openness.P2`). */
const ALIASES: Readonly<Record<string, string>> = {
  "OPENNESS.P1": "OPEN_DATA",
  "OPENNESS.P2": "OPEN_BUDGET",
  "OPENNESS.P3": "OPEN_NPA",
  "OPENNESS.P4": "OPEN_DIALOGUE",
  "OPENNESS.P5": "SUBORDINATE",
  P5: "SUBORDINATE",
  SUBORDINATE_PENALTY: "SUBORDINATE",
};

function rateT(
  key: "T1" | "T2" | "T3" | "T4",
  field: "late" | "refusals" | "incompleteDocs" | "extraDocs",
  type: BodyType,
  count: unknown,
  base: unknown,
  rendered: unknown,
): Explanation[] {
  const figures = { [field]: n(field, count), renderedExcludingOneDay: n("base", base) };
  const all = optionalNumberArg("rendered", rendered);
  return explainServicesIndicator(key, type, all === undefined ? figures : { ...figures, rendered: all });
}

function automation(key: "T" | "V" | "B" | "P", figures: Record<string, number | boolean>): Explanation[] {
  const neutral = {
    portalServiceTypes: 0,
    serviceTypes: 0,
    electronicVolume: 0,
    totalVolume: 0,
    transferredInPeriod: 0,
    allElectronic: false,
    downtimeHours: 0,
  };
  return explainServicesIndicator(key, "central", { automation: { ...neutral, ...figures } });
}

function table(
  id: OpennessTableId,
  type: BodyType,
  kk: unknown,
  ru: unknown,
  context: Parameters<typeof explainOpennessTable>[3],
  exemption: unknown,
): Explanation[] {
  const keys = tableKeys(id, type);
  const shareKey = id === "openDialogue" ? editionFor().openness.dialogueShareKey : undefined;
  const values = {
    kk: fulfilmentsArg("kk", kk, keys, shareKey),
    ru: fulfilmentsArg("ru", ru, keys, shareKey),
  };
  return explainOpennessTable(id, type, values, context, exemptionsArg(exemption));
}

export const EXPLAIN_INDICATORS: readonly string[] = Object.keys(EXPLAINERS);

/**
 * The substituted formula of an indicator, as the engine explains it: e.g. EXPLAIN("T1", "central", 40, 118000) gives "26 − 40 / 118000 × 10000 = 25.91 [§43, §39]".
 * @customfunction EXPLAIN
 * @helpurl https://localhost:3000/help/en/EXPLAIN.html
 * @param indicator P1, P2, T1–T4, T, V, B, P, R1–R4, OPEN_DATA, OPEN_BUDGET, OPEN_NPA, OPEN_DIALOGUE, SUBORDINATE, PENALTY (a = facts), FINAL (a = total, b = facts) or OVERALL (a, b, c = direction finals, d = weights).
 * @param type Body type: central or local (may be blank for T, V, B, P, R1–R4, SUBORDINATE).
 * @param [a] First figure, as the indicator's own function takes it (e.g. late for T1; the kk range for openness).
 * @param [b] Second figure (e.g. base for T1; the ru range for openness).
 * @param [c] Third figure (e.g. challenged for R2, impossible for R4, requests or audit for open data / budget, all services rendered for T1–T4).
 * @param [d] Fourth figure (the exemption for openness tables; the weights for OVERALL).
 * @returns The formula with the figures substituted, the source paragraph and the interpretations applied.
 */
export function EXPLAIN(
  indicator: string,
  type: string,
  a?: any[][],
  b?: any[][],
  c?: any[][],
  d?: any[][],
): string {
  return guard(() => {
    const name = textArg("indicator", indicator).trim().toUpperCase();
    const key = ALIASES[name] ?? name.replace(/^(SERVICES|COMPLAINTS)\./, "");
    const explainer = EXPLAINERS[key];
    if (!explainer)
      throw invalid("unknownIndicator", {
        field: "indicator",
        got: describeValue(indicator),
        known: EXPLAIN_INDICATORS.join(", "),
      });
    const lines = explainer(() => bodyTypeArg(type), [a, b, c, d]).map(explanationLine);
    return lines.join("\n");
  });
}

/**
 * The openness tables EXPLAIN_OPENNESS explains, offered by Excel's AutoComplete.
 * @customenum {string}
 */
export enum OpennessTable {
  /** P1 open data (annex 10 table 1) */
  OPEN_DATA = "OPEN_DATA",
  /** P2 open budget (annex 10 tables 2–3) */
  OPEN_BUDGET = "OPEN_BUDGET",
  /** P3 open normative legal acts (annex 10 tables 4–5) */
  OPEN_NPA = "OPEN_NPA",
  /** P4 open dialogue (annex 10 table 6) */
  OPEN_DIALOGUE = "OPEN_DIALOGUE",
  /** P5 subordinate organisations (annex 10 tables 7–10) */
  SUBORDINATE = "SUBORDINATE",
}

/**
 * The substituted formula of an annex 10 table (P1–P4) or of P5, e.g. EXPLAIN_OPENNESS("OPEN_DATA", "central", kk, ru).
 * @customfunction EXPLAIN_OPENNESS
 * @helpurl https://localhost:3000/help/en/EXPLAIN_OPENNESS.html
 * @param table OPEN_DATA (P1), OPEN_BUDGET (P2), OPEN_NPA (P3), OPEN_DIALOGUE (P4) or SUBORDINATE (P5).
 * @param type Body type: central or local.
 * @param kk Fulfilments in the state language, in annex 10 order (for SUBORDINATE: violations).
 * @param ru Fulfilments in Russian, in the same order.
 * @param [exemption] Exemption of the body: nationalBank or defence (I-6).
 * @param [requestsReceived] OPEN_DATA only: requests for additional datasets received (§62).
 * @param [auditInPeriod] OPEN_BUDGET only: FALSE when no state audit took place in the period (§68).
 * @returns The formula with the figures substituted, the source paragraph and the interpretations applied.
 */
export function EXPLAIN_OPENNESS(
  table: OpennessTable,
  type: string,
  kk: any[][],
  ru: any[][],
  exemption?: any,
  requestsReceived?: any,
  auditInPeriod?: any,
): string {
  const name: string = typeof table === "string" ? (table as string).trim().toUpperCase() : table;
  const key = ALIASES[name] ?? name;
  if (!(Object.values(OpennessTable) as string[]).includes(key))
    return guard(() => {
      throw invalid("unknownIndicator", {
        field: "table",
        got: describeValue(table),
        known: Object.values(OpennessTable).join(", "),
      });
    });
  // The figure after the exemption is the one this table takes (requests, or the audit).
  const extra = key === "OPEN_DATA" ? requestsReceived : key === "OPEN_BUDGET" ? auditInPeriod : undefined;
  return EXPLAIN(key, type, kk, ru, extra as any[][], exemption as any[][]);
}

/**
 * A direction's reliability penalty and final score: min(5, facts × 0.2), then max(0, total − penalty).
 * @customfunction EXPLAIN_FINAL
 * @helpurl https://localhost:3000/help/en/EXPLAIN_FINAL.html
 * @param total The direction total before the penalty (e.g. SERVICES_SCORE).
 * @param [facts] Facts of unreliable data of the direction (annex 1); blank is none.
 * @returns The penalty and the final score with the figures substituted, and their paragraphs.
 */
export function EXPLAIN_FINAL(total: any, facts?: any): string {
  return guard(() => {
    const count = optionalNumberArg("facts", facts) ?? 0;
    return penaltyExplanations("services", numberArg("total", total), count).map(explanationLine).join("\n");
  });
}

/**
 * The general score and efficiency level from the three direction finals (§100–101).
 * @customfunction EXPLAIN_OVERALL
 * @helpurl https://localhost:3000/help/en/EXPLAIN_OVERALL.html
 * @param services Final score of direction 1, public services ("na" when it does not apply).
 * @param openness Final score of direction 2, openness ("na" when it does not apply).
 * @param complaints Final score of direction 3, complaints ("na" when it does not apply).
 * @param [weights] Weights of the three directions in one row; blank for the methodology's.
 * @returns The weighted mean with the figures substituted and the level it gives.
 */
export function EXPLAIN_OVERALL(services: any, openness: any, complaints: any, weights?: any[][]): string {
  return EXPLAIN("OVERALL", "", services, openness, complaints, weights);
}
