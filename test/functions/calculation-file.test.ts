/**
 * The Calculation sheet as Excel 365 evaluates the FILE opeval writes (`opeval template --from`):
 * every formula is read from the written parts with the route its XML gives it (dynamic-array,
 * single-cell array or legacy with implicit intersection, helpers/xlsx.ts) and evaluated that way
 * over the file's own tables; the results equal the engine for every body of every fixture. A
 * plain `<f>` (as exceljs writes it) is legacy: the facts columns then read one cell of the
 * reconciliation table instead of the body's rows and these tests fail.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { buildCalculationSheet, CALCULATION_TABLE } from "../../src/forms/calculation";
import { scoreAssessment, type AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import type { Lang } from "../../src/model/types";
import { runCli } from "../../src/cli/main";
import { writeWorkbookFile } from "../../src/xlsx/writeSheets";
import { expectEngineResults } from "./helpers/engine";
import { CALCULATION_FIXTURES } from "./helpers/fixtures";
import { evaluateFileCalculation } from "./helpers/sheet";
import { readWorkbookFile, type WorkbookFile } from "./helpers/xlsx";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "opeval-calc-file-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function scored(name: string, input: unknown): AssessmentResult {
  const ev = evaluate(input);
  if (!ev.ok) throw new Error(`${name} does not validate`);
  return ev.result;
}

/**
 * The workbook `opeval template --from FILE --lang LANG` writes (its bytes), read back part by
 * part. Written once per fixture and language: both tests of a language look at the same file.
 */
const writtenFiles = new Map<string, Promise<{ bytes: Buffer; wb: WorkbookFile }>>();
function written(
  result: AssessmentResult,
  lang: Lang,
  name: string,
): Promise<{ bytes: Buffer; wb: WorkbookFile }> {
  const out = path.join(dir, `${name.replace(/\W+/g, "-")}-${lang}.xlsx`);
  let file = writtenFiles.get(out);
  if (!file) {
    const assessment = result.assessment;
    file = writeWorkbookFile(
      [
        ...buildTemplateSheets(lang, assessment),
        buildCalculationSheet(assessment, { lang, result: scoreAssessment(assessment) }),
      ],
      out,
      { force: true },
    ).then(async () => {
      const bytes = readFileSync(out);
      return { bytes, wb: await readWorkbookFile(bytes) };
    });
    writtenFiles.set(out, file);
  }
  return file;
}

describe.each(CALCULATION_FIXTURES)("%s", (name, input) => {
  const result = scored(name, input());
  test.each(["kk", "ru", "en"] as const)(
    "%s: every formula of the file is a one-cell dynamic array",
    async (lang) => {
      const { bytes, wb } = await written(result, lang, name);
      const calc = wb.tables.get(CALCULATION_TABLE)!;
      const columnsWithFormulas = calc.table.headers.length - 2; // code and name are values
      expect(wb.formulas).toHaveLength(columnsWithFormulas * result.assessment.bodies.length);
      // Formula by formula: the route Excel takes, and one cell (a spill in a table is #SPILL!).
      const routes = wb.formulas.map((f) => ({ at: `${f.sheet}!${f.address}`, route: f.route, ref: f.ref }));
      expect(routes).toEqual(
        wb.formulas.map((f) => ({ at: `${f.sheet}!${f.address}`, route: "dynamic", ref: f.address })),
      );
      // No column is marked as a calculated column: exceljs (which opeval reads its templates with)
      // cannot read a <tableColumn> with a child element; the written file must load there.
      expect([...calc.calculated.keys()]).toEqual([]);
      const ExcelJS = (await import("exceljs")).default;
      await expect(new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer)).resolves.toBeDefined();
    },
  );

  test.each(["kk", "ru", "en"] as const)(
    "%s: the file's formulas, evaluated as Excel reads them, equal the engine",
    async (lang) => {
      const { wb } = await written(result, lang, name);
      const calc = await evaluateFileCalculation(wb);
      expect(expectEngineResults(result, lang, calc)).toBeGreaterThan(result.bodies.length);
    },
  );
});

describe("every kind of file opeval writes", () => {
  const COHORT = path.join(__dirname, "..", "..", "examples", "sample-cohort.json");
  const OBJECTIONS = path.join(__dirname, "..", "..", "examples", "objections-example.json");
  const SAMPLE = path.join(__dirname, "..", "..", "samples", "assessment-sample.xlsx");
  async function cli(argv: string[]): Promise<void> {
    let stderr = "";
    const code = await runCli(argv, { stdout: () => undefined, stderr: (t) => (stderr += t) });
    if (code !== 0) throw new Error(`opeval ${argv.join(" ")} exited ${code}: ${stderr}`);
  }
  test("holds only one-cell dynamic-array formulas (the shipped sample too), formula by formula", async () => {
    const files = new Map<string, string>([["samples/assessment-sample.xlsx", SAMPLE]]);
    const out = (label: string) => {
      const p = path.join(dir, `kind-${label}.xlsx`);
      files.set(label, p);
      return p;
    };
    for (const lang of ["kk", "ru", "en"]) {
      await cli(["template", "--lang", lang, "--out", out(`template-empty-${lang}`)]);
      await cli(["template", "--lang", lang, "--from", COHORT, "--out", out(`template-filled-${lang}`)]);
    }
    await cli(["conclude", COHORT, "--bodies", "mju", "--out", out("conclusions-central")]);
    await cli([
      "conclude",
      files.get("template-filled-ru")!,
      "--forms",
      "3,12",
      "--out",
      out("conclusions-from-workbook"),
    ]);
    await cli(["objections", COHORT, "--objections", OBJECTIONS, "--out", out("objections")]);
    const routes: string[] = [];
    let formulas = 0;
    for (const [label, file] of files) {
      const wb = await readWorkbookFile(readFileSync(file));
      formulas += wb.formulas.length;
      for (const f of wb.formulas)
        if (f.route !== "dynamic" || f.ref !== f.address)
          routes.push(`${label} ${f.sheet}!${f.address}: ${f.route} ${f.ref}`);
    }
    expect(routes).toEqual([]);
    // The filled templates and the sample hold the Calculation sheets: many formulas were checked.
    expect(formulas).toBeGreaterThan(3 * 8 * 30);
  }, 180_000);
});
