/**
 * The values-only copy of a workbook package, part by part (./share-scan.ts says what changes):
 * read through the shared ZIP reader (src/sheet/zip-directory.ts), every part's CRC and size
 * checked as it streams, every part but the worksheets, tables, content types and workbook
 * relationships copied as stored (its compressed bytes unchanged), the calculation chain dropped.
 * A worksheet streams inflate → scan → deflate, so memory does not grow with a sheet's size. No
 * Node or browser API: the codec is the caller's (zlib streams in the CLI, Compression streams in
 * the pane).
 */
import {
  readZip,
  resolvePart,
  storedBytes,
  utf8,
  zipDirectory,
  ZipReadError,
  type ZipEntry,
} from "../sheet/zip-directory";
import {
  reportDefinedNames,
  SheetScanner,
  shareTable,
  tableParts,
  withoutCalcChainRel,
  withoutCalcChainType,
  worksheetParts,
  type ShareFinding,
} from "./share-scan";
import { crc32, utf8Bytes } from "./zip";
import { concatBytes, StreamingZipWriter, type ZipSink } from "./zip-stream";

/** Raw DEFLATE in and out, as streams of chunks. */
export interface ShareCodec {
  inflate(stored: Uint8Array): AsyncIterable<Uint8Array>;
  deflate(source: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
}

/** Why the input cannot be copied at all (the archive, not a cell). */
export class ShareInputError extends Error {
  constructor(
    readonly reason: "notZip" | "damaged" | "encrypted" | "notWorkbook",
    readonly part?: string,
  ) {
    super(part ? `${reason}: ${part}` : reason);
    this.name = "ShareInputError";
  }
}

export interface ShareResult {
  /** Errors (the copy must not be published) and warnings (what was removed or kept). */
  findings: ShareFinding[];
  /** Cells that lost their OPEVAL formula, by sheet name. */
  converted: Map<string, number>;
  /** Parts copied as stored. */
  copied: number;
}

/** The uncompressed part's CRC-32 as the archive records it (local header, or data descriptor). */
function recordedCrc(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!(entry.flags & 8)) {
    if (entry.localOffset + 30 > bytes.length) throw new ShareInputError("damaged", entry.name);
    return view.getUint32(entry.localOffset + 14, true);
  }
  const stored = storedPart(bytes, entry);
  const after = stored.byteOffset - bytes.byteOffset + stored.length;
  if (after + 8 > bytes.length) throw new ShareInputError("damaged", entry.name);
  const signed = view.getUint32(after, true) === 0x08074b50;
  return view.getUint32(after + (signed ? 4 : 0), true);
}

/** The entry's stored bytes, every reader error named as the copy's own. */
function storedPart(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  let stored: Uint8Array;
  try {
    stored = storedBytes(bytes, entry);
  } catch (e) {
    if (e instanceof ZipReadError && e.problem === "encrypted")
      throw new ShareInputError("encrypted", entry.name);
    throw new ShareInputError("damaged", entry.name);
  }
  if (stored.length !== entry.compressedSize) throw new ShareInputError("damaged", entry.name);
  return stored;
}

const CHUNK = 1024 * 1024;

function* slices(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK)
    yield bytes.subarray(at, Math.min(bytes.length, at + CHUNK));
}

/** A part's bytes streamed out of the archive, its CRC and size checked when the stream ends. */
async function* checkedPart(
  bytes: Uint8Array,
  entry: ZipEntry,
  codec: ShareCodec,
  expected: number,
): AsyncIterable<Uint8Array> {
  if (entry.method !== 0 && entry.method !== 8) throw new ShareInputError("damaged", entry.name);
  const stored = storedPart(bytes, entry);
  let crc = 0;
  let size = 0;
  const source = entry.method === 8 ? codec.inflate(stored) : slices(stored);
  try {
    for await (const chunk of source) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (size > entry.size) throw new ShareInputError("damaged", entry.name);
      yield chunk;
    }
  } catch (e) {
    if (e instanceof ShareInputError) throw e;
    throw new ShareInputError("damaged", entry.name);
  }
  if (crc !== expected || size !== entry.size) throw new ShareInputError("damaged", entry.name);
}

