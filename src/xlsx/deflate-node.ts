/** Raw DEFLATE with Node's zlib, for the CLI's .xlsx writer (./spreadsheetml.ts). */
import { deflateRawSync } from "node:zlib";
import type { DeflateRaw } from "./zip";

export const deflateRawNode: DeflateRaw = (data) => deflateRawSync(data);
