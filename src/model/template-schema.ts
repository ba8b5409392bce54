/**
 * The input template as data: which Excel tables (ListObjects) a workbook holds, on which sheet,
 * with which columns. Both workbook adapters (Office.js in src/excel/, exceljs in src/xlsx/) and
 * the one table parser (./tables.ts) read this; nothing else knows the layout.
 *
 * A column is identified by its stable `key`; its header is shown in the analyst's language, and
 * the reader accepts the header in ANY of kk/ru/en (or the bare key), in any column order, so a
 * workbook built in Kazakh reads the same for a Russian user.
 *
 * Extending: a new assessment table is one more entry in ASSESSMENT_TABLES; tables of other
 * procedures (objections, holidays) are defined in their own layer and assembled with these in
 * src/workbook/input-template.ts. Rendering: ./template-sheets.ts; model → rows: ./template-rows.ts.
 */
import type { OpennessTableId } from "../edition/2020";
import { term } from "../i18n/lang";
import { RECEIVED_SHEET_TERMS, RECEIVED_TABLE_NAME, TABLE_TERMS, type Term } from "./model-terms";
import type { Lang } from "./types";

/** What a column holds; the reader converts and checks a cell by this. */
export type ColumnKind =
  | "text" // free text (names, facts)
  | "bodyRef" // a body's code or name from opeval_Bodies
  | "bodyType" // central / local, in any language
  | "exemption" // National Bank / Defence (I-6), blank for none
  | "applicability" // blank = assessed, "n/a" = direction not applicable (I-16)
  | "count" // whole number ≥ 0
  | "nonNegative" // number ≥ 0
  | "rating" // 0..5
  | "weight" // number ≥ 0
  | "yesNo" // yes/no, TRUE/FALSE
  | "direction" // services / openness / complaints
  | "opennessTable" // open data / budget / NPA / dialogue / subordinate
  | "indicator" // annex 10 leaf number, e.g. "1.1"
  | "fulfilment" // 0..1, "na", yes/no; or for subordinate rows yes/no or a count
  | "settingKey"
  | "settingValue"
  | "receivedDirection" // openness / complaints / automation (opeval_Received)
  | "score" // a received score ≥ 0 (its maximum is checked by the parser)
  | "date" // an Excel date, or text dd.mm.yyyy / YYYY-MM-DD (read as YYYY-MM-DD)
  | "note"; // shown to the analyst, ignored by the reader

export interface TemplateColumn {
  /** Stable, language-neutral identity of the column (also accepted as a header). */
  key: string;
  header: Term;
  kind: ColumnKind;
  /** Width in characters (headers wrap). */
  width: number;
  /** Paragraph of the methodology (or interpretation) the field comes from. */
  source?: string;
  /** One sentence for the instructions sheet. */
  help: Term;
  /** The reader does not complain when the column is absent (notes, optional extras). */
  optional?: boolean;
}

export interface TemplateTable {
  /** Excel table name: stable, language-neutral, unique in the workbook. */
  name: string;
  sheet: Term;
  title: Term;
  help: Term;
  columns: TemplateColumn[];
  /** A workbook without this table is invalid input (default true). */
  required?: boolean;
}

/** Values the analyst picks from a list, shown in the sheet's language (the reader accepts any language). */
export const CHOICE_TERMS = {
  central: TABLE_TERMS.central,
  local: TABLE_TERMS.local,
  nationalBank: term("National Bank", "Ұлттық Банк", "Национальный Банк"),
  defence: term("Ministry of Defence", "Қорғаныс министрлігі", "Министерство обороны"),
  na: TABLE_TERMS.na,
  yes: term("yes", "иә", "да"),
  no: term("no", "жоқ", "нет"),
  services: TABLE_TERMS.services,
  openness: TABLE_TERMS.openness,
  complaints: TABLE_TERMS.complaints,
} as const satisfies Record<string, Term>;

/** The openness tables of the long openness table, and the subordinate-organisation violations. */
export type OpennessRowTable = OpennessTableId | "subordinate";
export const OPENNESS_ROW_TABLES: readonly OpennessRowTable[] = [
  "openData",
  "openBudget",
  "openNpa",
  "openDialogue",
  "subordinate",
];
export const OPENNESS_TABLE_TERMS: Readonly<Record<OpennessRowTable, Term>> = {
  openData: term("open data", "ашық деректер", "открытые данные"),
  openBudget: term("open budget", "ашық бюджет", "открытый бюджет"),
  openNpa: term("open NPA", "ашық НҚА", "открытые НПА"),
  openDialogue: term("open dialogue", "ашық диалог", "открытый диалог"),
  subordinate: term(
    "subordinate organisations",
    "ведомстволық бағынысты ұйымдар",
    "подведомственные организации",
  ),
};

const bodyColumn: TemplateColumn = {
  key: "body",
  header: term("Body (code or name)", "Орган (коды немесе атауы)", "Орган (код или наименование)"),
  kind: "bodyRef",
  width: 34,
  help: term(
    "The code (or, without a code, the name) of a body of the Bodies sheet.",
    "«Органдар» парағындағы органның коды (код болмаса – атауы).",
    "Код (а при его отсутствии – наименование) органа с листа «Органы».",
  ),
};

const count = (
  key: string,
  header: Term,
  source: string,
  help: Term,
  extra: Partial<TemplateColumn> = {},
): TemplateColumn => ({ key, header, kind: "count", width: 18, source, help, ...extra });

const representativeColumn = (key: string, header: Term, help: Term): TemplateColumn => ({
  key,
  header,
  kind: "text",
  width: 30,
  source: "annex 1, annex 14",
  optional: true,
  help,
});

/** The body's representative on annex 1 and annex 14 (`bodies[].representative`). */
const REPRESENTATIVE_COLUMNS: TemplateColumn[] = [
  representativeColumn(
    "representativePosition",
    term("Representative: position", "Өкілі: лауазымы", "Представитель: должность"),
    term(
      "The assessed body's representative who signs annex 1 and annex 14.",
      "1 және 14-қосымшаларға қол қоятын бағаланатын органның өкілі.",
      "Представитель оцениваемого органа, подписывающий приложения 1 и 14.",
    ),
  ),
  representativeColumn(
    "representativeName",
    term("Representative: name", "Өкілі: аты-жөні", "Представитель: Ф.И.О."),
    term(
      "Printed under the signature line.",
      "Қол қою жолының астында басылады.",
      "Печатается под линией подписи.",
    ),
  ),
  representativeColumn(
    "ruRepresentativePosition",
    term(
      "Representative: position in Russian",
      "Өкілі: лауазымы орыс тілінде",
      "Представитель: должность на русском языке",
    ),
    term(
      "For the Russian forms; blank = the Kazakh text.",
      "Орыс тіліндегі нысандар үшін; бос болса, қазақша мәтін.",
      "Для русских форм; если пусто, казахский текст.",
    ),
  ),
  representativeColumn(
    "ruRepresentativeName",
    term(
      "Representative: name in Russian",
      "Өкілі: аты-жөні орыс тілінде",
      "Представитель: Ф.И.О. на русском языке",
    ),
    term(
      "For the Russian forms; blank = the Kazakh text.",
      "Орыс тіліндегі нысандар үшін; бос болса, қазақша мәтін.",
      "Для русских форм; если пусто, казахский текст.",
    ),
  ),
];

