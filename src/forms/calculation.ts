/**
 * The live formulas sheet "Calculation / Есептеу / Расчёт": one row per body whose cells are
 * `=OPEVAL.*` formulas over the input tables (structured references), so an analyst sees and edits
 * the formulas behind every score. The CLI writes the same formulas with the engine's results
 * cached (FormulaCell.result), so the file shows numbers before the add-in loads.
 *
 * Formulas are built as a user types them in Excel 365 (the form Office.js writes); several give a
 * range to a single-value parameter (IF inside FILTER) and need dynamic-array evaluation. The .xlsx
 * writer turns them into what a file stores (src/xlsx/file-formula.ts): no sheet formula here is
 * written in its file form.
 *
 * Rows are matched to the input tables by the body's code with XLOOKUP / FILTER (Excel 365 and
 * Excel on the web). Choice words (table, direction) are matched in every language, so a workbook
 * filled in Kazakh computes the same under a Russian sheet.
 *
 * Scores are shown unformatted (General): a two-decimal format would round 89.996 up to 90.00,
 * where the forms truncate (I-18).
 *
 * Cohort means (P1 of unmonitored bodies, I-2; classified budgets, I-13) are AVERAGEIFS over the
 * "own" columns of the same body type; those columns never depend on the means, so there is no
 * circular reference.
 */
import type { AssessmentResult, BodyResult } from "../methodology/assess";
import { budgetPoints } from "../methodology/openness";
import {
  AUTOMATION_TABLE,
  BODIES_TABLE,
  CHOICE_TERMS,
  COMPLAINTS_TABLE,
  HEADER_ROW,
  OPENNESS_BODY_TABLE,
  OPENNESS_TABLE,
  OPENNESS_TABLE_TERMS,
  RATINGS_TABLE,
  RECONCILIATION_TABLE,
  SERVICES_TABLE,
  SETTINGS_TABLE,
  headerRow,
  type OpennessRowTable,
  type TemplateTable,
  settingName,
} from "../model/template-schema";
import { DIRECTION_TERMS, LEVEL_TERMS, TABLE_TERMS, type Term } from "../model/model-terms";
import type { Assessment, Body, DirectionId, Exemption, Lang } from "../model/types";
import { type CellValue, type FormulaCell, type SheetSpec } from "../sheet/spec";
import { columnLetter } from "../sheet/a1";
import { CALCULATION_TABLE } from "../model/template-schema";

export { CALCULATION_TABLE };
export const CALCULATION_SHEET: Term = { en: "Calculation", kk: "Есептеу", ru: "Расчёт" };

const t = (en: string, kk: string, ru: string): Term => ({ en, kk, ru });

export interface CalculationOptions {
  lang: Lang;
  /**
   * The header of a template column as it stands in the workbook (structured references name
   * columns by header). Default: the template's header in `lang`.
   */
  headerOf?: (table: TemplateTable, key: string) => string;
  /** Engine results whose values are cached in the formula cells (the CLI passes them). */
  result?: AssessmentResult;
}

