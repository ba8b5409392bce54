/** What the task-pane tests under jsdom share: a stand-in ResizeObserver and the sample workbook. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../../src/excel/memory";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { parseAssessment } from "../../src/model/parse";

// jsdom has no layout: Fluent's message bar only needs ResizeObserver to exist.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

/** examples/sample-cohort.json, parsed. */
export const SAMPLE = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../examples/sample-cohort.json"), "utf8"),
) as unknown;

/** A memory workbook holding the template in `lang`, filled from examples/sample-cohort.json. */
export function sampleWorkbook(lang: "kk" | "ru" | "en" = "kk"): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  wb.seed(buildTemplateSheets(lang, parseAssessment(SAMPLE).assessment));
  return wb;
}
