/**
 * The kk/ru/en term catalogue: every user-facing name of a level, direction, body type or
 * criterion lives here once. Forms, the CLI table, the task pane and the custom functions read it.
 */
import type { DirectionId, EfficiencyLevel } from "./types";

export type { Term } from "../i18n/lang";
import type { Term } from "../i18n/lang";

export const LEVEL_TERMS: Readonly<Record<EfficiencyLevel, Term>> = {
  high: { en: "high", kk: "жоғары", ru: "высокий" },
  medium: { en: "medium", kk: "орташа", ru: "средний" },
  low: { en: "low", kk: "төмен", ru: "низкий" },
  ineffective: { en: "ineffective", kk: "тиімсіз", ru: "неэффективный" },
};

export const DIRECTION_TERMS: Readonly<Record<DirectionId, Term>> = {
  services: {
    en: "Quality of public services",
    kk: "Мемлекеттік қызметтерді көрсетудің сапасы",
    ru: "Качество оказания государственных услуг",
  },
  openness: {
    en: "Openness of the state body",
    kk: "Мемлекеттік органның ашықтығы",
    ru: "Открытость государственного органа",
  },
  complaints: {
    en: "Quality of review of complaints and applications",
    kk: "Шағымдар мен арыздарды қарау сапасы",
    ru: "Качество рассмотрения жалоб и заявлений",
  },
};

/** The automation criterion K3's direction word (§24, annex 5): its own authority's block and messages. */
export const AUTOMATION_TERM: Term = { en: "automation", kk: "автоматтандыру", ru: "автоматизация" };

/**
 * The Received table's name, its sheet's name and title (issue 24): here, not in the template's schema, because the
 * pane's import names them before that schema has loaded (it is a lazy chunk).
 */
export const RECEIVED_TABLE_NAME = "opeval_Received";
export const RECEIVED_SHEET_TERMS = {
  sheet: { en: "Received", kk: "Алынған қорытындылар", ru: "Полученные заключения" },
  title: {
    en: "Conclusions received from other authorities (openness, complaints, K3)",
    kk: "Басқа уәкілетті органдардан алынған қорытындылар (ашықтық, шағымдар, K3)",
    ru: "Заключения, полученные от других уполномоченных органов (открытость, жалобы, K3)",
  },
} as const satisfies Record<string, Term>;

/** Short column captions of the cohort table (CLI, task pane, ranking sheet). */
export const TABLE_TERMS = {
  id: { en: "id", kk: "код", ru: "код" },
  body: { en: "body", kk: "орган", ru: "орган" },
  type: { en: "type", kk: "түрі", ru: "тип" },
  services: { en: "services", kk: "қызметтер", ru: "услуги" },
  openness: { en: "openness", kk: "ашықтық", ru: "открытость" },
  complaints: { en: "complaints", kk: "шағымдар", ru: "жалобы" },
  overall: { en: "general", kk: "жалпы", ru: "общая" },
  level: { en: "level", kk: "деңгей", ru: "уровень" },
  central: { en: "central", kk: "орталық", ru: "ЦГО" },
  local: { en: "local", kk: "жергілікті", ru: "МИО" },
  na: { en: "n/a", kk: "қолданылмайды", ru: "не применяется" },
  missing: { en: "—", kk: "—", ru: "—" },
} as const satisfies Record<string, Term>;

/** The blocks of opeval_Authorities besides a body's own: the authorities of §5 and §24, by their direction's word. */
export const AUTHORITY_BLOCK_TERMS = {
  services: TABLE_TERMS.services,
  automation: AUTOMATION_TERM,
  openness: TABLE_TERMS.openness,
  complaints: TABLE_TERMS.complaints,
} as const satisfies Record<string, Term>;

/**
 * The authority that assesses each direction (§5, §24), named as the analyst's guide names it
 * («Кім кімді бағалайды», «Кто кого оценивает»): the task pane's "Template for" choice.
 */
export const DIRECTION_AUTHORITY_TERMS = {
  services: { en: "Agency", kk: "Агенттік", ru: "Агентство" },
  automation: {
    en: "Ministry of Digital Development",
    kk: "Цифрлық даму министрлігі",
    ru: "Министерство цифрового развития",
  },
  openness: {
    en: "Ministry of Information and Social Development",
    kk: "Ақпарат және қоғамдық даму министрлігі",
    ru: "Министерство информации и общественного развития",
  },
  // The Prosecutor General's Office committee (TERMS-RU: «Комитет по правовой статистике и
  // специальным учетам»), named without "of the Prosecutor General's Office" to fit the pane.
  complaints: {
    en: "Committee on Legal Statistics and Special Records",
    kk: "Құқықтық статистика және арнайы есепке алу жөніндегі комитет",
    ru: "Комитет по правовой статистике и специальным учетам",
  },
} as const satisfies Record<keyof typeof AUTHORITY_BLOCK_TERMS, Term>;
