/**
 * The ONE reader from workbook tables (2-D arrays of cell values) to the raw assessment object that
 * parseAssessment validates. Both adapters only fetch arrays: Office.js (src/excel/) all tables in
 * one context.sync, exceljs (src/xlsx/) from the sheet ranges. No workbook library is used here.
 *
 * The reader converts cells by the column kind of the template (./template.ts), reports what only
 * a workbook can get wrong (formula errors, dates, numbers stored as text, unknown body, missing
 * table or column), and remembers which cell every JSON path came from, so the problems
 * parseAssessment finds are reported at their sheet, cell and header too.
 */
import { parseCell } from "../sheet/a1";
import { opennessTable } from "../edition/2020";
import { editionFor, editionOfInput, type Edition } from "../edition";
import { type CellValue } from "../sheet/spec";
import { address } from "../sheet/a1";
import { isNotApplicableWord, normaliseWord, parseBodyType, parseExemption, parseYesNo } from "./bodyType";
import { parseAssessment } from "./parse";
import {
  describeValue,
  type CellLocation,
  type Problem,
  type ProblemCode,
  type ProblemParams,
} from "./problems";
import {
  AUTHORITIES_TABLE,
  AUTHORITY_BLOCK_TERMS,
  AUTOMATION_TABLE,
  BODIES_TABLE,
  COMPLAINTS_TABLE,
  HEADER_ROW,
  OPENNESS_BODY_TABLE,
  OPENNESS_ROW_TABLES,
  OPENNESS_TABLE,
  OPENNESS_TABLE_TERMS,
  RATINGS_TABLE,
  RECONCILIATION_TABLE,
  RECEIVED_TABLE,
  SERVICES_TABLE,
  SETTINGS_TABLE,
  ASSESSMENT_TABLES,
  type ColumnKind,
  type OpennessRowTable,
  type TemplateTable,
} from "./template-schema";
import { settingKeyOf, tablesRequiredBy } from "./template-schema";
import { assessmentRows } from "./template-rows";
import { DIRECTION_TERMS, TABLE_TERMS } from "./model-terms";
import {
  DIRECTIONS,
  RECEIVED_DIRECTIONS,
  type Assessment,
  type BodyType,
  type DirectionId,
  type Lang,
  type ReceivedDirection,
} from "./types";

/** The values of one Excel table as an adapter fetched them. */
export interface TableValues {
  /** The table's name (ListObject name), e.g. `opeval_Bodies`. */
  name: string;
  sheet: string;
  /** A1 address of the first header cell. */
  address: string;
  /** Header row first, then the data rows. Formula cells carry their results (`#N/A` as text). */
  values: CellValue[][];
  /** Number formats, same shape as `values` (optional): a number formatted as a date is a date. */
  numberFormats?: (string | null | undefined)[][];
  /**
   * Which cells hold an error value (`"row,column"` indexes into `values`), when the adapter can
   * tell an error from text that reads like one. Without it, text such as `#N/A` is taken for an
   * error (all Office.js values give); with it, `#N/A` typed as a name stays a name.
   */
  errorCells?: ReadonlySet<string>;
}

export interface TableReadResult {
  /** The raw assessment (docs/FORMAT.md shape) when the Bodies table could be read. */
  input?: unknown;
  /** Problems only a workbook can have (parseAssessment finds the rest). */
  problems: Problem[];
  /** Where each JSON path came from (also parent paths, e.g. `bodies[2].services` → its row). */
  cells: Map<string, CellLocation>;
  /** Paths whose value was dropped because the reader already reported it. */
  reportedPaths: Set<string>;
}

const FORMULA_ERRORS =
  /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;
const NUMERIC_TEXT = /^[+-]?(\d[\d\s\u00a0]*)([.,]\d+)?%?$/;

/** A number format that shows a date or time (letters d, m, y, h outside quotes and colour tags). */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const bare = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/\\./g, "");
  return /[dmyh]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** An Excel serial date as dd.mm.yyyy (1900 date system). */
