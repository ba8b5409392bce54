/**
 * Issue 24: `opeval template --direction` writes the sheets one authority fills. Each direction's
 * template is written, filled as its analyst would (exceljs: rows typed into its tables), saved,
 * and scored by `opeval score`; the figures are worked by hand from METHODOLOGY.md in the comments.
 * The sheet lists are written out by hand: the authority's tables (§5, §24), Bodies, Settings
 * (the period), the Authorities sheet for all but the Agency, and the objections of its special
 * commission (§102–108) for all but K3.
 */
import { DIRECTION_SHEETS } from "../helpers/direction-sheets";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import {
  AUTHORITIES_TABLE,
  AUTOMATION_TABLE,
  BODIES_TABLE,
  COMPLAINTS_TABLE,
  OPENNESS_BODY_TABLE,
  OPENNESS_TABLE,
  RATINGS_TABLE,
  RECONCILIATION_TABLE,
  SERVICES_TABLE,
  SETTINGS_TABLE,
  settingKeyOf,
  type TemplateTable,
} from "../../src/model/template-schema";
import { parseAssessment } from "../../src/model/parse";
import { assessmentToTables, readAndValidateTables } from "../../src/model/tables";
import { readWorkbookFile } from "../../src/xlsx/read";
import { ROOT, runCommand } from "../helpers/cli";

type Cell = string | number | boolean | null;
type Row = Record<string, Cell>;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-direction-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function template(direction: string, lang: string): Promise<{ path: string; stdout: string }> {
  const path = join(dir, `${direction}-${lang}.xlsx`);
  const r = await runCommand([
    "template",
    "--direction",
    direction,
    "--lang",
    lang,
    "--out",
    path,
    "--force",
  ]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  return { path, stdout: r.stdout };
}

async function sheetsOf(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

describe("the sheets of each authority's workbook", () => {
  test.each(
    Object.entries(DIRECTION_SHEETS).flatMap(([direction, byLang]) =>
      (["kk", "ru"] as const).map((lang) => [direction, lang, byLang[lang]] as const),
    ),
  )("%s, %s", async (direction, lang, sheets) => {
    const { path, stdout } = await template(direction, lang);
    expect(await sheetsOf(path)).toEqual(sheets);
    // `template --lang` also sets the messages' language (the README's one default).
    const count = lang === "kk" ? `${sheets.length} парақ` : `листов: ${sheets.length}`;
    expect(stdout).toBe(`${path}: ${count} (${sheets.join(", ")})\n`);
  });

  test("the instructions name the authority's paragraphs, in the sheet's language", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await template("complaints", "ru")).path);
    const ws = wb.getWorksheet("Инструкция")!;
    expect(ws.getCell("A3").value).toBe(
      "Эта рабочая книга содержит только направление «Качество рассмотрения жалоб и заявлений» (пункты 86–98; приложения 11–13), его оценивает Комитет по правовой статистике и специальным учетам Генеральной прокуратуры Республики Казахстан (пункт 5). Заключение направляется в Агентство не позднее пяти рабочих дней после заседания специальной комиссии (пункт 113).",
    );
  });

  test("the instructions name the fields of the authority's block on its Authorities sheet", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile((await template("automation", "kk")).path);
    expect(wb.getWorksheet("Нұсқаулық")!.getCell("A5").value).toBe(
      "«Уәкілетті органдар» парағы, әр өріске бір жол, Бағыт = автоматтандыру; Өріс: authority, place, date, stateBodyHead.position, stateBodyHead.name, assessingUnitHead.position, assessingUnitHead.name.",
    );
    // Nothing typed for it: a row with a blank value would print a blank signatory.
    const ws = wb.getWorksheet("Уәкілетті органдар")!;
    expect([2, 3, 4].map((c) => ws.getCell(4, c).value)).toEqual([null, null, null]);
  });
});

