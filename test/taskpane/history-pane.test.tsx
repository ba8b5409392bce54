/**
 * @jest-environment jsdom
 */
/**
 * The history in the pane, on the sample's two years: a workbook whose opeval_History records 2018
 * shows the change of each 2019 score, the level-change badge and the moved indicators with both
 * explanations; recording 2019 adds rows, recording it again needs a confirmation and then
 * replaces exactly its rows; the trend sheet gets a line chart.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { MemoryWorkbook } from "../../src/excel/memory";
import { bodyMapTableRows, historyTableRows } from "../../src/history/history-rows";
import { snapshotOf } from "../../src/history/history-snapshot";
import { BODY_MAP_TABLE_NAME, HISTORY_TABLE_NAME } from "../../src/history/history-tables";
import { scoreAssessment } from "../../src/methodology/assess";
import { parseAssessment } from "../../src/model/parse";
import { assessmentRows } from "../../src/model/template-rows";
import { renderTemplateSheets } from "../../src/model/template-sheets";
import { uiText } from "../../taskpane/ui-text";
import { INPUT_TABLES } from "../../src/workbook/input-template";
import { App } from "../../taskpane/App";
import { generateConclusions } from "../../taskpane/actions";
import { insertTrend, recordPeriod } from "../../taskpane/history-actions";
import { opevalApi } from "../../taskpane/opeval-api";

class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= NoLayoutResizeObserver;

const read = (file: string) =>
  parseAssessment(JSON.parse(readFileSync(path.resolve(__dirname, "../../samples", file), "utf8")))
    .assessment!;
const CURRENT = read("assessment-sample.json");
const PREVIOUS = read("assessment-previous.json");

/** The 2019 template with 2018 recorded in opeval_History and mic → mdai in opeval_BodyMap. */
function workbookWith2018(): MemoryWorkbook {
  const wb = new MemoryWorkbook();
  const rows = new Map([
    ...assessmentRows("kk", CURRENT),
    [HISTORY_TABLE_NAME, historyTableRows([snapshotOf(scoreAssessment(PREVIOUS), "2018")], "kk")],
    [BODY_MAP_TABLE_NAME, bodyMapTableRows(new Map([["mic", "mdai"]]), "kk")],
  ]);
  wb.seed(renderTemplateSheets(INPUT_TABLES, "kk", rows));
  return wb;
}

async function historyRows(wb: MemoryWorkbook) {
  const [table] = await wb.readTables([HISTORY_TABLE_NAME]);
  return table!.values.slice(1).filter((r) => r.some((v) => v !== null && v !== ""));
}

