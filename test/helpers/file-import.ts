/**
 * The pane's file import (taskpane/native-file.ts) as tests and the bench run it in Node: the same
 * writer and options, with Node's zlib instead of the browser's CompressionStream.
 */
import type { NativeImport } from "../../src/excel/native-import";
import { XlsxBuilder } from "../../src/xlsx/spreadsheetml";
import { deflateRawNode } from "../../src/xlsx/deflate-node";

export const nodeFileImport: NativeImport = {
  newFile: async (options) =>
    new XlsxBuilder({ deflateRaw: deflateRawNode, printNames: options?.printNames ?? false }),
};
