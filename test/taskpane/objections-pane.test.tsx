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
    // The deadline's date is said once, on its own line.
    expect(within(late).getByTestId("objectionSubmitted").textContent).toBe("01.04.2020 — после срока");
    expect(late.textContent!.split("31.03.2020")).toHaveLength(2);
    const accepted = items.find((li) => li.getAttribute("data-outcome") === "accepted")!;
    expect(within(accepted).getByTestId("objectionSubmitted").textContent).toBe("27.03.2020 — в срок");
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
    expect(
      await screen.findByText("«Қарсылықтар» парағында әзірге қарсылық жоқ: әр қарсылыққа бір жол қосыңыз."),
    ).toBeTruthy();
    expect(screen.queryByTestId("objection-problems")).toBeNull();
  });

  it("explains how to add the table when the workbook has none, naming the template's sheets in the workbook's language", async () => {
    // A Kazakh workbook in an English pane: the sheets to copy are the Kazakh template's.
    renderObjections(workbookWith("noTable"), "en");
    expect(
      await screen.findByText(
        "This workbook has no objections table. The template (step 1) has it on its «Қарсылықтар» sheet, and the days off on its «Мерекелер» sheet: insert the template into a new workbook, copy those two sheets here and add one row per objection.",
      ),
    ).toBeTruthy();
    expect(
      screen.queryByRole("button", {
        name: "Write the table of disagreements (annex 14) and corrected conclusions",
      }),
    ).toBeNull();
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

/**
 * Issue 23 item 16, in each language: the intro names the sheets the analyst sees (the workbook is
 * Kazakh), never a table's internal name; the dates of the received and submitted fields carry the
 * objections table's own headers (the same words as the template's header row); every date in the
 * step is dd.mm.yyyy; the deadline's date is said once per objection; the write button calls annex 14
 * by its own name (FORMS.md 14.3: қайшылықтар кестесі, table of disagreements).
 */
const ITEM_16 = {
  kk: {
    intro:
      "«Қарсылықтар» парағындағы қарсылықтар. Қарсылық қорытындыны алған күннен бастап 5 жұмыс күні ішінде жіберіледі (102-т.); күндер Қазақстан күнтізбесі мен «Мерекелер» парағындағы күндер бойынша саналады.",
    received: "Қорытындыны алған күні",
    deadline: "Қарсылық беру мерзімі",
    submitted: "Қарсылық түскен күні",
    write: "Қайшылықтар кестесін (14-қосымша) және түзетілген қорытындыларды жазу",
  },
  ru: {
    intro:
      "Возражения с листа «Қарсылықтар». Возражение подаётся в течение 5 рабочих дней со дня получения заключения (п. 102); дни считаются по календарю Казахстана с учётом листа «Мерекелер».",
    received: "Дата получения заключения",
    deadline: "Срок подачи возражения",
    submitted: "Дата поступления возражения",
    write: "Записать таблицу разногласий (приложение 14) и исправленные заключения",
  },
  en: {
    intro:
      "Objections from the «Қарсылықтар» sheet. An objection is due within 5 working days of receiving the conclusion (§102), counted on Kazakhstan's calendar with the days of the «Мерекелер» sheet.",
    received: "Conclusion received on",
    deadline: "Deadline for the objection",
    submitted: "Objection received on",
    write: "Write the table of disagreements (annex 14) and corrected conclusions",
  },
} as const;

describe.each(["kk", "ru", "en"] as const)("objections step words, %s", (lang) => {
  const w = ITEM_16[lang];
  it("names sheets, one date format, the deadline once, the table's field names and annex 14's term", async () => {
    const wb = workbookWith([LATE, ACCEPTED]);
    renderObjections(wb, lang);
    const list = await screen.findByTestId("objections");
    expect(screen.getByTestId("objections-intro").textContent).toBe(w.intro);
    const step = list.closest("section")!;
    expect(step.textContent).not.toMatch(/opeval_/);
    // Every date the step shows is dd.mm.yyyy: none ISO, and the ones written out are all there.
    expect(step.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    const dates = step.textContent!.match(/\d{2}\.\d{2}\.\d{4}/g)!;
    for (const d of ["19.03.2020", "31.03.2020", "01.04.2020", "27.03.2020"]) expect(dates).toContain(d);
    const late = within(list)
      .getAllByTestId("objection")
      .find((li) => li.getAttribute("data-outcome") === "late")!;
    const labels = Array.from(late.querySelectorAll("dt")).map((dt) => dt.textContent);
    expect(labels.slice(0, 3)).toEqual([w.received, w.deadline, w.submitted]);
    // Both objections came on a conclusion received 19.03.2020: their deadline 31.03.2020 is said
    // once on each card, and not again in the late one's status or in a warning.
    expect(late.textContent!.split("31.03.2020")).toHaveLength(2);
    expect(step.textContent!.split("31.03.2020")).toHaveLength(3);
    // The same words head the received and submitted columns of the template's table in this language.
    const template = buildTemplateSheets(lang).find((s) => s.tables?.[0]?.name === "opeval_Objections")!;
    expect(template.rows[2]).toEqual(expect.arrayContaining([w.received, w.submitted]));
    expect(screen.getByRole("button", { name: w.write })).toBeTruthy();
  });
});
