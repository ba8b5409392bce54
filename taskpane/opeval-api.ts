/** PaneApi bound to opeval's modules: the table reader, the template, the engine and the forms. */
import { rankingSheet } from "./ranking";
import { FORM_IDS, type FormId } from "../src/forms/ids";
import { parseAssessment, russianTextProblems } from "../src/model/parse";
import { parseJsonBytes, parseJsonText } from "../src/model/strict-json";
import { locateProblems, readAndValidateTables } from "../src/model/tables";
import { buildTemplateSheets, INPUT_TABLES } from "../src/workbook/input-template";
import { RECEIVED_TABLE } from "../src/model/template-schema";
import { isWorkbookFile } from "./received-import";
import { uiText } from "./ui-text";
import type { PaneApi } from "./pane-api";
import { BODY_MAP_TABLE_NAME, HISTORY_TABLE_NAME } from "../src/history/history-tables";

const historyModule = () => import(/* webpackChunkName: "history" */ "../src/history/history-workbook");
// Received files: the results document and the join load with the first import; a workbook file
// also loads the package reader and the browser's inflater.
const receivedModule = () => import(/* webpackChunkName: "received" */ "../src/model/received-files");

export const opevalApi: PaneApi = {
  inputTableNames: INPUT_TABLES.map((t) => t.name),
  // Filled from an assessment, the template also gets the live Calculation sheet (=OPEVAL.* formulas).
  templateSheets: async (lang, assessment) => {
    if (!assessment) return buildTemplateSheets(lang);
    const [{ buildCalculationSheet }, { scoreAssessment }] = await Promise.all([
      import(/* webpackChunkName: "calculation" */ "../src/forms/calculation"),
      import(/* webpackChunkName: "engine" */ "../src/methodology/assess"),
    ]);
    return [
      ...buildTemplateSheets(lang, assessment),
      buildCalculationSheet(assessment, { lang, result: scoreAssessment(assessment) }),
    ];
  },
  parseJson: (input) => parseAssessment(input),
  readJson: (content) => {
    const read = typeof content === "string" ? parseJsonText(content) : parseJsonBytes(content);
    if (read.ok) return read;
    return {
      ok: false,
      problem: { severity: "error", code: read.code, bodyId: null, path: "", params: read.params },
    };
  },
  readTables: (tables) => readAndValidateTables(tables),
  locate: (problems, tables) => locateProblems(problems, tables),
  // The engine loads on the first check (the Template step does not need it).
  evaluate: async (input) =>
    (await import(/* webpackChunkName: "engine" */ "../src/evaluate")).evaluate(input),
  russianTextProblems,
  formIds: FORM_IDS.map(String),
  formName: (id, lang) => uiText("formAnnex", lang, { n: id }),
  // The annex forms (their kk/ru wording is a quarter of the pane) load when first needed.
  conclusionForms: async (result, choice) =>
    (await import(/* webpackChunkName: "forms" */ "../src/forms/index")).buildConclusionForms(result, {
      ...(choice.bodies ? { bodies: choice.bodies } : {}),
      langs: choice.langs,
      forms: choice.forms === "all" ? "all" : choice.forms.map((f) => Number(f) as FormId),
      existingSheetNames: choice.existingSheetNames,
      ...(choice.previous ? { previous: choice.previous } : {}),
    }),
  rankingSheet,
  // The procedure, the calendar and annex 14 load when the Objections step first needs them.
  reviewObjections: async (tables, original, lang) => {
    const [{ readProcedureTables }, { runObjections }, { overridesFrom }] = await Promise.all([
      import(/* webpackChunkName: "objections" */ "../src/objections/objection-reader"),
      import(/* webpackChunkName: "objections" */ "../src/objections/procedure"),
      import(/* webpackChunkName: "objections" */ "../src/calendar/calendar"),
    ]);
    const read = readProcedureTables(tables);
    if (!read.objections) return { hasTable: false, problems: read.problems };
    // Rows that could not be read are already reported; the review runs on the rest.
    const procedure = runObjections(original, read.objections, overridesFrom(read.holidays), lang);
    return { hasTable: true, procedure, problems: [...read.problems, ...procedure.problems] };
  },
  objectionSheets: async (original, procedure, choice) => {
    const [{ procedureSheets }, { recorderFromSettings }, { formatIsoDate }] = await Promise.all([
      import(/* webpackChunkName: "objection-forms" */ "../src/objections/objection-sheets"),
      import(/* webpackChunkName: "objections" */ "../src/objections/log"),
      import(/* webpackChunkName: "objections" */ "../src/calendar/date"),
    ]);
    return procedureSheets(original, procedure, {
      langs: choice.langs,
      existingSheetNames: choice.existingSheetNames,
      log: {
        who: (direction) => recorderFromSettings(original.assessment.settings, direction) ?? "opeval",
        recorded: formatIsoDate(Math.floor(Date.now() / 86_400_000)),
      },
    });
  },
  history: {
    tableNames: [HISTORY_TABLE_NAME, BODY_MAP_TABLE_NAME],
    // The history's logic loads when the pane first needs it.
    view: async (tables, result) => (await historyModule()).historyView(tables, result),
    planRecord: async (tables, result, lang) => (await historyModule()).planRecord(tables, result, lang),
    trendSheet: async (...args) => (await historyModule()).trendSheet(...args),
  },
  received: {
    tableName: RECEIVED_TABLE.name,
    // Chromium 103+, Safari 16.4+ (as "Share a copy" needs it too); older webviews read .json only.
    canReadWorkbooks: () => {
      try {
        return typeof DecompressionStream === "function" && !!new DecompressionStream("deflate-raw");
      } catch {
        return false;
      }
    },
    readFile: async (name, bytes) => {
      const { receivedWorkbook, resultsDocument } = await receivedModule();
      if (isWorkbookFile(name)) {
        const [{ readWorkbookBytes }, { webShareCodec }] = await Promise.all([
          import(/* webpackChunkName: "reader" */ "../src/xlsx/package-tables"),
          import(/* webpackChunkName: "reader" */ "../src/xlsx/share-web"),
        ]);
        const read = await readWorkbookBytes(name, bytes, webShareCodec.inflate);
        return read.ok ? receivedWorkbook(name, read.tables) : read;
      }
      const json = opevalApi.readJson(bytes);
      if (!json.ok) return { ok: false, problems: [{ ...json.problem, path: name }] };
      return resultsDocument(name, json.value);
    },
    plan: async (tables, files) => (await receivedModule()).planReceivedImport(tables, files),
  },
};
