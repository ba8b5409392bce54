/**
 * Issue 23 item 12: `opeval score --format table` fits a 120-column terminal. The body column shows
 * the short name when the input gives one, and a longer name is cut with «…»; widths are counted
 * in code points (a Kazakh letter is one column).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessment, centralBody, localBody } from "../helpers/fixtures";
import { runCommand } from "../helpers/cli";

const LONG_NAME =
  "Қазақстан Республикасы Денсаулық сақтау министрлігінің Медициналық және фармацевтикалық бақылау комитеті";
const dir = mkdtempSync(join(tmpdir(), "opeval-width-"));
const file = join(dir, "cohort.json");
writeFileSync(
  file,
  JSON.stringify(
    assessment(
      { ...centralBody("kmfk"), name: LONG_NAME },
      {
        ...localBody("almaty"),
        name: "Алматы облысының әкімдігі",
        shortName: "Алматы әкімдігі",
        ru: { name: "Акимат Алматинской области", shortName: "Акимат Алматы" },
      },
    ),
  ),
);
const columns = (line: string) => [...line].length;

async function table(lang: string): Promise<string[]> {
  const run = await runCommand(["score", file, "--format", "table", "--lang", lang]);
  expect(run.code).toBe(0);
  return run.stdout.trimEnd().split("\n");
}

test("a 104-letter name is cut with «…» so that the widest line is exactly 120 columns", async () => {
  for (const lang of ["en", "kk", "ru"]) {
    const lines = await table(lang);
    expect(lines).toHaveLength(4);
    expect(Math.max(...lines.map(columns))).toBe(120);
    // Every column still lines up: the rule under the header is as long as the widest line can be.
    expect(columns(lines[1]!)).toBe(120);
  }
});

test("English: the name column is what is left of 120 columns, the short name shown whole", async () => {
  const lines = await table("en");
  // id 6, type 7 ("central"), services 8, openness 8, complaints 10, general 7, level 6 ("medium"
  // or narrower), seven gaps of 2: 66 columns, so the name gets 54: 53 letters and «…».
  expect(lines[0]).toBe(
    "id      body                                                    type     services  openness  complaints  general  level",
  );
  expect(lines[2]!.slice(0, 8 + 54)).toBe("kmfk    Қазақстан Республикасы Денсаулық сақтау министрлігіні…");
  expect(lines[3]!.startsWith("almaty  Алматы әкімдігі   ")).toBe(true);
});

test("Russian: the Russian short name", async () => {
  const lines = await table("ru");
  expect(lines[3]!.startsWith("almaty  Акимат Алматы  ")).toBe(true);
});

test("a cohort of short names is not padded out to 120", async () => {
  const small = join(dir, "small.json");
  writeFileSync(small, JSON.stringify(assessment({ ...centralBody("minfin"), name: "Қаржы министрлігі" })));
  const run = await runCommand(["score", small, "--format", "table"]);
  expect(run.stdout.split("\n")[0]).toBe(
    "id      body               type     services  openness  complaints  general  level",
  );
});
