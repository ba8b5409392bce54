/**
 * opeval_Objections and opeval_Holidays from a workbook's tables (values as 2-D arrays, header row
 * first — the shape both workbook adapters give, src/model/tables.ts), with every problem located
 * at its sheet and cell. Columns are located by src/model/tables.ts's matchColumns: by key or by
 * header in any of kk/ru/en, in any order.
 */
import { parseCell } from "../sheet/a1";
import { address } from "../sheet/a1";
import type { CellLocation, Problem } from "../model/problems";
import { matchColumns, type TableValues } from "../model/tables";
import type { TemplateTable } from "../model/template-schema";
import { parseHolidayRows, parseObjectionRows, type Row, type RowLocator } from "./objection-parse";
import { HOLIDAYS_TEMPLATE_TABLE, OBJECTIONS_TEMPLATE_TABLE } from "./objection-tables";
import type { DayOverride } from "../calendar/calendar";
import type { Objection } from "./objection-types";

function origin(a1: string): { row: number; col: number } {
  const cell = parseCell(a1);
  return cell ? { row: cell.row, col: cell.column } : { row: 1, col: 1 };
}

/** Rows keyed by column key, and where each cell is. */
export function tableRows(values: TableValues, spec: TemplateTable): { rows: Row[]; locator: RowLocator } {
  const header = values.values[0] ?? [];
  // The same column matching as the assessment's tables (src/model/tables.ts).
  const columnOf = matchColumns(header, spec).indexOf;
  const rows = values.values.slice(1).map((cells) => {
    const row: Record<string, unknown> = {};
    for (const [key, j] of columnOf) row[key] = cells[j] ?? null;
    return row;
  });
  const at = origin(values.address);
  const locator: RowLocator = {
    cell(index, key): CellLocation | undefined {
      const j = columnOf.get(key);
      if (j === undefined) return undefined;
      const h = header[j];
      return {
        sheet: values.sheet,
        address: address(at.row + 1 + index, at.col + j),
        ...(h !== null && h !== undefined ? { header: String(h) } : {}),
      };
    },
  };
  return { rows, locator };
}

export interface ProcedureTables {
  /** Undefined when the workbook has no opeval_Objections table. */
  objections?: Objection[];
  holidays: DayOverride[];
  problems: Problem[];
}

export function readProcedureTables(tables: readonly TableValues[]): ProcedureTables {
  const find = (name: string) => tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  const problems: Problem[] = [];
  const result: ProcedureTables = { holidays: [], problems };
  const o = find(OBJECTIONS_TEMPLATE_TABLE.name);
  if (o) {
    const { rows, locator } = tableRows(o, OBJECTIONS_TEMPLATE_TABLE);
    const parsed = parseObjectionRows(rows, { locator });
    result.objections = parsed.objections;
    problems.push(...parsed.problems);
  }
  const h = find(HOLIDAYS_TEMPLATE_TABLE.name);
  if (h) {
    const { rows, locator } = tableRows(h, HOLIDAYS_TEMPLATE_TABLE);
    const parsed = parseHolidayRows(rows, { locator });
    result.holidays = parsed.overrides;
    problems.push(...parsed.problems);
  }
  return result;
}
