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
  /** The CRC-32 of the uncompressed part, as the central directory records it (checkCrc). */
  crc: number;
}

export type ZipProblem = "notZip" | "noDirectory" | "badDirectory" | "encrypted" | "badLocalHeader";

/**
 * Damage found since ZipProblem was first listed: two entries of one name (OPC names compare
 * case-insensitively), and a part whose bytes do not match its CRC-32. A caller that words only
 * the ZipProblems gets them as "badDirectory" and "badLocalHeader" (readZip).
 */
export type ZipDamage = "duplicateEntry" | "badCrc";

const DAMAGE_FALLBACK: Record<ZipDamage, ZipProblem> = {
  duplicateEntry: "badDirectory",
  badCrc: "badLocalHeader",
};

/** Why the archive (or one part, `part`) cannot be read. */
export class ZipReadError extends Error {
  constructor(
    readonly problem: ZipProblem | ZipDamage,
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
      crc: view.getUint32(p + 16, true),
    };
    const key = entry.name.replace(/^\//, "").toLowerCase();
    // Readers disagree on which copy of a repeated name wins: the archive is damaged (or crafted).
    if (entries.has(key)) throw new ZipReadError("duplicateEntry", entry.name);
    entries.set(key, entry);
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

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** The CRC-32 (ISO 3309, as ZIP records it) of some bytes. */
export function crc32(data: Uint8Array, previous = 0): number {
  // `previous` is the CRC of the bytes before `data`, for a part read in chunks (the share copy).
  let crc = (previous ^ 0xffffffff) >>> 0;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * Throws ZipReadError "badCrc" unless `data`, an entry's bytes after inflating, is what the archive
 * recorded: its size (unless zip64 left it to an extra field) and its CRC-32.
 */
export function checkCrc(entry: ZipEntry, data: Uint8Array): void {
  if ((entry.size !== 0xffffffff && data.length !== entry.size) || crc32(data) !== entry.crc)
    throw new ZipReadError("badCrc", entry.name);
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

/** The caller's wording of each problem; damage it does not word is worded as its fallback. */
export type ZipProblemWords = Record<ZipProblem, (part?: string) => Error> &
  Partial<Record<ZipDamage, (part?: string) => Error>>;

/** Runs a read of the archive, turning a ZipReadError into the caller's own error (its wording). */
export function readZip<T>(read: () => T, problems: ZipProblemWords): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof ZipReadError) throw zipProblemError(e, problems);
    throw e;
  }
}

/** A ZipReadError in the caller's words. */
export function zipProblemError(e: ZipReadError, problems: ZipProblemWords): Error {
  const p = e.problem;
  const words =
    p === "duplicateEntry" || p === "badCrc" ? (problems[p] ?? problems[DAMAGE_FALLBACK[p]]) : problems[p];
  return words(e.part);
}
