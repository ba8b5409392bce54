/**
 * "Import received conclusions" against the model of Excel (MemoryWorkbook): the rows of results
 * files (a .json document and an .xlsx workbook, as `opeval results` writes them) added to the
 * workbook's opeval_Received, cell by cell; every refusal at its file and JSON path or cell, in
 * kk, ru and en; nothing written when one file or row is refused; the sheet created in the
 * workbook's language when it lacks it.
 */
import ExcelJS from "exceljs";
import { MemoryWorkbook } from "../../src/excel/memory";
import { formatProblem, type Problem } from "../../src/model/problems";
import type { Lang } from "../../src/model/types";
import { receivedTableRows } from "../../src/model/template-rows";
import { RECEIVED_TABLE } from "../../src/model/template-schema";
import { renderTemplateSheets } from "../../src/model/template-sheets";
import { addSheetsToWorkbook } from "../../src/xlsx/writeSheets";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { opevalApi } from "../../taskpane/opeval-api";
import { importReceived, type PickedFile } from "../../taskpane/received-import";
import { SAMPLE, sampleWorkbook } from "../helpers/pane";

type Json = Record<string, unknown>;

const MISD = "Ақпарат және қоғамдық даму министрлігі";
const MDD = "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі";

const json = (name: string, value: unknown): PickedFile => ({
  name,
  bytes: new TextEncoder().encode(JSON.stringify(value)),
});

/** A results document of openness (period 2019, the sample's) with these rows. */
const openness = (results: Json[], period = "2019") => ({
  opevalResults: 1,
  direction: "openness",
  period,
  results,
});

const MJU_OPENNESS = {
  body: "mju",
  name: "Әділет министрлігі",
  total: 81.4375,
  penalty: 0.2,
  final: 81.2375,
  conclusionDate: "2020-03-20",
  conclusionNo: "7-12",
  decisionDate: "2020-03-25",
  receivedOn: "2020-03-30",
  from: MISD,
};
const ALMATY_OPENNESS = {
  body: "almaty",
  total: 70,
  penalty: 0,
  final: 70,
  conclusionDate: "2020-03-20",
  from: MISD,
};

/** A workbook holding opeval_Received only, in Russian, as `opeval results --out R.xlsx --lang ru` writes it. */
async function k3Workbook(name: string, bodies: { id: string; K3: number }[]): Promise<PickedFile> {
  const table = receivedTableRows(
    bodies.map((b) => ({
      id: b.id,
      received: { automation: { K3: b.K3, conclusionDate: "2020-03-10", from: MDD } },
    })),
    "ru",
  );
  const workbook = new ExcelJS.Workbook();
  await addSheetsToWorkbook(
    workbook,
    renderTemplateSheets([RECEIVED_TABLE], "ru", new Map([[RECEIVED_TABLE.name, table]])),
  );
  return { name, bytes: new Uint8Array(await workbook.xlsx.writeBuffer()) };
}

async function receivedTable(wb: MemoryWorkbook) {
  return (await wb.readTables([RECEIVED_TABLE.name]))[0]!;
}

const HEADER_KK = [
  "Орган (коды немесе атауы)",
  "Бағыт",
  "Жалпы балл",
  "Айыппұл балы",
  "Қорытынды балл",
  "K3",
  "Қорытынды күні",
  "Қорытынды нөмірі",
  "Комиссия шешімінің күні",
  "Алынған күні",
  "Жіберуші",
];

