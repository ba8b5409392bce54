/**
 * One layout, two back ends: the .xlsx writer (src/xlsx) and the Office.js writer (src/excel) are
 * each held to the same hand-written expectations for one spec — values, merges, resolved styles
 * (layered ranges, outline borders), print settings. Neither is compared with the other, and the
 * file is read as raw XML (sheet, shared strings, styles, defined names), not through a reader that
 * copies a merge's value into every merged cell.
 */
import { nodeFileImport } from "../helpers/file-import";
import JSZip from "jszip";
import ExcelJS from "exceljs";
import type { SheetSpec } from "../../src/sheet/spec";
import { addSheetsToWorkbook } from "../../src/xlsx/writeSheets";
import { writeXlsx } from "../../src/xlsx/spreadsheetml";
import { deflateRawNode } from "../../src/xlsx/deflate-node";
import { OfficeWorkbook } from "../../src/excel/office";
import { fakeRunner, type FakeState } from "./fake-excel";
import { readInserts, replay, styleAt, valueAt } from "./replay";
import type { Action } from "./fake-excel";

const SPEC: SheetSpec = {
  name: "Форма",
  kind: "form",
  rows: [
    ["Қорытынды", null, null],
    ["a", "b", "c"],
    ["1", "=SUM(1)", 1.5],
    ["Қолы", null, 7],
  ],
  merges: ["A1:C1", "A4:B4"],
  styles: [
    { range: "A1:C4", style: { size: 11, vAlign: "top" } },
    { range: "A1:C1", style: { bold: true, size: 14, hAlign: "center", wrap: true } },
    { range: "A2:C2", style: { border: "outline", italic: true } },
    { range: "C3:C4", style: { border: "all", numberFormat: "0.00" } },
  ],
  columnWidths: [10, 20, 12],
  rowHeights: { 1: 30 },
  print: {
    orientation: "landscape",
    paper: "A4",
    fitToWidth: true,
    printTitleRows: "1:1",
    printArea: "A1:C4",
  },
};

/** What both back ends must hold (hand-written from the spec, not from either writer). */
const VALUES: Record<string, string | number> = {
  A1: "Қорытынды",
  A2: "a",
  B2: "b",
  C2: "c",
  A3: "1",
  B3: "=SUM(1)",
  C3: 1.5,
  A4: "Қолы",
  C4: 7,
};
const EMPTY = ["B1", "C1", "B4"];
const MERGES = ["A1:C1", "A4:B4"];
interface Look {
  font: string;
  size: number;
  bold: boolean;
  italic: boolean;
  hAlign: string;
  vAlign: string;
  wrap: boolean;
  borders: string;
  numberFormat?: string;
}
const base: Look = {
  font: "Times New Roman",
  size: 11,
  bold: false,
  italic: false,
  hAlign: "",
  vAlign: "top",
  wrap: false,
  borders: "",
};
const LOOKS: Record<string, Look> = {
  A1: { ...base, bold: true, size: 14, hAlign: "center", wrap: true },
  C1: { ...base, bold: true, size: 14, hAlign: "center", wrap: true },
  A2: { ...base, italic: true, borders: "top,left,bottom" },
  B2: { ...base, italic: true, borders: "top,bottom" },
  C2: { ...base, italic: true, borders: "top,bottom,right" },
  B3: base,
  C3: { ...base, borders: "top,left,bottom,right", numberFormat: "0.00" },
  C4: { ...base, borders: "top,left,bottom,right", numberFormat: "0.00" },
};

const EDGE_ORDER = ["top", "left", "bottom", "right"];

/** The two .xlsx back ends: exceljs (template, Calculation, objections) and opeval's own (forms). */
const FILE_WRITERS: [string, () => Promise<Uint8Array | ArrayBuffer>][] = [
  [
    "exceljs",
    async () => {
      const wb = new ExcelJS.Workbook();
      await addSheetsToWorkbook(wb, [SPEC]);
      return wb.xlsx.writeBuffer();
    },
  ],
  ["spreadsheetml", async () => (await writeXlsx([SPEC], { deflateRaw: deflateRawNode })).bytes],
];

