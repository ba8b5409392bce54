/**
 * The pane's "Share a copy" (taskpane/share.ts) through a fake Office: the platform and the
 * requirement set are checked before anything is read, the file is read in slices of 4 MB, the
 * copy is the CLI's copy byte for byte (one transform), and each documented failure — Excel on
 * the web (PDF only), no ExcelApi 1.8, getFileAsync or a slice failing, createWorkbook failing
 * (office-js #3646), a cell without a value — is an outcome the pane words, never a throw.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { runCli } from "../../src/cli/main";
import { storedBytes, zipDirectory } from "../../src/sheet/zip-directory";
import { webShareCodec } from "../../src/xlsx/share-web";
import { officeShareHost, shareCopy, type ShareHost } from "../../taskpane/share";

const SAMPLE = new Uint8Array(readFileSync(join(__dirname, "..", "..", "samples", "assessment-sample.xlsx")));

function parts(bytes: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of zipDirectory(bytes).values()) {
    if (entry.name.endsWith("/")) continue;
    const stored = storedBytes(bytes, entry);
    out.set(entry.name, entry.method === 8 ? inflateRawSync(stored) : Buffer.from(stored));
  }
  return out;
}

/** A fake Office for the copy: records what the pane asked for. */
function fakeHost(overrides: Partial<ShareHost> = {}) {
  const calls = { sets: [] as string[], reads: [] as number[], opened: [] as string[] };
  const host: ShareHost = {
    platform: "PC",
    isSetSupported: (name, version) => {
      calls.sets.push(`${name} ${version}`);
      return (
        (name === "ExcelApi" && version === "1.8") ||
        (["CompressedFile", "File"].includes(name) && version === "1.1")
      );
    },
    readDocument: async (slice) => {
      calls.reads.push(slice);
      return SAMPLE;
    },
    createWorkbook: async (base64) => {
      calls.opened.push(base64);
    },
    ...overrides,
  };
  return { host, calls };
}

test("Excel on the web: said at once, the file is never asked for", async () => {
  const { host, calls } = fakeHost({ platform: "OfficeOnline" });
  expect(await shareCopy(host, webShareCodec)).toEqual({ kind: "web" });
  expect(calls.reads).toEqual([]);
  expect(calls.opened).toEqual([]);
});

test("no ExcelApi 1.8 or no CompressedFile 1.1: unsupported, checked at run time, nothing read", async () => {
  const { host, calls } = fakeHost({ isSetSupported: () => false });
  expect(await shareCopy(host, webShareCodec)).toEqual({ kind: "unsupported" });
  expect(calls.reads).toEqual([]);
  const asked = fakeHost();
  await shareCopy(asked.host, webShareCodec);
  expect(asked.calls.sets).toEqual(["ExcelApi 1.8", "CompressedFile 1.1", "File 1.1"]);
  const noFile = fakeHost({ isSetSupported: (name) => name === "ExcelApi" });
  expect(await shareCopy(noFile.host, webShareCodec)).toEqual({ kind: "unsupported" });
  expect(noFile.calls.reads).toEqual([]);
});

test("the copy opened is the CLI's copy: slices of 4 MB, 1344 cells, every part equal", async () => {
  const { host, calls } = fakeHost();
  const outcome = await shareCopy(host, webShareCodec);
  expect(outcome).toEqual({ kind: "opened", cells: 1344, warnings: [] });
  expect(calls.reads).toEqual([4 * 1024 * 1024]);
  expect(calls.opened).toHaveLength(1);
  const pane = parts(new Uint8Array(Buffer.from(calls.opened[0]!, "base64")));
  const dir = mkdtempSync(join(tmpdir(), "opeval-pane-share-"));
  try {
    const out = join(dir, "copy.xlsx");
    const code = await runCli(
      ["share", join(__dirname, "..", "..", "samples", "assessment-sample.xlsx"), "--out", out],
      { stdout: () => undefined, stderr: () => undefined },
    );
    expect(code).toBe(0);
    const cli = parts(new Uint8Array(readFileSync(out)));
    expect([...pane.keys()]).toEqual([...cli.keys()]);
    for (const [name, bytes] of cli) expect([name, pane.get(name)!.equals(bytes)]).toEqual([name, true]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

test("documented failures are outcomes: reading the file, opening the copy (#3646), a damaged file", async () => {
  const read = fakeHost({
    readDocument: async () => {
      throw new Error("An internal error has occurred.");
    },
  });
  expect(await shareCopy(read.host, webShareCodec)).toEqual({
    kind: "failed",
    step: "read",
    detail: "An internal error has occurred.",
  });
  const open = fakeHost({
    createWorkbook: async () => {
      throw new Error("GeneralException");
    },
  });
  expect(await shareCopy(open.host, webShareCodec)).toEqual({
    kind: "failed",
    step: "open",
    detail: "GeneralException",
  });
  const damaged = SAMPLE.slice();
  damaged[0] = 0;
  const bad = fakeHost({ readDocument: async () => damaged });
  expect(await shareCopy(bad.host, webShareCodec)).toEqual({ kind: "damaged" });
  expect(bad.calls.opened).toEqual([]);
});

/** A fake of Office.js's getFileAsync / File / getSliceAsync over some bytes. */
function fakeOffice(bytes: Uint8Array, failSlice?: number) {
  const log: string[] = [];
  const succeeded = "succeeded";
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: succeeded, Failed: "failed" },
    FileType: { Compressed: "compressed", Pdf: "pdf" },
    context: {
      platform: "Mac",
      requirements: { isSetSupported: () => true },
      document: {
        getFileAsync: (type: string, options: { sliceSize: number }, callback: (r: unknown) => void) => {
          log.push(`getFileAsync ${type} ${options.sliceSize}`);
          const size = 1000;
          const sliceCount = Math.ceil(bytes.length / size);
          callback({
            status: succeeded,
            value: {
              size: bytes.length,
              sliceCount,
              getSliceAsync: (i: number, cb: (r: unknown) => void) => {
                log.push(`slice ${i}`);
                if (i === failSlice) cb({ status: "failed", error: { message: "slice lost" } });
                else
                  cb({
                    status: succeeded,
                    value: { data: [...bytes.subarray(i * size, (i + 1) * size)], index: i, size },
                  });
              },
              closeAsync: () => log.push("closeAsync"),
            },
          });
        },
      },
    },
  };
  return log;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("the real host reads every slice in order and closes the file, even when a slice fails", async () => {
  const bytes = new Uint8Array(2500).map((_, i) => i % 251);
  const log = fakeOffice(bytes);
  const host = officeShareHost();
  expect(host.platform).toBe("Mac");
  expect(await host.readDocument(4 * 1024 * 1024)).toEqual(bytes);
  expect(log).toEqual(["getFileAsync compressed 4194304", "slice 0", "slice 1", "slice 2", "closeAsync"]);
  const failing = fakeOffice(bytes, 1);
  await expect(officeShareHost().readDocument(4 * 1024 * 1024)).rejects.toThrow("slice lost");
  expect(failing).toEqual(["getFileAsync compressed 4194304", "slice 0", "slice 1", "closeAsync"]);
});
