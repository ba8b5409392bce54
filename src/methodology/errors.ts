/**
 * Arguments an indicator function cannot score (a count that is negative, a numerator above its
 * denominator). The engine validates its input first and never meets these; the custom functions
 * turn them into `#VALUE!` with the catalogue's message.
 */
import type { ArgumentProblemCode } from "../model/argument-problems";
import type { ProblemParams } from "../model/problem-text";

export class IndicatorArgumentError extends Error {
  constructor(
    readonly code: ArgumentProblemCode,
    readonly params: ProblemParams,
  ) {
    super(code);
    this.name = "IndicatorArgumentError";
  }
}

export function requireCount(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new IndicatorArgumentError("expectedCount", { field: name, got: value });
}

export function requireNonNegative(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0)
    throw new IndicatorArgumentError("expectedNonNegative", { field: name, got: value });
}

export function requireNotAbove(
  numeratorName: string,
  numerator: number,
  denominatorName: string,
  denominator: number,
): void {
  if (numerator > denominator)
    throw new IndicatorArgumentError("numeratorAboveDenominator", {
      numerator: numeratorName,
      numeratorValue: numerator,
      denominator: denominatorName,
      denominatorValue: denominator,
    });
}

export function requireInRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isFinite(value) || value < min || value > max)
    throw new IndicatorArgumentError("outOfRange", { field: name, got: value, min, max });
}
