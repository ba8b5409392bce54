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
import type { FileFormula, WorkbookFile } from "./xlsx";

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

/**
 * The parameters of each OPEVAL function that take a range (metadata dimensionality `matrix`), as
 * the build generates them: legacy evaluation intersects every other parameter.
 */
let matrixParams: Promise<Record<string, number[]>> | undefined;
export function opevalMatrixParams(): Promise<Record<string, number[]>> {
  matrixParams ??= (async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { customFunctionFiles } = require("../../../scripts/addin-files") as {
      customFunctionFiles: () => string[];
    };
    const generated = await generateCustomFunctionsMetadata(customFunctionFiles(), false);
    const metadata = JSON.parse(generated.metadataJson) as {
      functions: { id: string; parameters: { dimensionality?: string }[] }[];
    };
    return Object.fromEntries(
      metadata.functions.map((f) => [
        f.id,
        f.parameters.flatMap((p, i) => (p.dimensionality === "matrix" ? [i] : [])),
      ]),
    );
  })();
  return matrixParams;
}

/**
 * The Calculation table of a written file with every formula evaluated as Excel would evaluate the
 * file: each cell by the route its XML gives it (dynamic, array or legacy), column by column from
 * the left, over the file's own tables (their cells and rows as written).
 */
export async function evaluateFileCalculation(file: WorkbookFile): Promise<Table> {
  const tables = new Map<string, Table>();
  for (const [name, t] of file.tables)
    tables.set(name, { ...t.table, rows: t.table.rows.map((r) => [...r]) });
  const calc = tables.get(CALCULATION_TABLE);
  if (!calc) throw new Error(`the file has no ${CALCULATION_TABLE} table`);
  const sheet = file.tables.get(CALCULATION_TABLE)!.sheet;
  const firstRow = calc.firstRow!;
  const firstCol = cellOf(file.tables.get(CALCULATION_TABLE)!.ref.split(":")[0]!).col;
  const matrix = await opevalMatrixParams();
  const byColumn = new Map<number, FileFormula[]>();
  for (const f of file.formulas.filter((x) => x.sheet === sheet)) {
    const { col } = cellOf(f.address);
    byColumn.set(col, [...(byColumn.get(col) ?? []), f]);
  }
  for (const col of [...byColumn.keys()].sort((a, b) => a - b)) {
    for (const f of byColumn.get(col)!) {
      const row = cellOf(f.address).row - firstRow;
      const ctx: Context = {
        tables,
        current: { table: CALCULATION_TABLE, row },
        functions: OPEVAL_FUNCTIONS,
        mode: f.route,
        matrixParams: matrix,
      };
      calc.rows[row]![col - firstCol] = evaluateFormula(ctx, f.formula);
    }
  }
  return calc;
}
