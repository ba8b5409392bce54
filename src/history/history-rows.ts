/**
 * Snapshots → the rows of opeval_History (header row first), in the workbook's language. Values
 * are written as the engine gave them, not truncated, so a change computed in a cell is exact;
 * every display of them truncates (I-18).
 */
import { explanationText } from "../methodology/explain";
import { headerRow } from "../model/template-schema";
import { choiceText } from "../model/template-schema";
import { LEVEL_TERMS, TABLE_TERMS } from "../model/model-terms";
import type { Lang } from "../model/types";
import type { CellValue } from "../sheet/spec";
import { DIRECTIONS, type DirectionId } from "../model/types";
import { BODY_MAP_TEMPLATE_TABLE, HISTORY_TEMPLATE_TABLE } from "./history-tables";
import { editionValueNames, type BodySnapshot, type PeriodSnapshot } from "./history-snapshot";

/** The value cell of `item` for a body, or undefined when the body has no such value. */
function valueCell(body: BodySnapshot, item: string, lang: Lang): CellValue | undefined {
  if (DIRECTIONS.includes(item as DirectionId))
    return body.notApplicable.has(item as DirectionId) ? TABLE_TERMS.na[lang] : undefined;
  if (item === "overall.level") return body.level ? LEVEL_TERMS[body.level][lang] : undefined;
  return body.values.get(item);
}

/** The data rows (no header) of one period, in body order and the edition's value order. */
export function periodRows(snapshot: PeriodSnapshot, lang: Lang): CellValue[][] {
  const names = editionValueNames(snapshot.edition) ?? [];
  const rows: CellValue[][] = [];
  for (const body of snapshot.bodies) {
    for (const item of names) {
      const value = valueCell(body, item, lang);
      if (value === undefined) continue;
      const text = body.explain.get(item);
      const explanation =
        text === undefined ? null : typeof text === "string" ? text : explanationText(text, lang);
      const cells: Record<string, CellValue> = {
        period: snapshot.period,
        body: body.id,
        name: body.name,
        type: choiceText(body.type, lang),
        item,
        value,
        explanation,
        edition: snapshot.edition,
        recorded: snapshot.recorded ?? null,
      };
      rows.push(HISTORY_TEMPLATE_TABLE.columns.map((c) => cells[c.key] ?? null));
    }
  }
  return rows;
}

/** opeval_History's rows, header first, periods in ascending order. */
export function historyTableRows(periods: readonly PeriodSnapshot[], lang: Lang): CellValue[][] {
  const sorted = [...periods].sort((a, b) => a.period.localeCompare(b.period));
  return [headerRow(HISTORY_TEMPLATE_TABLE, lang), ...sorted.flatMap((p) => periodRows(p, lang))];
}

/** opeval_BodyMap's rows, header first. */
export function bodyMapTableRows(map: ReadonlyMap<string, string>, lang: Lang): CellValue[][] {
  return [
    headerRow(BODY_MAP_TEMPLATE_TABLE, lang),
    ...[...map].map(([previous, current]) =>
      BODY_MAP_TEMPLATE_TABLE.columns.map((c) =>
        c.key === "previous" ? previous : c.key === "current" ? current : null,
      ),
    ),
  ];
}
