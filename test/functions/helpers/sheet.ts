/** Evaluates a Calculation SheetSpec over the template tables of an assessment with the OPEVAL functions. */
import * as complaints from "../../../functions/complaints";
import * as explain from "../../../functions/explain";
import * as openness from "../../../functions/openness";
import * as overall from "../../../functions/overall";
import * as planning from "../../../functions/planning";
import * as services from "../../../functions/services";
import { CALCULATION_TABLE } from "../../../src/forms/calculation";
import type { SheetSpec } from "../../../src/sheet/spec";
import { HEADER_ROW } from "../../../src/model/template-schema";
import type { TableValues } from "../../../src/model/tables";
import { evaluateFormula, type Context, type Scalar, type Table } from "./formula";

export const OPEVAL_FUNCTIONS = {
  ...services,
  ...openness,
  ...complaints,
  ...overall,
  ...planning,
  ...explain,
} as unknown as Record<string, (...args: unknown[]) => unknown>;

/** Column and row of an A1 address (1-based). */
function cellOf(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(m[2]), col };
}

/**
 * The Calculation table with every formula evaluated, column by column from the left (a column
 * only refers to columns on its left, or to whole columns already computed), keyed by header.
 */
export function evaluateCalculation(sheet: SheetSpec, inputs: TableValues[]): Table {
  const tables = new Map<string, Table>();
  for (const t of inputs)
    tables.set(t.name, { headers: t.values[0] as string[], rows: t.values.slice(1) as Scalar[][] });
  const headers = sheet.rows[HEADER_ROW - 1] as string[];
  const rows = sheet.rows.slice(HEADER_ROW).map((r) => headers.map((_, j) => (r[j] ?? null) as Scalar));
  const calc: Table = { headers, rows };
  tables.set(CALCULATION_TABLE, calc);
  const byColumn = new Map<number, { row: number; formula: string }[]>();
  for (const f of sheet.formulas ?? []) {
    const { row, col } = cellOf(f.address);
    byColumn.set(col, [...(byColumn.get(col) ?? []), { row: row - HEADER_ROW - 1, formula: f.formula }]);
  }
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    for (const { row, formula } of byColumn.get(col)!) {
      const ctx: Context = {
        tables,
        current: { table: CALCULATION_TABLE, row },
        functions: OPEVAL_FUNCTIONS,
      };
      rows[row]![col - 1] = evaluateFormula(ctx, formula);
    }
  }
  return calc;
}
