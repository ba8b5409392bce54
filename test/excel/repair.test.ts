/**
 * "Repair OPEVAL cells" (src/excel/repair.ts) through OfficeWorkbook and the recording fake: which
 * cells are written again and with what formula, protected sheets named and skipped, the check
 * after the write, and requests that grow with the bytes, not with the cells.
 */
import { callsOpeval, formulaToReenter, repairBatches } from "../../src/excel/repair";
import { OfficeWorkbook } from "../../src/excel/office";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/plan";
import { fakeRunner, sheetId, type FakeCell, type FakeState } from "./fake-excel";

describe("which formulas call OPEVAL.*", () => {
  it("finds the shown and the stored form, not a name inside a string or another namespace", () => {
    expect(callsOpeval("=OPEVAL.GENERAL_SCORE(B2)")).toBe(true);
    expect(callsOpeval("=ROUND(opeval.services_score(t[x]),2)")).toBe(true);
    expect(callsOpeval("=_xldudf_OPEVAL_EXPLAIN(A1)")).toBe(true);
    expect(callsOpeval('="OPEVAL.GENERAL_SCORE(B2)"')).toBe(false);
    expect(callsOpeval("=MYOPEVAL.X(1)")).toBe(false);
    expect(callsOpeval("=SUM(A1:A3)")).toBe(false);
    expect(callsOpeval("OPEVAL.GENERAL_SCORE(B2)")).toBe(false); // text, not a formula
  });

  it("re-enters the stored form as typed, leaving string literals alone", () => {
    expect(formulaToReenter('=_xldudf_OPEVAL_SERVICES_SCORE(A1)&"_xldudf_OPEVAL_X"')).toBe(
      '=OPEVAL.SERVICES_SCORE(A1)&"_xldudf_OPEVAL_X"',
    );
    expect(formulaToReenter("=OPEVAL.EXPLAIN(A1)")).toBe("=OPEVAL.EXPLAIN(A1)");
  });
});

const cell = (formula: string, value: unknown, afterWrite?: unknown): FakeCell => ({
  formula,
  value,
  ...(afterWrite !== undefined ? { afterWrite } : {}),
});

describe("OfficeWorkbook.repairOpevalCells", () => {
  it("writes again only the erroring OPEVAL cells, skips a protected sheet and reports a cell still in error", async () => {
    const state: FakeState = {
      sheets: ["Calc", "Locked", "Other"],
      tables: {},
      protectedSheets: ["Locked"],
      cells: {
        Calc: {
          B2: cell("=OPEVAL.GENERAL_SCORE(A2)", "#NAME?"),
          B3: cell("=_xldudf_OPEVAL_SERVICES_SCORE(A3)", "#NAME?"),
          B4: cell("=OPEVAL.EXPLAIN(A4)", "#NAME?", "#NAME?"), // stays: the add-in is not loaded
          B5: cell("=OPEVAL.GENERAL_SCORE(A5)", 71.25), // shows a value: left alone
          C2: cell("=1/0", "#DIV/0!"), // not ours: left alone
        },
        Locked: {
          A1: cell("=OPEVAL.GENERAL_SCORE(1)", "#NAME?"),
          A2: cell("=OPEVAL.GENERAL_SCORE(2)", "#NAME?"),
        },
        Other: { A1: cell("=SUM(1,2)", 3) },
      },
    };
    const { run, contexts } = fakeRunner(state);
    const result = await new OfficeWorkbook(run).repairOpevalCells();
    expect(result).toEqual({
      found: 3,
      repaired: 2,
      notRepaired: [{ sheet: "Calc", address: "B4", error: "#NAME?" }],
      protectedSheets: [{ sheet: "Locked", cells: 2 }],
      writeRequests: 1,
    });
    const ctx = contexts[0]!;
    // The sheets, the error cells of all of them, one write request, the check.
    expect(ctx.syncs).toBe(4);
    const writes = ctx.requests[2]!.filter((a) => a.op === "set formulas").map((a) => [a.target, a.value]);
    const calc = sheetId(state, "Calc");
    expect(writes).toEqual([
      [`ws(${calc}).range(B2)`, [["=OPEVAL.GENERAL_SCORE(A2)"]]],
      [`ws(${calc}).range(B3)`, [["=OPEVAL.SERVICES_SCORE(A3)"]]],
      [`ws(${calc}).range(B4)`, [["=OPEVAL.EXPLAIN(A4)"]]],
    ]);
    // Nothing else was written, on any sheet.
    expect(ctx.allActions().filter((a) => a.op.startsWith("set ")).length).toBe(3);
    expect(state.cells!.Calc!.B3).toEqual({ formula: "=OPEVAL.SERVICES_SCORE(A3)", value: 0 });
    expect(state.cells!.Calc!.C2!.value).toBe("#DIV/0!");
    expect(state.cells!.Locked!.A1!.value).toBe("#NAME?");
    // The check reads only the sheets written.
    expect(ctx.requests[3]!.map((a) => a.target)).toEqual([`ws(${calc}).range()`]);
  });

  it("sends nothing to write where no OPEVAL cell shows an error", async () => {
    const state: FakeState = {
      sheets: ["Calc"],
      tables: {},
      cells: { Calc: { A1: cell("=OPEVAL.GENERAL_SCORE(1)", 50) } },
    };
    const { run, contexts } = fakeRunner(state);
    expect(await new OfficeWorkbook(run).repairOpevalCells()).toEqual({
      found: 0,
      repaired: 0,
      notRepaired: [],
      protectedSheets: [],
      writeRequests: 0,
    });
    expect(contexts[0]!.syncs).toBe(2);
  });

  it("splits the writes by bytes: each request within the budget, one sync per request", async () => {
    // 6,000 cells with 900-character formulas: about 6 MB of formulas.
    const long = `=OPEVAL.EXPLAIN(${"A1+".repeat(295)}A1)`;
    const cells: Record<string, FakeCell> = {};
    for (let r = 1; r <= 6000; r++) cells[`A${r}`] = cell(long, "#NAME?");
    const state: FakeState = { sheets: ["Calc"], tables: {}, cells: { Calc: cells } };
    const { run, contexts } = fakeRunner(state);
    const result = await new OfficeWorkbook(run).repairOpevalCells();
    expect(result.found).toBe(6000);
    expect(result.repaired).toBe(6000);
    const ctx = contexts[0]!;
    const writeRequests = ctx.requests.filter((r) => r.some((a) => a.op === "set formulas"));
    expect(writeRequests.length).toBe(result.writeRequests);
    expect(writeRequests.length).toBeGreaterThanOrEqual(2);
    expect(ctx.syncs).toBe(3 + writeRequests.length);
    for (const request of writeRequests)
      expect(ctx.wireBytes(request)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    // Every cell written once, in order.
    const written = writeRequests.flat().map((a) => a.target);
    expect(written.length).toBe(6000);
    expect(new Set(written).size).toBe(6000);
  });

  it("plans batches that each stay within a small budget", () => {
    const cells = Array.from({ length: 10 }, (_, i) => ({
      sheetId: "{1}",
      sheet: "S",
      address: `A${i + 1}`,
      formula: "=OPEVAL.X(1)",
      error: "#NAME?",
    }));
    const batches = repairBatches(cells, 1000);
    expect(batches.flat()).toEqual(cells);
    expect(batches.length).toBeGreaterThan(1);
  });
});
