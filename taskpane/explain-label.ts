/**
 * The label of an entry in the pane's explanation of a body. The engine keys its explanations
 * `direction.indicator[.language]` (`services.total`, `openness.P1.kk`, `overall.level`); indicator
 * codes (P1, T1, K3, R4) are the forms' own and stay, while the words behind `total`, `penalty`,
 * `final`, `score` and `level` are named in Kazakh and Russian as the before/after-objection sheet
 * names them (`indicatorName`, one home for those terms), so no internal key reaches a kk/ru pane.
 */
import type { Lang } from "../src/i18n/lang";
import type { DirectionId } from "../src/model/types";

/** `indicatorName` of src/objections/objection-sheets.ts, loaded with the objections chunk. */
export type IndicatorNamer = (direction: DirectionId | "overall", key: string, lang: "kk" | "ru") => string;

/** The keys that are words, not the forms' indicator codes. */
const WORD_KEYS: ReadonlySet<string> = new Set(["total", "penalty", "final", "score", "level"]);

/**
 * `key` without its group, as the pane shows it: `P1 (kk)` for a language line, a word key by its
 * form term (capitalised, as a label). Without `names` (not loaded yet) or in English, the key.
 */
export function explanationLabel(key: string, lang: Lang, names: IndicatorNamer | null): string {
  const [group, indicator, language] = key.split(".") as [string, string, string | undefined];
  if (language !== undefined) return `${indicator} (${language})`;
  if (lang === "en" || names === null || !WORD_KEYS.has(indicator)) return indicator;
  const name = names(group as DirectionId | "overall", indicator, lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