describe("an unknown --direction", () => {
  test.each([
    [
      "en",
      "C.UTF-8",
      "--direction must be one of: services, automation, openness, complaints; did you mean openness?",
    ],
    [
      "kk",
      "kk_KZ.UTF-8",
      "--direction мына мәндердің бірі болуы керек: services, automation, openness, complaints; openness болуы мүмкін бе?",
    ],
    [
      "ru",
      "ru_RU.UTF-8",
      "--direction должен быть одним из: services, automation, openness, complaints; возможно, имелось в виду openness?",
    ],
  ])(
    "is told in %s with the value it likely meant, and nothing is written",
    async (_lang, locale, message) => {
      const out = join(dir, "never.xlsx");
      const r = await runCommand(["template", "--direction", "opennes", "--out", out], { LANG: locale });
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")[0]).toBe(`opeval template: ${message}`);
      expect(await sheetsExist(out)).toBe(false);
    },
  );
});

async function sheetsExist(path: string): Promise<boolean> {
  return import("node:fs").then((fs) => fs.existsSync(path));
}

// ---------------------------------------------------------------------------------------------
// Filling a written template as the analyst does: rows typed into its tables, the tables grown.

type Tables = { tables: Record<string, { table: { tableRef: string } }> };

/** Types `rows` into `table` under its header (row 3), growing the table's range over them. */
function typeRows(wb: ExcelJS.Workbook, table: TemplateTable, rows: readonly Row[]): void {
  const ws = wb.worksheets.find((w) => (w as unknown as Tables).tables[table.name])!;
  const t = (ws as unknown as Tables).tables[table.name]!.table;
  const first = Number(/\d+$/.exec(t.tableRef)![0]);
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row)) {
      const col = table.columns.findIndex((c) => c.key === key);
      if (col < 0) throw new Error(`${table.name} has no column ${key}`);
      ws.getCell(4 + i, col + 1).value = value;
    }
  });
  t.tableRef = t.tableRef.replace(/\d+$/, String(Math.max(first, 3 + rows.length)));
}

/** Sets the value of the row of `table` whose `keyColumn` holds `key` or its name (the Settings rows). */
function setValue(wb: ExcelJS.Workbook, table: TemplateTable, keyColumn: string, key: string, value: Cell) {
  const ws = wb.worksheets.find((w) => (w as unknown as Tables).tables[table.name])!;
  const k = table.columns.findIndex((c) => c.key === keyColumn) + 1;
  const v = table.columns.findIndex((c) => c.key === "value") + 1;
  for (let r = 4; r <= ws.rowCount; r++)
    // A Settings row shows its name in the template's language (settingKeyOf reads it back).
    if (ws.getCell(r, k).value === key || settingKeyOf(String(ws.getCell(r, k).value)) === key) {
      ws.getCell(r, v).value = value;
      return;
    }
  throw new Error(`no ${key} row in ${table.name}`);
}

interface Scored {
  id: string;
  services: { K3?: number; total: number; penalty: number; final: number } | null;
  openness: { total: number; penalty: number; final: number } | null;
  complaints: { total: number; penalty: number; final: number } | null;
  automation?: { K3: number };
  overall: unknown;
}

/** The file `fillAndScore` last wrote for `direction` and `lang`. */
const filledPath = (direction: string, lang: string) => join(dir, `${direction}-${lang}-filled.xlsx`);

async function fillAndScore(direction: string, lang: string, fill: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await template(direction, lang)).path);
  setValue(wb, SETTINGS_TABLE, "setting", "period", "2019");
  fill(wb);
  const filled = filledPath(direction, lang);
  await wb.xlsx.writeFile(filled);
  const r = await runCommand(["score", filled, "--format", "json"]);
  expect(r.stderr.split("\n").filter((l) => l.startsWith("error"))).toEqual([]);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { bodies: Scored[] }).bodies;
}

const AUTOMATION = {
  // T = 8/10 × 10 = 8; V = 300/400 × 10 = 7.5; B = 3 × 1 = 3; P = 4 h × 0.2 = 0.8; K3 = 17.7 (§49–55).
  mcr: {
    portalServiceTypes: 8,
    serviceTypes: 10,
    electronicVolume: 300,
    totalVolume: 400,
    transferredInPeriod: 3,
    allElectronic: "no",
    downtimeHours: 4,
  },
  // T = 5/5 × 10 = 10; V = 0/0 → 10 (I-10); B = 5 (all electronic); P = 0; K3 = 25.
  mfin: {
    portalServiceTypes: 5,
    serviceTypes: 5,
    electronicVolume: 0,
    totalVolume: 0,
    transferredInPeriod: 0,
    allElectronic: "yes",
    downtimeHours: 0,
  },
};

