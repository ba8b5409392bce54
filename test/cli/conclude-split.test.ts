/**
 * `opeval conclude FILE --split DIR`: one workbook per body and language, named by short name and
 * language, each holding exactly that body's forms (plus the reference annexes) in that language;
 * nothing is overwritten without --force; progress is a bar on a terminal and a line per tenth
 * otherwise.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { SplitProgress, splitFileNames } from "../../src/cli/commands/conclude-split";
import { evaluate } from "../../src/evaluate";
import { runCommand } from "../helpers/cli";

const SAMPLE = join(__dirname, "..", "..", "examples", "sample-cohort.json");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-split-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `opeval conclude ARGS` in this process, as the CLI runs it (its failures told on stderr, exit 1). */
async function conclude(args: string[]) {
  const { code, stdout, stderr } = await runCommand(["conclude", ...args]);
  return { status: code, stdout, stderr };
}

async function read(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("conclude --split", () => {
  let out: string;
  beforeAll(async () => {
    out = join(dir, "bodies");
    const r = await conclude([SAMPLE, "--split", out]);
    // Only warnings (the sample gives no Russian names: the Russian forms print the Kazakh ones).
    expect(r.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("warning: "))).toEqual([]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`16 workbook(s) written to ${out}\n`);
  }, 120_000);

  it("writes one workbook per body and language, named by short name and language", () => {
    expect(readdirSync(out).sort()).toEqual(
      [
        "Әділет-kk.xlsx",
        "Әділет-ru.xlsx",
        "Денсаулық-kk.xlsx",
        "Денсаулық-ru.xlsx",
        "Ұлттық Банкі-kk.xlsx",
        "Ұлттық Банкі-ru.xlsx",
        "Қорғаныс-kk.xlsx",
        "Қорғаныс-ru.xlsx",
        "Алматы-kk.xlsx",
        "Алматы-ru.xlsx",
        "Қарағанды-kk.xlsx",
        "Қарағанды-ru.xlsx",
        "Түркістан-kk.xlsx",
        "Түркістан-ru.xlsx",
        "Ақмола-kk.xlsx",
        "Ақмола-ru.xlsx",
      ].sort(),
    );
  });

  it("puts exactly that body's forms in that language in its file, and nothing of another body", async () => {
    const wb = await read(join(out, "Алматы-ru.xlsx"));
    const names: string[] = [];
    wb.eachSheet((ws) => names.push(ws.name));
    expect(names).toEqual([
      "Алматы-1-открытость-ru",
      "Алматы-1-жалобы-ru",
      "Алматы-4-ru",
      "Алматы-8-ru",
      "Алматы-9-ru",
      "Алматы-12-ru",
      "Алматы-14-услуги-ru",
      "Алматы-14-открытость-ru",
      "Алматы-14-жалобы-ru",
      "Алматы-15-ru",
      "Приложение 2",
      "Приложение 6",
      "Приложение 7",
      "Приложение 10",
      "Приложение 11",
      "Приложение 13",
    ]);
    const annex4 = wb.getWorksheet("Алматы-4-ru")!;
    expect(annex4.getCell("A6").value).toBe("Алматы қаласының әкімдігі");
    // 44 rows and the truncation note (I-18): 31,88 + 59,49 = 91,37 beside the printed total 91,38.
    expect(annex4.pageSetup.printArea).toBe("A1:F46");
    expect((annex4.model as unknown as { merges: string[] }).merges.slice(0, 4)).toEqual([
      "D1:F1",
      "D2:F2",
      "A4:F4",
      "A6:F6",
    ]);
    const kk = await read(join(out, "Әділет-kk.xlsx"));
    const kkNames: string[] = [];
    kk.eachSheet((ws) => kkNames.push(ws.name));
    expect(kkNames.filter((n) => !/^Әділет-/.test(n))).toEqual([
      "2-қосымша",
      "6-қосымша",
      "7-қосымша",
      "10-қосымша",
      "11-қосымша",
      "13-қосымша",
    ]);
    expect(kkNames.every((n) => !n.endsWith("-ru"))).toBe(true);
  });

  it("refuses to overwrite an existing file without --force, and writes nothing then", async () => {
    const target = join(out, "Ақмола-kk.xlsx");
    writeFileSync(target, "the analyst's own file");
    const before = statSync(join(out, "Алматы-kk.xlsx")).mtimeMs;
    const r = await conclude([SAMPLE, "--split", out, "--bodies", "akmola", "--lang", "kk"]);
    expect(r.status).toBe(1);
    // --lang kk: the forms and the messages speak Kazakh (src/cli/locale.ts).
    expect(r.stderr).toBe(`opeval conclude: ${target} бұрыннан бар; ауыстыру үшін --force қосыңыз\n`);
    const all = await conclude([SAMPLE, "--split", out]);
    expect(all.stderr.replace(/^warning: .*\n/gm, "")).toBe(
      `opeval conclude: ${join(out, "Әділет-kk.xlsx")} and 15 other file(s) already exist; use --force to replace them\n`,
    );
    expect(all.status).toBe(1);
    expect(statSync(target).size).toBe("the analyst's own file".length);
    expect(statSync(join(out, "Алматы-kk.xlsx")).mtimeMs).toBe(before);
    const forced = await conclude([SAMPLE, "--split", out, "--force", "--bodies", "akmola", "--lang", "kk"]);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toBe(`${out} қалтасына 1 жұмыс кітабы жазылды\n`);
    expect(statSync(target).size).toBeGreaterThan(10_000);
  }, 60_000);

  it("does not take --out and --split together", async () => {
    const r = await conclude([SAMPLE, "--split", dir, "--out", join(dir, "x.xlsx")]);
    expect(r.status).toBe(1);
    expect(r.stderr.split("\n")[0]).toBe("opeval conclude: --split and --out exclude each other");
  });
});

