/**
 * The pane's history actions: read the comparison with the previous period, record the checked
 * period in the workbook's opeval_History (rows added; a recorded period's rows replaced only when
 * the analyst confirmed), and insert a body's trend sheet with its chart. Logic lives in
 * src/history/history-workbook.ts; this file only reads and writes through the workbook adapter.
 */
import type { WorkbookAdapter } from "../src/excel/workbook";
import type { HistoryView } from "../src/history/history-workbook";
import type { AssessmentResult } from "../src/methodology/assess";
import type { Problem } from "../src/model/problems";
import type { Lang } from "../src/model/types";
import type { PaneApi } from "./pane-api";

export async function readHistoryView(
  workbook: WorkbookAdapter,
  api: PaneApi,
  result: AssessmentResult,
): Promise<HistoryView | undefined> {
  const history = api.history;
  if (!history) return undefined;
  return history.view(await workbook.readTables(await history.tableNames()), result);
}

export type RecordOutcome =
  | { kind: "unavailable" }
  | { kind: "noTable" }
  | { kind: "invalid"; problems: Problem[] }
  | { kind: "needsConfirm"; period: string }
  | { kind: "recorded"; period: string; added: number; removed: number };

/** Records `result`'s period; an already recorded period needs `replaceConfirmed`. */
export async function recordPeriod(
  workbook: WorkbookAdapter,
  api: PaneApi,
  result: AssessmentResult,
  lang: Lang,
  replaceConfirmed: boolean,
): Promise<RecordOutcome> {
  const history = api.history;
  if (!history || !workbook.updateTableRows) return { kind: "unavailable" };
  const plan = await history.planRecord(await workbook.readTables(await history.tableNames()), result, lang);
  if (plan.kind !== "ready") return plan;
  if (plan.replaces && !replaceConfirmed) return { kind: "needsConfirm", period: plan.period };
  const done = await workbook.updateTableRows(plan.table, {
    ...(plan.replaces ? { removeWhere: { column: plan.periodColumn, equals: plan.period } } : {}),
    append: plan.append,
  });
  return { kind: "recorded", period: plan.period, ...done };
}

/** Inserts the body's trend sheet and line chart; undefined when fewer than two periods know it. */
export async function insertTrend(
  workbook: WorkbookAdapter,
  api: PaneApi,
  result: AssessmentResult,
  bodyId: string,
  lang: Lang,
): Promise<string | undefined> {
  const history = api.history;
  if (!history) return undefined;
  const trend = await history.trendSheet(
    await workbook.readTables(await history.tableNames()),
    result,
    bodyId,
    lang,
  );
  if (!trend) return undefined;
  return workbook.insertSheetWithChart(trend.sheet, trend.chart);
}
