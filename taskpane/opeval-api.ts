/**
 * PaneApi bound to opeval's modules: the table reader, the template, the engine and the forms.
 * Each loads as a chunk of its own when the pane first needs it (the first screen needs none of
 * them), so the pane's first download stays small; `loadPart` turns a chunk that did not arrive
 * into a message the pane words in its language.
 */
import { rankingSheet } from "./ranking";
import { FORM_IDS, type FormId } from "../src/forms/ids";
import { isWorkbookFile } from "./received-import";
import { uiText } from "./ui-text";
import type { PaneApi } from "./pane-api";
import type { TemplateTable } from "../src/model/template-schema";
import { loadPart } from "./load-part";
import { RECEIVED_TABLE_NAME } from "../src/model/model-terms";

// The table reader, the input template and the JSON reader: the template's and the tables'
// schema with its captions in three languages, and the problem checks. The Template and Check
// steps need it at their first button, so the browser prefetches it once the pane has loaded.
const readerModule = () =>
  loadPart("reader", () =>
    Promise.all([
      import(/* webpackChunkName: "reader", webpackPrefetch: true */ "../src/model/parse"),
      import(/* webpackChunkName: "reader", webpackPrefetch: true */ "../src/model/strict-json"),
      import(/* webpackChunkName: "reader", webpackPrefetch: true */ "../src/model/tables"),
      import(/* webpackChunkName: "reader", webpackPrefetch: true */ "../src/workbook/input-template"),
      import(/* webpackChunkName: "reader", webpackPrefetch: true */ "../src/history/history-tables"),
    ]).then(
      ([
        { parseAssessment, russianTextProblems },
        { parseJsonBytes, parseJsonText },
        { locateProblems, readAndValidateTables, workbookLanguage },
        { buildTemplateSheets, INPUT_TABLES },
        { BODY_MAP_TABLE_NAME, HISTORY_TABLE_NAME },
      ]) => ({
        parseAssessment,
        russianTextProblems,
        parseJsonBytes,
        parseJsonText,
        locateProblems,
        readAndValidateTables,
        workbookLanguage,
        buildTemplateSheets,
        INPUT_TABLES,
        BODY_MAP_TABLE_NAME,
        HISTORY_TABLE_NAME,
      }),
    ),
  );
const historyModule = () =>
  loadPart("history", () => import(/* webpackChunkName: "history" */ "../src/history/history-workbook"));
// Received files: the results document and the join load with the first import; a workbook file
// also loads the package reader and the browser's inflater.
const receivedModule = () =>
  loadPart("received", () => import(/* webpackChunkName: "received" */ "../src/model/received-files"));

