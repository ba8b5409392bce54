/**
 * The values-only copy's codec in the browser (./share-package.ts): the platform's own
 * DecompressionStream and CompressionStream ("deflate-raw", Chromium ≥ 103, Safari ≥ 16.4, as
 * src/excel/inserted-sheets.ts and ./deflate-web.ts use them).
 */
import type { ShareCodec } from "./share-package";

const SLICE = 1024 * 1024;

function through(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  transform: TransformStream<Uint8Array, Uint8Array>,
): AsyncIterable<Uint8Array> {
  const writer = transform.writable.getWriter();
  const feeding = (async () => {
    try {
      for await (const chunk of source) await writer.write(chunk);
      await writer.close();
    } catch (e) {
      await writer.abort(e).catch(() => undefined);
      throw e;
    }
  })();
  const reader = transform.readable.getReader();
  return {
    async *[Symbol.asyncIterator]() {
      let failed: unknown;
      feeding.catch((e: unknown) => (failed = e));
      for (;;) {
        let step: ReadableStreamReadResult<Uint8Array>;
        try {
          step = await reader.read();
        } catch (e) {
          throw failed ?? e;
        }
        if (step.done) break;
        yield step.value;
      }
      await feeding;
    },
  };
}

function* slices(bytes: Uint8Array): Iterable<Uint8Array> {
  for (let at = 0; at < bytes.length; at += SLICE) yield bytes.slice(at, Math.min(bytes.length, at + SLICE));
}

export const webShareCodec: ShareCodec = {
  inflate: (stored) =>
    through(
      slices(stored),
      new DecompressionStream("deflate-raw") as unknown as TransformStream<Uint8Array, Uint8Array>,
    ),
  deflate: (source) =>
    through(
      source,
      new CompressionStream("deflate-raw") as unknown as TransformStream<Uint8Array, Uint8Array>,
    ),
};
