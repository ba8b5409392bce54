/**
 * Ground for both readers of an .xlsx package — the CLI's input reader (src/xlsx/package.ts, Node)
 * and the model of Excel's insert (src/excel/excel-model/inserted-sheets.ts, Node and browser): the ZIP
 * central directory and where each part's stored bytes are. Inflating is each caller's (Node's
 * zlib, or the browser's DecompressionStream), and so is the wording of each problem.
 */

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export type ZipProblem = "notZip" | "noDirectory" | "badDirectory" | "encrypted" | "badLocalHeader";

/** Why the archive (or one part, `part`) cannot be read. */
export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipProblem,
    readonly part?: string,
  ) {
    super(part ? `${problem}: ${part}` : problem);
    this.name = "ZipReadError";
  }
}

/** Made on first use: the pane's jsdom tests load the insert model without TextDecoder. */
let decoder: TextDecoder | undefined;
export function utf8(bytes: Uint8Array): string {
  return (decoder ??= new TextDecoder("utf-8")).decode(bytes);
}

/** The central directory of a ZIP archive, by lower-case part name (OPC names are case-insensitive). */
export function zipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22 || view.getUint32(0, true) !== 0x04034b50) throw new ZipReadError("notZip");
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw new ZipReadError("noDirectory");
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const entries = new Map<string, ZipEntry>();
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50)
      throw new ZipReadError("badDirectory");
    const nameLength = view.getUint16(p + 28, true);
    const entry: ZipEntry = {
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: utf8(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    entries.set(entry.name.replace(/^\//, "").toLowerCase(), entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** An entry's bytes as stored: the part itself (method 0) or its raw DEFLATE data (method 8). */
export function storedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new ZipReadError("encrypted", entry.name);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const p = entry.localOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== 0x04034b50)
    throw new ZipReadError("badLocalHeader", entry.name);
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Resolves a relationship target against the folder of the part that refers to it (OPC). */
export function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** Runs a read of the archive, turning a ZipReadError into the caller's own error (its wording). */
export function readZip<T>(read: () => T, problems: Record<ZipProblem, (part?: string) => Error>): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ZipReadError) throw problems[e.problem](e.part);
    throw e;
  }
}
