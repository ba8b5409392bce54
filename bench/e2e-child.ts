/**
 * One end-to-end measurement in its own process, so its peak memory (maxRSS) is its own:
 *   node build/bench/e2e-child.js opeval   COHORT.json OUT.xlsx → `opeval conclude` (the CLI command)
 *   node build/bench/e2e-child.js baseline COHORT.json OUT.xlsx → exceljs alone, handed the final
 *     cells, merges, styles, widths, heights and page setup already built (the library's floor)
 *   node build/bench/e2e-child.js split    COHORT.json DIR      → `opeval conclude --split DIR`
 * Prints one JSON line: { ms, maxRssMB, sheets, cells }. Module loading is outside the timing in
 * every mode; the baseline's forms, styles and arrays are built before its clock starts.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { concludeCommand } from "../src/cli/commands/conclude";
import { buildConclusionSheets } from "../src/forms/index";
import { resolveCellStyles, styleKey } from "../src/sheet/cell-styles";
import type { CellValue } from "../src/sheet/spec";
import { evaluate } from "../src/evaluate";
import { excelStyle } from "../src/xlsx/xlsx-cell-styles";

/** A sheet exactly as exceljs takes it: nothing left to compute. */
interface PreparedSheet {
  name: string;
  cells: [number, number, CellValue][];
  styles: [number, number, Partial<ExcelJS.Style>][];
  merges: string[];
  widths: [number, number][];
  heights: [number, number][];
  pageSetup: Partial<ExcelJS.PageSetup>;
}

function preparedSheets(cohortFile: string): PreparedSheet[] {
  const evaluation = evaluate(JSON.parse(readFileSync(cohortFile, "utf8")));
  if (!evaluation.ok) throw new Error("bench: cohort invalid");
  const shared = new Map<string, Partial<ExcelJS.Style>>();
  return buildConclusionSheets(evaluation.result, { langs: ["kk", "ru"], forms: "all" }).map((s) => {
    const cells: PreparedSheet["cells"] = [];
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && !(typeof v === "number" && !Number.isFinite(v)))
          cells.push([r + 1, c + 1, v]);
      }),
    );
    const styles: PreparedSheet["styles"] = [];
    for (const [at, style] of resolveCellStyles(s)) {
      const key = styleKey(style);
      let st = shared.get(key);
      if (!st) shared.set(key, (st = excelStyle(style)));
      const [r, c] = at.split(":").map(Number) as [number, number];
      styles.push([r, c, st]);
    }
    const p = s.print;
    return {
      name: s.name,
      cells,
      styles,
      merges: s.merges ?? [],
      widths: (s.columnWidths ?? []).map((w, i) => [i + 1, w] as [number, number]),
      heights: Object.entries(s.rowHeights ?? {}).map(([r, h]) => [Number(r), h] as [number, number]),
      pageSetup: p
        ? {
            paperSize: 9,
            orientation: p.orientation,
            ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
            ...(p.margins ? { margins: { ...p.margins, header: 0.3, footer: 0.3 } } : {}),
            ...(p.printTitleRows ? { printTitlesRow: p.printTitleRows } : {}),
            ...(p.printArea ? { printArea: p.printArea } : {}),
          }
        : {},
    };
  });
}

async function baseline(sheets: readonly PreparedSheet[], out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = workbook.addWorksheet(s.name);
    for (const [c, w] of s.widths) ws.getColumn(c).width = w;
    for (const [r, h] of s.heights) ws.getRow(r).height = h;
    for (const [r, c, v] of s.cells) ws.getCell(r, c).value = v;
    for (const [r, c, st] of s.styles) ws.getCell(r, c).style = st;
    for (const m of s.merges) ws.mergeCells(m);
    ws.pageSetup = { ...ws.pageSetup, ...s.pageSetup };
  }
  await workbook.xlsx.writeFile(out);
}

async function main(): Promise<void> {
  const [mode, cohortFile, out] = process.argv.slice(2);
  if ((mode !== "opeval" && mode !== "baseline" && mode !== "split") || !cohortFile || !out)
    throw new Error("usage: e2e-child.js opeval|baseline|split COHORT.json OUT");
  let sheets: number;
  let cells: number | undefined;
  let ms: number;
  if (mode === "opeval" || mode === "split") {
    let stdout = "";
    const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => process.stderr.write(t) };
    const target = mode === "split" ? ["--split", out] : ["--out", out];
    const start = process.hrtime.bigint();
    const code = await concludeCommand.run([cohortFile, ...target, "--force"], io);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (code !== 0) throw new Error(`bench: opeval conclude exited ${code}`);
    sheets = Number(/^(\d+) (sheet|workbook)/.exec(stdout)?.[1] ?? NaN);
  } else {
    const prepared = preparedSheets(cohortFile);
    sheets = prepared.length;
    cells = prepared.reduce((n, s) => n + s.cells.length, 0);
    const start = process.hrtime.bigint();
    await baseline(prepared, out);
    ms = Number(process.hrtime.bigint() - start) / 1e6;
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ ms, maxRssMB, sheets, cells }) + "\n");
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
