/**
 * Generate by file import: the forms built as an .xlsx (opeval's own writer, src/xlsx/
 * spreadsheetml.ts) and inserted with `Workbook.insertWorksheetsFromBase64` (ExcelApi 1.13). A
 * zipped file stores each repeated string once and deflates the rest, so all forms of 50 bodies
 * travel in one request of ~2.8 MB instead of ~20 MB of Office.js actions (docs/BENCHMARKS.md).
 *
 * What Microsoft documents and office-js issues report, and what opeval does about each:
 * - the set is ExcelApi 1.13: checked at run time (`nativeImportSupported`), never declared in the
 *   manifest (a declared set hides the whole add-in, its functions included, where missing);
 * - not supported on iOS: the platform is checked too;
 * - on the web the whole call fails for a file with a chart, comment, PivotTable or slicer: only
 *   document sheets go this way (no formulas, tables or validations: `nonDocumentFeature`), and the
 *   writer writes none of those parts;
 * - workbook names turn into `#REF!` or are corrupted (#3583, #4772): the file carries no defined
 *   names at all; print areas and print titles are set with Office.js in the request after the
 *   insert, with the rest of the page setup applied again (office-js #5777), on the sheets the
 *   insert's returned ids name (OfficeWorkbook's importFile);
 * - inserted sheets keep their names only when free: names are decided before building, against
 *   the analyst's workbook, so none clashes — unless a co-author adds one meanwhile: then Excel
 *   renames ours, and the names reported are the ones read back by id;
 * - `GeneralException` on the web (#6142), or any other failure: that group's sheets are removed
 *   (they were created moments ago under names that were free) and the group is written by the
 *   Office.js writer instead; later groups follow it, and the pane says so (`WriteResult.fallback`).
 * Each request stays under REQUEST_BUDGET_BYTES (4 MiB, 80 % of Excel on the web's 5 MB cap).
 */
import { nonDocumentFeature, type SheetSpec } from "../sheet/spec";
import { REQUEST_BUDGET_BYTES, utf8Length, WIRE_ACTION_BYTES, WIRE_PATH_BYTES } from "./plan";

/** The requirement set of `insertWorksheetsFromBase64`. */
export const NATIVE_IMPORT_REQUIREMENT = { name: "ExcelApi", version: "1.13" } as const;

/** A file of sheets being built: src/xlsx/spreadsheetml.ts XlsxBuilder. */
export interface SheetFileBuilder {
  readonly sheetCount: number;
  /** An upper bound of the file's size if finished now. */
  readonly estimatedBytes: number;
  /** Adds a sheet; returns its name in the file. */
  add(spec: SheetSpec): Promise<string>;
  /** The file as it stands; the builder can take more sheets afterwards. */
  finish(): Promise<{ bytes: Uint8Array; names: string[] }>;
}

/** What the pane gives OfficeWorkbook to import sheets as a file (loaded lazily, on Generate). */
export interface NativeImport {
  /**
   * A new, empty file, sheet names kept as given (they are already free). No print names by
   * default (the insert drops them); `printNames` for a file opened as a workbook of its own.
   */
  newFile(options?: { printNames?: boolean }): Promise<SheetFileBuilder>;
}

/**
 * Whether this Excel can import sheets from a file: ExcelApi 1.13, not on iOS (Microsoft: not
 * supported there), and a browser engine with CompressionStream to build the file.
 */
export function nativeImportSupported(
  isSetSupported: (name: string, version: string) => boolean,
  platform: string | undefined,
  hasCompressionStream: boolean,
): boolean {
  return (
    hasCompressionStream &&
    platform !== "iOS" &&
    isSetSupported(NATIVE_IMPORT_REQUIREMENT.name, NATIVE_IMPORT_REQUIREMENT.version)
  );
}

/** Base64 of bytes, in slices (String.fromCharCode of a whole file would overflow the stack). */
export function toBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  const SLICE = 0x8000 - (0x8000 % 3);
  for (let i = 0; i < bytes.length; i += SLICE)
    parts.push(btoa(String.fromCharCode(...bytes.subarray(i, Math.min(i + SLICE, bytes.length)))));
  return parts.join("");
}

export function base64Length(bytes: number): number {
  return 4 * Math.ceil(bytes / 3);
}

