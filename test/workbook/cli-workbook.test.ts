/**
 * Workbooks through the built CLI as analysts use it: `template`, `export`, `score` and `validate`
 * of .xlsx files, the shared worked cases round-tripped through the template, and the sample.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { evaluate } from "../../src/evaluate";
import { toScoringOutput } from "../../src/methodology/output";
import { parseAssessment } from "../../src/model/parse";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { readWorkbookFile } from "../../src/xlsx/read";
import { writeWorkbookFile } from "../../src/xlsx/writeSheets";
import { assessmentArb } from "../helpers/arbitraries";
import { CASES, caseFiles, ROOT, runCli } from "../helpers/cli";
import { differences } from "../helpers/compare";
import { setCellText } from "../hostile/craft";

const dir = mkdtempSync(join(tmpdir(), "opeval-wb-"));
const hash = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
const modelOf = (file: string) => parseAssessment(JSON.parse(readFileSync(file, "utf8"))).assessment;

test("template: kk and ru files; never overwrites without --force", () => {
  const kk = join(dir, "kk.xlsx");
  expect(runCli(["template", "--lang", "kk", "--out", kk]).status).toBe(0);
  const before = hash(kk);
  const again = runCli(["template", "--lang", "ru", "--out", kk]);
  expect(again.status).toBe(1);
  // --lang ru: the message is Russian too (src/cli/locale.ts).
  expect(again.stderr).toBe(`opeval template: ${kk} уже существует; чтобы заменить, укажите --force\n`);
  expect(hash(kk)).toBe(before);
  expect(runCli(["template", "--lang", "ru", "--out", kk, "--force"]).status).toBe(0);
  expect(hash(kk)).not.toBe(before);
});

test("an empty template validates as 'no body' (not as a crash)", () => {
  const file = join(dir, "empty.xlsx");
  runCli(["template", "--lang", "en", "--out", file]);
  const run = runCli(["validate", file]);
  expect(run.status).toBe(2);
  expect(run.stderr).toContain("the assessment lists no body");
});

const casesDir = CASES;
const cases = caseFiles();

describe.each(cases.map((file, i) => [file, i % 2 ? "ru" : "kk"]))(
  "golden case %s through the template",
  (file, lang) => {
    const source = join(casesDir, file);
    test(`template --lang ${lang} --from, export and score`, () => {
      const xlsx = join(dir, `${file}.xlsx`);
      const json = join(dir, `${file}.exported.json`);
      expect(runCli(["template", "--lang", lang, "--from", source, "--out", xlsx]).status).toBe(0);
      const sourceHash = hash(xlsx);
      const exported = runCli(["export", xlsx, "--out", json]);
      expect(exported.stderr).not.toContain("error:");
      expect(exported.status).toBe(0);
      expect(hash(xlsx)).toBe(sourceHash); // the input is never modified
      expect(modelOf(json)).toEqual(modelOf(source));

      const fromWorkbook = runCli(["score", xlsx, "--format", "json"]);
      expect(fromWorkbook.status).toBe(0);
      const fromJson = evaluate(JSON.parse(readFileSync(source, "utf8")));
      expect(fromJson.ok).toBe(true);
      // Same scores and explanations; warnings from a workbook also name their cell, so compare the reasons.
      const reasons = (out: { bodies: { warnings: string[] }[] }) => {
        for (const b of out.bodies) b.warnings = b.warnings.map((w) => w.slice(w.lastIndexOf(": ") + 2));
        return out;
      };
      if (fromJson.ok)
        expect(reasons(JSON.parse(fromWorkbook.stdout))).toEqual(reasons(toScoringOutput(fromJson.result)));
      const expected = JSON.parse(readFileSync(source.replace(/\.json$/, ".expected.json"), "utf8"));
      expect(differences(expected, JSON.parse(fromWorkbook.stdout))).toEqual([]);
    });
  },
);

test("export never overwrites without --force", () => {
  const xlsx = join(ROOT, "samples", "assessment-sample.xlsx");
  const out = join(dir, "taken.json");
  writeFileSync(out, "keep");
  const run = runCli(["export", xlsx, "--out", out]);
  expect(run.status).toBe(1);
  expect(readFileSync(out, "utf8")).toBe("keep");
  expect(runCli(["export", xlsx, "--out", out, "--force"]).status).toBe(0);
  expect(JSON.parse(readFileSync(out, "utf8")).bodies).toHaveLength(48);
});

test("validate names sheet, cell and header in Kazakh for a bad workbook", async () => {
  const file = join(dir, "bad.xlsx");
  runCli(["template", "--lang", "kk", "--from", join(ROOT, "examples", "sample-cohort.json"), "--out", file]);
  // Edited in the package, as Excel saves a typed cell: exceljs cannot read a table with calculated
  // columns (the Calculation sheet's), so it is no tool for changing an analyst's workbook.
  writeFileSync(file, await setCellText(readFileSync(file), "opeval_Complaints", "B4", "көп"));
  const run = runCli(["validate", file, "--lang", "kk"]);
  expect(run.status).toBe(2);
  expect(run.stderr).toBe(
    'қате: парақ Шағымдар!B4 «Қаралған шағымдар мен арыздар (p)», орган "mju": сан тұруы тиіс жерде "көп" мәтіні тұр\n',
  );
});

test("generated assessments: template file → read back gives the same model and the same scores", async () => {
  await fc.assert(
    fc.asyncProperty(assessmentArb, fc.constantFrom("kk", "ru", "en" as const), async (input, lang) => {
      const parsed = parseAssessment(input);
      fc.pre(parsed.assessment !== undefined);
      const file = join(dir, "generated.xlsx");
      await writeWorkbookFile(buildTemplateSheets(lang, parsed.assessment), file, { force: true });
      const back = await readWorkbookFile(file);
      expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
      expect(back.assessment).toEqual(parsed.assessment);
      const a = evaluate(input);
      const b = evaluate(back.input);
      expect(a.ok && b.ok).toBe(true);
      if (a.ok && b.ok) expect(toScoringOutput(b.result)).toEqual(toScoringOutput(a.result));
    }),
    { numRuns: 12 },
  );
});

describe("the sample workbook", () => {
  const xlsx = join(ROOT, "samples", "assessment-sample.xlsx");
  const run = runCli(["score", xlsx, "--format", "json"]);
  const out = JSON.parse(run.stdout || "{}") as { bodies: Record<string, unknown>[] };
  const body = (id: string) => out.bodies.find((b) => b.id === id) as Record<string, Record<string, number>>;

  test("scores without problems: 28 central and 20 local bodies", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(out.bodies.filter((b) => b.type === "central")).toHaveLength(28);
    expect(out.bodies.filter((b) => b.type === "local")).toHaveLength(20);
    expect(runCli(["validate", xlsx]).stdout).toBe("0 error(s), 0 warning(s)\n");
  });

  test("has the cases the issue asks for", () => {
    const json = JSON.parse(readFileSync(join(ROOT, "samples", "assessment-sample.json"), "utf8")) as {
      bodies: Record<string, unknown>[];
    };
    const bodies = json.bodies as {
      type: string;
      exempt?: string[];
      services: unknown;
      openness: { openBudget: { classified: boolean } };
      unreliable?: Record<string, { text: string }[]>;
    }[];
    expect(bodies.filter((b) => b.exempt?.includes("nationalBank"))).toHaveLength(1);
    expect(bodies.filter((b) => b.exempt?.includes("defence"))).toHaveLength(1);
    expect(bodies.filter((b) => b.openness.openBudget.classified)).toHaveLength(1);
    expect(bodies.filter((b) => b.services === "na")).toHaveLength(1);
    const facts = bodies.flatMap((b) => Object.values(b.unreliable ?? {}).flat());
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) expect(fact.text).toMatch(/[әғқңөұүһі]/);
  });

  test("is the template filled from the committed JSON", async () => {
    const read = await readWorkbookFile(xlsx);
    expect(read.assessment).toEqual(modelOf(join(ROOT, "samples", "assessment-sample.json")));
  });

  test("pinned results, checked by hand from the formulas", () => {
    // moj complaints: p = 2234, f = 1, a = 1, n = 20, no discipline for the 1 late review; 2 facts.
    // R1 = 40 − 1/2234·1000, R2 = 30 − 1/2234·10000, R3 = 20 − 20/2234·100, R4 = 0 (0 % < 50 %).
    const moj = body("moj");
    expect(moj.complaints!.R1).toBeCloseTo(40 - 1000 / 2234, 9);
    expect(moj.complaints!.R2).toBeCloseTo(30 - 10000 / 2234, 9);
    expect(moj.complaints!.R3).toBeCloseTo(20 - 2000 / 2234, 9);
    expect(moj.complaints!.R4).toBe(0);
    expect(moj.complaints!.penalty).toBeCloseTo(0.4, 12);
    expect(moj.complaints!.final).toBeCloseTo(83.78084153983886, 9);
    // moj P1: 13 ratings → 5 × 15 + 2 × 12 + 6 × 9 = 153 points, mean 153 / 13.
    expect(moj.services!.P1).toBeCloseTo(153 / 13, 12);
    expect(moj.services!.final).toBeCloseTo(85.98411981832973, 9);
    // astana (local): 16 ratings, 7 × 20 + 6 × 16 + 2 × 12 + 1 × 4 = 264 points → P1 = 16.5.
    expect(body("astana").services!.P1).toBe(16.5);
    // cec renders no public services: direction "na", general score over the other two (I-16).
    const cec = body("cec") as unknown as Record<string, { final: number; score: number } | string>;
    expect(cec.services).toBe("na");
    const mean =
      ((cec.openness as { final: number }).final + (cec.complaints as { final: number }).final) / 2;
    expect((cec.overall as { score: number }).score).toBeCloseTo(mean, 9);
  });
});
