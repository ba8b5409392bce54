/**
 * `opeval share` on a 100 MB workbook: peak memory of the command in its own process
 * (share.rss.100mb, budget 200 MB) and its time against copying the same file (share.ratio).
 * The workbook is one sheet of rows `=OPEVAL.SCORE(B)`, a number, `=B*2` with pseudo-random
 * values (so it compresses as real figures do, about 3:1), generated once into a temporary folder
 * with a streaming deflate: the generator never holds the sheet either.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, openSync, closeSync, rmSync, statSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync, createDeflateRaw } from "node:zlib";
import { crc32 } from "../src/xlsx/zip";
import { StreamingZipWriter } from "../src/xlsx/zip-stream";
import type { BenchRow } from "./measure";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.";

const SMALL_PARTS: [string, string][] = [
  [
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}worksheet+xml"/></Types>`,
  ],
  [
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  ],
  [
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
  ],
  [
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  ],
];

/** Writes a workbook of about `megabytes` MB to `path`. */
export async function bigWorkbook(path: string, megabytes: number): Promise<void> {
  const fd = openSync(path, "w");
  const zip = new StreamingZipWriter({
    write: async (bytes, position) => {
      writeSync(fd, bytes, 0, bytes.length, position);
    },
  });
  for (const [name, text] of SMALL_PARTS)
    await zip.addWhole(name, Buffer.from(text), async (d) => deflateRawSync(d));
  let seed = 20_260_101;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  let crc = 0;
  let size = 0;
  let compressed = 0;
  const deflate = createDeflateRaw();
  const rows = async function* (): AsyncIterable<Uint8Array> {
    const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>`);
    yield head;
    let r = 1;
    // Compressed bytes so far are counted by the writer below; stop a little past the budget.
    while (compressed < megabytes * 1024 * 1024) {
      let block = "";
      for (let k = 0; k < 2000; k++, r++) {
        const a = random() * 100;
        const b = random() * 1000;
        block += `<row r="${r}"><c r="A${r}"><f>_xldudf_OPEVAL_SCORE(B${r})</f><v>${a}</v></c><c r="B${r}"><v>${b}</v></c><c r="C${r}"><f>B${r}*2</f><v>${b * 2}</v></c></row>`;
      }
      yield Buffer.from(block);
    }
    yield Buffer.from("</sheetData></worksheet>");
  };
  const feed = async (): Promise<void> => {
    for await (const chunk of rows()) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await new Promise((ok) => deflate.once("drain", ok));
    }
    deflate.end();
  };
  const out = async function* (): AsyncIterable<Uint8Array> {
    const pump = feed();
    for await (const chunk of deflate as AsyncIterable<Buffer>) {
      compressed += chunk.length;
      yield chunk;
    }
    await pump;
  };
  await zip.add("xl/worksheets/sheet1.xml", 8, out(), () => ({ crc, size }));
  await zip.finish();
  closeSync(fd);
}

function child(mode: "share" | "copy", input: string, out: string): { ms: number; maxRssMB: number } {
  const r = spawnSync(process.execPath, [join(__dirname, "share-child.js"), mode, input, out], {
    encoding: "utf8",
    timeout: 20 * 60_000,
  });
  if (r.status !== 0)
    throw new Error(`share bench (${mode}) failed: ${r.stderr.split("\n").slice(-6).join("\n")}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as { ms: number; maxRssMB: number };
}

export async function shareRows(rows: BenchRow[], megabytes = 100): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "opeval-bench-share-"));
  try {
    const input = join(dir, "big.xlsx");
    await bigWorkbook(input, megabytes);
    const mb = statSync(input).size / 1024 / 1024;
    const copy = child("copy", input, join(dir, "copy.xlsx"));
    const share = child("share", input, join(dir, "share.xlsx"));
    const size = `${mb.toFixed(0)} MB file`;
    rows.push({
      id: "share.rss.100mb",
      benchmark: "cli share: peak memory (maxRSS)",
      size,
      value: share.maxRssMB,
      unit: "MB",
      target: 200,
      ok: share.maxRssMB <= 200,
      note: `copying the file whole: ${copy.maxRssMB.toFixed(0)} MB`,
    });
    rows.push({
      id: "share.ratio",
      benchmark: "cli share vs copying the same file (read whole, written whole)",
      size,
      value: share.ms / copy.ms,
      unit: "×",
      baseline: copy.ms,
      baselineUnit: "ms",
      opevalMs: share.ms,
      note: "every part inflated (CRC), the sheet inflated, scanned and deflated again",
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