export function serialToDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`;
}

function normaliseHeader(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ").trim();
}

/** How a header row maps onto a table's columns (the one column locator of every table reader). */
export interface ColumnMatch {
  /** Column key → index in the header row (the first of duplicates). */
  indexOf: Map<string, number>;
  /** Column key → the header text as the workbook spells it. */
  headerText: Map<string, string>;
  /** Non-blank headers that name no column, and repeats of a matched column. */
  unknown: { index: number; text: string }[];
  duplicates: { index: number; text: string }[];
}

/** Locates `spec`'s columns in `header` by key or by header in any of kk/ru/en, in any order. */
export function matchColumns(header: readonly CellValue[], spec: TemplateTable): ColumnMatch {
  const byHeader = new Map<string, string>();
  for (const column of spec.columns)
    for (const text of [column.key, column.header.en, column.header.kk, column.header.ru])
      byHeader.set(normaliseHeader(text), column.key);
  const match: ColumnMatch = { indexOf: new Map(), headerText: new Map(), unknown: [], duplicates: [] };
  header.forEach((h, index) => {
    const text = h === null || h === undefined ? "" : String(h);
    const key = byHeader.get(normaliseHeader(text));
    if (key === undefined) {
      if (text.trim() !== "") match.unknown.push({ index, text });
    } else if (match.indexOf.has(key)) match.duplicates.push({ index, text });
    else {
      match.indexOf.set(key, index);
      match.headerText.set(key, text);
    }
  });
  return match;
}

function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

function parseA1(a1: string): { row: number; col: number } {
  const cell = parseCell(a1);
  return cell ? { row: cell.row, col: cell.column } : { row: HEADER_ROW, col: 1 };
}

/** One located table: its values keyed by column key. */
interface LocatedRow {
  /** 1-based row number on the sheet. */
  row: number;
  cell(key: string): CellLocation;
  raw(key: string): CellValue | undefined;
  format(key: string): string | null | undefined;
  /** The cell holds an error value (a formula's #N/A…), not text. */
  isError(key: string): boolean;
}

interface LocatedTable {
  spec: TemplateTable;
  values: TableValues;
  rows: LocatedRow[];
  headerCell: CellLocation;
  has(key: string): boolean;
}

type Converted = { ok: true; value: unknown } | { ok: false };

class Reader {
  readonly problems: Problem[] = [];
  readonly cells = new Map<string, CellLocation>();
  readonly reportedPaths = new Set<string>();

  problem(
    code: ProblemCode,
    cell: CellLocation | undefined,
    path: string,
    params: ProblemParams = {},
    bodyId: string | null = null,
    severity: "error" | "warning" = "error",
  ): void {
    this.problems.push({ severity, code, bodyId, path, params, ...(cell ? { cell } : {}) });
    if (severity === "error") this.reportedPaths.add(path);
  }

  locate(path: string, cell: CellLocation): void {
    if (!this.cells.has(path)) this.cells.set(path, cell);
  }

  /**
   * Finds and indexes a table; reports a missing table (its sheet named in `lang`, the workbook's
   * language: the analyst looks for the sheet by the name the template gave it) or column.
   */
  table(all: TableValues[], spec: TemplateTable, lang: Lang = "en"): LocatedTable | undefined {
    const values = all.find((t) => t.name.toLowerCase() === spec.name.toLowerCase());
    if (!values) {
      if (spec.required !== false)
        this.problem("missingTable", undefined, spec.name, { table: spec.name, sheet: spec.sheet[lang] });
      return undefined;
    }
    const origin = parseA1(values.address);
    const header = values.values[0] ?? [];
    const { indexOf, headerText, unknown, duplicates } = matchColumns(header, spec);
    const headerCell: CellLocation = {
      sheet: values.sheet,
      address: address(origin.row, origin.col),
      ...(header[0] !== null && header[0] !== undefined ? { header: String(header[0]) } : {}),
    };
    const at = (j: number, text: string) => ({
      sheet: values.sheet,
      address: address(origin.row, origin.col + j),
      header: text,
    });
    // Reported in the order of the header row, as an analyst reads it.
    const odd = [
      ...unknown.map((u) => ({ ...u, code: "unknownColumn" as const })),
      ...duplicates.map((d) => ({ ...d, code: "duplicateColumn" as const })),
    ].sort((a, b) => a.index - b.index);
    for (const o of odd) {
      const params = { table: spec.name, column: o.text };
      if (o.code === "unknownColumn")
        this.problem("unknownColumn", at(o.index, o.text), spec.name, params, null, "warning");
      else this.problem("duplicateColumn", at(o.index, o.text), spec.name, params);
    }
    for (const column of spec.columns) {
      if (!indexOf.has(column.key) && !column.optional)
        this.problem("missingColumn", headerCell, spec.name, {
          table: spec.name,
          column: column.header[headerLanguage(values)],
        });
    }
    const rows: LocatedRow[] = [];
    values.values.slice(1).forEach((rowValues, i) => {
      const used = [...indexOf.entries()].filter(
        ([key]) => spec.columns.find((c) => c.key === key)?.kind !== "note",
      );
      if (used.every(([, j]) => isBlank(rowValues[j]))) return; // empty rows are ignored
      const row = origin.row + 1 + i;
      rows.push({
        row,
        cell: (key) => {
          const j = indexOf.get(key);
          return {
            sheet: values.sheet,
            address: address(row, origin.col + (j ?? 0)),
            header: headerText.get(key) ?? key,
          };
        },
        raw: (key) => {
          const j = indexOf.get(key);
          return j === undefined ? undefined : rowValues[j];
        },
        format: (key) => {
          const j = indexOf.get(key);
          return j === undefined ? undefined : values.numberFormats?.[i + 1]?.[j];
        },
        isError: (key) => {
          const j = indexOf.get(key);
          const raw = j === undefined ? undefined : rowValues[j];
          if (typeof raw !== "string" || !FORMULA_ERRORS.test(raw.trim())) return false;
          return values.errorCells ? values.errorCells.has(`${i + 1},${j}`) : true;
        },
      });
    });
    return { spec, values, rows, headerCell, has: (key) => indexOf.has(key) };
  }

  /**
   * The value of one cell converted by the column kind, or `{ok:false}` after reporting why.
   * Blank cells give `{ok:true, value: undefined}`. Every cell read is located at `path`.
   */
  read(row: LocatedRow, key: string, kind: ColumnKind, path: string, bodyId: string | null): Converted {
    const cell = row.cell(key);
    this.locate(path, cell);
    const raw = row.raw(key);
    if (isBlank(raw)) return { ok: true, value: undefined };
    const fail = (code: ProblemCode, params: ProblemParams = {}): Converted => {
      this.problem(code, cell, path, params, bodyId);
      return { ok: false };
    };
    // Free text keeps its spaces (names and facts print as typed); codes and numbers are trimmed.
    const keepsText = kind === "text" || kind === "bodyRef" || kind === "settingValue";
    const value = typeof raw === "string" && !keepsText ? raw.trim() : raw!;
    if (row.isError(key)) return fail("formulaErrorValue", { got: String(value) });
    const numeric = kind === "count" || kind === "nonNegative" || kind === "rating" || kind === "weight";
    if (typeof value === "number" && isDateFormat(row.format(key)) && (numeric || kind === "fulfilment"))
      return fail("dateInNumberCell", { got: serialToDate(value) });
    switch (kind) {
      case "count":
      case "nonNegative":
      case "rating":
      case "weight":
        if (typeof value === "string")
          return fail(NUMERIC_TEXT.test(value) ? "numberStoredAsText" : "textInNumberCell", {
            got: describeValue(value),
          });
        return { ok: true, value };
      case "text":
      case "bodyRef":
      case "indicator":
      case "settingKey":
        return { ok: true, value: typeof value === "number" ? numberText(value) : String(value) };
      case "bodyType": {
        const type = typeof value === "string" ? parseBodyType(value) : undefined;
        return type ? { ok: true, value: type } : fail("unknownChoice", choiceParams(value, kind));
      }
      case "exemption": {
        const words = String(value)
          .split(/[;,]/)
          .map((w) => w.trim())
          .filter(Boolean);
        const parsed = words.map((w) => parseExemption(w));
        if (parsed.some((e) => e === undefined)) return fail("unknownChoice", choiceParams(value, kind));
        return { ok: true, value: parsed };
      }
      case "applicability":
        if (typeof value === "string" && isNotApplicableWord(value)) return { ok: true, value: "na" };
        return fail("unknownChoice", choiceParams(value, kind));
      case "yesNo": {
        if (typeof value === "boolean") return { ok: true, value };
        if (value === 1 || value === 0) return { ok: true, value: value === 1 };
        const answer = typeof value === "string" ? parseYesNo(value) : undefined;
        return answer === undefined
          ? fail("unknownChoice", choiceParams(value, kind))
          : { ok: true, value: answer };
      }
      case "direction": {
        const d = typeof value === "string" ? findTerm(value, DIRECTION_WORDS) : undefined;
        return d ? { ok: true, value: d } : fail("unknownChoice", choiceParams(value, kind));
      }
      case "opennessTable": {
        const t = typeof value === "string" ? findTerm(value, OPENNESS_TABLE_WORDS) : undefined;
        return t ? { ok: true, value: t } : fail("unknownChoice", choiceParams(value, kind));
      }
      case "fulfilment": {
        if (typeof value !== "string") return { ok: true, value };
        if (isNotApplicableWord(value)) return { ok: true, value: "na" };
        const answer = parseYesNo(value);
        if (answer !== undefined) return { ok: true, value: answer };
        if (NUMERIC_TEXT.test(value)) return fail("numberStoredAsText", { got: describeValue(value) });
        return { ok: true, value }; // parseAssessment words the reason (expectedFulfilment / expectedBreach)
      }
      case "settingValue":
      case "note":
        return { ok: true, value };
      // opeval_Received (issue 24)
      case "receivedDirection": {
        const d = typeof value === "string" ? findTerm(value, RECEIVED_DIRECTION_WORDS) : undefined;
        return d ? { ok: true, value: d } : fail("unknownChoice", choiceParams(value, kind));
      }
      case "score":
        if (typeof value === "string")
          return fail(NUMERIC_TEXT.test(value) ? "numberStoredAsText" : "textInNumberCell", {
            got: describeValue(value),
          });
        return { ok: true, value };
      case "date": {
        const iso = isoDateOfCell(value);
        return iso ? { ok: true, value: iso } : fail("expectedDate", { got: describeValue(value) });
      }
    }
  }
}

/** A date cell as YYYY-MM-DD: an Excel serial, or text dd.mm.yyyy or YYYY-MM-DD naming a real day. */
export function isoDateOfCell(value: CellValue): string | undefined {
  let y: number, m: number, d: number;
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 1 || value > 2958465) return undefined;
    const date = new Date(Math.round((value - 25569) * 86400000));
    [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
  } else if (typeof value === "string") {
    const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (dotted) [d, m, y] = [Number(dotted[1]), Number(dotted[2]), Number(dotted[3])];
    else if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    else return undefined;
    const check = new Date(Date.UTC(y, m - 1, d));
    if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d)
      return undefined;
  } else return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${String(y).padStart(4, "0")}-${two(m)}-${two(d)}`;
}