export const BODIES_TABLE: TemplateTable = {
  name: "opeval_Bodies",
  sheet: term("Bodies", "Органдар", "Органы"),
  title: term("Bodies assessed", "Бағаланатын органдар", "Оцениваемые органы"),
  help: term(
    "One row per body. The code links the rows of the other sheets to the body.",
    "Әр органға бір жол. Код басқа парақтардағы жолдарды органмен байланыстырады.",
    "Одна строка на орган. Код связывает строки других листов с органом.",
  ),
  columns: [
    {
      key: "id",
      header: term("Body code", "Орган коды", "Код органа"),
      kind: "text",
      width: 16,
      optional: true,
      help: term(
        "Short unique code; blank = the name is the code.",
        "Қысқа бірегей код; бос болса, атауы код болып саналады.",
        "Краткий уникальный код; если пусто, кодом считается наименование.",
      ),
    },
    {
      key: "name",
      header: term("Body name", "Органның атауы", "Наименование органа"),
      kind: "text",
      width: 48,
      help: term(
        "Name as printed on the conclusions.",
        "Қорытындыларда басылатын атауы.",
        "Наименование, как оно печатается в заключениях.",
      ),
    },
    {
      key: "shortName",
      header: term("Short name", "Қысқа атауы", "Краткое наименование"),
      kind: "text",
      width: 16,
      optional: true,
      help: term(
        "For sheet names of the Kazakh forms (up to 14 characters), e.g. Қаржы; blank = taken from the name.",
        "Қазақ тіліндегі нысандардың парақ атаулары үшін (14 таңбаға дейін), мысалы Қаржы; бос болса, атауынан алынады.",
        "Для названий листов казахских форм (до 14 знаков), например Қаржы; если пусто, берется из наименования.",
      ),
    },
    {
      key: "ruName",
      header: term("Name in Russian", "Орыс тіліндегі атауы", "Наименование на русском языке"),
      kind: "text",
      width: 48,
      optional: true,
      help: term(
        "Printed on the Russian forms; blank = the Kazakh name is printed (with a warning).",
        "Орыс тіліндегі нысандарда басылады; бос болса, қазақша атауы басылады (ескертумен).",
        "Печатается на русских формах; если пусто, печатается казахское наименование (с предупреждением).",
      ),
    },
    {
      key: "ruShortName",
      header: term(
        "Short name in Russian",
        "Орыс тіліндегі қысқа атауы",
        "Краткое наименование на русском языке",
      ),
      kind: "text",
      width: 16,
      optional: true,
      help: term(
        "For sheet names of the Russian forms, e.g. Минфин.",
        "Орыс тіліндегі нысандардың парақ атаулары үшін, мысалы Минфин.",
        "Для названий листов русских форм, например Минфин.",
      ),
    },
    {
      key: "type",
      header: term("Body type", "Орган түрі", "Тип органа"),
      kind: "bodyType",
      width: 16,
      source: "annex 2",
      help: term(
        "Central state body or local executive body (region, Astana, Almaty, Shymkent).",
        "Орталық мемлекеттік орган немесе жергілікті атқарушы орган (облыс, Астана, Алматы, Шымкент).",
        "Центральный государственный орган или местный исполнительный орган (область, Астана, Алматы, Шымкент).",
      ),
    },
    {
      key: "exempt",
      header: term("Exemption (annex 10, *)", "Ерекшелік (10-қосымша, *)", "Исключение (прил. 10, *)"),
      kind: "exemption",
      width: 22,
      source: "I-6",
      optional: true,
      help: term(
        "National Bank or Ministry of Defence: indicators marked * get their maximum.",
        "Ұлттық Банк немесе Қорғаныс министрлігі: * белгіленген көрсеткіштер ең жоғары балл алады.",
        "Национальный Банк или Министерство обороны: показатели со * получают максимум.",
      ),
    },
    ...(["services", "openness", "complaints"] as const).map((d): TemplateColumn => ({
      key: d,
      header: {
        en: `${TABLE_TERMS[d].en}: n/a?`,
        kk: `${TABLE_TERMS[d].kk}: қолданылмайды?`,
        ru: `${TABLE_TERMS[d].ru}: не применяется?`,
      },
      kind: "applicability",
      width: 18,
      source: "I-16",
      help: term(
        "Blank = the direction is assessed; “n/a” = it does not apply to the body (e.g. no public services).",
        "Бос = бағыт бағаланады; «қолданылмайды» = бағыт органға қолданылмайды (мысалы, мемлекеттік қызмет көрсетпейді).",
        "Пусто = направление оценивается; «не применяется» = направление к органу не применяется (например, нет госуслуг).",
      ),
    })),
    // Issue 24: the assessed body's representative signs annex 1 and annex 14 for the body.
    ...REPRESENTATIVE_COLUMNS,
  ],
};

/** The Agency signs with four roles: deputy chairman, unit head, representative (annex 1), chairman (annex 14). */
const SIGNATORY_SLOTS = [1, 2, 3, 4] as const;

export const SETTING_KEYS = [
  "period",
  "methodology",
  "weight.services",
  "weight.openness",
  "weight.complaints",
  "conclusion.authority",
  "conclusion.place",
  "conclusion.date",
  "conclusion.correctedDate",
  ...SIGNATORY_SLOTS.flatMap((n) => [`signatory${n}.role`, `signatory${n}.position`, `signatory${n}.name`]),
  "conclusion.ru.authority",
  "conclusion.ru.place",
  ...SIGNATORY_SLOTS.map((n) => `signatory${n}.ru.position`),
  // Issue 22 item 4: the Russian date and names survive template --from → export.
  "conclusion.ru.date",
  ...SIGNATORY_SLOTS.map((n) => `signatory${n}.ru.name`),
] as const;

export const SETTING_TERMS: Readonly<Record<string, Term>> = {
  period: term(
    "Assessment period, e.g. 2019",
    "Бағалау кезеңі, мысалы 2019",
    "Оцениваемый период, например 2019",
  ),
  methodology: term("Methodology edition (2020)", "Әдістеме редакциясы (2020)", "Редакция методики (2020)"),
  "weight.services": term(
    "Weight of public services in the general score (I-11)",
    "Жалпы бағадағы мемлекеттік қызметтер салмағы (I-11)",
    "Вес госуслуг в общей оценке (I-11)",
  ),
  "weight.openness": term(
    "Weight of openness in the general score (I-11)",
    "Жалпы бағадағы ашықтық салмағы (I-11)",
    "Вес открытости в общей оценке (I-11)",
  ),
  "weight.complaints": term(
    "Weight of complaints review in the general score (I-11)",
    "Жалпы бағадағы шағымдарды қарау салмағы (I-11)",
    "Вес рассмотрения жалоб в общей оценке (I-11)",
  ),
  "conclusion.authority": term(
    "Authority issuing the conclusions",
    "Қорытындыны беретін орган",
    "Орган, выдающий заключения",
  ),
  "conclusion.place": term("Place of issue", "Берілген орны", "Место составления"),
  "conclusion.date": term("Date of the conclusions", "Қорытынды күні", "Дата заключений"),
  "conclusion.correctedDate": term(
    "Date of the conclusions re-issued after objections (blank: the commission's latest decision date)",
    "Қарсылықтардан кейін түзетілген қорытындылардың күні (бос болса: комиссияның соңғы шешімінің күні)",
    "Дата заключений, исправленных по возражениям (пусто: дата последнего решения комиссии)",
  ),
  "conclusion.ru.authority": term(
    "Authority issuing the conclusions, in Russian",
    "Қорытындыны беретін орган, орыс тілінде",
    "Орган, выдающий заключения, на русском языке",
  ),
  "conclusion.ru.place": term(
    "Place of issue, in Russian",
    "Берілген орны, орыс тілінде",
    "Место составления на русском языке",
  ),
  "conclusion.ru.date": term(
    "Date of the conclusions on the Russian forms",
    "Орыс тіліндегі нысандардағы қорытынды күні",
    "Дата заключений на русских формах",
  ),
  ...Object.fromEntries(
    SIGNATORY_SLOTS.map((n) => [
      `signatory${n}.ru.name`,
      term(
        `Signatory ${n}: name in Russian`,
        `${n}-қол қоюшы: аты-жөні орыс тілінде`,
        `Подписант ${n}: Ф.И.О. на русском языке`,
      ),
    ]),
  ),
  ...Object.fromEntries(
    SIGNATORY_SLOTS.map((n) => [
      `signatory${n}.ru.position`,
      term(
        `Signatory ${n}: position in Russian`,
        `${n}-қол қоюшы: лауазымы орыс тілінде`,
        `Подписант ${n}: должность на русском языке`,
      ),
    ]),
  ),
  ...Object.fromEntries(
    SIGNATORY_SLOTS.flatMap((n) => [
      [`signatory${n}.role`, term(`Signatory ${n}: role`, `${n}-қол қоюшы: рөлі`, `Подписант ${n}: роль`)],
      [
        `signatory${n}.position`,
        term(`Signatory ${n}: position`, `${n}-қол қоюшы: лауазымы`, `Подписант ${n}: должность`),
      ],
      [
        `signatory${n}.name`,
        term(`Signatory ${n}: name`, `${n}-қол қоюшы: аты-жөні`, `Подписант ${n}: Ф.И.О.`),
      ],
    ]),
  ),
};

/**
 * The name a Settings row shows in its first column (issue 23 item 17): the key itself in English,
 * a short name in Kazakh and Russian, so an analyst's template reads in one language. The reader
 * takes the key or any language's name (settingKeyOf); the Calculation sheet looks the value up
 * by the name its template was written with.
 */
