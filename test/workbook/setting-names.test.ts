/**
 * Issue 23 item 17: the Settings sheet of a Kazakh or Russian template names its settings in that
 * language (`period` reads «Кезең» / «Период»); the reader takes a setting's English key or its
 * name in any language, so older workbooks and mixed ones still read; the Calculation sheet looks
 * a value up by the name its template was written with. Expectations written by hand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/excel/memory";
import { buildCalculationSheet } from "../../src/forms/calculation";
import { scoreAssessment } from "../../src/methodology/assess";
import { parseAssessment } from "../../src/model/parse";
import { readAndValidateTables, type TableValues } from "../../src/model/tables";
import { ASSESSMENT_TABLES, SETTING_KEYS, settingKeyOf, settingName } from "../../src/model/template-schema";
import type { Lang } from "../../src/model/types";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { ROOT } from "../helpers/cli";

const cohort = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as {
  settings?: Record<string, unknown>;
};
// Settings in every kind of row: weights, the conclusion's fields, a signatory in both languages.
const CONCLUSION = {
  authority: "Мемлекеттік қызмет істері агенттігі",
  place: "Астана",
  date: "2020-03-19",
  signatories: [{ role: "agencyDeputyChairman", position: "Төрағаның орынбасары", name: "А. Әлиев" }],
  ru: {
    authority: "Агентство по делам государственной службы",
    signatories: [{ role: "agencyDeputyChairman", position: "Заместитель председателя", name: "А. Алиев" }],
  },
};
const sample = parseAssessment({
  ...cohort,
  settings: { ...cohort.settings, overallWeights: [2, 1, 1], conclusion: CONCLUSION },
}).assessment!;

async function tables(lang: Lang): Promise<TableValues[]> {
  const wb = new MemoryWorkbook();
  wb.seed(buildTemplateSheets(lang, sample));
  return wb.readTables(ASSESSMENT_TABLES.map((t) => t.name));
}

const settingsOf = (all: TableValues[]) => all.find((t) => t.name === "opeval_Settings")!;
/** The first column of the Settings table's data rows. */
const firstColumn = (all: TableValues[]) =>
  settingsOf(all)
    .values.slice(1)
    .map((row) => row[0]);

test.each([
  [
    "kk",
    ["Кезең", "Әдістеме", "Салмақ: мемлекеттік қызметтер", "Салмақ: ашықтық", "Салмақ: шағымдарды қарау"],
  ],
  ["ru", ["Период", "Методика", "Вес: государственные услуги", "Вес: открытость", "Вес: рассмотрение жалоб"]],
  ["en", ["period", "methodology", "weight.services", "weight.openness", "weight.complaints"]],
] as const)("a %s template names its settings in its language", async (lang, first) => {
  const names = firstColumn(await tables(lang));
  expect(names.slice(0, 5)).toEqual(first);
  if (lang !== "en") {
    // No English key left in the column: none of the 35 keys appears as written.
    const keys = new Set<string>(SETTING_KEYS);
    expect(names.filter((n) => keys.has(String(n)))).toEqual([]);
    expect(names).toContain(lang === "kk" ? "1-қол қоюшы: аты-жөні" : "Подписант 1: Ф.И.О.");
  }
});

test("every key has one name per language, and each name leads back to its key", () => {
  let checked = 0;
  const seen = new Map<string, string>();
  for (const key of SETTING_KEYS)
    for (const lang of ["kk", "ru", "en"] as const) {
      const name = settingName(key, lang);
      expect(settingKeyOf(name)).toBe(key);
      expect(settingKeyOf(`  ${name.toUpperCase()} `)).toBe(key);
      const other = seen.get(name.toLowerCase());
      if (other !== undefined) expect(other).toBe(key);
      seen.set(name.toLowerCase(), key);
      checked++;
    }
  expect(checked).toBe(SETTING_KEYS.length * 3);
  expect(settingKeyOf("weight.servise")).toBeUndefined();
});

test.each(["kk", "ru"] as const)(
  "a %s template reads back the settings it was written with",
  async (lang) => {
    const read = readAndValidateTables(await tables(lang));
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(read.assessment!.settings.overallWeights).toEqual([2, 1, 1]);
    expect(read.assessment!.settings.conclusion).toEqual(sample.settings.conclusion);
    expect(read.assessment!.settings.conclusion?.ru?.signatories?.[0]?.name).toBe("А. Алиев");
    expect(read.assessment!.period).toBe(sample.period);
  },
);

test("older workbooks (English keys) and names of another language still read", async () => {
  const all = await tables("kk");
  const settings = settingsOf(all);
  const rows = settings.values.map((row, i) => {
    if (i === 0) return row;
    const key = settingKeyOf(String(row[0]))!;
    // The period row in Russian, the weights as English keys, the rest left in Kazakh.
    if (key === "period") return ["Период", ...row.slice(1)];
    if (key.startsWith("weight.")) return [key, ...row.slice(1)];
    return row;
  });
  const mixed = all.map((t) => (t === settings ? { ...t, values: rows } : t));
  const read = readAndValidateTables(mixed);
  expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(read.assessment!.period).toBe(sample.period);
  expect(read.assessment!.settings.overallWeights).toEqual([2, 1, 1]);
});

test("an unknown name is told at its cell with what was typed", async () => {
  const all = await tables("ru");
  const settings = settingsOf(all);
  const rows = settings.values.map((row, i) => (i === 1 ? ["Перод", ...row.slice(1)] : row));
  const read = readAndValidateTables(all.map((t) => (t === settings ? { ...t, values: rows } : t)));
  const unknown = read.problems.find((p) => p.code === "unknownKey")!;
  expect(unknown.path).toBe("settings.Перод");
  expect(unknown.cell).toMatchObject({ sheet: "Настройки", address: "A4" });
});

test("the Calculation sheet of a kk template looks the weights up by their Kazakh names", () => {
  const sheet = buildCalculationSheet(sample, { lang: "kk", result: scoreAssessment(sample) });
  const weights = (sheet.formulas ?? []).find((f) => f.formula.includes("opeval_Settings"))!;
  expect(weights.formula).toContain('XLOOKUP("Салмақ: мемлекеттік қызметтер",opeval_Settings[Баптау]');
  expect(weights.formula).toContain('XLOOKUP("Салмақ: шағымдарды қарау",opeval_Settings[Баптау]');
  expect(weights.formula).not.toContain('"weight.');
});
