/**
 * OPEVAL.* functions of direction 2 "Openness of the state body" (§57–85, annex 10). Each table
 * function takes the kk and ru fulfilments as two ranges in annex 10 order and scores them with the
 * engine (src/methodology/openness.ts), so the §62/§68/§73 rules and the exemptions (I-6) apply.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- figures stay `any`, not `number`: Excel would coerce a blank cell to 0 (or "" to #VALUE!) before the function could report a missing figure as #N/A; cells.ts reads them. Choices (type, lang, indicator) are `string`. */
import { opennessTotal } from "../src/methodology/directionTotals";
import { opennessTable, type OpennessTableId } from "../src/edition/2020";
import { editionFor } from "../src/edition";
import { requireCount } from "../src/methodology/errors";
import { opennessCriterion, subordinatePenalty, type TableContext } from "../src/methodology/openness";
import type { BodyType, Exemption, PerLanguage, SubordinateMap } from "../src/model/types";
import {
  bodyTypeArg,
  breachesArg,
  exemptionsArg,
  fulfilmentsArg,
  numberArg,
  optionalBooleanArg,
  optionalNumberArg,
} from "./lib/cells";
import { guard, notAvailable } from "./lib/function-errors";

/** The annex 10 keys of a table for a body type, in the order its range lists them. */
export function tableKeys(table: OpennessTableId, type: BodyType): string[] {
  return opennessTable(editionFor(), table, type).map((i) => i.key);
}

/** The subordinate-organisation violations (annex 10 tables 8–10), in the order their range lists them. */
export const SUBORDINATE_KEYS: readonly string[] = editionFor().openness.subordinate.violations.map(
  (v) => v.key,
);

function criterion(
  table: OpennessTableId,
  kk: unknown,
  ru: unknown,
  type: BodyType,
  context: TableContext,
  exempt: Exemption[],
  indicators: unknown,
): number {
  const keys = tableKeys(table, type);
  const shareKey = table === "openDialogue" ? editionFor().openness.dialogueShareKey : undefined;
  const values = {
    kk: fulfilmentsArg("kk", kk, keys, shareKey, indicators),
    ru: fulfilmentsArg("ru", ru, keys, shareKey, indicators),
  };
  return opennessCriterion(table, type, values, context, exempt);
}

/**
 * P1 Open data (annex 10 table 1, §59–62): points of both language versions.
 * @customfunction OPEN_DATA_SCORE
 * @helpurl https://localhost:3000/help/en/OPEN_DATA_SCORE.html
 * @param kk Fulfilments of indicators 1–5 in the state language (0..1, TRUE/FALSE or "na").
 * @param ru Fulfilments of indicators 1–5 in Russian.
 * @param type Body type: central or local.
 * @param [requestsReceived] Requests for additional datasets received; 0 grants indicator 2 when indicator 5 is met (§62).
 * @param [exemption] Exemption of the body: nationalBank or defence (I-6).
 * @param [indicators] Annex 10 numbers of the kk and ru cells (e.g. a FILTER of the Openness table); when given, the cells may come in any order.
 * @returns P1 points (0–25).
 */
export function OPEN_DATA_SCORE(
  kk: any[][],
  ru: any[][],
  type: string,
  requestsReceived?: any,
  exemption?: any,
  indicators?: any[][],
): number {
  return guard(() => {
    const requests = optionalNumberArg("requestsReceived", requestsReceived);
    if (requests !== undefined) requireCount("requestsReceived", requests);
    const context: TableContext = requests === undefined ? {} : { requestsReceived: requests };
    return criterion("openData", kk, ru, bodyTypeArg(type), context, exemptionsArg(exemption), indicators);
  });
}

/**
 * P2 Open budget (annex 10 tables 2–3, §63–68): points of both language versions.
 * @customfunction OPEN_BUDGET_SCORE
 * @helpurl https://localhost:3000/help/en/OPEN_BUDGET_SCORE.html
 * @param kk Fulfilments in the state language, annex 10 order (central 17 cells 1.1–11.3, local 9 cells 1–7.3).
 * @param ru Fulfilments in Russian, same order.
 * @param type Body type: central or local.
 * @param [auditInPeriod] FALSE when no state audit took place in the period (the audit indicator gets its maximum, §68).
 * @param [exemption] Exemption of the body: nationalBank or defence (I-6).
 * @param [classified] TRUE when the budget is secret or for official use (I-13).
 * @param [cohortMean] For a classified budget: mean open budget score of the cohort's unclassified bodies of the same type.
 * @param [indicators] Annex 10 numbers of the kk and ru cells (e.g. a FILTER of the Openness table); when given, the cells may come in any order.
 * @param [exemptCohortMean] For a classified budget of a body exempt from budget indicators (the National Bank, I-6): the same peers' mean score, each peer scored with this body's exemptions too.
 * @returns P2 points (0–25).
 */
