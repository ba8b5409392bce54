/**
 * @jest-environment jsdom
 */
/**
 * The pane's Generate targets (new workbooks by default, this workbook with the undo warning), the
 * per-body summary with "Record the period" above it, a refused new workbook with its way out, and
 * "Repair OPEVAL cells" — over the in-memory workbook with the file import modelled.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { MemoryWorkbook } from "../../src/excel/memory";
import { callsOpeval } from "../../src/excel/repair";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { evaluate } from "../../src/evaluate";
import { uiText } from "../../taskpane/ui-text";
import { App, type StepId } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { parseAssessment } from "../../src/model/parse";
import { TextDecoder, TextEncoder } from "node:util";
import type { NativeImport } from "../../src/excel/native-import";

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;
// jsdom has no TextEncoder; the .xlsx writer needs it when its module loads (hence the lazy import).
Object.assign(globalThis, { TextEncoder, TextDecoder });
const nodeFileImport: NativeImport = {
  newFile: async (options) => (await import("../helpers/file-import")).nodeFileImport.newFile(options),
};

const SAMPLE = JSON.parse(
  readFileSync(path.resolve(__dirname, "../../examples/sample-cohort.json"), "utf8"),
) as unknown;
const evaluation = evaluate(SAMPLE);
if (!evaluation.ok) throw new Error("the sample must score");
const BODIES = evaluation.result.bodies;

function workbookWithFileImport(lang: "kk" | "ru" | "en"): MemoryWorkbook {
  const wb = new MemoryWorkbook("Sheet1", {
    native: nodeFileImport,
    inflateRaw: async (d) => inflateRawSync(d),
  });
  wb.seed(buildTemplateSheets(lang, parseAssessment(SAMPLE).assessment));
  return wb;
}

function renderPane(workbook: MemoryWorkbook, lang: "kk" | "ru" | "en", step?: StepId) {
  return render(<App workbook={workbook} api={opevalApi} initialLang={lang} initialStep={step} />);
}

/** Runs the check, then opens the Generate step. */
async function checkThenGenerateStep(lang: "kk" | "ru" | "en") {
  fireEvent.click(screen.getByRole("button", { name: uiText("runCheck", lang) }));
  await screen.findByText(uiText("checkPassed", lang, { bodies: BODIES.length }), {}, { timeout: 30000 });
  fireEvent.click(screen.getByRole("tab", { name: new RegExp(uiText("stepGenerate", lang)) }));
}

