/**
 * The pane's actions: each reads from the workbook, calls src/ through PaneApi and writes
 * back. No scoring or validation happens here.
 */
import type { SheetSpec } from "../src/sheet/spec";
import type { AssessmentResult } from "../src/methodology/assess";
import type { Problem } from "../src/model/problems";
import type { Lang, LanguageVersion } from "../src/model/types";
import type { WorkbookAdapter, WriteOptions, WriteResult } from "../src/excel/workbook";
import type { FormSheet, NewWorkbooksResult } from "../src/excel/new-workbooks";
import type { TableValues } from "../src/excel/workbook";
import type { TemplateDirection } from "../src/model/template-schema";
import type { ConclusionChoice, ObjectionsReview, PaneApi } from "./pane-api";
import { readHistoryView } from "./history-actions";

export type CheckOutcome =
  { kind: "noTables" } | { kind: "checked"; problems: Problem[]; result?: AssessmentResult };

export async function checkWorkbook(workbook: WorkbookAdapter, api: PaneApi): Promise<CheckOutcome> {
  return checkTables(await workbook.readTables(await api.inputTableNames()), api);
}

async function checkTables(tables: TableValues[], api: PaneApi): Promise<CheckOutcome> {
  if (tables.length === 0) return { kind: "noTables" };
  const read = await api.readTables(tables);
  if (read.input === undefined) return { kind: "checked", problems: read.problems };
  const evaluation = await api.evaluate(read.input);
  if (!evaluation.ok) return { kind: "checked", problems: [...read.problems, ...evaluation.problems] };
  // Scoring adds warnings of its own (e.g. a direction without data) to each body; the reader has
  // already reported the validation ones.
  const key = (p: Problem) => `${p.code}|${p.bodyId}|${p.path}`;
  const seen = new Set(read.problems.map(key));
  const scoring = evaluation.result.bodies.flatMap((b) => b.warnings).filter((p) => !seen.has(key(p)));
  // As `validate` and `conclude` do: a Russian text not given is said once per body and field.
  const russian = await api.russianTextProblems(evaluation.result.assessment);
  return {
    kind: "checked",
    problems: [...read.problems, ...(await api.locate([...scoring, ...russian], tables))],
    result: evaluation.result,
  };
}

export type TemplateOutcome = { kind: "written"; write: WriteResult } | { kind: "exists"; sheets: string[] };

export type JsonTemplateOutcome = TemplateOutcome | { kind: "invalid"; problems: Problem[] };

/** Sheets already holding input tables: table names are unique in a workbook, so a second copy cannot be added. */
async function existingInputSheets(workbook: WorkbookAdapter, api: PaneApi): Promise<string[]> {
  const tables = await workbook.readTables(await api.inputTableNames());
  return [...new Set(tables.map((t) => t.sheet))];
}

export async function insertTemplate(
  workbook: WorkbookAdapter,
  api: PaneApi,
  lang: Lang,
  direction?: TemplateDirection,
): Promise<TemplateOutcome> {
  const existing = await existingInputSheets(workbook, api);
  if (existing.length) return { kind: "exists", sheets: existing };
  return {
    kind: "written",
    write: await workbook.writeSheets(await api.templateSheets(lang, undefined, direction)),
  };
}

export async function insertTemplateFromJson(
  workbook: WorkbookAdapter,
  api: PaneApi,
  lang: Lang,
  content: Uint8Array | string,
  direction?: TemplateDirection,
): Promise<JsonTemplateOutcome> {
  const read = await api.readJson(content);
  if (!read.ok) return { kind: "invalid", problems: [read.problem] };
  const parsed = await api.parseJson(read.value);
  if (!parsed.assessment) return { kind: "invalid", problems: parsed.problems };
  const existing = await existingInputSheets(workbook, api);
  if (existing.length) return { kind: "exists", sheets: existing };
  return {
    kind: "written",
    write: await workbook.writeSheets(await api.templateSheets(lang, parsed.assessment, direction)),
  };
}

export type GenerateOutcome =
  | { kind: "needsCheck" }
  | { kind: "hasErrors"; problems: Problem[] }
  | { kind: "nothing" }
  | { kind: "written"; write: WriteResult; forms: FormSheet[] }
  | { kind: "opened"; opened: NewWorkbooksResult; forms: FormSheet[] };

/** Where Generate writes: new workbooks (where Excel can open them) or this workbook. */
export type GenerateTarget = "new" | "this";

