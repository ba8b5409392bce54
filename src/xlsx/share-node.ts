/** The values-only copy's codec in Node (./share-package.ts): zlib's raw DEFLATE streams. */
import { pipeline, Readable } from "node:stream";
import { createDeflateRaw, createInflateRaw } from "node:zlib";
import type { ShareCodec } from "./share-package";

/**
 * Input fed to zlib in slices of this size, and zlib hands back chunks of CHUNK too: each decoded
 * chunk stays a small string, collected young (V8 puts strings over ~128 KB in the large-object
 * space, freed only by a full collection): 256 KB chunks cost 60 MB more peak memory, measured.
 */
const CHUNK = 32 * 1024;

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
