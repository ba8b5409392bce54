/**
 * opeval's own .xlsx writer (src/xlsx/spreadsheetml.ts) and its ZIP container (src/xlsx/zip.ts),
 * held to hand-written expectations read from the raw parts: what the one-layout test does not
 * cover — escaping, names, page breaks, freeze panes, what it refuses, and the container itself.
 */
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import type { SheetSpec } from "../../src/sheet/spec";
import { escapeXstring, writeXlsx } from "../../src/xlsx/spreadsheetml";
import { nonDocumentFeature } from "../../src/sheet/spec";
import { crc32, ZipWriter } from "../../src/xlsx/zip";
import { deflateRawNode, inflateRawNode } from "../../src/xlsx/deflate-node";
import { XlsxPackage, openWorkbook } from "../../src/xlsx/package";

async function parts(specs: SheetSpec[], options: Partial<Parameters<typeof writeXlsx>[1]> = {}) {
  const file = await writeXlsx(specs, { deflateRaw: deflateRawNode, ...options });
  const zip = await JSZip.loadAsync(file.bytes);
  const text = async (name: string) => (await zip.file(name)?.async("string")) ?? "";
  return { file, zip, text };
}

const form = (name: string, extra: Partial<SheetSpec> = {}): SheetSpec => ({
  name,
  kind: "form",
  rows: [["Қорытынды"]],
  ...extra,
});

