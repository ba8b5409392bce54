/**
 * "Repair OPEVAL cells": cells whose formulas call `OPEVAL.*` and show an error get their formulas
 * written again. Where the add-in was missing or not yet loaded when Excel recalculated, such
 * cells show `#NAME?`, and office-js #6611, #6395 and #6355 report that they keep it after the
 * add-in loads; recalculating does not help (Excel recalculates the same unresolved name), while
 * re-entering the formula is the workaround users report (#6611). Microsoft documents no such
 * thing, so it is treated as unproven: the cells are read again after the write, and every cell
 * still showing an error is reported with what to do.
 *
 * Office.js (ExcelApi 1.9, within the pane's checked set): one request lists the sheets with their
 * ids and protection, one finds the formula cells showing errors on every sheet
 * (`getSpecialCellsOrNullObject("Formulas", "Errors")`), the writes go in requests under the
 * request budget (their number grows with the bytes, never one `sync()` per cell), and one request
 * reads the error cells of the written sheets again. Sheets are addressed by id, so a sheet renamed
 * meanwhile is still the one read. A protected sheet cannot be written: it is named and skipped.
 */
import { parseRange, address as cellAddress } from "../sheet/a1";
import { REQUEST_BUDGET_BYTES, utf8Length, WIRE_ACTION_BYTES, WIRE_PATH_BYTES } from "./plan";
import type { RepairResult } from "./workbook";

/** A formula's custom-function calls as Excel shows them, and as it stores them while unregistered. */
const DISPLAY_PREFIX = "OPEVAL.";
const FILE_PREFIX = "_xldudf_OPEVAL_";

/** Calls Excel shows while a function is being computed: not an error of the formula. */
export const BUSY_ERROR = "#BUSY!";

/** The parts of a formula outside its string literals, with their offsets. */
function outsideStrings(formula: string): { start: number; text: string }[] {
  const parts: { start: number; text: string }[] = [];
  let i = 0;
  while (i < formula.length) {
    const quote = formula.indexOf('"', i);
    if (quote < 0) {
      parts.push({ start: i, text: formula.slice(i) });
      break;
    }
    parts.push({ start: i, text: formula.slice(i, quote) });
    // A literal ends at a quote not followed by another (`""` is a quote inside it).
    let end = formula.indexOf('"', quote + 1);
    while (end >= 0 && formula[end + 1] === '"') end = formula.indexOf('"', end + 2);
    if (end < 0) break;
    i = end + 1;
  }
  return parts;
}

/** Offsets (in `text`) where `prefix` starts a name, case-insensitively. */
function nameStarts(text: string, prefix: string): number[] {
  const lower = text.toLowerCase();
  const wanted = prefix.toLowerCase();
  const out: number[] = [];
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1))
    if (at === 0 || !/[A-Za-z0-9_.]/.test(text[at - 1]!)) out.push(at);
  return out;
}

/** Whether a formula calls an `OPEVAL.*` function (shown as `OPEVAL.X` or stored as `_xldudf_OPEVAL_X`). */
export function callsOpeval(formula: string): boolean {
  if (!formula.startsWith("=")) return false;
  return outsideStrings(formula).some(
    ({ text }) => nameStarts(text, DISPLAY_PREFIX).length > 0 || nameStarts(text, FILE_PREFIX).length > 0,
  );
}

/**
 * The formula to write again: as typed in Excel, every `_xldudf_OPEVAL_X` (the name Excel keeps
 * while the function is unknown) turned back into `OPEVAL.X`; string literals untouched.
 */
export function formulaToReenter(formula: string): string {
  let out = "";
  let last = 0;
  for (const { start, text } of outsideStrings(formula))
    for (const at of nameStarts(text, FILE_PREFIX)) {
      out += formula.slice(last, start + at) + DISPLAY_PREFIX;
      last = start + at + FILE_PREFIX.length;
    }
  return out + formula.slice(last);
}

/** One cell to repair: its sheet (id and name), address and formula. */
export interface RepairCell {
  sheetId: string;
  sheet: string;
  address: string;
  formula: string;
  /** The error it showed before the repair, e.g. `#NAME?`. */
  error: string;
}

/** Bytes of one formula write on the wire: the range's path and one set action. */
export function repairWriteBytes(cell: RepairCell): number {
  return (
    WIRE_PATH_BYTES + utf8Length(cell.address) + WIRE_ACTION_BYTES + 12 + utf8Length(cell.formula) * 1.2 + 10
  );
}