describe("importReceived: rows added", () => {
  test("a .json document and an .xlsx workbook: exact cells, counts per file and direction, then read by Check", async () => {
    const wb = sampleWorkbook("kk");
    const before = await receivedTable(wb);
    // The template's table: its header and one empty row to type into (the import replaces it).
    expect(before.values).toEqual([HEADER_KK, Array(11).fill(null)]);
    const outcome = await importReceived(wb, opevalApi, [
      json("openness.json", openness([MJU_OPENNESS, ALMATY_OPENNESS])),
      await k3Workbook("k3.xlsx", [
        { id: "mju", K3: 20.5 },
        { id: "mzsr", K3: 25 },
      ]),
    ]);
    expect(outcome).toEqual({
      kind: "imported",
      added: [
        { file: "openness.json", direction: "openness", rows: 2 },
        { file: "k3.xlsx", direction: "automation", rows: 2 },
      ],
      warnings: [],
    });
    const after = await receivedTable(wb);
    expect([after.sheet, after.address]).toEqual([before.sheet, before.address]);
    expect(after.values).toEqual([
      HEADER_KK,
      ["mju", "ашықтық", 81.4375, 0.2, 81.2375, null, "20.03.2020", "7-12", "25.03.2020", "30.03.2020", MISD],
      ["almaty", "ашықтық", 70, 0, 70, null, "20.03.2020", null, null, null, MISD],
      ["mju", "автоматтандыру", null, null, null, 20.5, "10.03.2020", null, null, null, MDD],
      ["mzsr", "автоматтандыру", null, null, null, 25, "10.03.2020", null, null, null, MDD],
    ]);
    // Text cells are written as text (a code or number never taken for a formula or a number).
    expect(after.numberFormats![1]!.filter((_, j) => [0, 1, 6, 7, 8, 9, 10].includes(j))).toEqual(
      Array(7).fill("@"),
    );
    // The workbook now reads with the received conclusions (the Check step's reader).
    const read = await opevalApi.readTables(await wb.readTables(await opevalApi.inputTableNames()));
    const bodies = (read.input as { bodies: Json[] }).bodies;
    expect(bodies.find((b) => b.id === "mju")!.received).toEqual({
      openness: {
        total: 81.4375,
        penalty: 0.2,
        final: 81.2375,
        conclusionDate: "2020-03-20",
        conclusionNo: "7-12",
        decisionDate: "2020-03-25",
        receivedOn: "2020-03-30",
        from: MISD,
      },
      automation: { K3: 20.5, conclusionDate: "2020-03-10", from: MDD },
    });
  });

  test("a workbook without the Received sheet gets it, as the template writes it in the workbook's language", async () => {
    const wb = new MemoryWorkbook();
    const parsed = (await opevalApi.parseJson(SAMPLE)).assessment;
    wb.seed(
      buildTemplateSheets("ru", parsed).filter((s) => !s.tables?.some((t) => t.name === RECEIVED_TABLE.name)),
    );
    expect(await wb.readTables([RECEIVED_TABLE.name])).toEqual([]);
    const sheetsBefore = await wb.sheetNames();
    const outcome = await importReceived(wb, opevalApi, [json("o.json", openness([ALMATY_OPENNESS]))]);
    expect(outcome).toEqual({
      kind: "imported",
      added: [{ file: "o.json", direction: "openness", rows: 1 }],
      createdSheet: "Полученные заключения",
      warnings: [],
    });
    expect(await wb.sheetNames()).toEqual([...sheetsBefore, "Полученные заключения"]);
    const table = await receivedTable(wb);
    expect(table.sheet).toBe("Полученные заключения");
    expect(table.values).toEqual([
      [
        "Орган (код или наименование)",
        "Направление",
        "Общий балл",
        "Штрафной балл",
        "Итоговый балл",
        "K3",
        "Дата заключения",
        "Номер заключения",
        "Дата решения комиссии",
        "Дата поступления",
        "Отправитель",
      ],
      ["almaty", "открытость", 70, 0, 70, null, "20.03.2020", null, null, null, MISD],
    ]);
  });
});

/** The problems of a refused import, as the pane lists them. */
async function refusal(
  files: PickedFile[],
  wb = sampleWorkbook("kk"),
): Promise<{ problems: Problem[]; wb: MemoryWorkbook }> {
  const outcome = await importReceived(wb, opevalApi, files);
  if (outcome.kind !== "refused") throw new Error(`not refused: ${JSON.stringify(outcome)}`);
  return { problems: outcome.problems, wb };
}

