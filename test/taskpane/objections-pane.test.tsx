/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/excel/memory";
import type { CellValue, SheetSpec } from "../../src/sheet/spec";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { TABLE_TERMS } from "../../src/model/model-terms";
import { uiText } from "../../taskpane/ui-text";
import { OUTCOME_TERMS } from "../../src/objections/objection-terms";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { parseAssessment } from "../../src/model/parse";
import { SAMPLE } from "../helpers/pane";

/** The sample cohort's template with `objections` as the rows of opeval_Objections (or without that table). */
function workbookWith(objections: CellValue[][] | "noTable"): MemoryWorkbook {
  const specs: SheetSpec[] = buildTemplateSheets("kk", parseAssessment(SAMPLE).assessment);
  const index = specs.findIndex((s) => s.tables?.[0]?.name === "opeval_Objections");
  if (objections === "noTable") specs.splice(index, 1);
  else {
    const spec = specs[index]!;
    spec.rows = [...spec.rows.slice(0, 3), ...objections];
    const width = (spec.rows[2] as CellValue[]).length;
    spec.tables![0]!.range = `A3:${String.fromCharCode(64 + width)}${3 + objections.length}`;
  }
  const wb = new MemoryWorkbook();
  wb.seed(specs);
  return wb;
}

// Columns: № body direction item objection received submitted decision decisionDate note field value.
// 43909 is 19.03.2020 (Thu). Nauryz 2020 (21–23 March, Sat–Mon) shifts past the weekend to 24 and
// 25 March, so the 5 working days are 20, 26, 27, 30 and 31 March: sent on 1 April is late.
const LATE: CellValue[] = [
  1,
  "almaty",
  TABLE_TERMS.services.kk,
  "M2",
  "Мерзімі бұзылған қызметтер саны 12 емес, 5.",
  43909,
  "01.04.2020",
  "қабылданды",
  "10.04.2020",
  null,
  "services.late",
  5,
];
const ACCEPTED: CellValue[] = [
  2,
  "mju",
  TABLE_TERMS.complaints.kk,
  "R4",
  "Тәртіптік жауапкершілікке тартылғандар саны 118 емес, 190.",
  43909,
  "27.03.2020",
  "қабылданды",
  "08.04.2020",
  "Расталды.",
  "complaints.disciplined",
  190,
];

function renderObjections(wb: MemoryWorkbook, lang: "kk" | "ru" | "en") {
  return render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="objections" />);
}

describe("task pane: objections step", () => {
  it("shows each objection with its computed deadline; a late one is not accepted", async () => {
    renderObjections(workbookWith([LATE, ACCEPTED]), "ru");
    const list = await screen.findByTestId("objections");
    const items = within(list).getAllByTestId("objection");
    expect(items).toHaveLength(2);
    const late = items.find((li) => li.getAttribute("data-outcome") === "late")!;
    expect(within(late).getByTestId("objectionReceived").textContent).toBe("19.03.2020");
    expect(within(late).getByTestId("objectionDeadline").textContent).toBe("31.03.2020");
    expect(late.textContent).toContain(uiText("statusLate", "ru", { deadline: "31.03.2020" }));
    const accepted = items.find((li) => li.getAttribute("data-outcome") === "accepted")!;
    expect(within(accepted).getByTestId("objectionSubmitted").textContent).toBe(
      `27.03.2020 — ${uiText("statusOnTime", "ru")}`,
    );
    expect(screen.getByTestId("objections-summary").textContent).toBe(
      uiText("objectionsSummary", "ru", { count: 2, accepted: 1, rejected: 0, late: 1, pending: 0 }),
    );
  });

  it("writes annex 14, the corrected conclusions and the log as new sheets, with links", async () => {
    const wb = workbookWith([LATE, ACCEPTED]);
    const before = await wb.sheetNames();
    renderObjections(wb, "kk");
    await screen.findByTestId("objections");
    fireEvent.click(screen.getByRole("button", { name: uiText("writeObjections", "kk") }));
    const links = await screen.findByTestId("sheet-links", {}, { timeout: 20000 });
    const names = Array.from(links.querySelectorAll("button")).map((b) => b.textContent!);
    const after = await wb.sheetNames();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length)).toEqual(names);
    // Annex 14 for both objected directions; only the accepted, timely objection corrects a value.
    expect(names.filter((n) => /14/.test(n)).length).toBeGreaterThanOrEqual(2);
    expect(names.some((n) => n.endsWith("-түз"))).toBe(true);
    expect(names.some((n) => n.startsWith("Алматы") && n.endsWith("-түз"))).toBe(false);
    const log = wb.sheet("opeval_Log")!;
    const logText = log.cells.flat().map(String);
    expect(logText).toEqual(expect.arrayContaining(["complaints.disciplined", "118", "190"]));
    expect(logText).not.toContain("services.late");
    const annex = names.find((n) => n.startsWith("Алматы") && /14/.test(n))!;
    // The late objection is rejected on its annex 14 with the date it came and the deadline.
    const annexText = wb.sheet(annex)!.cells.flat().join(" ").toLowerCase();
    expect(annexText).toContain(OUTCOME_TERMS.rejected.kk);
    expect(annexText).toMatch(/01\.04\.2020.*31\.03\.2020/);
    fireEvent.click(within(links).getByText("opeval_Log"));
    await waitFor(() => expect(wb.activeSheet()).toBe("opeval_Log"));
  });

  it("says there are no objections yet when the template's table is empty", async () => {
    renderObjections(workbookWith([]), "kk");
    expect(await screen.findByText(uiText("noObjections", "kk"))).toBeTruthy();
    expect(screen.queryByTestId("objection-problems")).toBeNull();
  });

  it("explains how to add the table when the workbook has none", async () => {
    renderObjections(workbookWith("noTable"), "en");
    expect(await screen.findByText(uiText("noObjectionsTable", "en"))).toBeTruthy();
    expect(screen.queryByRole("button", { name: uiText("writeObjections", "en") })).toBeNull();
  });

  it("lists a bad row as a problem at its cell, and clicking it selects the cell", async () => {
    const wb = workbookWith([[3, "nosuchbody", ...LATE.slice(2)]]);
    renderObjections(wb, "en");
    const problems = await screen.findByTestId("objection-problems");
    const error = problems.querySelector("li[data-severity=error]") as HTMLElement;
    expect(error.textContent).toContain("nosuchbody");
    fireEvent.click(within(error).getByRole("button"));
    await waitFor(() => expect(wb.currentSelection()?.address).toMatch(/^B4$/));
  });
});
