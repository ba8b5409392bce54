import { readFileSync } from "node:fs";
import path from "node:path";
import { buildConclusionSheets } from "../../src/forms/index";
import type { SheetSpec } from "../../src/sheet/spec";
import { evaluate } from "../../src/evaluate";
import { OfficeWorkbook } from "../../src/excel/office";
import { batchSheets, estimateSheetBytes, REQUEST_BUDGET_BYTES, TEXT_FORMAT } from "../../src/excel/plan";
import { fakeRunner, type Action, type FakeState } from "./fake-excel";
import { replay, styleAt, valueAt } from "./replay";

/** A conclusion-sized sheet per body: Kazakh text, numbers, merges, styles, a table. */
function formsFor(bodies: number, rowsPerSheet = 60): SheetSpec[] {
  const sheets: SheetSpec[] = [];
  for (let b = 1; b <= bodies; b++) {
    for (const lang of ["kk", "ru"]) {
      const rows = Array.from({ length: rowsPerSheet }, (_, r) => [
        `${r + 1}`,
        `Мемлекеттік қызметтерді көрсету сапасы, көрсеткіш ${r}`,
        r * 1.25,
        r % 7 === 0 ? '=HYPERLINK("http://x")' : null,
        b,
      ]);
      sheets.push({
        name: `Қорытынды ${b} ${lang}`,
        kind: "form",
        rows,
        merges: ["A1:E1", "A2:E2"],
        styles: [
          { range: "A1:E2", style: { bold: true, hAlign: "center", wrap: true } },
          { range: `C3:C${rowsPerSheet}`, style: { numberFormat: "0.00", border: "all" } },
        ],
        columnWidths: [6, 50, 10, 10, 8],
        print: { orientation: "portrait", paper: "A4", fitToWidth: true, printTitleRows: "1:2" },
      });
    }
  }
  return sheets;
}

function state(): FakeState {
  return {
    sheets: ["Sheet1"],
    tables: {
      Bodies: {
        sheet: "Органдар",
        header: "$B$3:$D$3",
        values: [
          ["id", "name", "type"],
          ["mju", "Әділет министрлігі", "central"],
        ],
      },
      Services: { sheet: "Қызметтер", header: "A1:C1", values: [["id", "rendered", "late"]] },
    },
  };
}

const sets = (actions: Action[], prop: string) => actions.filter((a) => a.op === `set ${prop}`);

describe("OfficeWorkbook.readTables", () => {
  it("reads every named table in one context.sync", async () => {
    const { run, contexts } = fakeRunner(state());
    const tables = await new OfficeWorkbook(run).readTables(["Bodies", "Services"]);
    expect(contexts[0]!.syncs).toBe(1);
    expect(tables.map((t) => [t.name, t.sheet, t.address])).toEqual([
      ["Bodies", "Органдар", "B3"],
      ["Services", "Қызметтер", "A1"],
    ]);
    expect(tables[0]!.values[1]).toEqual(["mju", "Әділет министрлігі", "central"]);
  });

  it("leaves out a missing table instead of failing", async () => {
    const { run } = fakeRunner(state());
    const tables = await new OfficeWorkbook(run).readTables(["Bodies", "Gone", "Services"]);
    expect(tables.map((t) => t.name)).toEqual(["Bodies", "Services"]);
  });
});

