/**
 * Numerals and the nouns that agree with them. Russian nouns change with the number before them
 * (1 балл, 2–4 балла, 5–20 баллов, 21 балл, and a fraction takes the genitive singular: 0,40 балла);
 * Kazakh nouns do not change after a numeral (1 балл, 25 балл). One function per language, used by
 * every form and message.
 */
import type { Lang } from "./lang";

/** The three Russian forms of a counted noun: after 1, after 2–4, after 5–20 (and 0). */
export interface RussianForms {
  readonly one: string;
  readonly few: string;
  readonly many: string;
}

export const RU_POINTS: RussianForms = { one: "балл", few: "балла", many: "баллов" };

/**
 * The Russian form agreeing with a figure given as a number or as displayed (`"23,25"`, `"1 000"`).
 * Any figure with a fractional part written out (`0,40`, `3,5`, even `25,00`) takes the genitive
 * singular, as Russian grammar reads "двадцать пять целых ноль сотых балла".
 */
export function ruAgree(figure: number | string, forms: RussianForms): string {
  let whole: number;
  if (typeof figure === "string") {
    const text = figure.replace(/[\s\u00a0]/g, "");
    if (/[,.]/.test(text)) return forms.few;
    whole = Number(text);
  } else {
    if (!Number.isInteger(figure)) return forms.few;
    whole = figure;
  }
  if (!Number.isFinite(whole)) return forms.many;
  const n = Math.abs(whole);
  const d10 = n % 10;
  const d100 = n % 100;
  if (d10 === 1 && d100 !== 11) return forms.one;
  if (d10 >= 2 && d10 <= 4 && (d100 < 12 || d100 > 14)) return forms.few;
  return forms.many;
}

/** «балл», «балла» or «баллов» for a figure (number or as displayed). */
export function ruPoints(figure: number | string): string {
  return ruAgree(figure, RU_POINTS);
}

/** The word "points" after a figure in each language: kk never changes, ru agrees, en pluralises. */
export function pointsWord(figure: number | string, lang: Lang): string {
  if (lang === "kk") return "балл";
  if (lang === "ru") return ruPoints(figure);
  const n = typeof figure === "number" ? figure : Number(figure.replace(/[\s\u00a0]/g, "").replace(",", "."));
  return n === 1 ? "point" : "points";
}

/**
 * The genitive a counted noun takes after «из», «до», «от», «менее»: «из 25 баллов», «до 5 баллов»,
 * «из 2 баллов», but «из 1 балла», «от 21 балла», and a fraction «до 89,99 балла».
 */
export function ruGenitive(figure: number | string, forms: RussianForms): string {
  if (ruAgree(figure, forms) === forms.one) return forms.few;
  const fraction = typeof figure === "string" ? /[,.]/.test(figure) : !Number.isInteger(figure);
  return fraction ? forms.few : forms.many;
}

/** «балла» or «баллов» after «из», «до», «от». */
export function ruPointsGenitive(figure: number | string): string {
  return ruGenitive(figure, RU_POINTS);
}

/**
 * A figure as each language writes it: Kazakh and Russian with the decimal comma ("1,5", "+1,81"),
 * English with the point. `figure` is a number or a figure already formatted (e.g. "86.15").
 */
export function localDecimal(figure: string | number, lang: Lang): string {
  const text = typeof figure === "number" ? String(figure) : figure;
  return lang === "en" ? text : text.replace(/(\d)\.(\d)/g, "$1,$2");
}
