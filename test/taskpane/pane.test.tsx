/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook, type MemorySheet } from "../../src/excel/memory";
import type { WriteOptions, WriteResult } from "../../src/excel/workbook";
import type { SheetSpec } from "../../src/sheet/spec";
import { evaluate } from "../../src/evaluate";
import { formatScore } from "../../src/methodology/numeric";
import { uiText } from "../../taskpane/ui-text";
import { App, type StepId } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { SAMPLE, sampleWorkbook } from "../helpers/pane";

/** The sheets of a memory sheet as a spec again (to seed another workbook). */
function asSpec(sheet: MemorySheet): SheetSpec {
  return { name: sheet.name, kind: sheet.kind ?? "template", rows: sheet.cells, tables: sheet.tables };
}

/** Writes five sheets per batch and waits before the second batch until released. */
class GatedWorkbook extends MemoryWorkbook {
  batchesWritten = 0;
  private gate: () => void = () => {};
  private gated = new Promise<void>((r) => (this.gate = r));
  release(): void {
    this.gate();
  }
  override async writeSheets(sheets: readonly SheetSpec[], options: WriteOptions = {}): Promise<WriteResult> {
    const written: WriteResult["sheets"] = [];
    for (let i = 0; i < sheets.length; i += 5) {
      if (i > 0) {
        await this.gated;
        if (options.isCancelled?.()) return { sheets: written, cancelled: true };
      }
      const r = await super.writeSheets(sheets.slice(i, i + 5));
      written.push(...r.sheets);
      this.batchesWritten++;
      options.onProgress?.({
        batch: i / 5 + 1,
        batches: Math.ceil(sheets.length / 5),
        sheetsWritten: written.length,
        sheetsTotal: sheets.length,
        names: r.sheets.map((s) => s.name),
      });
    }
    return { sheets: written, cancelled: false };
  }
}

function renderPane(workbook: MemoryWorkbook, lang: "kk" | "ru" | "en", step?: StepId) {
  return render(<App workbook={workbook} api={opevalApi} initialLang={lang} initialStep={step} />);
}