/**
 * The sheets in runs, in order: consecutive document sheets (no formulas, tables, validations) go
 * by file where `fileImport` is on; every other sheet, and all of them where it is off, by calls.
 */
export function sheetRuns<T extends SheetSpec>(
  sheets: readonly T[],
  fileImport: boolean,
): { byFile: boolean; sheets: T[] }[] {
  const runs: { byFile: boolean; sheets: T[] }[] = [];
  for (const spec of sheets) {
    const byFile = fileImport && nonDocumentFeature(spec) === undefined;
    const last = runs[runs.length - 1];
    if (last && last.byFile === byFile) last.sheets.push(spec);
    else runs.push({ byFile, sheets: [spec] });
  }
  return runs;
}

/** The print names a sheet needs set after the insert, as Office.js calls (method, argument): the memory model's. */
export function printNameCalls(spec: SheetSpec): ["setPrintArea" | "setPrintTitleRows", string][] {
  const calls: ["setPrintArea" | "setPrintTitleRows", string][] = [];
  if (spec.print?.printArea) calls.push(["setPrintArea", spec.print.printArea]);
  if (spec.print?.printTitleRows) calls.push(["setPrintTitleRows", spec.print.printTitleRows]);
  return calls;
}

/**
 * Request bytes beyond the base64 for one sheet (the same wire model as plan.ts): the sheet's and
 * its page layout's object paths, and one action per print name.
 */
export function printNameBytes(spec: SheetSpec, name: string): number {
  const calls = printNameCalls(spec);
  if (!calls.length) return 0;
  let bytes = 2 * WIRE_PATH_BYTES + utf8Length(name) + 10 + 20;
  for (const [method, range] of calls) bytes += WIRE_ACTION_BYTES + method.length + range.length + 10;
  return bytes;
}

/** The insert action itself and the request's fixed parts, beyond the base64. */
export const INSERT_REQUEST_BYTES = 2 * WIRE_ACTION_BYTES + 200;

/**
 * The sheets (names final) as files of at most one request each, in order. A sheet is added while
 * the request — base64 of the file, the insert, the print names — with room for one more sheet
 * twice the largest so far stays under `budget` (a sheet cannot be taken out of a file once added).
 * The builder's size estimate is an upper bound (shared strings counted uncompressed); when it
 * says "full", the file is measured exactly once and the estimate continues from that measure.
 * `stop` is asked before each file after the first. `carried`: where the print names are sent
 * with the next file's insert (OfficeWorkbook), the bytes a file's request also carries for the
 * group before it, counted instead of the file's own print names.
 */
export async function* fileGroups(
  sheets: readonly SheetSpec[],
  native: NativeImport,
  stop: () => boolean = () => false,
  budget: number = REQUEST_BUDGET_BYTES,
  carried?: (previous: readonly SheetSpec[]) => number,
): AsyncGenerator<{ group: SheetSpec[]; bytes: Uint8Array }> {
  let next = 0;
  let previous: SheetSpec[] | undefined;
  while (next < sheets.length) {
    if (next > 0 && stop()) return;
    const file = await native.newFile();
    const group: SheetSpec[] = [];
    let extra = INSERT_REQUEST_BYTES + (carried && previous ? carried(previous) : 0);
    let largest = 0;
    // The last exact size and the estimate at that moment: later growth is estimated from there.
    let measured = { exact: 0, estimate: 0 };
    const size = () => measured.exact + file.estimatedBytes - measured.estimate;
    while (next < sheets.length) {
      const spec = sheets[next]!;
      const more = carried ? 0 : printNameBytes(spec, spec.name);
      const fits = () => base64Length(size() + 2 * largest) + extra + more <= budget;
      if (group.length > 0 && !fits()) {
        if (measured.estimate === file.estimatedBytes) break;
        measured = { exact: (await file.finish()).bytes.length, estimate: file.estimatedBytes };
        if (!fits()) break;
      }
      const before = file.estimatedBytes;
      const name = await file.add(spec);
      if (name !== spec.name) throw new Error(`native import: ${spec.name} was named ${name} in the file`);
      largest = Math.max(largest, file.estimatedBytes - before);
      extra += more;
      group.push(spec);
      next++;
    }
    yield { group, bytes: (await file.finish()).bytes };
    previous = group;
  }
}
