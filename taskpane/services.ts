/**
 * What the pane calls in src/: table reading, the template, the engine, the forms and the ranking.
 * The pane is given these as one object so it holds no logic of its own; `opevalServices` binds
 * them to the real modules (tests and the preview use the same binding).
 */
import type { SheetSpec } from "../src/forms/sheet";
import type { AssessmentResult, Evaluation } from "../src/methodology/assess";
import type { Problem } from "../src/model/problems";
import type { Assessment, Lang, LanguageVersion } from "../src/model/types";
import type { ChartSpec, TableValues } from "../src/excel/workbook";

export interface ConclusionChoice {
  /** Body ids; undefined means every body. */
  bodies?: string[];
  langs: LanguageVersion[];
  forms: string[] | "all";
  existingSheetNames: string[];
}

export interface PaneServices {
  /** Names of the input tables the template creates and the reader reads. */
  inputTableNames: readonly string[];
  templateSheets(lang: Lang, assessment?: Assessment): SheetSpec[] | Promise<SheetSpec[]>;
  parseJson(input: unknown): { assessment?: Assessment; problems: Problem[] };
  /** Reads and validates the tables; problems are located at their cells where possible. */
  readTables(tables: TableValues[]): { input?: unknown; problems: Problem[] };
  /** Adds the cell of each problem's JSON path (for problems the engine found while scoring). */
  locate(problems: readonly Problem[], tables: TableValues[]): Problem[];
  evaluate(input: unknown): Evaluation;
  formIds: readonly string[];
  formName(id: string, lang: Lang): string;
  conclusionSheets(result: AssessmentResult, choice: ConclusionChoice): SheetSpec[] | Promise<SheetSpec[]>;
  rankingSheet(result: AssessmentResult, lang: Lang): { sheet: SheetSpec; chart: ChartSpec };
}
