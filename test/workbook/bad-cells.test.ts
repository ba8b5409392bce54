/**
 * Reader errors, one per kind of bad cell: each names the sheet, the cell address, the column
 * header and the reason (en; and kk / ru for some). Workbooks are built with the template writer,
 * edited as an analyst would (exceljs), saved and read back.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import ExcelJS from "exceljs";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { parseAssessment } from "../../src/model/parse";
import { formatProblem, type Problem } from "../../src/model/problems";
import { readAndValidateTables } from "../../src/model/tables";
import type { Assessment, Lang } from "../../src/model/types";
import { readPackageTables, readWorkbookFile, workbookTables } from "../../src/xlsx/read";
import { addSheetsToWorkbook } from "../../src/xlsx/writeSheets";
import { ROOT } from "../helpers/cli";

const sample: Assessment = parseAssessment(
  JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")),
).assessment!;

const buffers = new Map<Lang, Promise<ExcelJS.Buffer>>();

/** A fresh copy of the filled template as saved on disk (each language built once). */
async function template(lang: Lang): Promise<ExcelJS.Workbook> {
  if (!buffers.has(lang)) {
    const wb = new ExcelJS.Workbook();
    buffers.set(
      lang,
      addSheetsToWorkbook(wb, buildTemplateSheets(lang, sample)).then(() => wb.xlsx.writeBuffer()),
    );
  }
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await buffers.get(lang)!) as ArrayBuffer);
  return copy;
}

async function read(wb: ExcelJS.Workbook) {
  return readAndValidateTables(workbookTables(wb));
}

/** The one error of a workbook (fails if there are none or several). */
function onlyError(problems: Problem[]): Problem {
  const errors = problems.filter((p) => p.severity === "error");
  expect(errors.map((p) => formatProblem(p))).toHaveLength(1);
  return errors[0]!;
}

/** Column letter of a header on row 3 of a sheet. */
function columnOf(ws: ExcelJS.Worksheet, header: string): string {
  let found = "";
  ws.getRow(3).eachCell((cell) => {
    if (cell.value === header) found = cell.address.replace(/\d+/, "");
  });
  if (!found) throw new Error(`no header ${header} on ${ws.name}`);
  return found;
}

test("the unedited template reads without problems", async () => {
  const result = await read(await template("en"));
  expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(result.assessment).toEqual(sample);
});

test("text in a number column", async () => {
  const wb = await template("en");
  const ws = wb.getWorksheet("Services")!;
  const col = columnOf(ws, "Rendered with violated deadlines (a, T1)");
  ws.getCell(`${col}5`).value = "about forty";
  const p = onlyError((await read(wb)).problems);
  expect(p.code).toBe("textInNumberCell");
  expect(p.cell).toEqual({
    sheet: "Services",
    address: `${col}5`,
    header: "Rendered with violated deadlines (a, T1)",
  });
  expect(formatProblem(p, "en")).toBe(
    `error: sheet Services!${col}5 «Rendered with violated deadlines (a, T1)», body "mzsr": text "about forty" where a number belongs`,
  );
});

test("a number stored as text (kk message)", async () => {
  const wb = await template("kk");
  const ws = wb.getWorksheet("Шағымдар")!;
  const col = columnOf(ws, "Қаралған шағымдар мен арыздар (p)");
  ws.getCell(`${col}4`).value = "1 200";
  const p = onlyError((await read(wb)).problems);
  expect(p.code).toBe("numberStoredAsText");
  expect(formatProblem(p, "kk")).toBe(
    `қате: парақ Шағымдар!${col}4 «Қаралған шағымдар мен арыздар (p)», орган "mju": "1 200" саны мәтін ретінде сақталған; ұяшықты санға айналдырыңыз`,
  );
});

test("a negative count is reported at its cell by the parser's rule", async () => {
  const wb = await template("en");
  const ws = wb.getWorksheet("Complaints")!;
  const col = columnOf(ws, "Reviewed late (f, R1)");
  ws.getCell(`${col}6`).value = -3;
  const p = onlyError((await read(wb)).problems);
  expect(p.code).toBe("expectedCount");
  expect(p.cell).toMatchObject({ sheet: "Complaints", address: `${col}6` });
  expect(formatProblem(p)).toContain("must be a whole number ≥ 0, got -3");
});

