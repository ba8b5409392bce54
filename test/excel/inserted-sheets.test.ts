/**
 * The model of insertWorksheetsFromBase64 (src/excel/excel-model/inserted-sheets.ts) held to hand-written
 * expectations: files built from hand-made SheetSpecs by each writer (exceljs, opeval's own
 * SpreadsheetML writer with and without print names), packages written by hand (every construct the
 * reader decodes), the parts Excel on the web refuses, and the real annex forms (exact cells of one;
 * the layout of every cell of two bodies' forms as the pane's file holds them). The defined names a
 * file carries are reported and never applied.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { SheetSpec } from "../../src/sheet/spec";
import { resolveCellStyles, type ResolvedStyle } from "../../src/sheet/cell-styles";
import { addSheetsToWorkbook, workbookBytes } from "../../src/xlsx/writeSheets";
import { writeXlsx } from "../../src/xlsx/spreadsheetml";
import { deflateRawNode } from "../../src/xlsx/deflate-node";
import { evaluate } from "../../src/evaluate";
import { buildConclusionForms, buildConclusionSheets } from "../../src/forms/index";
import {
  InsertWorksheetsError,
  decodeBase64,
  inflateRawStream,
  readInsertedSheets,
  readInsertedSheetsSync,
  unescapeXstring,
  type InsertedWorkbook,
} from "../../src/excel/excel-model/inserted-sheets";

const inflate = async (data: Uint8Array) => inflateRawSync(data);

async function exceljsFile(specs: SheetSpec[], edit?: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  await addSheetsToWorkbook(workbook, specs);
  edit?.(workbook);
  return workbookBytes(workbook);
}

const insert = (bytes: Uint8Array): Promise<InsertedWorkbook> =>
  readInsertedSheets(Buffer.from(bytes).toString("base64"), inflate);

/** Times New Roman 11, nothing else: the style every value cell gets from the layout. */
const PLAIN: ResolvedStyle = {
  font: "Times New Roman",
  size: 11,
  bold: false,
  italic: false,
  underline: false,
  wrap: false,
  indent: 0,
  borders: [],
  locked: true,
};

const FORM: SheetSpec = {
  name: "Форма",
  kind: "form",
  rows: [
    ["Қорытынды", null, null],
    ["a", "b", "c"],
    ["1", "=SUM(1)", 1.5],
    ["Қолы", null, true],
    [],
    ["_x0041_ қалады", null, 0],
  ],
  merges: ["A1:C1", "A4:B4"],
  styles: [
    { range: "A1:C6", style: { vAlign: "top" } },
    { range: "A1:C1", style: { bold: true, size: 14, hAlign: "center", wrap: true } },
    { range: "A2:C2", style: { border: "outline", italic: true, color: "#1F3864" } },
    { range: "C3:C4", style: { border: "all", numberFormat: "0.00" } },
    { range: "B6:C6", style: { input: true, indent: 1, underline: true } },
  ],
  columnWidths: [10, 0, 12.5],
  rowHeights: { 1: 30, 3: 18.75 },
  hiddenRows: [8],
  tabColor: "#00B050",
  freeze: { rows: 2, columns: 1 },
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    margins: { left: 0.9, right: 0.5, top: 0.6, bottom: 0.7 },
    printTitleRows: "1:2",
    printArea: "A1:C6",
    rowBreaks: [3],
  },
};

const SECOND: SheetSpec = {
  name: "Bodies' list",
  kind: "form",
  rows: [["x", 2]],
  print: { orientation: "portrait", paper: "A4", fitToWidth: false, printArea: "A1:B1" },
};

/** A writer of .xlsx files and what only it does to FORM and SECOND (all else is the same). */
interface WriterCase {
  writer: string;
  write(specs: SheetSpec[]): Promise<Uint8Array>;
  /** Styled cells beyond the layout's 3 × 6 of FORM. */
  extraStyles: Record<string, ResolvedStyle>;
  definedNames: InsertedWorkbook["definedNames"];
}

