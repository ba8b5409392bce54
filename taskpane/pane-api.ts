/**
 * What the pane calls in src/: table reading, the template, the engine, the forms and the ranking.
 * The pane is given these as one object so it holds no logic of its own; `opevalApi` binds
 * them to the real modules (tests and the preview use the same binding).
 */
import type { SheetSpec } from "../src/sheet/spec";
import type { FormSheet } from "../src/excel/new-workbooks";
import type { AssessmentResult } from "../src/methodology/assess";
import type { Evaluation } from "../src/evaluate";
import type { Problem } from "../src/model/problems";
import type { Assessment, Lang, LanguageVersion } from "../src/model/types";
import type { ChartSpec, TableValues } from "../src/excel/workbook";
import type { ProcedureOutput } from "../src/objections/procedure";
import type { HistoryView, RecordPlan, trendSheet } from "../src/history/history-workbook";
import type { Comparison } from "../src/history/history-compare";
import type { ReceivedFileRead, ReceivedFile, ReceivedImportPlan } from "../src/model/received-files";
import type { TemplateDirection } from "../src/model/template-schema";

/** The objections procedure over the workbook's opeval_Objections and opeval_Holidays tables. */
export interface ObjectionsReview {
  /** False when the workbook has no opeval_Objections table (the template has one). */
  hasTable: boolean;
  /** Present when the table was read: dates, outcomes, corrected results, comparison. */
  procedure?: ProcedureOutput;
  /** Problems of the tables' rows (located at their cells) and of the review. */
  problems: Problem[];
}

export interface ObjectionSheetsChoice {
  langs: LanguageVersion[];
  existingSheetNames: string[];
}

export interface ConclusionChoice {
  /** Body ids; undefined means every body. */
  bodies?: string[];
  langs: LanguageVersion[];
  forms: string[] | "all";
  existingSheetNames: string[];
  /** The comparison with the previous recorded period: the drafted analysis states the change. */
  previous?: Comparison;
}

/**
 * What may come back at once or after its module has loaded: the reader, the engine, the forms and
 * the history are chunks of their own (taskpane/opeval-api.ts), a test's stand-in may answer at once.
 */
export type Later<T> = T | Promise<T>;

export interface PaneApi {
  /** Names of the input tables the template creates and the reader reads. */
  inputTableNames(): Later<readonly string[]>;
  /** The full template, or with `direction` only the sheets that authority fills (issue 24). */
  templateSheets(
    lang: Lang,
    assessment?: Assessment,
    direction?: TemplateDirection,
  ): SheetSpec[] | Promise<SheetSpec[]>;
  parseJson(input: unknown): Later<{ assessment?: Assessment; problems: Problem[] }>;
  /**
   * A JSON file's bytes (or text) read strictly (src/model/strict-json.ts): a duplicate key, invalid
   * UTF-8, a lone surrogate, a ZIP or UTF-16 file is a problem in words, never V8's message.
   */
  readJson(
    content: Uint8Array | string,
  ): Later<{ ok: true; value: unknown } | { ok: false; problem: Problem }>;
  /** Reads and validates the tables; problems are located at their cells where possible. */
  readTables(tables: TableValues[]): Later<{ input?: unknown; problems: Problem[] }>;
  /** Adds the cell of each problem's JSON path (for problems the engine found while scoring). */
  locate(problems: readonly Problem[], tables: TableValues[]): Later<Problem[]>;
  /** The engine loads on the first check (a lazy chunk), so this may be a promise. */
  evaluate(input: unknown): Evaluation | Promise<Evaluation>;
  /** Texts the Russian forms would print in Kazakh (no Russian one given): warnings, once per body and field. */
  russianTextProblems(assessment: Assessment): Later<Problem[]>;
  formIds: readonly string[];
  formName(id: string, lang: Lang): string;
  /** The annex forms, each with its body (null: a reference annex) and language. */
  conclusionForms(result: AssessmentResult, choice: ConclusionChoice): FormSheet[] | Promise<FormSheet[]>;
  rankingSheet(result: AssessmentResult, lang: Lang): { sheet: SheetSpec; chart: ChartSpec };
  /** Reviews the objections of `tables` against the original results (`lang`: language of calendar notes). */
  reviewObjections(tables: TableValues[], original: AssessmentResult, lang: Lang): Promise<ObjectionsReview>;
  /**
   * The sheets the analyst sees the objections and holidays tables on: where the workbook has them,
   * else the template's names in the workbook's language (that of its input tables' sheets), else in
   * `lang`. The template's schema may load later than the pane (a chunk), so this may be a promise.
   */
  procedureSheetNames(
    tables: readonly TableValues[],
    lang: Lang,
  ): { objections: string; holidays: string } | Promise<{ objections: string; holidays: string }>;
  /** Annex 14 per body and direction, corrected conclusions beside the originals, comparison, opeval_Log. */
  objectionSheets(
    original: AssessmentResult,
    procedure: ProcedureOutput,
    choice: ObjectionSheetsChoice,
  ): Promise<SheetSpec[]>;
  /** The history of results (opeval_History): change against the previous period, recording, trend. */
  history?: HistoryApi;
  /** Received conclusions (issue 24): results files of the other authorities, added to opeval_Received. */
  received?: ReceivedApi;
}

/** "Import received conclusions": the same reading and checks as the CLI's `--received` (src/model/received-files.ts). */
export interface ReceivedApi {
  /** opeval_Received. */
  tableName: string;
  /** Whether this webview can unpack a workbook file (DecompressionStream "deflate-raw"). */
  canReadWorkbooks(): boolean;
  /** A picked file: a results document (.json) or a workbook holding opeval_Received (.xlsx, .xlsm). */
  readFile(name: string, bytes: Uint8Array): Promise<ReceivedFileRead>;
  /** What adding the files' rows to the workbook's tables does, or every reason it is refused. */
  plan(
    tables: TableValues[],
    files: readonly ReceivedFile[],
  ): ReceivedImportPlan | Promise<ReceivedImportPlan>;
}

/** The history's logic loads when first needed (a lazy chunk), so each may answer with a promise. */
export interface HistoryApi {
  tableNames(): Later<readonly string[]>;
  view(tables: TableValues[], result: AssessmentResult): HistoryView | Promise<HistoryView>;
  planRecord(tables: TableValues[], result: AssessmentResult, lang: Lang): RecordPlan | Promise<RecordPlan>;
  trendSheet(
    ...args: Parameters<typeof trendSheet>
  ): ReturnType<typeof trendSheet> | Promise<ReturnType<typeof trendSheet>>;
}
