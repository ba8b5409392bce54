/**
 * A ZIP archive written as it goes, for the values-only copy (./share-package.ts): each entry's
 * compressed bytes go straight to the sink, and its local header is completed once the entry's
 * CRC and sizes are known (a positioned write), so no part is ever held whole. The headers are
 * those of ./zip.ts (fixed date, UTF-8 names, no data descriptor, no ZIP64).
 */
import { crc32 } from "./zip";

/** Where the archive goes: bytes written at a position (a file, or memory in the pane). */
export interface ZipSink {
  write(bytes: Uint8Array, position: number): Promise<void>;
}

const DOS_DATE = ((2020 - 1980) << 9) | (1 << 5) | 1;
const FLAG_UTF8 = 0x0800;
const MAX_ENTRY = 0xffffffff;
const ENCODER = new TextEncoder();

interface Written {
  name: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export class StreamingZipWriter {
  private readonly entries: Written[] = [];
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
    const name = ENCODER.encode(path);
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
    if (this.entries.length > 0xffff) throw new Error("zip: more than 65,535 parts");
    const size = this.entries.reduce((n, e) => n + 46 + e.name.length, 0) + 22;
    const out = new Uint8Array(size);
    const view = new DataView(out.buffer);
    let p = 0;
    for (const e of this.entries) {
      view.setUint32(p, 0x02014b50, true);
      view.setUint16(p + 4, 20, true);
      view.setUint16(p + 6, 20, true);
      view.setUint16(p + 8, FLAG_UTF8, true);
      view.setUint16(p + 10, e.method, true);
      view.setUint16(p + 12, 0, true);
      view.setUint16(p + 14, DOS_DATE, true);
      view.setUint32(p + 16, e.crc, true);
      view.setUint32(p + 20, e.compressedSize, true);
      view.setUint32(p + 24, e.size, true);
      view.setUint16(p + 28, e.name.length, true);
      view.setUint32(p + 42, e.offset, true);
      out.set(e.name, p + 46);
      p += 46 + e.name.length;
    }
    view.setUint32(p, 0x06054b50, true);
    view.setUint16(p + 8, this.entries.length, true);
    view.setUint16(p + 10, this.entries.length, true);
    view.setUint32(p + 12, p, true);
    view.setUint32(p + 16, this.offset, true);
    await this.sink.write(out, this.offset);
    this.offset += out.length;
  }
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
