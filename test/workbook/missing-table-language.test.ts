/**
 * Issue 23 item 11: a workbook without a required table is told where the analyst would look —
 * the sheet named as that workbook names it (its language found from its other sheets, else from
 * its headers), whatever language the message itself is in. Expectations written by hand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/excel/memory";
import { parseAssessment } from "../../src/model/parse";
import { formatProblem } from "../../src/model/problems";
import { readAndValidateTables, workbookLanguage, type TableValues } from "../../src/model/tables";
import { ASSESSMENT_TABLES } from "../../src/model/template-schema";
import type { Lang } from "../../src/model/types";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { ROOT } from "../helpers/cli";

const sample = parseAssessment(
  JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")),
).assessment!;

/** The filled template's tables in `lang`, as the workbook holds them. */
async function tables(lang: Lang): Promise<TableValues[]> {
  const wb = new MemoryWorkbook();
  wb.seed(buildTemplateSheets(lang, sample));
  return wb.readTables(ASSESSMENT_TABLES.map((t) => t.name));
}

const without = (all: TableValues[], name: string) => all.filter((t) => t.name !== name);

test.each([
  ["kk", "Қызметтер", "Ашықтық"],
  ["ru", "Услуги", "Открытость"],
  ["en", "Services", "Openness"],
] as const)("a %s workbook: the missing table's sheet is «%s» / «%s»", async (lang, services, openness) => {
  const all = await tables(lang);
  expect(workbookLanguage(all, ASSESSMENT_TABLES)).toBe(lang);
  for (const [name, sheet] of [
    ["opeval_Services", services],
    // A table missing beside its group's other table (a whole direction missing is not entered).
    ["opeval_Openness", openness],
  ] as const) {
    const p = readAndValidateTables(without(all, name)).problems.find((q) => q.code === "missingTable")!;
    expect(p.params).toEqual({ table: name, sheet });
  }
});

test("the message speaks the analyst's language, the sheet the workbook's", async () => {
  const kk = readAndValidateTables(without(await tables("kk"), "opeval_Services")).problems;
  const p = kk.find((q) => q.code === "missingTable")!;
  expect(formatProblem(p, "ru")).toBe(
    'ошибка: opeval_Services: в книге нет таблицы "opeval_Services" (ожидалась на листе "Қызметтер"); пересоздайте шаблон командой opeval template',
  );
  expect(formatProblem(p, "en")).toBe(
    'error: opeval_Services: the workbook has no table "opeval_Services" (expected on sheet "Қызметтер"); rebuild the template with opeval template',
  );
  const ru = readAndValidateTables(without(await tables("ru"), "opeval_Openness")).problems;
  expect(
    formatProblem(
      ru.find((q) => q.code === "missingTable")!,
      "kk",
    ),
  ).toBe(
    'қате: opeval_Openness: кітапта "opeval_Openness" кестесі жоқ ("Открытость" парағында болуы тиіс); үлгіні opeval template арқылы қайта жасаңыз',
  );
});

test("renamed sheets: the language of the headers decides; one sheet outvotes none", async () => {
  const renamed = (await tables("ru")).map((t) => ({ ...t, sheet: `Лист ${t.name}` }));
  expect(workbookLanguage(renamed, ASSESSMENT_TABLES)).toBe("ru");
  const kkRenamed = (await tables("kk")).map((t) => ({ ...t, sheet: `Sheet ${t.name}` }));
  expect(workbookLanguage(kkRenamed, ASSESSMENT_TABLES)).toBe("kk");
  // Most sheets renamed, one still «Органы»: the template's own name outweighs the headers' letters.
  const one = (await tables("kk")).map((t) =>
    t.name === "opeval_Bodies" ? { ...t, sheet: "Органы" } : { ...t, sheet: `Sheet ${t.name}` },
  );
  expect(workbookLanguage(one, ASSESSMENT_TABLES)).toBe("ru");
  expect(workbookLanguage([], ASSESSMENT_TABLES)).toBe("en");
});
