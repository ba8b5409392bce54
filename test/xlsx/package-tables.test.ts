/**
 * The package reader without Node (src/xlsx/package-tables.ts): the task pane reads a workbook
 * file's bytes with parts decompressed ahead by a stream (the browser's DecompressionStream; here
 * Node's zlib stream, the same raw DEFLATE), and must read what the CLI's reader (node:zlib,
 * synchronous) reads, and refuse what it refuses: a part or a package past its unpacked limit,
 * damaged data.
 */
import ExcelJS from "exceljs";
import { PackageError, type UnpackLimits } from "../../src/xlsx/package";
import { packageProblem, readTablesOfPackage, readWorkbookBytes } from "../../src/xlsx/package-tables";
import { inflateRawNode } from "../../src/xlsx/deflate-node";
import { readPackageTables } from "../../src/xlsx/read";
import { nodeShareCodec } from "../../src/xlsx/share-node";

async function receivedWorkbook(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Received").addTable({
    name: "opeval_Received",
    ref: "A1",
    headerRow: true,
    columns: ["Body", "Direction", "K3", "Conclusion date", "From"].map((name) => ({ name })),
    rows: Array.from({ length: rows }, (_, i) => [`body-${i}`, "automation", 20.5, "10.03.2020", "MDD"]),
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** What the CLI's reader says of these bytes under `limits`: its tables, or the problem it refuses them with. */
function nodeRead(bytes: Uint8Array, limits: UnpackLimits) {
  try {
    return { ok: true, tables: readTablesOfPackage(bytes, inflateRawNode, limits).tables };
  } catch (e) {
    if (e instanceof PackageError) return { ok: false, problems: [packageProblem(e, "r.xlsx", limits)] };
    throw e;
  }
}

const streamRead = async (bytes: Uint8Array, limits: UnpackLimits) => {
  const read = await readWorkbookBytes("r.xlsx", bytes, nodeShareCodec.inflate, limits);
  return read.ok ? { ok: true, tables: read.tables } : read;
};

test("the same tables as the CLI's reader, cell for cell", async () => {
  const bytes = await receivedWorkbook(40);
  const read = await readWorkbookBytes("r.xlsx", bytes, nodeShareCodec.inflate);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  expect(read.tables).toEqual(readPackageTables(bytes).tables);
  expect(read.tables.map((t) => [t.name, t.sheet, t.address, t.values.length])).toEqual([
    ["opeval_Received", "Received", "A1", 41],
  ]);
  expect(read.tables[0]!.values[40]).toEqual(["body-39", "automation", 20.5, "10.03.2020", "MDD"]);
});

test("a part past its limit, the parts together past theirs: refused as the CLI's reader refuses them", async () => {
  const bytes = await receivedWorkbook(400);
  const sizes: [string, UnpackLimits][] = [
    ["part", { partBytes: 4_000, packageBytes: 1_000_000 }],
    ["package", { partBytes: 1_000_000, packageBytes: 12_000 }],
  ];
  const seen: string[] = [];
  for (const [what, limits] of sizes) {
    const node = nodeRead(bytes, limits);
    expect(node.ok).toBe(false);
    expect(await streamRead(bytes, limits)).toEqual(node);
    seen.push(`${what}: ${node.problems![0]!.code} at ${String(node.problems![0]!.params.part)}`);
  }
  expect(seen).toEqual([
    "part: partTooLarge at xl/worksheets/sheet1.xml",
    "package: packageTooLarge at xl/worksheets/sheet1.xml",
  ]);
});

test("damaged compressed data: the same refusal, never a library's message", async () => {
  const bytes = await receivedWorkbook(40);
  // The first worksheet's compressed data, a few bytes past its local header, overwritten.
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  let at = -1;
  for (let i = 0; i + 30 + name.length < bytes.length && at < 0; i++)
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 3 && bytes[i + 3] === 4) {
      const n = bytes[i + 26]! | (bytes[i + 27]! << 8);
      const extra = bytes[i + 28]! | (bytes[i + 29]! << 8);
      if (n === name.length && name.every((b, k) => bytes[i + 30 + k] === b)) at = i + 30 + n + extra + 8;
    }
  expect(at).toBeGreaterThan(0);
  const damaged = bytes.slice();
  for (let k = 0; k < 16; k++) damaged[at + k] = 0xff;
  const limits = { partBytes: 1_000_000, packageBytes: 10_000_000 };
  const node = nodeRead(damaged, limits);
  expect(node.ok).toBe(false);
  expect(node.problems!.map((p) => [p.code, p.params.detail])).toEqual([
    ["notXlsx", "\u0001package.damaged\u0001: xl/worksheets/sheet1.xml cannot be decompressed"],
  ]);
  expect(await streamRead(damaged, limits)).toEqual(node);
});
