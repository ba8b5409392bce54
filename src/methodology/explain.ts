/** The explanation every computed value carries, so an analyst can defend each score. */

export interface Explanation {
  /** Dotted key of the value, e.g. `services.T1`, `openness.P2.kk`, `overall.score`. */
  key: string;
  /** The formula with the numbers substituted, e.g. `26 − 40 / 118000 × 10000 = 22.61`. */
  text: string;
  /** Paragraph or annex of the methodology the formula comes from, e.g. `§43`. */
  source: string;
  /** Interpretation ids that applied (I-n), comma-separated; null when none did. */
  rule: string | null;
}

export function explanation(
  key: string,
  text: string,
  source: string,
  rules: readonly string[] = [],
): Explanation {
  const unique = [...new Set(rules)];
  return { key, text, source, rule: unique.length ? unique.join(", ") : null };
}
