/**
 * A ZIP archive writer for the .xlsx package, small enough for the task pane's lazy chunk: no
 * Node or browser API of its own. The caller hands in raw DEFLATE (Node's zlib in the CLI,
 * `CompressionStream` in the pane, see ./deflate.ts), so the same bytes come out of both.
 *
 * Entries carry a fixed date (1 January 2020): a workbook built twice from the same forms is the
 * same file, which keeps tests and caches simple. No ZIP64: an .xlsx part or package over 4 GB is
 * far beyond what opeval writes (the CLI caps one workbook, see conclude).
 */
import { crc32 } from "../sheet/zip-directory";

/** Raw DEFLATE (RFC 1951, no zlib or gzip wrapper) of some bytes. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export { crc32 };

/** 1 January 2020, 00:00, in MS-DOS date and time fields. */
const DOS_TIME = 0;
export const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
/** Bit 11: the name is UTF-8 (part names are ASCII, but say so). */
export const FLAG_UTF8 = 0x0800;
const METHOD_DEFLATE = 8;
const MAX_ENTRY = 0xffffffff;

/** A part's bytes deflated, with what the archive records of the original. */
export interface CompressedPart {
  crc: number;
  size: number;
  compressed: Uint8Array;
}

interface Stored extends CompressedPart {
  name: Uint8Array;
  offset: number;
}

// Made on first use: the pane's jsdom tests load this module (through the Share step) where
// jsdom has no TextEncoder, and only writing needs it.
let encoder: TextEncoder | undefined;
export const utf8Bytes = (text: string): Uint8Array => (encoder ??= new TextEncoder()).encode(text);

export async function compressPart(
  data: string | Uint8Array,
  deflateRaw: DeflateRaw,
): Promise<CompressedPart> {
  const bytes = typeof data === "string" ? utf8Bytes(data) : data;
  const compressed = await deflateRaw(bytes);
  if (bytes.length > MAX_ENTRY || compressed.length > MAX_ENTRY) throw new Error("zip: a part is over 4 GB");
  return { crc: crc32(bytes), size: bytes.length, compressed };
}

/**
 * A ZIP archive built entry by entry: each part is deflated as it is added and only its compressed
 * bytes are kept, so a big workbook never holds all its XML at once.
 */
export class ZipWriter {
  private readonly entries: Stored[] = [];
  private readonly names = new Set<string>();
  private offset = 0;

  constructor(private readonly deflateRaw: DeflateRaw) {}

  /** Adds a part; `data` is text (written as UTF-8) or bytes. */
  async add(path: string, data: string | Uint8Array): Promise<void> {
    this.place(path, await compressPart(data, this.deflateRaw));
  }

  /** Adds a part compressed earlier (compressPart), so a caller can build parts before their order is known. */
  place(path: string, part: CompressedPart): void {
    const key = path.toLowerCase();
    if (this.names.has(key)) throw new Error(`zip: ${path} added twice`);
    this.names.add(key);
    const name = utf8Bytes(path);
    this.entries.push({ name, ...part, offset: this.offset });
    this.offset += 30 + name.length + part.compressed.length;
    if (this.offset > MAX_ENTRY) throw new Error("zip: the package is over 4 GB");
  }

  /** The archive: local headers and data, then the central directory. */
  finish(): Uint8Array {
    if (this.entries.length > 0xffff) throw new Error("zip: more than 65,535 parts");
    const out = new Uint8Array(this.offset + centralDirectoryBytes(this.entries));
    const view = new DataView(out.buffer);
    let p = 0;
    for (const e of this.entries) {
      view.setUint32(p, 0x04034b50, true);
      view.setUint16(p + 4, 20, true); // version needed: 2.0 (deflate)
      view.setUint16(p + 6, FLAG_UTF8, true);
      view.setUint16(p + 8, METHOD_DEFLATE, true);
      view.setUint16(p + 10, DOS_TIME, true);
      view.setUint16(p + 12, DOS_DATE, true);
      view.setUint32(p + 14, e.crc, true);
      view.setUint32(p + 18, e.compressed.length, true);
      view.setUint32(p + 22, e.size, true);
      view.setUint16(p + 26, e.name.length, true);
      view.setUint16(p + 28, 0, true);
      out.set(e.name, p + 30);
      out.set(e.compressed, p + 30 + e.name.length);
      p += 30 + e.name.length + e.compressed.length;
    }
    writeCentralDirectory(
      out,
      p,
      this.entries.map((e) => ({ ...e, method: METHOD_DEFLATE, compressedSize: e.compressed.length })),
    );
    return out;
  }
}

/** What the central directory records of one entry (the local header's fields and its offset). */
export interface CentralEntry {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Bytes of the central directory and its end record for these entries. */
export function centralDirectoryBytes(entries: readonly { name: Uint8Array }[]): number {
  return entries.reduce((n, e) => n + 46 + e.name.length, 0) + 22;
}

/** Writes the central directory and its end record into `out` from `start` (the archive's data ends there). */
export function writeCentralDirectory(
  out: Uint8Array,
  start: number,
  entries: readonly CentralEntry[],
): void {
  if (entries.length > 0xffff) throw new Error("zip: more than 65,535 parts");
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let p = start;
  for (const e of entries) {
    view.setUint32(p, 0x02014b50, true);
    view.setUint16(p + 4, 20, true); // made by: 2.0, MS-DOS attributes
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, FLAG_UTF8, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, DOS_TIME, true);
    view.setUint16(p + 14, DOS_DATE, true);
    view.setUint32(p + 16, e.crc, true);
    view.setUint32(p + 20, e.compressedSize, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, e.name.length, true);
    // extra, comment, disk, internal and external attributes: all zero
    view.setUint32(p + 42, e.offset, true);
    out.set(e.name, p + 46);
    p += 46 + e.name.length;
  }
  view.setUint32(p, 0x06054b50, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - start, true);
  view.setUint32(p + 16, start, true);
}
