/**
 * The opeval tables of an .xlsx package's bytes, for the one table parser (src/model/tables.ts),
 * through the small package reader of ./package.ts: only existing cells, bounded sizes, merges and
 * hidden rows reported. No Node import, so the CLI (./read.ts, node:zlib) and the task pane
 * (`readWorkbookBytes`, the browser's DecompressionStream) read a workbook file alike.
 */
import type { CellValue } from "../sheet/spec";
import { INPUT_LIMITS } from "../model/parse";
import { word, type Problem, type ProblemCode, type ProblemParams } from "../model/problems";
import type { TableValues } from "../model/tables";
import { CALCULATION_TABLE } from "../model/template-schema";
import { address as addressOf, parseCell, type Bounds } from "../sheet/a1";
import { storedBytes, zipDirectory, ZipReadError } from "../sheet/zip-directory";
import {
  openWorkbook,
  PackageError,
  XlsxPackage,
  XLSX_LIMITS,
  type InflateRaw,
  type TableCells,
  type UnpackLimits,
} from "./package";

const MB = 1024 * 1024;

export function fileProblem(code: ProblemCode, path: string, params: ProblemParams = {}): Problem {
  return { severity: "error", code, bodyId: null, path, params };
}

/** Why the package cannot be read, as a problem (our own words, never a library's message). */
export function packageProblem(e: PackageError, path: string, limits: UnpackLimits = XLSX_LIMITS): Problem {
  switch (e.reason) {
    case "encrypted":
      return fileProblem("encryptedWorkbook", path);
    case "notZip":
      return fileProblem("notXlsx", path, { detail: word("package.notZip") });
    case "partTooLarge":
      return fileProblem("partTooLarge", path, { part: e.message, max: limits.partBytes / MB });
    case "damaged":
      return fileProblem("notXlsx", path, { detail: `${word("package.damaged")}: ${e.message}` });
    case "packageTooLarge":
      return fileProblem("packageTooLarge", path, { part: e.message, max: limits.packageBytes / MB });
    case "openDocument":
      return fileProblem("openDocumentFile", path);
  }
}

/**
 * The opeval tables of a workbook file as values, with the problems of the package itself: bad or
 * oversized table ranges, merged cells over a table, overlong cells, too many rows (errors);
 * hidden rows and very hidden sheets (warnings). Only cells that exist are read.
 */
export function readTablesOfPackage(
  bytes: Uint8Array,
  inflateRaw: InflateRaw,
  limits: UnpackLimits = XLSX_LIMITS,
): { tables: TableValues[]; problems: Problem[] } {
  const pkg = new XlsxPackage(bytes, inflateRaw, limits);
  const book = openWorkbook(pkg);
  const problems: Problem[] = [];
  const tables: TableValues[] = [];
  const ours = book.tables.filter((t) => /^opeval_/i.test(t.name));
  const tableProblem = (
    code: ProblemCode,
    sheet: string,
    address: string,
    params: ProblemParams,
    severity: "error" | "warning" = "error",
  ) =>
    problems.push({
      severity,
      code,
      bodyId: null,
      path: params.table as string,
      params,
      cell: { sheet, address },
    });
  for (const t of ours) {
    // The table's first cell when its ref names one (a ref beyond the grid still starts somewhere).
    const corner = parseCell(t.ref.split(":")[0] ?? "");
    const at = t.bounds
      ? addressOf(t.bounds.top, t.bounds.left)
      : corner
        ? addressOf(corner.row, corner.column)
        : "A1";
    if (t.refProblem === "tooWide")
      tableProblem("tableTooWide", t.sheet.name, at, {
        table: t.name,
        ref: t.ref,
        max: XLSX_LIMITS.tableColumns,
      });
    else if (t.refProblem) tableProblem("badTableRef", t.sheet.name, at, { table: t.name, ref: t.ref });
    else if (t.sheet.state === "veryHidden")
      tableProblem("hiddenSheet", t.sheet.name, at, { table: t.name, sheet: t.sheet.name }, "warning");
  }
  for (const sheet of book.sheets) {
    if (!ours.some((t) => t.sheet === sheet && t.bounds)) continue;
    const content = book.read(sheet);
    for (const [range, table] of content.mergesOnTables)
      tableProblem("mergedCells", sheet.name, range, { table, range });
    for (const cells of content.tables) {
      const t = cells.table;
      if (!/^opeval_/i.test(t.name)) continue;
      const b = t.bounds!;
      for (const a of cells.longCells)
        tableProblem("cellTooLong", sheet.name, a, { table: t.name, max: XLSX_LIMITS.cellCharacters });
      // The Calculation table is output (no value of it is read): a formula there without a cached
      // value is Excel's to compute, as in a template written for a body with a direction not entered.
      if (t.name.toLowerCase() !== CALCULATION_TABLE.toLowerCase())
        for (const a of cells.formulasWithoutValue)
          tableProblem("formulaWithoutValue", sheet.name, a, { table: t.name });
      if (cells.hiddenRows.length) {
        const shown = cells.hiddenRows.slice(0, 10).join(", ") + (cells.hiddenRows.length > 10 ? ", …" : "");
        tableProblem(
          "hiddenRows",
          sheet.name,
          addressOf(b.top, b.left),
          { table: t.name, rows: shown },
          "warning",
        );
      }
      const filled = cells.rows.size - (cells.rows.has(0) ? 1 : 0);
      if (filled > INPUT_LIMITS.tableRows) {
        tableProblem("tableTooManyRows", sheet.name, addressOf(b.top, b.left), {
          table: t.name,
          rows: filled,
          max: INPUT_LIMITS.tableRows,
        });
        continue;
      }
      tables.push(tableValues(t.name, sheet.name, b, cells, t.headerRow));
    }
  }
  return { tables, problems };
}