describe("OfficeWorkbook.writeSheets", () => {
  async function write(sheets: SheetSpec[], fakeState = state()) {
    const { run, contexts } = fakeRunner(fakeState);
    const progress: number[] = [];
    const result = await new OfficeWorkbook(run).writeSheets(sheets, {
      onProgress: (p) => progress.push(p.batch),
    });
    return { result, ctx: contexts[0]!, progress, fakeState };
  }

  it("takes the same number of syncs for 5 and for 50 bodies", async () => {
    const five = await write(formsFor(5));
    const fifty = await write(formsFor(50));
    expect(fifty.result.sheets).toHaveLength(100);
    expect(five.ctx.syncs).toBe(fifty.ctx.syncs);
    // One sync to learn the existing names, one for the sheets.
    expect(fifty.ctx.syncs).toBe(2);
    expect(fifty.progress).toEqual([1]);
  });

  it("suspends calculation, styles text cells as text before their values, numbers keep their format", async () => {
    const { ctx } = await write(formsFor(1));
    const actions = ctx.requests[1]!;
    expect(actions[0]!.op).toBe("call suspendApiCalculation");
    const sheet = "Қорытынды 1 kk";
    const valuesAt = actions.findIndex((a) => a.op === "set values" && a.target.startsWith(`ws(${sheet})`));
    const lastStyleAt = actions.reduce(
      (last, a, i) => (a.op === "set style" && a.target.startsWith(`ws(${sheet})`) ? i : last),
      -1,
    );
    expect(lastStyleAt).toBeGreaterThan(0);
    expect(lastStyleAt).toBeLessThan(valuesAt);
    const r = replay(ctx.allActions());
    // A string that looks like a formula is sent as a value in a text cell, never as a formula.
    expect(valueAt(r, sheet, "D1")).toBe('=HYPERLINK("http://x")');
    expect(styleAt(r, sheet, "D1")!.numberFormat).toBe(TEXT_FORMAT);
    expect(sets(actions, "formulas")).toEqual([]);
    for (const [at, v] of r.sheets.get(sheet)!.values) {
      const [row, column] = at.split(":").map(Number) as [number, number];
      const format = r.styles.get(r.sheets.get(sheet)!.styleOf.get(at)!)!.numberFormat;
      if (typeof v === "string") expect([row, column, format]).toEqual([row, column, TEXT_FORMAT]);
    }
    // Numbers keep the style's number format, and every cell has the forms' font.
    expect(valueAt(r, sheet, "C6")).toBe(6.25); // row 6 holds r = 5: 5 × 1.25
    expect(styleAt(r, sheet, "C6")!.numberFormat).toBe("0.00");
    expect(styleAt(r, sheet, "E6")!.numberFormat).toBe("General");
    expect(styleAt(r, sheet, "E6")!.font.name).toBe("Times New Roman");
  });

  it("defines each distinct style once and applies it by name to whole ranges", async () => {
    const { ctx, fakeState } = await write(formsFor(2));
    const actions = ctx.allActions();
    const added = actions.filter((a) => a.target === "styles").map((a) => (a.value as string[])[0]);
    expect(new Set(added).size).toBe(added.length);
    // Both bodies and both languages share the styles: 4 sheets, as many styles as one sheet uses.
    const perSheet = new Set(
      actions
        .filter((a) => a.op === "set style" && a.target.startsWith("ws(Қорытынды 1 kk)"))
        .map((a) => a.value),
    );
    expect(added.length).toBe(perSheet.size);
    expect(fakeState.styles).toEqual(added);
    const r = replay(actions);
    const title = styleAt(r, "Қорытынды 2 ru", "A1")!;
    expect([title.font.bold, title.horizontalAlignment, title.wrapText]).toEqual([true, "Center", true]);
    // Borders on every edge of C3:C60, thin and grey; B3 has none.
    const bordered = styleAt(r, "Қорытынды 2 ru", "C30")!;
    expect(Object.keys(bordered.borders).sort()).toEqual(["EdgeBottom", "EdgeLeft", "EdgeRight", "EdgeTop"]);
    expect(bordered.borders.EdgeTop).toEqual({ style: "Continuous", weight: "Thin", color: "#808080" });
    expect(styleAt(r, "Қорытынды 2 ru", "B30")!.borders).toEqual({});
    // The style rectangles of one sheet: a handful of calls, not one per cell (300 cells here).
    expect(perSheet.size).toBeLessThan(8);
    expect(
      actions.filter((a) => a.op === "set style" && a.target.startsWith("ws(Қорытынды 1 kk)")).length,
    ).toBeLessThan(12);
  });

  it("reuses a style the workbook already has instead of adding it again", async () => {
    const first = await write(formsFor(1));
    const again = await write(formsFor(1), first.fakeState);
    expect(again.ctx.allActions().filter((a) => a.target === "styles")).toEqual([]);
    expect(again.result.sheets.map((s) => s.name)).toEqual(["Қорытынды 1 kk (2)", "Қорытынды 1 ru (2)"]);
  });

  it("never replaces an existing sheet: a clashing name gets a suffix", async () => {
    const fakeState = state();
    fakeState.sheets.push("Қорытынды 1 kk");
    const { result } = await write(formsFor(1), fakeState);
    expect(result.sheets.map((s) => s.name)).toEqual(["Қорытынды 1 kk (2)", "Қорытынды 1 ru"]);
    expect(fakeState.sheets).toEqual(["Sheet1", "Қорытынды 1 kk", "Қорытынды 1 kk (2)", "Қорытынды 1 ru"]);
  });

  it("splits into batches only past the 5 MB request limit, each request under it", async () => {
    // ~3000 rows of long Kazakh text per sheet: a few hundred kB each, several MB in all.
    const big = formsFor(12, 3000);
    const { ctx, progress, result } = await write(big);
    expect(ctx.syncs).toBeGreaterThan(2);
    expect(progress).toEqual(Array.from({ length: ctx.syncs - 1 }, (_, i) => i + 1));
    expect(result.sheets).toHaveLength(24);
    for (const request of ctx.requests)
      expect(ctx.wireBytes(request)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
  });

  it("stops between batches when cancelled", async () => {
    const { run, contexts } = fakeRunner(state());
    let batches = 0;
    const result = await new OfficeWorkbook(run).writeSheets(formsFor(12, 3000), {
      onProgress: () => batches++,
      isCancelled: () => batches >= 1,
    });
    expect(result.cancelled).toBe(true);
    expect(contexts[0]!.syncs).toBe(2);
    expect(result.sheets.length).toBeGreaterThan(0);
    expect(result.sheets.length).toBeLessThan(24);
  });
});

describe("OfficeWorkbook navigation and ranking", () => {
  it("selects a cell on its sheet in one sync", async () => {
    const { run, contexts } = fakeRunner(state());
    await new OfficeWorkbook(run).selectRange("Органдар", "C5");
    const actions = contexts[0]!.allActions();
    expect(contexts[0]!.syncs).toBe(1);
    expect(actions.map((a) => `${a.target} ${a.op}`)).toEqual([
      "ws(Органдар) call activate",
      "ws(Органдар).range(C5) call select",
    ]);
  });

  it("adds the ranking sheet and a bar chart over its data", async () => {
    const { run, contexts } = fakeRunner(state());
    const name = await new OfficeWorkbook(run).insertSheetWithChart(
      {
        name: "Ranking",
        kind: "ranking",
        rows: [
          ["body", "score"],
          ["A", 90],
        ],
      },
      { type: "bar", title: "Ranking", dataRange: "A1:B2", anchor: "D2" },
    );
    expect(name).toBe("Ranking");
    const actions = contexts[0]!.allActions();
    const chart = actions.find((a) => a.op === "call add" && a.target.endsWith(".charts"))!
      .value as unknown[];
    expect([chart[0], chart[2]]).toEqual(["BarClustered", "Columns"]);
    expect(actions.some((a) => a.op === "set text" && a.value === "Ranking")).toBe(true);
    expect(contexts[0]!.syncs).toBe(2);
  });
});

describe("OfficeWorkbook with the real annex forms", () => {
  const sample = JSON.parse(
    readFileSync(path.resolve(__dirname, "../../examples/sample-cohort.json"), "utf8"),
  ) as { bodies: { id: string; name: string }[] };

  /** The sample cohort grown to `n` bodies (copies with their own ids and names). */
  function cohortForms(n: number, langs: ("kk" | "ru")[]): SheetSpec[] {
    const bodies = Array.from({ length: n }, (_, i) => {
      const b = sample.bodies[i % sample.bodies.length]!;
      return { ...b, id: `${b.id}-${i}`, name: `${b.name} ${i}` };
    });
    const evaluation = evaluate({ ...sample, bodies });
    if (!evaluation.ok) throw new Error("the grown sample must score");
    return buildConclusionSheets(evaluation.result, { langs, forms: "all" });
  }

  it("syncs once for the names and once per 5 MB batch, never per body or sheet", async () => {
    // Hand-counted: 5 bodies' Kazakh forms (59 sheets) fit one 4 MB request; 50 bodies' (532
    // sheets, ~10 MB on the wire with named styles) need 3. One sync learns the sheet names (and
    // the workbook's styles), then one per batch.
    const expected = new Map([
      [5, { sheets: 59, syncs: 1 + 1 }],
      [50, { sheets: 532, syncs: 1 + 3 }],
    ]);
    for (const [n, want] of expected) {
      const sheets = cohortForms(n, ["kk"]);
      expect(sheets).toHaveLength(want.sheets);
      const { run, contexts } = fakeRunner(state());
      const result = await new OfficeWorkbook(run).writeSheets(sheets);
      expect(result.sheets).toHaveLength(want.sheets);
      expect(contexts[0]!.syncs).toBe(want.syncs);
      expect(contexts[0]!.syncs).toBeLessThan(n);
      for (const request of contexts[0]!.requests)
        expect(contexts[0]!.wireBytes(request)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    }
  });

  it("estimates each sheet's request as the fake's wire model measures it, within 2%", async () => {
    for (const spec of cohortForms(1, ["kk", "ru"])) {
      const { run, contexts } = fakeRunner({ ...state(), styles: [] });
      await new OfficeWorkbook(run).writeSheets([spec]);
      // The sheet's own actions, without the style definitions and the calculation suspension.
      const own = contexts[0]!.requests[1]!.filter(
        (a) => a.target.startsWith("ws(") || a.target === "worksheets",
      );
      const measured = contexts[0]!.wireBytes(own);
      expect(Math.abs(estimateSheetBytes(spec) / measured - 1)).toBeLessThan(0.02);
    }
  });

  it("writes one body's forms in both languages in a single batch", async () => {
    const sheets = cohortForms(1, ["kk", "ru"]);
    expect(batchSheets(sheets)).toHaveLength(1);
  });
});