/** Avoids 1.1 → "1.1000000000000001"-style surprises when an indicator number was typed as a number. */
function numberText(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(12)));
}

/**
 * The language an analyst sees a workbook in (issue 23 item 11): that of the sheet names its opeval
 * tables stand on, as the template named them («Органдар», «Органы», "Bodies"); where no sheet
 * keeps its template name, that of the tables' headers; English for a workbook with neither.
 */
export function workbookLanguage(tables: readonly TableValues[], specs: readonly TemplateTable[]): Lang {
  const votes: Record<Lang, number> = { kk: 0, ru: 0, en: 0 };
  for (const t of tables) {
    const spec = specs.find((s) => s.name.toLowerCase() === t.name.toLowerCase());
    const named = spec ? (["kk", "ru", "en"] as const).find((l) => spec.sheet[l] === t.sheet) : undefined;
    if (named) votes[named]++;
  }
  const best = (["kk", "ru", "en"] as const).reduce((a, b) => (votes[b] > votes[a] ? b : a));
  if (votes[best] > 0) return best;
  return textLanguage(tables.map(headerText).join(" "));
}

function headerText(values: TableValues): string {
  return (values.values[0] ?? []).map((v) => String(v ?? "")).join(" ");
}

/** Kazakh by its own letters, Russian by Cyrillic without them, else English. */
function textLanguage(text: string): Lang {
  if (/[әғқңөұүһі]/i.test(text)) return "kk";
  if (/[а-яё]/i.test(text)) return "ru";
  return "en";
}

/** The language a table's headers are written in, so a missing column is named the same way. */
export function headerLanguage(values: TableValues): Lang {
  return textLanguage(headerText(values));
}

const DIRECTION_WORDS: Readonly<Record<DirectionId, readonly string[]>> = Object.fromEntries(
  DIRECTIONS.map((d) => [
    d,
    [d, ...Object.values(TABLE_TERMS[d]), ...Object.values(DIRECTION_TERMS[d])] as readonly string[],
  ]),
) as Record<DirectionId, readonly string[]>;

const AUTHORITY_BLOCK_WORDS = Object.fromEntries(
  Object.entries(AUTHORITY_BLOCK_TERMS).map(([k, t]) => [k, [k, ...Object.values(t)]]),
) as unknown as Readonly<Record<keyof typeof AUTHORITY_BLOCK_TERMS, readonly string[]>>;

/** The directions of opeval_Received in any language (automation: K3 of annex 5). */
const RECEIVED_DIRECTION_WORDS = Object.fromEntries(
  RECEIVED_DIRECTIONS.map((d) => [d, [d, ...Object.values(AUTHORITY_BLOCK_TERMS[d])]]),
) as unknown as Readonly<Record<ReceivedDirection, readonly string[]>>;

const OPENNESS_TABLE_WORDS = Object.fromEntries(
  OPENNESS_ROW_TABLES.map((t) => [t, [t, ...Object.values(OPENNESS_TABLE_TERMS[t])]]),
) as unknown as Readonly<Record<OpennessRowTable, readonly string[]>>;

function findTerm<K extends string>(
  text: string,
  words: Readonly<Record<K, readonly string[]>>,
): K | undefined {
  const word = normaliseWord(text);
  return (Object.keys(words) as K[]).find((k) => words[k].some((w) => normaliseWord(w) === word));
}

function choiceParams(value: unknown, kind: ColumnKind): ProblemParams {
  const allowed: Record<string, string> = {
    bodyType: "central / local (орталық / жергілікті, ЦГО / МИО)",
    exemption: "National Bank / Ministry of Defence (Ұлттық Банк / Қорғаныс министрлігі)",
    applicability: "n/a (қолданылмайды, не применяется) or blank",
    yesNo: "yes / no (иә / жоқ, да / нет, TRUE / FALSE)",
    direction: DIRECTIONS.map((d) => `${d} (${TABLE_TERMS[d].kk}, ${TABLE_TERMS[d].ru})`).join(" / "),
    opennessTable: OPENNESS_ROW_TABLES.map((t) => OPENNESS_TABLE_TERMS[t].en).join(" / "),
    receivedDirection: RECEIVED_DIRECTIONS.map(
      (d) => `${d} (${AUTHORITY_BLOCK_TERMS[d].kk}, ${AUTHORITY_BLOCK_TERMS[d].ru})`,
    ).join(" / "),
  };
  return { got: describeValue(value), allowed: allowed[kind] ?? "" };
}

type Json = Record<string, unknown>;

interface BodyEntry {
  index: number;
  id: string;
  raw: Json;
  row: LocatedRow;
}

/** The body's representative (annexes 1 and 14) from its four optional Bodies columns. */
function readRepresentative(
  r: Reader,
  row: LocatedRow,
  path: string,
  raw: Json,
  bodyId: string | null,
): void {
  const representative: Json = {};
  const ru: Json = {};
  const columns = [
    ["representativePosition", representative, "position", ""],
    ["representativeName", representative, "name", ""],
    ["ruRepresentativePosition", ru, "position", "ru."],
    ["ruRepresentativeName", ru, "name", "ru."],
  ] as const;
  for (const [key, target, field, prefix] of columns) {
    const v = r.read(row, key, "text", `${path}.representative.${prefix}${field}`, bodyId);
    if (v.ok && v.value !== undefined) target[field] = v.value;
  }
  if (Object.keys(ru).length) representative.ru = ru;
  if (Object.keys(representative).length) raw.representative = representative;
}

/**
 * opeval_Authorities (issue 24): one field a row of a signing block, into the direction's block of
 * `settings.conclusion` or a body's own `conclusion`. A role's Kazakh and Russian values make one
 * signatory of the block and one of its `ru`; a field given twice for one block is an error.
 */
