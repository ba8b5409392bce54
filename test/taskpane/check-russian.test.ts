/**
 * The Check step says what `validate` and `conclude` say about Russian texts: a body without a
 * Russian name (the Russian forms then print the Kazakh one) is a warning at its cell, once per
 * body and field; with the Russian texts given, there is none.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MemoryWorkbook } from "../../src/excel/memory";
import { checkWorkbook, insertTemplateFromJson } from "../../taskpane/actions";
import { opevalApi } from "../../taskpane/opeval-api";

const ROOT = join(__dirname, "..", "..");

async function check(json: string) {
  const wb = new MemoryWorkbook();
  const inserted = await insertTemplateFromJson(wb, opevalApi, "en", json);
  expect(inserted.kind).toBe("written");
  const outcome = await checkWorkbook(wb, opevalApi);
  if (outcome.kind !== "checked") throw new Error("the tables are there");
  return outcome.problems.filter((p) => p.code === "missingRussianText");
}

test("a missing Russian name is a warning at its cell in the Check step", async () => {
  const cohort = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"));
  const missing = await check(JSON.stringify(cohort));
  const mju = missing.filter((p) => p.bodyId === "mju");
  // The name and the one complaints fact of the Ministry of Justice have no Russian text.
  expect(mju.map((p) => p.path)).toEqual(["bodies[0].ru.name", "bodies[0].unreliable.complaints[0].ru"]);
  expect(mju.every((p) => p.severity === "warning" && p.cell !== undefined)).toBe(true);
  cohort.bodies[0].ru = { name: "Министерство юстиции Республики Казахстан" };
  cohort.bodies[0].unreliable.complaints = [{ text: "Дерек", ru: "Факт" }];
  expect((await check(JSON.stringify(cohort))).filter((p) => p.bodyId === "mju")).toEqual([]);
});
