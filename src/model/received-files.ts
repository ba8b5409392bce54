/**
 * Received conclusions as files bring them (issue 24): a results document (`opeval results --out
 * R.json`, docs/FORMAT.md "Results sent to the Agency") or a workbook holding opeval_Received, read
 * into rows and joined to an assessment's bodies. No I/O here: the CLI (`--received`,
 * src/cli/received.ts) and the task pane ("Import received conclusions") read the bytes and call
 * this, so both refuse the same rows with the same messages, at the file's JSON path or cell.
 */
import type { CellValue } from "../sheet/spec";
import { isObject, parseAssessment } from "./parse";
import type { CellLocation, Problem, ProblemCode, ProblemParams } from "./problems";
import {
  headerLanguage,
  locateProblems,
  matchColumns,
  readAssessmentTables,
  readReceivedTable,
  workbookLanguage,
  type TableValues,
} from "./tables";
import { ASSESSMENT_TABLES, RECEIVED_TABLE } from "./template-schema";
import { receivedTableRows } from "./template-rows";
import { RECEIVED_DIRECTIONS, type Body, type Lang, type ReceivedDirection } from "./types";

/** The key and version that mark a results document (docs/FORMAT.md, "Results"). */
export const RESULTS_MARK = "opevalResults";
export const RESULTS_VERSION = 1;

type Json = Record<string, unknown>;

/** Where a field of a received row is told: a file's JSON path, or a workbook cell. */
export interface Place {
  path: string;
  cell?: CellLocation;
}

/** One received conclusion as a file gives it. */
export interface ReceivedRow {
  /** The body's code (or name). */
  body: string;
  direction: ReceivedDirection;
  /** The `received.<direction>` object, checked by the parser once joined. */
  fields: Json;
  /** Where a field (or, without one, the row) of this row is. */
  at(key?: string): Place;
}

export interface ReceivedFile {
  file: string;
  /** The period a results document names (a workbook names none). */
  period?: string;
  rows: ReceivedRow[];
}

export type ReceivedFileRead = { ok: true; read: ReceivedFile } | { ok: false; problems: Problem[] };

function problem(code: ProblemCode, place: Place, params: ProblemParams = {}, bodyId: string | null = null) {
  const p: Problem = { severity: "error", code, bodyId, path: place.path, params };
  if (place.cell) p.cell = place.cell;
  return p;
}

/** A results document's rows (`value` is the file's JSON, `file` its name), or the problems of its shape. */
export function resultsDocument(file: string, value: unknown): ReceivedFileRead {
  const direction = isObject(value) ? value.direction : undefined;
  if (
    !isObject(value) ||
    value[RESULTS_MARK] !== RESULTS_VERSION ||
    !RECEIVED_DIRECTIONS.includes(direction as ReceivedDirection) ||
    !Array.isArray(value.results)
  )
    return { ok: false, problems: [problem("receivedNotResults", { path: file })] };
  const problems: Problem[] = [];
  for (const key of Object.keys(value))
    if (![RESULTS_MARK, "direction", "period", "results"].includes(key))
      problems.push(problem("unknownKey", { path: `${file}: ${key}` }, { key }));
  if (value.period !== undefined && typeof value.period !== "string")
    problems.push(problem("expectedText", { path: `${file}: period` }, { got: String(value.period) }));
  const rows: ReceivedRow[] = [];
  (value.results as unknown[]).forEach((item, k) => {
    const at = (key?: string): Place => ({ path: `${file}: results[${k}]${key ? `.${key}` : ""}` });
    if (!isObject(item)) return problems.push(problem("expectedObject", at(), { got: typeof item }));
    if (typeof item.body !== "string" || !item.body.trim())
      return problems.push(
        problem(item.body === undefined ? "missingField" : "expectedText", at("body"), {
          got: String(item.body),
        }),
      );
    // `name` is for the reader of the file; bodies are joined by code.
    const { body, ...fields } = item;
    delete fields.name;
    rows.push({ body, direction: direction as ReceivedDirection, fields, at });
  });
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    read: { file, rows, ...(typeof value.period === "string" ? { period: value.period } : {}) },
  };
}

/**
 * The opeval_Received rows of a workbook file's tables (as the package reader gives them), each
 * told at its cell as Excel names another workbook's: `[file]Sheet!A1`. No such table:
 * `receivedNoTable`.
 */
