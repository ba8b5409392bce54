/**
 * @jest-environment jsdom
 */
/**
 * Issue 24, item 3, in the task pane: the Template step's "Template for" choice writes the sheets
 * one authority fills, as `opeval template --direction` does. The option labels and the sheet lists
 * are written out by hand (the labels from the guide's «Кім кімді бағалайды» / «Кто кого
 * оценивает», the lists as in test/workbook/direction-template.test.ts).
 */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { MemoryWorkbook } from "../../src/excel/memory";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { DIRECTION_SHEETS as SHEETS } from "../helpers/direction-sheets";
import { SAMPLE } from "../helpers/pane";

type PaneLang = "kk" | "ru";

const LABEL: Record<PaneLang, { choice: string; insert: string }> = {
  kk: { choice: "Үлгі кімге арналған", insert: "Бос үлгіні қосу" },
  ru: { choice: "Шаблон для", insert: "Вставить пустой шаблон" },
};

const OPTIONS: Record<PaneLang, string[]> = {
  kk: [
    "Толық үлгі (Агенттік, барлық бағыттар)",
    "Қызметтер (Агенттік)",
    "Автоматтандыру (Цифрлық даму министрлігі)",
    "Ашықтық (Ақпарат және қоғамдық даму министрлігі)",
    "Шағымдар (Құқықтық статистика және арнайы есепке алу жөніндегі комитет)",
  ],
  ru: [
    "Полный шаблон (Агентство, все направления)",
    "Услуги (Агентство)",
    "Автоматизация (Министерство цифрового развития)",
    "Открытость (Министерство информации и общественного развития)",
    "Жалобы (Комитет по правовой статистике и специальным учетам)",
  ],
};

// The full Kazakh template: every direction's tables, the history's, and (filled from JSON) the
// live Calculation sheet.
const FULL_KK = [
  "Нұсқаулық",
  "Органдар",
  "Баптаулар",
  "Уәкілетті органдар",
  "Қызметтер",
  "Қанағаттану",
  "Автоматтандыру",
  "Ашықтық (орган)",
  "Ашықтық",
  "Шағымдар",
  "Салыстыру актісі",
  "Алынған қорытындылар",
  "Қарсылықтар",
  "Мерекелер",
  "Нәтижелер тарихы",
  "Органдар сәйкестігі",
];

const CASES = (["kk", "ru"] as const).flatMap((lang) =>
  Object.keys(SHEETS).map((direction, i) => [lang, direction, i + 1] as const),
);

function renderPane(wb: MemoryWorkbook, lang: "kk" | "ru" | "en") {
  render(<App workbook={wb} api={opevalApi} initialLang={lang} initialStep="template" />);
  return screen.getByRole("combobox", { name: lang === "en" ? "Template for" : LABEL[lang].choice });
}

/** Chooses the option by the words the analyst reads. */
function choose(select: HTMLElement, label: string): void {
  const option = within(select).getByRole<HTMLOptionElement>("option", { name: label });
  fireEvent.change(select, { target: { value: option.value } });
}

/** The sheets the pane added, in order (a new memory workbook starts with Sheet1). */
async function added(wb: MemoryWorkbook): Promise<string[]> {
  const names = await wb.sheetNames();
  expect(names[0]).toBe("Sheet1");
  return names.slice(1);
}

describe("the Template step's choice of authority", () => {
  test.each(["kk", "ru"] as const)(
    "offers the full template first, then the four authorities (%s)",
    (lang) => {
      const select = renderPane(new MemoryWorkbook(), lang);
      expect(
        within(select)
          .getAllByRole("option")
          .map((o) => o.textContent),
      ).toEqual(OPTIONS[lang]);
      expect((select as HTMLSelectElement).value).toBe("");
    },
  );

  test("names the authorities in English too", () => {
    const select = renderPane(new MemoryWorkbook(), "en");
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent),
    ).toEqual([
      "Full template (Agency, all directions)",
      "Services (Agency)",
      "Automation (Ministry of Digital Development)",
      "Openness (Ministry of Information and Social Development)",
      "Complaints (Committee on Legal Statistics and Special Records)",
    ]);
  });

  test.each(CASES)(
    "%s, %s: Insert template writes that authority's sheets",
    async (lang, direction, option) => {
      const wb = new MemoryWorkbook();
      const select = renderPane(wb, lang);
      choose(select, OPTIONS[lang][option]!);
      fireEvent.click(screen.getByRole("button", { name: LABEL[lang].insert }));
      const links = await screen.findByTestId("sheet-links");
      expect(await added(wb)).toEqual(SHEETS[direction]![lang]);
      expect(
        within(links)
          .getAllByRole("button")
          .map((b) => b.textContent),
      ).toEqual(SHEETS[direction]![lang]);
    },
  );

  test.each(CASES)(
    "%s, %s: Fill from JSON writes that authority's sheets, filled, without Calculation",
    async (lang, direction, option) => {
      const wb = new MemoryWorkbook();
      const select = renderPane(wb, lang);
      choose(select, OPTIONS[lang][option]!);
      const file = new File([JSON.stringify(SAMPLE)], "cohort.json", { type: "application/json" });
      fireEvent.change(screen.getByTestId("json-file"), { target: { files: [file] } });
      await screen.findByTestId("sheet-links");
      const sheets = await added(wb);
      expect(sheets).toEqual(SHEETS[direction]![lang]);
      expect(sheets).not.toContain(lang === "kk" ? "Есептеу" : "Расчёт");
      // Filled: the Bodies table holds the sample's eight bodies, on the authority's Bodies sheet.
      const [bodies] = await wb.readTables(["opeval_Bodies"]);
      expect(bodies!.sheet).toBe(SHEETS[direction]![lang][1]);
      expect(bodies!.values.slice(1).map((row) => row[0])).toEqual([
        "mju",
        "mzsr",
        "nbrk",
        "mo",
        "almaty",
        "karaganda",
        "turkestan",
        "akmola",
      ]);
    },
  );

  test("by default Insert template writes the full template", async () => {
    const wb = new MemoryWorkbook();
    renderPane(wb, "kk");
    fireEvent.click(screen.getByRole("button", { name: LABEL.kk.insert }));
    await screen.findByTestId("sheet-links");
    expect(await added(wb)).toEqual(FULL_KK);
  });

  test("by default Fill from JSON writes the full template and the Calculation sheet", async () => {
    const wb = new MemoryWorkbook();
    renderPane(wb, "kk");
    const file = new File([JSON.stringify(SAMPLE)], "cohort.json", { type: "application/json" });
    fireEvent.change(screen.getByTestId("json-file"), { target: { files: [file] } });
    await screen.findByTestId("sheet-links");
    expect(await added(wb)).toEqual([...FULL_KK, "Есептеу"]);
  });
});
