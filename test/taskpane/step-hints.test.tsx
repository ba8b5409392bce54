/**
 * @jest-environment jsdom
 */
/**
 * Issue 23 item 13: what the Conclusion step says before the check has scored the workbook — insert
 * the template (no input tables), fix the errors the check found, or check first, each with a link
 * to that step — nothing once Generate has checked and written; and Generate's blocking errors
 * listed as the Check step lists them (each selects its cell; five, then "Show all"). Every
 * expected text is written out here by hand, in kk, ru and en.
 */
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/excel/memory";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { sampleWorkbook } from "../helpers/pane";

type Lang = "kk" | "ru" | "en";

/** A negative count typed into the first `n` data rows of opeval_Services (one error each). */
function breakServices(wb: MemoryWorkbook, n: number): { sheet: string; rows: number[] } {
  const sheet = wb.allSheets().find((s) => s.tables.some((t) => t.name === "opeval_Services"))!;
  const table = sheet.tables.find((t) => t.name === "opeval_Services")!;
  const header = Number(/\d+/.exec(table.range)![0]);
  const rows = Array.from({ length: n }, (_, i) => header + 1 + i);
  for (const row of rows) wb.typeInto(sheet.name, row, 2, "-5");
  return { sheet: sheet.name, rows };
}

const WORDS = {
  kk: {
    conclusionTab: "3. Қорытынды",
    checkTab: "2. Тексеру",
    templateTab: "1. Үлгі",
    run: "Жұмыс кітабын тексеру",
    generate: "Қорытынды жасау",
    russian: "Орыс тілі",
    checkFirst: "Алдымен жұмыс кітабын тексеріңіз. 2-қадамға өту: Тексеру",
    noTables: "Жұмыс кітабында әзірге бастапқы кестелер жоқ: алдымен үлгіні қосыңыз. 1-қадамға өту: Үлгі",
    foundErrors: "Тексеру қателер тапты (7): оларды түзетіп, қайта тексеріңіз. 2-қадамға өту: Тексеру",
    blocked:
      "Бастапқы кестелерде қателер бар (7). Ұяшығын таңдау үшін қатені басыңыз, оларды түзетіп, қайталаңыз. 2-қадамға өту: Тексеру",
    showAll: "Барлығын көрсету (7)",
    passed: /Қате жоқ/,
  },
  ru: {
    conclusionTab: "3. Заключение",
    checkTab: "2. Проверка",
    templateTab: "1. Шаблон",
    run: "Проверить книгу",
    generate: "Сформировать заключение",
    russian: "Русский",
    checkFirst: "Сначала проверьте книгу. Перейти к шагу 2: Проверка",
    noTables: "В книге пока нет таблиц исходных данных: сначала вставьте шаблон. Перейти к шагу 1: Шаблон",
    foundErrors: "Проверка нашла ошибки (7): исправьте их и проверьте снова. Перейти к шагу 2: Проверка",
    blocked:
      "В таблицах исходных данных есть ошибки (7). Нажмите на ошибку, чтобы выделить её ячейку, исправьте их и повторите. Перейти к шагу 2: Проверка",
    showAll: "Показать все (7)",
    passed: /Ошибок нет/,
  },
  en: {
    conclusionTab: "3. Conclusion",
    checkTab: "2. Check",
    templateTab: "1. Template",
    run: "Check the workbook",
    generate: "Generate conclusion",
    russian: "Russian",
    checkFirst: "Check the workbook first. Go to step 2: Check",
    noTables: "The workbook has no input tables yet: insert the template first. Go to step 1: Template",
    foundErrors: "The check found errors (7): fix them and check again. Go to step 2: Check",
    blocked:
      "The input tables have errors (7). Click an error to select its cell, fix them, then try again. Go to step 2: Check",
    showAll: "Show all (7)",
    passed: /No errors/,
  },
} as const;

const LANGS: Lang[] = ["kk", "ru", "en"];
const selectedTab = () => screen.getAllByRole("tab").find((t) => t.getAttribute("aria-selected") === "true");