test.each([
  ["#N/A", { error: "#N/A" }],
  ["#DIV/0!", { formula: "1/0", result: { error: "#DIV/0!" } }],
])("a formula error value %s (ru message)", async (shown, value) => {
  const wb = await template("ru");
  const ws = wb.getWorksheet("Услуги")!;
  const col = columnOf(ws, "Всего оказано услуг (b1)");
  ws.getCell(`${col}4`).value = value as ExcelJS.CellValue;
  const p = onlyError((await read(wb)).problems);
  expect(p.code).toBe("formulaErrorValue");
  expect(p.cell).toEqual({ sheet: "Услуги", address: `${col}4`, header: "Всего оказано услуг (b1)" });
  expect(formatProblem(p, "ru")).toBe(
    `ошибка: лист Услуги!${col}4 «Всего оказано услуг (b1)», орган "mju": в ячейке ошибка Excel ${shown} (формула не вычислилась); введите значение`,
  );
});

test("a date where a count belongs", async () => {
  const wb = await template("en");
  const ws = wb.getWorksheet("Services")!;
  const col = columnOf(ws, "Unjustified refusals (a, T2)");
  const cell = ws.getCell(`${col}7`);
  cell.value = new Date(Date.UTC(2019, 11, 31));
  // A new style object: exceljs shares one among the cells a loaded file styles alike.
  cell.style = { ...cell.style, numFmt: "dd.mm.yyyy" };
  const p = onlyError((await read(wb)).problems);
  expect(p.code).toBe("dateInNumberCell");
  expect(formatProblem(p)).toBe(
    `error: sheet Services!${col}7 «Unjustified refusals (a, T2)», body "mo": a date (31.12.2019) where a number belongs; format the cell as a number`,
  );
});

test("a duplicated body", async () => {
  const wb = await template("en");
  const ws = wb.getWorksheet("Bodies")!;
  ws.getCell("A5").value = "mju";
  const errors = (await read(wb)).problems.filter((p) => p.severity === "error");
  const duplicate = errors.find((p) => p.code === "duplicateId")!;
  expect(duplicate.cell).toEqual({ sheet: "Bodies", address: "A5", header: "Body code" });
  expect(formatProblem(duplicate)).toContain('the id "mju" is used by more than one body');
});

test("a row that refers to an unknown body", async () => {
  const wb = await template("kk");
  const ws = wb.getWorksheet("Қызметтер")!;
  ws.getCell("A5").value = "minzdrav";
  const problems = (await read(wb)).problems.filter((p) => p.severity === "error");
  const unknown = problems.find((p) => p.code === "unknownBodyRef")!;
  expect(unknown.cell).toEqual({ sheet: "Қызметтер", address: "A5", header: "Орган (коды немесе атауы)" });
  expect(formatProblem(unknown, "kk")).toContain('коды немесе атауы "minzdrav" болатын орган жоқ');
});

test("a missing table", async () => {
  const wb = await template("en");
  // Half of a direction's tables: its body table stays (a whole direction may be left out, below).
  wb.removeWorksheet(wb.getWorksheet("Openness")!.id);
  const result = await read(wb);
  const p = onlyError(result.problems);
  expect(p.code).toBe("missingTable");
  expect(formatProblem(p)).toContain(
    'the workbook has no table "opeval_Openness" (expected on sheet "Openness")',
  );
  expect(result.input).toBeUndefined();
});

