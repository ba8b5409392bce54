/**
 * Reads a file for the history commands: an assessment (JSON or workbook) is scored and becomes
 * one period; a workbook's opeval_History gives the periods recorded in it and its opeval_BodyMap
 * the renamed bodies. An assessment workbook's own period is taken from its scoring, never from an
 * older row of its history. Files are only read.
 */
import { extname } from "node:path";
import type { AssessmentResult } from "../methodology/assess";
import { evaluate } from "../evaluate";
import { comparePeriods, previousPeriod, type Comparison } from "../history/history-compare";
import type { Problem } from "../model/problems";
import type { TableValues } from "../model/tables";
import { BODIES_TABLE } from "../model/template-schema";
import { readHistoryTables } from "../history/history-read";
import type { SourcedPeriod } from "../history/history-record";
import { dateText, periodProblem, snapshotOf, type PeriodSnapshot } from "../history/history-snapshot";
import { loadAssessmentFile } from "./load";
import { withReceived } from "./received";

export type HistorySource =
  | {
      ok: true;
      /** The scored assessment's period, when the file is an assessment. */
      assessment?: SourcedPeriod;
      /** Periods recorded in the file's opeval_History (other than the assessment's own). */
      recorded: SourcedPeriod[];
      bodyMap: Map<string, string>;
      /** The file is an assessment whose period is not a year: fine for scoring, not for history. */
      periodProblem?: Problem;
    }
  | { ok: false; problems: Problem[]; missing?: boolean };

/**
 * Scores and reads `file`; `today` is the date written as "recorded on". `received`: the
 * `--received` files joined to this file's assessment before it is scored (issue 24).
 */
export async function loadHistorySource(
  file: string,
  today: Date = new Date(),
  received?: readonly string[],
): Promise<HistorySource> {
  const isWorkbook = [".xlsx", ".xlsm", ".xls"].includes(extname(file).toLowerCase());
  let tables: TableValues[] = [];
  let assessment:
    { input: unknown; problems: Problem[]; locate?: (ps: readonly Problem[]) => Problem[] } | undefined;
  if (isWorkbook) {
    // The one safe workbook reader (size, package and table checks), read once for both uses.
    const { readWorkbookFile } = await import("../xlsx/read");
    const read = await readWorkbookFile(file);
    if (!read.tables)
      return { ok: false, problems: read.problems, ...(read.missing ? { missing: true } : {}) };
    tables = read.tables;
    const hasBodies = tables.some((t) => t.name.toLowerCase() === BODIES_TABLE.name.toLowerCase());
    if (hasBodies) {
      // With received files the tables may lack what those bring (K3 of a central body).
      const open = read.input === undefined && received?.length ? read.unvalidated : undefined;
      if (read.input === undefined && !open) return { ok: false, problems: read.problems };
      assessment = {
        input: open ? open.input : read.input,
        problems: read.readerProblems,
        ...(open ? { locate: open.locate } : read.locate ? { locate: read.locate } : {}),
      };
    }
  } else {
    const loaded = await loadAssessmentFile(file);
    if (!loaded.ok)
      return { ok: false, problems: loaded.problems, ...(loaded.missing ? { missing: true } : {}) };
    assessment = {
      input: loaded.input,
      problems: loaded.problems,
      ...(loaded.locate ? { locate: loaded.locate } : {}),
    };
  }
  const history = readHistoryTables(tables);
  if (history.problems.length) return { ok: false, problems: history.problems };
  const recordedFrom = (periods: readonly PeriodSnapshot[]): SourcedPeriod[] =>
    periods.map((snapshot) => ({
      snapshot,
      source: `${file} (opeval_History)`,
      path: `${file}: opeval_History, ${snapshot.period}`,
    }));
  if (!assessment) {
    // Received conclusions complete an assessment: a history workbook alone has none to complete.
    if (received?.length)
      return {
        ok: false,
        problems: [{ severity: "error", code: "receivedNoAssessment", bodyId: null, path: file, params: {} }],
      };
    if (!history.hasHistory)
      return {
        ok: false,
        problems: [{ severity: "error", code: "historyNoRows", bodyId: null, path: file, params: {} }],
      };
    return { ok: true, recorded: recordedFrom(history.periods), bodyMap: history.bodyMap };
  }
  let locate = assessment.locate ?? ((ps: readonly Problem[]) => [...ps]);
  if (received?.length) {
    const joined = await withReceived(received, assessment, file);
    if (!joined.ok)
      return { ok: false, problems: joined.problems, ...(joined.missing ? { missing: true } : {}) };
    locate = joined.locate;
  }
  const evaluation = evaluate(assessment.input);
  if (!evaluation.ok)
    return { ok: false, problems: [...assessment.problems, ...locate(evaluation.problems)] };
  const result = evaluation.result;
  const period = result.assessment.period?.trim();
  const problem = periodProblem(result.assessment.period);
  const recorded = recordedFrom(history.periods.filter((p) => p.period !== period));
  if (problem) {
    const [located] = locate([problem]);
    return {
      ok: true,
      recorded,
      bodyMap: history.bodyMap,
      periodProblem: located!.cell ? located! : { ...located!, path: `${file}: period` },
    };
  }
  return {
    ok: true,
    assessment: {
      snapshot: snapshotOf(result, period!, { recorded: dateText(today) }),
      source: file,
      path: `${file}: period`,
    },
    recorded,
    bodyMap: history.bodyMap,
  };
}

/**
 * The comparison of a scored workbook with the latest earlier period of its own opeval_History
 * (for the cohort table), or undefined when there is none. Problems of the history table are
 * returned to be shown; they never stop scoring.
 */
export function previousComparison(
  tables: readonly TableValues[] | undefined,
  result: AssessmentResult,
): { comparison?: Comparison; problems: Problem[] } {
  const period = result.assessment.period?.trim();
  if (!tables || period === undefined || periodProblem(period)) return { problems: [] };
  const history = readHistoryTables(tables);
  if (history.problems.length)
    return { problems: history.problems.map((p) => ({ ...p, severity: "warning" })) };
  const previous = previousPeriod(history.periods, period);
  if (!previous) return { problems: [] };
  const current = snapshotOf(result, period);
  return { comparison: comparePeriods(previous, current, { bodyMap: history.bodyMap }), problems: [] };
}
