/**
 * `conclude --split DIR` over hostile folders and names (issue 22, items 2 and 13): the input lying
 * in DIR under a name the split writes, or linked there; names with bidi and zero-width characters,
 * NFD, a leading "-"; DIR a file, read-only, or under a read-only folder.
 */
import { createHash } from "node:crypto";
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand } from "../helpers/cli";
import { assessment, centralBody } from "../helpers/fixtures";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-hostile-split-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
/** A new empty folder inside `dir`, so each test sees only its own files. */
const fresh = () => mkdtempSync(join(dir, "t-"));

/** One central body whose Kazakh short name is `shortName` (the stem of its kk file; Минфин-ru.xlsx). */
function cohortJson(folder: string, shortName: string): string {
  const file = join(folder, "cohort.json");
  const ru = { name: "Министерство финансов", shortName: "Минфин" };
  writeFileSync(file, JSON.stringify(assessment({ ...centralBody("c1"), shortName, ru })));
  return file;
}

describe("item 2: --split never replaces its input", () => {
  test("the input workbook in DIR under the name the split writes: exit 1 naming it, input unchanged", async () => {
    const folder = fresh();
    const json = cohortJson(folder, "Қаржы");
    const input = join(folder, "Қаржы-kk.xlsx");
    expect((await runCommand(["template", "--lang", "en", "--from", json, "--out", input])).code).toBe(0);
    const before = hash(input);
    const run = await runCommand(["conclude", input, "--split", folder, "--lang", "kk", "--force"]);
    expect(run).toEqual({
      code: 1,
      stdout: "",
      stderr: `opeval conclude: --split would write ${input}, which is the input file ${input} (the input is never modified; choose another folder)\n`,
    });
    expect(hash(input)).toBe(before);
  });

  test.each([
    ["a symbolic link", (target: string, at: string) => symlinkSync(target, at)],
    ["a hard link", (target: string, at: string) => linkSync(target, at)],
  ])("%s to the input where the split writes: exit 1, nothing written", async (_, makeLink) => {
    const folder = fresh();
    const json = cohortJson(folder, "Қаржы");
    const out = join(folder, "out");
    mkdirSync(out);
    makeLink(json, join(out, "Минфин-ru.xlsx"));
    const before = hash(json);
    const run = await runCommand(["conclude", json, "--split", out, "--force"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `opeval conclude: --split would write ${join(out, "Минфин-ru.xlsx")}, which is the input file ${json} (the input is never modified; choose another folder)\n`,
    );
    expect(hash(json)).toBe(before);
    // Checked before the first file is written: the Kazakh file, planned first, is not there.
    expect(readdirSync(out)).toEqual(["Минфин-ru.xlsx"]);
  });
});