const WRITERS: WriterCase[] = [
  {
    writer: "exceljs",
    write: (specs) => exceljsFile(specs),
    // exceljs gives an empty hidden row one plain cell so that the row is written at all.
    extraStyles: { "8:1": PLAIN },
    definedNames: [
      { name: "_xlnm.Print_Titles", localSheet: "Форма", ref: "Форма!$1:$2" },
      { name: "_xlnm.Print_Area", localSheet: "Форма", ref: "Форма!$A$1:$C$6" },
      { name: "_xlnm.Print_Area", localSheet: "Bodies' list", ref: "'Bodies'' list'!$A$1:$B$1" },
    ],
  },
  {
    writer: "SpreadsheetML",
    write: async (specs) => (await writeXlsx(specs, { deflateRaw: deflateRawNode })).bytes,
    // An empty hidden row is written as a row without cells.
    extraStyles: {},
    definedNames: [
      { name: "_xlnm.Print_Area", localSheet: "Форма", ref: "Форма!$A$1:$C$6" },
      { name: "_xlnm.Print_Titles", localSheet: "Форма", ref: "Форма!$1:$2" },
      { name: "_xlnm.Print_Area", localSheet: "Bodies' list", ref: "'Bodies'' list'!$A$1:$B$1" },
    ],
  },
  {
    writer: "SpreadsheetML (the pane's insert: no print names)",
    write: async (specs) => (await writeXlsx(specs, { deflateRaw: deflateRawNode, printNames: false })).bytes,
    extraStyles: {},
    definedNames: [],
  },
];

describe.each(WRITERS)("readInsertedSheets over the $writer writer's files", (w) => {
  let book: InsertedWorkbook;
  beforeAll(async () => {
    book = await insert(await w.write([FORM, SECOND]));
  });

  it("inserts every worksheet in workbook order with its values from A1", () => {
    expect(book.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Форма", "visible"],
      ["Bodies' list", "visible"],
    ]);
    const form = book.sheets[0]!;
    // Rows end at their last value; text that looks like a formula or an escape stays text.
    expect(form.cells).toEqual([
      ["Қорытынды"],
      ["a", "b", "c"],
      ["1", "=SUM(1)", 1.5],
      ["Қолы", null, true],
      [],
      ["_x0041_ қалады", null, 0],
    ]);
    expect(form.formulas).toEqual([]);
    expect(book.sheets[1]!.cells).toEqual([["x", 2]]);
  });

  it("keeps merges, widths, heights, hidden rows, tab colour and frozen panes", () => {
    const form = book.sheets[0]!;
    expect(form.merges).toEqual(["A1:C1", "A4:B4"]);
    expect(form.columnWidths).toEqual([10, 0, 12.5]);
    expect(form.rowHeights).toEqual({ 1: 30, 3: 18.75 });
    expect(form.hiddenRows).toEqual([8]);
    expect(form.tabColor).toBe("#00B050");
    expect(form.freeze).toEqual({ rows: 2, columns: 1 });
    const second = book.sheets[1]!;
    expect([second.merges, second.columnWidths, second.rowHeights, second.hiddenRows]).toEqual([
      [],
      [],
      {},
      [],
    ]);
    expect(second.tabColor).toBeUndefined();
    expect(second.freeze).toBeUndefined();
  });

  it("resolves each styled cell's style from cellXfs: fonts, fills, borders per edge, alignment, formats, protection", () => {
    const s = book.sheets[0]!.styles;
    expect(s["1:1"]).toEqual({ ...PLAIN, size: 14, bold: true, hAlign: "center", vAlign: "top", wrap: true });
    expect(s["1:3"]).toEqual(s["1:1"]);
    const row2 = { ...PLAIN, italic: true, color: "#1F3864", vAlign: "top" as const };
    expect(s["2:1"]).toEqual({ ...row2, borders: ["top", "left", "bottom"] });
    expect(s["2:2"]).toEqual({ ...row2, borders: ["top", "bottom"] });
    expect(s["2:3"]).toEqual({ ...row2, borders: ["top", "bottom", "right"] });
    expect(s["3:1"]).toEqual({ ...PLAIN, vAlign: "top" });
    const boxed = {
      ...PLAIN,
      vAlign: "top" as const,
      numberFormat: "0.00",
      borders: ["top", "left", "bottom", "right"],
    };
    expect(s["3:3"]).toEqual(boxed);
    expect(s["4:3"]).toEqual(boxed);
    const input = {
      ...PLAIN,
      vAlign: "top" as const,
      fill: "#FFF2CC",
      indent: 1,
      underline: true,
      locked: false,
    };
    expect(s["6:2"]).toEqual(input);
    expect(s["6:3"]).toEqual(input);
    expect(s["6:1"]).toEqual({ ...PLAIN, vAlign: "top" });
    // 3 columns × 6 rows of the styled range, and what the writer adds.
    expect(Object.keys(s)).toHaveLength(18 + Object.keys(w.extraStyles).length);
    for (const [at, style] of Object.entries(w.extraStyles)) expect(s[at]).toEqual(style);
    expect(book.sheets[1]!.styles).toEqual({ "1:1": PLAIN, "1:2": PLAIN });
  });

  it("keeps the page setup a sheet carries and reports, without applying, the print names", () => {
    expect(book.sheets[0]!.print).toEqual({
      orientation: "landscape",
      paperSize: 9,
      fitToWidth: true,
      fitToPages: { width: 1, height: 0 },
      margins: { left: 0.9, right: 0.5, top: 0.6, bottom: 0.7 },
      rowBreaks: [3],
    });
    expect(book.sheets[1]!.print).toMatchObject({ orientation: "portrait", paperSize: 9, fitToWidth: false });
    expect(book.sheets[1]!.print.fitToPages).toBeUndefined();
    expect(book.definedNames).toEqual(w.definedNames);
    // Nothing of the names reaches the sheets: the pane must re-apply print areas and titles.
    for (const sheet of book.sheets) expect(JSON.stringify(sheet)).not.toMatch(/Print_|\$A\$1/);
  });

  it("reads stored (method 0) and deflated (method 8) parts alike", async () => {
    const zip = await JSZip.loadAsync(await w.write([FORM]));
    const stored = await zip.generateAsync({ type: "uint8array", compression: "STORE" });
    const deflated = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const a = await insert(stored);
    const b = await insert(deflated);
    expect(a.sheets[0]!.cells).toEqual(book.sheets[0]!.cells);
    expect(b).toEqual(a);
  });
});