export const opevalApi: PaneApi = {
  inputTableNames: async () => (await readerModule()).INPUT_TABLES.map((t) => t.name),
  // Filled from an assessment, the full template also gets the live Calculation sheet (=OPEVAL.*
  // formulas); one authority's workbook does not, as `opeval template --direction` writes none.
  templateSheets: async (lang, assessment, direction) => {
    const { buildTemplateSheets } = await readerModule();
    if (!assessment || direction) return buildTemplateSheets(lang, assessment, { direction });
    const [{ buildCalculationSheet }, { scoreAssessment }] = await loadPart("engine", () =>
      Promise.all([
        import(/* webpackChunkName: "calculation" */ "../src/forms/calculation"),
        import(/* webpackChunkName: "engine" */ "../src/methodology/assess"),
      ]),
    );
    return [
      ...buildTemplateSheets(lang, assessment),
      buildCalculationSheet(assessment, { lang, result: scoreAssessment(assessment) }),
    ];
  },
  parseJson: async (input) => (await readerModule()).parseAssessment(input),
  readJson: async (content) => {
    const { parseJsonText, parseJsonBytes } = await readerModule();
    const read = typeof content === "string" ? parseJsonText(content) : parseJsonBytes(content);
    if (read.ok) return read;
    return {
      ok: false,
      problem: { severity: "error", code: read.code, bodyId: null, path: "", params: read.params },
    };
  },
  readTables: async (tables) => (await readerModule()).readAndValidateTables(tables),
  locate: async (problems, tables) => (await readerModule()).locateProblems(problems, tables),
  // The engine loads on the first check (the Template step does not need it).
  evaluate: async (input) =>
    (await loadPart("engine", () => import(/* webpackChunkName: "engine" */ "../src/evaluate"))).evaluate(
      input,
    ),
  russianTextProblems: async (assessment) => (await readerModule()).russianTextProblems(assessment),
  formIds: FORM_IDS.map(String),
  formName: (id, lang) => uiText("formAnnex", lang, { n: id }),
  // The annex forms (their kk/ru wording is a quarter of the pane) load when first needed.
  conclusionForms: async (result, choice) =>
    (
      await loadPart("forms", () => import(/* webpackChunkName: "forms" */ "../src/forms/index"))
    ).buildConclusionForms(result, {
      ...(choice.bodies ? { bodies: choice.bodies } : {}),
      langs: choice.langs,
      forms: choice.forms === "all" ? "all" : choice.forms.map((f) => Number(f) as FormId),
      existingSheetNames: choice.existingSheetNames,
      ...(choice.previous ? { previous: choice.previous } : {}),
    }),
  rankingSheet,
  // The procedure, the calendar and annex 14 load when the Objections step first needs them.
  reviewObjections: async (tables, original, lang) => {
    const [{ readProcedureTables }, { runObjections }, { overridesFrom }] = await loadPart("objections", () =>
      Promise.all([
        import(/* webpackChunkName: "objections" */ "../src/objections/objection-reader"),
        import(/* webpackChunkName: "objections" */ "../src/objections/procedure"),
        import(/* webpackChunkName: "objections" */ "../src/calendar/calendar"),
      ]),
    );
    const read = readProcedureTables(tables);
    if (!read.objections) return { hasTable: false, problems: read.problems };
    // Rows that could not be read are already reported; the review runs on the rest.
    const procedure = runObjections(original, read.objections, overridesFrom(read.holidays), lang);
    return { hasTable: true, procedure, problems: [...read.problems, ...procedure.problems] };
  },
  // The objections tables' schema is the template's: it loads with the template, not with the pane.
  procedureSheetNames: async (tables, lang) => {
    const [{ INPUT_TABLES, workbookLanguage }, { HOLIDAYS_TEMPLATE_TABLE, OBJECTIONS_TEMPLATE_TABLE }] =
      await Promise.all([
        readerModule(),
        loadPart(
          "reader",
          () => import(/* webpackChunkName: "reader" */ "../src/objections/objection-tables"),
        ),
      ]);
    // The reader's own guess (sheet names, else headers); a workbook without tables: the pane's.
    const workbookLang = tables.length ? workbookLanguage(tables, INPUT_TABLES) : lang;
    const sheetOf = (table: TemplateTable) =>
      tables.find((t) => t.name === table.name)?.sheet ?? table.sheet[workbookLang];
    return { objections: sheetOf(OBJECTIONS_TEMPLATE_TABLE), holidays: sheetOf(HOLIDAYS_TEMPLATE_TABLE) };
  },
  objectionSheets: async (original, procedure, choice) => {
    const [{ procedureSheets }, { recorderFromSettings }, { formatIsoDate }] = await loadPart(
      "objections",
      () =>
        Promise.all([
          import(/* webpackChunkName: "objection-forms" */ "../src/objections/objection-sheets"),
          import(/* webpackChunkName: "objections" */ "../src/objections/log"),
          import(/* webpackChunkName: "objections" */ "../src/calendar/date"),
        ]),
    );
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
    tableNames: async () => {
      const { HISTORY_TABLE_NAME, BODY_MAP_TABLE_NAME } = await readerModule();
      return [HISTORY_TABLE_NAME, BODY_MAP_TABLE_NAME];
    },
    // The history's logic loads when the pane first needs it.
    view: async (tables, result) => (await historyModule()).historyView(tables, result),
    planRecord: async (tables, result, lang) => (await historyModule()).planRecord(tables, result, lang),
    trendSheet: async (...args) => (await historyModule()).trendSheet(...args),
  },
  received: {
    tableName: RECEIVED_TABLE_NAME,
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
        const [{ readWorkbookBytes }, { webShareCodec }] = await loadPart("reader", () =>
          Promise.all([
            import(/* webpackChunkName: "reader" */ "../src/xlsx/package-tables"),
            import(/* webpackChunkName: "reader" */ "../src/xlsx/share-web"),
          ]),
        );
        const read = await readWorkbookBytes(name, bytes, webShareCodec.inflate);
        return read.ok ? receivedWorkbook(name, read.tables) : read;
      }
      const json = await opevalApi.readJson(bytes);
      if (!json.ok) return { ok: false, problems: [{ ...json.problem, path: name }] };
      return resultsDocument(name, json.value);
    },
    plan: async (tables, files) => (await receivedModule()).planReceivedImport(tables, files),
  },
};
