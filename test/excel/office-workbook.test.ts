import { readFileSync } from "node:fs";
import path from "node:path";
import { buildConclusionSheets } from "../../src/forms/index";
import type { SheetSpec } from "../../src/sheet/spec";
import { evaluate } from "../../src/evaluate";
import { OfficeWorkbook } from "../../src/excel/office";
import { batchSheets, REQUEST_LIMIT_BYTES, TEXT_FORMAT } from "../../src/excel/plan";
import { fakeRunner, type Action, type FakeState } from "./fake-excel";

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

  it("suspends calculation, and sets number formats before values with text cells as text", async () => {
    const { ctx } = await write(formsFor(1));
    const actions = ctx.requests[1]!;
    expect(actions[0]!.op).toBe("call suspendApiCalculation");
    const target = "ws(Қорытынды 1 kk).cells(0,0,60,5)";
    const ops = actions.filter((a) => a.target === target).map((a) => a.op);
    expect(ops.indexOf("set numberFormat")).toBeGreaterThanOrEqual(0);
    expect(ops.indexOf("set numberFormat")).toBeLessThan(ops.indexOf("set values"));
    const formats = sets(actions, "numberFormat").find((a) => a.target === target)!.value as string[][];
    const values = sets(actions, "values").find((a) => a.target === target)!.value as unknown[][];
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v !== "") expect(formats[r]![c]).toBe(TEXT_FORMAT);
      }),
    );
    // A string that looks like a formula is sent as a value in a text cell, never as a formula.
    expect(values[0]![3]).toBe('=HYPERLINK("http://x")');
    expect(formats[0]![3]).toBe(TEXT_FORMAT);
    expect(sets(actions, "formulas")).toEqual([]);
    // Numbers keep the style's number format.
    expect(formats[5]![2]).toBe("0.00");
  });

  it("formats whole ranges, not cells", async () => {
    const { ctx } = await write(formsFor(1));
    const fontSets = sets(ctx.requests[1]!, "bold");
    expect(fontSets.map((a) => a.target)).toEqual([
      "ws(Қорытынды 1 kk).range(A1:E2).format.font",
      "ws(Қорытынды 1 ru).range(A1:E2).format.font",
    ]);
  });

  it("never replaces an existing sheet: a clashing name gets a suffix", async () => {
    const fakeState = state();
    fakeState.sheets.push("Қорытынды 1 kk");
    const { result } = await write(formsFor(1), fakeState);
    expect(result.sheets.map((s) => s.name)).toEqual(["Қорытынды 1 kk (2)", "Қорытынды 1 ru"]);
    expect(fakeState.sheets).toEqual(["Sheet1", "Қорытынды 1 kk", "Қорытынды 1 kk (2)", "Қорытынды 1 ru"]);
  });

  it("splits into batches only past the 5 MB request limit, each request under it", async () => {
    // ~1200 rows of long Kazakh text per sheet: a few hundred kB each, several MB in all.
    const big = formsFor(12, 1200);
    const { ctx, progress, result } = await write(big);
    expect(ctx.syncs).toBeGreaterThan(2);
    expect(progress).toEqual(Array.from({ length: ctx.syncs - 1 }, (_, i) => i + 1));
    expect(result.sheets).toHaveLength(24);
    for (const request of ctx.requests) {
      expect(Buffer.byteLength(JSON.stringify(request))).toBeLessThan(REQUEST_LIMIT_BYTES);
    }
  });

  it("stops between batches when cancelled", async () => {
    const { run, contexts } = fakeRunner(state());
    let batches = 0;
    const result = await new OfficeWorkbook(run).writeSheets(formsFor(12, 1200), {
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
    for (const n of [5, 50]) {
      const sheets = cohortForms(n, ["kk"]);
      const { run, contexts } = fakeRunner(state());
      const result = await new OfficeWorkbook(run).writeSheets(sheets);
      expect(result.sheets).toHaveLength(sheets.length);
      expect(contexts[0]!.syncs).toBe(1 + batchSheets(sheets).length);
      expect(contexts[0]!.syncs).toBeLessThan(n);
      for (const request of contexts[0]!.requests)
        expect(Buffer.byteLength(JSON.stringify(request))).toBeLessThan(REQUEST_LIMIT_BYTES);
    }
  });

  it("writes one body's forms in both languages in a single batch", async () => {
    const sheets = cohortForms(1, ["kk", "ru"]);
    expect(batchSheets(sheets)).toHaveLength(1);
  });
});
