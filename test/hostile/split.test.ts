/**
 * `conclude --split DIR` over hostile folders and names (issue 22, items 2 and 13): the input lying
 * in DIR under a name the split writes, or linked there; names with bidi and zero-width characters,
 * NFD, a leading "-"; DIR a file, read-only, or under a read-only folder.
 */
import { createHash } from "node:crypto";
import {
  chmodSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import JSZip from "jszip";
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
      // --lang kk: the messages speak Kazakh too (src/cli/locale.ts).
      stderr: `opeval conclude: --split ${input} файлын жазар еді, ол — кіріс файлы ${input} (кіріс файлы ешқашан өзгертілмейді; басқа қалтаны таңдаңыз)\n`,
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

describe("item 13: --split names carry no invisible character, no NFD twin, no leading '-'", () => {
  /** Writes one Kazakh workbook per body of `shortNames` and returns the files and their sheet names. */
  async function split(shortNames: string[]): Promise<{ files: string[]; sheets: string[] }> {
    const folder = fresh();
    const file = join(folder, "cohort.json");
    const bodies = shortNames.map((shortName, i) => ({ ...centralBody(`c${i + 1}`), shortName }));
    writeFileSync(file, JSON.stringify(assessment(...bodies)));
    const out = join(folder, "out");
    const run = await runCommand(["conclude", file, "--split", out, "--lang", "kk", "--forms", "3"]);
    expect(run.code).toBe(0);
    const files = readdirSync(out).sort();
    const sheets: string[] = [];
    for (const f of files) {
      const zip = await JSZip.loadAsync(readFileSync(join(out, f)));
      const xml = await zip.file("xl/workbook.xml")!.async("string");
      for (const m of xml.matchAll(/<sheet [^>]*name="([^"]*)"/g)) sheets.push(m[1]!);
    }
    return { files, sheets };
  }

  test("a right-to-left override and a zero-width space are dropped from file and sheet names", async () => {
    const { files, sheets } = await split(["\u202Eslx.exe", "Қар\u200Bжы"]);
    expect(files).toEqual(["slx.exe-kk.xlsx", "Қаржы-kk.xlsx"]);
    expect(sheets.join("|")).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(sheets.every((n) => n.startsWith("slx.exe-") || n.startsWith("Қаржы-"))).toBe(true);
  });

  test("a name beginning with '-' loses the dash", async () => {
    expect((await split(["-rf", "--help"])).files).toEqual(["help-kk.xlsx", "rf-kk.xlsx"]);
  });

  test("an NFC/NFD pair is one name: both bodies are told apart by their ids", async () => {
    const nfc = "Жайық".normalize("NFC");
    const nfd = "Жайық".normalize("NFD"); // й as и + U+0306
    expect(nfc).not.toBe(nfd);
    expect((await split([nfc, nfd])).files).toEqual(["c1-kk.xlsx", "c2-kk.xlsx"]);
  });
});

describe("item 13: DIR a file, read-only, or not creatable", () => {
  const run = async (dir: string) => {
    const folder = fresh();
    const json = cohortJson(folder, "Қаржы");
    return runCommand(["conclude", json, "--split", dir, "--lang", "kk", "--forms", "3"]);
  };

  test("DIR is a file: 'is a file', exit 1, the file untouched", async () => {
    const file = join(fresh(), "notes.txt");
    writeFileSync(file, "mine");
    expect(await run(file)).toEqual({
      code: 1,
      stdout: "",
      stderr: `opeval conclude: ${file} — қалта емес, файл: --split-ке қалта беріңіз\n`,
    });
    expect(readFileSync(file, "utf8")).toBe("mine");
  });

  /**
   * A folder this process cannot write in, and the reason the system gives: a folder made read-only
   * for an ordinary user; for root (who writes anywhere) /sys, which refuses new entries.
   */
  function readOnlyFolder(): { dir: string; reason: string; createReason: string } | undefined {
    if (process.getuid?.() !== 0) {
      const dir = join(fresh(), "ro");
      mkdirSync(dir);
      chmodSync(dir, 0o555);
      return { dir, reason: "рұқсат жоқ", createReason: "рұқсат жоқ" };
    }
    if (existsSync("/sys/kernel") && statSync("/sys/kernel").isDirectory())
      return { dir: "/sys/kernel", reason: "рұқсат жоқ", createReason: "әрекетке рұқсат жоқ" };
    return undefined;
  }

  test("DIR read-only: names DIR, not the temporary file", async () => {
    const ro = readOnlyFolder();
    if (!ro) return;
    const result = await run(ro.dir);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `opeval conclude: ${ro.dir}: бұл қалтаға файл жазу мүмкін емес (${ro.reason})\n`,
    });
  });

  test("--split RO/new: the folder cannot be created, and why", async () => {
    const ro = readOnlyFolder();
    if (!ro) return;
    const target = join(ro.dir, "opeval-new");
    const result = await run(target);
    expect(result).toEqual({
      code: 1,
      stdout: "",
      stderr: `opeval conclude: ${target} қалтасын құру мүмкін емес: ${ro.createReason}\n`,
    });
    expect(existsSync(target)).toBe(false);
  });
});
