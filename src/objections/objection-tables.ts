/**
 * The workbook tables of the objections procedure, in the input template's format
 * (src/model/template-schema.ts): opeval_Objections (one row per correction; rows sharing № are one
 * objection) and opeval_Holidays (the user's days that win over the built-in calendar). Neither is
 * required: a workbook without them is a plain assessment.
 */
import type { TemplateColumn, TemplateTable } from "../model/template-schema";
import { term } from "../i18n/lang";
import type { Term } from "../model/model-terms";
import {
  HOLIDAYS_TABLE,
  HOLIDAY_HEADERS,
  OBJECTIONS_TABLE,
  OBJECTION_HEADERS,
  type HolidayColumn,
  type ObjectionColumn,
} from "./objection-terms";

type Kind = TemplateColumn["kind"];

function objectionColumn(
  key: ObjectionColumn,
  kind: Kind,
  width: number,
  help: Term,
  source?: string,
): TemplateColumn {
  return {
    key,
    header: OBJECTION_HEADERS[key],
    kind,
    width,
    help,
    ...(source ? { source } : {}),
    ...(key === "no" || key === "body" || key === "direction" ? {} : { optional: true }),
  };
}

const DATE_HELP = term(
  "A date (DD.MM.YYYY or a date cell).",
  "Күні (КК.АА.ЖЖЖЖ немесе күн форматындағы ұяшық).",
  "Дата (ДД.ММ.ГГГГ или ячейка с датой).",
);

export const OBJECTIONS_TEMPLATE_TABLE: TemplateTable = {
  name: OBJECTIONS_TABLE,
  sheet: term("Objections", "Қарсылықтар", "Возражения"),
  title: term(
    "Objections to the conclusions and the commission's decisions (chapter 7, annex 14)",
    "Қорытындыларға қарсылықтар және комиссия шешімдері (7-тарау, 14-қосымша)",
    "Возражения на заключения и решения комиссии (глава 7, прил. 14)",
  ),
  help: term(
    "One row per objection; for several corrected values add rows with the same № (other cells may stay blank).",
    "Әр қарсылыққа бір жол; бірнеше мәнді түзету үшін сол № бар жолдар қосыңыз (басқа ұяшықтар бос қалуы мүмкін).",
    "Одна строка на возражение; для нескольких исправленных значений добавьте строки с тем же № (остальные ячейки можно не заполнять).",
  ),
  required: false,
  columns: [
    objectionColumn("no", "count", 6, term("Objection number.", "Қарсылық нөмірі.", "Номер возражения.")),
    objectionColumn(
      "body",
      "bodyRef",
      24,
      term(
        "Code of the body from the Bodies sheet.",
        "«Органдар» парағындағы орган коды.",
        "Код органа с листа «Органы».",
      ),
    ),
    objectionColumn(
      "direction",
      "direction",
      18,
      term(
        "Services, openness or complaints.",
        "Қызметтер, ашықтық немесе шағымдар.",
        "Услуги, открытость или жалобы.",
      ),
    ),
    objectionColumn(
      "item",
      "text",
      16,
      term(
        "Disputed item: K1, K2, K3, M1, M2, P1…P5, R1…R4, total, penalty, final, or a short text.",
        "Даулы тармақ: K1, K2, K3, M1, M2, P1…P5, R1…R4, total, penalty, final немесе қысқа мәтін.",
        "Оспариваемый пункт: K1, K2, K3, M1, M2, P1…P5, R1…R4, total, penalty, final или краткий текст.",
      ),
      "annex 14, col. 2",
    ),
    objectionColumn(
      "objection",
      "text",
      50,
      term(
        "The objection and its grounds.",
        "Қарсылық және оның негіздемесі.",
        "Возражение и его обоснование.",
      ),
      "annex 14, col. 3",
    ),
    objectionColumn("conclusionReceived", "settingValue", 14, DATE_HELP, "§102"),
    objectionColumn("submitted", "settingValue", 14, DATE_HELP, "§102, §104"),
    objectionColumn(
      "decision",
      "text",
      16,
      term(
        "Accepted or rejected; blank while pending.",
        "Қабылданды немесе қабылданбады; қаралғанға дейін бос.",
        "Принято или не принято; пусто до рассмотрения.",
      ),
      "§107",
    ),
    objectionColumn("decisionDate", "settingValue", 14, DATE_HELP, "§107"),
    objectionColumn(
      "note",
      "text",
      36,
      term("The commission's reasons.", "Комиссияның негіздемесі.", "Обоснование комиссии."),
      "annex 14, col. 4",
    ),
    objectionColumn(
      "field",
      "text",
      28,
      term(
        "Input field the accepted objection corrects, e.g. services.late, complaints.disciplined; a fact of the act: unreliable.complaints[1] (the second; value «remove» removes it, a text replaces it), unreliable.complaints[1].ru.",
        "Қабылданған қарсылық түзететін өріс, мысалы services.late, complaints.disciplined; актінің фактісі: unreliable.complaints[1] (екіншісі; «алып тастау» мәні оны алып тастайды, мәтін оны ауыстырады), unreliable.complaints[1].ru.",
        "Поле исходных данных, которое исправляет принятое возражение, например services.late, complaints.disciplined; факт акта: unreliable.complaints[1] (второй; значение «исключить» исключает его, текст заменяет), unreliable.complaints[1].ru.",
      ),
    ),
    objectionColumn(
      "value",
      "settingValue",
      14,
      term("The corrected value.", "Түзетілген мән.", "Исправленное значение."),
    ),
    objectionColumn(
      "ruObjection",
      "text",
      50,
      term(
        "The objection in Russian, for annex 14 in Russian (the Kazakh text is printed where it is blank).",
        "Қарсылық орыс тілінде, орыс тіліндегі 14-қосымша үшін (бос болса, қазақша мәтін басылады).",
        "Возражение на русском языке для приложения 14 на русском (если пусто, печатается казахский текст).",
      ),
      "annex 14, col. 3",
    ),
    objectionColumn(
      "ruNote",
      "text",
      36,
      term(
        "The commission's reasons in Russian (the Kazakh text is printed where it is blank).",
        "Комиссияның негіздемесі орыс тілінде (бос болса, қазақша мәтін басылады).",
        "Обоснование комиссии на русском языке (если пусто, печатается казахский текст).",
      ),
      "annex 14, col. 4",
    ),
  ],
};

