/** Number rules of the methodology: threshold tolerance and display truncation (I-18). */
import { editionFor } from "../edition";

/** `value ≥ threshold`, counting a value a hair below the threshold in binary floating point as reaching it (I-18). */
export function reaches(
  value: number,
  threshold: number,
  tolerance: number = editionFor().thresholdTolerance,
): boolean {
  return value >= threshold - tolerance;
}

/** "Clamp at 0": a negative result of a "k minus rate" formula scores 0. */
export function clampAtZero(value: number): number {
  return value < 0 ? 0 : value;
}

/**
 * Truncates to two decimals for display (I-18): 89.996 → 89.99, never 90.00. The tiny epsilon keeps
 * values such as 0.29 (0.28999999999999998 in binary) from showing as 0.28.
 */
export function truncate2(value: number): number {
  const sign = value < 0 ? -1 : 1;
  const scaled = Math.floor(Math.abs(value) * 100 + 1e-7);
  return (sign * scaled) / 100;
}

/** A score as displayed on forms and tables: two decimals, truncated (I-18). */
export function formatScore(value: number): string {
  // Integer arithmetic instead of toFixed: explanations format ~100 numbers per body.
  const hundredths = Math.floor(Math.abs(value) * 100 + 1e-7);
  const whole = Math.floor(hundredths / 100);
  const cents = hundredths - whole * 100;
  return `${value < 0 && hundredths > 0 ? "-" : ""}${whole}.${cents < 10 ? "0" : ""}${cents}`;
}

/** An input figure as written in an explanation: integers as they are, fractions up to 4 decimals. */
export function formatFigure(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Math.round(value * 1e4) / 1e4);
}
