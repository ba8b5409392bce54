/**
 * The reference ../shared/ooxml/check, where it is present, agrees with the project's own schema
 * check (written-files.test.ts) on every kind of file opeval writes: zero schema errors. It runs
 * xmllint once per part (about 25 s on an idle machine), so it runs with `npm test`'s e2e project,
 * not in the unit loop.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testNeeding } from "../helpers/needs";
import { runCli } from "../../src/cli/main";
import { excelShapedWithOpeval } from "../xlsx/excel-shaped";
import { WRITTEN_LABELS, writeEveryKind } from "./written";

const REFERENCE = join(__dirname, "..", "..", "..", "shared", "ooxml", "check");

let dir: string;
let files: Map<string, string>;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opeval-reference-"));
  files = await writeEveryKind(dir);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const referenceTest = testNeeding(`the reference check ${REFERENCE}`, existsSync(REFERENCE));

referenceTest(
  "the reference ../shared/ooxml/check agrees: zero schema errors",
  () => {
    const paths = WRITTEN_LABELS.map((l) => files.get(l)!);
    const r = spawnSync(REFERENCE, paths, { encoding: "utf8" });
    expect(r.stdout.trim().split("\n").pop()).toBe(`${paths.length} file(s), 0 schema error(s)`);
    expect(r.status).toBe(0);
  },
  300_000,
); // one xmllint run per part: about 25 s on an idle machine

/** `opeval share` in this process; the copy's path. */
async function shared(input: string, out: string): Promise<string> {
  const code = await runCli(["share", input, "--out", out, "--lang", "en"], {
    stdout: () => undefined,
    stderr: () => undefined,
  });
  expect(code).toBe(0);
  return out;
}

referenceTest(
  "the reference check agrees on the copies `share` makes: the sample's and an Excel-shaped workbook's",
  async () => {
    const excelShaped = join(dir, "excel-shaped.xlsx");
    writeFileSync(excelShaped, await excelShapedWithOpeval());
    const copies = [
      await shared(
        join(__dirname, "..", "..", "samples", "assessment-sample.xlsx"),
        join(dir, "sample-copy.xlsx"),
      ),
      await shared(excelShaped, join(dir, "excel-shaped-copy.xlsx")),
    ];
    const r = spawnSync(REFERENCE, copies, { encoding: "utf8" });
    expect(r.stdout.trim().split("\n").pop()).toBe("2 file(s), 0 schema error(s)");
    expect(r.status).toBe(0);
  },
  300_000,
);
