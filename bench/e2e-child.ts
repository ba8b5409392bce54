/**
 * One end-to-end measurement in its own process, so its peak memory (maxRSS) is its own:
 *   node build/bench/e2e-child.js opeval   COHORT.json OUT.xlsx  → `opeval conclude` (the CLI command)
 *   node build/bench/e2e-child.js baseline COHORT.json OUT.xlsx  → exceljs alone, the same cells
 * Prints one JSON line: { ms, maxRssMB, sheets, cells }. Module loading is outside the timing in
 * both modes; the baseline's forms are built before its clock starts (it only writes their values).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { concludeCommand } from "../src/cli/commands/conclude";
import { buildConclusionSheets } from "../src/forms/index";
import type { CellValue } from "../src/sheet/spec";
import { evaluate } from "../src/evaluate";

interface PlainSheet {
  name: string;
  rows: CellValue[][];
}

function plainSheets(cohortFile: string): PlainSheet[] {
  const evaluation = evaluate(JSON.parse(readFileSync(cohortFile, "utf8")));
  if (!evaluation.ok) throw new Error("bench: cohort invalid");
  return buildConclusionSheets(evaluation.result, { langs: ["kk", "ru"], forms: "all" }).map((s) => ({
    name: s.name,
    rows: s.rows,
  }));
}

function cellCount(sheets: readonly PlainSheet[]): number {
  let n = 0;
  for (const s of sheets)
    for (const row of s.rows) for (const v of row) if (v !== null && v !== undefined) n++;
  return n;
}

async function baseline(sheets: readonly PlainSheet[], out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && !(typeof v === "number" && !Number.isFinite(v)))
          ws.getCell(r + 1, c + 1).value = v;
      }),
    );
  }
  await workbook.xlsx.writeFile(out);
}

async function main(): Promise<void> {
  const [mode, cohortFile, out] = process.argv.slice(2);
  if ((mode !== "opeval" && mode !== "baseline") || !cohortFile || !out)
    throw new Error("usage: e2e-child.js opeval|baseline COHORT.json OUT.xlsx");
  let sheets: number;
  let cells: number | undefined;
  let ms: number;
  if (mode === "opeval") {
    let stdout = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => process.stderr.write(t) };
    const start = process.hrtime.bigint();
    const code = await concludeCommand.run([cohortFile, "--out", out, "--force"], io);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (code !== 0) throw new Error(`bench: opeval conclude exited ${code}`);
    sheets = Number(/^(\d+) sheet/.exec(stdout)?.[1] ?? NaN);
  } else {
    const plain = plainSheets(cohortFile);
    sheets = plain.length;
    cells = cellCount(plain);
    const start = process.hrtime.bigint();
    await baseline(plain, out);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, maxRssMB, sheets, cells }) + "\n");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
