/** The people-facing table and the explanations of `opeval score`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli";
import { assessment, centralBody, localBody } from "../helpers/fixtures";
import { readWorkbookFile } from "../functions/helpers/xlsx";

const dir = mkdtempSync(join(tmpdir(), "opeval-out-"));
const file = join(dir, "cohort.json");
const kazakh = { ...centralBody("minfin"), name: "Қаржы министрлігі" };
const local = { ...localBody("almaty"), name: "Алматы облысының әкімдігі", openness: undefined };
writeFileSync(file, JSON.stringify(assessment(kazakh, local)));

test("table: one aligned row per body, truncated two decimals, level in the chosen language", () => {
  const run = runCli(["score", file, "--format", "table", "--lang", "kk"]);
  expect(run.status).toBe(0);
  const lines = run.stdout.trimEnd().split("\n");
  expect(lines).toHaveLength(4);
  // every column starts at the same code-point offset in every row
  const width = (s: string) => [...s].length;
  const header = lines[0]!;
  const generalAt = width(header.slice(0, header.indexOf("жалпы") + "жалпы".length));
  expect(lines[2]).toContain("Қаржы министрлігі");
  expect(lines[2]).toContain("орташа");
  expect(lines[3]).toContain("—"); // no openness yet → no general score
  // numeric columns are right-aligned: the general score ends where its header ends
  const row = [...lines[2]!];
  expect(row.slice(generalAt - 5, generalAt).join("")).toMatch(/^\d+\.\d\d$/);
  expect(row.slice(generalAt, generalAt + 2).join("")).toBe("  ");
});

test("json: every computed value has an explanation naming its source", () => {
  const run = runCli(["score", file]);
  const out = JSON.parse(run.stdout);
  for (const body of out.bodies) {
    const keys = new Set(body.explain.map((e: { key: string }) => e.key));
    for (const d of ["services", "openness", "complaints"]) {
      if (!body[d] || body[d] === "na") continue;
      for (const k of Object.keys(body[d])) expect(keys).toContain(`${d}.${k}`);
    }
    for (const e of body.explain) {
      expect(e.text).not.toMatch(/undefined|NaN/);
      expect(e.source).toMatch(/§|annex/);
    }
  }
  const t1 = out.bodies[0].explain.find((e: { key: string }) => e.key === "services.T1");
  expect(t1.text).toContain("26 − 40 / 118000 × 10000 = 22.61");
  const p2 = out.bodies[1].explain.find((e: { key: string }) => e.key === "services.P2");
  expect(p2.rule).toContain("I-3");
  expect(out.bodies[1].warnings.join(" ")).toContain("general score is not computed");
});

test("workbook input: warnings name sheet and cell, not only the JSON path", () => {
  const missingKey = { ...centralBody("c1") } as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  missingKey.openness = JSON.parse(JSON.stringify(missingKey.openness));
  delete missingKey.openness.openNpa.kk["3"];
  const json = join(dir, "warn.json");
  writeFileSync(json, JSON.stringify(assessment(missingKey)));
  const xlsx = join(dir, "warn.xlsx");
  expect(runCli(["template", "--lang", "en", "--from", json, "--out", xlsx]).status).toBe(0);
  const run = runCli(["validate", xlsx]);
  expect(run.status).toBe(0);
  expect(run.stderr).toMatch(/warning: sheet \S+![A-Z]+\d+ .*openNpa \(kk\) indicator 3/);
});

test("template --from writes the live Calculation sheet: OPEVAL formulas with the engine's results cached", async () => {
  const xlsx = join(dir, "calc.xlsx");
  expect(runCli(["template", "--lang", "en", "--from", file, "--out", xlsx]).status).toBe(0);
  const scored = JSON.parse(runCli(["score", file]).stdout);
  // Read part by part: exceljs cannot read a table with calculated columns.
  const book = await readWorkbookFile(readFileSync(xlsx));
  const general = book.formulas.find((f) => /OPEVAL_OVERALL_SCORE/.test(f.formula) && /\D4$/.test(f.address));
  expect(general).toBeDefined();
  expect(general!.cached).toBeCloseTo(scored.bodies[0].overall.score, 9);
});