describe.each(LANGS)("Conclusion step hints, %s", (lang) => {
  const w = WORDS[lang];

  // The Results step shows the same hint as the Conclusion step.
  it.each(["generate", "results"] as const)(
    "before any check, %s: check first, with a link that opens the Check step",
    (step) => {
      render(<App workbook={sampleWorkbook(lang)} api={opevalApi} initialLang={lang} initialStep={step} />);
      const hint = screen.getByTestId("check-first");
      expect(hint.textContent).toBe(w.checkFirst);
      fireEvent.click(within(hint).getByRole("button"));
      expect(selectedTab()!.textContent).toBe(w.checkTab);
    },
  );

  it("no input tables: insert the template, with a link to step 1", async () => {
    render(<App workbook={new MemoryWorkbook()} api={opevalApi} initialLang={lang} initialStep="check" />);
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByRole("alert");
    fireEvent.click(screen.getByRole("tab", { name: w.conclusionTab }));
    const hint = screen.getByTestId("check-first");
    expect(hint.textContent).toBe(w.noTables);
    fireEvent.click(within(hint).getByRole("button"));
    expect(selectedTab()!.textContent).toBe(w.templateTab);
  });

  it("after a check that found errors: says so and links to Check", async () => {
    const wb = sampleWorkbook(lang);
    breakServices(wb, 7);
    render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="check" />);
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByTestId("problems");
    fireEvent.click(screen.getByRole("tab", { name: w.conclusionTab }));
    expect(screen.getByTestId("check-first").textContent).toBe(w.foundErrors);
  });

  it("Generate refused for errors: five listed as Check lists them, Show all, a click selects the cell", async () => {
    const wb = sampleWorkbook(lang);
    render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="check" />);
    fireEvent.click(screen.getByRole("button", { name: w.run }));
    await screen.findByText(w.passed, {}, { timeout: 30_000 });
    // The workbook changes after a clean check: Generate reads it again and refuses.
    const broken = breakServices(wb, 7);
    fireEvent.click(screen.getByRole("tab", { name: w.conclusionTab }));
    expect(screen.queryByTestId("check-first")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: w.generate }));
    const blocking = await screen.findByTestId("blocking-errors", {}, { timeout: 30_000 });
    expect(within(blocking).getByRole("alert").textContent).toBe(w.blocked);
    // Its own list replaces the hint (the check it ran is the pane's now).
    expect(screen.queryByTestId("check-first")).toBeNull();
    const items = () => Array.from(within(blocking).getByTestId("blocking-problems").querySelectorAll("li"));
    expect(items()).toHaveLength(5);
    expect(items().every((li) => li.getAttribute("data-severity") === "error")).toBe(true);
    fireEvent.click(within(blocking).getByRole("button", { name: w.showAll }));
    expect(items()).toHaveLength(7);
    expect(within(blocking).queryByRole("button", { name: w.showAll })).toBeNull();
    // Each line is a link that selects its cell, as on the Check step.
    const last = items()[6]!;
    expect(last.textContent).toContain(`${broken.sheet}!B${broken.rows[6]}`);
    fireEvent.click(within(last).getByRole("button"));
    await waitFor(() =>
      expect(wb.currentSelection()).toEqual({ sheet: broken.sheet, address: `B${broken.rows[6]}` }),
    );
  }, 60_000);

  it("after Generate has checked and written: no hint at all", async () => {
    const wb = sampleWorkbook(lang);
    render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="generate" />);
    expect(screen.getByTestId("check-first").textContent).toBe(w.checkFirst);
    // One language, so the write is shorter.
    fireEvent.click(screen.getByRole("checkbox", { name: w.russian }));
    fireEvent.click(screen.getByRole("button", { name: w.generate }));
    await screen.findByTestId("body-lines", {}, { timeout: 60_000 });
    expect(screen.queryByTestId("check-first")).toBeNull();
  }, 90_000);
});
