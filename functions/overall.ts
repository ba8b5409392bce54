/**
 * OPEVAL.* functions of the reliability penalty, direction finals, the general score and the
 * efficiency level (§17–21, §100–101), wrapping src/methodology/overall.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- figures stay `any`, not `number`: Excel would coerce a blank cell to 0 (or "" to #VALUE!) before the function could report a missing figure as #N/A; cells.ts reads them. Choices (type, lang, indicator) are `string`. */
import { editionFor } from "../src/edition";
import { requireInRange } from "../src/methodology/errors";
import {
  directionFinal,
  efficiencyLevel,
  overallScore,
  reliabilityPenalty,
  type DirectionFinal,
} from "../src/methodology/overall";
import { isNotApplicableWord } from "../src/model/bodyType";
import { isWeight, WEIGHT_LIMITS } from "../src/model/weights";
import { describeValue } from "../src/model/problem-text";
import { LEVEL_TERMS, TABLE_TERMS } from "../src/model/model-terms";
import { DIRECTIONS } from "../src/model/types";
import { bodyTypeArg, cellsOf, isBlank, langArg, numberArg, optionalNumberArg, single } from "./lib/cells";
import { guard, invalid, messageLang, notAvailable } from "./lib/function-errors";

/**
 * Reliability penalty (§17–21): 0.2 per fact of unreliable reporting data, at most 5 per direction.
 * @customfunction RELIABILITY_PENALTY
 * @helpurl https://localhost:3000/help/en/RELIABILITY_PENALTY.html
 * @param facts Facts of unreliable data in the direction's reconciliation act (annex 1).
 * @returns Penalty points.
 */
export function RELIABILITY_PENALTY(facts: any): number {
  return guard(() => reliabilityPenalty(numberArg("facts", facts)));
}

/**
 * A direction's final score: max(0, total − reliability penalty) (§20).
 * @customfunction DIRECTION_FINAL
 * @helpurl https://localhost:3000/help/en/DIRECTION_FINAL.html
 * @param total The direction total (SERVICES_SCORE, OPENNESS_SCORE or COMPLAINTS_SCORE).
 * @param [facts] Facts of unreliable data in the direction (blank: none).
 * @returns Final direction score.
 */
export function DIRECTION_FINAL(total: any, facts?: any): number {
  return guard(() => directionFinal(numberArg("total", total), optionalNumberArg("facts", facts) ?? 0));
}

function finalArg(direction: string, raw: any): DirectionFinal {
  const value = single(raw);
  if (isBlank(value)) throw notAvailable("directionMissing", { direction });
  if (typeof value === "string" && isNotApplicableWord(value)) return "na";
  return numberArg(direction, value);
}

/**
 * General score (§100, I-11): weighted mean of the direction finals; "na" leaves a direction out (I-16).
 * @customfunction OVERALL_SCORE
 * @helpurl https://localhost:3000/help/en/OVERALL_SCORE.html
 * @param services Final score of "Quality of public services", or "na".
 * @param openness Final score of "Openness", or "na".
 * @param complaints Final score of "Quality of review of complaints", or "na".
 * @param [weights] Three weights in direction order (default equal; a blank weight keeps its default).
 * @returns General score (0–100).
 */
export function OVERALL_SCORE(services: any, openness: any, complaints: any, weights?: any[][]): number {
  return guard(() => {
    const finals: [DirectionFinal, DirectionFinal, DirectionFinal] = [
      finalArg(DIRECTIONS[0]!, services),
      finalArg(DIRECTIONS[1]!, openness),
      finalArg(DIRECTIONS[2]!, complaints),
    ];
    const cells = cellsOf(weights);
    const defaults = editionFor().overall.defaultWeights;
    let w: readonly [number, number, number] = defaults;
    if (!cells.every(isBlank)) {
      // A blank weight keeps its default, as a blank setting does in the template.
      const values = cells.map((c, i) => (isBlank(c) ? defaults[i] : c));
      const [a, b, c] = values;
      if (values.length !== 3 || !isWeight(a) || !isWeight(b) || !isWeight(c))
        throw invalid("badWeights", {
          field: "weights",
          got: cells.map((x) => describeValue(x)).join(", "),
          min: String(WEIGHT_LIMITS.min),
          max: String(WEIGHT_LIMITS.max),
        });
      w = [a, b, c];
    }
    const score = overallScore(finals, w);
    if (score === null) throw notAvailable("noWeightedDirection", {});
    return score;
  });
}

/**
 * A language of the words a function returns, offered by Excel's AutoComplete (any other text is
 * still read: `қазақша`, `русский`…). An enum must be declared in the file of the functions that
 * use it (the metadata generator resolves it there only).
 * @customenum {string}
 */
export enum Language {
  /** Kazakh */
  kk = "kk",
  /** Russian */
  ru = "ru",
  /** English */
  en = "en",
}

/**
 * Efficiency level of a general score (§101): high, medium, low or ineffective, in kk, ru or en.
 * @customfunction EFFICIENCY_LEVEL
 * @helpurl https://localhost:3000/help/en/EFFICIENCY_LEVEL.html
 * @param score General score, 0 to 100.
 * @param [lang] Language of the word: kk, ru or en (default: Excel's display language).
 * @returns The level word.
 */
export function EFFICIENCY_LEVEL(score: any, lang?: Language): string {
  return guard(() => {
    const s = numberArg("score", score);
    requireInRange("score", s, 0, editionFor().directionMax);
    return LEVEL_TERMS[efficiencyLevel(s)][langArg(lang, messageLang())];
  });
}

/**
 * The body type a word stands for, as "central" or "local" (or its kk/ru short name).
 * @customfunction BODY_TYPE
 * @helpurl https://localhost:3000/help/en/BODY_TYPE.html
 * @param type A body type word: central, local, орталық, жергілікті, ЦГО, МИО, ОМО, ЖАО…
 * @param [lang] Language of the answer: en (default: central/local), kk or ru.
 * @returns The normalised body type.
 */
export function BODY_TYPE(type: string, lang?: Language): string {
  return guard(() => {
    const t = bodyTypeArg(type);
    const l = langArg(lang, "en");
    return l === "en" ? t : TABLE_TERMS[t][l];
  });
}