const NO_VALUES: readonly CellValue[] = Object.freeze([]);
const NO_FORMATS: readonly (string | null)[] = Object.freeze([]);

/** Dense rows from the sparse ones read: rows without cells share one empty array. */
function tableValues(
  name: string,
  sheet: string,
  b: Bounds,
  cells: TableCells,
  headerRow: boolean,
): TableValues {
  const { rows, formats } = cells;
  let last = 0;
  for (const offset of rows.keys()) if (offset > last) last = offset;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  // A table without a header row: an empty header so that its first row is read as data (and the
  // missing headers are reported as missing columns).
  const shift = headerRow ? 0 : 1;
  if (!headerRow) {
    values.push([]);
    numberFormats.push([]);
  }
  for (let offset = 0; offset <= last; offset++) {
    values.push((rows.get(offset) ?? NO_VALUES) as CellValue[]);
    numberFormats.push((formats.get(offset) ?? NO_FORMATS) as (string | null)[]);
  }
  const errorCells = new Set<string>();
  for (const at of cells.errors) {
    const [r, c] = at.split(",").map(Number) as [number, number];
    errorCells.add(`${r + shift},${c}`);
  }
  return {
    name,
    sheet,
    address: addressOf(b.top - shift, b.left),
    values,
    numberFormats,
    errorCells,
  };
}

/** Raw DEFLATE decompressed as a stream of chunks (the browser's DecompressionStream, ./share-web.ts). */
export type InflateStream = (stored: Uint8Array) => AsyncIterable<Uint8Array>;

/** Parts the table reader opens: the package's XML and its relationships. */
const READ_PART = /\.(xml|rels)$/i;

/**
 * The package reader's synchronous inflater over parts decompressed ahead, asynchronously: every
 * XML and relationships part, each stopped past XLSX_LIMITS.partBytes and all together past
 * packageBytes (as ./package.ts counts them), so a ZIP bomb is cut short here as there.
 */
async function inflatedAhead(
  bytes: Uint8Array,
  inflate: InflateStream,
  limits: UnpackLimits,
): Promise<InflateRaw> {
  const parts = new Map<string, Uint8Array | "tooLarge" | "damaged">();
  let total = 0;
  let entries: ReturnType<typeof zipDirectory>;
  try {
    entries = zipDirectory(bytes);
  } catch (e) {
    if (e instanceof ZipReadError) return () => "damaged"; // the package reader names the fault itself
    throw e;
  }
  for (const entry of entries.values()) {
    if (entry.method !== 8 || !READ_PART.test(entry.name)) continue;
    const max = Math.min(limits.partBytes, limits.packageBytes - total);
    let stored: Uint8Array;
    try {
      stored = storedBytes(bytes, entry);
    } catch {
      continue; // the package reader reports it when it opens the part
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    let outcome: Uint8Array | "tooLarge" | "damaged" | undefined;
    try {
      for await (const chunk of inflate(stored)) {
        size += chunk.length;
        if (size > max) {
          outcome = "tooLarge";
          break;
        }
        chunks.push(chunk);
      }
    } catch {
      outcome = "damaged";
    }
    if (outcome === undefined) {
      const data = new Uint8Array(size);
      let at = 0;
      for (const chunk of chunks) {
        data.set(chunk, at);
        at += chunk.length;
      }
      outcome = data;
      total += size;
    }
    parts.set(entry.name, outcome);
  }
  return (_stored, maxOutput, entry) => {
    const part = parts.get(entry.name);
    if (part === undefined) return "damaged";
    if (part !== "tooLarge" && part !== "damaged" && part.length > maxOutput) return "tooLarge";
    return part;
  };
}

/**
 * A workbook file's opeval tables from its bytes (the task pane's file picker), or the problems
 * that refuse it, named at `file`: too large, not a package, encrypted, damaged, or an error of
 * its tables (bad ranges, merges, long cells).
 */
export async function readWorkbookBytes(
  file: string,
  bytes: Uint8Array,
  inflate: InflateStream,
  limits: UnpackLimits = XLSX_LIMITS,
): Promise<{ ok: true; tables: TableValues[]; warnings: Problem[] } | { ok: false; problems: Problem[] }> {
  if (bytes.length > INPUT_LIMITS.fileBytes)
    return {
      ok: false,
      problems: [
        fileProblem("fileTooLarge", file, {
          size: Math.ceil(bytes.length / MB),
          max: INPUT_LIMITS.fileBytes / MB,
        }),
      ],
    };
  let read: { tables: TableValues[]; problems: Problem[] };
  try {
    read = readTablesOfPackage(bytes, await inflatedAhead(bytes, inflate, limits), limits);
  } catch (e) {
    if (e instanceof PackageError) return { ok: false, problems: [packageProblem(e, file, limits)] };
    throw e;
  }
  const errors = read.problems.filter((p) => p.severity === "error");
  if (errors.length) return { ok: false, problems: errors };
  return { ok: true, tables: read.tables, warnings: read.problems };
}
