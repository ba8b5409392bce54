/**
 * Generate into new workbooks: the forms as .xlsx files (the writer of the file import,
 * ./native-import.ts, here with the print names kept: a workbook opened from a file keeps its
 * names) opened with `Excel.createWorkbook(base64)` (ExcelApi 1.8, within the pane's checked set).
 *
 * A request is capped at 5 MB on the web; the base64 of all forms of 50 bodies is about 2.8 MB
 * per language. So each language gets its own workbook, and one language is split over several
 * only where its file would pass the request budget (4 MiB). A body's forms are never split: a
 * body whose forms alone pass the budget is reported (`tooLarge`), never opened in part.
 * `createWorkbook` can fail (office-js #3646: an internal error on Excel on the web); then no
 * further workbook is opened and the forms not opened are returned (`failed.left`), for the pane
 * to offer writing them into this workbook: the forms are never lost to a failed call.
 */
import type { SheetSpec } from "../sheet/spec";
import type { LanguageVersion } from "../model/types";
import { REQUEST_BUDGET_BYTES } from "./plan";
import { base64Length, INSERT_REQUEST_BYTES, toBase64, type NativeImport } from "./native-import";
import type { WriteOptions } from "./workbook";

/** A form with what it belongs to: a body (null: the reference annexes) and a language. */
export interface FormSheet {
  spec: SheetSpec;
  bodyId: string | null;
  lang: LanguageVersion;
}

/** One body's forms in one language: the unit a new workbook holds whole. */
interface Unit {
  bodyId: string | null;
  lang: LanguageVersion;
  specs: SheetSpec[];
}

export interface NewWorkbookFile {
  lang: LanguageVersion;
  /** Bodies in it, in order (null: the reference annexes). */
  bodyIds: (string | null)[];
  specs: SheetSpec[];
  bytes: Uint8Array;
}

export interface NewWorkbooksResult {
  /** The workbooks opened, in order: 1-based number, language, bodies and sheet names. */
  opened: { number: number; lang: LanguageVersion; bodyIds: (string | null)[]; sheets: string[] }[];
  /** Bodies whose forms in one language do not fit one request: not opened. */
  tooLarge: { bodyId: string | null; lang: LanguageVersion; specs: SheetSpec[] }[];
  /** Excel refused to open a workbook: why, and every form not opened (that file's and later ones). */
  failed?: { reason: string; left: SheetSpec[] };
  cancelled: boolean;
}

function units(forms: readonly FormSheet[]): Unit[] {
  const out: Unit[] = [];
  for (const lang of ["kk", "ru"] as const)
    for (const form of forms) {
      if (form.lang !== lang) continue;
      const last = out[out.length - 1];
      if (last && last.lang === lang && last.bodyId === form.bodyId) last.specs.push(form.spec);
      else out.push({ bodyId: form.bodyId, lang, specs: [form.spec] });
    }
  return out;
}

/** The request that opens a file: its base64 and the call. */
const requestBytes = (fileBytes: number) => base64Length(fileBytes) + INSERT_REQUEST_BYTES;

async function build(native: NativeImport, group: readonly Unit[]): Promise<Uint8Array> {
  const file = await native.newFile({ printNames: true });
  for (const unit of group) for (const spec of unit.specs) await file.add(spec);
  return (await file.finish()).bytes;
}

/**
 * The forms as files of at most one request each: per language, whole bodies, as few files as the
 * budget allows. A body is added while the file with room for one more body twice the largest so
 * far stays under the budget (estimated, then measured once); a file found too large when finished
 * is built again without its last body.
 */
export async function newWorkbookFiles(
  forms: readonly FormSheet[],
  native: NativeImport,
  budget: number = REQUEST_BUDGET_BYTES,
): Promise<{ files: NewWorkbookFile[]; tooLarge: NewWorkbooksResult["tooLarge"] }> {
  const files: NewWorkbookFile[] = [];
  const tooLarge: NewWorkbooksResult["tooLarge"] = [];
  let pending = units(forms);
  while (pending.length) {
    const lang = pending[0]!.lang;
    const file = await native.newFile({ printNames: true });
    const group: Unit[] = [];
    let largest = 0;
    let measured = { exact: 0, estimate: 0 };
    const size = () => measured.exact + file.estimatedBytes - measured.estimate;
    for (const unit of pending) {
      if (unit.lang !== lang) break;
      const fits = () => requestBytes(size() + 2 * largest) <= budget;
      if (group.length > 0 && !fits()) {
        if (measured.estimate === file.estimatedBytes) break;
        measured = { exact: (await file.finish()).bytes.length, estimate: file.estimatedBytes };
        if (!fits()) break;
      }
      const before = file.estimatedBytes;
      for (const spec of unit.specs) await file.add(spec);
      largest = Math.max(largest, file.estimatedBytes - before);
      group.push(unit);
    }
    let bytes = (await file.finish()).bytes;
    while (requestBytes(bytes.length) > budget && group.length > 1) {
      group.pop();
      bytes = await build(native, group);
    }
    pending = pending.slice(group.length);
    if (requestBytes(bytes.length) > budget) {
      tooLarge.push({ bodyId: group[0]!.bodyId, lang, specs: group[0]!.specs });
      continue;
    }
    files.push({
      lang,
      bodyIds: group.map((u) => u.bodyId),
      specs: group.flatMap((u) => u.specs),
      bytes,
    });
  }
  return { files, tooLarge };
}

/**
 * Opens the forms as new workbooks, one `create` per file, in order; reports progress per file and
 * stops between files on cancel. A failed `create` ends the run with every form not yet opened.
 */
export async function openNewWorkbooks(
  forms: readonly FormSheet[],
  native: NativeImport,
  create: (base64: string) => Promise<void>,
  options: WriteOptions = {},
  budget: number = REQUEST_BUDGET_BYTES,
): Promise<NewWorkbooksResult> {
  const { files, tooLarge } = await newWorkbookFiles(forms, native, budget);
  const result: NewWorkbooksResult = { opened: [], tooLarge, cancelled: false };
  const total = files.reduce((n, f) => n + f.specs.length, 0);
  let written = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!;
    if (i > 0 && options.isCancelled?.()) {
      result.cancelled = true;
      break;
    }
    try {
      await create(toBase64(file.bytes));
    } catch (e) {
      result.failed = { reason: errorReason(e), left: files.slice(i).flatMap((f) => f.specs) };
      break;
    }
    const sheets = file.specs.map((s) => s.name);
    written += sheets.length;
    result.opened.push({ number: i + 1, lang: file.lang, bodyIds: file.bodyIds, sheets });
    options.onProgress?.({
      batch: i + 1,
      batches: files.length,
      sheetsWritten: written,
      sheetsTotal: total,
      names: sheets,
      file: { number: i + 1, of: files.length },
    });
  }
  return result;
}

/** Excel's error code, or its message (never a stack). */
export function errorReason(e: unknown): string {
  if (typeof e === "object" && e !== null) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === "string" && code) return code;
    if (typeof message === "string" && message) return message.slice(0, 200);
  }
  return String(e).slice(0, 200);
}