export function OPEN_BUDGET_SCORE(
  kk: any[][],
  ru: any[][],
  type: string,
  auditInPeriod?: any,
  exemption?: any,
  classified?: any,
  cohortMean?: any,
  indicators?: any[][],
  exemptCohortMean?: any,
): number {
  return guard(() => {
    const t = bodyTypeArg(type);
    const exempt = exemptionsArg(exemption);
    if (optionalBooleanArg("classified", classified) === true) {
      // I-13: the per-indicator cohort mean, where this body's exempt indicators keep their maximum
      // (I-6). Summed, it is the mean of the peers' scores — each peer scored with this body's
      // exemptions too when it has exempt budget indicators (exemptCohortMean), as its own otherwise.
      const budgetExempt = opennessTable(editionFor(), "openBudget", t).some(
        (i) => i.exemptFor !== undefined && exempt.includes(i.exemptFor),
      );
      if (budgetExempt) {
        const mean = optionalNumberArg("exemptCohortMean", exemptCohortMean);
        if (mean === undefined) throw notAvailable("classifiedExempt", { type: t });
        return mean;
      }
      const mean = optionalNumberArg("cohortMean", cohortMean);
      if (mean === undefined) throw notAvailable("classifiedNeedsMean", { type: t });
      return mean;
    }
    const audit = optionalBooleanArg("auditInPeriod", auditInPeriod);
    const context: TableContext = audit === undefined ? {} : { auditInPeriod: audit };
    return criterion("openBudget", kk, ru, t, context, exempt, indicators);
  });
}

/**
 * P3 Open normative legal acts (annex 10 tables 4–5, §69–73): points of both language versions.
 * @customfunction OPEN_NPA_SCORE
 * @helpurl https://localhost:3000/help/en/OPEN_NPA_SCORE.html
 * @param kk Fulfilments in the state language (central 7 cells 1–5.3, local 6 cells 1–4.3); "na" when nothing was planned.
 * @param ru Fulfilments in Russian, same order.
 * @param type Body type: central or local.
 * @param [exemption] Exemption of the body: nationalBank or defence (I-6).
 * @param [indicators] Annex 10 numbers of the kk and ru cells (e.g. a FILTER of the Openness table); when given, the cells may come in any order.
 * @returns P3 points (0–25).
 */
export function OPEN_NPA_SCORE(
  kk: any[][],
  ru: any[][],
  type: string,
  exemption?: any,
  indicators?: any[][],
): number {
  return guard(() =>
    criterion("openNpa", kk, ru, bodyTypeArg(type), {}, exemptionsArg(exemption), indicators),
  );
}

/**
 * P4 Open dialogue (annex 10 table 6, §74–79): points of both language versions.
 * @customfunction OPEN_DIALOGUE_SCORE
 * @helpurl https://localhost:3000/help/en/OPEN_DIALOGUE_SCORE.html
 * @param kk Fulfilments of indicators 1–5 in the state language; indicator 2 may be "answered/received".
 * @param ru Fulfilments of indicators 1–5 in Russian.
 * @param type Body type: central or local.
 * @param [exemption] Exemption of the body: defence exempts indicator 5 (I-6).
 * @param [indicators] Annex 10 numbers of the kk and ru cells (e.g. a FILTER of the Openness table); when given, the cells may come in any order.
 * @returns P4 points (0–25).
 */
export function OPEN_DIALOGUE_SCORE(
  kk: any[][],
  ru: any[][],
  type: string,
  exemption?: any,
  indicators?: any[][],
): number {
  return guard(() =>
    criterion("openDialogue", kk, ru, bodyTypeArg(type), {}, exemptionsArg(exemption), indicators),
  );
}

/**
 * P5 Openness of subordinate organisations (annex 10 tables 7–10): penalty, each table at most 3, total at most 9.
 * @customfunction SUBORDINATE_PENALTY
 * @helpurl https://localhost:3000/help/en/SUBORDINATE_PENALTY.html
 * @param kk Violations 8.1, 9.1, 9.2, 9.3, 10.1, 10.2 in the state language (TRUE/FALSE or a count of organisations).
 * @param ru The same violations in Russian.
 * @param [indicators] Annex 10 numbers of the kk and ru cells (e.g. a FILTER of the Openness table); when given, the cells may come in any order.
 * @returns P5 penalty points.
 */
export function SUBORDINATE_PENALTY(kk: any[][], ru: any[][], indicators?: any[][]): number {
  return guard(() => {
    const values: PerLanguage<SubordinateMap> = {
      kk: breachesArg("kk", kk, SUBORDINATE_KEYS, indicators),
      ru: breachesArg("ru", ru, SUBORDINATE_KEYS, indicators),
    };
    return subordinatePenalty(values);
  });
}

/**
 * Direction total "Openness" (§84): P1 + P2 + P3 + P4 − P5.
 * @customfunction OPENNESS_SCORE
 * @helpurl https://localhost:3000/help/en/OPENNESS_SCORE.html
 * @param openData P1, open data.
 * @param openBudget P2, open budget.
 * @param openNpa P3, open normative legal acts.
 * @param openDialogue P4, open dialogue.
 * @param subordinate P5, penalty for subordinate organisations.
 * @returns Direction total before the reliability penalty.
 */
export function OPENNESS_SCORE(
  openData: any,
  openBudget: any,
  openNpa: any,
  openDialogue: any,
  subordinate: any,
): number {
  return guard(() =>
    opennessTotal(
      numberArg("openData", openData),
      numberArg("openBudget", openBudget),
      numberArg("openNpa", openNpa),
      numberArg("openDialogue", openDialogue),
      numberArg("subordinate", subordinate),
    ),
  );
}
