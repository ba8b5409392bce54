/**
 * The one translation mechanism of opeval: a language, a term in every language, and the one
 * function that fills `{name}` placeholders. Every catalogue (problems, explanations, forms,
 * template, task pane) is built from these, so a phrase is looked up, never translated by pattern.
 */

/** The languages opeval speaks: English (the engine's and CLI's default), Kazakh, Russian. */
export type Lang = "en" | "kk" | "ru";
export const LANGS: readonly Lang[] = ["en", "kk", "ru"];

/** The languages of the signed forms (state language and Russian). */
export type FormLang = "kk" | "ru";

/** One text in every language. */
export type Term = Readonly<Record<Lang, string>>;
/** One text of a form, in both form languages. */
export type FormTerm = Readonly<Record<FormLang, string>>;

export const term = (en: string, kk: string, ru: string): Term => ({ en, kk, ru });
export const formTerm = (kk: string, ru: string): FormTerm => ({ kk, ru });

/** Parameters of a phrase, already formatted for its language. */
export type PhraseParams = Readonly<Record<string, string | number>>;

/**
 * Fills `{name}` placeholders from `params`. A placeholder without a parameter stays as written, so
 * a missing figure shows as `{name}` in a test instead of vanishing from a sentence.
 */
export function fill(template: string, params: PhraseParams): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The placeholder names a template uses, in order of first appearance. */
export function placeholders(template: string): string[] {
  const seen: string[] = [];
  for (const m of template.matchAll(/\{(\w+)\}/g)) if (!seen.includes(m[1]!)) seen.push(m[1]!);
  return seen;
}
