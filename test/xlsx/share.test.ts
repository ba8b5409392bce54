/**
 * `opeval share`: the values-only copy. Expectations are written by hand from the input files
 * (the cells' cached values as the sample holds them) and from what the copy must be: every
 * OPEVAL.* cell its value, every other part byte for byte, the calculation chain gone, and the
 * copy passing the project's schema check (test/ooxml).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { storedBytes, zipDirectory } from "../../src/sheet/zip-directory";
import { callsOpeval, MAX_ELEMENT_CHARS } from "../../src/xlsx/share-scan";
import { checkWrittenFile } from "../ooxml/check";
import { ANALYST_SHEET } from "../ooxml/excel-workbook";
import { excelShapedWithOpeval } from "./excel-shaped";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "assessment-sample.xlsx");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-share-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every part of a package, inflated, by name as stored. */
function parts(file: string): Map<string, Buffer> {
  const bytes = new Uint8Array(readFileSync(file));
  const out = new Map<string, Buffer>();
  for (const entry of zipDirectory(bytes).values()) {
    if (entry.name.endsWith("/")) continue; // a folder entry (jszip writes them): no part
    const stored = storedBytes(bytes, entry);
    out.set(entry.name, entry.method === 8 ? inflateRawSync(stored) : Buffer.from(stored));
  }
  return out;
}

async function share(input: string, out: string, extra: string[] = []) {
  let stdout = "";
  let stderr = "";
  const code = await runCli(["share", input, "--out", out, "--lang", "en", ...extra], {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  });
  return { code, stdout, stderr };
}

/** The `<f …>…</f>` elements of a sheet's XML, in order. */
function formulas(xml: string): string[] {
  const out: string[] = [];
  for (let at = xml.indexOf("<f"); at >= 0; at = xml.indexOf("<f", at + 1)) {
    if (!/^<f[ >/]/.test(xml.slice(at, at + 3))) continue;
    const tagEnd = xml.indexOf(">", at);
    const end = xml[tagEnd - 1] === "/" ? tagEnd + 1 : xml.indexOf("</f>", tagEnd) + 4;
    out.push(xml.slice(at, end));
  }
  return out;
}

function cell(xml: string, address: string): string {
  const at = xml.indexOf(`<c r="${address}"`);
  const tagEnd = xml.indexOf(">", at);
  return xml.slice(at, xml[tagEnd - 1] === "/" ? tagEnd + 1 : xml.indexOf("</c>", at) + 4);
}

describe("the sample", () => {
  let copy: string;
  let result: { code: number; stdout: string; stderr: string };
  beforeAll(async () => {
    copy = join(dir, "sample-copy.xlsx");
    result = await share(SAMPLE, copy);
  }, 60_000);

  test("exit 0, the count said on stdout, nothing on stderr", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    // 48 bodies × 28 OPEVAL cells on the Calculation sheet (counted in the sample by hand: grep).
    expect(result.stdout).toBe(`${copy}: 1344 OPEVAL cells written as values (Есептеу: 1344)\n`);
  });

  test("every OPEVAL cell is its value; exact cells by hand; every other formula untouched", () => {
    const before = parts(SAMPLE);
    const after = parts(copy);
    const sheet = "xl/worksheets/sheet17.xml";
    const a = before.get(sheet)!.toString("utf8");
    const b = after.get(sheet)!.toString("utf8");
    // Read from the sample: C4 =OPEVAL.BODY_TYPE(…) shows "central", AL4 =OPEVAL.EFFICIENCY_LEVEL(…) "орташа".
    expect(cell(a, "C4")).toMatch(
      /^<c r="C4" t="str" cm="1"><f t="array" ref="C4">_xldudf_OPEVAL_BODY_TYPE\(/,
    );
    expect(cell(b, "C4")).toBe('<c r="C4" t="inlineStr"><is><t>central</t></is></c>');
    expect(cell(b, "AL4")).toBe('<c r="AL4" t="inlineStr"><is><t>орташа</t></is></c>');
    const ak4 = /<v>([^<]*)<\/v><\/c>$/.exec(cell(a, "AK4"))![1];
    expect(cell(b, "AK4")).toBe(`<c r="AK4"><v>${ak4}</v></c>`);
    // D4 (XLOOKUP, no OPEVAL) is left as it was, cm and all.
    expect(cell(b, "D4")).toBe(cell(a, "D4"));
    const kept = formulas(a).filter((f) => !callsOpeval(f));
    expect(formulas(b)).toEqual(kept);
    expect(formulas(a).length - kept.length).toBe(1344);
    expect(b).not.toMatch(/_xldudf_/i);
    // Every other part byte for byte, none added or lost.
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before)
      if (name !== sheet) expect([name, after.get(name)!.equals(bytes)]).toEqual([name, true]);
  });

  test("the copy passes the schema check and the rules", async () => {
    const { schema, rules } = await checkWrittenFile(copy, "sample copy");
    expect(schema).toEqual([]);
    expect(rules.errors).toEqual([]);
    expect(rules.counted["tables"]).toBeGreaterThanOrEqual(10);
  }, 120_000);

  test("an existing output is refused without --force, and the input is never the output", async () => {
    const again = await share(SAMPLE, copy);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; use --force/);
    const same = await share(SAMPLE, SAMPLE, ["--force"]);
    expect(same.code).not.toBe(0);
    expect(same.stdout).toBe("");
  });
});

