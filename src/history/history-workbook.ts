/**
 * The history in an open workbook (task pane): the comparison of the scored assessment with the
 * latest earlier period of its opeval_History, the rows that record the assessment's period in
 * that table, and a body's trend sheet. Pure functions over the tables as the workbook adapters
 * read them; the pane writes through src/excel/.
 */
import type { AssessmentResult } from "../methodology/assess";
import { truncate2 } from "../methodology/numeric";
import type { Problem } from "../model/problems";
import type { TableValues } from "../model/tables";
import { TABLE_TERMS } from "../model/model-terms";
import type { Lang } from "../model/types";
import { tableRows } from "../model/tables";
import type { CellValue, SheetSpec } from "../sheet/spec";
import { comparePeriods, previousPeriod, type Comparison } from "./history-compare";
import { readHistoryTables } from "./history-read";
import { mergePeriods } from "./history-record";
import { periodRows } from "./history-rows";
import { dateText, periodProblem, snapshotOf, type PeriodSnapshot } from "./history-snapshot";
import { HISTORY_TEMPLATE_TABLE } from "./history-tables";
import { PANE_TERMS } from "./history-terms";
import { fill } from "../i18n/lang";

export interface HistoryView {
  /** Present when the workbook records a period before the assessment's. */
  comparison?: Comparison;
  /** Problems of opeval_History / opeval_BodyMap (at their cells). */
  problems: Problem[];
  /** Periods recorded in the workbook. */
  periods: string[];
}

export function historyView(tables: readonly TableValues[], result: AssessmentResult): HistoryView {
  const read = readHistoryTables(tables);
  const periods = read.periods.map((p) => p.period);
  const period = result.assessment.period?.trim();
  if (read.problems.length || period === undefined || periodProblem(period))
    return { problems: read.problems, periods };
  const previous = previousPeriod(read.periods, period);
  if (!previous) return { problems: [], periods };
  return {
    comparison: comparePeriods(previous, snapshotOf(result, period), { bodyMap: read.bodyMap }),
    problems: [],
    periods,
  };
}

export type RecordPlan =
  | { kind: "noTable" }
  | { kind: "invalid"; problems: Problem[] }
  | {
      kind: "ready";
      table: string;
      period: string;
      /** The period is already recorded: its rows are replaced (only after the analyst confirms). */
      replaces: boolean;
      /** The rows to add, in the column order of the workbook's table. */
      append: CellValue[][];
      /** 0-based column of the period in the workbook's table. */
      periodColumn: number;
    };

/** Which column of the workbook's table holds each column key (headers in any language, any order). */
function columnIndexes(table: TableValues): Map<string, number> {
  const header = table.values[0] ?? [];
  // The shared reader keys a row by column: a row of column numbers gives each key's position.
  const { rows } = tableRows({ ...table, values: [header, header.map((_, j) => j)] }, HISTORY_TEMPLATE_TABLE);
  const out = new Map<string, number>();
  for (const [key, j] of Object.entries(rows[0] ?? {})) if (typeof j === "number") out.set(key, j);
  return out;
}

/** The rows that record the assessment's period in the workbook's opeval_History. */
export function planRecord(
  tables: readonly TableValues[],
  result: AssessmentResult,
  lang: Lang,
  today: Date = new Date(),
): RecordPlan {
  const table = tables.find((t) => t.name.toLowerCase() === HISTORY_TEMPLATE_TABLE.name.toLowerCase());
  if (!table) return { kind: "noTable" };
  const problem = periodProblem(result.assessment.period);
  if (problem) return { kind: "invalid", problems: [problem] };
  const read = readHistoryTables(tables);
  if (read.problems.length) return { kind: "invalid", problems: read.problems };
  const period = result.assessment.period!.trim();
  const snapshot = snapshotOf(result, period, { recorded: dateText(today) });
  const merged = mergePeriods(
    [
      ...read.periods.map((p) => ({ snapshot: p, source: HISTORY_TEMPLATE_TABLE.name })),
      { snapshot, source: "assessment" },
    ],
    { replacePeriod: true },
  );
  if (merged.problems.length) return { kind: "invalid", problems: merged.problems };
  const columns = columnIndexes(table);
  const width = (table.values[0] ?? []).length;
  const keys = HISTORY_TEMPLATE_TABLE.columns.map((c) => c.key);
  const append = periodRows(snapshot, lang).map((cells) => {
    const row: CellValue[] = Array<CellValue>(width).fill(null);
    keys.forEach((key, k) => {
      const j = columns.get(key);
      if (j !== undefined) row[j] = cells[k] ?? null;
    });
    return row;
  });
  return {
    kind: "ready",
    table: table.name,
    period,
    replaces: read.periods.some((p) => p.period === period),
    append,
    periodColumn: columns.get("period") ?? 0,
  };
}

