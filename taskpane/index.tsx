/**
 * Entry point of the real Office task pane: waits for Office.js, then mounts the pane over the
 * Office.js workbook adapter, in the language and theme of Office.
 */
import { createRoot } from "react-dom/client";
import { OfficeWorkbook } from "../src/excel/office";
import { paneLanguage } from "./ui-text";
import { App } from "./App";
import { opevalApi } from "./opeval-api";

/** Office themes give colours only; a dark body background means a dark theme. */
function isDark(theme: Office.OfficeTheme | undefined): boolean {
  const hex = theme?.bodyBackgroundColor?.replace("#", "");
  if (!hex || hex.length < 6) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r! + 0.587 * g! + 0.114 * b! < 128;
}

void Office.onReady(() => {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <App
      workbook={new OfficeWorkbook()}
      api={opevalApi}
      initialLang={paneLanguage(Office.context.displayLanguage)}
      dark={isDark(Office.context.officeTheme)}
    />,
  );
});