const SIGNATORY_LABELS = SIGNATORY_SLOTS.flatMap((n) => {
  const kk = `${n}-қол қоюшы`;
  const ru = `Подписант ${n}`;
  return [
    [`signatory${n}.role`, { kk: `${kk}: рөлі`, ru: `${ru}: роль` }],
    [`signatory${n}.position`, { kk: `${kk}: лауазымы`, ru: `${ru}: должность` }],
    [`signatory${n}.name`, { kk: `${kk}: аты-жөні`, ru: `${ru}: Ф.И.О.` }],
    [`signatory${n}.ru.position`, { kk: `${kk} (орысша): лауазымы`, ru: `${ru} (на русском): должность` }],
    [`signatory${n}.ru.name`, { kk: `${kk} (орысша): аты-жөні`, ru: `${ru} (на русском): Ф.И.О.` }],
  ] as const;
});
const SETTING_NAMES: Readonly<Record<string, { kk: string; ru: string }>> = {
  period: { kk: "Кезең", ru: "Период" },
  methodology: { kk: "Әдістеме", ru: "Методика" },
  "weight.services": { kk: "Салмақ: мемлекеттік қызметтер", ru: "Вес: государственные услуги" },
  "weight.openness": { kk: "Салмақ: ашықтық", ru: "Вес: открытость" },
  "weight.complaints": { kk: "Салмақ: шағымдарды қарау", ru: "Вес: рассмотрение жалоб" },
  "conclusion.authority": { kk: "Қорытынды: орган", ru: "Заключение: орган" },
  "conclusion.place": { kk: "Қорытынды: берілген орны", ru: "Заключение: место составления" },
  "conclusion.date": { kk: "Қорытынды: күні", ru: "Заключение: дата" },
  "conclusion.correctedDate": { kk: "Түзетілген қорытынды: күні", ru: "Исправленное заключение: дата" },
  "conclusion.ru.authority": { kk: "Қорытынды (орысша): орган", ru: "Заключение (на русском): орган" },
  "conclusion.ru.place": {
    kk: "Қорытынды (орысша): берілген орны",
    ru: "Заключение (на русском): место составления",
  },
  "conclusion.ru.date": { kk: "Қорытынды (орысша): күні", ru: "Заключение (на русском): дата" },
  ...Object.fromEntries(SIGNATORY_LABELS),
};

/** The name of setting `key` in a `lang` template (the key itself in English). */
export function settingName(key: string, lang: Lang): string {
  return lang === "en" ? key : (SETTING_NAMES[key]?.[lang] ?? key);
}

const normalName = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();
const KEY_BY_NAME: ReadonlyMap<string, string> = new Map(
  SETTING_KEYS.flatMap((key) => [
    [normalName(key), key],
    [normalName(settingName(key, "kk")), key],
    [normalName(settingName(key, "ru")), key],
  ]),
);

/** The key a Settings row names: the key itself or its name in any language; undefined if none. */
export function settingKeyOf(text: string): string | undefined {
  return KEY_BY_NAME.get(normalName(text));
}

export const SETTINGS_TABLE: TemplateTable = {
  name: "opeval_Settings",
  sheet: term("Settings", "Баптаулар", "Настройки"),
  title: term("Assessment settings", "Бағалау баптаулары", "Настройки оценки"),
  help: term(
    "One row per setting; blank values take the defaults (weights 1, 1, 1).",
    "Әр баптауға бір жол; бос мәндер әдепкі бойынша алынады (салмақтар 1, 1, 1).",
    "Одна строка на настройку; пустые значения берутся по умолчанию (веса 1, 1, 1).",
  ),
  columns: [
    {
      key: "setting",
      header: term("Setting", "Баптау", "Настройка"),
      kind: "settingKey",
      // The longest name, «Заключение (на русском): место составления», is 42 characters.
      width: 44,
      help: term(
        "Name of the setting (the reader also takes its English key, e.g. weight.services).",
        "Баптаудың атауы (оқу кезінде ағылшынша кілті де қабылданады, мысалы weight.services).",
        "Название настройки (при чтении принимается и английский ключ, например weight.services).",
      ),
    },
    {
      key: "description",
      header: term("Description", "Сипаттамасы", "Описание"),
      kind: "note",
      width: 50,
      optional: true,
      help: term("What the setting means.", "Баптаудың мәні.", "Что означает настройка."),
    },
    {
      key: "value",
      header: term("Value", "Мәні", "Значение"),
      kind: "settingValue",
      width: 40,
      source: "§100, I-11",
      help: term("The value.", "Мәні.", "Значение."),
    },
  ],
};

export const SERVICES_TABLE: TemplateTable = {
  name: "opeval_Services",
  sheet: term("Services", "Қызметтер", "Услуги"),
  title: term(
    "Direction 1: quality of public services (annex 2)",
    "1-бағыт: мемлекеттік қызметтерді көрсету сапасы (2-қосымша)",
    "Направление 1: качество оказания государственных услуг (прил. 2)",
  ),
  help: term(
    "One row per body; satisfaction ratings go to the Ratings sheet, K3 figures to the Automation sheet.",
    "Әр органға бір жол; қанағаттану бағалары «Қанағаттану» парағына, K3 көрсеткіштері «Автоматтандыру» парағына.",
    "Одна строка на орган; оценки удовлетворенности – на листе «Удовлетворенность», показатели K3 – на листе «Автоматизация».",
  ),
  columns: [
    bodyColumn,
    count(
      "rendered",
      term(
        "Services rendered, total (b1)",
        "Көрсетілген қызметтердің жалпы саны (b1)",
        "Всего оказано услуг (b1)",
      ),
      "§34",
      term(
        "All services rendered; base of P2.",
        "Барлық көрсетілген қызметтер; P2 негізі.",
        "Все оказанные услуги; база P2.",
      ),
    ),
    count(
      "renderedExcludingOneDay",
      term(
        "Rendered, excluding one-day service types (b)",
        "Бір жұмыс күндік қызметтерсіз көрсетілгені (b)",
        "Оказано без однодневных услуг (b)",
      ),
      "§39, §42",
      term(
        "Base of T1–T4; blank = the total above.",
        "T1–T4 негізі; бос болса – жоғарыдағы жалпы сан.",
        "База T1–T4; если пусто – общее число выше.",
      ),
      { optional: true, width: 20 },
    ),
    count(
      "complaints",
      term(
        "Justified complaints on service quality (i, P2)",
        "Қызмет сапасына негізді шағымдар (i, P2)",
        "Обоснованные жалобы на качество услуг (i, P2)",
      ),
      "§34",
      term(
        "To the Agency and to the body, incl. via the State Corporation and the e-gov portal.",
        "Агенттікке және органға, оның ішінде Мемлекеттік корпорация мен портал арқылы.",
        "В Агентство и в орган, в т.ч. через Госкорпорацию и портал.",
      ),
    ),
    count(
      "late",
      term(
        "Rendered with violated deadlines (a, T1)",
        "Мерзімі бұзылып көрсетілгені (a, T1)",
        "Оказано с нарушением сроков (a, T1)",
      ),
      "§43",
      term(
        "Net of outages certified by the informatisation authority (§42).",
        "Ақпараттандыру органы растаған іркілістерсіз (42-т.).",
        "За вычетом сбоев, подтвержденных органом информатизации (п. 42).",
      ),
    ),
    count(
      "refusals",
      term("Unjustified refusals (a, T2)", "Негізсіз бас тартулар (a, T2)", "Необоснованные отказы (a, T2)"),
      "§44",
      term(
        "Unjustified refusals to render a service.",
        "Қызмет көрсетуден негізсіз бас тарту.",
        "Необоснованные отказы в оказании услуги.",
      ),
    ),
    count(
      "incompleteDocs",
      term(
        "Rendered with an incomplete document set (c, T3)",
        "Құжаттар топтамасы толық емес көрсетілгені (c, T3)",
        "Оказано при неполном пакете документов (c, T3)",
      ),
      "§45",
      term(
        "Services rendered although documents were missing.",
        "Құжаттар толық болмаса да көрсетілген қызметтер.",
        "Услуги, оказанные при неполном пакете документов.",
      ),
    ),
    count(
      "extraDocs",
      term(
        "Documents demanded beyond the standard (e, T4)",
        "Стандартта көзделмеген құжаттар талап етілгені (e, T4)",
        "Истребованы документы сверх стандарта (e, T4)",
      ),
      "§46",
      term(
        "Services where documents not in the standard were demanded.",
        "Стандартта жоқ құжаттар талап етілген қызметтер.",
        "Услуги, при которых требовали документы сверх стандарта.",
      ),
    ),
  ],
};

