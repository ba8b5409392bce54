/**
 * Reading what Excel passes to a custom function (numbers, booleans, text, blanks, ranges as
 * arrays of rows) into the engine's types. Blank means missing (`#N/A`); a wrong kind of value is
 * impossible input (`#VALUE!`); text is never read as a number.
 */
import { answeredShare, checkFulfilment, isBreach } from "../../src/methodology/openness";
import {
  isNotApplicableWord,
  parseBodyType,
  parseExemption,
  parseLang,
  parseYesNo,
} from "../../src/model/bodyType";
import { describeValue } from "../../src/model/problem-text";
import type {
  BodyType,
  Exemption,
  Fulfilment,
  FulfilmentMap,
  Lang,
  SubordinateMap,
} from "../../src/model/types";
import { invalid, notAvailable } from "./function-errors";

export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** The cells of a range row by row; a single value is a range of one cell. */
export function cellsOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) return [value];
  // A plain loop: this runs on every call of every range-taking function.
  const cells: unknown[] = [];
  for (const row of value as unknown[]) {
    if (Array.isArray(row)) for (const c of row) cells.push(c);
    else cells.push(row);
  }
  return cells;
}

/** A range of one cell passed where one value is expected is that value. */
export function single(value: unknown): unknown {
  const cells = cellsOf(value);
  return cells.length === 1 ? cells[0] : value;
}

export function numberArg(field: string, raw: unknown): number {
  const value = single(raw);
  if (isBlank(value)) throw notAvailable("missingField", { field });
  if (typeof value !== "number" || !Number.isFinite(value))
    throw invalid("expectedNumber", { field, got: describeValue(value) });
  return value;
}

export function optionalNumberArg(field: string, raw: unknown): number | undefined {
  return isBlank(single(raw)) ? undefined : numberArg(field, raw);
}

export function booleanArg(field: string, raw: unknown): boolean {
  const value = single(raw);
  if (isBlank(value)) throw notAvailable("missingField", { field });
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  const word = typeof value === "string" ? parseYesNo(value) : undefined;
  if (word === undefined) throw invalid("expectedBoolean", { field, got: describeValue(value) });
  return word;
}

export function optionalBooleanArg(field: string, raw: unknown): boolean | undefined {
  return isBlank(single(raw)) ? undefined : booleanArg(field, raw);
}

export function textArg(field: string, raw: unknown): string {
  const value = single(raw);
  if (isBlank(value)) throw notAvailable("missingField", { field });
  if (typeof value !== "string") throw invalid("expectedText", { field, got: describeValue(value) });
  return value;
}

/** central / local in any of the analysts' words (src/model/bodyType.ts). */
export function bodyTypeArg(raw: unknown): BodyType {
  const text = textArg("type", raw);
  const type = parseBodyType(text);
  if (!type) throw invalid("unknownType", { field: "type", got: describeValue(text) });
  return type;
}

/** Blank, or exemptions separated by commas or semicolons (or one per cell of a range). */
export function exemptionsArg(raw: unknown): Exemption[] {
  const words = cellsOf(raw)
    .filter((c) => !isBlank(c))
    .flatMap((c) => (typeof c === "string" ? c.split(/[,;]/) : [c]))
    .filter((w) => !isBlank(w));
  return words.map((w) => {
    const exemption = typeof w === "string" ? parseExemption(w) : undefined;
    if (!exemption) throw invalid("unknownExemption", { field: "exemption", got: describeValue(w) });
    return exemption;
  });
}

export function langArg(raw: unknown, fallback: Lang): Lang {
  const value = single(raw);
  if (isBlank(value)) return fallback;
  const lang = typeof value === "string" ? parseLang(value) : undefined;
  if (!lang) throw invalid("unknownLang", { field: "lang", got: describeValue(value) });
  return lang;
}

