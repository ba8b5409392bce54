/**
 * The change against the previous period in the drafted analysis of the conclusion forms (annexes
 * 3/4, 8, 12: a direction's final; annex 15: the general score and the level), when the previous
 * period is known (src/history). Both figures are printed truncated to two decimals (I-18) and the
 * change is their difference, so the sentence adds up on paper. Only drafted text changes: the
 * fixed wording of every form stays as it is.
 */
import { ruPoints } from "../i18n/numerals";
import type { BodyResult } from "../methodology/assess";
import { formatScore } from "../methodology/numeric";
import { LEVEL_TERMS } from "../model/model-terms";
import type { DirectionId, EfficiencyLevel, Lang } from "../model/types";

/** A figure in both periods and its change (src/history's Change). */
interface Change {
  previous: number | "na" | undefined;
  current: number | "na" | undefined;
  change?: number;
}

interface BodyComparison {
  id: string;
  presence: string;
  directions: Readonly<Record<DirectionId, Change>>;
  overall: Change;
  level: { previous?: EfficiencyLevel; current?: EfficiencyLevel; move?: "up" | "down" | "same" };
}

/**
 * What the drafts need of a comparison with the previous period: the shape of src/history's
 * Comparison, stated here so that the forms do not depend on the history layer.
 */
export interface Comparison {
  previous: { period: string; edition: string };
  current: { period: string };
  editionChanged: boolean;
  bodies: readonly BodyComparison[];
}

/** A score as the forms print it: two decimals, truncated, decimal comma in kk/ru. */
function printed(value: number, lang: Lang): string {
  const text = formatScore(Math.abs(value));
  return (value < 0 ? "−" : "") + (lang === "en" ? text : text.replace(".", ","));
}

interface Figures {
  previous: string;
  prevScore: string;
  score: string;
  delta: string;
}

type Subject = "direction" | "overall";
type Phrase = Readonly<Record<Lang, (p: Figures) => string>>;

const SUBJECT: Readonly<Record<Subject, Readonly<Record<Lang, string>>>> = {
  direction: {
    en: "the final score of the direction",
    kk: "бағыт бойынша қорытынды баға",
    ru: "итоговая оценка по направлению",
  },
  overall: {
    en: "the general score of the state body",
    kk: "мемлекеттік органның жалпы бағасы",
    ru: "общая оценка государственного органа",
  },
};

function phrases(subject: Subject): { up: Phrase; down: Phrase; same: Phrase } {
  const s = SUBJECT[subject];
  return {
    up: {
      en: (p) =>
        `Compared with ${p.previous}, ${s.en} rose by ${p.delta} points: ${p.prevScore} → ${p.score}.`,
      kk: (p) =>
        `${p.previous} жылмен салыстырғанда ${s.kk} ${p.delta} балға өсті: ${p.prevScore} → ${p.score}.`,
      ru: (p) =>
        `По сравнению с ${p.previous} годом ${s.ru} повысилась на ${p.delta} ${ruPoints(p.delta)}: ${p.prevScore} → ${p.score}.`,
    },
    down: {
      en: (p) =>
        `Compared with ${p.previous}, ${s.en} fell by ${p.delta} points: ${p.prevScore} → ${p.score}.`,
      kk: (p) =>
        `${p.previous} жылмен салыстырғанда ${s.kk} ${p.delta} балға төмендеді: ${p.prevScore} → ${p.score}.`,
      ru: (p) =>
        `По сравнению с ${p.previous} годом ${s.ru} снизилась на ${p.delta} ${ruPoints(p.delta)}: ${p.prevScore} → ${p.score}.`,
    },
    same: {
      en: (p) => `Compared with ${p.previous}, ${s.en} is unchanged: ${p.score} points.`,
      kk: (p) => `${p.previous} жылмен салыстырғанда ${s.kk} өзгерген жоқ: ${p.score} балл.`,
      ru: (p) => `По сравнению с ${p.previous} годом ${s.ru} не изменилась: ${p.score} ${ruPoints(p.score)}.`,
    },
  };
}

const LEVEL_CHANGED: Readonly<
  Record<Lang, (p: { previous: string; current: string; prevLevel: string; level: string }) => string>