/** A package written by hand: every part given, as Excel or another writer could write it. */
async function handPackage(parts: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(parts)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const rels = (list: [string, string, string][]) =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

const HAND: Record<string, string> = {
  "[Content_Types].xml":
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="xml" ContentType="application/xml"/></Types>',
  "_rels/.rels": rels([["rId1", `${REL}/officeDocument`, "/xl/workbook.xml"]]),
  "xl/_rels/workbook.xml.rels": rels([
    ["rId1", `${REL}/worksheet`, "worksheets/a.xml"],
    ["rId2", `${REL}/worksheet`, "/xl/worksheets/b.xml"],
    ["rId3", `${REL}/sharedStrings`, "sharedStrings.xml"],
    ["rId4", `${REL}/styles`, "styles.xml"],
  ]),
  "xl/workbook.xml":
    `<?xml version="1.0" encoding="UTF-8"?><x:workbook ${NS.replace("xmlns", "xmlns:x")} ${R_NS}><x:sheets>` +
    '<x:sheet name="Бір &amp; екі" sheetId="1" r:id="rId1"/><x:sheet name="Hidden" sheetId="2" state="hidden" r:id="rId2"/>' +
    "</x:sheets><x:definedNames>" +
    '<x:definedName name="_xlnm.Print_Titles" localSheetId="1">Hidden!$1:$1</x:definedName>' +
    "<x:definedName name=\"Rate\">'Бір &amp; екі'!$B$2</x:definedName></x:definedNames></x:workbook>",
  "xl/sharedStrings.xml":
    `<sst ${NS}><si><t>plain</t></si>` +
    '<si><r><rPr><b/></rPr><t xml:space="preserve">rich </t></r><r><t>text</t></r><rPh sb="0" eb="1"><t>ふり</t></rPh></si>' +
    "<si><t>a_x005F_x0041_b_x000A_c</t></si><si/></sst>",
  "xl/styles.xml":
    `<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="[&gt;=100]0;0.0"/>` +
    '<numFmt numFmtId="165" formatCode="dd.mm.yyyy"/></numFmts>' +
    '<fonts count="3"><font><sz val="10"/><color theme="1"/><name val="Arial"/></font>' +
    '<font><b val="0"/><i/><u val="none"/><sz val="12"/><color rgb="FF00FF00"/><name val="Times New Roman"/></font>' +
    '<font><b/><u val="double"/><color indexed="8"/></font></fonts>' +
    '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
    '<fill><patternFill patternType="solid"><fgColor rgb="DDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>' +
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
    '<border><start style="medium"><color rgb="FF000000"/></start><end style="none"/><top/><bottom style="dashed"/>' +
    '<diagonal style="thin"/></border></borders>' +
    '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>' +
    '<xf numFmtId="49" fontId="1" fillId="2" borderId="1" applyFont="1"><alignment horizontal="right" vertical="center"/></xf>' +
    '<xf numFmtId="164" fontId="2" fillId="1" borderId="0"><alignment horizontal="justify" vertical="bottom" wrapText="true"/>' +
    '<protection locked="false" hidden="1"/></xf><xf numFmtId="165" fontId="0"/><xf numFmtId="10" fontId="0"/></cellXfs>' +
    '<dxfs count="1"><dxf><font><b/></font><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>' +
    "</styleSheet>",
  "xl/worksheets/a.xml":
    `<worksheet ${NS}><sheetPr><tabColor rgb="FFC00000"/></sheetPr><dimension ref="A1:D4"/>` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="3" topLeftCell="A4" state="frozen"/></sheetView></sheetViews>' +
    '<cols><col min="2" max="3" width="8.5" customWidth="1"/><col min="5" max="5" style="1"/></cols>' +
    "<sheetData>" +
    '<row r="1" ht="21" customHeight="1"><c r="A1" t="s"><v>0</v></c><c t="s" s="1"><v>1</v></c><c t="s"><v>2</v></c></row>' +
    '<row r="2" hidden="true" ht="15"><c r="B2"><v>-1.25E-3</v></c><c r="C2" t="b"><v>0</v></c>' +
    '<c r="D2" t="inlineStr" s="2"><is><t>in_x0041_line</t></is></c></row>' +
    '<row r="4"><c r="A4" t="str"><f>"x"&amp;"y"</f><v>xy</v></c><c r="B4" t="e"><v>#N/A</v></c>' +
    '<c r="C4" t="s"><v>3</v></c><c r="D4" s="3"><v>45000</v></c><c r="E4" s="4"/></row>' +
    '</sheetData><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C2:D3"/></mergeCells>' +
    '<pageMargins left="0.25" right="0.25" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup paperSize="8" fitToHeight="1"/><rowBreaks count="2" manualBreakCount="2"><brk id="2" max="16383" man="1"/>' +
    '<brk id="3" max="16383" man="1"/></rowBreaks><colBreaks count="1"><brk id="1" max="1048575" man="1"/></colBreaks>' +
    "</worksheet>",
  "xl/worksheets/b.xml":
    `<worksheet ${NS}><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews><sheetView workbookViewId="0">` +
    '<pane xSplit="2" ySplit="2" state="split"/></sheetView></sheetViews><sheetData/>' +
    '<pageSetup orientation="portrait" fitToHeight="1"/></worksheet>',
};

describe("readInsertedSheets over a package written by hand", () => {
  let book: InsertedWorkbook;
  beforeAll(async () => {
    book = await insert(await handPackage(HAND));
  });

  it("decodes shared, rich, inline and formula strings, numbers, booleans and errors; unescapes _xHHHH_", () => {
    const [a, b] = book.sheets;
    expect(a!.name).toBe("Бір & екі");
    expect(b).toMatchObject({ name: "Hidden", state: "hidden", cells: [] });
    expect(a!.cells).toEqual([
      ["plain", "rich text", "a_x0041_b\nc"],
      [null, -0.00125, false, "inAline"],
      [],
      ["xy", "#N/A", "", 45000],
    ]);
    expect(a!.formulas).toEqual([{ address: "A4", formula: '"x"&"y"' }]);
  });

  it("reads column runs, stored heights, hidden rows, frozen rows and merges", () => {
    const a = book.sheets[0]!;
    // A col with a style and no width sets no width.
    expect(a.columnWidths).toEqual([0, 8.5, 8.5, 0, 0]);
    expect(a.rowHeights).toEqual({ 1: 21, 2: 15 });
    expect(a.hiddenRows).toEqual([2]);
    expect(a.tabColor).toBe("#C00000");
    expect(a.freeze).toEqual({ rows: 3, columns: 0 });
    expect(a.merges).toEqual(["A1:B1", "C2:D3"]);
    // A split (not frozen) pane freezes nothing.
    expect(book.sheets[1]!.freeze).toBeUndefined();
  });

  it("resolves styles: custom and built-in formats, val flags, start/end edges, RGB colours only", () => {
    const s = book.sheets[0]!.styles;
    expect(Object.keys(s).sort()).toEqual(["1:2", "2:4", "4:4", "4:5"]);
    expect(s["1:2"]).toEqual({
      font: "Times New Roman",
      size: 12,
      bold: false,
      italic: true,
      underline: false,
      color: "#00FF00",
      fill: "#DDEBF7",
      hAlign: "right",
      vAlign: "middle",
      wrap: false,
      indent: 0,
      numberFormat: "@",
      borders: ["left", "bottom"],
      locked: true,
    });
    // A font without name or size takes the default font's; an indexed colour and a gray125
    // pattern are not modelled; justify is no hAlign of the layout.
    expect(s["2:4"]).toEqual({
      font: "Arial",
      size: 10,
      bold: true,
      italic: false,
      underline: true,
      vAlign: "bottom",
      wrap: true,
      indent: 0,
      numberFormat: "[>=100]0;0.0",
      borders: [],
      locked: false,
    });
    const arial = {
      font: "Arial",
      size: 10,
      bold: false,
      italic: false,
      underline: false,
      wrap: false,
      indent: 0,
    };
    expect(s["4:4"]).toEqual({ ...arial, numberFormat: "dd.mm.yyyy", borders: [], locked: true });
    expect(s["4:5"]).toEqual({ ...arial, numberFormat: "0.00%", borders: [], locked: true });
  });

  it("reads page setup as written and maps each sheet-level name to its sheet by localSheetId", () => {
    expect(book.sheets[0]!.print).toEqual({
      paperSize: 8,
      fitToWidth: false,
      margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75 },
      rowBreaks: [2, 3],
    });
    // fitToPage with one page tall is not "one page wide, any number tall".
    expect(book.sheets[1]!.print).toEqual({
      orientation: "portrait",
      fitToWidth: false,
      fitToPages: { width: 1, height: 1 },
      rowBreaks: [],
    });
    expect(book.definedNames).toEqual([
      { name: "_xlnm.Print_Titles", localSheet: "Hidden", ref: "Hidden!$1:$1" },
      { name: "Rate", ref: "'Бір & екі'!$B$2" },
    ]);
  });
});