/** A small part read whole as text (content types, the workbook, its relationships, a table). */
async function partText(bytes: Uint8Array, entry: ZipEntry, codec: ShareCodec): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of checkedPart(bytes, entry, codec, recordedCrc(bytes, entry))) chunks.push(chunk);
  return utf8(concatBytes(chunks));
}

async function* once(data: Uint8Array): AsyncIterable<Uint8Array> {
  yield data;
}

async function deflateWhole(codec: ShareCodec, data: Uint8Array): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of codec.deflate(once(data))) chunks.push(c);
  return concatBytes(chunks);
}

/**
 * Writes the values-only copy of the package `bytes` to `sink`. With an error among the findings
 * the sink holds an incomplete archive: the caller publishes nothing.
 */
export async function sharePackage(
  bytes: Uint8Array,
  codec: ShareCodec,
  sink: ZipSink,
): Promise<ShareResult> {
  const entries = readZip(() => zipDirectory(bytes), {
    notZip: () => new ShareInputError("notZip"),
    noDirectory: () => new ShareInputError("notZip"),
    badDirectory: () => new ShareInputError("damaged"),
    encrypted: (part) => new ShareInputError("encrypted", part),
    badLocalHeader: (part) => new ShareInputError("damaged", part),
  });
  const need = (name: string) => {
    const entry = entries.get(name);
    if (!entry) throw new ShareInputError("notWorkbook", name);
    return entry;
  };
  const text = (name: string) => partText(bytes, need(name), codec);
  const contentTypes = await text("[content_types].xml");
  const workbookXml = await text("xl/workbook.xml");
  const workbookRels = await text("xl/_rels/workbook.xml.rels");
  const sheets = worksheetParts(workbookXml, workbookRels, (target) =>
    resolvePart("xl/workbook.xml", target),
  );
  const tables = tableParts(contentTypes);
  const findings: ShareFinding[] = [];
  reportDefinedNames(workbookXml, findings);
  const converted = new Map<string, number>();
  const zip = new StreamingZipWriter(sink);
  let copied = 0;
  for (const [key, entry] of entries) {
    if (entry.name.endsWith("/")) continue;
    if (key === "xl/calcchain.xml") continue;
    if (key === "[content_types].xml" || key === "xl/_rels/workbook.xml.rels") {
      const changed =
        key === "xl/_rels/workbook.xml.rels"
          ? withoutCalcChainRel(workbookRels)
          : withoutCalcChainType(contentTypes);
      await zip.addWhole(entry.name, utf8Bytes(changed), (d) => deflateWhole(codec, d));
      continue;
    }
    if (tables.has(key)) {
      const xml = await text(key);
      const shared = shareTable(xml, findings);
      if (shared !== xml) {
        await zip.addWhole(entry.name, utf8Bytes(shared), (d) => deflateWhole(codec, d));
        continue;
      }
    }
    const sheet = sheets.get(key);
    const expected = recordedCrc(bytes, entry);
    if (sheet !== undefined) {
      const scanner = new SheetScanner(sheet, entry.name);
      let crc = 0;
      let size = 0;
      const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
      const scanned = async function* (): AsyncIterable<Uint8Array> {
        for await (const chunk of checkedPart(bytes, entry, codec, expected)) {
          let decoded: string;
          try {
            decoded = decoder.decode(chunk, { stream: true });
          } catch {
            throw new ShareInputError("damaged", entry.name);
          }
          const out = utf8Bytes(scanner.push(decoded));
          crc = crc32(out, crc);
          size += out.length;
          if (out.length) yield out;
        }
        const rest = utf8Bytes(scanner.end() + decoder.decode());
        crc = crc32(rest, crc);
        size += rest.length;
        if (rest.length) yield rest;
      };
      await zip.add(entry.name, 8, codec.deflate(scanned()), () => ({ crc, size }));
      findings.push(...scanner.findings);
      if (scanner.converted) converted.set(sheet, scanner.converted);
      continue;
    }
    // Copied as stored; still inflated to check its CRC.
    const stored = storedPart(bytes, entry);
    const check = async function* (): AsyncIterable<Uint8Array> {
      for await (const chunk of checkedPart(bytes, entry, codec, expected)) void chunk;
      yield stored;
    };
    await zip.add(entry.name, entry.method, check(), () => ({ crc: expected, size: entry.size }));
    copied++;
  }
  if (!findings.some((f) => f.severity === "error")) await zip.finish();
  return { findings, converted, copied };
}
