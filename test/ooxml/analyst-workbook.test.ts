/**
 * Part 1 of issue 14: the analyst's workbook is never re-serialized. A workbook saved the way Excel
 * saves it (tables without headerRowCount, totalsRowShown="0", <autoFilter ref=…>, a calculated
 * column, a dynamic-array formula, a chart, an image, a comment, a defined name, conditional
 * formatting) goes through `conclude` and `objections`: the input stays byte-identical, and the
 * output is a new workbook holding exactly opeval's sheets — the same, cell for cell, as from the
 * JSON the workbook holds — and passes the schema check and the rules.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCommand as run } from "../helpers/cli";
import { checkWrittenFile } from "./check";
import { ANALYST_SHEET, ANALYST_TABLE, excelSavedWorkbook } from "./excel-workbook";
import { openPackage } from "./package";

const ROOT = join(__dirname, "..", "..");
const COHORT = join(ROOT, "examples", "sample-cohort.json");
const OBJECTIONS = join(ROOT, "examples", "objections-example.json");

let dir: string;
let book: string;
let macroBook: string;

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function sheetValues(path: string): Promise<Map<string, Record<string, unknown>>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const out = new Map<string, Record<string, unknown>>();
  wb.eachSheet((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (!c.isMerged || c.master.address === c.address) cells[c.address] = c.value;
      }),
    );
    out.set(ws.name, cells);
  });
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opeval-analyst-"));
  const template = join(dir, "template.xlsx");
  const t = await run(["template", "--lang", "ru", "--from", COHORT, "--out", template]);
  expect(t.code).toBe(0);
  book = join(dir, "analyst.xlsx");
  writeFileSync(book, await excelSavedWorkbook(readFileSync(template)));
  macroBook = join(dir, "analyst.xlsm");
  writeFileSync(macroBook, await excelSavedWorkbook(readFileSync(template), { macros: true }));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the fixture is what Excel writes: tables without headerRowCount, and every part present", async () => {
  const pkg = await openPackage(book);
  const table1 = pkg.text("xl/tables/table1.xml");
  expect(table1).not.toContain("headerRowCount");
  expect(table1).toContain('totalsRowShown="0"');
  expect(table1).toMatch(/<autoFilter ref="A3:[A-Z]+\d+"\/>/);
  for (const part of [
    "xl/charts/chart1.xml",
    "xl/drawings/drawing1.xml",
    "xl/media/image1.png",
    "xl/comments1.xml",
    "xl/metadata.xml",
  ])
    expect(pkg.bytes.has(part)).toBe(true);
  const workbook = pkg.text("xl/workbook.xml");
  expect(workbook).toContain(`<definedName name="AnalystTotal">`);
  const analyst = [...pkg.bytes.keys()].find((n) => pkg.text(n).includes("_xlfn._xlws.SORT"));
  expect(analyst).toBeDefined();
  expect(pkg.text(analyst!)).toContain("<conditionalFormatting");
  expect(pkg.text(analyst!)).toContain('cm="1"');
  // The fixture itself is a valid package: the check proves what it is given, not less.
  const { schema, rules } = await checkWrittenFile(book, "fixture");
  expect(schema).toEqual([]);
  expect(rules.errors).toEqual([]);
  expect(rules.counted["structured references"]).toBeGreaterThan(3);
});

describe.each([
  ["xlsx", () => book],
  ["xlsm", () => macroBook],
])("an Excel-saved .%s workbook", (kind, input) => {
  test("conclude: input byte-identical; output = the forms only, same as from JSON, valid", async () => {
    const before = sha(input());
    const out = join(dir, `conclude-${kind}.xlsx`);
    const r = await run(["conclude", input(), "--forms", "3,4,12,15", "--out", out]);
    // The fixture gives no Russian names or facts: one warning per body and field, nothing else.
    const lines = r.stderr.split("\n").filter((l) => l !== "");
    expect(lines.length).toBe(17);
    expect(
      lines.filter((l) => !/^warning: .* no Russian text: the Russian forms print the Kazakh one/.test(l)),
    ).toEqual([]);
    expect(r.code).toBe(0);
    expect(sha(input())).toBe(before);

    const fromJson = join(dir, `conclude-${kind}-json.xlsx`);
    expect((await run(["conclude", COHORT, "--forms", "3,4,12,15", "--out", fromJson])).code).toBe(0);
    const got = await sheetValues(out);
    const want = await sheetValues(fromJson);
    expect([...got.keys()]).toEqual([...want.keys()]);
    expect(got.size).toBeGreaterThan(10);
    for (const [name, cells] of want) expect(got.get(name)).toEqual(cells);
    expect(got.has(ANALYST_SHEET)).toBe(false);

    const pkg = await openPackage(out);
    expect(pkg.contentType("xl/workbook.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    );
    for (const name of pkg.names) expect(name).not.toMatch(/vbaProject|charts\/|media\/|comments|metadata/);
    expect(pkg.text("xl/workbook.xml")).not.toContain("AnalystTotal");
    const check = await checkWrittenFile(out, `conclude-${kind}`);
    expect(check.schema).toEqual([]);
    expect(check.rules.errors).toEqual([]);
  });

  test("objections: input byte-identical; output = annex 14, corrected forms, comparison, log", async () => {
    const before = sha(input());
    const out = join(dir, `objections-${kind}.xlsx`);
    const r = await run(["objections", input(), "--objections", OBJECTIONS, "--out", out]);
    expect(r.code).toBe(0);
    expect(sha(input())).toBe(before);

    const fromJson = join(dir, `objections-${kind}-json.xlsx`);
    expect((await run(["objections", COHORT, "--objections", OBJECTIONS, "--out", fromJson])).code).toBe(0);
    const got = await sheetValues(out);
    const want = await sheetValues(fromJson);
    expect([...got.keys()]).toEqual([...want.keys()]);
    expect([...got.keys()]).toEqual(expect.arrayContaining(["Әділет-14-шағым-kk", "opeval_Log"]));
    for (const [name, cells] of want) if (name !== "opeval_Log") expect(got.get(name)).toEqual(cells);
    expect(got.has(ANALYST_SHEET)).toBe(false);
    const pkg = await openPackage(out);
    for (const name of pkg.names) expect(name).not.toMatch(/vbaProject|charts\/|media\/|comments|metadata/);
    expect(pkg.text("xl/workbook.xml")).not.toContain(ANALYST_TABLE);
    const check = await checkWrittenFile(out, `objections-${kind}`);
    expect(check.schema).toEqual([]);
    expect(check.rules.errors).toEqual([]);
  });
});

test("an .xlsm input is read; the output is a plain .xlsx and --out FILE.xlsm is refused", async () => {
  const r = await run(["conclude", macroBook, "--forms", "15", "--out", join(dir, "out.xlsm")]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/--out must be an \.xlsx file: .*without macros \(an \.xlsm FILE is only read\)/);
});
