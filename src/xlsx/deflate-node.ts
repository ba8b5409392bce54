/** Raw DEFLATE with Node's zlib: the CLI's .xlsx writer (./spreadsheetml.ts) and package reader. */
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { InflateRaw } from "./package";
import type { DeflateRaw } from "./zip";

export const deflateRawNode: DeflateRaw = (data) => deflateRawSync(data);

/** Raw DEFLATE undone with Node's zlib, for the package reader of the CLI (./package.ts). */
export const inflateRawNode: InflateRaw = (stored, maxOutput) => {
  try {
    return inflateRawSync(stored, { maxOutputLength: maxOutput });
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? "tooLarge" : "damaged";
  }
};
