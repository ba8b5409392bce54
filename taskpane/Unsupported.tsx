/**
 * Shown instead of the pane when this Excel lacks a requirement set the pane's workbook features
 * need (src/excel/office.ts PANE_REQUIREMENTS). Those sets are checked at run time, not declared in
 * the manifest, so the =OPEVAL.* functions still load in such an Excel.
 */
import type { Lang } from "../src/model/types";

export const UNSUPPORTED_TEXT: Readonly<Record<Lang, (sets: string) => string>> = {
  en: (sets) =>
    `This version of Excel does not support ${sets}, which the opeval task pane needs (Microsoft 365, Excel 2021 or later, Excel on the web). The =OPEVAL.* functions work without it.`,
  kk: (sets) =>
    `Excel-дің бұл нұсқасы opeval тапсырмалар тақтасына қажет ${sets} жинағын қолдамайды (Microsoft 365, Excel 2021 не одан кейінгі, Excel онлайн). =OPEVAL.* функциялары онсыз да жұмыс істейді.`,
  ru: (sets) =>
    `Эта версия Excel не поддерживает ${sets}, необходимый области задач opeval (Microsoft 365, Excel 2021 или новее, Excel в Интернете). Функции =OPEVAL.* работают и без него.`,
};

export function Unsupported({ lang, missing }: { lang: Lang; missing: readonly string[] }) {
  return (
    <p role="alert" lang={lang} style={{ margin: 16, fontFamily: "Segoe UI, sans-serif" }}>
      {UNSUPPORTED_TEXT[lang](missing.join(", "))}
    </p>
  );
}
