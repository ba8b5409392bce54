/** The register of interpretations: all of I-1…I-18 in three languages, the docs page, the sheet. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { INTERPRETATIONS, interpretationsForm } from "../../src/forms/interpretations";

const LANGS = ["kk", "ru", "en"] as const;

test("I-1…I-18, each with a paragraph and a rule in kk, ru and en", () => {
  expect(INTERPRETATIONS.map((i) => i.id)).toEqual(Array.from({ length: 18 }, (_, k) => `I-${k + 1}`));
  for (const i of INTERPRETATIONS)
    for (const lang of LANGS) {
      expect(i.where[lang].trim()).not.toBe("");
      expect(i.rule[lang].trim()).not.toBe("");
    }
  // The Russian texts are Russian (no Kazakh-only letter), the Kazakh ones Kazakh.
  for (const i of INTERPRETATIONS) expect(i.rule.ru).not.toMatch(/[әғқңөұүһі]/);
});

test("docs/INTERPRETATIONS.md carries every rule in every language", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "INTERPRETATIONS.md"), "utf8");
  for (const i of INTERPRETATIONS)
    for (const lang of LANGS) expect(doc).toContain(`| ${i.id} | ${i.where[lang]} | ${i.rule[lang]} |`);
});

test("the reference sheet: title, header, one row per interpretation", () => {
  const { spec } = interpretationsForm("ru", "Толкования");
  expect(spec.kind).toBe("reference");
  expect(spec.rows[0]![0]).toBe("Реестр толкований opeval (I-1…I-18)");
  const head = spec.rows.findIndex((r) => r[0] === "Обозначение");
  expect(spec.rows[head]).toEqual(["Обозначение", "Пункт Методики", null, "Применяемое правило"]);
  expect(spec.rows.find((r) => r[0] === "I-12")).toEqual([
    "I-12",
    "пункт 97 (R4)",
    null,
    "Знаменатель R4 – число рассмотрений с нарушением сроков за вычетом тех, по которым привлечение к дисциплинарной ответственности было объективно невозможно.",
  ]);
  expect(spec.rows.filter((r) => typeof r[0] === "string" && /^I-\d+$/.test(r[0]))).toHaveLength(18);
});
