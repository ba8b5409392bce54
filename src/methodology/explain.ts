/** The explanation every computed value carries, so an analyst can defend each score. */
import { fill, type Lang, type Term } from "../i18n/lang";
import { EXPLAIN_PHRASES, type PhraseId, type PhraseParamName } from "./explain-phrases";

export interface Explanation {
  /** Dotted key of the value, e.g. `services.T1`, `openness.P2.kk`, `overall.score`. */
  key: string;
  /** The formula with the numbers substituted, in English, e.g. `26 − 40 / 118000 × 10000 = 22.61`. */
  text: string;
  /** Paragraph or annex of the methodology the formula comes from, e.g. `§43`. */
  source: string;
  /** Interpretation ids that applied (I-n), comma-separated; null when none did. */
  rule: string | null;
  /**
   * The text as pieces, present only when it holds words (phrases or terms): what
   * `explanationText` renders in Kazakh or Russian. Absent, `text` is the same in every language.
   */
  parts?: ExplainText;
}

/** A parameter of a phrase: a figure (language-neutral) or a term (rendered in the phrase's language). */
export type PhraseValue = string | number | Term;

/** A phrase of the catalogue (./explain-phrases.ts) with its parameters. */
export interface Phrase {
  readonly phrase: PhraseId;
  readonly params: Readonly<Record<string, PhraseValue>>;
}

/** A piece of an explanation: formula text and figures (the same in every language), a term, or a phrase. */
export type ExplainPart = string | Term | Phrase;
export type ExplainText = readonly ExplainPart[];

/** A phrase by id; its parameters are exactly the placeholders of its text (checked by the compiler). */
export function phrase<Id extends PhraseId>(
  id: Id,
  ...params: [PhraseParamName<Id>] extends [never] ? [] : [Record<PhraseParamName<Id>, PhraseValue>]
): Phrase {
  return { phrase: id, params: params[0] ?? {} };
}

type Piece = string | number | ExplainPart | ExplainText;

/**
 * An explanation text with phrases and terms inside a formula, written as a template:
 * phrased`${k} ${phrase("nothingReviewed")}`. Figures become text; phrases and terms stay pieces.
 */
export function phrased(strings: TemplateStringsArray, ...values: readonly Piece[]): ExplainText {
  const parts: ExplainPart[] = [];
  const add = (piece: Piece): void => {
    if (typeof piece === "number") piece = String(piece);
    if (typeof piece === "string") {
      if (piece === "") return;
      const last = parts.length - 1;
      if (typeof parts[last] === "string") parts[last] += piece;
      else parts.push(piece);
    } else if (Array.isArray(piece)) (piece as ExplainText).forEach(add);
    else parts.push(piece as Term | Phrase);
  };
  strings.forEach((s, i) => {
    add(s);
    if (i < values.length) add(values[i]!);
  });
  return parts;
}

/** Pieces joined with a separator, as `Array.join` does for strings. */
export function joinText(texts: readonly (string | ExplainText)[], separator: string): ExplainText {
  return texts.flatMap((t, i) => phrased`${i > 0 ? separator : ""}${t}`);
}

function renderValue(value: PhraseValue, lang: Lang): string | number {
  return typeof value === "object" ? value[lang] : value;
}

/** Pieces rendered in one language, by lookup. */
export function renderText(parts: ExplainText, lang: Lang): string {
  // join, not +=: every result keeps this text, and V8 keeps a += chain as a rope of all its pieces.
  return parts
    .map((p) => {
      if (typeof p === "string") return p;
      if (!("phrase" in p)) return p[lang];
      const params: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(p.params)) params[name] = renderValue(value, lang);
      return fill(EXPLAIN_PHRASES[p.phrase][lang], params);
    })
    .join("");
}

/** An explanation's text in `lang` (English is the engine's own `text`). */
export function explanationText(e: Explanation, lang: Lang): string {
  return lang === "en" || e.parts === undefined ? e.text : renderText(e.parts, lang);
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
  text: string | ExplainText,
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
  if (typeof text === "string") return { key: sharedKey(key), text, source, rule };
  const words = text.some((p) => typeof p !== "string");
  const e: Explanation = { key: sharedKey(key), text: renderText(text, "en"), source, rule };
  if (words) e.parts = text;
  return e;
}

/**
 * The rule entries of a scored cohort, one object per distinct key and rule: a thousand bodies to
 * which I-2 applied share one `services.P1` entry instead of holding a thousand.
 */
const RULE_ENTRIES = new Map<string, Explanation>();
const MAX_RULE_ENTRIES = 10_000;

/**
 * What the annex forms read of an explanation (src/forms/analysis.ts asks whether an interpretation
 * applied to a value): the key and the rule, nothing else. Null when no interpretation applied, since
 * such an entry can never answer that question. The texts are empty and the entry is frozen and
 * shared: a result built this way is for the forms only, never for showing explanations.
 */
export function ruleEntry(e: Explanation): Explanation | null {
  if (e.rule === null) return null;
  const id = `${e.key}\u0000${e.rule}`;
  const known = RULE_ENTRIES.get(id);
  if (known !== undefined) return known;
  const entry: Explanation = Object.freeze({ key: sharedKey(e.key), text: "", source: "", rule: e.rule });
  if (RULE_ENTRIES.size < MAX_RULE_ENTRIES) RULE_ENTRIES.set(id, entry);
  return entry;
}