describe("task pane", () => {
  it("shows every step in the Office language and switches language", () => {
    // The labels are written out here, not read from ui-text.ts: a wrong word there must fail.
    renderPane(new MemoryWorkbook(), "kk");
    const tabs = screen.getAllByRole("tab").map((t) => t.textContent);
    expect(tabs.join("|")).toContain("Тексеру");
    fireEvent.change(screen.getByRole("combobox", { name: "Тіл" }), {
      target: { value: "ru" },
    });
    expect(
      screen
        .getAllByRole("tab")
        .map((t) => t.textContent)
        .join("|"),
    ).toContain("Проверка");
    expect(screen.getByRole("button", { name: "Вставить пустой шаблон" })).toBeTruthy();
  });

  it("inserts the template as new sheets and links to them", async () => {
    const wb = new MemoryWorkbook();
    renderPane(wb, "ru");
    fireEvent.click(screen.getByRole("button", { name: uiText("insertTemplate", "ru") }));
    const links = await screen.findByTestId("sheet-links");
    const expected = (await opevalApi.templateSheets("ru")).map((s) => s.name);
    expect(await wb.sheetNames()).toEqual(["Sheet1", ...expected]);
    const buttons = within(links).getAllByRole("button");
    expect(buttons.map((b) => b.textContent)).toEqual(expected);
    fireEvent.click(buttons[2]!);
    await waitFor(() => expect(wb.activeSheet()).toBe(expected[2]));
  });

  it("does not add a second copy of the input tables", async () => {
    const wb = sampleWorkbook("kk");
    const before = await wb.sheetNames();
    renderPane(wb, "kk");
    fireEvent.click(screen.getByRole("button", { name: uiText("insertTemplate", "kk") }));
    await screen.findByText(uiText("templateExists", "kk"));
    expect(await wb.sheetNames()).toEqual(before);
  });

  it("reports a file that is not JSON in plain words, without touching the workbook", async () => {
    const wb = new MemoryWorkbook();
    renderPane(wb, "en");
    const file = new File(["{ not json"], "cohort.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("json-file"), { target: { files: [file] } });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain(
      'The file cohort.json has errors; nothing was added to the workbook:error: the file is not valid JSON: line 1, column 3: "n" cannot stand here',
    );
    expect(alert.textContent).not.toMatch(/\bat .*\(|\.ts:\d+/);
    expect(await wb.sheetNames()).toEqual(["Sheet1"]);
  });

  it("lists a problem with its cell, and clicking it selects that cell", async () => {
    const wb = sampleWorkbook("kk");
    const sheet = wb.allSheets().find((s) => s.tables.some((t) => t.name === "opeval_Services"))!;
    const table = sheet.tables.find((t) => t.name === "opeval_Services")!;
    const headerRow = Number(/\d+/.exec(table.range)![0]);
    wb.typeInto(sheet.name, headerRow + 1, 2, "-5");
    renderPane(wb, "kk", "check");
    fireEvent.click(screen.getByRole("button", { name: uiText("runCheck", "kk") }));
    const list = await screen.findByTestId("problems");
    const errors = list.querySelectorAll("li[data-severity=error]");
    expect(errors.length).toBeGreaterThan(0);
    const first = errors[0] as HTMLElement;
    expect(first.textContent).toContain(`${sheet.name}!B${headerRow + 1}`);
    fireEvent.click(within(first).getByRole("button"));
    await waitFor(() =>
      expect(wb.currentSelection()).toEqual({ sheet: sheet.name, address: `B${headerRow + 1}` }),
    );
  });

  it("shows the cohort with the engine's scores, sorts, filters by type and explains a body", async () => {
    const wb = sampleWorkbook("en");
    renderPane(wb, "en", "check");
    fireEvent.click(screen.getByRole("button", { name: uiText("runCheck", "en") }));
    await screen.findByText(/No errors/);
    fireEvent.click(screen.getByRole("tab", { name: new RegExp(uiText("stepResults", "en")) }));
    // The Results step reads the workbook's history (HistoryParts' useHistoryView) without a timer:
    // one macrotask inside act lets that read and its state update finish before the assertions.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const evaluation = evaluate(SAMPLE);
    if (!evaluation.ok) throw new Error("sample must score");
    const bodies = evaluation.result.bodies;
    const table = screen.getByTestId("cohort");
    const rows = () =>
      Array.from(table.querySelectorAll("tbody tr[data-body]")).map((r) => r.getAttribute("data-body"));
    // Default order: general score, highest first.
    const byScore = [...bodies].sort((a, b) => b.overall!.score - a.overall!.score).map((b) => b.id);
    expect(rows()).toEqual(byScore);
    for (const b of bodies) {
      const cell = table.querySelector(`tr[data-body="${b.id}"] [data-testid=general]`)!;
      expect(cell.textContent).toContain(formatScore(b.overall!.score));
    }
    fireEvent.click(within(table).getByText(uiText("colGeneral", "en")));
    expect(rows()).toEqual([...byScore].reverse());
    fireEvent.change(screen.getByRole("combobox", { name: uiText("filterType", "en") }), {
      target: { value: "local" },
    });
    expect(rows()).toEqual(
      bodies
        .filter((b) => b.type === "local")
        .map((b) => b.id)
        .sort((x, y) => byScore.indexOf(y) - byScore.indexOf(x)),
    );
    const local = bodies.find((b) => b.type === "local")!;
    fireEvent.click(screen.getByRole("button", { name: uiText("explainOf", "en", { body: local.name }) }));
    const explain = screen.getByTestId("explain");
    for (const e of local.explain) expect(explain.textContent).toContain(e.text);
  });

  it("shows progress per batch and stops between batches on cancel", async () => {
    const wb = new GatedWorkbook();
    wb.seed(sampleWorkbook("ru").allSheets().slice(1).map(asSpec));
    const before = wb.allSheets().length;
    renderPane(wb, "ru", "generate");
    fireEvent.click(screen.getByRole("button", { name: uiText("generate", "ru") }));
    // Building the first batch's forms takes seconds on a loaded machine: wait for it, never time it.
    await screen.findByText(
      new RegExp(uiText("progress", "ru", { done: 5, total: "\\d+" })),
      {},
      { timeout: 30_000 },
    );
    fireEvent.click(screen.getByRole("button", { name: uiText("cancel", "ru") }));
    wb.release();
    await screen.findByText(uiText("cancelled", "ru", { count: 5 }), {}, { timeout: 30_000 });
    expect((await wb.sheetNames()).length).toBe(before + 5);
    expect(wb.batchesWritten).toBe(1);
  });

  it("generates the forms with progress and links, and inserts the ranking with a chart", async () => {
    const wb = sampleWorkbook("kk");
    renderPane(wb, "kk", "check");
    fireEvent.click(screen.getByRole("button", { name: uiText("runCheck", "kk") }));
    await screen.findByText(/Қате жоқ/);
    const before = (await wb.sheetNames()).length;
    fireEvent.click(screen.getByRole("tab", { name: new RegExp(uiText("stepGenerate", "kk")) }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: uiText("generate", "kk") }));
    });
    // One line per body (and one for the reference annexes), each a link to its first sheet.
    const lines = await screen.findByTestId("body-lines", {}, { timeout: 20000 });
    const links = Array.from(lines.querySelectorAll("button"));
    const evaluation = evaluate(SAMPLE);
    if (!evaluation.ok) throw new Error("sample must score");
    expect(links.length).toBe(evaluation.result.bodies.length + 1);
    const added = (await wb.sheetNames()).slice(before);
    expect(links[0]!.getAttribute("title")).toBe(uiText("openSheet", "kk", { sheet: added[0]! }));
    fireEvent.click(links[1]!);
    await waitFor(() => expect(added).toContain(wb.activeSheet()));
    fireEvent.click(screen.getByRole("tab", { name: new RegExp(uiText("stepResults", "kk")) }));
    fireEvent.click(screen.getByRole("button", { name: uiText("insertRanking", "kk") }));
    await screen.findByText(uiText("rankingInserted", "kk", { sheet: uiText("rankingSheet", "kk") }));
    expect(wb.sheet(uiText("rankingSheet", "kk"))!.charts).toHaveLength(1);
  });
});
