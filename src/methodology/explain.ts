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

/**
 * Keys come from a small fixed set but are built with templates (`openness.${criterion}.${lang}`);
 * every result keeps ~40 of them, so each is stored once instead of as a fresh string per body.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 10_000;

function sharedKey(key: string): string {
  const known = KEYS.get(key);
  if (known !== undefined) return known;
  if (KEYS.size < MAX_KEYS) KEYS.set(key, key);
  return key;
}

export function explanation(
  key: string,
  text: string,
  source: string,
  rules: readonly string[] = [],
): Explanation {
  // A plain loop, not a Set: this runs ~50 times per body and rule lists are a few ids long.
  let rule: string | null = null;
  for (let i = 0; i < rules.length; i++) {
    const id = rules[i]!;
    if (rules.indexOf(id) !== i) continue;
    rule = rule === null ? id : `${rule}, ${id}`;
  }
  return { key: sharedKey(key), text, source, rule };
}
