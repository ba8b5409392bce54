/**
 * "Share a copy" in the pane: the values-only copy of the open workbook (the transform of
 * `opeval share`, src/xlsx/share-package.ts), opened as a new workbook for the analyst to save
 * and send (docs/INSTALL.md, "Sharing a copy").
 * - The file's bytes come from `Office.context.document.getFileAsync(Office.FileType.Compressed)`,
 *   read in slices of at most 4 MB (Excel for Windows and Mac). Excel on the web hands the add-in
 *   only a PDF of the workbook: there the pane says so and points to desktop Excel or the CLI.
 * - The copy opens with `Excel.createWorkbook(base64)`, ExcelApi 1.8; the file is read with the
 *   CompressedFile set: both checked at run time with isSetSupported, never declared in the
 *   manifest (a declared set hides the whole add-in).
 * - Whatever fails (reading the file, a cell without a value, opening the copy) is said; the
 *   analyst's workbook is only read.
 */
import { toBase64 } from "../src/excel/native-import";
import type { ShareCodec } from "../src/xlsx/share-package";
import type { ShareFinding } from "../src/xlsx/share-scan";
import { concatBytes } from "../src/xlsx/zip-stream";
import { loadPart } from "./load-part";

export const SHARE_REQUIREMENT = { name: "ExcelApi", version: "1.8" } as const;
/** getFileAsync(Office.FileType.Compressed) and the File object's slices: Common API sets, checked too. */
export const SHARE_FILE_REQUIREMENTS = [
  { name: "CompressedFile", version: "1.1" },
  { name: "File", version: "1.1" },
] as const;
/** getFileAsync's slice size: at most 4 MB (Office's documented maximum). */
export const SHARE_SLICE_BYTES = 4 * 1024 * 1024;

/** What the pane needs of Office for the copy (the real one: officeShareHost; tests: a fake). */
export interface ShareHost {
  /** Office.context.platform as text: "OfficeOnline" on the web, "PC", "Mac", "iOS", … */
  platform: string;
  isSetSupported(name: string, version: string): boolean;
  /** The document as a compressed (.xlsx) file, read slice by slice. */
  readDocument(sliceBytes: number): Promise<Uint8Array>;
  createWorkbook(base64: string): Promise<void>;
}

export type ShareOutcome =
  /** Excel on the web: getFileAsync gives only a PDF. */
  | { kind: "web" }
  /** No ExcelApi 1.8 (createWorkbook), or no compression streams in this webview. */
  | { kind: "unsupported" }
  | { kind: "opened"; cells: number; warnings: ShareFinding[] }
  /** Cells without a value (each named): no copy was opened. */
  | { kind: "refused"; findings: ShareFinding[] }
  | { kind: "damaged"; part?: string }
  | { kind: "failed"; step: "read" | "open"; detail: string };

function message(e: unknown): string {
  return e instanceof Error ? e.message : typeof e === "string" ? e : JSON.stringify(e);
}

/** Makes the copy and opens it; throws only PartNotLoaded (the transform's chunk did not arrive). */
export async function shareCopy(host: ShareHost, codec?: ShareCodec): Promise<ShareOutcome> {
  if (host.platform === "OfficeOnline") return { kind: "web" };
  if (
    !host.isSetSupported(SHARE_REQUIREMENT.name, SHARE_REQUIREMENT.version) ||
    !SHARE_FILE_REQUIREMENTS.every((set) => host.isSetSupported(set.name, set.version)) ||
    (codec === undefined &&
      (typeof CompressionStream !== "function" || typeof DecompressionStream !== "function"))
  )
    return { kind: "unsupported" };
  let bytes: Uint8Array;
  try {
    bytes = await host.readDocument(SHARE_SLICE_BYTES);
  } catch (e) {
    return { kind: "failed", step: "read", detail: message(e) };
  }
  // The transform loads with the button's first use (a lazy chunk); one that does not arrive is
  // PartNotLoaded, which the Share section words in the pane's language.
  const [{ sharePackage, ShareInputError }, { ShareStopped }, { MemorySink }, { webShareCodec }] =
    await loadPart("share", () =>
      Promise.all([
        import("../src/xlsx/share-package"),
        import("../src/xlsx/share-scan"),
        import("../src/xlsx/zip-stream"),
        import("../src/xlsx/share-web"),
      ]),
    );
  const sink = new MemorySink();
  let result: Awaited<ReturnType<typeof sharePackage>>;
  try {
    result = await sharePackage(bytes, codec ?? webShareCodec, sink);
  } catch (e) {
    if (e instanceof ShareInputError) return { kind: "damaged", ...(e.part ? { part: e.part } : {}) };
    if (e instanceof ShareStopped) return { kind: "refused", findings: [...e.findings] };
    return { kind: "failed", step: "read", detail: message(e) };
  }
  const errors = result.findings.filter((f) => f.severity === "error");
  if (errors.length) return { kind: "refused", findings: errors };
  try {
    await host.createWorkbook(toBase64(sink.bytes()));
  } catch (e) {
    return { kind: "failed", step: "open", detail: message(e) };
  }
  const cells = [...result.converted.values()].reduce((a, b) => a + b, 0);
  return { kind: "opened", cells, warnings: result.findings };
}

/** Reads every slice of a file getFileAsync opened, in order, then closes it. */
async function readSlices(file: Office.File): Promise<Uint8Array> {
  const slices: Uint8Array[] = [];
  try {
    for (let i = 0; i < file.sliceCount; i++)
      slices.push(
        await new Promise<Uint8Array>((resolve, reject) =>
          file.getSliceAsync(i, (r) =>
            r.status === Office.AsyncResultStatus.Succeeded
              ? resolve(new Uint8Array(r.value.data as number[]))
              : reject(new Error(r.error.message)),
          ),
        ),
      );
  } finally {
    file.closeAsync();
  }
  return concatBytes(slices);
}

/** The ShareHost of the real Office. */
export function officeShareHost(): ShareHost {
  return {
    platform: String(Office.context.platform),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    readDocument: (sliceSize) =>
      new Promise<Office.File>((resolve, reject) =>
        Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize }, (r) =>
          r.status === Office.AsyncResultStatus.Succeeded
            ? resolve(r.value)
            : reject(new Error(r.error.message)),
        ),
      ).then(readSlices),
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}
