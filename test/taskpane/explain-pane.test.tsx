/**
 * @jest-environment jsdom
 */
/**
 * Issue 23 item 14: a body's explanation in the kk and ru panes names the words behind the keys
 * total/penalty/final/score/level as the before/after-objection sheet does, and its references as
 * the Methodology's register does — never "annex 6". Expectations written by hand.
 */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../taskpane/App";
import { opevalApi } from "../../taskpane/opeval-api";
import { uiText } from "../../taskpane/ui-text";
import { sampleWorkbook } from "../helpers/pane";

const CASES = [
  {
    lang: "ru",
    labels: [
      "Общая оценка по критериям",
      "Штрафные баллы",
      "Итоговая оценка с учетом вычтенных штрафных баллов",
      "Вычет штрафных баллов",
      "Итоговая оценка с учетом вычета штрафных баллов",
      "Общая оценка",
      "Балл",
      "Уровень эффективности",
      "P1 (kk)",
    ],
    source: "пункт 32, приложение 6",
  },
  {
    lang: "kk",
    labels: [
      "Өлшемдер бойынша жалпы баға",
      "Айыппұл балдары",
      "Шегерілген айыппұл балдарын есептегендегі қорытынды баға",
      "Айыппұл балдарын шегеру",
      "Айыппұл балдарын шегеруді есепке ала отырып, қорытынды баға",
      "Жалпы баға",
      "Балл",
      "Тиімділік деңгейі",
      "P1 (kk)",
    ],
    source: "32-тармақ, 6-қосымша",
  },
  {
    lang: "en",
    labels: ["total", "penalty", "final", "score", "level", "P1 (kk)"],
    source: "§32, annex 6",
  },
] as const;

it.each(CASES)("$lang: the explanation's labels and references", async ({ lang, labels, source }) => {
  render(<App workbook={sampleWorkbook(lang)} api={opevalApi} initialLang={lang} initialStep="check" />);
  fireEvent.click(screen.getByRole("button", { name: uiText("runCheck", lang) }));
  await screen.findByText(new RegExp(uiText("checkPassed", lang).slice(0, 8)));
  fireEvent.click(screen.getByRole("tab", { name: new RegExp(uiText("stepResults", lang)) }));
  await act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  fireEvent.click(screen.getByTestId("cohort").querySelector("tbody tr[data-body-name=mju] button")!);
  const explain = screen.getByTestId("explain");
  // The forms' names load with the objections chunk: wait for the last one.
  await within(explain).findAllByText(labels[labels.length - 2]!);
  const shown = Array.from(explain.querySelectorAll("li > span")).map((s) => s.textContent);
  for (const label of labels) expect(shown).toContain(label);
  const metas = Array.from(explain.querySelectorAll("li > div:last-of-type")).map((d) => d.textContent);
  expect(metas[0]).toBe(
    `${uiText("source", lang)}: ${source} · ${uiText("interpretation", lang)}: I-1, I-17`,
  );
  if (lang !== "en")
    for (const text of [...shown, ...metas])
      expect({ text, latin: /\b(annex|total|penalty|final|score|level)\b/i.test(text!) }).toEqual({
        text,
        latin: false,
      });
});
