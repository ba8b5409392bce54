/**
 * Direction totals from criterion scores, for formulas that build a direction step by step
 * (`=OPEVAL.SERVICES_SCORE(…)`, `OPENNESS_SCORE`, `COMPLAINTS_SCORE`). Same sums as the direction
 * scorers (§56, §84, annex 11).
 */
import type { BodyType } from "../model/types";

export interface ServicesCriteria {
  P1: number;
  P2: number;
  T1: number;
  T2: number;
  T3: number;
  T4: number;
  /** Central bodies only (§49). */
  K3?: number;
}

/** `K1 + K2 + K3` (central) or `M1 + M2` (local), K1/M1 = P1 + P2, K2/M2 = T1 + T2 + T3 + T4 (§56). */
export function servicesTotal(type: BodyType, c: ServicesCriteria): number {
  const first = c.P1 + c.P2;
  const second = c.T1 + c.T2 + c.T3 + c.T4;
  return type === "central" ? first + second + (c.K3 ?? 0) : first + second;
}

/** `O = P1 + P2 + P3 + P4 − P5` (§84). */
export function opennessTotal(p1: number, p2: number, p3: number, p4: number, p5: number): number {
  return p1 + p2 + p3 + p4 - p5;
}

/** `H = R1 + R2 + R3 + R4` (annex 11). */
export function complaintsTotal(r1: number, r2: number, r3: number, r4: number): number {
  return r1 + r2 + r3 + r4;
}
