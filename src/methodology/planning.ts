/**
 * Planning: the methodology read backwards. How many violations a body can afford and still keep a
 * target score, what share of disciplined late reviews (R4) or of fulfilled openness indicators a
 * target needs. Every answer is found by asking the indicator functions themselves (a search over
 * the counts), so the planning functions can never disagree with the scores.
 */
import type { BodyType } from "../model/types";
import { deadlineScore, courtScore, disciplineScore, repeatScore } from "./complaints";
import { type Edition, type OpennessTableId } from "../edition/2020";
import { editionFor } from "../edition";
import { requireCount, requireNonNegative } from "./errors";
import { reaches } from "./numeric";
import {
  extraDocsScore,
  incompleteDocsScore,
  refusalsScore,
  serviceComplaintsScore,
  timelinessScore,
} from "./services";

/** Indicators of the shape `k − violations / base × scale` (P2, T1–T4, R1–R3). */
export type RateIndicator = "P2" | "T1" | "T2" | "T3" | "T4" | "R1" | "R2" | "R3";

type RateScore = (violations: number, base: number, type: BodyType, edition: Edition) => number;

const RATE_SCORES: Readonly<Record<RateIndicator, RateScore>> = {
  P2: serviceComplaintsScore,
  T1: timelinessScore,
  T2: refusalsScore,
  T3: incompleteDocsScore,
  T4: extraDocsScore,
  R1: (a, b, _type, edition) => deadlineScore(a, b, edition),
  // Planning R2 assumes decisions were challenged in court; otherwise R2 is 30 whatever happens.
  R2: (a, b, _type, edition) => courtScore(a, b, true, edition),
  R3: (a, b, _type, edition) => repeatScore(a, b, edition),
};

export const RATE_INDICATORS = Object.keys(RATE_SCORES) as RateIndicator[];

/** The rate indicator a name stands for (`T1`, `t1`, `services.T1`, `complaints.R2`), or undefined. */
export function parseRateIndicator(name: string): RateIndicator | undefined {
  const key = name
    .trim()
    .toUpperCase()
    .replace(/^(SERVICES|COMPLAINTS)\./, "");
  return (RATE_INDICATORS as string[]).includes(key) ? (key as RateIndicator) : undefined;
}

/** The indicator's maximum for a body type (its score with no violation). */
export function rateIndicatorMax(indicator: RateIndicator, type: BodyType, edition: Edition = editionFor()) {
  return RATE_SCORES[indicator](0, 0, type, edition);
}

/**
 * The most violations out of `base` that still score at least `target` points (with the threshold
 * tolerance of I-18), or null when even no violation does not reach the target. The score falls as
 * violations grow, so a binary search over 0..base finds the answer with the indicator function
 * itself deciding every step.
 */
export function allowedViolations(
  indicator: RateIndicator,
  base: number,
  type: BodyType,
  target: number,
  edition: Edition = editionFor(),
): number | null {
  requireCount("base", base);
  if (!Number.isFinite(target)) requireNonNegative("targetPoints", target);
  const score = (a: number) => RATE_SCORES[indicator](a, base, type, edition);
  const keeps = (a: number) => reaches(score(a), target, edition.thresholdTolerance);
  if (!keeps(0)) return null;
  let low = 0; // keeps(low) holds
  let high = base; // the answer is at most base
  if (keeps(high)) return high;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (keeps(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/**
 * R4 planning: the fewest disciplinary actions on `late` late reviews (of which `impossible` could not
 * be disciplined, I-12) that score at least `target`; null when the target is above R4's maximum.
 */
export function requiredDisciplined(
  late: number,
  impossible: number,
  target: number,
  edition: Edition = editionFor(),
): number | null {
  requireCount("late", late);
  requireCount("disciplineImpossible", impossible);
  if (!Number.isFinite(target)) requireNonNegative("targetPoints", target);
  // Scoring no action first validates impossible ≤ late with the engine's own message.
  const keeps = (d: number) =>
    reaches(disciplineScore(d, late, impossible, edition), target, edition.thresholdTolerance);
  if (keeps(0)) return 0;
  const most = late - impossible;
  if (!keeps(most)) return null;
  let low = 0; // does not keep the target
  let high = most; // keeps it
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (keeps(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/** Indicators REQUIRED_SHARE answers for: R4's share, T and V (automation), the openness criteria. */
export type ShareIndicator = "R4" | "T" | "V" | OpennessTableId;

const SHARE_ALIASES: Readonly<Record<string, ShareIndicator>> = {
  R4: "R4",
  "COMPLAINTS.R4": "R4",
  T: "T",
  "SERVICES.T": "T",
  V: "V",
  "SERVICES.V": "V",
  OPEN_DATA: "openData",
  OPENDATA: "openData",
  "OPENNESS.P1": "openData",
  OPEN_BUDGET: "openBudget",
  OPENBUDGET: "openBudget",
  "OPENNESS.P2": "openBudget",
  OPEN_NPA: "openNpa",
  OPENNPA: "openNpa",
  "OPENNESS.P3": "openNpa",
  OPEN_DIALOGUE: "openDialogue",
  OPENDIALOGUE: "openDialogue",
  "OPENNESS.P4": "openDialogue",
};

export const SHARE_INDICATOR_NAMES = [
  "R4",
  "T",
  "V",
  "OPEN_DATA",
  "OPEN_BUDGET",
  "OPEN_NPA",
  "OPEN_DIALOGUE",
];

export function parseShareIndicator(name: string): ShareIndicator | undefined {
  return SHARE_ALIASES[name.trim().toUpperCase()];
}

/** The indicator's maximum points (what a share of 1 scores). */
export function shareIndicatorMax(indicator: ShareIndicator, edition: Edition = editionFor()): number {
  if (indicator === "R4") return edition.complaints.R4.max;
  if (indicator === "T") return edition.services.automation.portalWeight;
  if (indicator === "V") return edition.services.automation.volumeWeight;
  return edition.openness.criterionMax;
}

/**
 * The smallest share (0..1) that scores at least `target`:
 * - R4: the lower bound of the lowest annex 13 band worth the target (I-1, I-12);
 * - T, V: the share of portal service types / electronic volume (§50–52);
 * - an openness criterion: the fulfilment every indicator needs in both languages, weight × share
 *   being linear (I-5), before the §62/§68/§73 rules.
 * Null when the target is above the indicator's maximum.
 */
export function requiredShare(
  indicator: ShareIndicator,
  target: number,
  edition: Edition = editionFor(),
): number | null {
  if (!Number.isFinite(target)) requireNonNegative("targetPoints", target);
  if (target <= 0) return 0;
  const tolerance = edition.thresholdTolerance;
  if (indicator === "R4") {
    const r4 = edition.complaints.R4;
    if (!reaches(r4.max, target, tolerance)) return null;
    let share: number | null = null;
    for (const band of r4.bands) if (reaches(band.points, target, tolerance)) share = band.minPercent / 100;
    return share;
  }
  const max = shareIndicatorMax(indicator, edition);
  if (!reaches(max, target, tolerance)) return null;
  return Math.min(1, target / max);
}