describe("history in the task pane", () => {
  it("shows the change under each score, the level badge and the moved indicators", async () => {
    render(<App workbook={workbookWith2018()} api={opevalApi} initialLang="ru" initialStep="check" />);
    fireEvent.click(screen.getByRole("button", { name: uiText("runCheck", "ru") }));
    await screen.findByText(uiText("checkPassed", "ru", { bodies: 48 }), {}, { timeout: 20000 });
    fireEvent.click(screen.getByRole("tab", { name: new RegExp(uiText("stepResults", "ru")) }));
    const table = screen.getByTestId("cohort");
    const row = () => table.querySelector('tr[data-body="mia"]')!;
    // Hand-computed (2018 → 2019): services 88.18 → 89.80, openness 87.74 → 95.49,
    // complaints 85.92 → 84.78, general 87.28 → 90.02; level medium → high.
    await within(row() as HTMLElement).findAllByTestId("change", {}, { timeout: 20000 });
    const changes = Array.from(row().querySelectorAll("[data-testid=change]")).map((c) => c.textContent);
    // The Russian pane writes the decimal comma, and each change names its base (issue 23 item 15).
    expect(changes).toEqual([
      "+1,62 к\u00a02018",
      "+7,75 к\u00a02018",
      "-1,14 к\u00a02018",
      "+2,74 к\u00a02018",
    ]);
    expect(row().querySelector("[data-testid=level-change]")!.textContent).toBe("▲ 2018: средний");
    // The renamed body is matched through opeval_BodyMap: 88.42 → 88.58.
    const mdai = table.querySelector('tr[data-body="mdai"]')!;
    expect(Array.from(mdai.querySelectorAll("[data-testid=change]")).map((c) => c.textContent)).toEqual([
      "+1,14 к\u00a02018",
      "-1,68 к\u00a02018",
      "+1,03 к\u00a02018",
      "+0,16 к\u00a02018",
    ]);
    // A body new in 2019 shows no change.
    expect(table.querySelector('tr[data-body="abai"] [data-testid=change]')).toBeNull();
    const mia = CURRENT.bodies.find((b) => b.id === "mia")!;
    fireEvent.click(screen.getByRole("button", { name: uiText("explainOf", "ru", { body: mia.name }) }));
    // The explanation's form terms arrive with a chunk: let them land inside act().
    await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    const moved = screen.getByTestId("moved");
    expect(moved.textContent).toContain("открытость · P1: 17,72 → 21,50 (+3,78)");
    expect(moved.textContent).toContain("2018: P1 = 5,22 (kk) + 12,50 (ru) = 17,72");
    expect(moved.textContent).toContain("2019: P1 = 9,00 (kk) + 12,50 (ru) = 21,50");
    expect(moved.textContent).toContain("В обоих периодах редакция методики 2020.");
  });

  // Issue 23 item 15 in each language: the change names its base period, the intro says that a
  // body's name opens its explanation, and the name has a row of its own across the five columns.
  it.each([
    {
      lang: "kk",
      run: "Жұмыс кітабын тексеру",
      passed: /Қате жоқ/,
      tab: "4. Нәтижелер",
      changes: ["+1,62 2018 жылдан", "+7,75 2018 жылдан", "-1,14 2018 жылдан", "+2,74 2018 жылдан"],
      intro:
        "Тексерілген органдардың бағалары. Сұрыптау үшін бағанды басыңыз. Бағалары қалай есептелгенін көру үшін органның атауын басыңыз.",
    },
    {
      lang: "en",
      run: "Check the workbook",
      passed: /No errors/,
      tab: "4. Results",
      changes: ["+1.62 vs\u00a02018", "+7.75 vs\u00a02018", "-1.14 vs\u00a02018", "+2.74 vs\u00a02018"],
      intro:
        "Scores of the checked cohort. Click a column to sort. Click a body's name to see how its scores were computed.",
    },
    {
      lang: "ru",
      run: "Проверить книгу",
      passed: /Ошибок нет/,
      tab: "4. Результаты",
      changes: ["+1,62 к\u00a02018", "+7,75 к\u00a02018", "-1,14 к\u00a02018", "+2,74 к\u00a02018"],
      intro:
        "Оценки проверенных органов. Нажмите на столбец для сортировки. Нажмите на название органа, чтобы увидеть, как рассчитаны его оценки.",
    },
  ] as const)(
    "$lang: the change names 2018, the intro says the name explains",
    async ({ lang, run, passed, tab, changes, intro }) => {
      render(<App workbook={workbookWith2018()} api={opevalApi} initialLang={lang} initialStep="check" />);
      fireEvent.click(screen.getByRole("button", { name: run }));
      await screen.findByText(passed, {}, { timeout: 20000 });
      fireEvent.click(screen.getByRole("tab", { name: tab }));
      const table = await screen.findByTestId("cohort", {}, { timeout: 20000 });
      const row = () => table.querySelector('tr[data-body="mia"]')! as HTMLElement;
      await within(row()).findAllByTestId("change", {}, { timeout: 20000 });
      expect(Array.from(row().querySelectorAll("[data-testid=change]")).map((c) => c.textContent)).toEqual(
        changes,
      );
      expect(screen.getByText(intro, { exact: true })).toBeTruthy();
      const nameCell = table.querySelector('tr[data-body-name="mia"] td')!;
      expect(nameCell.getAttribute("colspan")).toBe("5");
      expect(nameCell.textContent).toBe(CURRENT.bodies.find((b) => b.id === "mia")!.name);
    },
  );

  it("records the period, asks before replacing it, then replaces exactly its rows", async () => {
    const wb = workbookWith2018();
    const result = scoreAssessment(CURRENT);
    const before = await historyRows(wb);
    const first = await recordPeriod(wb, opevalApi, result, "kk", false);
    expect(first.kind).toBe("recorded");
    const after = await historyRows(wb);
    expect(after.slice(0, before.length)).toEqual(before); // 2018 untouched
    const added = after.length - before.length;
    expect(first).toEqual({ kind: "recorded", period: "2019", added, removed: 0 });
    expect(after.slice(before.length).every((r) => r[0] === "2019")).toBe(true);

    const again = await recordPeriod(wb, opevalApi, result, "kk", false);
    expect(again).toEqual({ kind: "needsConfirm", period: "2019" });
    expect(await historyRows(wb)).toEqual(after);

    const replaced = await recordPeriod(wb, opevalApi, result, "kk", true);
    expect(replaced).toEqual({ kind: "recorded", period: "2019", added, removed: added });
    expect(await historyRows(wb)).toEqual(after);
  });

  it("inserts a body's trend sheet with a line chart over the recorded periods", async () => {
    const wb = workbookWith2018();
    const name = await insertTrend(wb, opevalApi, scoreAssessment(CURRENT), "mdai", "kk");
    const sheet = wb.sheet(name!)!;
    expect(sheet.charts).toEqual([expect.objectContaining({ type: "line", dataRange: "A3:E5" })]);
    // mic (2018) and mdai (2019): general, services, openness, complaints, truncated.
    expect(sheet.cells.slice(3, 5)).toEqual([
      ["2018", 88.42, 80.62, 92.46, 92.17],
      ["2019", 88.58, 81.76, 90.78, 93.2],
    ]);
    expect(await insertTrend(wb, opevalApi, scoreAssessment(CURRENT), "abai", "kk")).toBeUndefined();
  });

  it("drafts the conclusions with the change against the recorded previous period", async () => {
    const wb = workbookWith2018();
    const outcome = await generateConclusions(
      wb,
      opevalApi,
      { bodies: ["mia"], langs: ["kk"], forms: ["15"] },
      {},
    );
    if (outcome.kind !== "written") throw new Error(outcome.kind);
    const text = wb
      .sheet(outcome.write.sheets[0]!.name)!
      .cells.flat()
      .filter((v) => typeof v === "string");
    expect(
      text.filter((t) =>
        t.includes(
          "2018 жылмен салыстырғанда мемлекеттік органның жалпы бағасы 2,74 балға өсті: 87,28 → 90,02.",
        ),
      ),
    ).toHaveLength(1);
  });
});