export const RATINGS_TABLE: TemplateTable = {
  name: "opeval_Ratings",
  sheet: term("Ratings", "Қанағаттану", "Удовлетворенность"),
  title: term(
    "P1: satisfaction ratings of public monitoring (annex 6)",
    "P1: қоғамдық мониторингтің қанағаттану бағалары (6-қосымша)",
    "P1: оценки удовлетворенности по общественному мониторингу (прил. 6)",
  ),
  help: term(
    "One row per monitored service type. A body with a Services row and no rating was not monitored (I-2).",
    "Мониторингтегі әр қызмет түріне бір жол. «Қызметтер» парағында жолы бар, бірақ бағасы жоқ орган мониторингке енбеген (I-2).",
    "Одна строка на вид услуги в мониторинге. Орган со строкой на листе «Услуги» без оценок не был в мониторинге (I-2).",
  ),
  columns: [
    bodyColumn,
    {
      key: "service",
      header: term("Service type (for reference)", "Қызмет түрі (анықтама үшін)", "Вид услуги (для справки)"),
      kind: "note",
      width: 40,
      optional: true,
      help: term("Not used in the score.", "Бағалауда қолданылмайды.", "В расчете не используется."),
    },
    {
      key: "rating",
      header: term("Satisfaction rating, 0–5", "Қанағаттану бағасы, 0–5", "Оценка удовлетворенности, 0–5"),
      kind: "rating",
      width: 18,
      source: "§32, annex 6, I-1",
      help: term(
        "Rating on the 5-point scale; bands are closed at the bottom.",
        "5 балдық шкала бойынша баға; шектері төменнен жабық.",
        "Оценка по 5-балльной шкале; границы включаются снизу.",
      ),
    },
  ],
};

export const AUTOMATION_TABLE: TemplateTable = {
  name: "opeval_Automation",
  sheet: term("Automation", "Автоматтандыру", "Автоматизация"),
  title: term(
    "K3: automation of public services, central bodies only (§49–55)",
    "K3: мемлекеттік қызметтерді автоматтандыру, тек орталық органдар (49–55-т.)",
    "K3: автоматизация государственных услуг, только центральные органы (п. 49–55)",
  ),
  help: term(
    "One row per central body; local bodies have no row.",
    "Әр орталық органға бір жол; жергілікті органдарға жол жоқ.",
    "Одна строка на центральный орган; у местных органов строки нет.",
  ),
  columns: [
    bodyColumn,
    count(
      "portalServiceTypes",
      term(
        "Service types on the e-gov portal (c, T)",
        "«Электрондық үкімет» порталындағы қызмет түрлері (c, T)",
        "Виды услуг на портале «электронного правительства» (c, T)",
      ),
      "§50",
      term(
        "Service types available through the portal.",
        "Портал арқылы қолжетімді қызмет түрлері.",
        "Виды услуг, доступные через портал.",
      ),
    ),
    count(
      "serviceTypes",
      term(
        "Service types that can go to the portal (n, T)",
        "Порталға шығаруға болатын қызмет түрлері (n, T)",
        "Виды услуг, переводимые на портал (n, T)",
      ),
      "§50",
      term(
        "All service types except those that cannot be rendered through the portal.",
        "Портал арқылы көрсетілмейтіндерден басқа барлық қызмет түрлері.",
        "Все виды услуг, кроме не оказываемых через портал.",
      ),
    ),
    {
      ...count(
        "electronicVolume",
        term(
          "Volume rendered electronically (d, V)",
          "Электрондық түрде көрсетілген көлем (d, V)",
          "Объем оказанных в электронном виде (d, V)",
        ),
        "§51",
        term(
          "Services rendered electronically.",
          "Электрондық түрде көрсетілген қызметтер.",
          "Услуги, оказанные в электронном виде.",
        ),
      ),
      kind: "nonNegative",
    },
    {
      ...count(
        "totalVolume",
        term(
          "Total volume rendered (z, V)",
          "Көрсетілген қызметтердің жалпы көлемі (z, V)",
          "Общий объем оказанных услуг (z, V)",
        ),
        "§51",
        term("All services rendered.", "Барлық көрсетілген қызметтер.", "Все оказанные услуги."),
      ),
      kind: "nonNegative",
    },
    count(
      "transferredInPeriod",
      term(
        "Transferred to electronic form in the period (c, B)",
        "Кезеңде электрондық түрге көшірілгені (c, B)",
        "Переведено в электронный вид за период (c, B)",
      ),
      "§52",
      term("1 point each, at most 5.", "Әрқайсысына 1 балл, ең көбі 5.", "По 1 баллу, не более 5."),
    ),
    {
      key: "allElectronic",
      header: term(
        "All services already electronic?",
        "Барлық қызметтер электрондық па?",
        "Все услуги уже электронные?",
      ),
      kind: "yesNo",
      width: 16,
      source: "§53",
      optional: true,
      help: term("Yes gives B = 5; blank = no.", "Иә болса B = 5; бос = жоқ.", "Да – B = 5; пусто = нет."),
    },
    {
      ...count(
        "downtimeHours",
        term(
          "Hours e-services were down (t, P)",
          "Электрондық қызметтердің тоқтап тұрған сағаттары (t, P)",
          "Часы недоступности э-услуг (t, P)",
        ),
        "§54–55",
        term(
          "0.2 points per hour, at most 5; downtime caused by another body goes to that body.",
          "Сағатына 0,2 балл, ең көбі 5; басқа органның кесірінен болса, сол органға жазылады.",
          "0,2 балла за час, не более 5; простой по вине другого органа относится на него.",
        ),
      ),
      kind: "nonNegative",
    },
  ],
};

export const OPENNESS_BODY_TABLE: TemplateTable = {
  name: "opeval_OpennessBody",
  sheet: term("Openness (body)", "Ашықтық (орган)", "Открытость (орган)"),
  title: term(
    "Direction 2: facts per body that the openness rules need (§62, §68)",
    "2-бағыт: ашықтық ережелеріне қажет орган деректері (62, 68-т.)",
    "Направление 2: сведения об органе для правил открытости (п. 62, 68)",
  ),
  help: term(
    "One row per body assessed for openness.",
    "Ашықтығы бағаланатын әр органға бір жол.",
    "Одна строка на орган, открытость которого оценивается.",
  ),
  columns: [
    bodyColumn,
    count(
      "requestsReceived",
      term(
        "Requests for additional datasets received",
        "Қосымша деректер жиынтығына келген сұраулар",
        "Поступило запросов на дополнительные наборы данных",
      ),
      "§62",
      term(
        "0 with indicator 5 met gives open data indicator 2 its maximum; blank = not known.",
        "0 болса және 5-көрсеткіш орындалса, ашық деректердің 2-көрсеткіші ең жоғары балл алады; бос = белгісіз.",
        "0 при выполненном показателе 5 дает показателю 2 открытых данных максимум; пусто = неизвестно.",
      ),
      { optional: true, width: 22 },
    ),
    {
      key: "auditInPeriod",
      header: term(
        "State audit / financial control in the period?",
        "Кезеңде мемлекеттік аудит / қаржылық бақылау болды ма?",
        "Был ли госаудит / финансовый контроль в периоде?",
      ),
      kind: "yesNo",
      width: 22,
      source: "§68",
      optional: true,
      help: term(
        "No gives the audit indicator its maximum; blank = yes.",
        "Жоқ болса, аудит көрсеткіші ең жоғары балл алады; бос = иә.",
        "Нет – показатель аудита получает максимум; пусто = да.",
      ),
    },
    {
      key: "classified",
      header: term(
        "Budget classified (secret / for official use)?",
        "Бюджет құпия (қызмет бабында пайдалану үшін) ма?",
        "Бюджет засекречен (ДСП)?",
      ),
      kind: "yesNo",
      width: 22,
      source: "§68, I-13",
      optional: true,
      help: term(
        "Yes replaces the open budget by the mean of the same-type bodies; blank = no.",
        "Иә болса, ашық бюджет сол типтегі органдардың орташасымен ауыстырылады; бос = жоқ.",
        "Да – открытый бюджет заменяется средним по органам того же типа; пусто = нет.",
      ),
    },
  ],
};