export function receivedWorkbook(file: string, tables: TableValues[]): ReceivedFileRead {
  const table = readReceivedTable(tables);
  if (!table.found) return { ok: false, problems: [problem("receivedNoTable", { path: file })] };
  const inFile = (cell: CellLocation): CellLocation => ({ ...cell, sheet: `[${file}]${cell.sheet}` });
  if (table.problems.length)
    return { ok: false, problems: table.problems.map((p) => (p.cell ? { ...p, cell: inFile(p.cell) } : p)) };
  return {
    ok: true,
    read: {
      file,
      rows: table.rows.map((row) => ({
        body: row.body,
        direction: row.direction,
        fields: row.fields,
        at: (key) => {
          const cell = inFile(row.cell(key ?? "direction"));
          return { path: `${cell.sheet}!${cell.address}`, cell };
        },
      })),
    },
  };
}

/**
 * Joins the received rows to `input`'s bodies (by code, else by name), in place. A body no file
 * row finds, a body and direction given twice (in the assessment and a file, or in two files) and
 * a results document of another period are problems; `relocate` then tells the parser's problems
 * of a joined row at its file (JSON path or cell), and leaves every other problem as it was (the
 * same object). `placeOf` names a place of the assessment itself. `joined` lists the rows joined.
 */
export function joinReceived(
  input: unknown,
  files: readonly ReceivedFile[],
  placeOf: (path: string) => string,
): {
  problems: Problem[];
  relocate: (problems: readonly Problem[]) => Problem[];
  joined: { file: string; bodyId: string; row: ReceivedRow }[];
} {
  const problems: Problem[] = [];
  const joined: { file: string; bodyId: string; row: ReceivedRow }[] = [];
  const origins = new Map<string, ReceivedRow>();
  const bodies = isObject(input) && Array.isArray(input.bodies) ? (input.bodies as unknown[]) : [];
  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  bodies.forEach((b, i) => {
    if (!isObject(b)) return;
    if (typeof b.id === "string" && !byId.has(b.id)) byId.set(b.id, i);
    if (typeof b.name === "string" && !byName.has(b.name)) byName.set(b.name, i);
  });
  const period = isObject(input) && typeof input.period === "string" ? input.period.trim() : undefined;
  for (const { file, period: got, rows } of files) {
    if (got !== undefined && period !== undefined && got.trim() !== period)
      problems.push(problem("receivedOtherPeriod", { path: `${file}: period` }, { got, period }));
    for (const row of rows) {
      const index = byId.get(row.body) ?? byName.get(row.body);
      if (index === undefined) {
        problems.push(problem("unknownBody", row.at("body"), { id: row.body }));
        continue;
      }
      const body = bodies[index] as Json;
      const bodyId = typeof body.id === "string" ? body.id : row.body;
      const path = `bodies[${index}].received.${row.direction}`;
      const received = isObject(body.received) ? body.received : undefined;
      if (received?.[row.direction] !== undefined) {
        const first = origins.get(path);
        const firstPlace = first ? first.at().path : placeOf(path);
        // A workbook row is told at its Direction cell, a document's row as a whole.
        const here = row.at("direction").cell ? row.at("direction") : row.at();
        problems.push(
          problem("duplicateReceived", here, { direction: row.direction, first: firstPlace }, bodyId),
        );
        continue;
      }
      if (body.received === undefined) body.received = {};
      if (isObject(body.received)) body.received[row.direction] = row.fields;
      origins.set(path, row);
      joined.push({ file, bodyId, row });
    }
  }
  // The engine's warnings (receivedDiffers) name the body and a path inside it: `received.openness.final`.
  const indexOfId = new Map([...byId].map(([id, i]) => [id, i]));
  const relocate = (found: readonly Problem[]) =>
    found.map((p) => {
      const inBody =
        p.bodyId !== null && p.path.startsWith("received.") ? indexOfId.get(p.bodyId) : undefined;
      const path = inBody === undefined ? p.path : `bodies[${inBody}].${p.path}`;
      const prefix = /^bodies\[\d+\]\.received\.[A-Za-z0-9]+/.exec(path)?.[0];
      const row = prefix === undefined ? undefined : origins.get(prefix);
      if (!row) return p;
      const rest = path.slice(prefix!.length).replace(/^\./, "");
      const key = rest === "" ? undefined : rest.split(".")[0];
      const place = row.at(key);
      const moved: Problem = { ...p, path: place.cell ? place.path : row.at(rest || undefined).path };
      if (place.cell) moved.cell = place.cell;
      else delete moved.cell;
      return moved;
    });
  return { problems, relocate, joined };
}

