/**
 * Entry point of the real Office task pane: waits for Office.js, then mounts the pane over the
 * Office.js workbook adapter, in the language and theme of Office — or, where Excel lacks a set the
 * pane's workbook features need (checked with isSetSupported, never declared in the manifest), a
 * message saying so.
 */
import { createRoot } from "react-dom/client";
import { missingPaneRequirements, OfficeWorkbook } from "../src/excel/office";
import { nativeImportSupported } from "../src/excel/native-import";
import { paneNativeImport } from "./native-file";
import { paneLanguage } from "./ui-text";
import { App } from "./App";
import { opevalApi } from "./opeval-api";
import { Unsupported } from "./Unsupported";

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
  const lang = paneLanguage(Office.context.displayLanguage);
  const missing = missingPaneRequirements();
  if (missing.length) {
    createRoot(container).render(<Unsupported lang={lang} missing={missing} />);
    return;
  }
  // Generate imports the forms as a file where this Excel can (ExcelApi 1.13, checked here, never
  // declared in the manifest); elsewhere it writes them with Office.js calls.
  const native = nativeImportSupported(
    (name, version) => Office.context.requirements.isSetSupported(name, version),
    Office.context.platform === Office.PlatformType.iOS ? "iOS" : String(Office.context.platform),
    typeof CompressionStream === "function",
  );
  createRoot(container).render(
    <App
      workbook={
        new OfficeWorkbook(
          undefined,
          native ? paneNativeImport : undefined,
          // New workbooks (ExcelApi 1.8, within the checked 1.9) need only the pane's file builder.
          typeof CompressionStream === "function" ? { files: paneNativeImport } : {},
          // Imported sheets are reported to print differently on the web (office-js #5777).
          Office.context.platform === Office.PlatformType.OfficeOnline,
        )
      }
      api={opevalApi}
      initialLang={lang}
      dark={isDark(Office.context.officeTheme)}
    />,
  );
});