test("a direction's whole sheet left out is that direction not entered (one authority's workbook, issue 24)", async () => {
  const wb = await template("en");
  wb.removeWorksheet(wb.getWorksheet("Complaints")!.id);
  const result = await read(wb);
  expect(result.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(result.assessment!.bodies.map((b) => b.complaints)).toEqual(sample.bodies.map(() => undefined));
});

test("a renamed column is an error, naming the table and the column; the new header is ignored", async () => {
  const wb = await template("ru");
  const ws = wb.getWorksheet("Жалобы")!;
  const col = columnOf(ws, "Рассмотрено с нарушением сроков (f, R1)");
  ws.getCell(`${col}3`).value = "Просрочено";
  const problems = (await read(wb)).problems;
  const missing = problems.find((p) => p.code === "missingColumn")!;
  expect(missing.cell).toMatchObject({ sheet: "Жалобы", address: "A3" });
  expect(formatProblem(missing, "ru")).toContain(
    'в таблице opeval_Complaints нет столбца "Рассмотрено с нарушением сроков (f, R1)"',
  );
  const unknown = problems.find((p) => p.code === "unknownColumn")!;
  expect(unknown).toMatchObject({ severity: "warning", cell: { address: `${col}3`, header: "Просрочено" } });
});

test("reordered columns and headers in another language read the same", async () => {
  const wb = await template("kk");
  const ws = wb.getWorksheet("Қызметтер")!;
  // Swap two columns (header and data) and retitle one in Russian.
  const swap = (a: string, b: string) => {
    for (let r = 3; r <= 3 + sample.bodies.length; r++) {
      const x = ws.getCell(`${a}${r}`).value;
      ws.getCell(`${a}${r}`).value = ws.getCell(`${b}${r}`).value;
      ws.getCell(`${b}${r}`).value = x;
    }
  };
  swap("B", "E");
  ws.getCell("C3").value = "Оказано без однодневных услуг (b)";
  const result = await read(wb);
  expect(result.problems).toEqual([]);
  expect(result.assessment).toEqual(sample);
});

/** The filled English template with the totals row of opeval_Ratings switched on, as an analyst would. */
async function templateWithTotalsRow(): Promise<ExcelJS.Workbook> {
  const wb = await template("en");
  const ws = wb.getWorksheet("Ratings")!;
  const table = (
    ws as unknown as { tables: Record<string, { table: { tableRef: string; totalsRow: boolean } }> }
  ).tables.opeval_Ratings!.table;
  const last = Number(/\d+$/.exec(table.tableRef)![0]);
  ws.getCell(`A${last + 1}`).value = "Total";
  ws.getCell(`C${last + 1}`).value = { formula: `SUBTOTAL(101,C4:C${last})`, result: 4.7 };
  table.tableRef = table.tableRef.replace(/\d+$/, String(last + 1));
  table.totalsRow = true;
  return wb;
}

test("a totals row an analyst switched on is not read as data", async () => {
  const wb = await templateWithTotalsRow();
  const result = await read(wb);
  expect(result.problems).toEqual([]);
  expect(result.assessment).toEqual(sample);
});

test("a totals row is not read as data by the CLI's file reader either (readPackageTables)", async () => {
  const wb = await templateWithTotalsRow();
  const file = join(mkdtempSync(join(tmpdir(), "opeval-totals-")), "totals.xlsx");
  await wb.xlsx.writeFile(file);
  try {
    // The reader leaves the totals row (inside the table's range, marked totalsRowCount) out of the
    // values, so the Ratings read the same as without it.
    const tables = readPackageTables(readFileSync(file)).tables;
    expect(tables.find((t) => t.name === "opeval_Ratings")!.values.flat()).not.toContain("Total");
    const result = await readWorkbookFile(file);
    expect(result.problems).toEqual([]);
    expect(result.assessment).toEqual(sample);
  } finally {
    rmSync(dirname(file), { recursive: true, force: true });
  }
});

test("text that looks like a formula stays text through the template", async () => {
  const tricky: Assessment = JSON.parse(JSON.stringify(sample));
  tricky.bodies[0]!.name = '=HYPERLINK("http://example.com","x")';
  tricky.bodies[0]!.unreliable.services = { count: 2, texts: ["=1+1", "#N/A in the report"] };
  const wb = new ExcelJS.Workbook();
  await addSheetsToWorkbook(wb, buildTemplateSheets("kk", tricky));
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  expect(copy.getWorksheet("Органдар")!.getCell("B4").formula).toBeUndefined();
  const result = await read(copy);
  expect(result.problems).toEqual([]);
  expect(result.assessment).toEqual(tricky);
});
