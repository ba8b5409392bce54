/**
 * opeval_Objections and opeval_Holidays from a workbook's tables (values as 2-D arrays, header row
 * first — the shape both workbook adapters give, src/model/tables.ts), with every problem located
 * at its sheet and cell. Columns are located by src/model/tables.ts's matchColumns: by key or by
 * header in any of kk/ru/en, in any order.
 */
import type { Problem } from "../model/problems";
import { tableRows, type TableValues } from "../model/tables";
import { parseHolidayRows, parseObjectionRows } from "./objection-parse";
import { HOLIDAYS_TEMPLATE_TABLE, OBJECTIONS_TEMPLATE_TABLE } from "./objection-tables";
import type { DayOverride } from "../calendar/calendar";
import type { Objection } from "./objection-types";

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
