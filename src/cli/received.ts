/**
 * `--received FILE…` of `score`, `conclude` and `history` (issue 24): conclusions other
 * authorities sent, read from a results document (`opeval results --out R.json`, docs/FORMAT.md)
 * or any workbook holding opeval_Received, and joined to the assessment's bodies before it is
 * validated. The parser then checks them as it checks `bodies[].received` in the JSON, and every
 * problem it finds in a joined row is told at that row's file and JSON path or cell.
 */
import { extname } from "node:path";
import type { CellLocation, Problem, ProblemCode, ProblemParams } from "../model/problems";
import { readReceivedTable } from "../model/tables";
import { RECEIVED_DIRECTIONS, type ReceivedDirection } from "../model/types";
import { readJsonFile } from "./load";

/** The key and version that mark a results document (docs/FORMAT.md, "Results"). */
export const RESULTS_MARK = "opevalResults";
export const RESULTS_VERSION = 1;

type Json = Record<string, unknown>;

/** Where a field of a received row is told: a file's JSON path, or a workbook cell. */
interface Place {
  path: string;
  cell?: CellLocation;
}

/** One received conclusion as a file gives it. */
interface ReceivedRow {
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

function problem(code: ProblemCode, place: Place, params: ProblemParams = {}, bodyId: string | null = null) {
  const p: Problem = { severity: "error", code, bodyId, path: place.path, params };
  if (place.cell) p.cell = place.cell;
  return p;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A results document's rows, or the problems of its shape (exit 2). */
function resultsDocument(
  file: string,
  value: unknown,
): { ok: true; read: ReceivedFile } | { ok: false; problems: Problem[] } {
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

/** Reads the files of `--received`: every problem of every file, or their rows. */
export async function loadReceivedFiles(
  files: readonly string[],
): Promise<{ ok: true; files: ReceivedFile[] } | { ok: false; problems: Problem[]; missing: boolean }> {
  const read: ReceivedFile[] = [];
  const problems: Problem[] = [];
  let missing = false;
  for (const file of files) {
    if ([".xlsx", ".xlsm"].includes(extname(file).toLowerCase())) {
      // The one safe workbook reader (size, package and table checks); its assessment is not needed.
      const { readWorkbookFile } = await import("../xlsx/read");
      const workbook = await readWorkbookFile(file);
      if (!workbook.tables) {
        problems.push(...workbook.problems);
        missing ||= workbook.missing === true;
        continue;
      }
      const table = readReceivedTable(workbook.tables);
      if (!table.found) {
        problems.push(problem("receivedNoTable", { path: file }));
        continue;
      }
      // Cells are told as Excel names another workbook's: [file]Sheet!A1.
      const inFile = (cell: CellLocation): CellLocation => ({ ...cell, sheet: `[${file}]${cell.sheet}` });
      problems.push(...table.problems.map((p) => (p.cell ? { ...p, cell: inFile(p.cell) } : p)));
      read.push({
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
      });
      continue;
    }
    const json = await readJsonFile(file);
    if ("problem" in json) {
      problems.push(json.problem);
      missing ||= json.io;
      continue;
    }
    const doc = resultsDocument(file, json.value);
    if (doc.ok) read.push(doc.read);
    else problems.push(...doc.problems);
  }
  return problems.length ? { ok: false, problems, missing } : { ok: true, files: read };
}

/**
 * Joins the received rows to `input`'s bodies (by code, else by name), in place. A body no file
 * row finds, a body and direction given twice (in the assessment and a file, or in two files) and
 * a results document of another period are problems; `relocate` then tells the parser's problems
 * of a joined row at its file (JSON path or cell). `placeOf` names a place of the assessment itself.
 */
export function joinReceived(
  input: unknown,
  files: readonly ReceivedFile[],
  placeOf: (path: string) => string,
): { problems: Problem[]; relocate: (problems: readonly Problem[]) => Problem[] } {
  const problems: Problem[] = [];
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
  return { problems, relocate };
}

/**
 * Reads the `--received` files and joins them to a loaded assessment (`input` is changed in place).
 * `locate` tells a problem found later at its received file, else where the assessment's own
 * `locate` puts it. No files: nothing is read and `locate` is the assessment's.
 */
export async function withReceived(
  files: readonly string[] | undefined,
  loaded: { input: unknown; locate?: (problems: readonly Problem[]) => Problem[] },
  file: string,
): Promise<
  | { ok: true; locate: (problems: readonly Problem[]) => Problem[] }
  | { ok: false; problems: Problem[]; missing: boolean }
> {
  const own = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
  if (!files?.length) return { ok: true, locate: own };
  const read = await loadReceivedFiles(files);
  if (!read.ok) return read;
  const placeOf = (path: string): string => {
    const [p] = own([{ severity: "error", code: "duplicateReceived", bodyId: null, path, params: {} }]);
    return p?.cell ? `[${file}]${p.cell.sheet}!${p.cell.address}` : `${file}: ${path}`;
  };
  const joined = joinReceived(loaded.input, read.files, placeOf);
  if (joined.problems.length) return { ok: false, problems: joined.problems, missing: false };
  return { ok: true, locate: (ps) => own(joined.relocate(ps)) };
}
