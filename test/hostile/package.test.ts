/**
 * Hostile workbooks, round 2 (issue 22, items 1, 5, 7, 9, 10, 12): formulas stored without a
 * computed value, rows out of order, damaged archives (a repeated entry name, a CRC that does not
 * match), numbers Excel never writes, an OpenDocument file renamed .xlsx, and small files that
 * once took minutes (an `<si>` that never closes, a huge word in workbook.xml, one part named by
 * many sheets). The crafted files are edits of the sample workbook, built here and deleted after.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { PackageError, XlsxPackage } from "../../src/xlsx/package";
import { inflateRawNode } from "../../src/xlsx/deflate-node";
import { parseDecimal } from "../../src/sheet/xml-scan";
import { scratchFolder } from "../helpers/scratch";
import { ROOT, runCommand } from "../helpers/cli";
import { editPackage } from "./craft";

const SAMPLE_XLSX = join(ROOT, "samples", "assessment-sample.xlsx");
/** The sample's parts these tests edit (checked by the first test). */
const SERVICES = "xl/worksheets/sheet5.xml"; // Қызметтер, opeval_Services A3:H50
const SETTINGS = "xl/worksheets/sheet3.xml"; // Баптаулар, opeval_Settings A3:C25
const OPENNESS = "xl/worksheets/sheet9.xml"; // Ашықтық, opeval_Openness A3:I1726

const scratch = scratchFolder("hostile-pkg");
const save = scratch.save;
let sample: Buffer;
let scoredSample: string;

beforeAll(async () => {
  sample = readFileSync(SAMPLE_XLSX);
  const run = await runCommand(["score", SAMPLE_XLSX]);
  expect(run.code).toBe(0);
  scoredSample = run.stdout;
});

