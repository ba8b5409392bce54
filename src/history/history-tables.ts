/**
 * The workbook tables of the history of results (year over year), in the input template's format
 * (src/model/template-schema.ts): opeval_History (one row per period × body × value of the
 * engine's output) and opeval_BodyMap (a renamed or reorganised body: previous code → current
 * code). Neither is required: a workbook without them is a plain assessment. They are assembled
 * with the assessment's tables in src/workbook/input-template.ts.
 */
import type { TemplateColumn, TemplateTable } from "../model/template-schema";
import { term, type Term } from "../i18n/lang";

export const HISTORY_TABLE_NAME = "opeval_History";
export const BODY_MAP_TABLE_NAME = "opeval_BodyMap";

export type HistoryColumn =
  "period" | "body" | "name" | "type" | "item" | "value" | "explanation" | "edition" | "recorded";
export type BodyMapColumn = "previous" | "current" | "note";

export const HISTORY_HEADERS: Readonly<Record<HistoryColumn, Term>> = {
  period: term("Period", "Кезең", "Период"),
  body: term("Body code", "Орган коды", "Код органа"),
  name: term("Body name", "Органның атауы", "Наименование органа"),
  type: term("Body type", "Орган түрі", "Тип органа"),
  item: term("Value name", "Мәннің атауы", "Имя значения"),
  value: term("Value", "Мәні", "Значение"),
  explanation: term("Explanation", "Түсіндірме", "Пояснение"),
  edition: term("Methodology edition", "Әдістеме редакциясы", "Редакция методики"),
  recorded: term("Recorded on", "Жазылған күні", "Дата записи"),
};

export const BODY_MAP_HEADERS: Readonly<Record<BodyMapColumn, Term>> = {
  previous: term("Previous code", "Бұрынғы коды", "Прежний код"),
  current: term("Current code", "Қазіргі коды", "Текущий код"),
  note: term("Note", "Ескертпе", "Примечание"),
};

function column(
  key: string,
  header: Term,
  kind: TemplateColumn["kind"],
  width: number,
  help: Term,
  optional = false,
): TemplateColumn {
  return { key, header, kind, width, help, ...(optional ? { optional } : {}) };
}

