import { MemoryWorkbook, typedValue } from "../../src/excel/memory";
import fc from "fast-check";
import { batchSheets, groupMerges, groupStyles, numberFormatMatrix, runs } from "../../src/excel/plan";
import { type CellStyle } from "../../src/sheet/spec";
import { columnLetter, parseRange } from "../../src/sheet/a1";

describe("plan", () => {
  it("parses A1 ranges, whole rows and sheet-qualified addresses", () => {
    expect(parseRange("B2:D5")).toEqual({ top: 2, left: 2, bottom: 5, right: 4 });
    expect(parseRange("'Sheet 1'!$AA$10")).toEqual({ top: 10, left: 27, bottom: 10, right: 27 });
    expect(parseRange("3:3")).toMatchObject({ top: 3, bottom: 3, left: 1 });
  });

  it("marks every string cell as text, over any style format", () => {
    const m = numberFormatMatrix({
      name: "s",
      kind: "form",
      rows: [
        ["=1+1", 2],
        ["+7", 3.5],
      ],
      styles: [{ range: "A1:B2", style: { numberFormat: "0.00" } }],
    });
    expect(m).toEqual([
      ["@", "0.00"],
      ["@", "0.00"],
    ]);
  });

  it("keeps sheets in order and starts a new batch only when the budget would be passed", () => {
    const sheet = (n: number) => ({ name: `s${n}`, kind: "form" as const, rows: [["x".repeat(1000)]] });
    const sheets = [1, 2, 3, 4, 5].map(sheet);
    expect(batchSheets(sheets, 1e9)).toEqual([sheets]);
    const batches = batchSheets(sheets, 2500);
    expect(batches.flat()).toEqual(sheets);
    expect(batches.length).toBeGreaterThan(1);
  });
});

describe("MemoryWorkbook", () => {
  it("reads tables by name with their sheet and header address", async () => {
    const wb = new MemoryWorkbook();
    wb.seed([
      {
        name: "Data",
        kind: "template",
        rows: [["title"], [], ["id", "late"], ["a", 3]],
        tables: [{ name: "T", range: "A3:B4" }],
      },
    ]);
    expect(await wb.readTables(["T", "Missing"])).toEqual([
      {
        name: "T",
        sheet: "Data",
        address: "A3",
        values: [
          ["id", "late"],
          ["a", 3],
        ],
        numberFormats: [
          ["@", "@"],
          ["@", "General"],
        ],
      },
    ]);
  });

  it("adds sheets without replacing existing ones and reports progress", async () => {
    const wb = new MemoryWorkbook();
    const seen: number[] = [];
    const r = await wb.writeSheets(
      [
        { name: "Sheet1", kind: "form", rows: [["x"]] },
        { name: "a/b", kind: "form", rows: [] },
      ],
      { onProgress: (p) => seen.push(p.sheetsWritten) },
    );
    expect(r.sheets.map((s) => s.name)).toEqual(["Sheet1 (2)", "a b"]);
    expect(await wb.sheetNames()).toEqual(["Sheet1", "Sheet1 (2)", "a b"]);
    expect(seen).toEqual([2]);
  });

  it("types into cells as Excel does: numbers in General cells, text kept in text cells", () => {
    expect(typedValue("12", "General")).toBe(12);
    expect(typedValue("0,5", "General")).toBe(0.5);
    expect(typedValue("12", "@")).toBe("12");
    expect(typedValue("=A1", "General")).toBe("=A1");
    const wb = new MemoryWorkbook();
    wb.typeInto("Sheet1", 2, 3, "-4");
    expect(wb.cell("Sheet1", 2, 3)).toBe(-4);
  });

  it("selecting a range activates its sheet", async () => {
    const wb = new MemoryWorkbook();
    wb.seed([{ name: "Other", kind: "form", rows: [] }]);
    await wb.selectRange("other", "c5");
    expect(wb.currentSelection()).toEqual({ sheet: "Other", address: "C5" });
    expect(wb.activeSheet()).toBe("Other");
  });
});

describe("grouping writes into fewer calls", () => {
  const cellStyles = (styles: { ranges: string[]; style: CellStyle }[]) => {
    const cells = new Map<string, CellStyle>();
    for (const { ranges, style } of styles)
      for (const range of ranges) {
        const b = parseRange(range);
        for (let r = b.top; r <= b.bottom; r++)
          for (let c = b.left; c <= b.right; c++)
            cells.set(`${r},${c}`, { ...cells.get(`${r},${c}`), ...style });
      }
    return cells;
  };
  const styleArb = fc.record(
    { bold: fc.boolean(), fill: fc.constantFrom("#FF0000", "#00FF00") },
    { requiredKeys: [] },
  );
  const rangeArb = fc
    .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 6 }), fc.nat(2), fc.nat(2))
    .map(([r, c, h, w]) => `${columnLetter(c)}${r}:${columnLetter(c + w)}${r + h}`);

  it("styles in groups give every cell the same final format as one by one", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ range: rangeArb, style: styleArb }), { maxLength: 12 }), (styles) => {
        const oneByOne = cellStyles(styles.map((s) => ({ ranges: [s.range], style: s.style })));
        expect(cellStyles(groupStyles(styles))).toEqual(oneByOne);
      }),
    );
  });

  it("merges single-row merges of the same columns on consecutive rows into one merge-across", () => {
    expect(groupMerges(["A1:F1", "A2:F2", "A3:F3", "B4:D4", "B5:D6", "A7:F7"])).toEqual([
      { range: "A1:F3", across: true },
      { range: "B4:D4", across: false },
      { range: "B5:D6", across: false },
      { range: "A7:F7", across: false },
    ]);
  });

  it("finds runs of equal row heights", () => {
    expect(
      runs([
        [3, 15],
        [1, 15],
        [2, 15],
        [5, 15],
        [6, 20],
      ]),
    ).toEqual([
      [1, 3, 15],
      [5, 5, 15],
      [6, 6, 20],
    ]);
  });
});
