/**
 * Messages the custom functions (OPEVAL.*) add to the problem catalogue: things only a formula can
 * get wrong (a range of the wrong size, an unknown indicator name). Same shape and placeholders as
 * PROBLEM_MESSAGES; `functionReason` renders these and the argument messages the functions share
 * with the engine (ARGUMENT_MESSAGES) — never the whole catalogue, which functions.js does not carry.
 */
import { ARGUMENT_MESSAGES, type ArgumentProblemCode } from "./argument-problems";
import { fillTemplate, type ProblemParams } from "./problem-text";
import type { Lang } from "./types";

export const FUNCTION_MESSAGES = {
  wrongRangeSize: {
    en: "the range must hold {expected} cells (annex 10 order: {keys}), got {got}",
    kk: "ауқымда {expected} ұяшық болуы тиіс (10-қосымша реті: {keys}), берілгені: {got}",
    ru: "диапазон должен содержать {expected} ячеек (порядок приложения 10: {keys}), получено: {got}",
  },
  unknownIndicator: {
    en: "unknown indicator {got}; known: {known}",
    kk: "белгісіз көрсеткіш {got}; белгілілері: {known}",
    ru: "неизвестный показатель {got}; известные: {known}",
  },
  unknownLang: {
    en: "language must be kk, ru or en, got {got}",
    kk: "тіл kk, ru немесе en болуы тиіс, берілгені: {got}",
    ru: "язык должен быть kk, ru или en, получено: {got}",
  },
  targetAboveMax: {
    en: "the target {target} is above the maximum {max} of {indicator}: no figure reaches it",
    kk: "{target} мақсаты {indicator} көрсеткішінің ең жоғары мәнінен ({max}) асады: оған жету мүмкін емес",
    ru: "цель {target} выше максимума {max} показателя {indicator}: её нельзя достичь",
  },
  classifiedNeedsMean: {
    en: "the budget is classified: give the mean open budget score of the cohort's {type} bodies (I-13)",
    kk: "бюджет құпия: жиынтықтағы {type} органдардың ашық бюджет бойынша орташа балын беріңіз (I-13)",
    ru: "бюджет засекречен: укажите средний балл открытого бюджета органов типа {type} в когорте (I-13)",
  },
  classifiedExempt: {
    en: "the budget is classified and the body is exempt from budget indicators: give the mean open budget score of the cohort's {type} bodies, each scored with this body's exemptions (exemptCohortMean, I-6, I-13)",
    kk: "бюджет құпия және органның бюджет көрсеткіштері бойынша ерекшелігі бар: жиынтықтағы {type} органдардың ашық бюджет бойынша орташа балын беріңіз, әрқайсысы осы органның ерекшеліктерімен есептелсін (exemptCohortMean, I-6, I-13)",
    ru: "бюджет засекречен, и у органа есть исключённые показатели бюджета: укажите средний балл открытого бюджета органов типа {type} в когорте, каждый рассчитанный с исключениями этого органа (exemptCohortMean, I-6, I-13)",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type FunctionProblemCode = keyof typeof FUNCTION_MESSAGES;

/** A code a custom function can raise: one of its own, or one it shares with the engine. */
export type FunctionErrorCode = ArgumentProblemCode | FunctionProblemCode;

/** The reason of a code a function raises, with its parameters filled in. */
export function functionReason(code: FunctionErrorCode, params: ProblemParams, lang: Lang = "en"): string {
  const templates =
    code in FUNCTION_MESSAGES
      ? FUNCTION_MESSAGES[code as FunctionProblemCode]
      : ARGUMENT_MESSAGES[code as ArgumentProblemCode];
  return fillTemplate(templates[lang], params, lang);
}
