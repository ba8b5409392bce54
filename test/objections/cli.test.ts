/**
 * `opeval objections` end to end, in process: the sample cohort with the sample objections (JSON),
 * and a workbook whose opeval_Objections / opeval_Holidays tables carry the objections.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCommand as run } from "../helpers/cli";
import type { CellValue } from "../../src/sheet/spec";
import { parseAssessment } from "../../src/model/parse";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { addSheetsToWorkbook } from "../../src/xlsx/writeSheets";

const ROOT = join(__dirname, "..", "..");
const COHORT = join(ROOT, "examples", "sample-cohort.json");
const SAMPLE = join(ROOT, "examples", "objections-example.json");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-objections-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sheetsOf(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function names(wb: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  wb.eachSheet((ws) => out.push(ws.name));
  return out;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => out.push(String(cell.value))));
  return out;
}

describe("opeval objections with a JSON objections file", () => {
  it("prints every objection with its deadline; the late one is marked", async () => {
    const r = await run(["objections", COHORT, "--objections", SAMPLE, "--lang", "ru"]);
    expect(r.code).toBe(0);
    // Received 19.03.2020 → deadline 31.03.2020 (21–25 March off); almaty sent 01.04.2020.
    expect(r.stdout).toMatch(
      /4\s+almaty.*19\.03\.2020\s+31\.03\.2020\s+01\.04\.2020\s+не принято: подано после/,
    );
    expect(r.stderr).toContain("возражение 4 поступило 2020-04-01, после срока 2020-03-31");
    expect(r.stdout).toContain("с нарушением срока (не принято): 1, на рассмотрении: 1"); // --lang ru
  });

  it("writes annex 14, originals and corrected conclusions side by side, comparison and log", async () => {
    const out = join(dir, "json.xlsx");
    const r = await run(["objections", COHORT, "--objections", SAMPLE, "--out", out]);
    expect(r.code).toBe(0);
    const wb = await sheetsOf(out);
    const all = names(wb);
    for (const n of ["Әділет-14-шағым-kk", "Әділет-14-жалобы-ru", "Алматы-14-қызмет-kk"])
      expect(all).toContain(n);
    // The corrected annex 12 follows its original.
    expect(all.indexOf("Әділет-12-kk-түз")).toBe(all.indexOf("Әділет-12-kk") + 1);
    expect(all.indexOf("Әділет-12-ru-испр")).toBe(all.indexOf("Әділет-12-ru") + 1);
    // Services of mju were objected but the objection was rejected: no corrected annex 3.
    expect(all).not.toContain("Әділет-3-kk-түз");
    const annex14 = texts(wb.getWorksheet("Әділет-14-шағым-kk")!);
    expect(annex14.some((t) => t.startsWith("Қабылданды"))).toBe(true);
    // Total after appeal: complaints final 75.78… + 9 (R4 1 → 10) = 84.78…, truncated with a comma.
    expect(annex14).toContain("Шағымдану қорытындысын ескергендегі жалпы балл 84,78 құрады.");
    const log = wb.getWorksheet("opeval_Log")!;
    const logRows: CellValue[][] = [];
    log.eachRow((row) => logRows.push((row.values as CellValue[]).slice(1)));
    expect(logRows).toHaveLength(4); // header + 3 corrections of accepted, in-time objections
    expect(logRows[1]).toEqual(expect.arrayContaining(["complaints.disciplined", 118, 190, 1]));
  });

  it("refuses to overwrite without --force and never takes FILE as --out", async () => {
    const out = join(dir, "json.xlsx");
    expect((await run(["objections", COHORT, "--objections", SAMPLE, "--out", out])).code).toBe(1);
    expect((await run(["objections", COHORT, "--objections", SAMPLE, "--out", COHORT])).code).toBe(1);
  });

  it("a bad objections file exits 2 naming the field", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ objections: [{ no: 1, body: "mju", direction: "x" }] }));
    const r = await run(["objections", COHORT, "--objections", bad, "--lang", "kk"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("objections[0].direction");
  });
});

describe("opeval objections with the workbook's own tables", () => {
  it("reads opeval_Objections and opeval_Holidays; a user day off makes a late objection timely", async () => {
    const assessment = parseAssessment(JSON.parse(readFileSync(COHORT, "utf8"))).assessment!;
    const specs = buildTemplateSheets("kk", assessment);
    const put = (table: string, data: CellValue[][]) => {
      const spec = specs.find((s) => s.tables?.[0]?.name === table)!;
      spec.rows = [...spec.rows.slice(0, 3), ...data];
      const width = (spec.rows[2] as CellValue[]).length;
      spec.tables![0]!.range = `A3:${String.fromCharCode(64 + width)}${3 + data.length}`;
    };
    // Columns: № body direction item objection received submitted decision decisionDate note field value.
    put("opeval_Objections", [
      [
        1,
        "almaty",
        "қызметтер",
        "M2",
        "Мерзімі бұзылған қызметтер саны 12 емес, 5.",
        43909,
        "01.04.2020",
        "қабылданды",
        43931,
        null,
        "services.late",
        5,
      ],
    ]);
    // Mon 30 Mar 2020 declared a day off: the 5th working day after 19 Mar becomes Wed 1 Apr.
    put("opeval_Holidays", [[43920, "демалыс", "example order"]]);
    const input = join(dir, "book.xlsx");
    const wb = new ExcelJS.Workbook();
    await addSheetsToWorkbook(wb, specs);
    await wb.xlsx.writeFile(input);

    const before = readFileSync(input);
    const out = join(dir, "book-out.xlsx");
    const r = await run(["objections", input, "--lang", "kk", "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1\s+almaty.*19\.03\.2020\s+01\.04\.2020\s+01\.04\.2020\s+қабылданды/);
    const result = await sheetsOf(out);
    const all = names(result);
    // A new workbook of opeval's sheets only: the analyst's file is read, never rewritten.
    expect(readFileSync(input).equals(before)).toBe(true);
    for (const s of specs) expect(all).not.toContain(s.name);
    expect(all[all.length - 1]).toBe("opeval_Log");
    expect(all).toContain("Алматы-4-kk-түз");
    const log = texts(result.getWorksheet("opeval_Log")!);
    expect(log).toEqual(expect.arrayContaining(["services.late", "12", "5"]));
    expect(log.some((t) => t.includes("Қарсылықтар!A4"))).toBe(true);
  });
});

describe("the shipped sample objections", () => {
  it("refer to bodies of the sample assessment: the README's command runs as written", async () => {
    const assessment = join(ROOT, "samples", "assessment-sample.json");
    const objections = join(ROOT, "samples", "objections-sample.json");
    const r = await run(["objections", assessment, "--objections", objections, "--lang", "ru"]);
    expect(r.code).toBe(0);
    // Only the four notes a reader expects: the late objection, the pending one, the rejected one, and
    // the accepted one that changes no score (Karaganda's rating 4,91 → 4,9 stays in its band).
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(
        /^предупреждение: орган "almaty", objections\[3\]\.submitted: возражение 4 поступило 2020-04-01, после срока 2020-03-31/,
      ),
      expect.stringMatching(
        /^предупреждение: орган "turkestan", objections\[5\]\.decision: по возражению 6 ещё нет решения комиссии/,
      ),
      expect.stringMatching(/^предупреждение: орган "moj", objections\[2\]: возражение 3 не принято/),
      expect.stringMatching(
        /^предупреждение: орган "karaganda", objections\[4\]: возражение 5 принято и исправляет services\.ratings\.0, но ни один балл/,
      ),
    ]);
    expect(r.stdout).toContain(
      "возражений: 6; принято: 3, отклонено: 1, с нарушением срока (не принято): 1, на рассмотрении: 1; исправлено входных значений: 3",
    );
  });
});