function readAuthorities(
  r: Reader,
  table: LocatedTable | undefined,
  bodies: BodyIndex,
  settings: Json,
): void {
  if (!table) return;
  const blocks = new Map<
    Json,
    { roles: Map<string, { kk: Json; ru: Json }>; seen: Map<string, LocatedRow> }
  >();
  for (const row of table.rows) {
    let body: BodyEntry | undefined;
    if (!isBlank(row.raw("body"))) {
      body = bodyOf(r, row, bodies, table.spec);
      if (!body) continue;
    }
    const blockCell = r.read(row, "block", "text", `${table.spec.name}.block`, body?.id ?? null);
    if (!blockCell.ok) continue;
    const blockWord = blockCell.value as string | undefined;
    const block = blockWord === undefined ? undefined : findTerm(blockWord, AUTHORITY_BLOCK_WORDS);
    // The Agency's own block is the Settings table; services has no authority block of its own.
    if (blockWord !== undefined ? !block || (!body && block === "services") : !body) {
      const allowed = body
        ? "services / automation / openness / complaints"
        : "automation / openness / complaints";
      r.problem(
        "unknownChoice",
        row.cell("block"),
        `${table.spec.name}.block`,
        {
          got: describeValue(blockWord ?? ""),
          allowed,
        },
        body?.id ?? null,
      );
      continue;
    }
    const base = body ? `bodies[${body.index}].conclusion` : "settings.conclusion";
    const path = block ? `${base}.${block}` : base;
    const fieldCell = r.read(row, "field", "text", path, body?.id ?? null);
    if (!fieldCell.ok) continue;
    const field = ((fieldCell.value as string | undefined) ?? "").trim();
    const signatory = /^(.+)\.(position|name)$/.exec(field);
    if (!signatory && !["authority", "place", "date"].includes(field)) {
      r.problem("unknownKey", row.cell("field"), `${path}.${field}`, { key: field }, body?.id ?? null);
      continue;
    }
    const owner = body ? ((body.raw.conclusion ??= {}) as Json) : ((settings.conclusion ??= {}) as Json);
    const target = block ? ((owner[block] ??= {}) as Json) : owner;
    const state = blocks.get(target) ?? { roles: new Map(), seen: new Map() };
    blocks.set(target, state);
    const first = state.seen.get(field);
    if (first) {
      r.problem(
        "duplicateSetting",
        row.cell("field"),
        `${path}.${field}`,
        { key: field, first: first.row },
        body?.id ?? null,
      );
      continue;
    }
    state.seen.set(field, row);
    const read = (key: "value" | "ruValue", at: string) => {
      const v = r.read(row, key, "settingValue", at, body?.id ?? null);
      if (!v.ok || v.value === undefined) return undefined;
      return typeof v.value === "number" && isDateFormat(row.format(key)) ? serialToDate(v.value) : v.value;
    };
    if (!signatory) {
      const kk = read("value", `${path}.${field}`);
      const ru = read("ruValue", `${path}.ru.${field}`);
      if (kk !== undefined) target[field] = kk;
      if (ru !== undefined) ((target.ru ??= {}) as Json)[field] = ru;
      continue;
    }
    const [, role, part] = signatory as unknown as [string, string, string];
    const entry = state.roles.get(role) ?? { kk: { role }, ru: { role } };
    if (!state.roles.has(role)) {
      state.roles.set(role, entry);
      // The Kazakh signatory is listed unless the role gives only Russian values (decided below).
      ((target.signatories ??= []) as Json[]).push(entry.kk);
    }
    const kk = read("value", `${path}.signatories.${role}.${part}`);
    const ru = read("ruValue", `${path}.ru.signatories.${role}.${part}`);
    if (kk !== undefined) entry.kk[part] = kk;
    if (ru !== undefined) entry.ru[part] = ru;
  }
  for (const [target, { roles }] of blocks) {
    const listed = (target.signatories as Json[] | undefined) ?? [];
    const kkOnly = listed.filter((s) => {
      const e = roles.get(s.role as string)!;
      const hasKk = e.kk.position !== undefined || e.kk.name !== undefined;
      const hasRu = e.ru.position !== undefined || e.ru.name !== undefined;
      return hasKk || !hasRu;
    });
    if (kkOnly.length) target.signatories = kkOnly;
    else delete target.signatories;
    const ru = [...roles.values()]
      .map((e) => e.ru)
      .filter((x) => x.position !== undefined || x.name !== undefined);
    if (ru.length) ((target.ru ??= {}) as Json).signatories = ru;
  }
}

/** Reads the Bodies table; other tables refer to its rows by code or name. */
function readBodies(r: Reader, table: LocatedTable): BodyEntry[] {
  const entries: BodyEntry[] = [];
  for (const row of table.rows) {
    const index = entries.length;
    const path = `bodies[${index}]`;
    const raw: Json = {};
    const idCell = r.read(row, "id", "text", `${path}.id`, null);
    const nameCell = r.read(row, "name", "text", `${path}.name`, null);
    const id =
      (idCell.ok && (idCell.value as string | undefined)) ||
      (nameCell.ok && (nameCell.value as string)) ||
      "";
    if (idCell.ok && idCell.value !== undefined) raw.id = idCell.value;
    else r.cells.set(`${path}.id`, row.cell("name"));
    if (nameCell.ok && nameCell.value !== undefined) raw.name = nameCell.value;
    // Texts of the Russian forms (docs/FORMAT.md): short names and the Russian name, all optional.
    const shortName = r.read(row, "shortName", "text", `${path}.shortName`, id || null);
    if (shortName.ok && shortName.value !== undefined) raw.shortName = shortName.value;
    const ru: Json = {};
    const ruName = r.read(row, "ruName", "text", `${path}.ru.name`, id || null);
    if (ruName.ok && ruName.value !== undefined) ru.name = ruName.value;
    const ruShort = r.read(row, "ruShortName", "text", `${path}.ru.shortName`, id || null);
    if (ruShort.ok && ruShort.value !== undefined) ru.shortName = ruShort.value;
    if (Object.keys(ru).length) raw.ru = ru;
    r.locate(`${path}.ru.name`, row.cell("ruName") ?? row.cell("name"));
    readRepresentative(r, row, path, raw, id || null);
    const type = r.read(row, "type", "bodyType", `${path}.type`, id || null);
    if (type.ok && type.value !== undefined) raw.type = type.value;
    const exempt = r.read(row, "exempt", "exemption", `${path}.exempt`, id || null);
    if (exempt.ok && exempt.value !== undefined) {
      raw.exempt = exempt.value;
      (exempt.value as unknown[]).forEach((_, k) => r.locate(`${path}.exempt[${k}]`, row.cell("exempt")));
    }
    for (const d of DIRECTIONS) {
      const status = r.read(row, d, "applicability", `${path}.${d}`, id || null);
      if (status.ok && status.value === "na") raw[d] = "na";
      // Problems of an assessed direction belong to its own sheet, not to this cell.
      else if (status.ok) r.cells.delete(`${path}.${d}`);
    }
    r.locate(path, row.cell("name"));
    entries.push({ index, id, raw, row });
  }
  return entries;
}

class BodyIndex {
  private readonly byId = new Map<string, BodyEntry>();
  private readonly byName = new Map<string, BodyEntry>();
  private readonly loose = new Map<string, BodyEntry>();

  constructor(entries: BodyEntry[]) {
    for (const e of entries) {
      const id = typeof e.raw.id === "string" ? e.raw.id : undefined;
      const name = typeof e.raw.name === "string" ? e.raw.name : undefined;
      if (id && !this.byId.has(id)) this.byId.set(id, e);
      if (name && !this.byName.has(name)) this.byName.set(name, e);
      for (const text of [id, name])
        if (text && !this.loose.has(normaliseHeader(text))) this.loose.set(normaliseHeader(text), e);
    }
  }

  find(ref: string): BodyEntry | undefined {
    return this.byId.get(ref) ?? this.byName.get(ref) ?? this.loose.get(normaliseHeader(ref));
  }
}

