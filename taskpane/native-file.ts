/**
 * The file import of Generate (src/excel/native-import.ts) as the pane provides it: opeval's own
 * .xlsx writer and the browser's CompressionStream, loaded as a lazy chunk on the first Generate
 * so the pane's first load does not carry them.
 */
import type { NativeImport } from "../src/excel/native-import";
import { loadPart } from "./load-part";

export const paneNativeImport: NativeImport = {
  async newFile(options) {
    const [{ XlsxBuilder }, { deflateRawWeb }] = await loadPart("xlsx-writer", () =>
      Promise.all([
        import(/* webpackChunkName: "xlsx-writer" */ "../src/xlsx/spreadsheetml"),
        import(/* webpackChunkName: "xlsx-writer" */ "../src/xlsx/deflate-web"),
      ]),
    );
    // Names are decided by the caller against the workbook; print names are set after an insert,
    // and kept in a file opened as a new workbook.
    return new XlsxBuilder({ deflateRaw: deflateRawWeb, printNames: options?.printNames ?? false });
  },
};