describe("an Excel-shaped workbook: shared groups, a calculated column, a defined name, the calculation chain", () => {
  let input: string;
  let copy: string;
  let result: { code: number; stdout: string; stderr: string };
  let sheetPart: string;
  let tablePart: string;
  beforeAll(async () => {
    input = join(dir, "excel-shaped.xlsx");
    copy = join(dir, "excel-shaped-copy.xlsx");
    writeFileSync(input, await excelShapedWithOpeval());
    const names = [...parts(input).keys()];
    const last = (re: RegExp) =>
      names
        .filter((n) => re.test(n))
        .sort((x, y) => Number(/\d+/.exec(x)![0]) - Number(/\d+/.exec(y)![0]))
        .pop()!;
    sheetPart = last(/^xl\/worksheets\/sheet\d+\.xml$/);
    tablePart = last(/^xl\/tables\/table\d+\.xml$/);
    result = await share(input, copy);
  }, 60_000);

  test("the input passes the schema check itself (the fixture is a valid workbook)", async () => {
    const { schema, rules } = await checkWrittenFile(input, "excel-shaped input");
    expect(schema).toEqual([]);
    expect(rules.errors).toEqual([]);
  }, 120_000);

  test("what was removed or kept is reported, each once, and the copy is written", () => {
    expect(result.code).toBe(0);
    expect(result.stderr.split("\n").filter(Boolean).sort()).toEqual(
      [
        "warning: the defined name OpevalLevel calls OPEVAL.*: kept in the copy; in Excel without the add-in, a formula using it shows #NAME? once recalculated",
        'warning: AnalystNotes: the calculated column formula of column "Double" of table AnalystNotes calls OPEVAL.*: removed in the copy (the column\'s cells keep their values)',
        `warning: ${ANALYST_SHEET}: a conditional formatting rule over A2:A4 calls OPEVAL.*: removed in the copy (without the add-in it would never apply)`,
        `warning: ${ANALYST_SHEET}: a data validation over B2:B4 calls OPEVAL.*: removed in the copy (without the add-in its formula is an error)`,
      ].sort(),
    );
    // The sample's Calculation sheet (1344), and here C2:C4, D2:D4 (a whole shared group) and G2.
    expect(result.stdout).toBe(
      `${copy}: 1351 OPEVAL cells written as values (Есептеу: 1344, ${ANALYST_SHEET}: 7)\n`,
    );
  });

  test("cells by hand: the OPEVAL group as values, the other group and the SORT spill untouched", () => {
    const b = parts(copy).get(sheetPart)!.toString("utf8");
    expect(cell(b, "C2")).toBe('<c r="C2"><v>14</v></c>');
    expect(cell(b, "C4")).toBe('<c r="C4"><v>10</v></c>');
    expect(cell(b, "D2")).toBe('<c r="D2"><v>70</v></c>');
    expect(cell(b, "D3")).toBe('<c r="D3"><v>30</v></c>');
    expect(cell(b, "D4")).toBe('<c r="D4"><v>40</v></c>');
    expect(cell(b, "F2")).toBe('<c r="F2"><f t="shared" ref="F2:F4" si="1">B2+1</f><v>8</v></c>');
    expect(cell(b, "F3")).toBe('<c r="F3"><f t="shared" si="1"/><v>3</v></c>');
    expect(cell(b, "G2")).toBe('<c r="G2" t="inlineStr"><is><t xml:space="preserve"> high </t></is></c>');
    expect(cell(b, "E1")).toBe(
      '<c r="E1" cm="1"><f t="array" ref="E1:E3">_xlfn._xlws.SORT(B2:B4)</f><v>3</v></c>',
    );
    expect(b).toContain('<conditionalFormatting sqref="B2:B4"><cfRule type="colorScale"');
    expect(b).not.toContain("<dataValidations");
    expect(b).not.toMatch(/opeval/i);
  });

  test("the chain is gone with its Override and relationship; the table keeps its columns; the rest byte for byte", () => {
    const before = parts(input);
    const after = parts(copy);
    expect(after.has("xl/calcChain.xml")).toBe(false);
    expect(after.get("[Content_Types].xml")!.toString()).toBe(
      before
        .get("[Content_Types].xml")!
        .toString()
        .replace(
          '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
          "",
        ),
    );
    expect(after.get("xl/_rels/workbook.xml.rels")!.toString()).toBe(
      before
        .get("xl/_rels/workbook.xml.rels")!
        .toString()
        .replace(
          '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
          "",
        ),
    );
    expect(after.get(tablePart)!.toString()).toBe(
      before
        .get(tablePart)!
        .toString()
        .replace(
          "<calculatedColumnFormula>_xldudf_OPEVAL_DOUBLE(AnalystNotes[[#This Row],[Amount]])</calculatedColumnFormula>",
          "",
        ),
    );
    const changed = new Set([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      tablePart,
      sheetPart,
      "xl/worksheets/sheet17.xml", // the sample's Calculation sheet
      "xl/calcChain.xml",
    ]);
    let same = 0;
    for (const [name, bytes] of before)
      if (!changed.has(name)) {
        expect([name, after.get(name)?.equals(bytes)]).toEqual([name, true]);
        same++;
      }
    expect(same).toBe(before.size - changed.size);
  });

  test("the copy passes the schema check and the rules", async () => {
    const { schema, rules } = await checkWrittenFile(copy, "excel-shaped copy");
    expect(schema).toEqual([]);
    expect(rules.errors).toEqual([]);
  }, 120_000);
});

