/**
 * Hostile and careless workbooks (issue 11): merged cells over a table (defect 1), table refs
 * beyond the grid, too wide, or running to the last row (5), garbage refs (8), absolute part names
 * as openpyxl writes them (11), and the smaller ones: hidden rows, very hidden sheets, error cells
 * versus text that reads like an error, overlong cells, encrypted or old .xls files, .xlsm.
 * The crafted files are edits of the sample workbook, built here and deleted afterwards.
 */
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { parseAssessment } from "../../src/model/parse";
import type { CellValue } from "../../src/sheet/spec";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { addSheetsToWorkbook } from "../../src/xlsx/writeSheets";
import { scratchFolder } from "../helpers/scratch";
import { ROOT, runInProcess } from "../helpers/cli";
import { absoluteTargets, editPackage, findTable, hideRow, mergeCells, setTableRef } from "./craft";

const SAMPLE_XLSX = join(ROOT, "samples", "assessment-sample.xlsx");
const scratch = scratchFolder("hostile-wb");
const save = scratch.save;
let sample: Buffer;
let services: { sheetPart: string; ref: string };
let scoredSample: string;

beforeAll(async () => {
  sample = readFileSync(SAMPLE_XLSX);
  await editPackage(sample, async (zip) => {
    services = await findTable(zip, "opeval_Services");
  });
  const run = await runInProcess(["score", SAMPLE_XLSX]);
  expect(run.status).toBe(0);
  scoredSample = run.stdout;
});

test("the Services table of the sample is where these tests expect it", () => {
  expect(services.ref).toBe("A3:H50");
});