describe("what Excel on the web refuses", () => {
  async function refusal(bytes: Uint8Array): Promise<InsertWorksheetsError> {
    const error = await insert(bytes).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InsertWorksheetsError);
    return error as InsertWorksheetsError;
  }

  it("refuses a file with a comment (an exceljs note)", async () => {
    const bytes = await exceljsFile([SECOND], (wb) => {
      wb.worksheets[0]!.getCell("A1").note = "a note";
    });
    const e = await refusal(bytes);
    expect([e.code, e.feature, e.part]).toEqual(["UnsupportedFeature", "comment", "xl/comments1.xml"]);
    expect(e.message).toBe(
      "insertWorksheetsFromBase64: the file holds a comment (xl/comments1.xml); Excel on the web refuses " +
        "the whole insert for a file with a chart, comment, PivotTable or slicer",
    );
  });

  it.each([
    ["chart", "xl/charts/chart1.xml"],
    ["chart", "xl/chartsheets/sheet1.xml"],
    ["comment", "xl/threadedComments/threadedComment1.xml"],
    ["pivotTable", "xl/pivotTables/pivotTable1.xml"],
    ["pivotTable", "xl/pivotCache/pivotCacheDefinition1.xml"],
    ["slicer", "xl/slicers/slicer1.xml"],
    ["slicer", "xl/slicerCaches/slicerCache1.xml"],
  ])("refuses a %s part %s", async (feature, part) => {
    const e = await refusal(await handPackage({ ...HAND, [part]: "<x/>" }));
    expect([e.code, e.feature, e.part]).toEqual(["UnsupportedFeature", feature, part]);
  });

  it.each([
    ["chart", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    ["comment", "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"],
    ["pivotTable", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"],
    ["slicer", "application/vnd.ms-excel.slicer+xml"],
  ])("refuses a %s part known only by its content type", async (feature, type) => {
    const types = HAND["[Content_Types].xml"]!.replace(
      "</Types>",
      `<Override PartName="/xl/other/part1.xml" ContentType="${type}"/></Types>`,
    );
    const e = await refusal(
      await handPackage({ ...HAND, "[Content_Types].xml": types, "xl/other/part1.xml": "<x/>" }),
    );
    expect([e.code, e.feature, e.part]).toEqual(["UnsupportedFeature", feature, "/xl/other/part1.xml"]);
  });

  it("takes exceljs' default vml content type and a plain package: nothing refused there", async () => {
    await expect(insert(await exceljsFile([FORM]))).resolves.toBeDefined();
  });

  it("fails with InvalidArgument for what is not an .xlsx", async () => {
    await expect(readInsertedSheets("not base64!", inflate)).rejects.toMatchObject({
      code: "InvalidArgument",
    });
    await expect(readInsertedSheets(btoa("plain text"), inflate)).rejects.toMatchObject({
      code: "InvalidArgument",
      message: "insertWorksheetsFromBase64: the file is not an .xlsx (ZIP) package",
    });
    const damaged = { ...HAND };
    damaged["xl/worksheets/a.xml"] = damaged["xl/worksheets/a.xml"]!.replace("<v>2</v>", "<v>9</v>");
    await expect(insert(await handPackage(damaged))).rejects.toMatchObject({
      message: "insertWorksheetsFromBase64: Бір & екі!C1 names shared string 9, which the file lacks",
    });
  });
});

describe("the base64 and string helpers", () => {
  it("decodes base64 to bytes", () => {
    expect([...decodeBase64("AAEC/w==")]).toEqual([0, 1, 2, 255]);
  });

  it("unescapes _xHHHH_ as Excel does, _x005F_ as an underscore", () => {
    expect(unescapeXstring("_x0041__x005F_x0041_ _x00e9_ _x41_")).toBe("A_x0041_ é _x41_");
  });
});

describe("the real annex forms", () => {
  const input: unknown = JSON.parse(
    readFileSync(path.resolve(__dirname, "../../samples/assessment-sample.json"), "utf8"),
  );
  const evaluation = evaluate(input);
  if (!evaluation.ok) throw new Error("the sample must score");
  const result = evaluation.result;

  it.each(WRITERS.slice(0, 2))(
    "inserts annex 3 of the sample's first body with its values and every merge ($writer)",
    async (w) => {
      const [annex3] = buildConclusionForms(result, { bodies: ["nbrk"], langs: ["kk"], forms: [3] });
      const spec = annex3!.spec;
      const book = await insert(await w.write([spec]));
      expect(book.sheets).toHaveLength(1);
      const sheet = book.sheets[0]!;
      expect(sheet.name).toBe("Ұлттық Банк-3-kk");
      const at = (a1: string) => {
        const [, col, row] = /^([A-Z])(\d+)$/.exec(a1)!;
        return sheet.cells[Number(row) - 1]?.[col!.charCodeAt(0) - 65] ?? null;
      };
      expect(at("D1")).toBe(
        "Мемлекеттік органдардың\nжеке және заңды тұлғалармен\nөзара іс-қимылын\nоперациялық бағалау\nәдістемесіне\n3-қосымша",
      );
      expect(at("D2")).toBe("Нысан");
      expect(at("A4")).toBe(
        "Орталық мемлекеттік органдармен ұсынылатын мемлекеттік қызметтердің көрсетілу сапасын операциялық " +
          "бағалау нәтижелері туралы қорытынды",
      );
      expect(at("A6")).toBe("Қазақстан Республикасының Ұлттық Банкі");
      expect(at("A7")).toBe("(орталық мемлекеттік органның атауы)");
      expect(at("A12")).toBe("1");
      expect(at("E11")).toBe("Балл");
      expect(at("F12")).toBe(25);
      expect(at("B1")).toBeNull();
      // 49 merges and 55 rows, and the truncation note under the table (two merged rows, I-18): the
      // National Bank's criteria 20,33 + 40,44 + 16,31 = 77,08 beside the printed total 77,09.
      expect(sheet.merges).toHaveLength(51);
      expect(sheet.merges).toEqual(spec.merges);
      expect(sheet.print).toMatchObject({ orientation: "portrait", paperSize: 9, fitToWidth: true });
      expect(book.definedNames).toEqual([
        { name: "_xlnm.Print_Area", localSheet: "Ұлттық Банк-3-kk", ref: "'Ұлттық Банк-3-kk'!$A$1:$F$57" },
      ]);
    },
  );

  it("inserts every form of two bodies, kk and ru, as the pane's file holds them: the layout of each cell", async () => {
    const specs = buildConclusionSheets(result, {
      bodies: ["nbrk", "almaty"],
      langs: ["kk", "ru"],
      forms: "all",
    });
    const { bytes, names } = await writeXlsx(specs, { deflateRaw: deflateRawNode, printNames: false });
    const book = await insert(bytes);
    expect(book.definedNames).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(names);
    const counted = { sheets: 0, values: 0, styles: 0, merges: 0 };
    specs.forEach((spec, i) => {
      const sheet = book.sheets[i]!;
      // Each spec row up to its last value, as the model gives rows.
      const rows = spec.rows.map((row) => {
        const line = row.map((v) => v ?? null);
        while (line.length && line[line.length - 1] === null) line.pop();
        return line;
      });
      while (rows.length && rows[rows.length - 1]!.length === 0) rows.pop();
      expect(sheet.cells).toEqual(rows);
      expect(sheet.merges).toEqual(spec.merges ?? []);
      expect(sheet.columnWidths).toEqual(spec.columnWidths ?? []);
      expect(sheet.rowHeights).toEqual(spec.rowHeights ?? {});
      expect(sheet.hiddenRows).toEqual(spec.hiddenRows ?? []);
      const layout = resolveCellStyles(spec);
      expect(Object.keys(sheet.styles)).toHaveLength(layout.size);
      for (const [at, style] of layout) expect(sheet.styles[at]).toEqual(style);
      const p = spec.print!;
      expect(sheet.print).toEqual({
        orientation: p.orientation,
        paperSize: 9,
        fitToWidth: p.fitToWidth,
        ...(p.fitToWidth ? { fitToPages: { width: 1, height: 0 } } : {}),
        margins: p.margins,
        rowBreaks: p.rowBreaks ?? [],
      });
      counted.sheets++;
      counted.values += rows.flat().filter((v) => v !== null).length;
      counted.styles += layout.size;
      counted.merges += sheet.merges.length;
    });
    // 2 bodies × 2 languages × 9 forms and annexes 2, 6, 7, 10, 11, 13 once per language.
    expect(counted.sheets).toBe(48);
    expect(counted.values).toBeGreaterThan(2500);
    expect(counted.styles).toBeGreaterThan(10_000);
    expect(counted.merges).toBeGreaterThan(1500);
  });
});

describe("the synchronous reader (for the recording fake)", () => {
  it("reads what the asynchronous one reads and refuses what it refuses", async () => {
    const bytes = await exceljsFile([FORM, SECOND]);
    expect(readInsertedSheetsSync(bytes.toString("base64"), inflateRawSync)).toEqual(await insert(bytes));
    const noted = await exceljsFile([SECOND], (wb) => {
      wb.worksheets[0]!.getCell("A1").note = "a note";
    });
    expect(() => readInsertedSheetsSync(noted.toString("base64"), inflateRawSync)).toThrow(
      expect.objectContaining({ code: "UnsupportedFeature", feature: "comment" }),
    );
  });

  it("names a part the inflater cannot decompress", async () => {
    const base64 = Buffer.from(await handPackage(HAND)).toString("base64");
    const broken = () => {
      throw new Error("bad data");
    };
    expect(() => readInsertedSheetsSync(base64, broken)).toThrow(
      /^insertWorksheetsFromBase64: .+ cannot be decompressed$/,
    );
    await expect(readInsertedSheets(base64, () => Promise.reject(new Error("bad")))).rejects.toMatchObject({
      code: "InvalidArgument",
      message: expect.stringMatching(/cannot be decompressed$/),
    });
  });
});

describe("the platform inflater", () => {
  it("reads a file through DecompressionStream as through node:zlib", async () => {
    const bytes = await exceljsFile([FORM]);
    const viaStream = await readInsertedSheets(bytes.toString("base64"), inflateRawStream);
    expect(viaStream).toEqual(await insert(bytes));
    expect(viaStream.sheets[0]!.cells[0]).toEqual(["Қорытынды"]);
  });
});
