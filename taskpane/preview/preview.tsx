/**
 * The browser preview: the same pane as in Excel, over an in-memory workbook filled from the
 * sample cohort (JSON → template sheets, as "Fill from a JSON file" does), with the workbook's
 * sheets shown beside it. Query: `?lang=kk|ru|en`, `?theme=dark`, `?empty` (start with a blank
 * workbook), `?step=check`, `?calls` (Generate without the file import), `?refuse-new` (the first
 * new workbook is refused, as Excel on the web can: office-js #3646), `?history` (opeval_History
 * records samples/assessment-previous.json as 2018, so Results shows the change under each score).
 */
import { FluentProvider, makeStyles, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { useState } from "react";
import { createRoot } from "react-dom/client";
import sample from "../../samples/assessment-sample.json";
import { MemoryWorkbook } from "../../src/excel/memory";
import { inflateRawStream } from "../../src/excel/excel-model/inserted-sheets";
import { paneNativeImport } from "../native-file";
import { buildTemplateSheets, INPUT_TABLES } from "../../src/workbook/input-template";
import { assessmentRows } from "../../src/model/template-rows";
import { renderTemplateSheets } from "../../src/model/template-sheets";
import { parseAssessment } from "../../src/model/parse";
import type { Lang } from "../../src/model/types";
import { paneLanguage, uiText } from "../ui-text";
import { App, type StepId } from "../App";
import { LangProvider } from "../i18n";
import { opevalApi } from "../opeval-api";
import { WorkbookView } from "./WorkbookView";

const useStyles = makeStyles({
  page: {
    display: "flex",
    gap: "12px",
    padding: "12px",
    minHeight: "100vh",
    boxSizing: "border-box",
    alignItems: "stretch",
  },
  pane: {
    width: "350px",
    flexShrink: 0,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    maxHeight: "calc(100vh - 24px)",
  },
  sheets: { flexGrow: 1, minWidth: 0, maxHeight: "calc(100vh - 24px)" },
});

const query = new URLSearchParams(location.search);
/** `?width=500`: the pane as wide as Excel lets an analyst drag it (320–800 px; default 350). */
const paneWidth = Math.min(800, Math.max(320, Number(query.get("width")) || 350));
const lang: Lang = query.has("lang")
  ? paneLanguage(query.get("lang") ?? "")
  : paneLanguage(navigator.language);
const dark =
  query.get("theme") === "dark" ||
  (!query.has("theme") && matchMedia("(prefers-color-scheme: dark)").matches);

// Generate as in an Excel with ExcelApi 1.13: the forms go as .xlsx files through the model of
// Excel's insert (`?calls`: as in an Excel without it, by Office.js calls).
const workbook = new MemoryWorkbook(
  "Sheet1",
  query.has("calls") || typeof CompressionStream !== "function"
    ? undefined
    : { native: paneNativeImport, inflateRaw: inflateRawStream },
);
if (query.has("refuse-new")) workbook.failNewWorkbook = "GeneralException";
if (!query.has("empty") && !query.has("history")) {
  const parsed = parseAssessment(sample);
  if (parsed.assessment) {
    // Seeded synchronously (before the first render): the input tables, as a sample workbook has them.
    const sheets = buildTemplateSheets(lang, parsed.assessment);
    workbook.seed(sheets);
    if (sheets[0]) void workbook.activateSheet(sheets[0].name);
  }
}

/** `?history`: the sample with 2018 (samples/assessment-previous.json) recorded in opeval_History. */
async function seedWithHistory(): Promise<void> {
  const [previous, { scoreAssessment }, { snapshotOf }, { historyTableRows }, { HISTORY_TABLE_NAME }] =
    await Promise.all([
      import("../../samples/assessment-previous.json"),
      import("../../src/methodology/assess"),
      import("../../src/history/history-snapshot"),
      import("../../src/history/history-rows"),
      import("../../src/history/history-tables"),
    ]);
  const current = parseAssessment(sample).assessment;
  const before = parseAssessment(previous.default).assessment;
  if (!current || !before) return;
  const rows = new Map([
    ...assessmentRows(lang, current),
    [HISTORY_TABLE_NAME, historyTableRows([snapshotOf(scoreAssessment(before), "2018")], lang)],
  ]);
  const sheets = renderTemplateSheets(INPUT_TABLES, lang, rows);
  workbook.seed(sheets);
  if (sheets[0]) await workbook.activateSheet(sheets[0].name);
}

function Preview() {
  const styles = useStyles();
  const [paneLang, setPaneLang] = useState<Lang>(lang);
  document.documentElement.lang = paneLang;
  document.title = uiText("previewTitle", paneLang);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>
      <main className={styles.page}>
        <section
          className={styles.pane}
          style={{ width: `${paneWidth}px` }}
          aria-label="opeval"
          data-testid="pane"
        >
          <App
            workbook={workbook}
            api={opevalApi}
            initialLang={lang}
            dark={dark}
            initialStep={(query.get("step") as StepId | null) ?? undefined}
            onLangChange={setPaneLang}
          />
        </section>
        <section className={styles.sheets} aria-label={uiText("previewSheets", paneLang)}>
          <LangProvider lang={paneLang}>
            <WorkbookView workbook={workbook} />
          </LangProvider>
        </section>
      </main>
    </FluentProvider>
  );
}

// Exposed for the e2e tests, which read cells the way an analyst would look at them.
(window as unknown as { opevalWorkbook: MemoryWorkbook }).opevalWorkbook = workbook;
void (query.has("history") ? seedWithHistory() : Promise.resolve()).then(() =>
  createRoot(document.getElementById("root")!).render(<Preview />),
);