function holidayColumn(
  key: HolidayColumn,
  kind: Kind,
  width: number,
  help: Term,
  optional = false,
): TemplateColumn {
  return { key, header: HOLIDAY_HEADERS[key], kind, width, help, ...(optional ? { optional } : {}) };
}

export const HOLIDAYS_TEMPLATE_TABLE: TemplateTable = {
  name: HOLIDAYS_TABLE,
  sheet: term("Holidays", "Мерекелер", "Праздники"),
  title: term(
    "Days that differ from the built-in calendar (new transfers, confirmed Kurban Ait)",
    "Кірістірілген күнтізбеден өзгеше күндер (жаңа ауыстырулар, бекітілген Құрбан айт)",
    "Дни, отличающиеся от встроенного календаря (новые переносы, утверждённый Курбан айт)",
  ),
  help: term(
    "One row per day: the row wins over the built-in calendar of 2019–2026 for deadlines.",
    "Әр күнге бір жол: мерзімдерді есептегенде жол кірістірілген 2019–2026 күнтізбесінен басым.",
    "Одна строка на день: при расчёте сроков строка важнее встроенного календаря 2019–2026.",
  ),
  required: false,
  columns: [
    holidayColumn("date", "settingValue", 14, DATE_HELP),
    holidayColumn(
      "kind",
      "text",
      20,
      term(
        "working or non-working (жұмыс / демалыс, рабочий / нерабочий).",
        "жұмыс немесе демалыс (working / non-working, рабочий / нерабочий).",
        "рабочий или нерабочий (жұмыс / демалыс, working / non-working).",
      ),
    ),
    holidayColumn(
      "note",
      "text",
      50,
      term("The act or reason.", "Акт немесе себебі.", "Акт или причина."),
      true,
    ),
  ],
};
