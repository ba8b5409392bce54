/**
 * Issue 23 item 14: explanations in Kazakh and Russian name the Methodology as its register does
 * («32-тармақ, 6-қосымша», «пункт 32, приложение 6»), never "annex 6", and no internal key
 * (total, penalty, final, score, level) reaches a kk/ru reader. Expectations written by hand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { explanationText } from "../../src/methodology/explain";
import { sourceText } from "../../src/methodology/explain-source";
import { indicatorName } from "../../src/objections/objection-sheets";
import { explanationLabel } from "../../taskpane/explain-label";
import { ROOT, runCommand } from "../helpers/cli";

const SAMPLE_PATH = join(ROOT, "examples", "sample-cohort.json");

test.each([
  ["§32, annex 6", "32-тармақ, 6-қосымша", "пункт 32, приложение 6"],
  ["§34", "34-тармақ", "пункт 34"],
  ["§51–52", "51–52-тармақтар", "пункты 51–52"],
  ["§43, §39", "43, 39-тармақтар", "пункты 43, 39"],
  ["§7, §112–113", "7, 112–113-тармақтар", "пункты 7, 112–113"],
  ["§56, annex 3/4", "56-тармақ, 3/4-қосымша", "пункт 56, приложение 3/4"],
  ["§17–21, annex 1", "17–21-тармақтар, 1-қосымша", "пункты 17–21, приложение 1"],
  [
    "§59–62, annex 10 table 1",
    "59–62-тармақтар, 10-қосымша, 1-кесте",
    "пункты 59–62, приложение 10, таблица 1",
  ],
  ["annex 10 tables 7–10", "10-қосымша, 7–10-кестелер", "приложение 10, таблицы 7–10"],
  ["annex 11", "11-қосымша", "приложение 11"],
])("%s reads «%s» in kk and «%s» in ru, and stays itself in en", (en, kk, ru) => {
  expect(sourceText(en, "kk")).toBe(kk);
  expect(sourceText(en, "ru")).toBe(ru);
  expect(sourceText(en, "en")).toBe(en);
});

test("score --lang ru/kk prints the references and formulas translated, the machine keys as they are", async () => {
  const ru = await runCommand(["score", SAMPLE_PATH, "--lang", "ru"]);
  const kk = await runCommand(["score", SAMPLE_PATH, "--lang", "kk"]);
  const en = await runCommand(["score", SAMPLE_PATH]);
  expect([ru.code, kk.code, en.code]).toEqual([0, 0, 0]);
  const entry = (out: string, key: string) =>
    (JSON.parse(out).bodies[0].explain as { key: string; source: string; text: string }[]).find(
      (e) => e.key === key,
    )!;
  expect(entry(ru.stdout, "services.P1").source).toBe("пункт 32, приложение 6");
  expect(entry(kk.stdout, "services.P1").source).toBe("32-тармақ, 6-қосымша");
  expect(entry(en.stdout, "services.P1").source).toBe("§32, annex 6");
  expect(entry(ru.stdout, "services.total").source).toBe("пункт 56, приложение 3/4");
  expect(entry(kk.stdout, "complaints.total").source).toBe("11-қосымша");
  expect(entry(ru.stdout, "overall.score").source).toBe("пункт 100, приложение 15");
  expect(entry(kk.stdout, "openness.P2").source).toBe("63–68-тармақтар, 10-қосымша, 2–3-кестелер");
  // The contract's keys and the direction objects' keys (docs/FORMAT.md) do not change with --lang.
  const body = JSON.parse(ru.stdout).bodies[0];
  expect(Object.keys(body.services).slice(-3)).toEqual(["total", "penalty", "final"]);
  expect(Object.keys(body.overall)).toEqual(["score", "level"]);
});

test("the pane's labels of word keys are the before/after sheet's terms, codes stay codes", () => {
  const names = indicatorName;
  const label = (key: string, lang: "kk" | "ru" | "en") => explanationLabel(key, lang, names);
  expect(label("services.total", "ru")).toBe("Общая оценка по критериям");
  expect(label("services.penalty", "ru")).toBe("Штрафные баллы");
  expect(label("services.final", "ru")).toBe("Итоговая оценка с учетом вычтенных штрафных баллов");
  expect(label("openness.penalty", "ru")).toBe("Вычет штрафных баллов");
  expect(label("openness.final", "ru")).toBe("Итоговая оценка с учетом вычета штрафных баллов");
  expect(label("complaints.total", "ru")).toBe("Общая оценка");
  expect(label("overall.score", "ru")).toBe("Балл");
  expect(label("overall.level", "ru")).toBe("Уровень эффективности");
  expect(label("services.total", "kk")).toBe("Өлшемдер бойынша жалпы баға");
  expect(label("services.penalty", "kk")).toBe("Айыппұл балдары");
  expect(label("openness.penalty", "kk")).toBe("Айыппұл балдарын шегеру");
  expect(label("complaints.final", "kk")).toBe("Шегерілген айыппұл балдарын есептегендегі қорытынды баға");
  expect(label("overall.level", "kk")).toBe("Тиімділік деңгейі");
  expect(label("services.T1", "kk")).toBe("T1");
  expect(label("openness.P1.kk", "ru")).toBe("P1 (kk)");
  expect(label("services.total", "en")).toBe("total");
  // Before the objections chunk has loaded, the key (never an empty label).
  expect(explanationLabel("services.total", "ru", null)).toBe("total");
});

test("no kk/ru explanation of the sample cohort holds annex/total/penalty/final/score/level in Latin letters", () => {
  const evaluation = evaluate(JSON.parse(readFileSync(SAMPLE_PATH, "utf8")));
  if (!evaluation.ok) throw new Error("the sample must score");
  const internal = /\b(annex|total|penalty|final|score|level)\b/i;
  let checked = 0;
  const left: string[] = [];
  for (const body of evaluation.result.bodies)
    for (const e of body.explain)
      for (const lang of ["kk", "ru"] as const) {
        const shown = [
          explanationLabel(e.key, lang, indicatorName),
          explanationText(e, lang),
          sourceText(e.source, lang),
        ];
        for (const text of shown) {
          checked++;
          if (internal.test(text)) left.push(`${body.id} ${e.key} ${lang}: ${text}`);
        }
      }
  expect(left).toEqual([]);
  // 8 bodies × ~40 entries × 2 languages × 3 texts: the property looked at every one of them.
  expect(checked).toBeGreaterThan(1000);
});