describe("ZIP container", () => {
  it("computes the standard CRC-32 check value", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("writes entries another reader inflates back byte for byte, each once", async () => {
    const zip = new ZipWriter(deflateRawNode);
    const big = "ә".repeat(100_000);
    await zip.add("a.xml", "<a/>");
    await zip.add("dir/b.xml", big);
    await expect(zip.add("A.XML", "again")).rejects.toThrow("added twice");
    const read = await JSZip.loadAsync(zip.finish());
    expect(Object.keys(read.files)).toEqual(["a.xml", "dir/b.xml"]);
    expect(await read.file("a.xml")!.async("string")).toBe("<a/>");
    expect(await read.file("dir/b.xml")!.async("string")).toBe(big);
  });

  it("gives the same bytes for the same forms (a fixed date, no randomness)", async () => {
    const a = await writeXlsx([form("A")], { deflateRaw: deflateRawNode });
    const b = await writeXlsx([form("A")], { deflateRaw: deflateRawNode });
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });
});

describe("SpreadsheetML writer", () => {
  it("keeps text as text: formula-like strings, _xHHHH_ look-alikes, control characters, spaces", async () => {
    const rows = [['=HYPERLINK("x")', "_x0041_", "a\u0001b", " lead", "line\nbreak", '<&>"']];
    const { text } = await parts([form("T", { rows })]);
    const sheet = await text("xl/worksheets/sheet1.xml");
    expect(sheet).not.toContain("<f>");
    expect(
      [...sheet.matchAll(/<c r="([A-F]1)"[^>]* t="s"><v>(\d+)<\/v><\/c>/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      ["A1", "0"],
      ["B1", "1"],
      ["C1", "2"],
      ["D1", "3"],
      ["E1", "4"],
      ["F1", "5"],
    ]);
    const sst = await text("xl/sharedStrings.xml");
    expect([...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1])).toEqual([
      "<t>=HYPERLINK(&quot;x&quot;)</t>",
      "<t>_x005F_x0041_</t>",
      "<t>a_x0001_b</t>",
      '<t xml:space="preserve"> lead</t>',
      '<t xml:space="preserve">line\nbreak</t>',
      "<t>&lt;&amp;&gt;&quot;</t>",
    ]);
    expect(sst).toContain('count="6" uniqueCount="6"');
    expect(escapeXstring("a_x00e9_b_x1_")).toBe("a_x005F_x00e9_b_x1_");
  });

  it("stores a string repeated across sheets once", async () => {
    const { text } = await parts([form("A"), form("B"), form("C", { rows: [["Қорытынды", "Басқа"]] })]);
    const sst = await text("xl/sharedStrings.xml");
    expect(sst).toContain('count="4" uniqueCount="2"');
    for (const n of [1, 2, 3])
      expect(await text(`xl/worksheets/sheet${n}.xml`)).toContain('<c r="A1" s="1" t="s"><v>0</v></c>');
  });

  it("writes numbers and booleans as values and leaves non-finite numbers out", async () => {
    const { text } = await parts([form("N", { rows: [[1.5, -0, true, false, Number.NaN, 1e-7]] })]);
    const sheet = await text("xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<c r="A1" s="1"><v>1.5</v></c>');
    expect(sheet).toContain('<c r="B1" s="1"><v>0</v></c>');
    expect(sheet).toContain('<c r="C1" s="1" t="b"><v>1</v></c>');
    expect(sheet).toContain('<c r="D1" s="1" t="b"><v>0</v></c>');
    expect(sheet).toContain('<c r="E1" s="1"/>');
    expect(sheet).toContain('<c r="F1" s="1"><v>1e-7</v></c>');
  });

  it("names sheets uniquely against each other and the workbook they will join", async () => {
    const { file, text } = await parts([form("Форма"), form("форма"), form("a/b:c")], {
      existingNames: ["ФОРМА (2)", "Data"],
    });
    expect(file.names).toEqual(["Форма", "форма (3)", "a b c"]);
    expect((await text("xl/workbook.xml")).match(/<sheet name="[^"]*"/g)).toEqual([
      '<sheet name="Форма"',
      '<sheet name="форма (3)"',
      '<sheet name="a b c"',
    ]);
  });

  it("writes print areas and titles as Excel's names with the sheet quoted, or none when asked", async () => {
    const print = {
      orientation: "portrait" as const,
      paper: "A4" as const,
      fitToWidth: true,
      printArea: "A1:F55",
      printTitleRows: "2:3",
      rowBreaks: [27, 43],
      margins: { left: 0.9, right: 0.5, top: 0.6, bottom: 0.6 },
    };
    const specs = [form("Plain", { print }), form("o'zb-3 kk", { print })];
    const workbook = await (await parts(specs)).text("xl/workbook.xml");
    expect(
      [...workbook.matchAll(/<definedName name="([^"]*)" localSheetId="(\d)">([^<]*)</g)].map((m) =>
        m.slice(1),
      ),
    ).toEqual([
      ["_xlnm.Print_Area", "0", "Plain!$A$1:$F$55"],
      ["_xlnm.Print_Titles", "0", "Plain!$2:$3"],
      ["_xlnm.Print_Area", "1", "'o''zb-3 kk'!$A$1:$F$55"],
      ["_xlnm.Print_Titles", "1", "'o''zb-3 kk'!$2:$3"],
    ]);
    const without = await parts(specs, { printNames: false });
    expect(await without.text("xl/workbook.xml")).not.toContain("definedName");
    const sheet = await without.text("xl/worksheets/sheet2.xml");
    expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(sheet).toContain(
      '<pageMargins left="0.9" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>',
    );
    expect(sheet).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(sheet).toContain(
      '<rowBreaks count="2" manualBreakCount="2"><brk id="27" max="16383" man="1"/><brk id="43" max="16383" man="1"/></rowBreaks>',
    );
  });

  it("writes widths, heights, hidden rows, tab colour and frozen panes in the schema's order", async () => {
    const spec = form("L", {
      rows: [["a", "b", "c", "d"]],
      columnWidths: [10, 10, 0, 24],
      rowHeights: { 1: 30, 4: 12 },
      hiddenRows: [2],
      tabColor: "#c00000",
      freeze: { rows: 1, columns: 2 },
    });
    const sheet = await (await parts([spec])).text("xl/worksheets/sheet1.xml");
    expect(sheet).toContain('<sheetPr><tabColor rgb="FFC00000"/></sheetPr><dimension ref="A1:D4"/>');
    expect(sheet).toContain(
      '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
    );
    expect(sheet).toContain(
      '<cols><col min="1" max="2" width="10" customWidth="1"/><col min="4" max="4" width="24" customWidth="1"/></cols>',
    );
    expect(sheet.match(/<row [^>]*>/g)).toEqual([
      '<row r="1" ht="30" customHeight="1">',
      '<row r="2" hidden="1">',
      '<row r="4" ht="12" customHeight="1">',
    ]);
    const order = ["<sheetPr", "<dimension", "<sheetViews", "<sheetFormatPr", "<cols", "<sheetData"];
    // No print setup: no margins either (Excel's defaults, as a missing element means).
    expect(sheet).not.toContain("<pageMargins");
    const at = order.map((tag) => sheet.indexOf(tag));
    expect(at.every((p, i) => p >= 0 && (i === 0 || p > at[i - 1]!))).toBe(true);
  });

  it("maps the layout's styles: vertical middle is OOXML's center, input cells unlocked", async () => {
    const spec = form("S", {
      rows: [["x", "y"]],
      styles: [
        {
          range: "A1",
          style: { vAlign: "middle", hAlign: "right", indent: 1, fill: "#ffeeaa", color: "#112233" },
        },
        { range: "B1", style: { input: true, numberFormat: "dd.mm.yyyy" } },
      ],
    });
    const styles = await (await parts([spec])).text("xl/styles.xml");
    const xfs = /<cellXfs count="3">(.*)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*?(\/>|>.*?<\/xf>)/g)!;
    expect(xfs[1]).toContain('<alignment horizontal="right" vertical="center" indent="1"/>');
    expect(xfs[1]).toContain('fillId="2"');
    expect(xfs[2]).toContain('numFmtId="164"');
    expect(xfs[2]).toContain('<protection locked="0"/>');
    expect(styles).toContain('<numFmt numFmtId="164" formatCode="dd.mm.yyyy"/>');
    expect(styles).toContain(
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFEEAA"/></patternFill></fill>',
    );
    expect(styles).toContain(
      '<fill><patternFill patternType="solid"><fgColor rgb="FFFFF2CC"/></patternFill></fill>',
    );
    expect(styles).toContain('<color rgb="FF112233"/><name val="Times New Roman"/>');
    // The Normal font (the unit of column widths) stays Excel's.
    expect(/<fonts count="\d+"><font><sz val="11"\/><name val="Calibri"\/><\/font>/.test(styles)).toBe(true);
  });

  it("refuses sheets that are not documents, naming the sheet and the feature", async () => {
    const cases: [Partial<SheetSpec>, string][] = [
      [{ formulas: [{ address: "A1", formula: "=1" }] }, "formulas"],
      [{ tables: [{ name: "T", range: "A1:A2" }] }, "tables"],
      [{ validations: [{ range: "A1", rule: { type: "date" } }] }, "validations"],
    ];
    for (const [extra, feature] of cases) {
      expect(nonDocumentFeature(form("X", extra))).toBe(feature);
      await expect(writeXlsx([form("X", extra)], { deflateRaw: deflateRawNode })).rejects.toThrow(
        `sheet "X" has ${feature}`,
      );
    }
    await expect(writeXlsx([], { deflateRaw: deflateRawNode })).rejects.toThrow("at least one sheet");
  });

  it("is read back by opeval's own package reader (a different ZIP and XML reader)", async () => {
    const { file } = await parts([
      form("A", {
        rows: [
          ["x", 2],
          [null, "_x0041_"],
        ],
      }),
      form("B"),
    ]);
    const pkg = new XlsxPackage(Buffer.from(file.bytes), inflateRawNode);
    const book = openWorkbook(pkg);
    expect(book.sheets.map((s) => s.name)).toEqual(["A", "B"]);
    expect(inflateRawSync(deflateRawNode(Buffer.from("x")) as Buffer).toString()).toBe("x");
  });
});
