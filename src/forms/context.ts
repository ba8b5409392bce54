/** What every annex builder receives: one body's results, the language, the period, the settings. */
import type { BodyResult, DirectionResult } from "../methodology/assess";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import type { Body, ConclusionBlock, ConclusionSettings, DirectionId, SigningScope } from "../model/types";
import { signingFor } from "../model/signing";
import { roleKey, SERVICES_CRITERIA, type FormLang, type FormTerm } from "./form-terms";

export interface AnalysisItem {
  criterion: string;
  title: string;
  paragraphs: string[];
}

/** The drafted text of src/forms/analysis.ts, passed in so the builders stay pure and testable. */
export interface Drafts {
  analysis(body: BodyResult, direction: DirectionId, lang: FormLang): AnalysisItem[];
  conclusions(body: BodyResult, direction: DirectionId, lang: FormLang): string[];
  overall(body: BodyResult, lang: FormLang): string[];
  /** Annex 5's conclusions: the automation criterion K3 only (FORMS.md 5.x, A14). */
  automation(body: BodyResult, lang: FormLang): string[];
  /** Annex 15's analysis item of a direction: where its points were lost, what lifts the level. */
  summary(body: BodyResult, direction: DirectionId, lang: FormLang): string[];
}

export interface FormContext {
  body: BodyResult;
  lang: FormLang;
  /** The body's name in the form's language (the Kazakh one where no Russian name was given). */
  name?: string;
  /** The body's input (for texts in the form's language, e.g. Russian facts). */
  input?: Body;
  period?: string;
  /** The signing block resolved for this form's scope and language (settingsIn). */
  settings?: ConclusionBlock;
  drafts: Drafts;
  edition?: Edition;
  /** The weights of the general score (settings.overallWeights), for annex 15's printed relation. */
  weights?: readonly number[];
  /** A conclusion re-issued after objections: why, printed under the heading (src/objections). */
  reissue?: readonly string[];
}

/**
 * A conclusion re-issued after the objections procedure: the paragraphs saying why, printed under
 * its heading, and its date (replacing `settings.conclusion.date`).
 */
export interface Reissue {
  paragraphs: readonly string[];
  date?: string;
}

export function editionOf(ctx: FormContext): Edition {
  return ctx.edition ?? editionFor();
}

/** The scored result of a direction, or null when it was not assessed ("na") or not entered. */
export function scored(body: BodyResult, direction: DirectionId): DirectionResult | null {
  const d = body[direction];
  return d === null || d === "na" ? null : d;
}

/** The paragraphs drafted for one criterion (the analysis module may key them "K1" or "services.K1"). */
export function paragraphsFor(items: readonly AnalysisItem[], key: string): string[] {
  return items
    .filter((i) => i.criterion === key || i.criterion.endsWith(`.${key}`))
    .flatMap((i) => i.paragraphs);
}

/** Drafted paragraphs whose criterion matches none of `keys` (kept, so no drafted text is lost). */
export function otherParagraphs(items: readonly AnalysisItem[], keys: readonly string[]): string[] {
  return items
    .filter((i) => !keys.some((k) => i.criterion === k || i.criterion.endsWith(`.${k}`)))
    .flatMap((i) => (i.title ? [i.title, ...i.paragraphs] : i.paragraphs));
}

/** The body's name as printed on this form. */
export function bodyName(ctx: FormContext): string {
  return ctx.name ?? ctx.body.name;
}

/** The texts of a direction's facts of unreliable data in the form's language (Russian where given). */
export function factTextsOf(ctx: FormContext, direction: DirectionId): string[] {
  const d = scored(ctx.body, direction);
  if (!d) return [];
  const ru = ctx.lang === "ru" ? ctx.input?.unreliable[direction].ru : undefined;
  return Array.from({ length: d.facts.count }, (_, i) => ru?.[i] ?? d.facts.texts[i] ?? "");
}

/**
 * The signing block printed on a form of `scope` for the body (src/model/signing.ts): the body's
 * block, the authority's, then the Agency's, per field; for Russian, each block's `ru` first.
 */
export function settingsIn(
  settings: ConclusionSettings | undefined,
  lang: FormLang,
  scope: SigningScope = "general",
  body?: Body,
): ConclusionBlock | undefined {
  return signingFor(settings, body, scope, lang, roleKey);
}

/** The services criteria a body is scored on (K1–K3 central, M1–M2 local): code, wording, maximum. */
export function servicesCriteria(e: Edition, central: boolean): [string, FormTerm, number][] {
  const c = e.services.criteria;
  return central
    ? [
        ["K1", SERVICES_CRITERIA.K1, c.central.K1],
        ["K2", SERVICES_CRITERIA.K2, c.central.K2],
        ["K3", SERVICES_CRITERIA.K3, c.central.K3],
      ]
    : [
        ["M1", SERVICES_CRITERIA.K1, c.local.M1],
        ["M2", SERVICES_CRITERIA.K2, c.local.M2],
      ];
}