export const FULFILMENT_HELP = term(
  "Fulfilment 0..1 (1 = met), “na” = nothing to assess (maximum); subordinate rows: yes/no or a count of organisations in breach.",
  "Орындалу 0..1 (1 = орындалды), «na» = бағалайтын ештеңе жоқ (ең жоғары балл); бағынысты ұйымдар: иә/жоқ немесе бұзушы ұйымдар саны.",
  "Выполнение 0..1 (1 = выполнено), «na» = оценивать нечего (максимум); подведомственные: да/нет или число организаций с нарушением.",
);

export const OPENNESS_TABLE: TemplateTable = {
  name: "opeval_Openness",
  sheet: term("Openness", "Ашықтық", "Открытость"),
  title: term(
    "Direction 2: openness, annex 10 indicators per language version",
    "2-бағыт: ашықтық, 10-қосымша көрсеткіштері тіл нұсқалары бойынша",
    "Направление 2: открытость, показатели прил. 10 по языковым версиям",
  ),
  help: term(
    "One row per body × table × indicator; a missing row counts as 0 with a warning.",
    "Әр орган × кесте × көрсеткішке бір жол; жоқ жол 0 деп ескертумен есептеледі.",
    "Одна строка на орган × таблицу × показатель; отсутствующая строка считается 0 с предупреждением.",
  ),
  columns: [
    bodyColumn,
    {
      key: "table",
      header: term("Table", "Кесте", "Таблица"),
      kind: "opennessTable",
      width: 30,
      source: "annex 7, annex 10",
      help: term(
        "Open data, open budget, open NPA, open dialogue or subordinate organisations.",
        "Ашық деректер, ашық бюджет, ашық НҚА, ашық диалог немесе бағынысты ұйымдар.",
        "Открытые данные, открытый бюджет, открытые НПА, открытый диалог или подведомственные организации.",
      ),
    },
    {
      key: "indicator",
      header: term("Indicator №", "Көрсеткіш №", "Показатель №"),
      kind: "indicator",
      width: 12,
      source: "annex 10",
      help: term(
        "Leaf number in annex 10, e.g. 1.1, 11.2; subordinate: 8.1, 9.1–9.3, 10.1–10.2.",
        "10-қосымшадағы нөмірі, мысалы 1.1, 11.2; бағынысты ұйымдар: 8.1, 9.1–9.3, 10.1–10.2.",
        "Номер в прил. 10, например 1.1, 11.2; подведомственные: 8.1, 9.1–9.3, 10.1–10.2.",
      ),
    },
    {
      key: "kk",
      header: term("State language (kk)", "Мемлекеттік тілде (kk)", "На государственном языке (kk)"),
      kind: "fulfilment",
      width: 20,
      source: "§57–84, I-5, I-8",
      help: FULFILMENT_HELP,
    },
    {
      key: "ru",
      header: term("Russian (ru)", "Орыс тілінде (ru)", "На русском языке (ru)"),
      kind: "fulfilment",
      width: 20,
      source: "§57–84, I-5, I-8",
      help: FULFILMENT_HELP,
    },
    ...(["kk", "ru"] as const).flatMap((lang): TemplateColumn[] => [
      count(
        `${lang}Answered`,
        term(`${lang}: questions answered`, `${lang}: жауап берілген сұрақтар`, `${lang}: отвечено вопросов`),
        "I-7",
        term(
          "Open dialogue 2 only: instead of a fulfilment, the answered and received counts.",
          "Тек ашық диалог 2: орындалудың орнына жауап берілген және келген сұрақтар саны.",
          "Только открытый диалог 2: вместо выполнения – число отвеченных и поступивших вопросов.",
        ),
        { optional: true, width: 14 },
      ),
      count(
        `${lang}Received`,
        term(`${lang}: questions received`, `${lang}: келген сұрақтар`, `${lang}: поступило вопросов`),
        "I-7",
        term(
          "Open dialogue 2 only; with 0 received the indicator gets its maximum.",
          "Тек ашық диалог 2; сұрақ келмесе, көрсеткіш ең жоғары балл алады.",
          "Только открытый диалог 2; если вопросов не было, показатель получает максимум.",
        ),
        { optional: true, width: 14 },
      ),
    ]),
  ],
};

export const COMPLAINTS_TABLE: TemplateTable = {
  name: "opeval_Complaints",
  sheet: term("Complaints", "Шағымдар", "Жалобы"),
  title: term(
    "Direction 3: quality of review of complaints and applications (annex 11)",
    "3-бағыт: шағымдар мен арыздарды қарау сапасы (11-қосымша)",
    "Направление 3: качество рассмотрения жалоб и заявлений (прил. 11)",
  ),
  help: term("One row per body.", "Әр органға бір жол.", "Одна строка на орган."),
  columns: [
    bodyColumn,
    count(
      "reviewed",
      term(
        "Complaints and applications reviewed (p)",
        "Қаралған шағымдар мен арыздар (p)",
        "Рассмотрено жалоб и заявлений (p)",
      ),
      "§90",
      term("All reviewed in the period.", "Кезеңде қаралғандардың барлығы.", "Все рассмотренные за период."),
    ),
    count(
      "late",
      term(
        "Reviewed late (f, R1)",
        "Мерзімі бұзылып қаралғаны (f, R1)",
        "Рассмотрено с нарушением сроков (f, R1)",
      ),
      "§90",
      term(
        "Reviewed with violated deadlines.",
        "Қарау мерзімі бұзылғандар.",
        "Рассмотренные с нарушением сроков.",
      ),
    ),
    count(
      "courtUpheld",
      term(
        "Found justified by a court (a, R2)",
        "Сот негізді деп танығаны (a, R2)",
        "Признано обоснованными судом (a, R2)",
      ),
      "§92",
      term(
        "Upheld by a court decision.",
        "Сот шешімімен қанағаттандырылғандар.",
        "Удовлетворенные решением суда.",
      ),
    ),
    {
      key: "challengedInCourt",
      header: term(
        "Any decision challenged in court?",
        "Шешімдер сотта дауланды ма?",
        "Обжаловались ли решения в суде?",
      ),
      kind: "yesNo",
      width: 18,
      source: "§93",
      optional: true,
      help: term(
        "No gives R2 = 30; blank = yes.",
        "Жоқ болса R2 = 30; бос = иә.",
        "Нет – R2 = 30; пусто = да.",
      ),
    },
    count(
      "repeatUpheld",
      term(
        "Repeated complaints satisfied (n, R3)",
        "Қайта түсіп, қанағаттандырылғаны (n, R3)",
        "Удовлетворено повторных (n, R3)",
      ),
      "§95",
      term(
        "Repeated complaints satisfied on review.",
        "Қайта келіп түскен негізі бар шағымдар.",
        "Повторные обоснованные жалобы, удовлетворенные при рассмотрении.",
      ),
    ),
    count(
      "disciplined",
      term(
        "Disciplinary actions for late reviews (R4)",
        "Мерзімді бұзғаны үшін тәртіптік жазалар (R4)",
        "Дисциплинарные взыскания за нарушение сроков (R4)",
      ),
      "§96–98",
      term(
        "Officials held liable for late reviews.",
        "Мерзімді бұзғаны үшін тәртіптік жауапкершілікке тартылғандар.",
        "Привлеченные к дисциплинарной ответственности за нарушение сроков.",
      ),
    ),
    count(
      "disciplineImpossible",
      term(
        "Late reviews where action was impossible (R4)",
        "Жаза қолдану мүмкін болмағандары (R4)",
        "Взыскание было невозможно (R4)",
      ),
      "§97, I-12",
      term(
        "E.g. the official had left; excluded from the R4 base.",
        "Мысалы, қызметкер жұмыстан кеткен; R4 негізінен алынып тасталады.",
        "Например, сотрудник уволен; исключается из базы R4.",
      ),
    ),
  ],
};