/** Resolves the body cell of a row, reporting a blank or unknown body. */
function bodyOf(r: Reader, row: LocatedRow, bodies: BodyIndex, table: TemplateTable): BodyEntry | undefined {
  const ref = r.read(row, "body", "bodyRef", `${table.name}.body`, null);
  if (!ref.ok) return undefined;
  if (ref.value === undefined) {
    r.problem("missingBodyRef", row.cell("body"), table.name);
    return undefined;
  }
  const entry = bodies.find(ref.value as string);
  if (!entry) r.problem("unknownBodyRef", row.cell("body"), table.name, { body: ref.value as string });
  return entry;
}

/**
 * Reads rows of a one-row-per-body table into `target(body)[key]`, converting each column.
 * Reports a second row for a body.
 */
function readPerBody(
  r: Reader,
  table: LocatedTable | undefined,
  bodies: BodyIndex,
  objectPath: (body: BodyEntry) => string,
  target: (body: BodyEntry, row: LocatedRow) => Json | undefined,
  finish?: (body: BodyEntry, obj: Json) => void,
): void {
  if (!table) return;
  const seen = new Map<number, LocatedRow>();
  for (const row of table.rows) {
    const body = bodyOf(r, row, bodies, table.spec);
    if (!body) continue;
    const first = seen.get(body.index);
    if (first) {
      r.problem(
        "duplicateRow",
        row.cell("body"),
        `${objectPath(body)}`,
        {
          body: body.id,
          table: table.spec.name,
          first: first.row,
        },
        body.id,
      );
      continue;
    }
    seen.set(body.index, row);
    const obj = target(body, row);
    if (!obj) continue;
    r.locate(objectPath(body), row.cell("body"));
    for (const column of table.spec.columns) {
      if (column.key === "body" || column.kind === "note") continue;
      const path = `${objectPath(body)}.${column.key}`;
      const v = r.read(row, column.key, column.kind, path, body.id);
      if (v.ok && v.value !== undefined) obj[column.key] = v.value;
    }
    finish?.(body, obj);
  }
}

function directionObject(
  r: Reader,
  body: BodyEntry,
  d: DirectionId,
  row: LocatedRow,
  table: TemplateTable,
): Json | undefined {
  if (body.raw[d] === "na") {
    r.problem(
      "notApplicableWithData",
      row.cell("body"),
      `bodies[${body.index}].${d}`,
      { table: table.name },
      body.id,
    );
    return undefined;
  }
  if (typeof body.raw[d] !== "object" || body.raw[d] === null) body.raw[d] = {};
  return body.raw[d] as Json;
}

function readSettings(
  r: Reader,
  table: LocatedTable | undefined,
  edition: Edition,
): { period?: unknown; settings?: Json } {
  if (!table) return {};
  const settings: Json = {};
  const conclusion: Json = {};
  /** Signatory slots by number: field → value and the row it came from. */
  const slots: { values: Json; rows: Map<string, LocatedRow> }[] = [];
  const ruConclusion: Json = {};
  const weights: (unknown | undefined)[] = [undefined, undefined, undefined];
  const weightCells: LocatedRow[] = [];
  let period: unknown;
  const dateOf = (row: LocatedRow, value: unknown) =>
    typeof value === "number" && isDateFormat(row.format("value")) ? serialToDate(value) : value;
  for (const row of table.rows) {
    const keyCell = r.read(row, "setting", "settingKey", "settings", null);
    if (!keyCell.ok || keyCell.value === undefined) continue;
    const written = (keyCell.value as string).trim();
    // The key itself, or its name in a kk/ru template (issue 23 item 17).
    const key = settingKeyOf(written) ?? written;
    const weightIndex = ["weight.services", "weight.openness", "weight.complaints"].indexOf(key);
    const signatory = /^signatory(\d+)\.(role|position|name|ru\.position|ru\.name)$/.exec(key);
    const conclusionKey = /^conclusion\.(authority|place|date|correctedDate)$/.exec(key);
    const ruConclusionKey = /^conclusion\.ru\.(authority|place|date)$/.exec(key);
    if (weightIndex >= 0) {
      const v = r.read(row, "value", "weight", "settings.overallWeights", null);
      weightCells.push(row);
      if (v.ok) weights[weightIndex] = v.value;
      else weights[weightIndex] = null;
    } else if (key === "period") {
      const v = r.read(row, "value", "settingValue", "period", null);
      if (v.ok && v.value !== undefined) period = typeof v.value === "number" ? String(v.value) : v.value;
    } else if (key === "methodology") {
      const v = r.read(row, "value", "settingValue", "settings.methodology", null);
      if (v.ok && v.value !== undefined)
        settings.methodology = typeof v.value === "number" ? String(v.value) : v.value;
    } else if (conclusionKey) {
      const field = conclusionKey[1]!;
      const v = r.read(row, "value", "settingValue", `settings.conclusion.${field}`, null);
      if (v.ok && v.value !== undefined)
        conclusion[field] = field === "date" || field === "correctedDate" ? dateOf(row, v.value) : v.value;
    } else if (ruConclusionKey) {
      const field = ruConclusionKey[1]!;
      const v = r.read(row, "value", "settingValue", `settings.conclusion.ru.${field}`, null);
      if (v.ok && v.value !== undefined)
        ruConclusion[field] = field === "date" ? dateOf(row, v.value) : v.value;
    } else if (signatory) {
      const n = Number(signatory[1]);
      const field = signatory[2]!;
      const v = r.read(row, "value", "settingValue", `settings.conclusion.signatories[${n}].${field}`, null);
      if (!v.ok || v.value === undefined) continue;
      const slot = (slots[n] ??= { values: {}, rows: new Map() });
      slot.values[field] = v.value;
      slot.rows.set(field, row);
    } else {
      r.problem("unknownKey", row.cell("setting"), `settings.${key}`, { key });
    }
  }
  if (weights.some((w) => w !== undefined)) {
    // A blank weight keeps its default; a rejected one (null) makes the whole triple invalid.
    if (!weights.includes(null))
      settings.overallWeights = weights.map((w, i) => w ?? edition.overall.defaultWeights[i]);
    const first = weightCells[0];
    if (first) r.locate("settings.overallWeights", first.cell("value"));
  }
  // A slot is a Kazakh signatory unless it gives only Russian fields; its Russian fields go to
  // `ru.signatories`, matched by role (docs/FORMAT.md settings.conclusion.ru).
  const listed: Json[] = [];
  const ruListed: Json[] = [];
  slots.forEach((slot, n) => {
    if (!slot) return;
    const v = slot.values;
    const hasRu = v["ru.position"] !== undefined || v["ru.name"] !== undefined;
    const hasKk = v.position !== undefined || v.name !== undefined;
    if (v.role === undefined && !hasKk) {
      // A Russian-only slot without a role would be lost: name the slot's first row.
      const [first] = slot.rows.values();
      r.problem("missingField", first!.cell("setting"), `settings.conclusion.signatories[${n}].role`, {});
      return;
    }
    if (hasKk || !hasRu) {
      const k = listed.length;
      listed.push({ role: v.role, position: v.position, name: v.name });
      for (const [field, row] of slot.rows)
        if (!field.startsWith("ru."))
          r.locate(`settings.conclusion.signatories[${k}].${field}`, row.cell("value"));
    }
    if (hasRu && v.role !== undefined) {
      const k = ruListed.length;
      ruListed.push({ role: v.role, position: v["ru.position"], name: v["ru.name"] });
      for (const [field, row] of slot.rows)
        if (field.startsWith("ru."))
          r.locate(`settings.conclusion.ru.signatories[${k}].${field.slice(3)}`, row.cell("value"));
    }
  });
  const defined = (o: Json) => Object.fromEntries(Object.entries(o).filter(([, x]) => x !== undefined));
  if (listed.length) conclusion.signatories = listed.map(defined);
  if (ruListed.length) ruConclusion.signatories = ruListed.map(defined);
  if (Object.keys(ruConclusion).length) conclusion.ru = ruConclusion;
  if (Object.keys(conclusion).length) settings.conclusion = conclusion;
  return { period, settings: Object.keys(settings).length ? settings : undefined };
}