/** An indicator number as written in a cell: `1`, `"1"`, `11.1`, `"11.1"`. */
function indicatorKey(value: unknown): string {
  return typeof value === "number" ? String(value) : String(value).trim();
}

/**
 * The cells of one language's range by annex 10 key: in `keys` order when `indicators` is not
 * given, else paired with the indicator numbers of the `indicators` range (any order; rows with a blank
 * number are skipped, so a FILTER that found nothing is an empty table).
 */
export function keyedCells(
  field: string,
  raw: unknown,
  keys: readonly string[],
  indicators?: unknown,
): Map<string, unknown> {
  const cells = cellsOf(raw);
  const map = new Map<string, unknown>();
  if (!Array.isArray(indicators) && isBlank(indicators)) {
    if (cells.length !== keys.length)
      throw invalid("wrongRangeSize", {
        field,
        expected: keys.length,
        keys: keys.join(", "),
        got: cells.length,
      });
    keys.forEach((key, i) => map.set(key, cells[i]));
    return map;
  }
  const numbers = cellsOf(indicators);
  if (numbers.length !== cells.length)
    throw invalid("wrongRangeSize", {
      field,
      expected: numbers.length,
      keys: "one cell per indicator number",
      got: cells.length,
    });
  numbers.forEach((n, i) => {
    if (isBlank(n)) return;
    const key = indicatorKey(n);
    if (!keys.includes(key)) throw invalid("unknownKey", { field: "indicators", key });
    map.set(key, cells[i]);
  });
  return map;
}

/**
 * One language's fulfilments of an annex 10 table, cells in the table's order: a share 0..1,
 * TRUE/FALSE, "na" (nothing to assess), or for `shareKey` "answered/received" (I-7). Blank cells are
 * not entered (they score 0, as a missing key does).
 */
export function fulfilmentsArg(
  field: string,
  raw: unknown,
  keys: readonly string[],
  shareKey?: string,
  indicators?: unknown,
): FulfilmentMap {
  const map: FulfilmentMap = {};
  for (const [key, cell] of keyedCells(field, raw, keys, indicators)) {
    // The fast path needs no field name; it is built only for a cell that is not a plain 0..1 number.
    const f =
      typeof cell === "number" && cell >= 0 && cell <= 1
        ? cell
        : fulfilmentCell(`${field}[${key}]`, cell, key === shareKey);
    if (f !== undefined) map[key] = f;
  }
  return map;
}

function fulfilmentCell(field: string, value: unknown, allowShare: boolean): Fulfilment | undefined {
  if (isBlank(value)) return undefined;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number") {
    checkFulfilment(field, value);
    return value;
  }
  if (typeof value === "string") {
    if (isNotApplicableWord(value)) return "na";
    const pair = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    if (allowShare && pair) {
      const answered = Number(pair[1]);
      const received = Number(pair[2]);
      answeredShare(answered, received); // validates answered ≤ received
      return { answered, received };
    }
    const yesNo = parseYesNo(value);
    if (yesNo !== undefined) return yesNo ? 1 : 0;
  }
  throw invalid("expectedFulfilment", { field, got: describeValue(value) });
}

/** One language's subordinate-organisation violations (annex 10 tables 8–10), in table order. */
export function breachesArg(
  field: string,
  raw: unknown,
  keys: readonly string[],
  indicators?: unknown,
): SubordinateMap {
  const map: SubordinateMap = {};
  for (const [key, value] of keyedCells(field, raw, keys, indicators)) {
    const at = `${field}[${key}]`;
    if (isBlank(value)) continue;
    if (typeof value === "boolean") map[key] = value;
    else if (typeof value === "number") {
      isBreach(value); // a count of organisations must be a whole number ≥ 0
      map[key] = value;
    } else {
      const yesNo = typeof value === "string" ? parseYesNo(value) : undefined;
      if (yesNo === undefined) throw invalid("expectedBreach", { field: at, got: describeValue(value) });
      map[key] = yesNo;
    }
  }
  return map;
}