/** What an import of received files into a workbook (the task pane's) will do, or why it will not. */
export type ReceivedImportPlan =
  | {
      kind: "refused";
      /** Errors, each at its file and JSON path or cell: nothing is written. */
      problems: Problem[];
    }
  | {
      kind: "ready";
      /** The workbook's opeval_Received table as it names it; undefined: the table is to be created. */
      table?: string;
      /** The workbook's language (Bodies, Settings…): a created table's, and the Direction cells'. */
      lang: Lang;
      /** The rows to append, in the column order of the workbook's table (the template's when created). */
      append: CellValue[][];
      /** Rows added per file and direction, in the files' order. */
      added: { file: string; direction: ReceivedDirection; rows: number }[];
      /** Warnings of the imported rows (a late receipt), at their files. */
      warnings: Problem[];
    };

/**
 * Plans adding `files`' rows to the opeval_Received table of a workbook (`tables`: its template
 * tables as read). All or nothing: one refused row refuses the whole import. Refused: a body not on
 * the Bodies sheet, a body and direction already in the table or twice in the files, a results
 * document of another period than Settings', and every check the parser makes of
 * `bodies[].received` (a direction that does not apply, a score out of range, a date). The
 * workbook's own problems are the Check step's and refuse nothing, unless it has no Bodies table.
 */
export function planReceivedImport(
  tables: TableValues[],
  files: readonly ReceivedFile[],
): ReceivedImportPlan {
  const read = readAssessmentTables(tables);
  if (read.input === undefined)
    return { kind: "refused", problems: read.problems.filter((p) => p.severity === "error") };
  // The join writes into the input: a copy, so the reader's own result stays as read.
  const input = JSON.parse(JSON.stringify(read.input)) as unknown;
  const placeOf = (path: string): string => {
    const [p] = locateProblems(
      [{ severity: "error", code: "duplicateReceived", bodyId: null, path, params: {} }],
      read,
    );
    return p?.cell ? `${p.cell.sheet}!${p.cell.address}` : path;
  };
  const join = joinReceived(input, files, placeOf);
  const parsed = parseAssessment(input).problems;
  // Only the problems of the joined rows: relocate returns every other problem as the same object.
  const ofFiles = join.relocate(parsed).filter((p, i) => p !== parsed[i]);
  const errors = [...join.problems, ...ofFiles.filter((p) => p.severity === "error")];
  if (errors.length) return { kind: "refused", problems: errors };

  const lang = workbookLanguage(tables, ASSESSMENT_TABLES);
  const existing = tables.find((t) => t.name.toLowerCase() === RECEIVED_TABLE.name.toLowerCase());
  const added: { file: string; direction: ReceivedDirection; rows: number }[] = [];
  for (const { file, row } of join.joined) {
    const count = added.find((a) => a.file === file && a.direction === row.direction);
    if (count) count.rows++;
    else added.push({ file, direction: row.direction, rows: 1 });
  }
  // The fields passed the parser's checks of `received.<direction>`: the template writes them as
  // `opeval results --out R.xlsx` does (dates dd.mm.yyyy, Direction in the workbook's language).
  const [, ...schemaRows] = receivedTableRows(
    join.joined.map(({ bodyId, row }) => ({
      id: bodyId,
      received: { [row.direction]: row.fields } as Body["received"],
    })),
    lang,
  );
  const keys = RECEIVED_TABLE.columns.map((c) => c.key);
  let append = schemaRows;
  if (existing) {
    const header = existing.values[0] ?? [];
    const { indexOf } = matchColumns(header, RECEIVED_TABLE);
    // A value with no column to hold it would be lost: refused, naming the column to add back.
    const lacking = RECEIVED_TABLE.columns.filter(
      (c, k) =>
        !indexOf.has(c.key) && schemaRows.some((cells) => cells[k] !== null && cells[k] !== undefined),
    );
    if (lacking.length)
      return {
        kind: "refused",
        problems: lacking.map((c) => ({
          severity: "error" as const,
          code: "missingColumn" as const,
          bodyId: null,
          path: RECEIVED_TABLE.name,
          params: { table: RECEIVED_TABLE.name, column: c.header[headerLanguage(existing)] },
          cell: { sheet: existing.sheet, address: existing.address },
        })),
      };
    append = schemaRows.map((cells) => {
      const row = Array<CellValue>(header.length).fill(null);
      keys.forEach((key, k) => {
        const j = indexOf.get(key);
        if (j !== undefined) row[j] = cells[k] ?? null;
      });
      return row;
    });
  }
  return {
    kind: "ready",
    ...(existing ? { table: existing.name } : {}),
    lang,
    append,
    added,
    warnings: ofFiles.filter((p) => p.severity === "warning"),
  };
}
