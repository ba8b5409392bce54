/**
 * Words of the objections procedure (kk/ru/en): table headers of opeval_Objections and
 * opeval_Holidays, the words accepted in their cells, captions of the comparison and log sheets.
 * The one copy of these strings; annex 14 itself takes its wording from src/forms/form-terms.ts.
 */
import { DIRECTION_TERMS, TABLE_TERMS, type Term } from "../model/model-terms";
import { DIRECTIONS, type DirectionId } from "../model/types";

const EXTRA_DIRECTION_WORDS: Readonly<Record<DirectionId, readonly string[]>> = {
  services: ["service", "қызмет", "госуслуги"],
  openness: [],
  complaints: ["шағым", "жалобы и заявления"],
};

export const OBJECTIONS_TABLE = "opeval_Objections";
export const HOLIDAYS_TABLE = "opeval_Holidays";
export const LOG_TABLE = "opeval_Log";

/** Column keys of opeval_Objections, in sheet order. One row per correction; rows sharing № are one objection. */
export const OBJECTION_COLUMNS = [
  "no",
  "body",
  "direction",
  "item",
  "objection",
  "conclusionReceived",
  "submitted",
  "decision",
  "decisionDate",
  "note",
  "field",
  "value",
  // Added after the columns workbooks already have, so their layout stays valid.
  "ruObjection",
  "ruNote",
] as const;
export type ObjectionColumn = (typeof OBJECTION_COLUMNS)[number];

export const OBJECTION_HEADERS: Readonly<Record<ObjectionColumn, Term>> = {
  no: { en: "No.", kk: "№", ru: "№" },
  body: { en: "Body (id)", kk: "Орган (коды)", ru: "Орган (код)" },
  direction: { en: "Direction", kk: "Бағыт", ru: "Направление" },
  item: { en: "Conclusion item", kk: "Қорытынды тармағы", ru: "Пункт заключения" },
  objection: { en: "Objection and grounds", kk: "Қарсылық және негіздеме", ru: "Возражение и обоснование" },
  conclusionReceived: {
    en: "Conclusion received on",
    kk: "Қорытындыны алған күні",
    ru: "Дата получения заключения",
  },
  submitted: { en: "Objection received on", kk: "Қарсылық түскен күні", ru: "Дата поступления возражения" },
  decision: { en: "Commission decision", kk: "Комиссия шешімі", ru: "Решение комиссии" },
  decisionDate: { en: "Decision date", kk: "Шешім күні", ru: "Дата решения" },
  note: { en: "Commission note", kk: "Комиссия ескертпесі", ru: "Примечание комиссии" },
  field: { en: "Corrected field", kk: "Түзетілетін өріс", ru: "Исправляемое поле" },
  ruObjection: {
    en: "Objection and grounds, in Russian",
    kk: "Қарсылық және негіздеме, орыс тілінде",
    ru: "Возражение и обоснование на русском языке",
  },
  ruNote: {
    en: "Commission note, in Russian",
    kk: "Комиссия ескертпесі, орыс тілінде",
    ru: "Примечание комиссии на русском языке",
  },
  value: { en: "New value", kk: "Жаңа мән", ru: "Новое значение" },
};

export const HOLIDAY_COLUMNS = ["date", "kind", "note"] as const;
export type HolidayColumn = (typeof HOLIDAY_COLUMNS)[number];

export const HOLIDAY_HEADERS: Readonly<Record<HolidayColumn, Term>> = {
  date: { en: "Date", kk: "Күні", ru: "Дата" },
  kind: { en: "Working / non-working", kk: "Жұмыс / демалыс", ru: "Рабочий / нерабочий" },
  note: { en: "Note (act, reason)", kk: "Ескертпе (акт, себебі)", ru: "Примечание (акт, причина)" },
};

export const DECISION_WORDS: Readonly<Record<"accepted" | "rejected", readonly string[]>> = {
  accepted: [
    "accepted",
    "accept",
    "қабылданды",
    "қабылдансын",
    "принято",
    "принята",
    "принят",
    "удовлетворено",
  ],
  rejected: [
    "rejected",
    "reject",
    "not accepted",
    "қабылданбады",
    "қабылданбасын",
    "не принято",
    "не принята",
    "не принят",
    "отклонено",
    "отказано",
  ],
};

/**
 * The words of a correction's value cell that remove a fact of the act (`unreliable.complaints[1]`):
 * the table's way of writing JSON's `null`.
 */
