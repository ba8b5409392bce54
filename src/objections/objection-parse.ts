/**
 * Reads objections and holiday rows — from the workbook tables opeval_Objections / opeval_Holidays
 * (rows keyed by column key, as the table reader gives them) or from a JSON file — into the typed
 * model, collecting problems with the row or JSON path. Never throws on bad input and never turns
 * text into a number.
 */
import type { DayOverride } from "../calendar/calendar";
import { formatIsoDate, toDayNumber, type IsoDate } from "../calendar/date";
import {
  describeValue,
  type CellLocation,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from "../model/problems";
import type { DirectionId } from "../model/types";
import { DAY_KIND_WORDS } from "../calendar/day-kinds";
import {
  DECISION_WORDS,
  DIRECTION_WORDS,
  HOLIDAYS_TABLE,
  OBJECTION_COLUMNS,
  OBJECTIONS_TABLE,
  REMOVE_FACT_WORDS,
} from "./objection-terms";
import type { Correction, Decision, Objection } from "./objection-types";

import type { Row, RowLocator } from "../model/tables";

/** The years an objection or holiday date may fall in. */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2999;

function word(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, "е")
    .replace(/[\s.\-_]+/g, " ")
    .trim();
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function lookup<K extends string>(
  table: Readonly<Record<K, readonly string[]>>,
  value: string,
): K | undefined {
  const w = word(value);
  for (const key of Object.keys(table) as K[]) if (table[key].includes(w)) return key;
  return undefined;
}

class RowReader {
  constructor(
    readonly problems: Problem[],
    readonly path: string,
    readonly index: number,
    readonly row: Row,
    readonly locator: RowLocator | undefined,
    readonly bodyId: string | null,
  ) {}

  fail(
    code: ProblemCode,
    key: string,
    params: ProblemParams = {},
    severity: "error" | "warning" = "error",
  ): undefined {
    const p: Problem = { severity, code, bodyId: this.bodyId, path: `${this.path}.${key}`, params };
    const cell = this.locator?.cell(this.index, key);
    if (cell) p.cell = cell;
    this.problems.push(p);
    return undefined;
  }

  text(key: string, required: boolean): string | undefined {
    const v = this.row[key];
    if (isBlank(v)) return required ? this.fail("missingField", key) : undefined;
    if (typeof v === "number") return String(v); // a body id or item typed as a number is still a name
    if (typeof v !== "string") return this.fail("expectedText", key, { got: describeValue(v) });
    return v.trim();
  }

  date(key: string): IsoDate | undefined {
    const v = this.row[key];
    if (isBlank(v)) return undefined;
    const d = toDayNumber(v);
    if (d === undefined) return this.fail("expectedDate", key, { got: describeValue(v) });
    const iso = formatIsoDate(d);
    // The calendar works with four-digit years; a year like 10000 is a typing slip, not a date.
    const year = Number(iso.slice(0, iso.indexOf("-", 1)));
    if (!(year >= FIRST_YEAR && year <= LAST_YEAR))
      return this.fail("dateOutOfRange", key, { got: describeValue(v), from: FIRST_YEAR, to: LAST_YEAR });
    return iso;
  }
}

/**
 * Reads a correction's new value from a cell: numbers and booleans as typed, "na", "answered/received",
 * or a word of REMOVE_FACT_WORDS (null: the fact is removed).
 */
export function cellValue(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (word(text) === "na") return "na";
  if (REMOVE_FACT_WORDS.includes(word(text))) return null;
  const pair = /^(\d+)\s*\/\s*(\d+)$/.exec(text);
  if (pair) return { answered: Number(pair[1]), received: Number(pair[2]) };
  return text;
}

export interface ParsedObjections {
  objections: Objection[];
  problems: Problem[];
}

/** A JSON objection before its corrections are grouped: one correction per row, like the table. */
interface Draft {
  objection: Objection;
  noGiven: boolean;
}

function readObjectionRow(
  r: RowReader,
  fallbackNo: number,
  source: string,
): { draft?: Draft; correction?: Correction } {
  const rawNo = r.row.no;
  let no = fallbackNo;
  let noGiven = false;
  if (!isBlank(rawNo)) {
    if (typeof rawNo === "number" && Number.isInteger(rawNo) && rawNo > 0) {
      no = rawNo;
      noGiven = true;
    } else r.fail("expectedObjectionNo", "no", { got: describeValue(rawNo) });
  }
  const bodyId = r.text("body", true);
  const dirText = r.text("direction", true);
  let direction: DirectionId | undefined;
  if (dirText !== undefined) {
    direction = lookup(DIRECTION_WORDS, dirText);
    if (!direction) r.fail("expectedDirection", "direction", { got: describeValue(dirText) });
  }
  const decisionText = r.text("decision", false);
  let decision: Decision | undefined;
  if (decisionText !== undefined) {
    decision = lookup(DECISION_WORDS, decisionText);
    if (!decision) r.fail("expectedDecision", "decision", { got: describeValue(decisionText) });
  }
  const objection: Partial<Objection> = {
    no,
    item: r.text("item", false) ?? "",
    text: r.text("objection", false) ?? "",
    corrections: [],
    source,
  };
  const received = r.date("conclusionReceived");
  const submitted = r.date("submitted");
  const decisionDate = r.date("decisionDate");
  const note = r.text("note", false);
  if (received) objection.conclusionReceived = received;
  if (submitted) objection.submitted = submitted;
  if (decision) objection.decision = decision;
  if (decisionDate) objection.decisionDate = decisionDate;
  if (note) objection.note = note;
  const ruText = r.text("ruObjection", false);
  const ruNote = r.text("ruNote", false);
  if (ruText || ruNote)
    objection.ru = { ...(ruText ? { text: ruText } : {}), ...(ruNote ? { note: ruNote } : {}) };
  let correction: Correction | undefined;
  const field = r.text("field", false);
  if (field !== undefined) {
    if (isBlank(r.row.value)) r.fail("missingField", "value");
    else correction = { path: field, value: cellValue(r.row.value) };
  }
  if (bodyId === undefined || direction === undefined) return correction ? { correction } : {};
  return {
    draft: { objection: { ...objection, bodyId, direction } as Objection, noGiven },
    ...(correction ? { correction } : {}),
  };
}

/**
 * Rows of opeval_Objections (keys: OBJECTION_COLUMNS). One row per correction: a row whose № is
 * the same as an earlier row's adds its correction to that objection, and its other cells may be
 * blank; a row without № is an objection of its own.
 */
export function parseObjectionRows(
  rows: readonly Row[],
  options: { table?: string; locator?: RowLocator } = {},
): ParsedObjections {
  const table = options.table ?? OBJECTIONS_TABLE;
  const problems: Problem[] = [];
  const byNo = new Map<number, Objection>();
  const objections: Objection[] = [];
  let nextFree = 1;
  rows.forEach((row, i) => {
    if (Object.values(row).every(isBlank)) return;
    const path = `${table}[${i + 1}]`;
    const rawNo = row.no;
    const existing = typeof rawNo === "number" ? byNo.get(rawNo) : undefined;
    if (existing) {
      // A continuation row: only its correction counts; other cells, if filled, must agree.
      const r = new RowReader(problems, path, i, row, options.locator, existing.bodyId);
      const field = r.text("field", false);
      if (field !== undefined) {
        if (isBlank(row.value)) r.fail("missingField", "value");
        else existing.corrections.push({ path: field, value: cellValue(row.value) });
      }
      return;
    }
    const bodyGuess = typeof row.body === "string" ? row.body.trim() : null;
    const r = new RowReader(problems, path, i, row, options.locator, bodyGuess);
    while (byNo.has(nextFree)) nextFree++;
    const at = options.locator?.cell(i, "no") ?? options.locator?.cell(i, "body");
    const { draft, correction } = readObjectionRow(r, nextFree, at ? `${at.sheet}!${at.address}` : path);
    if (!draft) return;
    if (options.locator) {
      const cells: Partial<Record<string, CellLocation>> = {};
      for (const key of Object.keys(row)) {
        const cell = options.locator.cell(i, key);
        if (cell) cells[key] = cell;
      }
      draft.objection.cells = cells;
    }
    if (correction) draft.objection.corrections.push(correction);
    byNo.set(draft.objection.no, draft.objection);
    objections.push(draft.objection);
  });
  return { objections, problems };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Columns of the table that the JSON form writes otherwise: corrections as a list, Russian texts as `ru`. */
const TABLE_ONLY_COLUMNS: readonly string[] = ["field", "value", "ruObjection", "ruNote"];

/** A JSON objection's `ru: {objection, note}` as the table's columns; problems name the JSON path. */
function russianTexts(
  problems: Problem[],
  ru: unknown,
  path: string,
  bodyId: string | null,
): { ruObjection?: string; ruNote?: string } {
  if (ru === undefined) return {};
  const fail = (at: string, code: ProblemCode, params: ProblemParams) => {
    problems.push({ severity: "error", code, bodyId, path: at, params });
    return {};
  };
  if (!isObject(ru)) return fail(`${path}.ru`, "expectedObject", { got: describeValue(ru) });
  const out: { ruObjection?: string; ruNote?: string } = {};
  for (const key of Object.keys(ru)) {
    const v = ru[key];
    if (key !== "objection" && key !== "note") fail(`${path}.ru.${key}`, "unknownKey", { key });
    else if (typeof v !== "string" && v !== null)
      fail(`${path}.ru.${key}`, "expectedText", { got: describeValue(v) });
    else if (typeof v === "string") out[key === "objection" ? "ruObjection" : "ruNote"] = v;
  }
  return out;
}

/**
 * Texts annex 14 in Russian prints in Kazakh because no Russian one was given: one warning per
 * objection and text, as for a body's texts (src/model/parse.ts russianTextProblems).
 */
export function objectionRussianProblems(objections: readonly Objection[]): Problem[] {
  const problems: Problem[] = [];
  for (const o of objections) {
    const missing: [string, string, string][] = [];
    if (o.text !== "" && !o.ru?.text) missing.push(["ru.objection", "ruObjection", "objection"]);
    if (o.note && !o.ru?.note) missing.push(["ru.note", "ruNote", "note"]);
    for (const [field, column, kazakh] of missing) {
      const cell = o.cells?.[column] ?? o.cells?.[kazakh];
      problems.push({
        severity: "warning",
        code: "missingRussianText",
        bodyId: o.bodyId,
        path: cell ? o.source : `${o.source}.${field}`,
        params: { field },
        ...(cell ? { cell } : {}),
      });
    }
  }
  return problems;
}

export interface ObjectionsDocument extends ParsedObjections {
  holidays: DayOverride[];
}

/**
 * A JSON file of objections:
 * `{ "objections": [{ "no", "body", "direction", "item", "objection", "conclusionReceived",
 *    "submitted", "decision", "decisionDate", "note", "ru": { "objection", "note" },
 *    "corrections": [{ "field", "value" }] }],
 *    "holidays": [{ "date", "kind" | "working", "note" }] }`.
 */
export function parseObjectionsDocument(doc: unknown): ObjectionsDocument {
  const problems: Problem[] = [];
  const objections: Objection[] = [];
  if (!isObject(doc)) {
    problems.push({
      severity: "error",
      code: "expectedObject",
      bodyId: null,
      path: "$",
      params: { got: describeValue(doc) },
    });
    return { objections, holidays: [], problems };
  }
  for (const key of Object.keys(doc))
    if (key !== "objections" && key !== "holidays")
      problems.push({ severity: "error", code: "unknownKey", bodyId: null, path: key, params: { key } });
  const list = doc.objections ?? [];
  if (!Array.isArray(list))
    problems.push({ severity: "error", code: "expectedArray", bodyId: null, path: "objections", params: {} });
  else {
    const seen = new Map<number, string>();
    list.forEach((raw: unknown, i) => {
      const path = `objections[${i}]`;
      if (!isObject(raw)) {
        problems.push({
          severity: "error",
          code: "expectedObject",
          bodyId: null,
          path,
          params: { got: describeValue(raw) },
        });
        return;
      }
      const bodyGuess = typeof raw.body === "string" ? raw.body : null;
      // The JSON keys of an objection: the table's columns, its corrections as one list.
      const known: string[] = [
        ...OBJECTION_COLUMNS.filter((c) => !TABLE_ONLY_COLUMNS.includes(c)),
        "corrections",
        "ru",
      ];
      for (const key of Object.keys(raw))
        if (!known.includes(key))
          problems.push({
            severity: "error",
            code: "unknownKey",
            bodyId: bodyGuess,
            path: `${path}.${key}`,
            params: { key },
          });
      const r = new RowReader(
        problems,
        path,
        i,
        { ...raw, field: undefined, value: undefined, ...russianTexts(problems, raw.ru, path, bodyGuess) },
        undefined,
        bodyGuess,
      );
      let free = i + 1;
      while (seen.has(free)) free++;
      const { draft } = readObjectionRow(r, free, path);
      const corrections = raw.corrections ?? [];
      if (!Array.isArray(corrections)) {
        r.fail("expectedArray", "corrections");
        return;
      }
      const parsed: Correction[] = [];
      corrections.forEach((c: unknown, j) => {
        const at = `${path}.corrections[${j}]`;
        if (!isObject(c) || typeof c.field !== "string" || c.field.trim() === "") {
          problems.push({
            severity: "error",
            code: "missingField",
            bodyId: bodyGuess,
            path: `${at}.field`,
            params: {},
          });
          return;
        }
        if (!("value" in c)) {
          problems.push({
            severity: "error",
            code: "missingField",
            bodyId: bodyGuess,
            path: `${at}.value`,
            params: {},
          });
          return;
        }
        parsed.push({ path: c.field.trim(), value: c.value });
      });
      if (!draft) return;
      const first = seen.get(draft.objection.no);
      if (first !== undefined) {
        problems.push({
          severity: "error",
          code: "duplicateObjection",
          bodyId: draft.objection.bodyId,
          path: `${path}.no`,
          params: { no: draft.objection.no, first },
        });
        return;
      }
      seen.set(draft.objection.no, path);
      draft.objection.corrections = parsed;
      objections.push(draft.objection);
    });
  }
  const holidayList = doc.holidays ?? [];
  let holidays: DayOverride[] = [];
  if (!Array.isArray(holidayList))
    problems.push({ severity: "error", code: "expectedArray", bodyId: null, path: "holidays", params: {} });
  else {
    const rows = holidayList.map((h: unknown) =>
      isObject(h) && typeof h.working === "boolean" && h.kind === undefined
        ? { ...h, kind: h.working ? "working" : "non-working", working: undefined }
        : h,
    );
    const parsed = parseHolidayRows(rows as Row[], { table: "holidays" });
    holidays = parsed.overrides;
    problems.push(...parsed.problems);
  }
  return { objections, holidays, problems };
}

/** Rows of opeval_Holidays (keys: date, kind, note); a later row for the same date wins. */
export function parseHolidayRows(
  rows: readonly Row[],
  options: { table?: string; locator?: RowLocator } = {},
): { overrides: DayOverride[]; problems: Problem[] } {
  const table = options.table ?? HOLIDAYS_TABLE;
  const problems: Problem[] = [];
  const byDate = new Map<IsoDate, DayOverride>();
  rows.forEach((row, i) => {
    if (!isObject(row)) {
      problems.push({
        severity: "error",
        code: "expectedObject",
        bodyId: null,
        path: `${table}[${i}]`,
        params: { got: describeValue(row) },
      });
      return;
    }
    if (Object.values(row).every(isBlank)) return;
    // A JSON path counts from 0, as `objections[i]` and every other path do.
    const r = new RowReader(problems, `${table}[${i}]`, i, row, options.locator, null);
    const date = isBlank(row.date) ? r.fail("missingField", "date") : r.date("date");
    const kindRaw = row.kind;
    let working: boolean | undefined;
    if (isBlank(kindRaw)) r.fail("missingField", "kind");
    else if (typeof kindRaw === "boolean") working = kindRaw;
    else if (typeof kindRaw === "string") {
      const k = lookup(DAY_KIND_WORDS, kindRaw);
      if (k) working = k === "working";
      else r.fail("expectedDayKind", "kind", { got: describeValue(kindRaw) });
    } else r.fail("expectedDayKind", "kind", { got: describeValue(kindRaw) });
    const note = r.text("note", false);
    if (date === undefined || working === undefined) return;
    byDate.set(date, { date, working, ...(note ? { note } : {}) });
  });
  return { overrides: [...byDate.values()], problems };
}
