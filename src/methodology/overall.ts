/**
 * Reliability penalty (§17–21), direction finals, the general assessment and the efficiency
 * level (§100–101).
 */
import type { EfficiencyLevel } from "../model/types";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import { requireCount } from "./errors";
import { reaches } from "./numeric";

/** 0.2 per fact of unreliable reporting data, at most 5 per direction (§17–20). */
export function reliabilityPenalty(facts: number, edition: Edition = editionFor()): number {
  requireCount("facts", facts);
  const r = edition.reliability;
  return Math.min(r.max, facts * r.perFact);
}

/** A direction's final score: `max(0, total − penalty)`. */
export function directionFinal(total: number, facts: number, edition: Edition = editionFor()): number {
  return Math.max(0, total - reliabilityPenalty(facts, edition));
}

/** A direction's final for the general score: a number, "na" (not applicable) or null (missing). */
export type DirectionFinal = number | "na" | null;

/**
 * The general score (I-11): the weighted mean of the assessed directions' finals; a `"na"`
 * direction is left out and the other weights renormalised; a missing one makes the score null
 * (I-16). Also null when no assessed direction carries weight.
 */
export function overallScore(
  finals: readonly [DirectionFinal, DirectionFinal, DirectionFinal],
  weights: readonly [number, number, number] = editionFor().overall.defaultWeights,
): number | null {
  // Each weight is divided by the largest before it multiplies: the weighted finals then stay within
  // 0..100 × 3, whatever the weights' scale (validated input keeps them within INPUT_LIMITS), and
  // a lone weight becomes exactly 1, so its direction's final is the score to the last bit.
  let top = 0;
  for (let i = 0; i < 3; i++) if (finals[i] !== "na" && weights[i]! > top) top = weights[i]!;
  let sum = 0;
  let weight = 0;
  for (let i = 0; i < 3; i++) {
    const f = finals[i];
    if (f === null || f === undefined) return null;
    if (f === "na") continue;
    const w = top > 0 ? weights[i]! / top : 0;
    sum += w * f;
    weight += w;
  }
  return weight > 0 ? sum / weight : null;
}

/** Efficiency level of §101, thresholds with tolerance (I-18). */
export function efficiencyLevel(score: number, edition: Edition = editionFor()): EfficiencyLevel {
  for (const band of edition.overall.levels) {
    if (reaches(score, band.min)) return band.level;
  }
  return edition.overall.lowestLevel;
}