export const REMOVE_FACT_WORDS: readonly string[] = [
  "remove",
  "delete",
  "алып тастау",
  "алынып тасталсын",
  "жою",
  "исключить",
  "удалить",
];

/** Direction words: the keys, the short captions and the full names in every language. */
export const DIRECTION_WORDS: Readonly<Record<DirectionId, readonly string[]>> = Object.fromEntries(
  DIRECTIONS.map((d) => [
    d,
    [
      d,
      ...Object.values(TABLE_TERMS[d]),
      ...Object.values(DIRECTION_TERMS[d]),
      ...EXTRA_DIRECTION_WORDS[d],
    ].map((w) => w.toLowerCase().replace(/ё/g, "е")),
  ]),
) as unknown as Record<DirectionId, readonly string[]>;

export const OUTCOME_TERMS = {
  accepted: { en: "accepted", kk: "қабылданды", ru: "принято" },
  rejected: { en: "rejected", kk: "қабылданбады", ru: "не принято" },
  late: {
    en: "not accepted: sent after the deadline (§104)",
    kk: "қабылданбады: белгіленген мерзім өткеннен кейін жіберілген (104-т.)",
    ru: "не принято: подано после установленного срока (п. 104)",
  },
  pending: { en: "pending", kk: "қаралуда", ru: "на рассмотрении" },
} as const satisfies Record<string, Term>;

/** Annex 14 column 4, after «Қабылданбады», when an objection came too late: `{submitted}`, `{deadline}`. */
export const LATE_NOTE: Term = {
  en: "Received on {submitted}, after the deadline {deadline} (§104)",
  kk: "{submitted} күні келіп түсті, мерзімі {deadline} күні өткен (104-т.)",
  ru: "Поступило {submitted}, после срока {deadline} (п. 104)",
};

/**
 * The paragraph under the heading of a conclusion re-issued after objections (§108: corrected
 * conclusions are sent to the bodies that objected). FORMS.md has no official sentence for it: these
 * are opeval's. `{dates}`: the commission's decision dates; `{indicators}`: the indicators the body
 * takes from its peers (I-2, I-13), each «name».
 */
export const REISSUE_TERMS = {
  own: {
    en: "This conclusion is re-issued with corrections after the special commission considered the objections of the assessed state body (decision of {dates}).",
    kk: "Қорытынды бағаланатын мемлекеттік органның қарсылықтары арнайы комиссияда қаралғаннан кейін түзетіліп қайта берілді (комиссияның {dates} шешімі).",
    ru: "Заключение выдано повторно, с исправлениями, после рассмотрения возражений оцениваемого государственного органа специальной комиссией (решение комиссии от {dates}).",
  },
  ownUndated: {
    en: "This conclusion is re-issued with corrections after the special commission considered the objections of the assessed state body.",
    kk: "Қорытынды бағаланатын мемлекеттік органның қарсылықтары арнайы комиссияда қаралғаннан кейін түзетіліп қайта берілді.",
    ru: "Заключение выдано повторно, с исправлениями, после рассмотрения возражений оцениваемого государственного органа специальной комиссией.",
  },
  others: {
    en: "This conclusion is re-issued with corrections: the special commission corrected the data of other state bodies on their objections (decision of {dates}), and the indicator {indicators} of this body is computed as the mean over bodies of the same type.",
    kk: "Қорытынды түзетіліп қайта берілді: арнайы комиссия басқа мемлекеттік органдардың қарсылықтары бойынша олардың деректерін түзетті (комиссияның {dates} шешімі), ал осы органның {indicators} көрсеткіші сол түрдегі органдардың орташа мәні бойынша есептеледі.",
    ru: "Заключение выдано повторно, с исправлениями: специальная комиссия по возражениям других государственных органов исправила их данные (решение комиссии от {dates}), а показатель {indicators} данного органа рассчитывается как среднее по органам того же вида.",
  },
  othersUndated: {
    en: "This conclusion is re-issued with corrections: the special commission corrected the data of other state bodies on their objections, and the indicator {indicators} of this body is computed as the mean over bodies of the same type.",
    kk: "Қорытынды түзетіліп қайта берілді: арнайы комиссия басқа мемлекеттік органдардың қарсылықтары бойынша олардың деректерін түзетті, ал осы органның {indicators} көрсеткіші сол түрдегі органдардың орташа мәні бойынша есептеледі.",
    ru: "Заключение выдано повторно, с исправлениями: специальная комиссия по возражениям других государственных органов исправила их данные, а показатель {indicators} данного органа рассчитывается как среднее по органам того же вида.",
  },
  /** Annex 14, column 4: an accepted objection whose corrections change no score. */
  noScoreChange: {
    en: "The correction does not change the scores.",
    kk: "Түзету балдарды өзгертпейді.",
    ru: "Исправление не изменяет баллы.",
  },
} as const satisfies Record<string, Term>;

