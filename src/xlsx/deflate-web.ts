/**
 * Raw DEFLATE with the browser's CompressionStream, for the task pane's .xlsx writer
 * (./spreadsheetml.ts). "deflate-raw" is newer (Chrome 103, Safari 16.4, Firefox 113) than
 * "deflate" (zlib-wrapped: a 2-byte header and a 4-byte checksum around the same raw stream), so
 * where only "deflate" exists its wrapper is cut off.
 */
import type { DeflateRaw } from "./zip";

let format: "deflate-raw" | "deflate" | undefined;

function streamFormat(): "deflate-raw" | "deflate" {
  if (format === undefined) {
    try {
      new CompressionStream("deflate-raw");
      format = "deflate-raw";
    } catch {
      format = "deflate";
    }
  }
  return format;
}

export const deflateRawWeb: DeflateRaw = async (data) => {
  const chosen = streamFormat();
  const stream = new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream(chosen));
  const out = new Uint8Array(await new Response(stream).arrayBuffer());
  return chosen === "deflate" ? out.subarray(2, out.length - 4) : out;
};