> = {
  en: (p) => `Efficiency level: ${p.prevLevel} in ${p.previous}, ${p.level} in ${p.current}.`,
  kk: (p) => `Тиімділік деңгейі: ${p.previous} жылы – ${p.prevLevel}, ${p.current} жылы – ${p.level}.`,
  ru: (p) =>
    `Уровень эффективности: в ${p.previous} году – ${p.prevLevel}, в ${p.current} году – ${p.level}.`,
};

const EDITION_CHANGED: Readonly<Record<Lang, (p: { previous: string; edition: string }) => string>> = {
  en: (p) => `The ${p.previous} scores were computed under the methodology edition of ${p.edition}.`,
  kk: (p) => `${p.previous} жылғы бағалар әдістеменің ${p.edition} жылғы редакциясы бойынша есептелген.`,
  ru: (p) => `Оценки ${p.previous} года рассчитаны по редакции методики ${p.edition} года.`,
};

function changeSentence(c: Change, subject: Subject, comparison: Comparison, lang: Lang): string[] {
  if (typeof c.previous !== "number" || typeof c.current !== "number" || c.change === undefined) return [];
  const figures: Figures = {
    previous: comparison.previous.period,
    prevScore: printed(c.previous, lang),
    score: printed(c.current, lang),
    delta: printed(Math.abs(c.change), lang),
  };
  const p = phrases(subject);
  const phrase = c.change > 0 ? p.up : c.change < 0 ? p.down : p.same;
  const out = [phrase[lang](figures)];
  if (comparison.editionChanged)
    out.push(
      EDITION_CHANGED[lang]({ previous: comparison.previous.period, edition: comparison.previous.edition }),
    );
  return out;
}

function bodyOf(comparison: Comparison | undefined, id: string): BodyComparison | undefined {
  return comparison?.bodies.find((b) => b.id === id && b.presence === "both");
}

/** The sentence on a direction's change (annexes 3/4, 8, 12), or none when no previous figure is known. */
export function directionChangeSentences(
  comparison: Comparison | undefined,
  bodyId: string,
  direction: DirectionId,
  lang: Lang,
): string[] {
  const body = bodyOf(comparison, bodyId);
  return body ? changeSentence(body.directions[direction], "direction", comparison!, lang) : [];
}

/** The sentences on the general score's and the level's change (annex 15). */
export function overallChangeSentences(
  comparison: Comparison | undefined,
  bodyId: string,
  lang: Lang,
): string[] {
  const body = bodyOf(comparison, bodyId);
  if (!body) return [];
  const out = changeSentence(body.overall, "overall", comparison!, lang);
  const { previous, current, move } = body.level;
  if (previous && current && move && move !== "same")
    out.splice(1, 0, levelSentence(comparison!, previous, current, lang));
  return out;
}

function levelSentence(
  comparison: Comparison,
  previous: EfficiencyLevel,
  current: EfficiencyLevel,
  lang: Lang,
): string {
  return LEVEL_CHANGED[lang]({
    previous: comparison.previous.period,
    current: comparison.current.period,
    prevLevel: LEVEL_TERMS[previous][lang],
    level: LEVEL_TERMS[current][lang],
  });
}

interface ChangeableDrafts {
  conclusions(body: BodyResult, direction: DirectionId, lang: Lang): string[];
  overall(body: BodyResult, lang: Lang): string[];
}

/**
 * The drafts with the change added after the first paragraph of each direction's conclusions and
 * of the general conclusion. Without a comparison the drafts are returned as they are.
 */
export function withChange<D extends ChangeableDrafts>(drafts: D, comparison: Comparison | undefined): D {
  if (!comparison) return drafts;
  const insert = (paragraphs: string[], added: string[]) =>
    added.length ? [...paragraphs.slice(0, 1), ...added, ...paragraphs.slice(1)] : paragraphs;
  return {
    ...drafts,
    conclusions: (body, direction, lang) =>
      insert(
        drafts.conclusions(body, direction, lang),
        directionChangeSentences(comparison, body.id, direction, lang),
      ),
    overall: (body, lang) =>
      insert(drafts.overall(body, lang), overallChangeSentences(comparison, body.id, lang)),
  };
}