export const RECONCILIATION_TABLE: TemplateTable = {
  name: "opeval_Reconciliation",
  sheet: term("Reconciliation", "Салыстыру актісі", "Акт сверки"),
  title: term(
    "Facts of unreliable reporting data (reconciliation act, annex 1)",
    "Есептік деректердің анық еместігі фактілері (салыстыру актісі, 1-қосымша)",
    "Факты недостоверности отчетных данных (акт сверки, прил. 1)",
  ),
  help: term(
    "One row per fact (0.2 points each, at most 5 per direction); or one row with a count and no text.",
    "Әр фактіге бір жол (әрқайсысы 0,2 балл, бағытқа ең көбі 5); немесе мәтінсіз, санымен бір жол.",
    "Одна строка на факт (по 0,2 балла, не более 5 на направление); или одна строка с количеством без текста.",
  ),
  columns: [
    bodyColumn,
    {
      key: "direction",
      header: term("Direction", "Бағыт", "Направление"),
      kind: "direction",
      width: 18,
      source: "§17–21",
      help: term(
        "Services, openness or complaints.",
        "Қызметтер, ашықтық немесе шағымдар.",
        "Услуги, открытость или жалобы.",
      ),
    },
    {
      key: "text",
      header: term("Fact (text for annex 1)", "Факт (1-қосымшаға мәтін)", "Факт (текст для прил. 1)"),
      kind: "text",
      width: 60,
      source: "§21",
      optional: true,
      help: term(
        "Printed in the conclusions and recommendations.",
        "Қорытындылар мен ұсыныстарда басылады.",
        "Печатается в выводах и рекомендациях.",
      ),
    },
    {
      key: "ru",
      header: term("Fact in Russian", "Факт орыс тілінде", "Факт на русском языке"),
      kind: "text",
      width: 60,
      source: "§21",
      optional: true,
      help: term(
        "Printed on the Russian forms; blank = the Kazakh text is printed (with a warning).",
        "Орыс тіліндегі нысандарда басылады; бос болса, қазақша мәтін басылады (ескертумен).",
        "Печатается на русских формах; если пусто, печатается казахский текст (с предупреждением).",
      ),
    },
    count(
      "count",
      term("Number of facts (without text)", "Фактілер саны (мәтінсіз)", "Количество фактов (без текста)"),
      "§17–20",
      term(
        "Only when the facts are not listed one by one.",
        "Фактілер жеке тізілмегенде ғана.",
        "Только если факты не перечислены по одному.",
      ),
      { optional: true, width: 16 },
    ),
  ],
};

// The blocks of opeval_Authorities besides a body's own: in model-terms.ts, which the pane loads at once.
export { AUTHORITY_BLOCK_TERMS } from "./model-terms";

/**
 * Issue 24: the signing blocks other than the Agency's (which stays in Settings), one field a row:
 * the blocks of the authorities that assess automation (annex 5), openness (annexes 8, 1, 14) and
 * complaints (annexes 12, 1, 14), and a body's own block (§5: the Presidential Administration, the
 * Prime Minister's Office). Field: authority, place, date, or ROLE.position / ROLE.name.
 */
export const AUTHORITIES_TABLE: TemplateTable = {
  name: "opeval_Authorities",
  sheet: term("Authorities", "Уәкілетті органдар", "Уполномоченные органы"),
  title: term(
    "Who signs the forms of each direction (the Agency's block is on the Settings sheet)",
    "Әр бағыттың нысандарына кім қол қояды (Агенттіктің деректері «Баптаулар» парағында)",
    "Кто подписывает формы каждого направления (данные Агентства – на листе «Настройки»)",
  ),
  help: term(
    "One field a row; blank fields take the Agency's (Settings). Body blank = the authority of the direction.",
    "Әр өріске бір жол; бос өрістер Агенттіктікінен алынады («Баптаулар»). Орган бос = бағыт бойынша уәкілетті орган.",
    "Одно поле на строку; пустые поля берутся у Агентства («Настройки»). Орган пуст = уполномоченный орган направления.",
  ),
  required: false,
  columns: [
    {
      ...bodyColumn,
      optional: true,
      source: "§5",
      help: term(
        "Only for a body another authority assesses (§5): its code; blank = the direction's authority.",
        "Тек басқа орган бағалайтын орган үшін (5-т.): оның коды; бос = бағыт бойынша уәкілетті орган.",
        "Только для органа, который оценивает другой орган (п. 5): его код; пусто = уполномоченный орган направления.",
      ),
    },
    {
      key: "block",
      header: term("Direction", "Бағыт", "Направление"),
      kind: "text",
      width: 18,
      source: "§5, §24",
      optional: true,
      help: term(
        "automation (annex 5), openness (annexes 8, 1, 14), complaints (annexes 12, 1, 14); for a body also services; blank with a body = all its forms.",
        "автоматтандыру (5-қосымша), ашықтық (8, 1, 14-қосымшалар), шағымдар (12, 1, 14-қосымшалар); орган үшін қызметтер де; орган берілсе, бос = оның барлық нысандары.",
        "автоматизация (прил. 5), открытость (прил. 8, 1, 14), жалобы (прил. 12, 1, 14); для органа также услуги; пусто при органе = все его формы.",
      ),
    },
    {
      key: "field",
      header: term("Field", "Өріс", "Поле"),
      kind: "text",
      width: 30,
      help: term(
        "authority, place, date, or a role with .position or .name, e.g. commissionChairman.name.",
        "authority, place, date немесе .position не .name қосылған рөл, мысалы commissionChairman.name.",
        "authority, place, date или роль с .position или .name, например commissionChairman.name.",
      ),
    },
    {
      key: "value",
      header: term("Value", "Мәні", "Значение"),
      kind: "settingValue",
      width: 40,
      help: term(
        "Printed on the Kazakh forms.",
        "Қазақ тіліндегі нысандарда басылады.",
        "Печатается на казахских формах.",
      ),
    },
    {
      key: "ruValue",
      header: term("Value in Russian", "Мәні орыс тілінде", "Значение на русском языке"),
      kind: "settingValue",
      width: 40,
      optional: true,
      help: term(
        "Printed on the Russian forms; blank = the Kazakh value.",
        "Орыс тіліндегі нысандарда басылады; бос болса, қазақша мәні.",
        "Печатается на русских формах; если пусто, казахское значение.",
      ),
    },
  ],
};

/**
 * Issue 24: the conclusions received from the authorities that assess openness, complaints and
 * automation (§26, §109–113), one row per body and direction: `bodies[].received.<direction>`.
 * `opeval results` writes a workbook holding this table alone; the Agency pastes or imports it.
 */
export const RECEIVED_TABLE: TemplateTable = {
  name: RECEIVED_TABLE_NAME,
  sheet: RECEIVED_SHEET_TERMS.sheet,
  title: RECEIVED_SHEET_TERMS.title,
  help: term(
    "One row per body and direction; a received direction is not recomputed (§7, §112–113).",
    "Әр орган мен бағытқа бір жол; алынған бағыт қайта есептелмейді (7, 112–113-т.).",
    "Одна строка на орган и направление; полученное направление не пересчитывается (пп. 7, 112–113).",
  ),
  required: false,
  columns: [
    bodyColumn,
    {
      key: "direction",
      header: term("Direction", "Бағыт", "Направление"),
      kind: "receivedDirection",
      width: 18,
      source: "§5, §24",
      help: term(
        "openness, complaints or automation (K3 of annex 5).",
        "ашықтық, шағымдар немесе автоматтандыру (5-қосымшаның K3).",
        "открытость, жалобы или автоматизация (K3 прил. 5).",
      ),
    },
    ...(
      [
        ["total", term("Total", "Жалпы балл", "Общий балл"), "0–100"],
        ["penalty", term("Penalty", "Айыппұл балы", "Штрафной балл"), "0–5"],
        ["final", term("Final score", "Қорытынды балл", "Итоговый балл"), "0–100"],
      ] as const
    ).map(([key, header, range]): TemplateColumn => ({
      key,
      header,
      kind: "score",
      width: 12,
      source: "§7, §21",
      optional: true,
      help: term(
        `Openness and complaints only, as the conclusion states it (${range}).`,
        `Тек ашықтық пен шағымдар, қорытындыдағыдай (${range}).`,
        `Только открытость и жалобы, как в заключении (${range}).`,
      ),
    })),
    {
      key: "K3",
      header: term("K3", "K3", "K3"),
      kind: "score",
      width: 10,
      source: "§24, §26",
      optional: true,
      help: term(
        "Automation only: K3 of annex 5 (0–25).",
        "Тек автоматтандыру: 5-қосымшаның K3 (0–25).",
        "Только автоматизация: K3 прил. 5 (0–25).",
      ),
    },
    {
      key: "conclusionDate",
      header: term("Conclusion date", "Қорытынды күні", "Дата заключения"),
      kind: "date",
      width: 14,
      help: term(
        "A date cell, or dd.mm.yyyy.",
        "Күн форматындағы ұяшық немесе кк.аа.жжжж.",
        "Ячейка с датой или дд.мм.гггг.",
      ),
    },
    {
      key: "conclusionNo",
      header: term("Conclusion No.", "Қорытынды нөмірі", "Номер заключения"),
      kind: "text",
      width: 14,
      optional: true,
      help: term("As registered.", "Тіркелгендей.", "Как зарегистрирован."),
    },
    {
      key: "decisionDate",
      header: term("Commission decision date", "Комиссия шешімінің күні", "Дата решения комиссии"),
      kind: "date",
      width: 16,
      source: "§112–113",
      optional: true,
      help: term(
        "The special commission's decision; with the receipt date, the 5-working-day deadline is checked.",
        "Арнайы комиссияның шешімі; алынған күнімен бірге 5 жұмыс күні мерзімі тексеріледі.",
        "Решение специальной комиссии; вместе с датой поступления проверяется срок в 5 рабочих дней.",
      ),
    },
    {
      key: "receivedOn",
      header: term("Received on", "Алынған күні", "Дата поступления"),
      kind: "date",
      width: 14,
      source: "§112–113",
      optional: true,
      help: term(
        "The day the conclusion reached the Agency.",
        "Қорытындының Агенттікке келген күні.",
        "День поступления заключения в Агентство.",
      ),
    },
    {
      key: "from",
      header: term("From (sender)", "Жіберуші", "Отправитель"),
      kind: "text",
      width: 34,
      help: term(
        "The authority that sent the conclusion; named in the explanation.",
        "Қорытындыны жіберген уәкілетті орган; түсіндірмеде аталады.",
        "Уполномоченный орган, направивший заключение; называется в пояснении.",
      ),
    },
  ],
};

