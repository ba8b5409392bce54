/**
 * The opeval_Log sheet: one row per input value the commission's accepted objections changed —
 * who recorded it and when, the commission's decision date, the body, the objection and its row,
 * the field, the old and the new value. Text is written as text (never a formula), like every sheet.
 */
import { type CellValue, type SheetSpec } from "../sheet/spec";
import { safeSheetName } from "../sheet/names";
import { DIRECTION_TERMS } from "../model/model-terms";
import type { DirectionId, Lang, Settings } from "../model/types";
import { signingFor } from "../model/signing";
import type { AppliedChange } from "./apply";
import { LOG_COLUMNS, LOG_HEADERS, LOG_TABLE } from "./objection-terms";

export interface LogContext {
  /** Who records the changes (from settings, e.g. the authority or the analyst); per direction when a function. */
  who: string | ((direction: AppliedChange["direction"]) => string);
  /** When they are recorded, `YYYY-MM-DD` (or a timestamp); the caller supplies it, so output is reproducible. */
  recorded: string;
}

export interface LogEntry {
  entry: number;
  recorded: string;
  who: string;
  decided: string | null;
  bodyId: string;
  body: string;
  direction: AppliedChange["direction"];
  objection: number;
  source: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
}

export function logEntries(changes: readonly AppliedChange[], ctx: LogContext): LogEntry[] {
  return changes.map((c, i) => ({
    entry: i + 1,
    recorded: ctx.recorded,
    who: typeof ctx.who === "function" ? ctx.who(c.direction) : ctx.who,
    decided: c.objection.decisionDate ?? null,
    bodyId: c.bodyId,
    body: c.bodyName,
    direction: c.direction,
    objection: c.objection.no,
    source: c.objection.source,
    field: c.field,
    oldValue: c.oldValue,
    newValue: c.newValue,
  }));
}

function cell(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return JSON.stringify(v);
}

/** Headers in one language, or "kk / ru" when both are asked for. */
function header(key: (typeof LOG_COLUMNS)[number], langs: readonly Lang[]): string {
  return [...new Set(langs.map((l) => LOG_HEADERS[key][l]))].join(" / ");
}

export function logSheet(
  entries: readonly LogEntry[],
  langs: readonly Lang[],
  existing: Iterable<string> = [],
): SheetSpec {
  const lang = langs[0] ?? "en";
  const rows: CellValue[][] = [
    LOG_COLUMNS.map((k) => header(k, langs)),
    ...entries.map((e) => [
      e.entry,
      e.recorded,
      e.who,
      e.decided,
      `${e.body} (${e.bodyId})`,
      DIRECTION_TERMS[e.direction][lang],
      e.objection,
      e.source,
      e.field,
      cell(e.oldValue),
      cell(e.newValue),
    ]),
  ];
  const lastRow = Math.max(rows.length, 2);
  if (rows.length === 1) rows.push(LOG_COLUMNS.map(() => null));
  return {
    name: safeSheetName("opeval_Log", existing),
    kind: "log",
    rows,
    columnWidths: [6, 12, 22, 14, 36, 30, 10, 22, 28, 14, 14],
    rowHeights: { 1: langs.length > 1 ? 48 : 32 },
    styles: [
      { range: `A1:K1`, style: { bold: true, wrap: true, vAlign: "middle" } },
      { range: `B2:B${lastRow}`, style: { numberFormat: "@" } },
      { range: `D2:D${lastRow}`, style: { numberFormat: "@" } },
      { range: `E2:I${lastRow}`, style: { wrap: true, vAlign: "top" } },
    ],
    tables: [{ name: LOG_TABLE, range: `A1:K${lastRow}` }],
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, printTitleRows: "1:1" },
  };
}

/**
 * Who records the log entries of a direction, from its signing block (issue 24: the direction's
 * authority, else the Agency's): the authority and the first named signatory. Undefined when the
 * settings name neither (the caller supplies its own fallback, e.g. the OS user).
 */
export function recorderFromSettings(settings: Settings, direction?: DirectionId): string | undefined {
  const c = signingFor(settings.conclusion, undefined, direction ?? "general", "kk");
  const person = c?.signatories?.find((s) => s.name)?.name;
  const parts = [c?.authority, person].filter((x): x is string => !!x && x.trim() !== "");
  return parts.length ? parts.join(" — ") : undefined;
}
