/**
 * @jest-environment jsdom
 */
/**
 * Issue 23 item 17: the Check step's labels. A problem's badge says "Қате"/"Ошибка" and its line
 * does not say it again; a count of none gets no badge. Expected texts are written out by hand.
 */
import { fireEvent, render, screen } from "@testing-library/react";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { sampleWorkbook } from "../helpers/pane";

/** The sample with one negative count typed into the first data row of opeval_Services. */
function brokenWorkbook(lang: "kk" | "ru") {
  const wb = sampleWorkbook(lang);
  const sheet = wb.allSheets().find((s) => s.tables.some((t) => t.name === "opeval_Services"))!;
  const table = sheet.tables.find((t) => t.name === "opeval_Services")!;
  const row = Number(/\d+/.exec(table.range)![0]) + 1;
  wb.typeInto(sheet.name, row, 2, "-5");
  return { wb, cell: `${sheet.name}!B${row}` };
}

const CASES = [
  {
    lang: "kk",
    run: "Жұмыс кітабын тексеру",
    badge: "Қате",
    place: "парақ",
    label: /қате:/i,
    count: "Қателер: ",
    none: "Ескертулер: 0",
    line: '«Көрсетілген қызметтердің жалпы саны (b1)», орган "mju": 0-ден кем емес бүтін сан болуы тиіс, берілгені: -5',
  },
  {
    lang: "ru",
    run: "Проверить книгу",
    badge: "Ошибка",
    place: "лист",
    label: /ошибка:/i,
    count: "Ошибки: ",
    none: "Предупреждения: 0",
    line: '«Всего оказано услуг (b1)», орган "mju": должно быть целым числом ≥ 0, получено: -5',
  },
] as const;

describe.each(CASES)("Check step, $lang", ({ lang, run, badge, place, label, count, none, line }) => {
  it("names the severity once: in the badge, not again in the line", async () => {
    const { wb, cell } = brokenWorkbook(lang);
    render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="check" />);
    fireEvent.click(screen.getByRole("button", { name: run }));
    const list = await screen.findByTestId("problems");
    const errors = Array.from(list.querySelectorAll("li[data-severity=error]"));
    expect(errors.length).toBeGreaterThan(0);
    const first = errors.find((li) => li.textContent!.includes(cell))!;
    expect(first.textContent).toBe(`${badge}${place} ${cell} ${line}`);
    for (const li of errors) expect(li.textContent).not.toMatch(label);
    // The error count is shown; a warning count of none is not.
    const section = list.closest("section")!;
    expect(section.textContent).toContain(count);
    const warnings = list.querySelectorAll("li[data-severity=warning]").length;
    expect(warnings).toBe(0);
    expect(section.textContent).not.toContain(none);
    expect(section.textContent).toContain(`${count}1${badge}${place} `);
  });
});