/** The sample with one part's text edited; the edit must change something. */
async function editPart(part: string, edit: (xml: string) => string) {
  const zip = await JSZip.loadAsync(sample);
  const xml = await zip.file(part)!.async("string");
  const edited = edit(xml);
  expect(edited).not.toBe(xml);
  zip.file(part, edited);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Replaces cell `address` (its whole `<c>` element) with `cell`. */
const replaceCell = (address: string, cell: string) => (xml: string) =>
  xml.replace(new RegExp(`<c r="${address}"[^>]*?(/>|>.*?</c>)`), cell);

test("the sample's cells these tests edit are where they expect them", async () => {
  const zip = await JSZip.loadAsync(sample);
  const services = await zip.file(SERVICES)!.async("string");
  expect(services).toContain('<c r="C4" s="13"><v>3727410</v></c>');
  expect(services).toContain('<c r="D4" s="13"><v>248</v></c>');
  expect(await zip.file(SETTINGS)!.async("string")).toContain('<c r="C6" s="11"><v>1</v></c>');
  expect(await zip.file(OPENNESS)!.async("string")).toContain('<c r="D4" s="11"><v>1</v></c>');
  expect(await zip.file("xl/workbook.xml")!.async("string")).toContain(
    '<sheet sheetId="5" name="Қызметтер" state="visible" r:id="rId8"/>',
  );
});

describe("item 1: a formula without a computed value is an error at its cell", () => {
  const NO_VALUE =
    "the cell holds a formula without a computed value (the file was saved by a program that does not " +
    "compute formulas): open and save the file in Excel, or type the value";

  test.each([
    ["Services (a count)", SERVICES, "C4", '<c r="C4" s="13"><f>B4*0.5</f></c>', "Қызметтер"],
    ["Openness (a fulfilment)", OPENNESS, "D4", '<c r="D4" s="11"><f>1*1</f></c>', "Ашықтық"],
    ["Settings (a weight)", SETTINGS, "C6", '<c r="C6" s="11"><f>0.5+0.5</f></c>', "Баптаулар"],
    ["a text formula with no <v>", SERVICES, "C4", '<c r="C4" t="str"><f>"x"</f></c>', "Қызметтер"],
    ["an empty <v> of a number", SERVICES, "C4", '<c r="C4"><f>B4*0.5</f><v></v></c>', "Қызметтер"],
  ])("%s: exit 2 naming sheet and cell, nothing on stdout", async (_, part, cell, xml, sheet) => {
    const file = save("formula.xlsx", await editPart(part, replaceCell(cell, xml)));
    const run = await runCommand(["score", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`error: sheet ${sheet}!${cell}: ${NO_VALUE}\n`);
  });

  test("in Kazakh and Russian too", async () => {
    const file = save(
      "formula.xlsx",
      await editPart(SERVICES, replaceCell("C4", '<c r="C4"><f>B4*0.5</f></c>')),
    );
    const kk = await runCommand(["validate", file, "--lang", "kk"]);
    expect(kk.stderr).toContain("Қызметтер!C4: ұяшықта есептелген мәні жоқ формула тұр");
    const ru = await runCommand(["validate", file, "--lang", "ru"]);
    expect(ru.stderr).toContain("Қызметтер!C4: в ячейке формула без вычисленного значения");
  });

  test("a formula with its cached value reads that value: the same scores", async () => {
    const file = save(
      "cached.xlsx",
      await editPart(SERVICES, replaceCell("C4", '<c r="C4" s="13"><f>B4*0.5</f><v>3727410</v></c>')),
    );
    const run = await runCommand(["score", file]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(scoredSample);
  });
});

test("item 5: a row beyond the table before the table's rows: the table is read whole", async () => {
  const beyond = '<row r="60"><c r="A60" t="inlineStr"><is><t>after the table</t></is></c></row>';
  const file = save(
    "rows-out-of-order.xlsx",
    await editPart(SERVICES, (xml) => xml.replace(/<row /, `${beyond}<row `)),
  );
  const run = await runCommand(["score", file]);
  expect(run.stderr).toBe("");
  expect(run.stdout).toBe(scoredSample);
});

describe("item 9: a damaged archive is a damaged file (exit 2)", () => {
  test("an entry name repeated in the ZIP directory", async () => {
    // Two entries whose names differ in one byte, then made equal in every header.
    const zip = await JSZip.loadAsync(sample);
    zip.file("xl/worksheets/sheet5.xmX", await zip.file(SERVICES)!.async("uint8array"));
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const name = Buffer.from("xl/worksheets/sheet5.xmX");
    for (let at = bytes.indexOf(name); at >= 0; at = bytes.indexOf(name, at + 1))
      bytes[at + name.length - 1] = "l".charCodeAt(0);
    const file = save("duplicate.xlsx", bytes);
    const run = await runCommand(["score", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `error: ${file}: the file is not an .xlsx workbook (damaged: the ZIP archive holds ${SERVICES} twice)\n`,
    );
  });

  test("a part whose bytes do not match its CRC-32 (a value changed after writing)", async () => {
    // Stored, not deflated, so that a value can be changed in place (as a hex editor would).
    const zip = await JSZip.loadAsync(sample);
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
    const cell = Buffer.from('<c r="D4" s="13"><v>248</v></c>');
    const at = bytes.indexOf(cell);
    expect(at).toBeGreaterThan(0);
    bytes.write('<c r="D4" s="13"><v>999</v></c>', at);
    const file = save("crc.xlsx", bytes);
    const run = await runCommand(["score", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `error: ${file}: the file is not an .xlsx workbook (damaged: ${SERVICES} does not match its checksum (CRC-32))\n`,
    );
  });
});

describe("item 10: only decimal numbers as Excel writes them", () => {
  test("<v>0x149</v> in a count is not 329: text in a number cell, at its cell", async () => {
    const file = save(
      "hex.xlsx",
      await editPart(SERVICES, replaceCell("D4", '<c r="D4" s="13"><v>0x149</v></c>')),
    );
    const run = await runCommand(["score", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toMatch(/^error: sheet Қызметтер!D4 .*"0x149"/);
  });

  test("parseDecimal: sign, digits, point, exponent; nothing else", () => {
    const accepted: [string, number][] = [
      ["248", 248],
      ["-0.5", -0.5],
      ["+3", 3],
      [".25", 0.25],
      ["1.", 1],
      ["1.5E+3", 1500],
      ["2e-2", 0.02],
    ];
    for (const [text, n] of accepted) expect([text, parseDecimal(text)]).toEqual([text, n]);
    const refused = [
      "0x149",
      "0b1",
      "0o7",
      " 12",
      "12 ",
      "",
      "Infinity",
      "NaN",
      "1_000",
      "+",
      ".",
      "1e",
      "1e400",
      "١٢",
    ];
    for (const text of refused) expect([text, parseDecimal(text)]).toEqual([text, undefined]);
    expect(accepted.length + refused.length).toBe(21);
  });
});

test("item 12: an OpenDocument spreadsheet renamed .xlsx says so", async () => {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", '<?xml version="1.0"?><office:document-content/>');
  zip.file("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest/>');
  const file = save("renamed.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  const run = await runCommand(["score", file]);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr).toBe(
    `error: ${file}: the file is an OpenDocument spreadsheet (.ods), not an .xlsx workbook: open it and save it as an Excel workbook (.xlsx)\n`,
  );
});

describe("item 7: small files that took minutes", () => {
  test("shared strings whose <si> never closes: damaged, at once", async () => {
    const file = save(
      "si-open.xlsx",
      await editPart("xl/sharedStrings.xml", (xml) =>
        xml.replace(/<si>[\s\S]*<\/sst>/, `${"<si><t>x</t>".repeat(40_000)}</sst>`),
      ),
    );
    const run = await runCommand(["score", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /^error: .*damaged: xl\/sharedStrings\.xml: <si> at offset \d+ never ends\)\n$/,
    );
  });

  test("a 300,000-character word inside <sheet …> of workbook.xml: read as usual", async () => {
    const file = save(
      "long-word.xlsx",
      await editPart("xl/workbook.xml", (xml) =>
        xml.replace(
          'name="Қызметтер" state="visible"',
          `name="Қызметтер" ${"w".repeat(300_000)} state="visible"`,
        ),
      ),
    );
    const run = await runCommand(["score", file]);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe(scoredSample);
  });

  test("one sheet part named by 50 <sheet> entries: an error, not 50 readings", async () => {
    const file = save(
      "one-part-many-sheets.xlsx",
      await editPackage(sample, async (zip) => {
        const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
        const target = /Id="rId8"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="rId8"/.exec(rels)!;
        const extra = Array.from(
          { length: 49 },
          (_, i) =>
            `<Relationship Id="rDup${i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${target[1] ?? target[2]}"/>`,
        ).join("");
        zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `${extra}</Relationships>`));
        const xml = await zip.file("xl/workbook.xml")!.async("string");
        const sheets = Array.from(
          { length: 49 },
          (_, i) => `<sheet sheetId="${100 + i}" name="Copy ${i}" r:id="rDup${i}"/>`,
        );
        zip.file("xl/workbook.xml", xml.replace("</sheets>", `${sheets.join("")}</sheets>`));
      }),
    );
    const run = await runCommand(["score", file]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `error: ${file}: the file is not an .xlsx workbook (damaged: sheets "Қызметтер" and "Copy 0" both name the part ${SERVICES}; each sheet has its own)\n`,
    );
  });

  test("the bytes all parts unpack to are capped per file, each part unpacked once", async () => {
    const zip = new JSZip();
    for (const part of ["a.xml", "b.xml", "c.xml"]) zip.file(part, " ".repeat(400));
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    const pkg = new XlsxPackage(bytes, inflateRawNode, { partBytes: 500, packageBytes: 1_000 });
    expect(pkg.text("a.xml")).toHaveLength(400);
    expect(pkg.text("b.xml")).toHaveLength(400);
    // a.xml again is the copy already unpacked: it does not count a second time.
    expect(pkg.text("a.xml")).toHaveLength(400);
    const third = (() => {
      try {
        pkg.text("c.xml");
      } catch (e) {
        return e;
      }
    })() as PackageError;
    expect([third.reason, third.message]).toEqual(["packageTooLarge", "c.xml"]);
  });
});
