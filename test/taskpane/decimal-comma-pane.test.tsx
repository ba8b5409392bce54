/**
 * @jest-environment jsdom
 */
/** Issue 23 item 15 (part): the Results step writes scores with the decimal comma in kk and ru. */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { sampleWorkbook } from "../helpers/pane";

const CASES = [
  {
    lang: "ru",
    run: "Проверить книгу",
    passed: /Ошибок нет/,
    results: /Результаты/,
    figure: /^\d{1,3},\d\d$/,
  },
  {
    lang: "kk",
    run: "Жұмыс кітабын тексеру",
    passed: /Қате жоқ/,
    results: /Нәтижелер/,
    figure: /^\d{1,3},\d\d$/,
  },
  {
    lang: "en",
    run: "Check the workbook",
    passed: /No errors/,
    results: /Results/,
    figure: /^\d{1,3}\.\d\d$/,
  },
] as const;

it.each(CASES)(
  "$lang: every general score and its explanation's figures",
  async ({ lang, run, passed, results, figure }) => {
    const wb = sampleWorkbook(lang);
    render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="check" />);
    fireEvent.click(screen.getByRole("button", { name: run }));
    await screen.findByText(passed);
    fireEvent.click(screen.getByRole("tab", { name: results }));
    // The Results step reads the workbook's history once shown: let it land inside act().
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const cells = Array.from(screen.getByTestId("cohort").querySelectorAll("[data-testid=general] strong"));
    expect(cells.length).toBeGreaterThanOrEqual(3);
    for (const c of cells) expect(c.textContent).toMatch(figure);
    // The first body's explanation: no figure with a decimal point in kk and ru.
    fireEvent.click(screen.getByTestId("cohort").querySelector("tbody tr button")!);
    // The explanation's form terms arrive with a chunk (kk, ru): likewise.
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const formulas = Array.from(screen.getByTestId("explain").querySelectorAll("li > div:first-of-type"));
    expect(formulas.length).toBeGreaterThan(5);
    const pointed = formulas.filter((f) => /\d\.\d/.test(f.textContent!));
    expect(pointed.length === 0).toBe(lang !== "en");
  },
);