describe("Generate into new workbooks", () => {
  it("opens one new workbook per language by default, names each, and lists one line per body", async () => {
    const wb = workbookWithFileImport("ru");
    const before = await wb.sheetNames();
    renderPane(wb, "ru", "check");
    await checkThenGenerateStep("ru");
    // Both languages are checked, and the target is new workbooks: no undo warning.
    expect((screen.getByRole("checkbox", { name: uiText("langKk", "ru") }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole("checkbox", { name: uiText("langRu", "ru") }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect((screen.getByRole("radio", { name: uiText("targetNew", "ru") }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(screen.queryByTestId("undo-warning")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: uiText("generate", "ru") }));
    const books = await screen.findByTestId("new-workbooks", {}, { timeout: 60000 });
    const items = Array.from(books.querySelectorAll("li")).map((li) => li.textContent);
    expect(wb.newWorkbooks).toHaveLength(2);
    expect(items).toEqual(
      wb.newWorkbooks.map((sheets, i) =>
        uiText("newWorkbookLine", "ru", {
          n: i + 1,
          lang: uiText(i === 0 ? "langKk" : "langRu", "ru"),
          bodies: BODIES.length,
          sheets: sheets.length,
          first: sheets[0]!,
        }),
      ),
    );
    // This workbook got nothing.
    expect(await wb.sheetNames()).toEqual(before);
    // One line per body plus the reference annexes, each in both workbooks; no links.
    const lines = screen.getByTestId("body-lines");
    const texts = Array.from(lines.querySelectorAll("li")).map((li) => li.textContent);
    expect(texts).toHaveLength(BODIES.length + 1);
    expect(texts[0]).toMatch(new RegExp(`^${BODIES[0]!.name.replace(/[().]/g, "\\$&")}: .*1, 2$`));
    expect(lines.querySelectorAll("button")).toHaveLength(0);
    // "Record the period" comes before the list, so it is in view without scrolling past 50 lines.
    const record = screen.getByTestId("record-history");
    expect(record.compareDocumentPosition(lines) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  }, 120_000);

  it("says so when Excel refuses a new workbook, and writes the forms into this workbook on request", async () => {
    const wb = workbookWithFileImport("en");
    wb.failNewWorkbook = "GeneralException";
    const before = (await wb.sheetNames()).length;
    renderPane(wb, "en", "check");
    await checkThenGenerateStep("en");
    fireEvent.click(screen.getByRole("checkbox", { name: uiText("langRu", "en") })); // Kazakh only
    fireEvent.click(screen.getByRole("button", { name: uiText("generate", "en") }));
    const failed = await screen.findByTestId("new-workbook-failed", {}, { timeout: 60000 });
    expect(failed.textContent).toContain("GeneralException");
    expect(wb.newWorkbooks).toHaveLength(0);
    fireEvent.click(screen.getByRole("button", { name: uiText("writeLeftHere", "en") }));
    const lines = await screen.findByTestId("body-lines", {}, { timeout: 60000 });
    const added = (await wb.sheetNames()).slice(before);
    const count = Number(/\d+/.exec(failed.textContent!.split(")")[1]!)![0]);
    expect(added).toHaveLength(count);
    const links = within(lines).getAllByRole("button");
    expect(links).toHaveLength(BODIES.length + 1);
    fireEvent.click(links[0]!);
    await waitFor(() => expect(wb.activeSheet()).toBe(added[0]));
  }, 120_000);

  it("warns that Excel cannot undo Generate into this workbook", async () => {
    const wb = workbookWithFileImport("kk");
    renderPane(wb, "kk", "generate");
    fireEvent.click(screen.getByRole("radio", { name: uiText("targetThis", "kk") }));
    expect(screen.getByTestId("undo-warning").textContent).toBe(uiText("undoWarning", "kk"));
  });
});

describe("Repair OPEVAL cells", () => {
  it("repairs the erroring OPEVAL cells, names a protected sheet and lists a cell still in error", async () => {
    const wb = new MemoryWorkbook();
    const sheets = await opevalApi.templateSheets("en", (await opevalApi.parseJson(SAMPLE)).assessment);
    const calculation = sheets.find((s) => s.kind === "calculation")!;
    wb.seed([calculation, calculation]);
    const [calc, copy] = wb.allSheets().slice(1);
    const ours = calc!.formulas.filter((f) => callsOpeval(f.formula)).slice(0, 3);
    expect(ours).toHaveLength(3);
    wb.showError(calc!.name, ours[0]!.address, "#NAME?");
    wb.showError(calc!.name, ours[1]!.address, "#NAME?");
    wb.showError(calc!.name, ours[2]!.address, "#NAME?", true);
    wb.showError(copy!.name, ours[0]!.address, "#NAME?");
    copy!.protected = true;
    renderPane(wb, "en", "check");
    fireEvent.click(screen.getByRole("button", { name: uiText("repairRun", "en") }));
    await screen.findByText(uiText("repairDone", "en", { repaired: 2, found: 3 }));
    screen.getByText(uiText("repairProtected", "en", { sheet: copy!.name, count: 1 }));
    const still = screen.getByTestId("repair-still");
    expect(still.textContent).toContain(uiText("repairStill", "en", { count: 1 }));
    fireEvent.click(within(still).getByRole("button"));
    await waitFor(() =>
      expect(wb.currentSelection()).toEqual({ sheet: calc!.name, address: ours[2]!.address }),
    );
    // The repaired cells show their values again.
    const [r, c] = [Number(/\d+/.exec(ours[0]!.address)![0]), ours[0]!.address.charCodeAt(0) - 64];
    expect(wb.cell(calc!.name, r, c)).not.toBe("#NAME?");
  }, 60_000);

  it("says when no OPEVAL cell shows an error", async () => {
    renderPane(new MemoryWorkbook(), "kk", "check");
    fireEvent.click(screen.getByRole("button", { name: uiText("repairRun", "kk") }));
    await screen.findByText(uiText("repairNone", "kk"));
  });
});