describe("importReceived: refused, nothing written", () => {
  test("a body and direction already in the table, twice in the files, an unknown body: kk, ru, en", async () => {
    const wb = sampleWorkbook("kk");
    await importReceived(wb, opevalApi, [json("first.json", openness([MJU_OPENNESS]))]);
    const sheet = (await receivedTable(wb)).sheet;
    const { problems } = await refusal(
      [
        json(
          "again.json",
          openness([MJU_OPENNESS, ALMATY_OPENNESS, { ...ALMATY_OPENNESS, body: "ministry-x" }]),
        ),
        json("copy.json", openness([ALMATY_OPENNESS])),
      ],
      wb,
    );
    expect(problems.map((p) => formatProblem(p, "en"))).toEqual([
      `error: body "mju", again.json: results[0]: the openness conclusion is given twice, here and at ${sheet}!B4; keep one`,
      'error: again.json: results[2].body: no body with the id "ministry-x" in the assessment',
      'error: body "almaty", copy.json: results[0]: the openness conclusion is given twice, here and at again.json: results[1]; keep one',
    ]);
    expect(problems.map((p) => formatProblem(p, "kk"))).toEqual([
      `қате: орган "mju", again.json: results[0]: «ашықтық» бойынша қорытынды екі рет берілген, осында және ${sheet}!B4; біреуін қалдырыңыз`,
      'қате: again.json: results[2].body: бағалауда "ministry-x" идентификаторы бар орган жоқ',
      'қате: орган "almaty", copy.json: results[0]: «ашықтық» бойынша қорытынды екі рет берілген, осында және again.json: results[1]; біреуін қалдырыңыз',
    ]);
    expect(problems.map((p) => formatProblem(p, "ru"))).toEqual([
      `ошибка: орган "mju", again.json: results[0]: заключение по направлению «открытость» дано дважды, здесь и в ${sheet}!B4; оставьте одно`,
      'ошибка: again.json: results[2].body: в оценке нет органа с идентификатором "ministry-x"',
      'ошибка: орган "almaty", copy.json: results[0]: заключение по направлению «открытость» дано дважды, здесь и в again.json: results[1]; оставьте одно',
    ]);
    // The first import's row only: neither file added anything.
    expect((await receivedTable(wb)).values.slice(1).map((r) => [r[0], r[1]])).toEqual([["mju", "ашықтық"]]);
  });

  test("a direction that does not apply, a score above its maximum, at the .xlsx cell: kk, ru, en", async () => {
    const { problems, wb } = await refusal([
      json("o.json", openness([{ ...MJU_OPENNESS, total: 100.5 }])),
      await k3Workbook("k3.xlsx", [
        { id: "mju", K3: 25.01 },
        { id: "almaty", K3: 10 },
      ]),
    ]);
    expect(problems.map((p) => formatProblem(p, "en"))).toEqual([
      'error: body "mju", o.json: results[0].total: must be between 0 and 100, got 100.5',
      'error: sheet [k3.xlsx]Полученные заключения!F4 «K3», body "mju": must be between 0 and 25, got 25.01',
      'error: sheet [k3.xlsx]Полученные заключения!B5 «Направление», body "almaty": a conclusion on automation is received, but the direction does not apply to this body',
    ]);
    expect(problems.map((p) => formatProblem(p, "kk"))).toEqual([
      'қате: орган "mju", o.json: results[0].total: 0 мен 100 аралығында болуы тиіс, берілгені: 100,5',
      'қате: парақ [k3.xlsx]Полученные заключения!F4 «K3», орган "mju": 0 мен 25 аралығында болуы тиіс, берілгені: 25,01',
      'қате: парақ [k3.xlsx]Полученные заключения!B5 «Направление», орган "almaty": «автоматтандыру» бойынша қорытынды алынды, бірақ бұл бағыт органға қолданылмайды',
    ]);
    expect(problems.map((p) => formatProblem(p, "ru"))).toEqual([
      'ошибка: орган "mju", o.json: results[0].total: должно быть от 0 до 100, получено: 100,5',
      'ошибка: лист [k3.xlsx]Полученные заключения!F4 «K3», орган "mju": должно быть от 0 до 25, получено: 25,01',
      'ошибка: лист [k3.xlsx]Полученные заключения!B5 «Направление», орган "almaty": получено заключение по направлению «автоматизация», но направление к органу не применяется',
    ]);
    expect((await receivedTable(wb)).values).toEqual([HEADER_KK, Array(11).fill(null)]);
  });

  test("a file that is not a results document, one of another period, one that is not JSON: kk, ru, en", async () => {
    const wb = sampleWorkbook("kk");
    const sheets = JSON.stringify(wb.allSheets());
    const { problems } = await refusal(
      [
        json("good.json", openness([ALMATY_OPENNESS])),
        json("assessment.json", SAMPLE),
        { name: "broken.json", bytes: new TextEncoder().encode("{ not json") },
      ],
      wb,
    );
    expect(problems.map((p) => formatProblem(p, "en"))).toEqual([
      'error: assessment.json: not a results document of opeval: expected {"opevalResults": 1, "direction": …, "results": […]}',
      'error: broken.json: the file is not valid JSON: line 1, column 3: "n" cannot stand here',
    ]);
    expect(problems.map((p) => formatProblem(p, "kk"))).toEqual([
      'қате: assessment.json: opeval нәтижелер құжаты емес: {"opevalResults": 1, "direction": …, "results": […]} күтілді',
      'қате: broken.json: файл дұрыс JSON емес: 1-жол, 3-баған: мұнда "n" тұра алмайды',
    ]);
    expect(problems.map((p) => formatProblem(p, "ru"))).toEqual([
      'ошибка: assessment.json: не документ результатов opeval: ожидалось {"opevalResults": 1, "direction": …, "results": […]}',
      'ошибка: broken.json: файл не является корректным JSON: строка 1, столбец 3: здесь не может стоять "n"',
    ]);
    const other = await refusal(
      [json("good.json", openness([ALMATY_OPENNESS])), json("2018.json", openness([MJU_OPENNESS], "2018"))],
      wb,
    );
    expect(["en", "kk", "ru"].map((l) => other.problems.map((p) => formatProblem(p, l as Lang)))).toEqual([
      ["error: 2018.json: period: these results are of period 2018, the assessment is of 2019"],
      ["қате: 2018.json: period: бұл нәтижелер 2018 кезеңіне жатады, бағалау – 2019 кезеңі"],
      ["ошибка: 2018.json: period: эти результаты относятся к периоду 2018, оценка – к периоду 2019"],
    ]);
    // All or nothing: the good file's row is not in the workbook either, and no sheet changed.
    expect(JSON.stringify(wb.allSheets())).toBe(sheets);
  });
});