/**
 * Every table of the template, in sheet order. Another module may add tables here (objections,
 * holidays) with `required: false`; the assessment reader ignores tables it does not know.
 */
export const ASSESSMENT_TABLES: readonly TemplateTable[] = [
  BODIES_TABLE,
  SETTINGS_TABLE,
  AUTHORITIES_TABLE,
  SERVICES_TABLE,
  RATINGS_TABLE,
  AUTOMATION_TABLE,
  OPENNESS_BODY_TABLE,
  OPENNESS_TABLE,
  COMPLAINTS_TABLE,
  RECONCILIATION_TABLE,
  RECEIVED_TABLE,
];

/** Texts of the template sheets other than headers. */
export const TEMPLATE_TEXT = {
  instructionsSheet: term("Instructions", "Нұсқаулық", "Инструкция"),
  instructionsTitle: term(
    "opeval input template: operational assessment of state bodies (methodology of 2020)",
    "opeval енгізу үлгісі: мемлекеттік органдарды операциялық бағалау (2020 жылғы әдістеме)",
    "Шаблон ввода opeval: операционная оценка государственных органов (методика 2020 года)",
  ),
  intro: [
    term(
      "Fill the yellow cells of each sheet. Every sheet holds one Excel table; add rows inside the table (Tab in the last cell).",
      "Әр парақтың сары ұяшықтарын толтырыңыз. Әр парақта бір Excel кестесі бар; жолдарды кестенің ішіне қосыңыз (соңғы ұяшықта Tab).",
      "Заполните желтые ячейки каждого листа. На каждом листе одна таблица Excel; добавляйте строки внутри таблицы (Tab в последней ячейке).",
    ),
    term(
      "Columns may be moved; do not rename them or the tables. Headers in Kazakh, Russian or English are all read.",
      "Бағандарды жылжытуға болады; оларды және кестелерді қайта атамаңыз. Қазақ, орыс немесе ағылшын тіліндегі тақырыптар оқылады.",
      "Столбцы можно переставлять; не переименовывайте их и таблицы. Заголовки на казахском, русском или английском читаются одинаково.",
    ),
    term(
      "Enter numbers as numbers (not as text), no formulas returning errors, no dates in count columns.",
      "Сандарды мәтін емес, сан ретінде енгізіңіз; қате беретін формулалар мен санау бағандарында күндер болмауы тиіс.",
      "Вводите числа как числа (не как текст), без формул с ошибками и без дат в столбцах количеств.",
    ),
    term(
      "Check the workbook: opeval validate FILE.xlsx; score it: opeval score FILE.xlsx --format table.",
      "Тексеру: opeval validate FILE.xlsx; бағалау: opeval score FILE.xlsx --format table.",
      "Проверка: opeval validate FILE.xlsx; расчет: opeval score FILE.xlsx --format table.",
    ),
  ],
  colSheet: term("Sheet / table", "Парақ / кесте", "Лист / таблица"),
  colColumn: term("Column", "Баған", "Столбец"),
  colKey: term("Key", "Кілт", "Ключ"),
  colSource: term("Methodology", "Әдістеме", "Методика"),
  colHelp: term("What to enter", "Не енгізу керек", "Что вводить"),
  optional: term("(optional)", "(міндетті емес)", "(необязательно)"),
  validationCount: term("A whole number ≥ 0.", "0-ден кем емес бүтін сан.", "Целое число ≥ 0."),
  validationNonNegative: term("A number ≥ 0.", "0-ден кем емес сан.", "Число ≥ 0."),
  validationRating: term("A rating from 0 to 5.", "0-ден 5-ке дейінгі баға.", "Оценка от 0 до 5."),
  validationChoice: term(
    "Pick a value from the list.",
    "Тізімнен мән таңдаңыз.",
    "Выберите значение из списка.",
  ),
} as const;

/** Header row of each table sits on row 3: title on row 1, a help line on row 2. */
export const HEADER_ROW = 3;

/**
 * The table of the Calculation sheet (src/forms/calculation.ts): the `OPEVAL.*` formulas over the
 * input tables. It is output: no reader takes a value from it.
 */
export const CALCULATION_TABLE = "opeval_Calculation";
/** The value written for a choice in the sheet's language. */
export function choiceText(choice: keyof typeof CHOICE_TERMS, lang: Lang): string {
  return CHOICE_TERMS[choice][lang];
}

export function headerRow(table: TemplateTable, lang: Lang): string[] {
  return table.columns.map((c) => c.header[lang]);
}

// ---------------------------------------------------------------------------------------------
// Issue 24: one authority's own workbook (`opeval template --direction`).

/** The authorities of §5 and §24, each filling its own workbook: the Agency (services) and three others. */
export const TEMPLATE_DIRECTIONS = ["services", "automation", "openness", "complaints"] as const;
export type TemplateDirection = (typeof TEMPLATE_DIRECTIONS)[number];

/**
 * The assessment tables each authority fills, in sheet order. Settings is in every one (the period
 * printed on the forms; for the Agency its signing block too); the other authorities sign from the
 * Authorities sheet, which also holds the blocks of the bodies §5 gives to the Presidential
 * Administration or the Prime Minister's Office (the Agency's services among them). The facts of
 * unreliable data (§17–21) cut the services, openness and complaints finals, not K3.
 */
export const DIRECTION_TABLES: Readonly<Record<TemplateDirection, readonly TemplateTable[]>> = {
  services: [
    BODIES_TABLE,
    SETTINGS_TABLE,
    AUTHORITIES_TABLE,
    SERVICES_TABLE,
    RATINGS_TABLE,
    AUTOMATION_TABLE,
    RECONCILIATION_TABLE,
    // The Agency's own workbook collects the others' conclusions (§7, §26, §112–113).
    RECEIVED_TABLE,
  ],
  automation: [BODIES_TABLE, SETTINGS_TABLE, AUTHORITIES_TABLE, AUTOMATION_TABLE],
  openness: [
    BODIES_TABLE,
    SETTINGS_TABLE,
    AUTHORITIES_TABLE,
    OPENNESS_BODY_TABLE,
    OPENNESS_TABLE,
    RECONCILIATION_TABLE,
  ],
  complaints: [BODIES_TABLE, SETTINGS_TABLE, AUTHORITIES_TABLE, COMPLAINTS_TABLE, RECONCILIATION_TABLE],
};

/** The Settings rows of an authority other than the Agency: its forms print the period (its block is on Authorities). */
export const DIRECTION_SETTING_KEYS: readonly string[] = ["period", "methodology"];

/** The fields of an authority's block pre-listed on its Authorities sheet: the roles its annexes print. */
export const DIRECTION_BLOCK_FIELDS: Readonly<
  Record<Exclude<TemplateDirection, "services">, readonly string[]>
> = {
  // Annex 5: the head of the state body and the head of the assessing unit (FORMS.md section 6).
  automation: ["stateBodyHead", "assessingUnitHead"],
  // Annexes 8/12 (the authority's head), 1 (its representative), 14 (the commission's chairman).
  openness: ["authorizedHead", "authorizedRepresentative", "commissionChairman"],
  complaints: ["authorizedHead", "authorizedRepresentative", "commissionChairman"],
};

