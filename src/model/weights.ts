/**
 * The bounds of a weight of the general score, in a module of its own so the custom functions'
 * bundle can check weights without carrying the assessment parser. INPUT_LIMITS (./parse.ts)
 * lists them with the other limits.
 */

/**
 * A weight is 0 or lies in [min, max]: weighted finals (≤ 100 × 10^6) and their sums neither
 * overflow nor lose a subnormal weight's digits (10^308 × 3 overflowed to NaN, 5e-324 × 84.2455
 * underflowed to 84).
 */
export const WEIGHT_LIMITS = { min: 0.000001, max: 1_000_000 } as const;

/** A weight of the general score within WEIGHT_LIMITS: 0, or from min to max. */
export function isWeight(value: unknown): value is number {
  return (
    typeof value === "number" && (value === 0 || (value >= WEIGHT_LIMITS.min && value <= WEIGHT_LIMITS.max))
  );
}