describe.each(FILE_WRITERS)("the .xlsx writer (%s)", (_, write) => {
  let files: Record<string, string>;
  beforeAll(async () => {
    const zip = await JSZip.loadAsync(await write());
    files = {};
    for (const name of [
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
    ])
      files[name] = await zip.file(name)!.async("string");
  });

  const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
  const cellXml = (a1: string) =>
    new RegExp(`<c r="${a1}"[^>]*?(/>|>.*?</c>)`).exec(files["xl/worksheets/sheet1.xml"]!)?.[0];
  const strings = () =>
    [...files["xl/sharedStrings.xml"]!.matchAll(/<si><t[^>]*>([^<]*)<\/t><\/si>/g)].map((m) => m[1]!);
  /** The elements `tag` inside `container` of styles.xml, in order. */
  const list = (container: string, tag: string) => {
    const inner = new RegExp(`<${container}\\b[^>]*>(.*?)</${container}>`).exec(files["xl/styles.xml"]!)![1]!;
    return [...inner.matchAll(new RegExp(`<${tag}\\b[^>]*?(?:/>|>.*?</${tag}>)`, "g"))].map((m) => m[0]);
  };

  function look(a1: string): Look & { numFmtId: string } {
    const xf = list("cellXfs", "xf")[Number(attr(cellXml(a1)!, "s"))]!;
    const font = list("fonts", "font")[Number(attr(xf, "fontId"))]!;
    const border = list("borders", "border")[Number(attr(xf, "borderId"))]!;
    const numFmtId = attr(xf, "numFmtId")!;
    const custom = /<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g;
    const codes = new Map([...files["xl/styles.xml"]!.matchAll(custom)].map((m) => [m[1]!, m[2]!]));
    codes.set("2", "0.00");
    return {
      font: attr(font.replace(/<sz [^>]*>/, ""), "val") ?? "",
      size: Number(/<sz val="([^"]*)"/.exec(font)?.[1]),
      bold: /<b\/>/.test(font),
      italic: /<i\/>/.test(font),
      hAlign: attr(xf.replace(/.*<alignment/, "<alignment"), "horizontal") ?? "",
      vAlign: attr(xf.replace(/.*<alignment/, "<alignment"), "vertical") ?? "",
      wrap: /wrapText="1"/.test(xf),
      borders: EDGE_ORDER.filter((e) =>
        new RegExp(`<${e} style="thin"><color rgb="FF808080"/>`).test(border),
      ).join(","),
      ...(codes.has(numFmtId) ? { numberFormat: codes.get(numFmtId)! } : {}),
      numFmtId,
    };
  }

  it("holds the values once, in their own cells, strings as text", () => {
    for (const [a1, v] of Object.entries(VALUES)) {
      const xml = cellXml(a1)!;
      if (typeof v === "string") {
        expect([a1, attr(xml, "t")]).toEqual([a1, "s"]);
        expect([a1, strings()[Number(/<v>(\d+)<\/v>/.exec(xml)![1])]]).toEqual([a1, v]);
      } else expect([a1, Number(/<v>([^<]*)<\/v>/.exec(xml)![1])]).toEqual([a1, v]);
      expect(xml).not.toContain("<f>");
    }
    for (const a1 of EMPTY) expect([a1, cellXml(a1) ?? ""]).not.toContain("<v>");
  });

  it("merges, styles and print settings as the layout says", () => {
    const merges = [...files["xl/worksheets/sheet1.xml"]!.matchAll(/<mergeCell ref="([^"]*)"/g)].map(
      (m) => m[1],
    );
    expect(merges).toEqual(MERGES);
    for (const [a1, expected] of Object.entries(LOOKS)) {
      const { numFmtId, ...got } = look(a1);
      expect([a1, got]).toEqual([a1, expected]);
      if (!expected.numberFormat) expect([a1, numFmtId]).toEqual([a1, "0"]);
    }
    const setup = /<pageSetup [^>]*>/.exec(files["xl/worksheets/sheet1.xml"]!)![0];
    expect([
      attr(setup, "paperSize"),
      attr(setup, "orientation"),
      attr(setup, "fitToWidth"),
      attr(setup, "fitToHeight"),
    ]).toEqual(["9", "landscape", "1", "0"]);
    const names = files["xl/workbook.xml"]!;
    expect(/_xlnm.Print_Area" localSheetId="0">([^<]*)</.exec(names)![1]!.replace(/\$/g, "")).toBe(
      "Форма!A1:C4",
    );
    expect(/_xlnm.Print_Titles" localSheetId="0">([^<]*)</.exec(names)![1]!.replace(/\$/g, "")).toBe(
      "Форма!1:1",
    );
  });
});

/** A cell of the replayed workbook, in the terms of the hand-written looks (Office.js names mapped back). */
const H = { Left: "left", Center: "center", Right: "right", General: "" } as Record<string, string>;
const V = { Top: "top", Center: "middle", Bottom: "bottom" } as Record<string, string>;
const EDGE: Record<string, string> = {
  EdgeTop: "top",
  EdgeLeft: "left",
  EdgeBottom: "bottom",
  EdgeRight: "right",
};

