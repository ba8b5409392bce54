/**
 * The words of the engine's explanations, in en/kk/ru, keyed by phrase id. An explanation carries
 * the ids and their parameters (see ./explain.ts); each language is rendered by lookup here, so the
 * formulas and numbers stay exactly as computed and a new phrase can never be mistranslated by an
 * older one. `{name}` marks a parameter: a number, or a term rendered in the same language.
 */
import type { Lang } from "../i18n/lang";

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
  receivedFrom: {
    en: "received from {from}, conclusion of {date}",
    kk: "{from} жіберген, {date} қорытындысы",
    ru: "получено от {from}, заключение от {date}",
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
  /** An indicator entered "na" keeps its maximum (I-15); kk/ru say it as the register's rule does. */
  notApplicable: { en: "[na]", kk: "[бағалауға жатпайды]", ru: "[не подлежит оценке]" },
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

/** The `{name}` placeholders of a template, as a union of names (checked at every call site). */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** The parameter names a phrase takes: those of its English text (a test checks kk/ru use the same). */
export type PhraseParamName<Id extends PhraseId> = Placeholders<(typeof EXPLAIN_PHRASES)[Id]["en"]>;
