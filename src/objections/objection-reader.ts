/**
 * opeval_Objections and opeval_Holidays from a workbook's tables (values as 2-D arrays, header row
 * first — the shape both workbook adapters give, src/model/tables.ts), with every problem located
 * at its sheet and cell. Headers are matched in any of kk/ru/en or by key, in any column order.
 */
import { parseCell } from "../sheet/a1";
import { address } from "../sheet/a1";
import type { CellLocation, Problem } from "../model/problems";
import type { TableValues } from "../model/tables";
import type { TemplateTable } from "../model/template-schema";
import { parseHolidayRows, parseObjectionRows, type Row, type RowLocator } from "./objection-parse";
import { HOLIDAYS_TEMPLATE_TABLE, OBJECTIONS_TEMPLATE_TABLE } from "./objection-tables";
import type { DayOverride } from "../calendar/calendar";
import type { Objection } from "./objection-types";

function normalise(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

function origin(a1: string): { row: number; col: number } {
  const cell = parseCell(a1);
  return cell ? { row: cell.row, col: cell.column } : { row: 1, col: 1 };
}

/** Rows keyed by column key, and where each cell is. */
export function tableRows(values: TableValues, spec: TemplateTable): { rows: Row[]; locator: RowLocator } {
  const byHeader = new Map<string, string>();
  for (const c of spec.columns)
    for (const text of [c.key, c.header.en, c.header.kk, c.header.ru]) byHeader.set(normalise(text), c.key);
  const header = values.values[0] ?? [];
  const columnOf = new Map<string, number>();
  header.forEach((h, j) => {
    const key = byHeader.get(normalise(h === null || h === undefined ? "" : String(h)));
    if (key !== undefined && !columnOf.has(key)) columnOf.set(key, j);
  });
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
