/**
 * opeval_History and opeval_BodyMap from a workbook's tables (values as 2-D arrays, header row
 * first — the shape both workbook adapters give), read with the same column-locating reader as the
 * objections' tables: headers in any of kk/ru/en or by key, in any column order, every problem at
 * its sheet and cell. Nothing is half-read: any error leaves `periods` empty.
 */
import { editionFor, isMethodologyId } from "../edition";
import { efficiencyLevel } from "../methodology/overall";
import { formatScore } from "../methodology/numeric";
import { parseBodyType, normaliseWord, isNotApplicableWord } from "../model/bodyType";
import {
  describeValue,
  word,
  type CellLocation,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from "../model/problems";
import { headerLanguage, matchColumns, serialToDate, type TableValues } from "../model/tables";
import type { TemplateTable } from "../model/template-schema";
import { address, parseCell } from "../sheet/a1";
import { LEVEL_TERMS } from "../model/model-terms";
import { DIRECTIONS, type BodyType, type DirectionId, type EfficiencyLevel } from "../model/types";
import { tableRows } from "../model/tables";
import { BODY_MAP_TEMPLATE_TABLE, HISTORY_TEMPLATE_TABLE } from "./history-tables";
import { editionValueNames, LEVELS, YEAR, type BodySnapshot, type PeriodSnapshot } from "./history-snapshot";

export interface HistoryTables {
  /** Recorded periods in ascending order (empty when the table is absent or has an error). */
  periods: PeriodSnapshot[];
  /** Previous code → current code. */
  bodyMap: Map<string, string>;
  problems: Problem[];
  /** Whether the workbook has an opeval_History table at all. */
  hasHistory: boolean;
}

type Cell = unknown;

function isBlank(value: Cell): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function text(value: Cell): string {
  return typeof value === "number" ? String(value) : typeof value === "string" ? value.trim() : "";
}

function levelOf(word: string): EfficiencyLevel | undefined {
  const w = normaliseWord(word);
  return LEVELS.find((l) => l === w || Object.values(LEVEL_TERMS[l]).some((t) => normaliseWord(t) === w));
}

const NUMERIC_TEXT = /^[+-]?\d[\d\s\u00a0]*([.,]\d+)?$/;

function find(tables: readonly TableValues[], name: string): TableValues | undefined {
  return tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

/**
 * A problem per required column the header row lacks (a renamed or deleted header), at the header
 * cell that names no column when there is exactly one such cell (the renamed one), else at the
 * table's first header cell: one message, not one per row.
 */
function missingColumns(values: TableValues, spec: TemplateTable): Problem[] {
  const header = values.values[0] ?? [];
  const match = matchColumns(header, spec);
  const missing = spec.columns.filter((c) => !c.optional && !match.indexOf.has(c.key));
  if (!missing.length) return [];
  const origin = parseCell(values.address) ?? { row: 1, column: 1 };
  const lone = match.unknown.length === 1 ? match.unknown[0]! : undefined;
  const index = lone?.index ?? 0;
  const text = header[index];
  const cell: CellLocation = {
    sheet: values.sheet,
    address: address(origin.row, origin.column + index),
    ...(text !== null && text !== undefined && String(text) !== "" ? { header: String(text) } : {}),
  };
  const lang = headerLanguage(values);
  return missing.map((column) => ({
    severity: "error" as const,
    code: "missingColumn" as const,
    bodyId: null,
    path: spec.name,
    params: { table: spec.name, column: column.header[lang] },
    cell,
  }));
}

export function readHistoryTables(tables: readonly TableValues[]): HistoryTables {
  const problems: Problem[] = [];
  const result: HistoryTables = { periods: [], bodyMap: new Map(), problems, hasHistory: false };
  const problem = (
    code: ProblemCode,
    cell: CellLocation | undefined,
    path: string,
    params: ProblemParams = {},
    bodyId: string | null = null,
  ) => problems.push({ severity: "error", code, bodyId, path, params, ...(cell ? { cell } : {}) });

  const map = find(tables, BODY_MAP_TEMPLATE_TABLE.name);
  const mapColumnsMissing = map ? missingColumns(map, BODY_MAP_TEMPLATE_TABLE) : [];
  problems.push(...mapColumnsMissing);
  if (map && !mapColumnsMissing.length) {
    const { rows, locator } = tableRows(map, BODY_MAP_TEMPLATE_TABLE);
    const firstRow = new Map<string, number>();
    // Where each mapping sits, to check the map as a whole once every row is read.
    const entries: { previous: string; current: string; row: number; cell?: CellLocation; path: string }[] =
      [];
    rows.forEach((row, i) => {
      if (isBlank(row.previous) && isBlank(row.current)) return;
      const sheetRow = (key: string) => locator.cell(i, key);
      const path = (key: string) => `${map.name}[${i}].${key}`;
      const previous = text(row.previous);
      const current = text(row.current);
      if (!previous) return problem("missingField", sheetRow("previous"), path("previous"));
      if (!current) return problem("missingField", sheetRow("current"), path("current"));
      const rowNumber = Number(/\d+$/.exec(sheetRow("previous")?.address ?? "")?.[0] ?? i + 1);
      const first = firstRow.get(previous);
      if (first !== undefined)
        return problem("historyMappedTwice", sheetRow("previous"), path("previous"), {
          previous,
          first,
          second: rowNumber,
        });
      firstRow.set(previous, rowNumber);
      result.bodyMap.set(previous, current);
      entries.push({ previous, current, row: rowNumber, cell: sheetRow("current"), path: path("current") });
    });
    // Each current body has one previous code, and a mapping lands on a code in use: two previous
    // codes on one current code, or A → B → C, would let the comparison pick one silently.
    const byCurrent = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const other = byCurrent.get(entry.current);
      if (other)
        problem("historyMappedToOne", entry.cell, entry.path, {
          current: entry.current,
          first: other.previous,
          second: entry.previous,
          firstRow: other.row,
          secondRow: entry.row,
        });
      else byCurrent.set(entry.current, entry);
      const next = result.bodyMap.get(entry.current);
      if (next !== undefined && entry.current !== entry.previous)
        problem("historyMapChain", entry.cell, entry.path, {
          previous: entry.previous,
          current: entry.current,
          next,
          row: firstRow.get(entry.current)!,
        });
    }
  }

  const history = find(tables, HISTORY_TEMPLATE_TABLE.name);
  if (!history) return result;
  result.hasHistory = true;
  const historyColumnsMissing = missingColumns(history, HISTORY_TEMPLATE_TABLE);
  if (historyColumnsMissing.length) {
    problems.push(...historyColumnsMissing);
    return result;
  }
  const { rows, locator } = tableRows(history, HISTORY_TEMPLATE_TABLE);
  const periods = new Map<string, PeriodSnapshot>();
  const bodies = new Map<string, BodySnapshot>();
  const seen = new Map<string, number>();
  const errorsBefore = problems.length;
  const levelCells = new Map<BodySnapshot, { cell: CellLocation | undefined; path: string }>();
  rows.forEach((row, i) => {
    if (HISTORY_TEMPLATE_TABLE.columns.every((c) => isBlank(row[c.key]))) return;
    const at = (key: string) => locator.cell(i, key);
    const path = (key: string) => `${history.name}[${i}].${key}`;
    const sheetRow = Number(/\d+$/.exec(at("body")?.address ?? "")?.[0] ?? i + 1);
    const period = text(row.period);
    const id = text(row.body);
    if (!YEAR.test(period))
      return problem("historyPeriodNotYear", at("period"), path("period"), {
        got: describeValue(row.period),
      });
    if (!id) return problem("missingField", at("body"), path("body"));
    const type: BodyType | undefined = typeof row.type === "string" ? parseBodyType(row.type) : undefined;
    if (!type) return problem("unknownType", at("type"), path("type"), { got: describeValue(row.type) }, id);
    const edition = text(row.edition);
    const names = editionValueNames(edition);
    if (!names)
      return problem(
        "unknownMethodology",
        at("edition"),
        path("edition"),
        { got: describeValue(row.edition) },
        id,
      );
    const item = text(row.item);
    if (!names.includes(item))
      return problem(
        "historyUnknownValue",
        at("item"),
        path("item"),
        { got: describeValue(row.item), edition },
        id,
      );
    const key = `${period}\u0000${id}\u0000${item}`;
    const first = seen.get(key);
    if (first !== undefined)
      return problem(
        "historyDuplicateValue",
        at("item"),
        path("item"),
        { body: id, item, period, first },
        id,
      );
    seen.set(key, sheetRow);

    let snapshot = periods.get(period);
    if (!snapshot) {
      snapshot = { period, edition, explainInEnglish: false, bodies: [] };
      if (typeof row.recorded === "number") snapshot.recorded = serialToDate(row.recorded);
      else if (text(row.recorded)) snapshot.recorded = text(row.recorded);
      periods.set(period, snapshot);
    } else if (snapshot.edition !== edition) {
      return problem("unknownChoice", at("edition"), path("edition"), {
        got: describeValue(row.edition),
        allowed: snapshot.edition,
      });
    }
    let body = bodies.get(`${period}\u0000${id}`);
    if (!body) {
      body = {
        id,
        name: text(row.name) || id,
        type,
        values: new Map(),
        notApplicable: new Set(),
        explain: new Map(),
      };
      bodies.set(`${period}\u0000${id}`, body);
      snapshot.bodies.push(body);
    } else if (body.type !== type) {
      return problem(
        "historyBodyTypeConflict",
        at("type"),
        path("type"),
        { body: id, type, period, otherType: body.type, otherPeriod: period },
        id,
      );
    }

    const value = row.value;
    if (DIRECTIONS.includes(item as DirectionId)) {
      if (typeof value !== "string" || !isNotApplicableWord(value))
        return problem(
          "unknownChoice",
          at("value"),
          path("value"),
          { got: describeValue(value), allowed: "n/a" },
          id,
        );
      body.notApplicable.add(item as DirectionId);
    } else if (item === "overall.level") {
      const level = typeof value === "string" ? levelOf(value) : undefined;
      if (!level)
        return problem(
          "unknownChoice",
          at("value"),
          path("value"),
          { got: describeValue(value), allowed: LEVELS.map((l) => LEVEL_TERMS[l].en).join(", ") },
          id,
        );
      body.level = level;
      levelCells.set(body, { cell: at("value"), path: path("value") });
    } else if (typeof value === "number" && Number.isFinite(value)) {
      // The range the engine's output has: a history row outside it was not written by opeval.
      const bounds = isMethodologyId(edition) ? editionFor(edition) : editionFor();
      const max = item.endsWith(".penalty") ? bounds.reliability.max : bounds.directionMax;
      if (value < 0 || value > max)
        return problem("historyValueOutOfRange", at("value"), path("value"), { item, max, got: value }, id);
      body.values.set(item, value);
    } else if (typeof value === "string" && NUMERIC_TEXT.test(value.trim())) {
      return problem("numberStoredAsText", at("value"), path("value"), { got: value.trim() }, id);
    } else if (isBlank(value)) {
      return problem("missingField", at("value"), path("value"), {}, id);
    } else {
      return problem("textInNumberCell", at("value"), path("value"), { got: describeValue(value) }, id);
    }
    const explanation = text(row.explanation);
    if (explanation) body.explain.set(item, explanation);
  });
  // The level recorded agrees with the general score recorded, by the bands of §101.
  for (const [body, where] of levelCells) {
    const score = body.values.get("overall.score");
    if (score === undefined || body.level === undefined) continue;
    const expected = efficiencyLevel(score);
    if (expected !== body.level)
      problem(
        "historyLevelDisagrees",
        where.cell,
        where.path,
        { got: word(`level.${body.level}`), score: formatScore(score), expected: word(`level.${expected}`) },
        body.id,
      );
  }
  if (problems.length === errorsBefore)
    result.periods = [...periods.values()].sort((a, b) => a.period.localeCompare(b.period));
  return result;
}