describe("split progress", () => {
  it("prints a line per tenth when stderr is not a terminal", () => {
    const lines: string[] = [];
    const p = new SplitProgress(40, { stdout: () => undefined, stderr: (t) => void lines.push(t) }, false);
    for (let i = 1; i <= 40; i++) p.tick(i);
    expect(lines).toHaveLength(10);
    expect(lines[0]).toBe("opeval conclude: 4/40 bodies written\n");
    expect(lines[9]).toBe("opeval conclude: 40/40 bodies written\n");
  });

  it("redraws one bar on a terminal, at most every 100 ms, and ends the line when done", () => {
    const out: string[] = [];
    let now = 0;
    const p = new SplitProgress(
      20,
      { stdout: () => undefined, stderr: (t) => void out.push(t) },
      true,
      () => now,
    );
    for (let i = 1; i <= 20; i++) {
      now += 60;
      p.tick(i);
    }
    expect(out[0]).toBe(`\ropeval conclude: [${"#".repeat(3)}${".".repeat(27)}] 2/20 bodies`);
    expect(out.slice(-2)).toEqual([`\ropeval conclude: [${"#".repeat(30)}] 20/20 bodies`, "\n"]);
    expect(out.length).toBeLessThan(14);
  });

  it("says nothing for a short run", () => {
    const out: string[] = [];
    const p = new SplitProgress(8, { stdout: () => undefined, stderr: (t) => void out.push(t) }, false);
    for (let i = 1; i <= 8; i++) p.tick(i);
    expect(out).toEqual([]);
  });
});

test("split files are named by the short name in their own language (the sample's Russian short names)", () => {
  const sample = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "samples", "assessment-sample.json"), "utf8"),
  );
  const evaluation = evaluate(sample, { explanations: false });
  if (!evaluation.ok) throw new Error("the sample is valid");
  expect(
    splitFileNames(evaluation.result, ["moj", "almaty-reg", "almaty"], ["kk", "ru"]).map((p) => p.file),
  ).toEqual([
    "Әділет-kk.xlsx",
    "Минюст-ru.xlsx",
    "Алматы обл-kk.xlsx", // no dot before the extension: Windows drops a trailing dot
    "Алматинская-ru.xlsx",
    "Алматы қ-kk.xlsx",
    "Алматы-ru.xlsx",
  ]);
});