export const HISTORY_TEMPLATE_TABLE: TemplateTable = {
  name: HISTORY_TABLE_NAME,
  // Not "History": Excel reserves that sheet name (track changes).
  sheet: term("Results history", "Нәтижелер тарихы", "История результатов"),
  title: term(
    "History of results by period (year over year)",
    "Кезеңдер бойынша нәтижелер тарихы (жылдан жылға)",
    "История результатов по периодам (год к году)",
  ),
  help: term(
    "Written by opeval (opeval history, or Generate conclusion in the pane): one row per period, body and value. Change = this year's value − last year's (XLOOKUP on period, body code and value name).",
    "opeval жазады (opeval history немесе панельдегі «Қорытынды жасау»): әр кезеңге, органға және мәнге бір жол. Өзгеріс = биылғы мән − өткен жылғы мән (кезең, орган коды және мән атауы бойынша XLOOKUP).",
    "Заполняется opeval (opeval history или «Сформировать заключение» в панели): одна строка на период, орган и значение. Изменение = значение этого года − прошлого (XLOOKUP по периоду, коду органа и имени значения).",
  ),
  required: false,
  columns: [
    column(
      "period",
      HISTORY_HEADERS.period,
      "text",
      10,
      term(
        "The assessed year, e.g. 2019.",
        "Бағаланған жыл, мысалы 2019.",
        "Оцениваемый год, например 2019.",
      ),
    ),
    column(
      "body",
      HISTORY_HEADERS.body,
      "text",
      16,
      term("The body's code in that period.", "Органның сол кезеңдегі коды.", "Код органа в том периоде."),
    ),
    column(
      "name",
      HISTORY_HEADERS.name,
      "text",
      40,
      term(
        "The body's name in that period.",
        "Органның сол кезеңдегі атауы.",
        "Наименование органа в том периоде.",
      ),
      true,
    ),
    column(
      "type",
      HISTORY_HEADERS.type,
      "bodyType",
      16,
      term("Central or local.", "Орталық немесе жергілікті.", "Центральный или местный."),
    ),
    column(
      "item",
      HISTORY_HEADERS.item,
      "text",
      18,
      term(
        "services.P1 … services.K3, openness.P1 … P5, complaints.R1 … R4, <direction>.total / penalty / final, <direction> (n/a), overall.score, overall.level.",
        "services.P1 … services.K3, openness.P1 … P5, complaints.R1 … R4, <бағыт>.total / penalty / final, <бағыт> (қолданылмайды), overall.score, overall.level.",
        "services.P1 … services.K3, openness.P1 … P5, complaints.R1 … R4, <направление>.total / penalty / final, <направление> (не применяется), overall.score, overall.level.",
      ),
    ),
    column(
      "value",
      HISTORY_HEADERS.value,
      "settingValue",
      14,
      term(
        "The score as the engine gave it (not truncated); the level as a word; n/a for a direction that does not apply.",
        "Есептеу нәтижесіндегі балл (қиылмаған); деңгей – сөзбен; қолданылмайтын бағытқа – қолданылмайды.",
        "Балл, как его дал расчет (без усечения); уровень – словом; для неприменимого направления – не применяется.",
      ),
    ),
    column(
      "explanation",
      HISTORY_HEADERS.explanation,
      "text",
      50,
      term(
        "The formula with the numbers of that period.",
        "Сол кезеңнің сандары қойылған формула.",
        "Формула с числами того периода.",
      ),
      true,
    ),
    column(
      "edition",
      HISTORY_HEADERS.edition,
      "text",
      12,
      term(
        "The methodology edition, e.g. 2020.",
        "Әдістеме редакциясы, мысалы 2020.",
        "Редакция методики, например 2020.",
      ),
    ),
    column(
      "recorded",
      HISTORY_HEADERS.recorded,
      "settingValue",
      14,
      term("When the row was recorded.", "Жол жазылған күн.", "Когда строка записана."),
      true,
    ),
  ],
};

export const BODY_MAP_TEMPLATE_TABLE: TemplateTable = {
  name: BODY_MAP_TABLE_NAME,
  sheet: term("Body map", "Органдар сәйкестігі", "Соответствие органов"),
  title: term(
    "Renamed or reorganised bodies: previous code → current code",
    "Атауы өзгерген немесе қайта ұйымдастырылған органдар: бұрынғы коды → қазіргі коды",
    "Переименованные или реорганизованные органы: прежний код → текущий код",
  ),
  help: term(
    "One row per body whose code changed; comparisons match the previous period's code to the current one.",
    "Коды өзгерген әр органға бір жол; салыстыру бұрынғы кезеңнің кодын қазіргісімен сәйкестендіреді.",
    "Одна строка на орган, код которого изменился; при сравнении прежний код сопоставляется с текущим.",
  ),
  required: false,
  columns: [
    column(
      "previous",
      BODY_MAP_HEADERS.previous,
      "text",
      18,
      term("The code in the earlier period.", "Бұрынғы кезеңдегі коды.", "Код в прежнем периоде."),
    ),
    column(
      "current",
      BODY_MAP_HEADERS.current,
      "text",
      18,
      term("The code now.", "Қазіргі коды.", "Код сейчас."),
    ),
    column(
      "note",
      BODY_MAP_HEADERS.note,
      "note",
      40,
      term(
        "E.g. the act of reorganisation.",
        "Мысалы, қайта ұйымдастыру актісі.",
        "Например, акт о реорганизации.",
      ),
      true,
    ),
  ],
};

export const HISTORY_TABLES: readonly TemplateTable[] = [HISTORY_TEMPLATE_TABLE, BODY_MAP_TEMPLATE_TABLE];