const TREND_HEADER_ROW = 3;

/**
 * A body's trend: the general score and the three directions over the recorded periods (and the
 * assessment's own period), truncated to two decimals (I-18), with a line chart beside them.
 * Undefined when fewer than two periods know the body.
 */
export function trendSheet(
  tables: readonly TableValues[],
  result: AssessmentResult,
  bodyId: string,
  lang: Lang,
):
  | { sheet: SheetSpec; chart: { type: "line"; title: string; dataRange: string; anchor: string } }
  | undefined {
  const read = readHistoryTables(tables);
  if (read.problems.length) return undefined;
  const periods: PeriodSnapshot[] = [...read.periods];
  const period = result.assessment.period?.trim();
  if (period !== undefined && !periodProblem(period)) {
    const own = snapshotOf(result, period);
    const i = periods.findIndex((p) => p.period === period);
    if (i >= 0) periods[i] = own;
    else periods.push(own);
  }
  periods.sort((a, b) => a.period.localeCompare(b.period));
  // Follow the body back through renames: previous code → current code.
  const idsOf = new Set([bodyId]);
  for (let grown = true; grown;) {
    grown = false;
    for (const [previous, current] of read.bodyMap)
      if (idsOf.has(current) && !idsOf.has(previous)) {
        idsOf.add(previous);
        grown = true;
      }
  }
  const series = periods
    .map((p) => ({ period: p.period, body: p.bodies.find((b) => idsOf.has(b.id)) }))
    .filter((s) => s.body !== undefined);
  if (series.length < 2) return undefined;
  const name = result.bodies.find((b) => b.id === bodyId)?.name ?? bodyId;
  const num = (v: number | undefined): CellValue => (v === undefined ? null : truncate2(v));
  const header = [
    PANE_TERMS.period[lang],
    TABLE_TERMS.overall[lang],
    TABLE_TERMS.services[lang],
    TABLE_TERMS.openness[lang],
    TABLE_TERMS.complaints[lang],
  ];
  const rows: CellValue[][] = [
    [fill(PANE_TERMS.trendTitle[lang], { body: name })],
    [],
    header,
    ...series.map(({ period: p, body }) => [
      p,
      num(body!.values.get("overall.score")),
      num(body!.values.get("services.final")),
      num(body!.values.get("openness.final")),
      num(body!.values.get("complaints.final")),
    ]),
  ];
  const last = TREND_HEADER_ROW + series.length;
  const sheet: SheetSpec = {
    name: `${PANE_TERMS.trendSheet[lang]} ${bodyId}`.slice(0, 31),
    kind: "ranking",
    rows,
    columnWidths: [10, 12, 12, 12, 12],
    styles: [
      { range: "A1", style: { bold: true, size: 13 } },
      {
        range: `A${TREND_HEADER_ROW}:E${TREND_HEADER_ROW}`,
        style: { bold: true, wrap: true, hAlign: "center" },
      },
      { range: `A${TREND_HEADER_ROW}:E${last}`, style: { border: "all" } },
      { range: `A${TREND_HEADER_ROW + 1}:A${last}`, style: { numberFormat: "@" } },
      { range: `B${TREND_HEADER_ROW + 1}:E${last}`, style: { numberFormat: "0.00" } },
    ],
  };
  return {
    sheet,
    chart: {
      type: "line",
      title: fill(PANE_TERMS.trendTitle[lang], { body: name }),
      dataRange: `A${TREND_HEADER_ROW}:E${last}`,
      anchor: `G${TREND_HEADER_ROW}`,
    },
  };
}