/** The instructions line naming the fields of an authority's block on the Authorities sheet. */
export const DIRECTION_BLOCK_LINE = term(
  "Authorities sheet, one row a field, Direction = {block}; Field: {fields}.",
  "«Уәкілетті органдар» парағы, әр өріске бір жол, Бағыт = {block}; Өріс: {fields}.",
  "Лист «Уполномоченные органы», одна строка на поле, Направление = {block}; Поле: {fields}.",
);

/** The instructions sheet's lines of an authority's workbook: its direction, its paragraphs, where it signs. */
export const DIRECTION_TEMPLATE_TERMS: Readonly<Record<TemplateDirection, readonly Term[]>> = {
  services: [
    term(
      "This workbook holds the direction «Quality of public services» alone (§22–56; annexes 2–4, 6), assessed by the Agency for Civil Service Affairs (§5, §24). The Settings sheet holds the Agency's signing block (annexes 3/4, 1, 14).",
      "Бұл жұмыс кітабында «Мемлекеттік қызметтерді көрсетудің сапасы» бағыты ғана (22–56-тармақтар; 2–4, 6-қосымшалар), оны Мемлекеттік қызмет істері агенттігі бағалайды (5, 24-тармақтар). Агенттіктің қол қою деректері «Баптаулар» парағында (3/4, 1, 14-қосымшалар).",
      "Эта рабочая книга содержит только направление «Качество оказания государственных услуг» (пункты 22–56; приложения 2–4, 6), его оценивает Агентство по делам государственной службы (пункты 5, 24). Данные подписантов Агентства – на листе «Настройки» (приложения 3/4, 1, 14).",
    ),
    term(
      "The automation criterion K3 of central bodies (§49–55) is assessed by the Ministry of Digital Development, which sends annex 5 to the Agency (§26): enter its figures on the Automation sheet.",
      "Орталық органдардың K3 «Мемлекеттік қызметтерді автоматтандыру» өлшемін Министрлік бағалайды және 5-қосымшаны Агенттікке жолдайды (26-тармақ, 49–55-тармақтар): оның деректерін «Автоматтандыру» парағына енгізіңіз.",
      "Критерий K3 «Автоматизация государственных услуг» центральных органов (пункты 49–55) оценивает Министерство цифрового развития и направляет приложение 5 в Агентство (пункт 26): введите его данные на листе «Автоматизация».",
    ),
  ],
  automation: [
    term(
      "This workbook holds the criterion «Automation of public services» (K3) alone (§24, §26, §49–55; annex 5), assessed by the Ministry of Digital Development, which sends annex 5 to the Agency (§26). Central bodies only; no services total or general score is computed.",
      "Бұл жұмыс кітабында «Мемлекеттік қызметтерді автоматтандыру» (K3) өлшемі ғана (24, 26, 49–55-тармақтар; 5-қосымша), оны Министрлік бағалайды және 5-қосымшаны Агенттікке жолдайды (26-тармақ). Тек орталық органдар; қызметтердің жиынтық бағасы мен жалпы баға есептелмейді.",
      "Эта рабочая книга содержит только критерий «Автоматизация государственных услуг» (K3) (пункты 24, 26, 49–55; приложение 5), его оценивает Министерство цифрового развития и направляет приложение 5 в Агентство (пункт 26). Только центральные органы; итог по услугам и общая оценка не вычисляются.",
    ),
    term(
      "Annex 5 is signed from the Authorities sheet, Direction = automation; the Settings sheet holds the period only.",
      "5-қосымшаға қол қоюшылар «Уәкілетті органдар» парағында, Бағыт = автоматтандыру; «Баптаулар» парағында тек кезең.",
      "Подписанты приложения 5 – на листе «Уполномоченные органы», Направление = автоматизация; на листе «Настройки» только период.",
    ),
  ],
  openness: [
    term(
      "This workbook holds the direction «Openness of the state body» alone (§57–85; annexes 7–10), assessed by the Ministry of Information and Social Development (§5). Its conclusion goes to the Agency within 5 working days after its special commission's meeting (§112).",
      "Бұл жұмыс кітабында «Мемлекеттік органның ашықтығы» бағыты ғана (57–85-тармақтар; 7–10-қосымшалар), оны Ақпарат және қоғамдық даму министрлігі бағалайды (5-тармақ). Қорытынды Агенттікке арнайы комиссия отырысы күнінен кейін бес жұмыс күнінен кешіктірілмей жолданады (112-тармақ).",
      "Эта рабочая книга содержит только направление «Открытость государственного органа» (пункты 57–85; приложения 7–10), его оценивает Министерство информации и общественного развития (пункт 5). Заключение направляется в Агентство не позднее пяти рабочих дней после заседания специальной комиссии (пункт 112).",
    ),
    term(
      "Annexes 8, 1 and 14 are signed from the Authorities sheet, Direction = openness; facts of unreliable data (§17–21) on the Reconciliation sheet.",
      "8, 1, 14-қосымшаларға қол қоюшылар «Уәкілетті органдар» парағында, Бағыт = ашықтық; анық емес деректер фактілері (17–21-тармақтар) «Салыстыру актісі» парағында.",
      "Подписанты приложений 8, 1 и 14 – на листе «Уполномоченные органы», Направление = открытость; факты недостоверности данных (пункты 17–21) – на листе «Акт сверки».",
    ),
  ],
  complaints: [
    term(
      "This workbook holds the direction «Quality of review of complaints and applications» alone (§86–98; annexes 11–13), assessed by the Committee on Legal Statistics and Special Accounts of the Prosecutor General's Office (§5). Its conclusion goes to the Agency within 5 working days after its special commission's meeting (§113).",
      "Бұл жұмыс кітабында «Шағымдар мен арыздарды қарау сапасы» бағыты ғана (86–98-тармақтар; 11–13-қосымшалар), оны Бас прокуратураның Құқықтық статистика және арнайы есепке алу жөніндегі комитеті бағалайды (5-тармақ). Қорытынды Агенттікке арнайы комиссия мәжілісінен кейін бес жұмыс күннен кешіктірмей енгізіледі (113-тармақ).",
      "Эта рабочая книга содержит только направление «Качество рассмотрения жалоб и заявлений» (пункты 86–98; приложения 11–13), его оценивает Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан (пункт 5). Заключение направляется в Агентство не позднее пяти рабочих дней после заседания специальной комиссии (пункт 113).",
    ),
    term(
      "Annexes 12, 1 and 14 are signed from the Authorities sheet, Direction = complaints; facts of unreliable data (§17–21) on the Reconciliation sheet.",
      "12, 1, 14-қосымшаларға қол қоюшылар «Уәкілетті органдар» парағында, Бағыт = шағымдар; анық емес деректер фактілері (17–21-тармақтар) «Салыстыру актісі» парағында.",
      "Подписанты приложений 12, 1 и 14 – на листе «Уполномоченные органы», Направление = жалобы; факты недостоверности данных (пункты 17–21) – на листе «Акт сверки».",
    ),
  ],
};

/**
 * Tables entered together. One authority's workbook leaves out whole groups: a required table may
 * be absent when its whole group is (the direction is then not entered: a warning per body, I-16),
 * never when part of its group is there, so a renamed Ratings table is not read as "no monitored
 * service" (I-2). The reconciliation table may be absent only beside the Automation table alone.
 */
const TABLE_GROUPS: readonly (readonly TemplateTable[])[] = [
  [SERVICES_TABLE, RATINGS_TABLE],
  [AUTOMATION_TABLE],
  [OPENNESS_BODY_TABLE, OPENNESS_TABLE],
  [COMPLAINTS_TABLE],
];

/** `tables` with `required: false` on each table a workbook holding `present` (table names) may lack. */
export function tablesRequiredBy(
  tables: readonly TemplateTable[],
  present: readonly string[],
): TemplateTable[] {
  const has = new Set(present.map((n) => n.toLowerCase()));
  const held = (t: TemplateTable) => has.has(t.name.toLowerCase());
  const heldGroups = TABLE_GROUPS.filter((g) => g.some(held));
  // A workbook holding no direction at all is told every table it lacks, as before.
  if (heldGroups.length === 0) return [...tables];
  const absent = new Set(TABLE_GROUPS.filter((g) => !g.some(held)).flat());
  if (heldGroups.every((g) => g.includes(AUTOMATION_TABLE))) absent.add(RECONCILIATION_TABLE);
  return tables.map((t) => (absent.has(t) ? { ...t, required: false } : t));
}