/** The writes in requests of at most `budget` bytes, in order (a sheet's path counted once per request). */
export function repairBatches(cells: readonly RepairCell[], budget = REQUEST_BUDGET_BYTES): RepairCell[][] {
  const batches: RepairCell[][] = [];
  let current: RepairCell[] = [];
  let bytes = 0;
  let sheets = new Set<string>();
  for (const cell of cells) {
    const more = repairWriteBytes(cell) + (sheets.has(cell.sheetId) ? 0 : 2 * WIRE_PATH_BYTES + 60);
    if (current.length && bytes + more > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
      sheets = new Set();
    }
    const first = !sheets.has(cell.sheetId);
    sheets.add(cell.sheetId);
    bytes += repairWriteBytes(cell) + (first ? 2 * WIRE_PATH_BYTES + 60 : 0);
    current.push(cell);
  }
  if (current.length) batches.push(current);
  return batches;
}

/** Each cell of loaded areas (address `Sheet!A1:B2`, formulas, values) with its formula and value. */
function cellsOf(
  areas: readonly { address: string; formulas: unknown[][]; values: unknown[][] }[],
): { address: string; formula: string; value: unknown }[] {
  const out: { address: string; formula: string; value: unknown }[] = [];
  for (const area of areas) {
    const b = parseRange(area.address.slice(area.address.lastIndexOf("!") + 1).replace(/\$/g, ""));
    for (let r = 0; r <= b.bottom - b.top; r++)
      for (let c = 0; c <= b.right - b.left; c++)
        out.push({
          address: cellAddress(b.top + r, b.left + c),
          formula: String(area.formulas[r]?.[c] ?? ""),
          value: area.values[r]?.[c],
        });
  }
  return out;
}

const isErrorText = (v: unknown): v is string => typeof v === "string" && v.startsWith("#");

/** The formula cells showing errors on each sheet, queued (one request for all sheets). */
function queueErrorCells(context: Excel.RequestContext, sheetIds: readonly string[]) {
  return sheetIds.map((id) => {
    const areas = context.workbook.worksheets
      .getItem(id)
      .getRange()
      .getSpecialCellsOrNullObject("Formulas", "Errors");
    areas.load("areas/items/address,areas/items/formulas,areas/items/values");
    return { id, areas };
  });
}

function loadedCells(probe: { areas: Excel.RangeAreas }) {
  return probe.areas.isNullObject ? [] : cellsOf(probe.areas.areas.items);
}

/** Runs the repair in one Excel.run context (see the file's comment for the requests). */
export async function repairOpevalCells(context: Excel.RequestContext): Promise<RepairResult> {
  const sheets = context.workbook.worksheets.load("items/id,items/name,items/protection/protected");
  await context.sync();
  const found = queueErrorCells(
    context,
    sheets.items.map((s) => s.id),
  );
  await context.sync();
  const byId = new Map(sheets.items.map((s) => [s.id, s]));
  const toWrite: RepairCell[] = [];
  const protectedSheets: RepairResult["protectedSheets"] = [];
  for (const probe of found) {
    const sheet = byId.get(probe.id)!;
    const cells = loadedCells(probe).filter((c) => isErrorText(c.value) && callsOpeval(c.formula));
    if (!cells.length) continue;
    if (sheet.protection.protected) {
      protectedSheets.push({ sheet: sheet.name, cells: cells.length });
      continue;
    }
    for (const c of cells)
      toWrite.push({
        sheetId: sheet.id,
        sheet: sheet.name,
        address: c.address,
        formula: formulaToReenter(c.formula),
        error: String(c.value),
      });
  }
  const batches = repairBatches(toWrite);
  for (const batch of batches) {
    for (const cell of batch)
      context.workbook.worksheets.getItem(cell.sheetId).getRange(cell.address).formulas = [[cell.formula]];
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per batch on purpose: each batch is sized to the request budget (5 MB on the web)
    await context.sync();
  }
  // The check: the error cells of the written sheets, read again in one request.
  const written = new Map<string, RepairCell>(toWrite.map((c) => [`${c.sheetId}!${c.address}`, c]));
  const notRepaired: RepairResult["notRepaired"] = [];
  if (toWrite.length) {
    const again = queueErrorCells(context, [...new Set(toWrite.map((c) => c.sheetId))]);
    await context.sync();
    for (const probe of again)
      for (const c of loadedCells(probe)) {
        const cell = written.get(`${probe.id}!${c.address}`);
        if (cell && isErrorText(c.value) && c.value !== BUSY_ERROR)
          notRepaired.push({ sheet: cell.sheet, address: c.address, error: c.value });
      }
  }
  return {
    found: toWrite.length,
    repaired: toWrite.length - notRepaired.length,
    notRepaired,
    protectedSheets,
    writeRequests: batches.length,
  };
}