/**
 * Re-reads and re-scores the workbook (it may have changed since the check), then writes the forms
 * into this workbook, or opens them as new workbooks (names then need be unique only among them).
 * `onChecked` gets that fresh check, so the other steps show what Generate saw.
 */
export async function generateConclusions(
  workbook: WorkbookAdapter,
  api: PaneApi,
  choice: Omit<ConclusionChoice, "existingSheetNames"> & { target?: GenerateTarget },
  options: WriteOptions,
  onChecked?: (check: CheckOutcome) => void,
): Promise<GenerateOutcome> {
  const check = await checkWorkbook(workbook, api);
  onChecked?.(check);
  if (check.kind === "noTables") return { kind: "needsCheck" };
  if (!check.result)
    return { kind: "hasErrors", problems: check.problems.filter((p) => p.severity === "error") };
  const previous = (await readHistoryView(workbook, api, check.result))?.comparison;
  const { target = "this", ...formChoice } = choice;
  const toNew = target === "new" && workbook.openNewWorkbooks !== undefined;
  const forms = await api.conclusionForms(check.result, {
    ...formChoice,
    ...(previous ? { previous } : {}),
    existingSheetNames: toNew ? [] : await workbook.sheetNames(),
  });
  if (forms.length === 0) return { kind: "nothing" };
  if (toNew) return { kind: "opened", opened: await workbook.openNewWorkbooks!(forms, options), forms };
  const sheets: SheetSpec[] = forms.map((f) => f.spec);
  return { kind: "written", write: await workbook.writeSheets(sheets, options), forms };
}

export async function insertRanking(
  workbook: WorkbookAdapter,
  api: PaneApi,
  result: AssessmentResult,
  lang: Lang,
): Promise<string> {
  const { sheet, chart } = api.rankingSheet(result, lang);
  return workbook.insertSheetWithChart(sheet, chart);
}

/** The objections and holidays tables' sheets, as the analyst sees them (PaneApi.procedureSheetNames). */
export interface ProcedureSheets {
  sheets: { objections: string; holidays: string };
}

export type ObjectionsOutcome = ProcedureSheets &
  (
    | { kind: "noTables" }
    | { kind: "hasErrors"; problems: Problem[] }
    | ({ kind: "reviewed"; result: AssessmentResult } & ObjectionsReview)
  );

/**
 * Reads the input tables with opeval_Objections and opeval_Holidays in one round trip (the input
 * tables include them), scores the input and reviews every objection against that result.
 */
export async function reviewWorkbookObjections(
  workbook: WorkbookAdapter,
  api: PaneApi,
  lang: Lang,
): Promise<ObjectionsOutcome> {
  const tables = await workbook.readTables(await api.inputTableNames());
  const sheets = await api.procedureSheetNames(tables, lang);
  const check = await checkTables(tables, api);
  if (check.kind === "noTables") return { kind: "noTables", sheets };
  if (!check.result)
    return { kind: "hasErrors", problems: check.problems.filter((p) => p.severity === "error"), sheets };
  const review = await api.reviewObjections(tables, check.result, lang);
  return { kind: "reviewed", result: check.result, ...review, sheets };
}

export type ObjectionSheetsOutcome =
  | Exclude<ObjectionsOutcome, { kind: "reviewed" }>
  | { kind: "noObjectionsTable"; review: ObjectionsOutcome & { kind: "reviewed" } }
  | { kind: "objectionErrors"; review: ObjectionsOutcome & { kind: "reviewed" } }
  | { kind: "written"; write: WriteResult; review: ObjectionsOutcome & { kind: "reviewed" } };

/** Re-reads and re-reviews the workbook (it may have changed since), then writes the procedure's sheets. */
export async function writeObjectionSheets(
  workbook: WorkbookAdapter,
  api: PaneApi,
  lang: Lang,
  langs: LanguageVersion[],
  options: WriteOptions,
): Promise<ObjectionSheetsOutcome> {
  const review = await reviewWorkbookObjections(workbook, api, lang);
  if (review.kind !== "reviewed") return review;
  if (!review.hasTable || !review.procedure) return { kind: "noObjectionsTable", review };
  if (review.problems.some((p) => p.severity === "error")) return { kind: "objectionErrors", review };
  const sheets = await api.objectionSheets(review.result, review.procedure, {
    langs,
    existingSheetNames: await workbook.sheetNames(),
  });
  return { kind: "written", write: await workbook.writeSheets(sheets, options), review };
}
