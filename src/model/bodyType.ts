/**
 * The words analysts write for a body type, an exemption and a language, in English, Kazakh and
 * Russian (full names and abbreviations). The custom functions and the workbook template reader
 * both read a typed cell through these tables, so "ЦГО", "орталық" and "central" mean the same.
 */
import type { BodyType, Exemption, Lang } from "./types";

/** Lower-cased, trimmed, with runs of spaces, dots and hyphens folded to one space. */
export function normaliseWord(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s.\-_]+/g, " ")
    .trim();
}

export const BODY_TYPE_SYNONYMS: Readonly<Record<BodyType, readonly string[]>> = {
  central: [
    "central",
    "central state body",
    "орталық",
    "орталық мемлекеттік орган",
    "омо",
    "цго",
    "центральный",
    "центральный государственный орган",
    "центральный го",
  ],
  local: [
    "local",
    "local executive body",
    "жергілікті",
    "жергілікті атқарушы орган",
    "жао",
    "мио",
    "местный",
    "местный исполнительный орган",
    "акимат",
    "әкімдік",
  ],
};

export const EXEMPTION_SYNONYMS: Readonly<Record<Exemption, readonly string[]>> = {
  nationalBank: [
    "nationalbank",
    "national bank",
    "nbrk",
    "ұлттық банк",
    "қазақстан республикасының ұлттық банкі",
    "ұлттық банкі",
    "нбрк",
    "национальный банк",
    "нацбанк",
  ],
  defence: [
    "defence",
    "defense",
    "ministry of defence",
    "mo",
    "қорғаныс",
    "қорғаныс министрлігі",
    "қм",
    "оборона",
    "министерство обороны",
    "мо",
  ],
};

export const LANG_SYNONYMS: Readonly<Record<Lang, readonly string[]>> = {
  en: ["en", "eng", "english", "ағылшын", "английский", "англ"],
  kk: ["kk", "kz", "kaz", "kazakh", "қаз", "қазақ", "қазақша", "каз", "казахский"],
  ru: ["ru", "rus", "russian", "орыс", "орысша", "рус", "русский"],
};

/** Each synonym table normalised once into word → key (custom functions look a word up per call). */
const INDEXES = new WeakMap<object, Map<string, string>>();

function lookup<K extends string>(
  table: Readonly<Record<K, readonly string[]>>,
  text: string,
): K | undefined {
  let index = INDEXES.get(table);
  if (!index) {
    index = new Map();
    for (const key of Object.keys(table) as K[])
      for (const s of table[key]) if (!index.has(normaliseWord(s))) index.set(normaliseWord(s), key);
    INDEXES.set(table, index);
  }
  // Most words arrive already normal ("central", "орталық"); normalising is idempotent, so an exact
  // hit is the same answer without the string work.
  return (index.get(text) ?? index.get(normaliseWord(text))) as K | undefined;
}

/** The body type a word stands for, or undefined when it is not one of the known words. */
export function parseBodyType(text: string): BodyType | undefined {
  return lookup(BODY_TYPE_SYNONYMS, text);
}

/** The exemption (I-6) a word stands for, or undefined. */
export function parseExemption(text: string): Exemption | undefined {
  return lookup(EXEMPTION_SYNONYMS, text);
}

/** The output language a word stands for, or undefined. */
export function parseLang(text: string): Lang | undefined {
  return lookup(LANG_SYNONYMS, text);
}

export const YES_NO_SYNONYMS: Readonly<Record<"yes" | "no", readonly string[]>> = {
  yes: ["yes", "true", "y", "иә", "ия", "бар", "да", "есть", "истина"],
  no: ["no", "false", "n", "жоқ", "нет", "ложь"],
};

/** A yes/no word as a boolean, or undefined. */
export function parseYesNo(text: string): boolean | undefined {
  const answer = lookup(YES_NO_SYNONYMS, text);
  return answer === undefined ? undefined : answer === "yes";
}

/** The words that mark an openness indicator "nothing to assess" (maximum). */
export const NOT_APPLICABLE_WORDS: readonly string[] = [
  "na",
  "n/a",
  "not applicable",
  "қолданылмайды",
  "неприменимо",
  "не применяется",
  "н/п",
];

export function isNotApplicableWord(text: string): boolean {
  const word = normaliseWord(text);
  return NOT_APPLICABLE_WORDS.some((w) => normaliseWord(w) === word);
}
