/**
 * The check itself can fail: each defect it exists for, planted in a valid file, is reported, and
 * what a part declares ignorable is stripped as Excel does (an undeclared extension is an error).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { formulaRefs } from "./formula";
import { openPackage } from "./package";
import { ruleErrors } from "./rules";
import { schemaErrors } from "./schema";
import { stripIgnorable } from "./xml";

let dir: string;
let template: Buffer;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opeval-checker-"));
  const out = join(dir, "filled.xlsx");
  const code = await runCli(
    [
      "template",
      "--lang",
      "en",
      "--from",
      join(__dirname, "..", "..", "examples", "sample-cohort.json"),
      "--out",
      out,
    ],
    { stdout: () => undefined, stderr: () => undefined },
  );
  expect(code).toBe(0);
  template = readFileSync(out);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The template with one part changed by `edit`. */
async function planted(part: string, edit: (xml: string) => string) {
  const zip = await JSZip.loadAsync(template);
  const before = await zip.file(part)!.async("string");
  const after = edit(before);
  expect(after).not.toBe(before);
  zip.file(part, after);
  return openPackage(await zip.generateAsync({ type: "uint8array" }));
}

test("the unplanted file is clean (the planted defects below are the only errors)", async () => {
  const pkg = await openPackage(template);
  expect(schemaErrors(pkg, "clean")).toEqual([]);
  expect(ruleErrors(pkg, "clean").errors).toEqual([]);
});

test.each([
  [
    "a table read back as headerless keeps its autoFilter",
    "xl/tables/table1.xml",
    (x: string) => x.replace('headerRowCount="1"', 'headerRowCount="0"'),
    /headerRowCount="0" and an autoFilter/,
  ],
  [
    "a header cell differs from its column name",
    "xl/tables/table1.xml",
    (x: string) => x.replace(/(<tableColumn id="2" name=")[^"]*"/, '$1Renamed"'),
    /header cell .* names the column "Renamed"/,
  ],
  [
    "two columns of a table share a name",
    "xl/tables/table1.xml",
    (x: string) =>
      x.replace(
        /<tableColumn id="2" name="[^"]*"/,
        `<tableColumn id="2" name="${/<tableColumn id="1" name="([^"]*)"/.exec(x)![1]!}"`,
      ),
    /two columns named/,
  ],
  [
    "two validations over one cell",
    "xl/worksheets/sheet2.xml",
    (x: string) => x.replace('sqref="G4:G11"', 'sqref="F4:G11"'),
    /data validations over F4:F11 and F4:G11 overlap/,
  ],
  [
    "an inline validation list longer than 255 characters",
    "xl/worksheets/sheet2.xml",
    (x: string) =>
      x.replace(
        /<formula1>&quot;([^&]*)&quot;<\/formula1>/,
        `<formula1>&quot;$1,${"x".repeat(260)}&quot;</formula1>`,
      ),
    /list validation .* characters \(Excel allows 255\)/,
  ],
  [
    "a print range with an unescaped quote",
    "xl/workbook.xml",
    (x: string) => x.replace(/(<definedName [^>]*>)[^<]*/, "$1&apos;o&apos;zb&apos;!$$A$$1:$$F$$5"),
    /unescaped quote/,
  ],
  [
    "a print range not absolute",
    "xl/workbook.xml",
    (x: string) => x.replace(/(<definedName [^>]*>[^<]*!)\$(\d+):\$(\d+)/, "$1$2:$3"),
    /is not an absolute reference/,
  ],
])("reports %s", async (_, part, edit, message) => {
  const pkg = await planted(part, edit);
  const errors = ruleErrors(pkg, "planted").errors;
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.join("\n")).toMatch(message);
});

test("a structured reference to a missing column or table is reported", async () => {
  const zip = await JSZip.loadAsync(template);
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  let calc = "";
  for (const s of sheets)
    if ((await zip.file(s)!.async("string")).includes("opeval_Bodies[Body code]")) calc = s;
  const pkg = await planted(calc, (x) =>
    x
      .replace("opeval_Bodies[Body code]", "opeval_Bodie[Body code]")
      .replace("opeval_Bodies[Body type]", "opeval_Bodies[No such column]"),
  );
  const errors = ruleErrors(pkg, "planted").errors.join("\n");
  expect(errors).toMatch(/opeval_Bodie\[.* names no table/);
  expect(errors).toMatch(/has no column "No such column"/);
});

test("schemas: an undeclared extension attribute is an error, a declared-ignorable one is stripped", async () => {
  const bad = await planted("xl/worksheets/sheet2.xml", (x) =>
    x.replace("<sheetData>", '<sheetData bogus="1">'),
  );
  expect(schemaErrors(bad, "bad").join("\n")).toMatch(/sheet2\.xml: line \d+: .*bogus/);
  // sheet2 declares mc:Ignorable="x14ac": its attributes and elements are stripped before validation.
  const ignorable = await planted("xl/worksheets/sheet2.xml", (x) =>
    x
      .replace(/<row r="4"/, '<row x14ac:dyDescent="0.25" r="4"')
      .replace("<sheetData>", "<x14ac:any/><sheetData>"),
  );
  expect(schemaErrors(ignorable, "ignorable")).toEqual([]);
  const undeclared = await planted("xl/worksheets/sheet2.xml", (x) =>
    x.replace(' mc:Ignorable="x14ac"', "").replace(/<row r="4"/, '<row x14ac:dyDescent="0.25" r="4"'),
  );
  expect(schemaErrors(undeclared, "undeclared").join("\n")).toMatch(/dyDescent/);
});

test("stripIgnorable drops ignorable elements/attributes and xml:space, keeps the rest byte for byte", () => {
  const xml =
    '<a xmlns="urn:m" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:x" mc:Ignorable="x">' +
    '<b x:y="1" k="&lt;&apos;"><x:c>gone</x:c><t xml:space="preserve"> t </t></b></a>';
  expect(stripIgnorable(xml)).toBe(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<a xmlns="urn:m" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:x="urn:x">' +
      '<b k="&lt;&apos;"><t> t </t></b></a>',
  );
});

test("formulaRefs: quoted sheet names with '', strings skipped, structured references parsed", () => {
  const r = formulaRefs(
    `SUM('o''zb'!$A$1:$B$2)+T[[#This Row],[a'[b]]]+COUNTIFS(T[Col],"x'[y]!",U[@Other])+Plain!A1`,
  );
  expect(r.problems).toEqual([]);
  expect(r.sheets.map((s) => [s.sheet, s.quoted, s.address])).toEqual([
    ["o'zb", true, "$A$1:$B$2"],
    ["Plain", false, "A1"],
  ]);
  expect(r.structured.map((s) => [s.table, s.columns, s.items])).toEqual([
    ["T", ["a[b"], ["#This Row"]],
    ["T", ["Col"], []],
    ["U", ["Other"], ["#This Row"]],
  ]);
  expect(formulaRefs("'o'zb-3-kk'!$A$1").problems[0]).toMatch(/unescaped quote/);
});