function readOpenness(
  r: Reader,
  bodyTable: LocatedTable | undefined,
  table: LocatedTable | undefined,
  entries: BodyEntry[],
  bodies: BodyIndex,
  edition: Edition,
): void {
  const opennessOf = (body: BodyEntry, row: LocatedRow, spec: TemplateTable): Json | undefined => {
    const o = directionObject(r, body, "openness", row, spec);
    if (!o) return undefined;
    if (Object.keys(o).length === 0)
      for (const t of OPENNESS_ROW_TABLES)
        o[t] = t === "subordinate" ? { kk: {}, ru: {} } : { kk: {}, ru: {} };
    return o;
  };
  readPerBody(
    r,
    bodyTable,
    bodies,
    (b) => `bodies[${b.index}].openness`,
    // The columns of this table belong to two sub-objects: collect them, then move them there.
    (body, row) => (opennessOf(body, row, OPENNESS_BODY_TABLE) ? {} : undefined),
    (body, collected) => {
      const o = body.raw.openness as Json;
      const data = o.openData as Json;
      const budget = o.openBudget as Json;
      if (collected.requestsReceived !== undefined) data.requestsReceived = collected.requestsReceived;
      if (collected.auditInPeriod !== undefined) budget.auditInPeriod = collected.auditInPeriod;
      if (collected.classified !== undefined) budget.classified = collected.classified;
    },
  );
  // The body-table columns were located under `openness.<key>`; the parser reports them under the sub-tables.
  for (const e of entries) {
    const base = `bodies[${e.index}].openness`;
    const move = (from: string, to: string) => {
      const cell = r.cells.get(`${base}.${from}`);
      if (cell) r.cells.set(`${base}.${to}`, cell);
    };
    move("requestsReceived", "openData.requestsReceived");
    move("auditInPeriod", "openBudget.auditInPeriod");
    move("classified", "openBudget.classified");
    move("classified", "openBudget");
  }
  if (!table) return;
  const seen = new Map<string, LocatedRow>();
  for (const row of table.rows) {
    const body = bodyOf(r, row, bodies, table.spec);
    if (!body) continue;
    const tableCell = r.read(row, "table", "opennessTable", `bodies[${body.index}].openness`, body.id);
    const indicatorCell = r.read(row, "indicator", "indicator", `bodies[${body.index}].openness`, body.id);
    if (!tableCell.ok || !indicatorCell.ok) continue;
    if (tableCell.value === undefined || indicatorCell.value === undefined) {
      r.problem(
        "missingField",
        row.cell(tableCell.value === undefined ? "table" : "indicator"),
        `bodies[${body.index}].openness`,
        {},
        body.id,
      );
      continue;
    }
    const t = tableCell.value as OpennessRowTable;
    const key = (indicatorCell.value as string).trim();
    const dupKey = `${body.index}|${t}|${key}`;
    const first = seen.get(dupKey);
    if (first) {
      r.problem(
        "duplicateIndicatorRow",
        row.cell("indicator"),
        `bodies[${body.index}].openness.${t}`,
        { body: body.id, table: OPENNESS_TABLE_TERMS[t].en, indicator: key, first: first.row },
        body.id,
      );
      continue;
    }
    seen.set(dupKey, row);
    const o = opennessOf(body, row, OPENNESS_TABLE.name === table.spec.name ? OPENNESS_TABLE : table.spec);
    if (!o) continue;
    const validKeys = validIndicatorKeys(edition, t, body.raw.type);
    for (const lang of ["kk", "ru"] as const) {
      const path = `bodies[${body.index}].openness.${t}.${lang}.${key}`;
      const map = (o[t] as Json)[lang] as Json;
      const value = r.read(row, lang, "fulfilment", path, body.id);
      // An unknown indicator is reported (by the parser) at the indicator cell, not the value.
      if (validKeys && !validKeys.includes(key)) r.cells.set(path, row.cell("indicator"));
      const answered = r.read(row, `${lang}Answered`, "count", `${path}.answered`, body.id);
      const received = r.read(row, `${lang}Received`, "count", `${path}.received`, body.id);
      const shareGiven =
        (answered.ok && answered.value !== undefined) || (received.ok && received.value !== undefined);
      if (shareGiven) {
        if (value.ok && value.value !== undefined) {
          r.problem("shareAndFulfilment", row.cell(lang), path, {}, body.id);
          continue;
        }
        const share: Json = {};
        if (answered.ok && answered.value !== undefined) share.answered = answered.value;
        if (received.ok && received.value !== undefined) share.received = received.value;
        if (answered.ok && received.ok) map[key] = share;
        else r.reportedPaths.add(path);
      } else if (value.ok && value.value !== undefined) map[key] = value.value;
      else if (!value.ok || !answered.ok || !received.ok) r.reportedPaths.add(path);
    }
  }
}

function validIndicatorKeys(edition: Edition, table: OpennessRowTable, type: unknown): string[] | undefined {
  if (table === "subordinate") return edition.openness.subordinate.violations.map((v) => v.key);
  if (type !== "central" && type !== "local") return undefined;
  return opennessTable(edition, table, type as BodyType).map((i) => i.key);
}

