/**
 * A ZIP archive written as it goes, for the values-only copy (./share-package.ts): each entry's
 * compressed bytes go straight to the sink, and its local header is completed once the entry's
 * CRC and sizes are known (a positioned write), so no part is ever held whole. The headers are
 * those of ./zip.ts (fixed date, UTF-8 names, no data descriptor, no ZIP64).
 */
import {
  centralDirectoryBytes,
  crc32,
  DOS_DATE,
  FLAG_UTF8,
  utf8Bytes,
  writeCentralDirectory,
  type CentralEntry,
} from "./zip";

/** Where the archive goes: bytes written at a position (a file, or memory in the pane). */
export interface ZipSink {
  write(bytes: Uint8Array, position: number): Promise<void>;
}

const MAX_ENTRY = 0xffffffff;

export class StreamingZipWriter {
  private readonly entries: CentralEntry[] = [];
  private offset = 0;

  constructor(private readonly sink: ZipSink) {}

  /** Bytes written so far. */
  get length(): number {
    return this.offset;
  }

  /**
   * Adds one entry whose stored bytes (`method` 8: raw DEFLATE, 0: the part itself) come from
   * `stored`; `described()` gives the part's CRC and size once `stored` is exhausted.
   */
  async add(
    path: string,
    method: number,
    stored: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
    described: () => { crc: number; size: number },
  ): Promise<void> {
    const name = utf8Bytes(path);
    const header = new Uint8Array(30 + name.length);
    const start = this.offset;
    this.offset += header.length;
    let compressedSize = 0;
    for await (const chunk of stored) {
      await this.sink.write(chunk, this.offset);
      this.offset += chunk.length;
      compressedSize += chunk.length;
    }
    const { crc, size } = described();
    if (size > MAX_ENTRY || compressedSize > MAX_ENTRY || this.offset > MAX_ENTRY)
      throw new Error("zip: the package is over 4 GB");
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, FLAG_UTF8, true);
    view.setUint16(8, method, true);
    view.setUint16(10, 0, true);
    view.setUint16(12, DOS_DATE, true);
    view.setUint32(14, crc, true);
    view.setUint32(18, compressedSize, true);
    view.setUint32(22, size, true);
    view.setUint16(26, name.length, true);
    header.set(name, 30);
    await this.sink.write(header, start);
    this.entries.push({ name, method, crc, compressedSize, size, offset: start });
  }

  /** Adds a part given whole, deflated by `deflate` (a small part: content types, relationships). */
  async addWhole(
    path: string,
    data: Uint8Array,
    deflate: (data: Uint8Array) => Promise<Uint8Array>,
  ): Promise<void> {
    const compressed = await deflate(data);
    await this.add(path, 8, [compressed], () => ({ crc: crc32(data), size: data.length }));
  }

  /** Writes the central directory; the archive is complete. */
  async finish(): Promise<void> {
    const out = new Uint8Array(centralDirectoryBytes(this.entries));
    writeCentralDirectory(out, 0, this.entries);
    // The records hold offsets from the archive's start: shift the directory's own start.
    new DataView(out.buffer).setUint32(out.length - 6, this.offset, true);
    await this.sink.write(out, this.offset);
    this.offset += out.length;
  }
}

/** Chunks of bytes joined into one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A sink in memory (the pane): the archive's bytes once finished. */
export class MemorySink implements ZipSink {
  private readonly pieces: { bytes: Uint8Array; position: number }[] = [];
  private size = 0;

  async write(bytes: Uint8Array, position: number): Promise<void> {
    this.pieces.push({ bytes: bytes.slice(), position });
    this.size = Math.max(this.size, position + bytes.length);
  }

  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    for (const { bytes, position } of this.pieces) out.set(bytes, position);
    return out;
  }
}
