/**
 * The words of the engine's explanations, in en/kk/ru, in one place. The engine writes its
 * explanations in English with `phrase()`; `localizeExplanation()` turns such a text into Kazakh or
 * Russian for display (task pane, `opeval score --lang`), phrase by phrase, so the formulas and
 * numbers stay exactly as computed. `{name}` marks a value (a number or a word) inside a phrase.
 */
import { LEVEL_TERMS, TABLE_TERMS } from "../model/terms";
import { fill } from "../i18n/lang";
import type { EfficiencyLevel, Lang } from "../model/types";

export const EXPLAIN_PHRASES = {
  facts: { en: "{n} facts", kk: "{n} факт", ru: "{n} факт." },
  hours: { en: "{n} h", kk: "{n} сағ", ru: "{n} ч" },
  clampedAtZero: { en: "(clamped at 0)", kk: "(0-ге дейін шектелді)", ru: "(ограничено нулём)" },
  clampedTo: {
    en: "(clamped to 0..{max})",
    kk: "(0..{max} аралығына шектелді)",
    ru: "(ограничено 0..{max})",
  },
  nothingRendered: {
    en: "(nothing rendered, no violation possible)",
    kk: "(қызмет көрсетілмеген, бұзушылық болуы мүмкін емес)",
    ru: "(услуги не оказывались, нарушение невозможно)",
  },
  baseExcludingOneDay: {
    en: "(b = {b} services excluding one-day types, of {all})",
    kk: "(b = бір жұмыс күндік түрлерсіз {b} қызмет, барлығы {all})",
    ru: "(b = {b} услуг без однодневных видов, из {all})",
  },
  p1FromCohort: {
    en: "no service in public monitoring: mean P1 of {n} monitored {type} bodies of the cohort",
    kk: "қызметтер қоғамдық мониторингке енгізілмеген: жиынтықтағы мониторингтен өткен {n} {type} органның орташа P1",
    ru: "услуги не были в общественном мониторинге: среднее P1 {n} органов типа {type} с мониторингом",
  },
  noServiceType: { en: "(no service type)", kk: "(қызмет түрі жоқ)", ru: "(нет видов услуг)" },
  noVolume: { en: "(no volume)", kk: "(көлем жоқ)", ru: "(нет объёма)" },
  allElectronic: {
    en: "all services already electronic",
    kk: "барлық қызметтер электрондық түрде",
    ru: "все услуги уже в электронном виде",
  },
  nothingReviewed: { en: "(nothing reviewed)", kk: "(ештеңе қаралмаған)", ru: "(ничего не рассматривалось)" },
  notChallenged: {
    en: "(no decision challenged in court)",
    kk: "(сотта ешбір шешімге шағым жасалмаған)",
    ru: "(ни одно решение не обжаловано в суде)",
  },
  noLateReview: {
    en: "(no late review to discipline)",
    kk: "(мерзімі бұзылып қаралған өтініш жоқ)",
    ru: "(нет рассмотренных с нарушением срока)",
  },
  exempt: { en: "[exempt, I-6]", kk: "[қолданылмайды, I-6]", ru: "[не применяется, I-6]" },
  noRequests: { en: "[§62 no request]", kk: "[62-т., сұрау жоқ]", ru: "[п. 62, запросов нет]" },
  noAudit: { en: "[§68 no audit]", kk: "[68-т., аудит жоқ]", ru: "[п. 68, аудита не было]" },
  noAnnouncement: {
    en: "[no announcement, I-14]",
    kk: "[хабарландыру жоқ, I-14]",
    ru: "[нет объявления, I-14]",
  },
  noQuestions: {
    en: "[no question received, I-7]",
    kk: "[сұрақ түспеген, I-7]",
    ru: "[вопросов не поступало, I-7]",
  },
  cohortMean: { en: "[cohort mean, I-13]", kk: "[жиынтық орташасы, I-13]", ru: "[среднее по когорте, I-13]" },
  notEntered: { en: "(not entered)", kk: "(толтырылмаған)", ru: "(не заполнено)" },
  noViolation: { en: "no violation", kk: "бұзушылық жоқ", ru: "нарушений нет" },
  tableCaps: {
    en: "each table ≤ {cap}, total ≤ {max}",
    kk: "әр кесте ≤ {cap}, барлығы ≤ {max}",
    ru: "каждая таблица ≤ {cap}, всего ≤ {max}",
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type PhraseId = keyof typeof EXPLAIN_PHRASES;

/** An explanation fragment in English (the engine's language). */
export function phrase(id: PhraseId, params: Record<string, string | number> = {}): string {
  return fill(EXPLAIN_PHRASES[id].en, params);
}

/** The level word as the engine writes it after "→". */
export function levelWord(level: EfficiencyLevel): string {
  return LEVEL_TERMS[level].en;
}

interface Rule {
  pattern: RegExp;
  names: string[];
  target: string;
}

const RULES = new Map<Lang, Rule[]>();

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function rulesFor(lang: Lang): Rule[] {
  let rules = RULES.get(lang);
  if (rules) return rules;
  const phrases = Object.values(EXPLAIN_PHRASES) as Record<Lang, string>[];
  // Longer phrases first, so that a phrase containing another is replaced whole.
  rules = phrases
    .sort((a, b) => b.en.length - a.en.length)
    .map((p) => {
      const names: string[] = [];
      const source = p.en
        .split(/(\{\w+\})/)
        .map((part) => {
          const m = /^\{(\w+)\}$/.exec(part);
          if (!m) return escape(part);
          names.push(m[1]!);
          return "([^\\s,()\\[\\]]+)";
        })
        .join("");
      // A phrase ends at a word's end: "{n} h" must not eat the "h" of "high".
      return { pattern: new RegExp(`${source}(?!\\p{L})`, "gu"), names, target: p[lang] };
    });
  const levels = Object.values(LEVEL_TERMS).map((t) => ({
    pattern: new RegExp(`→ ${escape(t.en)}$`, "gu"),
    names: [],
    target: `→ ${t[lang]}`,
  }));
  rules.unshift(...levels);
  RULES.set(lang, rules);
  return rules;
}

/** A value inside a phrase: a body type word is translated, numbers stay. */
function valueIn(value: string, lang: Lang): string {
  return value === "central" || value === "local" ? TABLE_TERMS[value][lang] : value;
}

/** An explanation text of the engine in `lang` (English is returned as it is). */
export function localizeExplanation(text: string, lang: Lang): string {
  if (lang === "en") return text;
  let out = text;
  for (const rule of rulesFor(lang)) {
    out = out.replace(rule.pattern, (...groups: unknown[]) =>
      fill(
        rule.target,
        Object.fromEntries(rule.names.map((n, i) => [n, valueIn(String(groups[i + 1]), lang)])),
      ),
    );
  }
  return out;
}
