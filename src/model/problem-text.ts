/**
 * How a problem's parameters are worded into its message: the template filling, the escaping of
 * what input may hold, and the short rendering of a value. Apart from the catalogue
 * (src/model/problems.ts) so that the custom functions, which word only their own few messages,
 * do not carry it.
 */
import type { EfficiencyLevel, Lang } from "./types";
import { LEVEL_TERMS } from "./model-terms";
import { fill } from "../i18n/lang";
import { localDecimal } from "../i18n/numerals";

export type ProblemParams = Record<string, string | number>;

/**
 * A text with control, invisible and bidi-override characters shown as \\u{…}: a message naming
 * a hostile id can neither move the terminal's cursor nor reorder what the analyst reads.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- escaping control characters is the point
    /[\u0000-\u001F\u007F-\u009F\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g,
    (ch) => `\\u{${ch.codePointAt(0)!.toString(16).toUpperCase()}}`,
  );
}

/** Fills a message template (the one `fill` of src/i18n), every parameter escaped for a terminal. */
export function fillTemplate(template: string, params: ProblemParams, lang: Lang = "en"): string {
  const escaped: Record<string, string> = {};
  // A number is echoed as the analyst's language writes it: "1,5" typed is "1,5" told back in kk/ru.
  for (const [name, value] of Object.entries(params))
    escaped[name] = escapeForTerminal(
      typeof value === "number" ? localDecimal(value, lang) : translateWords(String(value), lang),
    );
  return fill(template, escaped);
}

/**
 * Words a parameter holds that the message translates when it is rendered: what a value is when
 * it is no text or number ("nothing", "a list"), and a level of §101. Marked by U+0001, which input
 * cannot hold (control characters are refused), so no text typed by the analyst is ever replaced.
 */
const WORD_MARK = "\u0001";
const VALUE_WORDS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  nothing: { en: "nothing", kk: "ештеңе", ru: "ничего" },
  list: { en: "a list", kk: "тізім", ru: "список" },
  object: { en: "an object", kk: "объект", ru: "объект" },
  endOfFile: { en: "the end of the file", kk: "файлдың соңы", ru: "конец файла" },
  ...Object.fromEntries(Object.entries(LEVEL_TERMS).map(([level, term]) => [`level.${level}`, term])),
};

/** A word of VALUE_WORDS as a parameter, e.g. `word("nothing")`. */
export function word(key: keyof typeof VALUE_WORDS | `level.${EfficiencyLevel}`): string {
  return WORD_MARK + key + WORD_MARK;
}

const MARKED_WORD = new RegExp(`${WORD_MARK}([A-Za-z.]+)${WORD_MARK}`, "g");

function translateWords(value: string, lang: Lang): string {
  if (!value.includes(WORD_MARK)) return value;
  return value.replace(MARKED_WORD, (whole, key: string) => VALUE_WORDS[key]?.[lang] ?? whole);
}

/**
 * Short rendering of any input value for a message (never the whole of a large object). A number
 * stays a number, so the message writes it as its language does (1,5 in kk and ru).
 */
export function describeValue(value: unknown): string | number {
  if (value === undefined) return word("nothing");
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? value.slice(0, 40) + "…" : value);
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean" || value === null) return String(value);
  if (Array.isArray(value)) return word("list");
  return word("object");
}