/** The `opeval objections` summary on the terminal and the comparison sheet. */
export const REVIEW_TERMS = {
  title: { en: "Objections", kk: "Қарсылықтар", ru: "Возражения" },
  deadline: { en: "deadline", kk: "мерзімі", ru: "срок" },
  commissionDeadline: { en: "commission by", kk: "комиссия мерзімі", ru: "срок комиссии" },
  outcome: { en: "outcome", kk: "нәтижесі", ru: "итог" },
  body: { en: "body", kk: "орган", ru: "орган" },
  direction: { en: "direction", kk: "бағыт", ru: "направление" },
  indicator: { en: "indicator", kk: "көрсеткіш", ru: "показатель" },
  before: { en: "before", kk: "шағымдануға дейін", ru: "до обжалования" },
  after: { en: "after", kk: "шағымданудан кейін", ru: "после обжалования" },
  difference: { en: "change", kk: "өзгеріс", ru: "изменение" },
  overall: { en: "general assessment", kk: "жалпы бағалау", ru: "общая оценка" },
  level: { en: "efficiency level", kk: "тиімділік деңгейі", ru: "уровень эффективности" },
  noChanges: {
    en: "no accepted objection changed a score",
    kk: "қабылданған қарсылықтардың ешқайсысы баллды өзгертпеді",
    ru: "ни одно принятое возражение не изменило баллы",
  },
  comparisonTitle: {
    en: "Scores before and after the appeal",
    kk: "Шағымдануға дейінгі және кейінгі баллдар",
    ru: "Баллы до и после обжалования",
  },
  comparisonSheet: { en: "Before-after", kk: "Дейін-кейін", ru: "До-после" },
  /** Marks the sheet name of a corrected conclusion. */
  corrected: { en: "corr", kk: "түз", ru: "испр" },
  correctedTitle: {
    en: "CORRECTED after accepted objections",
    kk: "ҚАБЫЛДАНҒАН ҚАРСЫЛЫҚТАРДАН КЕЙІН ТҮЗЕТІЛГЕН",
    ru: "ИСПРАВЛЕНО по принятым возражениям",
  },
} as const satisfies Record<string, Term>;

export const LOG_COLUMNS = [
  "entry",
  "recorded",
  "who",
  "decided",
  "body",
  "direction",
  "objection",
  "source",
  "field",
  "oldValue",
  "newValue",
] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

export const LOG_HEADERS: Readonly<Record<LogColumn, Term>> = {
  entry: { en: "No.", kk: "№", ru: "№" },
  recorded: { en: "Recorded on", kk: "Жазылған күні", ru: "Дата записи" },
  who: { en: "Recorded by", kk: "Кім жазды", ru: "Кем внесено" },
  decided: { en: "Commission decision of", kk: "Комиссия шешімінің күні", ru: "Дата решения комиссии" },
  body: { en: "Body", kk: "Орган", ru: "Орган" },
  direction: { en: "Direction", kk: "Бағыт", ru: "Направление" },
  objection: { en: "Objection No.", kk: "Қарсылық №", ru: "Возражение №" },
  source: { en: "Objection row", kk: "Қарсылық жолы", ru: "Строка возражения" },
  field: { en: "Field", kk: "Өріс", ru: "Поле" },
  oldValue: { en: "Old value", kk: "Бұрынғы мән", ru: "Прежнее значение" },
  newValue: { en: "New value", kk: "Жаңа мән", ru: "Новое значение" },
};

/**
 * The columns of the objections review, as the terminal table shows them; the comparison sheet
 * adds the commission's deadline after them.
 */
export function reviewHeader(lang: "kk" | "ru" | "en"): string[] {
  const h = OBJECTION_HEADERS;
  const t = REVIEW_TERMS;
  return [
    h.no[lang],
    t.body[lang],
    t.direction[lang],
    h.item[lang],
    h.conclusionReceived[lang],
    t.deadline[lang],
    h.submitted[lang],
    t.outcome[lang],
  ];
}