describe("defect 1: merged cells touching an opeval table", () => {
  test("a merge over data cells is an error naming sheet, range and reason; nothing on stdout", async () => {
    const file = save("merged.xlsx", await mergeCells(sample, "opeval_Services", "B4:E5"));
    const run = await runInProcess(["score", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      "error: sheet Қызметтер!B4:E5: cells B4:E5 are merged and overlap table opeval_Services; unmerge them " +
        "(a table cannot hold merged cells, and a merge would repeat one value over several rows or columns)",
    ]);
  });

  test("a merge that only touches the table's header corner is an error too; one outside is fine", async () => {
    const touching = save("merged-corner.xlsx", await mergeCells(sample, "opeval_Services", "H2:I3"));
    expect((await runInProcess(["validate", touching])).status).toBe(2);
    const outside = save("merged-outside.xlsx", await mergeCells(sample, "opeval_Services", "J4:K5"));
    const run = await runInProcess(["score", outside]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(scoredSample);
  });
});

describe("defect 5 and 8: table refs", () => {
  test.each([
    [
      "A3:H99999999",
      'table opeval_Services has the range "A3:H99999999", which is not a range of Excel\'s grid',
    ],
    ["A3:XFD1000", 'table opeval_Services ("A3:XFD1000") has more than 100 columns'],
    ["ZZ", 'table opeval_Services has the range "ZZ", which is not a range'],
    ["", 'table opeval_Services has the range "", which is not a range'],
    ["A3:H", 'table opeval_Services has the range "A3:H", which is not a range'],
  ])("ref %s: exit 2 naming the sheet and the table", async (ref, message) => {
    const file = save("ref.xlsx", await setTableRef(sample, "opeval_Services", ref));
    const run = await runInProcess(["validate", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    const first = run.stderr.split("\n")[0]!;
    // The table's first cell when the ref names one, else A1.
    expect(first).toMatch(
      ref.startsWith("A3") ? /^error: sheet Қызметтер!A3: / : /^error: sheet Қызметтер!A1: /,
    );
    expect(first).toContain(message);
  });

  test("a table running to row 1,048,576 reads only its existing cells: same scores", async () => {
    const file = save("last-row.xlsx", await setTableRef(sample, "opeval_Services", "A3:H1048576"));
    const run = await runInProcess(["score", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(scoredSample);
  });
});

test("defect 11: a workbook with absolute part names (openpyxl) reads like the original", async () => {
  const file = save("absolute.xlsx", await absoluteTargets(sample));
  expect(readFileSync(file).includes(Buffer.from('Target="/xl/'))).toBe(false); // compressed
  const run = await runInProcess(["score", file]);
  expect(run.stderr).toBe("");
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(scoredSample);
});

describe("smaller: hidden rows, error cells, long cells, file kinds", () => {
  test("a hidden row inside a table is read, with a warning naming the table and row", async () => {
    const file = save("hidden.xlsx", await hideRow(sample, "opeval_Services", 5));
    const run = await runInProcess(["score", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(scoredSample);
    expect(run.stderr).toBe(
      "warning: sheet Қызметтер!A3: table opeval_Services has hidden rows (5); they are read like the others\n",
    );
  });

  test("a table on a very hidden sheet is read, with a warning naming table and sheet", async () => {
    const file = save(
      "very-hidden.xlsx",
      await editPackage(sample, async (zip) => {
        const xml = await zip.file("xl/workbook.xml")!.async("string");
        const hidden = xml.replace('name="Қызметтер" state="visible"', 'name="Қызметтер" state="veryHidden"');
        expect(hidden).not.toBe(xml);
        zip.file("xl/workbook.xml", hidden);
      }),
    );
    const run = await runInProcess(["score", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(scoredSample);
    expect(run.stderr).toBe(
      'warning: sheet Қызметтер!A3: table opeval_Services is on the very hidden sheet "Қызметтер"; it is read like the others\n',
    );
  });

  test("a cell stored as an error is an error; the same text stored as text is text", async () => {
    const edit = (cell: string) =>
      editPackage(sample, async (zip) => {
        const xml = await zip.file(services.sheetPart)!.async("string");
        const replaced = xml.replace(/<c r="D4"[^>]*?(\/>|>[\s\S]*?<\/c>)/, cell);
        expect(replaced).not.toBe(xml);
        zip.file(services.sheetPart, replaced);
      });
    const asError = save("error-cell.xlsx", await edit('<c r="D4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'));
    const run = await runInProcess(["validate", asError]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Қызметтер!D4");
    expect(run.stderr).toContain("#DIV/0!");
    const asText = save("text-cell.xlsx", await edit('<c r="D4" t="inlineStr"><is><t>#DIV/0!</t></is></c>'));
    const text = await runInProcess(["validate", asText]);
    expect(text.status).toBe(2);
    // A count holding text: reported as text, not as a failed formula.
    expect(text.stderr).not.toContain("a formula failed");
    expect(text.stderr).toContain("Қызметтер!D4");
  });

  test("a cell longer than 32,767 characters is refused at its cell", async () => {
    const file = save(
      "long.xlsx",
      await editPackage(sample, async (zip) => {
        const xml = await zip.file(services.sheetPart)!.async("string");
        const long = `<c r="B4" t="inlineStr"><is><t>${"x".repeat(40_000)}</t></is></c>`;
        zip.file(services.sheetPart, xml.replace(/<c r="B4"[^>]*?(\/>|>[\s\S]*?<\/c>)/, long));
      }),
    );
    const run = await runInProcess(["validate", file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("error: sheet Қызметтер!B4: the cell holds more than 32767 characters");
  });

  test("an encrypted workbook or an old .xls says so (exit 2)", async () => {
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(600)]);
    for (const name of ["locked.xlsx", "old.xls"]) {
      const run = await runInProcess(["validate", save(name, ole)]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("encrypted (password-protected) workbook or an old .xls file");
    }
  });

  test("a file that is not a ZIP package: exit 2, our words, no library message", async () => {
    const run = await runInProcess(["score", save("text.xlsx", Buffer.from("hello, not a workbook"))]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(
      `error: ${join(scratch.dir, "text.xlsx")}: the file is not an .xlsx workbook (not a ZIP package)\n`,
    );
  });

  test(".xlsm is read as a workbook, not as JSON", async () => {
    const file = join(scratch.dir, "macro.xlsm");
    copyFileSync(SAMPLE_XLSX, file);
    const run = await runInProcess(["score", file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(scoredSample);
    const exported = await runInProcess(["export", file, "--out", join(scratch.dir, "macro.json")]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe(`${join(scratch.dir, "macro.json")}: 48 bodies\n`);
  });
});

describe("defect 7: I/O failures on workbooks are exit 1", () => {
  test.each([
    ["a missing file", () => join(scratch.dir, "nope.xlsx"), "no such file"],
    ["a folder", () => scratch.dir + "/folder.xlsx", "it is a folder"],
  ])("%s", async (_, path, words) => {
    const target = path();
    if (target.endsWith("folder.xlsx")) mkdirSync(target, { recursive: true });
    for (const command of ["score", "validate", "export"]) {
      const args =
        command === "export" ? [command, target, "--out", join(scratch.dir, "x.json")] : [command, target];
      const run = await runInProcess(args);
      expect(run.status).toBe(1);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(words);
    }
  });
});

describe("defect 9: a workbook's objections", () => {
  test("an invalid correction is shown at its cell in the Objections sheet; a date in 10000 names its cell", async () => {
    const cohort = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"));
    const assessment = parseAssessment(cohort).assessment!;
    const specs = buildTemplateSheets("kk", assessment);
    const spec = specs.find((s) => s.tables?.[0]?.name === "opeval_Objections")!;
    // № body direction item objection received submitted decision decisionDate note field value.
    const row = (received: CellValue, value: CellValue): CellValue[] => [
      1,
      "almaty",
      "қызметтер",
      "M2",
      "Мерзімі бұзылған қызметтер саны 12 емес.",
      received,
      "20.03.2020",
      "қабылданды",
      43920,
      null,
      "services.late",
      value,
    ];
    const write = async (data: CellValue[]) => {
      spec.rows = [...spec.rows.slice(0, 3), data];
      spec.tables![0]!.range = "A3:L4";
      const wb = new ExcelJS.Workbook();
      await addSheetsToWorkbook(wb, specs);
      const file = join(scratch.dir, "objections-book.xlsx");
      await wb.xlsx.writeFile(file);
      return file;
    };
    const negative = await runInProcess(["objections", await write(row(43909, -5)), "--lang", "kk"]);
    expect(negative.status).toBe(2);
    expect(negative.stdout).toBe("");
    const errors = negative.stderr.split("\n").filter((l) => l.startsWith("қате"));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e).toMatch(/^қате: парақ Қарсылықтар!L4 /);
    expect(negative.stderr).not.toContain("bodies[");
    const farDate = await runInProcess(["objections", await write(row("12.01.10000", 5)), "--lang", "kk"]);
    expect(farDate.status).toBe(2);
    expect(farDate.stderr).toMatch(/^қате: парақ Қарсылықтар!F4 .*10000/m);
  });
});
