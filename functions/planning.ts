/**
 * Planning functions: the methodology read backwards (src/methodology/planning.ts). How many
 * violations still keep a target score, what share a target needs.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- figures stay `any`, not `number`: Excel would coerce a blank cell to 0 (or "" to #VALUE!) before the function could report a missing figure as #N/A; cells.ts reads them. Choices (type, lang, indicator) are `string`. */
import {
  allowedViolations,
  parseRateIndicator,
  parseShareIndicator,
  RATE_INDICATORS,
  rateIndicatorMax,
  requiredDisciplined,
  requiredShare,
  shareIndicatorMax,
  SHARE_INDICATOR_NAMES,
} from "../src/methodology/planning";
import { editionFor } from "../src/edition";
import { describeValue } from "../src/model/problem-text";
import type { BodyType } from "../src/model/types";
import { bodyTypeArg, isBlank, numberArg, single, textArg } from "./lib/cells";
import { guard, invalid, notAvailable } from "./lib/function-errors";

/**
 * The most violations that still keep an indicator at the target points (e.g. late services a body can afford for T1 ≥ 24).
 * @customfunction ALLOWED_VIOLATIONS
 * @helpurl https://localhost:3000/help/en/ALLOWED_VIOLATIONS.html
 * @param indicator P2, T1, T2, T3, T4, R1, R2 or R3.
 * @param base The indicator's denominator: services rendered (P2), the criterion-2 base (T1–T4) or complaints reviewed (R1–R3).
 * @param type Body type: central or local (may be blank for R1–R3).
 * @param targetPoints The points to keep.
 * @returns The largest number of violations that scores at least the target.
 */
export function ALLOWED_VIOLATIONS(indicator: string, base: any, type: string, targetPoints: any): number {
  return guard(() => {
    const name = textArg("indicator", indicator);
    const key = parseRateIndicator(name);
    if (!key)
      throw invalid("unknownIndicator", {
        field: "indicator",
        got: describeValue(name),
        known: RATE_INDICATORS.join(", "),
      });
    // R1–R3 are the same for both body types.
    const t: BodyType = key.startsWith("R") && isBlank(single(type)) ? "central" : bodyTypeArg(type);
    const target = numberArg("targetPoints", targetPoints);
    const allowed = allowedViolations(key, numberArg("base", base), t, target);
    if (allowed === null)
      throw notAvailable("targetAboveMax", { target, max: rateIndicatorMax(key, t), indicator: key });
    return allowed;
  });
}

/**
 * The smallest share (0..1) that reaches the target points: R4's disciplined share, T's portal share, V's electronic share, or the uniform fulfilment of an openness criterion.
 * @customfunction REQUIRED_SHARE
 * @helpurl https://localhost:3000/help/en/REQUIRED_SHARE.html
 * @param indicator R4, T, V, OPEN_DATA, OPEN_BUDGET, OPEN_NPA or OPEN_DIALOGUE.
 * @param targetPoints The points to reach.
 * @returns The share needed, 0 to 1.
 */
export function REQUIRED_SHARE(indicator: string, targetPoints: any): number {
  return guard(() => {
    const name = textArg("indicator", indicator);
    const key = parseShareIndicator(name);
    if (!key)
      throw invalid("unknownIndicator", {
        field: "indicator",
        got: describeValue(name),
        known: SHARE_INDICATOR_NAMES.join(", "),
      });
    const target = numberArg("targetPoints", targetPoints);
    const share = requiredShare(key, target);
    if (share === null)
      throw notAvailable("targetAboveMax", { target, max: shareIndicatorMax(key), indicator: name });
    return share;
  });
}

/**
 * R4 planning: the fewest disciplinary actions on the late reviews that reach the target points (annex 13, I-12).
 * @customfunction REQUIRED_DISCIPLINED
 * @helpurl https://localhost:3000/help/en/REQUIRED_DISCIPLINED.html
 * @param late Complaints and applications reviewed late.
 * @param impossible Late reviews where disciplinary action was objectively impossible.
 * @param targetPoints The R4 points to reach (10, 8, 6, 4 or 1).
 * @returns The number of disciplinary actions needed.
 */
export function REQUIRED_DISCIPLINED(late: any, impossible: any, targetPoints: any): number {
  return guard(() => {
    const target = numberArg("targetPoints", targetPoints);
    const needed = requiredDisciplined(numberArg("late", late), numberArg("impossible", impossible), target);
    if (needed === null)
      throw notAvailable("targetAboveMax", { target, max: editionFor().complaints.R4.max, indicator: "R4" });
    return needed;
  });
}
