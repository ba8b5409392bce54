/** What every annex builder receives: one body's results, the language, the period, the settings. */
import type { BodyResult, DirectionResult } from "../methodology/assess";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import type { ConclusionSettings, DirectionId } from "../model/types";
import type { FormLang } from "./terms";

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
}

export interface FormContext {
  body: BodyResult;
  lang: FormLang;
  period?: string;
  settings?: ConclusionSettings;
  drafts: Drafts;
  edition?: Edition;
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