function readReconciliation(r: Reader, table: LocatedTable | undefined, bodies: BodyIndex): void {
  if (!table) return;
  const groups = new Map<
    string,
    {
      body: BodyEntry;
      d: DirectionId;
      rows: { row: LocatedRow; text?: string; ru?: string; count?: number }[];
    }
  >();
  for (const row of table.rows) {
    const body = bodyOf(r, row, bodies, table.spec);
    if (!body) continue;
    const base = `bodies[${body.index}].unreliable`;
    const d = r.read(row, "direction", "direction", base, body.id);
    if (!d.ok) continue;
    if (d.value === undefined) {
      r.problem("missingField", row.cell("direction"), base, {}, body.id);
      continue;
    }
    const direction = d.value as DirectionId;
    const path = `${base}.${direction}`;
    const group = groups.get(`${body.index}|${direction}`) ?? { body, d: direction, rows: [] };
    groups.set(`${body.index}|${direction}`, group);
    const k = group.rows.length;
    const text = r.read(row, "text", "text", `${path}[${k}].text`, body.id);
    const ru = r.read(row, "ru", "text", `${path}[${k}].ru`, body.id);
    const count = r.read(row, "count", "count", path, body.id);
    r.locate(path, row.cell("direction"));
    if (!text.ok || !count.ok || !ru.ok) continue;
    if (text.value === undefined && count.value === undefined) {
      r.problem("missingField", row.cell("count"), `${path}[${k}]`, {}, body.id);
      continue;
    }
    group.rows.push({
      row,
      text: text.value as string | undefined,
      ru: ru.value as string | undefined,
      count: count.value as number | undefined,
    });
  }
  for (const { body, d, rows } of groups.values()) {
    const unreliable = ((body.raw.unreliable as Json | undefined) ?? (body.raw.unreliable = {})) as Json;
    const listed = rows.every((x) => x.text !== undefined && (x.count === undefined || x.count === 1));
    if (listed)
      unreliable[d] = rows.map((x) => (x.ru === undefined ? { text: x.text } : { text: x.text, ru: x.ru }));
    else {
      // Counts are summed (a row with text and no count is one fact); texts are then not listed.
      let total: unknown = 0;
      for (const x of rows) {
        const n = x.count ?? 1;
        total = typeof total === "number" && typeof n === "number" ? total + n : n;
      }
      unreliable[d] = total;
    }
  }
}

/**
 * The direction and fields of one opeval_Received row, converted by their column kinds (problems
 * reported at their cells, each field located at `path.<key>`); undefined when the direction cell
 * is blank or wrong.
 */
function receivedRow(
  r: Reader,
  row: LocatedRow,
  table: LocatedTable,
  base: string,
  bodyId: string | null,
): { direction: ReceivedDirection; fields: Json } | undefined {
  const d = r.read(row, "direction", "receivedDirection", base, bodyId);
  if (!d.ok) return undefined;
  if (d.value === undefined) {
    r.problem("missingField", row.cell("direction"), `${base}.direction`, {}, bodyId);
    return undefined;
  }
  const direction = d.value as ReceivedDirection;
  const fields: Json = {};
  for (const column of table.spec.columns) {
    if (column.key === "body" || column.key === "direction") continue;
    const v = r.read(row, column.key, column.kind, `${base}.${direction}.${column.key}`, bodyId);
    if (v.ok && v.value !== undefined) fields[column.key] = v.value;
  }
  return { direction, fields };
}

/**
 * opeval_Received (issue 24): one row per body and direction into `bodies[].received.<direction>`.
 * A body and direction given twice is an error at the second row; the parser checks the rest
 * (a direction that does not apply, a score above its maximum, a missing date or sender) at the
 * cells located here.
 */
function readReceived(r: Reader, table: LocatedTable | undefined, bodies: BodyIndex): void {
  if (!table) return;
  const seen = new Map<string, LocatedRow>();
  for (const row of table.rows) {
    const body = bodyOf(r, row, bodies, table.spec);
    if (!body) continue;
    const base = `bodies[${body.index}].received`;
    const read = receivedRow(r, row, table, base, body.id);
    if (!read) continue;
    const path = `${base}.${read.direction}`;
    const first = seen.get(`${body.index}|${read.direction}`);
    if (first) {
      r.problem(
        "duplicateReceived",
        row.cell("direction"),
        path,
        { direction: read.direction, first: `${table.values.sheet}!${first.cell("direction").address}` },
        body.id,
      );
      continue;
    }
    seen.set(`${body.index}|${read.direction}`, row);
    r.cells.set(path, row.cell("direction"));
    ((body.raw.received ??= {}) as Json)[read.direction] = read.fields;
  }
}

/** One row of an opeval_Received table read on its own (a file `opeval results` wrote). */
export interface ReceivedTableRow {
  /** The body's code or name as the row gives it. */
  body: string;
  direction: ReceivedDirection;
  /** The `received.<direction>` object, for the parser to check. */
  fields: Record<string, unknown>;
  /** The cell of a column of this row (`body`, `direction`, `total`, …). */
  cell(key: string): CellLocation;
}

/**
 * The rows of a workbook's opeval_Received table without its assessment (`--received FILE.xlsx`):
 * cells converted and checked as the workbook reader does, bodies left to the caller to find.
 * `found` is false when the workbook has no such table.
 */
export function readReceivedTable(tables: TableValues[]): {
  found: boolean;
  rows: ReceivedTableRow[];
  problems: Problem[];
} {
  const r = new Reader();
  if (!tables.some((t) => t.name.toLowerCase() === RECEIVED_TABLE.name.toLowerCase()))
    return { found: false, rows: [], problems: [] };
  const table = r.table(tables, RECEIVED_TABLE);
  const rows: ReceivedTableRow[] = [];
  table?.rows.forEach((row, k) => {
    const base = `${RECEIVED_TABLE.name}[${k}]`;
    const ref = r.read(row, "body", "bodyRef", `${base}.body`, null);
    if (!ref.ok) return;
    if (ref.value === undefined) return r.problem("missingBodyRef", row.cell("body"), RECEIVED_TABLE.name);
    const read = receivedRow(r, row, table, base, ref.value as string);
    if (read) rows.push({ body: ref.value as string, ...read, cell: (key) => row.cell(key) });
  });
  return { found: true, rows, problems: r.problems };
}

/** Reads the tables of an input workbook into the raw assessment and the workbook-only problems. */
/**
 * Reads the template tables into a raw input. The indicator keys and default weights are those of
 * `edition`: by default the one the settings table names (read once silently to learn it).
 */