test("an .xlsx that is not a workbook, and a workbook without opeval_Received: refused at the file", async () => {
  const blank = new ExcelJS.Workbook();
  blank.addWorksheet("Sheet1").getCell("A1").value = "mju";
  const { problems } = await refusal([
    { name: "notes.xlsx", bytes: new TextEncoder().encode("not a package") },
    { name: "other.xlsx", bytes: new Uint8Array(await blank.xlsx.writeBuffer()) },
  ]);
  expect(problems.map((p) => formatProblem(p, "en"))).toEqual([
    "error: notes.xlsx: the file is not an .xlsx workbook (not a ZIP package)",
    "error: other.xlsx: the workbook has no opeval_Received table (write one with opeval results --out FILE.xlsx)",
  ]);
});

test("requests: one read of the tables and one append, whatever the number of files and rows", async () => {
  const wb = sampleWorkbook("kk");
  const calls: string[] = [];
  for (const method of ["readTables", "writeSheets", "updateTableRows", "sheetNames"] as const) {
    const real = wb[method].bind(wb) as (...args: unknown[]) => Promise<unknown>;
    (wb as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      calls.push(method);
      return real(...args);
    };
  }
  const outcome = await importReceived(wb, opevalApi, [
    json("o.json", openness([MJU_OPENNESS, ALMATY_OPENNESS])),
    await k3Workbook("k3.xlsx", [
      { id: "mju", K3: 20.5 },
      { id: "mzsr", K3: 25 },
      { id: "nbrk", K3: 12 },
    ]),
  ]);
  expect(outcome.kind).toBe("imported");
  // OfficeWorkbook: readTables is one sync, updateTableRows two (test/excel/office-history.test.ts).
  expect(calls).toEqual(["readTables", "updateTableRows"]);
});

test("the analyst's table as it stands: moved columns are filled by header, a value with no column refuses the import", async () => {
  const wb = sampleWorkbook("en");
  const { sheet } = await receivedTable(wb);
  // Total and Penalty swapped (C3, D3); then Conclusion No. (H3) renamed into a note of the analyst's.
  wb.typeInto(sheet, 3, 3, "Penalty");
  wb.typeInto(sheet, 3, 4, "Total");
  const added = await importReceived(wb, opevalApi, [json("a.json", openness([ALMATY_OPENNESS]))]);
  expect(added.kind).toBe("imported");
  expect((await receivedTable(wb)).values[1]).toEqual([
    "almaty",
    "openness",
    0,
    70,
    70,
    null,
    "20.03.2020",
    null,
    null,
    null,
    MISD,
  ]);
  wb.typeInto(sheet, 3, 8, "My notes");
  const { problems } = await refusal([json("m.json", openness([MJU_OPENNESS]))], wb);
  expect(problems.map((p) => formatProblem(p, "en"))).toEqual([
    `error: sheet ${sheet}!A3: table opeval_Received has no column "Conclusion No."; columns may be moved but not renamed or deleted`,
  ]);
  expect((await receivedTable(wb)).values.length).toBe(2);
});