describe("a filled authority's workbook is read and scored", () => {
  test("services (kk): the Agency's K1, K2 and K3 with the facts' penalty", async () => {
    const bodies = await fillAndScore("services", "kk", (wb) => {
      typeRows(wb, BODIES_TABLE, [
        { id: "mcr", name: "Цифрлық даму министрлігі", type: "central" },
        { id: "akt", name: "Ақтөбе облысының әкімдігі", type: "local" },
      ]);
      typeRows(wb, SERVICES_TABLE, [
        // b1 = 10,000, i = 2: P2 = 10 − 2/10,000 × 10,000 = 8. b = 5,000: T1 = 26 − 5/5,000 × 10,000 = 16,
        // T2 = 8 − 1/5,000 × 10,000 = 6, T3 = 8, T4 = 8 − 2/5,000 × 10,000 = 4.
        {
          body: "mcr",
          rendered: 10000,
          renderedExcludingOneDay: 5000,
          complaints: 2,
          late: 5,
          refusals: 1,
          incompleteDocs: 0,
          extraDocs: 2,
        },
        // b1 = b = 2,000, i = 1: P2 = 20 − 5 = 15; T1 = 30 − 4/2,000 × 10,000 = 10, T2 = 10, T3 = 10 − 5 = 5, T4 = 10.
        { body: "akt", rendered: 2000, complaints: 1, late: 4, refusals: 0, incompleteDocs: 1, extraDocs: 0 },
      ]);
      // mcr: 4.9 → 15, 4.5 → 9: P1 = 12. akt: 4.7 → 16 (annex 6).
      typeRows(wb, RATINGS_TABLE, [
        { body: "mcr", rating: 4.9 },
        { body: "mcr", rating: 4.5 },
        { body: "akt", rating: 4.7 },
      ]);
      typeRows(wb, AUTOMATION_TABLE, [{ body: "mcr", ...AUTOMATION.mcr }]);
      typeRows(wb, RECONCILIATION_TABLE, [{ body: "mcr", direction: "қызметтер", text: "Есепте қате сан" }]);
    });
    // mcr: K1 = 12 + 8 = 20, K2 = 16 + 6 + 8 + 4 = 34, K3 = 17.7: U = 71.7; one fact, 0.2: final 71.5.
    // akt: M1 = 16 + 15 = 31, M2 = 10 + 10 + 5 + 10 = 35: T = 66, no fact: final 66.
    expect(
      bodies.map((b) => [b.id, b.services?.K3, b.services?.total, b.services?.penalty, b.services?.final]),
    ).toEqual([
      ["mcr", 17.7, expect.closeTo(71.7, 9), 0.2, expect.closeTo(71.5, 9)],
      ["akt", undefined, 66, 0, 66],
    ]);
    for (const b of bodies) expect([b.openness, b.complaints, b.overall]).toEqual([null, null, null]);
  });

  test("automation (ru): K3 of each central body, nothing else", async () => {
    const bodies = await fillAndScore("automation", "ru", (wb) => {
      typeRows(wb, BODIES_TABLE, [
        { id: "mcr", name: "Цифрлық даму министрлігі", type: "центральный" },
        { id: "mfin", name: "Қаржы министрлігі", type: "центральный" },
      ]);
      typeRows(wb, AUTOMATION_TABLE, [
        { body: "mcr", ...AUTOMATION.mcr, allElectronic: "нет" },
        { body: "mfin", ...AUTOMATION.mfin, allElectronic: "да" },
      ]);
      typeRows(wb, AUTHORITIES_TABLE, [
        { block: "автоматизация", field: "stateBodyHead.name", value: "А. Ахметов" },
      ]);
    });
    expect(bodies.map((b) => [b.id, b.automation?.K3, b.services, b.overall])).toEqual([
      ["mcr", 17.7, null, null],
      ["mfin", 25, null, null],
    ]);
    // Annex 5 is signed from the block the Ministry filled on its Authorities sheet.
    const forms = join(dir, "automation-forms.xlsx");
    const r = await runCommand(["conclude", filledPath("automation", "ru"), "--lang", "kk", "--out", forms]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(forms);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Цифрлық даму-5-kk", "Қаржы-5-kk"]);
    const ws = wb.getWorksheet("Цифрлық даму-5-kk")!;
    let signed: unknown[] = [];
    ws.eachRow((row) => {
      if (row.getCell(1).value === "Мемлекеттік органның басшысы")
        signed = [row.getCell(1).value, row.getCell(6).value];
    });
    expect(signed).toEqual(["Мемлекеттік органның басшысы", "А. Ахметов"]);
  });

  test("openness (en): P1–P4 less P5, with the facts' penalty", async () => {
    // A local body; every indicator fully met (1) but: open data 1 (kk) not met, −3.5; open
    // dialogue 3 (ru) half met, −1.5; subordinate 8.1 (kk) breached, P5 = 1.5 (annex 10).
    const one = (table: string, keys: string[]) =>
      keys.map((indicator) => ({ body: "akt", table, indicator, kk: 1, ru: 1 }));
    const rows = [
      ...one("open data", ["1", "2", "3", "4", "5"]),
      ...one("open budget", ["1", "2", "3", "4", "5", "6", "7.1", "7.2", "7.3"]),
      ...one("open NPA", ["1", "2", "3", "4.1", "4.2", "4.3"]),
      ...one("open dialogue", ["1", "2", "3", "4", "5"]),
      ...["8.1", "9.1", "9.2", "9.3", "10.1", "10.2"].map((indicator) => ({
        body: "akt",
        table: "subordinate organisations",
        indicator,
        kk: false,
        ru: false,
      })),
    ];
    rows[0]!.kk = 0;
    rows.find((r) => r.table === "open dialogue" && r.indicator === "3")!.ru = 0.5;
    rows.find((r) => r.indicator === "8.1")!.kk = true;
    const bodies = await fillAndScore("openness", "en", (wb) => {
      typeRows(wb, BODIES_TABLE, [{ id: "akt", name: "Ақтөбе облысының әкімдігі", type: "local" }]);
      typeRows(wb, OPENNESS_BODY_TABLE, [
        { body: "akt", requestsReceived: 2, auditInPeriod: "yes", classified: "no" },
      ]);
      typeRows(wb, OPENNESS_TABLE, rows);
      typeRows(wb, RECONCILIATION_TABLE, [
        { body: "akt", direction: "openness", text: "A link did not open" },
      ]);
      typeRows(wb, AUTHORITIES_TABLE, [
        { block: "openness", field: "authorizedHead.name", value: "A. Akhmetov" },
      ]);
    });
    // O = 21.5 + 25 + 25 + 23.5 − 1.5 = 93.5; one fact, 0.2: final 93.3.
    expect(bodies.map((b) => [b.id, b.openness?.total, b.openness?.penalty, b.openness?.final])).toEqual([
      ["akt", 93.5, 0.2, expect.closeTo(93.3, 9)],
    ]);
    expect([bodies[0]!.services, bodies[0]!.complaints, bodies[0]!.overall]).toEqual([null, null, null]);
  });

  test("complaints (kk): R1–R4 with the facts' penalty", async () => {
    const bodies = await fillAndScore("complaints", "kk", (wb) => {
      typeRows(wb, BODIES_TABLE, [
        { id: "mju", name: "Әділет министрлігі", type: "орталық" },
        { id: "akt", name: "Ақтөбе облысының әкімдігі", type: "жергілікті" },
      ]);
      typeRows(wb, COMPLAINTS_TABLE, [
        // R1 = 40 − 5/1,000 × 1,000 = 35; R2 = 30 − 1/1,000 × 10,000 = 20; R3 = 20 − 10/1,000 × 100 = 19;
        // R4: 4 of 5 late reviews disciplined, 80 % → 8 (annex 13). H = 82.
        {
          body: "mju",
          reviewed: 1000,
          late: 5,
          courtUpheld: 1,
          repeatUpheld: 10,
          disciplined: 4,
          disciplineImpossible: 0,
        },
        // Nothing reviewed: R1–R3 at their maxima (I-10), no late review: R4 = 10 (I-9). H = 100.
        {
          body: "akt",
          reviewed: 0,
          late: 0,
          courtUpheld: 0,
          repeatUpheld: 0,
          disciplined: 0,
          disciplineImpossible: 0,
        },
      ]);
      typeRows(wb, RECONCILIATION_TABLE, [{ body: "mju", direction: "шағымдар", count: 2 }]);
    });
    // mju: two facts, 0.4: final 81.6.
    expect(
      bodies.map((b) => [b.id, b.complaints?.total, b.complaints?.penalty, b.complaints?.final]),
    ).toEqual([
      ["mju", 82, 0.4, expect.closeTo(81.6, 9)],
      ["akt", 100, 0, 100],
    ]);
  });
});

describe("a table left out", () => {
  const sample = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as unknown;
  const tables = assessmentToTables(parseAssessment(sample).assessment!, "en");
  const missing = (names: readonly string[]) =>
    readAndValidateTables(tables.filter((t) => !names.includes(t.name)))
      .problems.filter((p) => p.code === "missingTable")
      .map((p) => p.path);

  test("with its whole direction is that direction not entered", () => {
    expect(missing(["opeval_Complaints"])).toEqual([]);
    expect(missing(["opeval_OpennessBody", "opeval_Openness", "opeval_Complaints"])).toEqual([]);
    const read = readAndValidateTables(tables.filter((t) => t.name !== "opeval_Complaints"));
    expect(read.assessment!.bodies.map((b) => b.complaints)).toEqual(Array(8).fill(undefined));
  });

  test("alone, out of its group, is still an error: Ratings beside Services, Openness beside its body table", () => {
    expect(missing(["opeval_Ratings"])).toEqual(["opeval_Ratings"]);
    expect(missing(["opeval_Openness"])).toEqual(["opeval_Openness"]);
  });

  test("the facts may be left out only beside the Automation table alone", () => {
    expect(missing(["opeval_Reconciliation"])).toEqual(["opeval_Reconciliation"]);
    const k3 = [
      "opeval_Services",
      "opeval_Ratings",
      "opeval_OpennessBody",
      "opeval_Openness",
      "opeval_Complaints",
    ];
    expect(missing([...k3, "opeval_Reconciliation"])).toEqual([]);
  });

  test("a workbook of no direction at all is told every table it lacks, as before", () => {
    const direction = [
      "opeval_Services",
      "opeval_Ratings",
      "opeval_Automation",
      "opeval_OpennessBody",
      "opeval_Openness",
      "opeval_Complaints",
    ];
    expect(missing(direction)).toEqual(direction);
  });
});

describe("template --from FILE --direction", () => {
  test("keeps that direction's data and block only, and reads back unchanged", async () => {
    const input = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as {
      settings: Record<string, unknown>;
    };
    input.settings.conclusion = {
      date: "15.03.2020",
      openness: { signatories: [{ role: "authorizedHead", name: "А. Ашықов" }] },
      complaints: { signatories: [{ role: "authorizedHead", name: "К. Прокуроров" }] },
    };
    const from = join(dir, "cohort.json");
    writeFileSync(from, JSON.stringify(input));
    const out = join(dir, "from-openness.xlsx");
    const r = await runCommand([
      "template",
      "--from",
      from,
      "--direction",
      "openness",
      "--lang",
      "ru",
      "--out",
      out,
    ]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const full = parseAssessment(input).assessment!;
    const read = await readWorkbookFile(out);
    expect(read.problems.filter((p) => p.severity === "error")).toEqual([]);
    const back = read.assessment!;
    expect(back.settings.conclusion).toEqual({
      openness: { signatories: [{ role: "authorizedHead", name: "А. Ашықов" }] },
    });
    let checked = 0;
    for (const [i, body] of back.bodies.entries()) {
      expect(body.openness).toEqual(full.bodies[i]!.openness);
      expect(body.unreliable.openness).toEqual(full.bodies[i]!.unreliable.openness);
      expect([body.services, body.complaints, body.unreliable.services.count]).toEqual([
        undefined,
        undefined,
        0,
      ]);
      checked++;
    }
    expect(checked).toBe(8);
  });
});