export function readAssessmentTables(tables: TableValues[], edition?: Edition): TableReadResult {
  const r = new Reader();
  const located = new Map<string, LocatedTable | undefined>();
  const lang = workbookLanguage(tables, ASSESSMENT_TABLES);
  // One authority's workbook (template --direction) lacks the other directions' tables.
  for (const spec of tablesRequiredBy(
    ASSESSMENT_TABLES,
    tables.map((t) => t.name),
  ))
    located.set(spec.name, r.table(tables, spec, lang));
  const settingsTable = located.get(SETTINGS_TABLE.name);
  const chosen =
    edition ?? editionOfInput({ settings: readSettings(new Reader(), settingsTable, editionFor()).settings });
  const bodiesTable = located.get(BODIES_TABLE.name);
  if (!bodiesTable) return { problems: r.problems, cells: r.cells, reportedPaths: r.reportedPaths };
  r.locate("bodies", bodiesTable.headerCell);
  const entries = readBodies(r, bodiesTable);
  const bodies = new BodyIndex(entries);

  readPerBody(
    r,
    located.get(SERVICES_TABLE.name),
    bodies,
    (b) => `bodies[${b.index}].services`,
    (body, row) => {
      const s = directionObject(r, body, "services", row, SERVICES_TABLE);
      if (s) s.ratings ??= [];
      return s;
    },
  );
  const servicesRows = new Set<number>(
    entries.filter((e) => typeof e.raw.services === "object").map((e) => e.index),
  );

  const ratings = located.get(RATINGS_TABLE.name);
  for (const row of ratings?.rows ?? []) {
    const body = bodyOf(r, row, bodies, RATINGS_TABLE);
    if (!body) continue;
    if (body.raw.services === "na") {
      r.problem(
        "notApplicableWithData",
        row.cell("body"),
        `bodies[${body.index}].services`,
        { table: RATINGS_TABLE.name },
        body.id,
      );
      continue;
    }
    if (!servicesRows.has(body.index)) {
      r.problem(
        "rowWithoutParent",
        row.cell("body"),
        `bodies[${body.index}].services`,
        {
          body: body.id,
          table: RATINGS_TABLE.name,
          needed: SERVICES_TABLE.name,
        },
        body.id,
      );
      continue;
    }
    const list = (body.raw.services as Json).ratings as unknown[];
    const v = r.read(
      row,
      "rating",
      "rating",
      `bodies[${body.index}].services.ratings[${list.length}]`,
      body.id,
    );
    if (v.ok && v.value !== undefined) list.push(v.value);
    else if (v.ok)
      r.problem("missingField", row.cell("rating"), `bodies[${body.index}].services.ratings`, {}, body.id);
  }

  readPerBody(
    r,
    located.get(AUTOMATION_TABLE.name),
    bodies,
    (b) => `bodies[${b.index}].services.automation`,
    (body, row) => {
      if (body.raw.services === "na") {
        r.problem(
          "notApplicableWithData",
          row.cell("body"),
          `bodies[${body.index}].services`,
          { table: AUTOMATION_TABLE.name },
          body.id,
        );
        return undefined;
      }
      // Without a Services row the figures stand alone: the automation authority's own workbook
      // scores K3 only (§24, §26; the parser refuses them for a local body).
      if (!servicesRows.has(body.index)) body.raw.services = {};
      const s = body.raw.services as Json;
      return (s.automation = {}) as Json;
    },
  );
  // A central body's missing automation row is reported by the parser; point it at the table.
  const automation = located.get(AUTOMATION_TABLE.name);
  if (automation)
    for (const e of entries) r.locate(`bodies[${e.index}].services.automation`, automation.headerCell);

  readOpenness(
    r,
    located.get(OPENNESS_BODY_TABLE.name),
    located.get(OPENNESS_TABLE.name),
    entries,
    bodies,
    chosen,
  );

  readPerBody(
    r,
    located.get(COMPLAINTS_TABLE.name),
    bodies,
    (b) => `bodies[${b.index}].complaints`,
    (body, row) => directionObject(r, body, "complaints", row, COMPLAINTS_TABLE),
  );
  readReconciliation(r, located.get(RECONCILIATION_TABLE.name), bodies);
  readReceived(r, located.get(RECEIVED_TABLE.name), bodies);

  const { period, settings } = readSettings(r, settingsTable, chosen);
  const withBlocks: Json = settings ?? {};
  readAuthorities(r, located.get(AUTHORITIES_TABLE.name), bodies, withBlocks);
  const input: Json = {};
  if (period !== undefined) input.period = period;
  if (Object.keys(withBlocks).length) input.settings = withBlocks;
  input.bodies = entries.map((e) => e.raw);
  return { input, problems: r.problems, cells: r.cells, reportedPaths: r.reportedPaths };
}

/** The parent of a JSON path (`a.b[2].c` → `a.b[2]` → `a.b` → `a`), or undefined at the top. */
function parentPath(path: string): string | undefined {
  const m = /^(.*)(\.[^.[\]]+|\[\d+\])$/.exec(path);
  return m ? m[1] : undefined;
}

/**
 * Adds the cell location to problems found on the JSON (e.g. by parseAssessment): the cell of the
 * path itself, or of its nearest located parent (a row, a table).
 */
export function locateProblems(
  problems: readonly Problem[],
  source: TableValues[] | TableReadResult,
): Problem[] {
  const cells = Array.isArray(source) ? readAssessmentTables(source).cells : source.cells;
  return problems.map((p) => {
    if (p.cell) return p;
    for (let path: string | undefined = p.path; path; path = parentPath(path)) {
      const cell = cells.get(path);
      if (cell) return { ...p, cell };
    }
    return p;
  });
}

export interface WorkbookReadResult {
  /** The raw input (for `evaluate`), present when no error was found. */
  input?: unknown;
  assessment?: Assessment;
  /** Reader problems and parser problems, every one located at a cell where possible. */
  problems: Problem[];
  /** Only the problems the parser cannot find again from `input` (for callers that parse it themselves). */
  readerProblems: Problem[];
  /** Places problems that callers find later on `input` (e.g. the engine's warnings) at their cells. */
  locate?: (problems: readonly Problem[]) => Problem[];
  /**
   * When the tables were read without error but the parser refused the input: that input, for a
   * caller that completes it before parsing again (received conclusions joined from other files).
   */
  unvalidated?: { input: unknown; locate: (problems: readonly Problem[]) => Problem[] };
}

/** Reader + parser: what a workbook adapter calls after fetching the tables. */
export function readAndValidateTables(tables: TableValues[], edition?: Edition): WorkbookReadResult {
  const read = readAssessmentTables(tables, edition);
  if (read.input === undefined) return { problems: read.problems, readerProblems: read.problems };
  const parsed = parseAssessment(read.input, edition);
  // A value the reader already reported was dropped; the parser would only add "missing" for it.
  const fresh = parsed.problems.filter(
    (p) => !(p.code === "missingField" && read.reportedPaths.has(p.path)) && !read.reportedPaths.has(p.path),
  );
  const problems = [...read.problems, ...locateProblems(fresh, read)];
  const locate = (later: readonly Problem[]) => locateProblems(later, read);
  if (problems.some((p) => p.severity === "error")) {
    // Only the parser objected: the caller may still complete the input (`--received`) and parse it again.
    const parserOnly = !read.problems.some((p) => p.severity === "error");
    return {
      problems,
      readerProblems: read.problems,
      ...(parserOnly ? { unvalidated: { input: read.input, locate } } : {}),
    };
  }
  return {
    input: read.input,
    assessment: parsed.assessment,
    problems,
    readerProblems: read.problems,
    locate,
  };
}

/** The template tables of `assessment` in `lang`, laid out as the writers put them (header on HEADER_ROW). */
export function assessmentToTables(assessment: Assessment | undefined, lang: Lang): TableValues[] {
  const rows = assessmentRows(lang, assessment);
  return ASSESSMENT_TABLES.map((spec) => ({
    name: spec.name,
    sheet: spec.sheet[lang],
    address: `A${HEADER_ROW}`,
    values: rows.get(spec.name) ?? [],
  }));
}

/** A data row of a table other than the assessment's, by column key (objections, holidays, history). */
export type Row = Readonly<Record<string, unknown>>;

/** Where a table row sits in the workbook, so that problems name the cell. */
export interface RowLocator {
  /** The cell of column `key` in data row `index` (0-based); undefined when unknown. */
  cell(index: number, key: string): CellLocation | undefined;
}

/** Rows keyed by column key (columns matched as the assessment's are), and where each cell is. */
export function tableRows(values: TableValues, spec: TemplateTable): { rows: Row[]; locator: RowLocator } {
  const header = values.values[0] ?? [];
  const columnOf = matchColumns(header, spec).indexOf;
  const rows = values.values.slice(1).map((cells) => {
    const row: Record<string, unknown> = {};
    for (const [key, j] of columnOf) row[key] = cells[j] ?? null;
    return row;
  });
  const corner = parseCell(values.address);
  const at = corner ? { row: corner.row, col: corner.column } : { row: 1, col: 1 };
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