/** A one-sheet package around `sheetData` (the smallest workbook the copy accepts). */
async function oneSheet(sheetData: string): Promise<Buffer> {
  const zip = new JSZip();
  const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

describe("hostile input", () => {
  test("an OPEVAL cell without a value, or saved as #NAME?, is named at its cell; nothing is written", async () => {
    const input = join(dir, "no-value.xlsx");
    const out = join(dir, "no-value-copy.xlsx");
    writeFileSync(
      input,
      await oneSheet(
        '<row r="1"><c r="A1"><f>_xldudf_OPEVAL_SCORE(1)</f></c><c r="B1"><f>_xldudf_OPEVAL_SCORE(2)</f><v></v></c>' +
          '<c r="C1" t="e"><f>_xldudf_OPEVAL_SCORE(3)</f><v>#NAME?</v></c><c r="D1"><f>SUM(1,2)</f></c></row>',
      ),
    );
    const r = await share(input, out);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toEqual([
      "error: sheet Data!A1: the formula calls OPEVAL.* but the file holds no calculated value for it: open the workbook in Excel with the add-in, let it calculate, save it, and share again",
      "error: sheet Data!B1: the formula calls OPEVAL.* but the file holds no calculated value for it: open the workbook in Excel with the add-in, let it calculate, save it, and share again",
      "error: sheet Data!C1: the formula calls OPEVAL.* and was saved showing #NAME? (the add-in was not loaded): open the workbook in Excel with the add-in, repair the cell (re-enter its formula), save it, and share again",
    ]);
    expect(existsSync(out)).toBe(false);
  });

  test("a damaged part (CRC) is refused, naming the part; a text that only mentions OPEVAL is no call", async () => {
    const good = await oneSheet(
      '<row r="1"><c r="A1" t="str"><f>"OPEVAL.SCORE(1)"&amp;"_xldudf_OPEVAL_X"</f><v>x</v></c></row>',
    );
    const input = join(dir, "literal.xlsx");
    writeFileSync(input, good);
    const ok = await share(input, join(dir, "literal-copy.xlsx"));
    expect(ok.stdout).toMatch(/: 0 OPEVAL cells written as values\n$/);
    // Flip one byte of the sheet's recorded CRC in the local header.
    const bad = Buffer.from(good);
    const entry = zipDirectory(new Uint8Array(bad)).get("xl/worksheets/sheet1.xml")!;
    bad[entry.localOffset + 14] = bad[entry.localOffset + 14]! ^ 0xff;
    writeFileSync(join(dir, "crc.xlsx"), bad);
    const r = await share(join(dir, "crc.xlsx"), join(dir, "crc-copy.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: ${join(dir, "crc.xlsx")}: the file is not an .xlsx workbook (damaged: xl/worksheets/sheet1.xml)\n`,
    );
    expect(existsSync(join(dir, "crc-copy.xlsx"))).toBe(false);
  });

  test("a huge sheet streams: 200,000 OPEVAL cells, each its value", async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 100_000; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}"><f>_xldudf_OPEVAL_SCORE(${r})</f><v>${r}.5</v></c><c r="B${r}" t="str"><f>_xldudf_OPEVAL_LEVEL(A${r})</f><v>L${r % 7}</v></c><c r="C${r}"><f>A${r}*2</f><v>${2 * r + 1}</v></c></row>`,
      );
    const input = join(dir, "huge.xlsx");
    const out = join(dir, "huge-copy.xlsx");
    writeFileSync(input, await oneSheet(rows.join("")));
    const r = await share(input, out);
    expect(r.stdout).toBe(`${out}: 200000 OPEVAL cells written as values (Data: 200000)\n`);
    const xml = parts(out).get("xl/worksheets/sheet1.xml")!.toString("utf8");
    expect(cell(xml, "A99999")).toBe('<c r="A99999"><v>99999.5</v></c>');
    expect(cell(xml, "B100000")).toBe('<c r="B100000" t="inlineStr"><is><t>L5</t></is></c>');
    expect(cell(xml, "C100000")).toBe('<c r="C100000"><f>A100000*2</f><v>200001</v></c>');
    expect(formulas(xml)).toHaveLength(100_000);
  }, 120_000);

  test("one element over the cap is refused, not held", async () => {
    const input = join(dir, "element.xlsx");
    writeFileSync(
      input,
      await oneSheet(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>${"x".repeat(MAX_ELEMENT_CHARS + 10)}</t></is></c></row>`,
      ),
    );
    const r = await share(input, join(dir, "element-copy.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `error: Data: an element of xl/worksheets/sheet1.xml is over ${MAX_ELEMENT_CHARS} characters: the file is damaged or not an Excel workbook\n`,
    );
  }, 60_000);
});

test("a file that is no ZIP archive is refused in words, nothing written", async () => {
  const input = join(dir, "not-a-zip.xlsx");
  writeFileSync(input, "opeval: not a workbook");
  const r = await share(input, join(dir, "not-a-zip-copy.xlsx"));
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(`error: ${input}: the file is not an .xlsx workbook (not a ZIP package)\n`);
  expect(existsSync(join(dir, "not-a-zip-copy.xlsx"))).toBe(false);
});

test("a shared-formula member before its master (no file Excel saves) is refused at the member", async () => {
  const input = join(dir, "member-first.xlsx");
  writeFileSync(
    input,
    await oneSheet(
      '<row r="1"><c r="A1"><f t="shared" si="0"/><v>1</v></c><c r="B1"><f t="shared" ref="A1:B1" si="0">_xldudf_OPEVAL_SCORE(1)</f><v>2</v></c></row>',
    ),
  );
  const r = await share(input, join(dir, "member-first-copy.xlsx"));
  expect(r.code).toBe(2);
  expect(r.stderr).toBe(
    "error: sheet Data!A1: a cell of shared formula group 0 comes before the cell holding the group's formula: the file was not saved by Excel; open and save it in Excel, then share again\n",
  );
});
