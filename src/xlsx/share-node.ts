/** The values-only copy's codec in Node (./share-package.ts): zlib's raw DEFLATE streams. */
import { pipeline, Readable } from "node:stream";
import { createDeflateRaw, createInflateRaw } from "node:zlib";
import type { ShareCodec } from "./share-package";

/** Input fed to zlib in slices of this size; zlib hands back chunks of CHUNK too. */
const CHUNK = 256 * 1024;

function* slices(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += CHUNK)
    yield bytes.subarray(at, Math.min(bytes.length, at + CHUNK));
}

/** pipeline, not pipe: an error on either side (a damaged part, a stopped scan) ends the iteration. */
const through = (source: Iterable<Uint8Array> | AsyncIterable<Uint8Array>, zlib: NodeJS.ReadWriteStream) =>
  pipeline(
    Readable.from(source, { objectMode: false }),
    zlib,
    () => undefined,
  ) as unknown as AsyncIterable<Uint8Array>;

export const nodeShareCodec: ShareCodec = {
  inflate: (stored) => through(slices(stored), createInflateRaw({ chunkSize: CHUNK })),
  deflate: (source) => through(source, createDeflateRaw({ chunkSize: CHUNK })),
};