function officeLook(r: ReturnType<typeof replay>, a1: string): Look & { format: string } {
  const s = styleAt(r, "Форма", a1)!;
  for (const b of Object.values(s.borders))
    expect(b).toEqual({ style: "Continuous", weight: "Thin", color: "#808080" });
  const format = s.numberFormat as string;
  return {
    font: s.font.name as string,
    size: s.font.size as number,
    bold: s.font.bold as boolean,
    italic: s.font.italic as boolean,
    hAlign: H[s.horizontalAlignment as string]!,
    vAlign: V[s.verticalAlignment as string]!,
    wrap: s.wrapText as boolean,
    borders: EDGE_ORDER.filter((e) => Object.keys(s.borders).some((k) => EDGE[k] === e)).join(","),
    ...(format !== "@" && format !== "General" ? { numberFormat: format } : {}),
    format,
  };
}

describe("the Office.js writer", () => {
  let r: ReturnType<typeof replay>;
  beforeAll(async () => {
    const { run, contexts } = fakeRunner({ sheets: ["Sheet1"], tables: {} });
    await new OfficeWorkbook(run).writeSheets([SPEC]);
    r = replay(contexts[0]!.allActions());
  });

  const look = (a1: string) => officeLook(r, a1);

  it("holds the values once, in their own cells, strings in text-formatted cells", () => {
    for (const [a1, v] of Object.entries(VALUES)) {
      expect([a1, valueAt(r, "Форма", a1)]).toEqual([a1, v]);
      if (typeof v === "string") expect([a1, look(a1).format]).toEqual([a1, "@"]);
    }
    for (const a1 of EMPTY) expect([a1, valueAt(r, "Форма", a1)]).toEqual([a1, undefined]);
  });

  it("merges, styles and print settings as the layout says", () => {
    expect(r.sheets.get("Форма")!.merges).toEqual(MERGES);
    for (const [a1, expected] of Object.entries(LOOKS)) {
      const { format, ...got } = look(a1);
      expect([a1, got]).toEqual([a1, expected]);
      if (!expected.numberFormat) expect(["@", "General"]).toContain(format);
    }
    expect(r.sheets.get("Форма")!.layout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      setPrintTitleRows: "1:1",
      setPrintArea: "A1:C4",
    });
    expect(r.sheets.get("Форма")!.rowHeights.get(1)).toBe(30);
  });
});

/**
 * The Office.js back end where Excel has ExcelApi 1.13: the sheet goes as an .xlsx file
 * (src/excel/native-import.ts), read back by the model of the insert, then its print names set.
 */
describe("the Office.js writer by file import", () => {
  let r: ReturnType<typeof replay>;
  let actions: Action[];
  beforeAll(async () => {
    const state: FakeState = { sheets: ["Sheet1"], tables: {} };
    const { run, contexts } = fakeRunner(state);
    await new OfficeWorkbook(run, nodeFileImport).writeSheets([SPEC]);
    actions = contexts[0]!.allActions();
    // The inserted sheets are addressed by the ids the insert returned (src/excel/office.ts).
    r = replay(actions, await readInserts(actions), state.ids);
  });

  function look(a1: string): Look {
    const { format, ...rest } = officeLook(r, a1);
    return { ...rest, ...(format === "@" ? { numberFormat: format } : {}) };
  }

  it("holds the values once, in their own cells, strings as strings (never formulas)", () => {
    expect(
      actions.filter((a) => a.op === "call add" || a.op === "set values" || a.op === "set formulas"),
    ).toEqual([]);
    for (const [a1, v] of Object.entries(VALUES)) expect([a1, valueAt(r, "Форма", a1)]).toEqual([a1, v]);
    for (const a1 of EMPTY) expect([a1, valueAt(r, "Форма", a1)]).toEqual([a1, undefined]);
  });

  it("merges, styles and print settings as the layout says; print names set after the insert", () => {
    expect(r.sheets.get("Форма")!.merges).toEqual(MERGES);
    for (const [a1, expected] of Object.entries(LOOKS)) expect([a1, look(a1)]).toEqual([a1, expected]);
    expect(r.sheets.get("Форма")!.layout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { horizontalFitToPages: 1 },
      setPrintArea: "A1:C4",
      setPrintTitleRows: "1:1",
    });
    expect(r.sheets.get("Форма")!.rowHeights.get(1)).toBe(30);
    expect([...r.sheets.get("Форма")!.columnWidths]).toEqual([
      [1, 10],
      [2, 20],
      [3, 12],
    ]);
  });
});