/** Excel escapes `[`, `]`, `#` and `'` inside a structured reference's column name with `'`. */
export function escapeColumn(header: string): string {
  return header.replace(/['#[\]]/g, (c) => `'${c}`);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The words of a choice in every language and its language-neutral key (Excel compares case-blind). */
function wordsOf(key: string, ...terms: Term[]): string[] {
  return [...new Set([key, ...terms.flatMap((term) => [term.en, term.kk, term.ru])])];
}

/** Builds the formula text of one body row. */
class Refs {
  constructor(
    private readonly lang: Lang,
    private readonly headerOf: (table: TemplateTable, key: string) => string,
  ) {}

  /** A column of an input table: `opeval_Services[late]` (by its header). */
  col(table: TemplateTable, key: string): string {
    return `${table.name}[${escapeColumn(this.headerOf(table, key))}]`;
  }

  /** This row's cell of a Calculation column: `[@[P1]]` (the inner brackets allow any header). */
  me(key: string): string {
    return `[@[${escapeColumn(calcHeader(key, this.lang))}]]`;
  }

  /** A whole Calculation column: `[P1]`. */
  all(key: string): string {
    return `[${escapeColumn(calcHeader(key, this.lang))}]`;
  }

  /** This body's value in a one-row-per-body table, `#N/A` when the body has no row (data missing). */
  lookup(table: TemplateTable, key: string, notFound?: string): string {
    const nf = notFound === undefined ? "" : `,${notFound}`;
    return `XLOOKUP(${this.me("code")},${this.col(table, "body")},${this.col(table, key)}${nf})`;
  }

  /** An optional value: "" when the cell is blank or the body has no row. */
  optional(table: TemplateTable, key: string): string {
    const l = this.lookup(table, key, '""');
    return `IF(${l}="","",${l})`;
  }

  /** A Bodies column by code, falling back to the name (a body without a code is known by its name). */
  body(key: string): string {
    const byName = `XLOOKUP(${this.me("code")},${this.col(BODIES_TABLE, "name")},${this.col(BODIES_TABLE, key)},"")`;
    return `XLOOKUP(${this.me("code")},${this.col(BODIES_TABLE, "id")},${this.col(BODIES_TABLE, key)},${byName})`;
  }

  /** The rows of the long Openness table for this body and one annex 10 table. */
  opennessRows(table: OpennessRowTable): string {
    const words = wordsOf(table, OPENNESS_TABLE_TERMS[table]);
    const tableCol = this.col(OPENNESS_TABLE, "table");
    const anyWord = words.map((w) => `(${tableCol}=${quote(w)})`).join("+");
    return `(${this.col(OPENNESS_TABLE, "body")}=${this.me("code")})*((${anyWord})>0)`;
  }

  /** One language's fulfilments (open dialogue 2 may be answered/received counts, I-7). */
  fulfilments(table: OpennessRowTable, lang: "kk" | "ru"): string {
    const value =
      table === "openDialogue"
        ? `IF(${this.col(OPENNESS_TABLE, `${lang}Received`)}="",${this.col(OPENNESS_TABLE, lang)},` +
          `${this.col(OPENNESS_TABLE, `${lang}Answered`)}&"/"&${this.col(OPENNESS_TABLE, `${lang}Received`)})`
        : this.col(OPENNESS_TABLE, lang);
    return `FILTER(${value},${this.opennessRows(table)},"")`;
  }

  indicators(table: OpennessRowTable): string {
    return `FILTER(${this.col(OPENNESS_TABLE, "indicator")},${this.opennessRows(table)},"")`;
  }

  /** Facts of unreliable data of one direction: a row per fact, or a row with a count (annex 1). */
  facts(direction: DirectionId): string {
    const r = RECONCILIATION_TABLE;
    const words = wordsOf(direction, TABLE_TERMS[direction], DIRECTION_TERMS[direction]);
    const anyWord = words.map((w) => `(${this.col(r, "direction")}=${quote(w)})`).join("+");
    const perRow = `IF(${this.col(r, "count")}="",1,${this.col(r, "count")})`;
    return `SUM(FILTER(${perRow},(${this.col(r, "body")}=${this.me("code")})*((${anyWord})>0),0))`;
  }

  setting(key: string): string {
    const l = `XLOOKUP(${quote(settingName(key, this.lang))},${this.col(SETTINGS_TABLE, "setting")},${this.col(SETTINGS_TABLE, "value")},"")`;
    return `IF(${l}="","",${l})`;
  }
}

type Direction = DirectionId | null;

interface CalcColumn {
  key: string;
  header: Term;
  direction: Direction;
  /** The formula (without the direction's n/a guard), or null for a value column. */
  formula: ((r: Refs) => string) | null;
  /** The cached value from the engine's result for this body; undefined = no cache. */
  cached: (b: BodyResult, body: Body, lang: Lang) => CellValue | undefined;
  width?: number;
}

const OPEVAL = "OPEVAL.";
const fn = (name: string, ...args: string[]) => `${OPEVAL}${name}(${args.join(",")})`;

function value(d: DirectionId, key: string) {
  return (b: BodyResult): CellValue | undefined => {
    const r = b[d];
    if (r === "na") return "na";
    return r === null ? undefined : (r.values[key] ?? undefined);
  };
}

function directionField(d: DirectionId, field: "total" | "final") {
  return (b: BodyResult): CellValue | undefined => {
    const r = b[d];
    if (r === "na") return "na";
    return r === null ? undefined : r[field];
  };
}

function factsOf(d: DirectionId) {
  return (b: BodyResult, body: Body): CellValue | undefined =>
    b[d] === "na" ? "na" : b[d] === null ? undefined : body.unreliable[d].count;
}

const services = (key: string): Pick<CalcColumn, "direction" | "cached"> => ({
  direction: "services",
  cached: value("services", key),
});

/** The columns, in evaluation order: a column refers only to columns on its left. */
const COLUMNS: readonly CalcColumn[] = [
  {
    key: "code",
    header: t("Body code", "Орган коды", "Код органа"),
    direction: null,
    formula: null,
    cached: (_b: BodyResult, body: Body) => body.id,
    width: 16,
  },
  {
    key: "name",
    header: t("Body", "Орган", "Орган"),
    direction: null,
    formula: null,
    cached: (_b: BodyResult, body: Body) => body.name,
    width: 36,
  },
  {
    key: "type",
    header: t("Type", "Түрі", "Тип"),
    direction: null,
    formula: (r: Refs) => fn("BODY_TYPE", r.body("type")),
    cached: (_b: BodyResult, body: Body) => body.type,
    width: 10,
  },
  {
    key: "exempt",
    header: t("Exemption", "Ерекшелік", "Исключение"),
    direction: null,
    formula: (r: Refs) => `${r.body("exempt")}&""`,
    cached: (_b: BodyResult, body: Body, lang: Lang) =>
      body.exempt.map((e) => CHOICE_TERMS[e][lang]).join("; "),
    width: 14,
  },
  ...(["services", "openness", "complaints"] as const).map((d) => ({
    key: `${d}Na`,
    header: {
      en: `${TABLE_TERMS[d].en}: n/a`,
      kk: `${TABLE_TERMS[d].kk}: қолданылмайды`,
      ru: `${TABLE_TERMS[d].ru}: не применяется`,
    },
    direction: null,
    formula: (r: Refs) => `${r.body(d)}&""<>""`,
    cached: (b: BodyResult) => b[d] === "na",
    width: 10,
  })),
  // Direction 1: quality of public services.
  {
    key: "p1Own",
    header: t("P1 own (ratings)", "P1 өз бағасы", "P1 по своим оценкам"),
    direction: "services",
    formula: (r: Refs) =>
      `IF(COUNTIFS(${r.col(RATINGS_TABLE, "body")},${r.me("code")})=0,"",` +
      `${fn("SATISFACTION_SCORE", `FILTER(${r.col(RATINGS_TABLE, "rating")},${r.col(RATINGS_TABLE, "body")}=${r.me("code")})`, r.me("type"))})`,
    cached: (b: BodyResult, body: Body) => {
      const s = body.services;
      if (s === "na") return "na";
      if (s === undefined || b.services === null || b.services === "na") return undefined;
      return s.ratings.length > 0 ? (b.services.values.P1 ?? undefined) : "";
    },
  },
  {
    key: "P1",
    header: t("P1", "P1", "P1"),
    ...services("P1"),
    formula: (r: Refs) =>
      fn(
        "SATISFACTION_SCORE",
        `FILTER(${r.col(RATINGS_TABLE, "rating")},${r.col(RATINGS_TABLE, "body")}=${r.me("code")},"")`,
        r.me("type"),
        `IFERROR(AVERAGEIFS(${r.all("p1Own")},${r.all("type")},${r.me("type")}),"")`,
      ),
  },
  {
    key: "P2",
    header: t("P2", "P2", "P2"),
    ...services("P2"),
    formula: (r: Refs) =>
      fn(
        "SERVICE_COMPLAINTS_SCORE",
        r.lookup(SERVICES_TABLE, "complaints"),
        r.lookup(SERVICES_TABLE, "rendered"),
        r.me("type"),
      ),
  },
  {
    key: "base",
    header: t("Base b of T1–T4 (§39)", "T1–T4 негізі b (39-т.)", "База b для T1–T4 (п. 39)"),
    direction: "services",
    formula: (r: Refs) => {
      const b = r.lookup(SERVICES_TABLE, "renderedExcludingOneDay");
      return `IF(${b}="",${r.lookup(SERVICES_TABLE, "rendered")},${b})`;
    },
    cached: (b: BodyResult, body: Body) =>
      typeof body.services === "object" && b.services !== null && b.services !== "na"
        ? body.services.renderedExcludingOneDay
        : b.services === "na"
          ? "na"
          : undefined,
  },
  ...(
    [
      ["T1", "TIMELINESS_SCORE", "late"],
      ["T2", "REFUSALS_SCORE", "refusals"],
      ["T3", "INCOMPLETE_DOCS_SCORE", "incompleteDocs"],
      ["T4", "EXTRA_DOCS_SCORE", "extraDocs"],
    ] as const
  ).map(([key, name, field]) => ({
    key,
    header: t(key, key, key),
    ...services(key),
    formula: (r: Refs) => fn(name, r.lookup(SERVICES_TABLE, field), r.me("base"), r.me("type")),
  })),
  {
    key: "K3",
    header: t("K3 (central)", "K3 (орталық)", "K3 (центр.)"),
    direction: "services",
    formula: (r: Refs) =>
      `IF(${r.me("type")}="central",${fn(
        "AUTOMATION_SCORE",
        ...[
          "portalServiceTypes",
          "serviceTypes",
          "electronicVolume",
          "totalVolume",
          "transferredInPeriod",
          "allElectronic",
          "downtimeHours",
        ].map((k) => r.lookup(AUTOMATION_TABLE, k)),
      )},"")`,
    cached: (b: BodyResult) => {
      if (b.services === "na") return "na";
      // K3 alone (the automation authority's file): the formula computes it from the Automation row.
      if (b.services === null) return b.automation?.values.K3;
      return b.type === "central" ? (b.services.values.K3 ?? undefined) : "";
    },
  },
  {
    key: "servicesTotal",
    header: t("Services: total", "Қызметтер: жиыны", "Услуги: итого"),
    direction: "services",
    formula: (r: Refs) =>
      fn("SERVICES_SCORE", r.me("type"), ...["P1", "P2", "T1", "T2", "T3", "T4", "K3"].map((k) => r.me(k))),
    cached: directionField("services", "total"),
  },
  {
    key: "servicesFacts",
    header: t("Services: facts", "Қызметтер: фактілер", "Услуги: факты"),
    direction: "services",
    formula: (r: Refs) => r.facts("services"),
    cached: factsOf("services"),
  },
  {
    key: "servicesFinal",
    header: t("Services: final", "Қызметтер: қорытынды", "Услуги: итог"),
    direction: "services",
    formula: (r: Refs) => fn("DIRECTION_FINAL", r.me("servicesTotal"), r.me("servicesFacts")),
    cached: directionField("services", "final"),
  },
  // Direction 2: openness.
  {
    key: "budgetOwn",
    header: t("Open budget, own (I-13)", "Ашық бюджет, өз (I-13)", "Открытый бюджет, свой (I-13)"),
    direction: "openness",
    // Empty for a classified budget (its score needs the mean of the others).
    formula: (r: Refs) => `IFERROR(${openBudget(r, { cohortMean: '""' })},"")`,
    cached: (b: BodyResult, body: Body) => {
      if (b.openness === "na") return "na";
      if (b.openness === null || typeof body.openness !== "object") return undefined;
      return body.openness.openBudget.classified ? "" : (b.openness.values.P2 ?? undefined);
    },
  },
  {
    // The same score with the National Bank's budget exemptions added (I-6): the mean of this column
    // is the classified budget score of a National Bank (I-13), whose exempt indicators keep their
    // maximum while the others take the cohort's mean.
    key: "budgetOwnNb",
    header: t(
      "Open budget, own, with National Bank exemptions (I-13)",
      "Ашық бюджет, өз, Ұлттық Банк ерекшеліктерімен (I-13)",
      "Открытый бюджет, свой, с исключениями Национального Банка (I-13)",
    ),
    direction: "openness",
    formula: (r: Refs) =>
      `IFERROR(${openBudget(r, { cohortMean: '""', exemption: `${r.me("exempt")}&";${NATIONAL_BANK}"` })},"")`,
    cached: (b: BodyResult, body: Body) => {
      if (b.openness === "na") return "na";
      if (b.openness === null || typeof body.openness !== "object") return undefined;
      if (body.openness.openBudget.classified) return "";
      const exempt = [...new Set([...body.exempt, NATIONAL_BANK])];
      const points = budgetPoints(body.openness, body.type, exempt);
      return [...points.kk, ...points.ru].reduce((sum, p) => sum + p.points, 0);
    },
  },
  {
    key: "openData",
    header: t("P1 open data", "P1 ашық деректер", "P1 открытые данные"),
    direction: "openness",
    formula: (r: Refs) =>
      fn(
        "OPEN_DATA_SCORE",
        r.fulfilments("openData", "kk"),
        r.fulfilments("openData", "ru"),
        r.me("type"),
        r.optional(OPENNESS_BODY_TABLE, "requestsReceived"),
        r.me("exempt"),
        r.indicators("openData"),
      ),
    cached: value("openness", "P1"),
  },
  {
    key: "openBudget",
    header: t("P2 open budget", "P2 ашық бюджет", "P2 открытый бюджет"),
    direction: "openness",
    formula: (r: Refs) =>
      openBudget(r, {
        cohortMean: `IFERROR(AVERAGEIFS(${r.all("budgetOwn")},${r.all("type")},${r.me("type")}),"")`,
        exemptCohortMean: `IFERROR(AVERAGEIFS(${r.all("budgetOwnNb")},${r.all("type")},${r.me("type")}),"")`,
      }),
    cached: value("openness", "P2"),
  },
  {
    key: "openNpa",
    header: t("P3 open NPA", "P3 ашық НҚА", "P3 открытые НПА"),
    direction: "openness",
    formula: (r: Refs) =>
      fn(
        "OPEN_NPA_SCORE",
        r.fulfilments("openNpa", "kk"),
        r.fulfilments("openNpa", "ru"),
        r.me("type"),
        r.me("exempt"),
        r.indicators("openNpa"),
      ),
    cached: value("openness", "P3"),
  },
  {
    key: "openDialogue",
    header: t("P4 open dialogue", "P4 ашық диалог", "P4 открытый диалог"),
    direction: "openness",
    formula: (r: Refs) =>
      fn(
        "OPEN_DIALOGUE_SCORE",
        r.fulfilments("openDialogue", "kk"),
        r.fulfilments("openDialogue", "ru"),
        r.me("type"),
        r.me("exempt"),
        r.indicators("openDialogue"),
      ),
    cached: value("openness", "P4"),
  },
  {
    key: "subordinate",
    header: t("P5 subordinate", "P5 бағынысты ұйымдар", "P5 подведомственные"),
    direction: "openness",
    formula: (r: Refs) =>
      fn(
        "SUBORDINATE_PENALTY",
        r.fulfilments("subordinate", "kk"),
        r.fulfilments("subordinate", "ru"),
        r.indicators("subordinate"),
      ),
    cached: value("openness", "P5"),
  },
  {
    key: "opennessTotal",
    header: t("Openness: total", "Ашықтық: жиыны", "Открытость: итого"),
    direction: "openness",
    formula: (r: Refs) =>
      fn(
        "OPENNESS_SCORE",
        r.me("openData"),
        r.me("openBudget"),
        r.me("openNpa"),
        r.me("openDialogue"),
        r.me("subordinate"),
      ),
    cached: directionField("openness", "total"),
  },
  {
    key: "opennessFacts",
    header: t("Openness: facts", "Ашықтық: фактілер", "Открытость: факты"),
    direction: "openness",
    formula: (r: Refs) => r.facts("openness"),
    cached: factsOf("openness"),
  },
  {
    key: "opennessFinal",
    header: t("Openness: final", "Ашықтық: қорытынды", "Открытость: итог"),
    direction: "openness",
    formula: (r: Refs) => fn("DIRECTION_FINAL", r.me("opennessTotal"), r.me("opennessFacts")),
    cached: directionField("openness", "final"),
  },
  // Direction 3: complaints.
  {
    key: "R1",
    header: t("R1", "R1", "R1"),
    direction: "complaints",
    formula: (r: Refs) =>
      fn("DEADLINE_SCORE", r.lookup(COMPLAINTS_TABLE, "late"), r.lookup(COMPLAINTS_TABLE, "reviewed")),
    cached: value("complaints", "R1"),
  },
  {
    key: "R2",
    header: t("R2", "R2", "R2"),
    direction: "complaints",
    formula: (r: Refs) =>
      fn(
        "COURT_SCORE",
        r.lookup(COMPLAINTS_TABLE, "courtUpheld"),
        r.lookup(COMPLAINTS_TABLE, "reviewed"),
        r.lookup(COMPLAINTS_TABLE, "challengedInCourt"),
      ),
    cached: value("complaints", "R2"),
  },
  {
    key: "R3",
    header: t("R3", "R3", "R3"),
    direction: "complaints",
    formula: (r: Refs) =>
      fn("REPEAT_SCORE", r.lookup(COMPLAINTS_TABLE, "repeatUpheld"), r.lookup(COMPLAINTS_TABLE, "reviewed")),
    cached: value("complaints", "R3"),
  },
  {
    key: "R4",
    header: t("R4", "R4", "R4"),
    direction: "complaints",
    formula: (r: Refs) =>
      fn(
        "DISCIPLINE_SCORE",
        r.lookup(COMPLAINTS_TABLE, "disciplined"),
        r.lookup(COMPLAINTS_TABLE, "late"),
        r.lookup(COMPLAINTS_TABLE, "disciplineImpossible"),
      ),
    cached: value("complaints", "R4"),
  },
  {
    key: "complaintsTotal",
    header: t("Complaints: total", "Шағымдар: жиыны", "Жалобы: итого"),
    direction: "complaints",
    formula: (r: Refs) => fn("COMPLAINTS_SCORE", r.me("R1"), r.me("R2"), r.me("R3"), r.me("R4")),
    cached: directionField("complaints", "total"),
  },
  {
    key: "complaintsFacts",
    header: t("Complaints: facts", "Шағымдар: фактілер", "Жалобы: факты"),
    direction: "complaints",
    formula: (r: Refs) => r.facts("complaints"),
    cached: factsOf("complaints"),
  },
  {
    key: "complaintsFinal",
    header: t("Complaints: final", "Шағымдар: қорытынды", "Жалобы: итог"),
    direction: "complaints",
    formula: (r: Refs) => fn("DIRECTION_FINAL", r.me("complaintsTotal"), r.me("complaintsFacts")),
    cached: directionField("complaints", "final"),
  },
  // General assessment.
  {
    key: "overall",
    header: t("General score", "Жалпы баға", "Общая оценка"),
    direction: null,
    formula: (r: Refs) =>
      fn(
        "OVERALL_SCORE",
        r.me("servicesFinal"),
        r.me("opennessFinal"),
        r.me("complaintsFinal"),
        `HSTACK(${["weight.services", "weight.openness", "weight.complaints"].map((k) => r.setting(k)).join(",")})`,
      ),
    cached: (b: BodyResult) => b.overall?.score,
  },
  {
    key: "level",
    header: t("Efficiency level", "Тиімділік деңгейі", "Уровень эффективности"),
    direction: null,
    formula: null, // set per language in buildCalculationSheet
    cached: (b: BodyResult, _body: Body, lang: Lang) =>
      b.overall ? LEVEL_TERMS[b.overall.level][lang] : undefined,
    width: 16,
  },
];

/** A Calculation column's language-neutral key (see CALCULATION_COLUMNS). */
export type CalcKey = string;

/** The exemption whose budget indicators a classified budget's mean must count as exempt (I-6, I-13). */
const NATIONAL_BANK: Exemption = "nationalBank";

/** OPEN_BUDGET_SCORE of this row: the cohort means for a classified budget; the row's exemptions by default. */
function openBudget(
  r: Refs,
  args: { cohortMean: string; exemptCohortMean?: string; exemption?: string },
): string {
  return fn(
    "OPEN_BUDGET_SCORE",
    r.fulfilments("openBudget", "kk"),
    r.fulfilments("openBudget", "ru"),
    r.me("type"),
    r.optional(OPENNESS_BODY_TABLE, "auditInPeriod"),
    args.exemption ?? r.me("exempt"),
    r.optional(OPENNESS_BODY_TABLE, "classified"),
    args.cohortMean,
    r.indicators("openBudget"),
    ...(args.exemptCohortMean === undefined ? [] : [args.exemptCohortMean]),
  );
}

function column(key: CalcKey): CalcColumn {
  const c = COLUMNS.find((col) => col.key === key);
  if (!c) throw new Error(`the Calculation sheet has no column ${key}`);
  return c;
}

export function calcHeader(key: CalcKey, lang: Lang): string {
  return column(key).header[lang];
}

export const CALCULATION_COLUMNS: readonly CalcKey[] = COLUMNS.map((c) => c.key);

/** The formula of one Calculation cell (with the leading `=`). */
export function calculationFormula(
  key: CalcKey,
  lang: Lang,
  headerOf?: CalculationOptions["headerOf"],
): string {
  const refs = new Refs(lang, headerOf ?? defaultHeaderOf(lang));
  if (key === "level") return `=${fn("EFFICIENCY_LEVEL", refs.me("overall"), quote(lang))}`;
  const c = column(key);
  if (!c.formula) throw new Error(`column ${key} holds values, not a formula`);
  const body = c.formula(refs);
  const d = c.direction;
  // A direction that does not apply (I-16) shows "na" instead of formulas over rows that do not exist.
  return d ? `=IF(${refs.me(`${d}Na`)},"na",${body})` : `=${body}`;
}

function defaultHeaderOf(lang: Lang): (table: TemplateTable, key: string) => string {
  return (table, key) => {
    const i = table.columns.findIndex((c) => c.key === key);
    if (i < 0) throw new Error(`template table ${table.name} has no column ${key}`);
    return headerRow(table, lang)[i]!;
  };
}

const TITLE: Term = t(
  "Live calculation: every score as an OPEVAL formula over the input tables",
  "Тірі есептеу: әр балл кіріс кестелері бойынша OPEVAL формуласы",
  "Живой расчёт: каждый балл — формула OPEVAL по входным таблицам",
);
const NOTE: Term = t(
  "Needs the opeval add-in (OPEVAL.* functions) and Excel 365 or Excel on the web (XLOOKUP, FILTER). Values shown before the add-in loads were computed by opeval.",
  "opeval қондырмасы (OPEVAL.* функциялары) және Excel 365 немесе Excel онлайн (XLOOKUP, FILTER) қажет. Қондырма жүктелгенге дейін көрсетілген мәндерді opeval есептеген.",
  "Нужны надстройка opeval (функции OPEVAL.*) и Excel 365 или Excel в Интернете (XLOOKUP, FILTER). Значения до загрузки надстройки рассчитаны opeval.",
);

/** The Calculation sheet for the bodies of `assessment`, one row per body. */
export function buildCalculationSheet(assessment: Assessment, options: CalculationOptions): SheetSpec {
  const { lang } = options;
  const results = new Map((options.result?.bodies ?? []).map((b) => [b.id, b]));
  const header = COLUMNS.map((c) => c.header[lang]);
  const rows: CellValue[][] = [[TITLE[lang]], [NOTE[lang]], header];
  const formulas: FormulaCell[] = [];
  const formulaTexts = new Map(
    COLUMNS.filter((c) => c.formula !== null || c.key === "level").map((c) => [
      c.key,
      calculationFormula(c.key, lang, options.headerOf),
    ]),
  );
  assessment.bodies.forEach((body, i) => {
    const rowNumber = HEADER_ROW + 1 + i;
    const result = results.get(body.id);
    rows.push(
      COLUMNS.map((c) => {
        if (formulaTexts.has(c.key)) return null;
        return result ? (c.cached(result, body, lang) ?? null) : c.key === "code" ? body.id : body.name;
      }),
    );
    COLUMNS.forEach((c, j) => {
      const formula = formulaTexts.get(c.key);
      if (!formula) return;
      const cell: FormulaCell = { address: `${columnLetter(j + 1)}${rowNumber}`, formula };
      const cached = result ? c.cached(result, body, lang) : undefined;
      if (cached !== undefined) cell.result = cached;
      formulas.push(cell);
    });
  });
  const last = columnLetter(COLUMNS.length);
  const lastRow = HEADER_ROW + Math.max(assessment.bodies.length, 1);
  return {
    name: CALCULATION_SHEET[lang],
    kind: "calculation",
    rows,
    formulas,
    columnWidths: COLUMNS.map((c) => c.width ?? 12),
    styles: [
      { range: "A1", style: { bold: true, size: 14 } },
      { range: `A2:${last}2`, style: { italic: true } },
      { range: `A${HEADER_ROW}:${last}${HEADER_ROW}`, style: { bold: true, wrap: true, vAlign: "middle" } },
    ],
    tables: [{ name: CALCULATION_TABLE, range: `A${HEADER_ROW}:${last}${lastRow}` }],
    freeze: { rows: HEADER_ROW, columns: 2 },
  };
}
