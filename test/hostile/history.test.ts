/**
 * A history table and body map edited by hand (issue 22, items 6 and 14): figures outside what the
 * engine can output, a level that disagrees with its score, two previous codes on one current code,
 * a chain of renames; the messages of history and compare in kk, ru and en.
 */
import { readHistoryTables } from "../../src/history/history-read";
import { bodyMapTableRows, historyTableRows } from "../../src/history/history-rows";
import { periodProblem, type BodySnapshot, type PeriodSnapshot } from "../../src/history/history-snapshot";
import { formatProblem, type Problem } from "../../src/model/problems";
import type { TableValues } from "../../src/model/tables";
import type { CellValue } from "../../src/sheet/spec";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCommand } from "../helpers/cli";
import { snapshotBody } from "../helpers/history";
import { assessment, centralBody } from "../helpers/fixtures";

const body = (id: string, values: Record<string, number>, level?: BodySnapshot["level"]) =>
  snapshotBody(id, values, level ? { level } : {});

const p2019: PeriodSnapshot = {
  period: "2019",
  edition: "2020",
  explainInEnglish: true,
  bodies: [body("a", { "services.final": 84.24, "services.penalty": 0.4, "overall.score": 79.74 }, "medium")],
};

/** The table as a workbook gives it: header row at A3 of sheet "History". */
const table = (name: string, values: CellValue[][]): TableValues => ({
  name,
  sheet: "History",
  address: "A3",
  values,
});

/** The history rows of p2019 (English headers) with the value of `item` replaced. */
function historyWith(item: string, value: CellValue): TableValues {
  const rows = historyTableRows([p2019], "en").map((r) => [...r]);
  const itemColumn = rows[0]!.indexOf("Value name");
  const valueColumn = rows[0]!.indexOf("Value");
  const row = rows.find((r) => r[itemColumn] === item);
  if (!row) throw new Error(`no row ${item}`);
  row[valueColumn] = value;
  return table("opeval_History", rows);
}

const lines = (problems: readonly Problem[]) =>
  problems.map((p) => (["en", "kk", "ru"] as const).map((lang) => formatProblem(p, lang)));

describe("item 6: history figures are range-checked as the engine's output", () => {
  test("services.final 1,000,000: an error at its cell, nothing read", () => {
    const read = readHistoryTables([historyWith("services.final", 1_000_000)]);
    expect(read.periods).toEqual([]);
    expect(read.problems.map((p) => p.cell?.address)).toEqual(["F5"]);
    expect(lines(read.problems)).toEqual([
      [
        `error: sheet History!F5 «Value», body "a": services.final is from 0 to 100 in the engine's output; got 1000000`,
        `қате: парақ History!F5 «Value», орган "a": services.final мәні қозғалтқыш нәтижесінде 0-ден 100-ге дейін болады; берілгені: 1000000`,
        `ошибка: лист History!F5 «Value», орган "a": services.final в результатах расчёта бывает от 0 до 100; получено: 1000000`,
      ],
    ]);
  });

  test.each([
    ["overall.score", -50, 100],
    ["services.penalty", 5.2, 5],
    ["services.penalty", -0.2, 5],
  ])("%s %d is refused (0..%d)", (item, value, max) => {
    const read = readHistoryTables([historyWith(item, value)]);
    expect(read.problems.map((p) => [p.code, p.path, p.params])).toEqual([
      ["historyValueOutOfRange", expect.stringMatching(/\.value$/), { item, max, got: value }],
    ]);
  });

  test("the bounds themselves are read: 0 and 100, penalty 5", () => {
    for (const [item, value] of [
      ["services.final", 0],
      ["services.final", 100],
      ["services.penalty", 5],
    ] as const)
      expect(readHistoryTables([historyWith(item, value)]).problems).toEqual([]);
  });

  test("a level that disagrees with its general score: an error at the level's cell, in each language", () => {
    const read = readHistoryTables([historyWith("overall.level", "high")]);
    expect(read.periods).toEqual([]);
    expect(lines(read.problems)).toEqual([
      [
        `error: sheet History!F7 «Value», body "a": the level high does not agree with the general score 79.74: by §101 it is medium`,
        `қате: парақ History!F7 «Value», орган "a": жоғары деңгейі 79.74 жалпы бағасына сәйкес келмейді: §101 бойынша ол орташа`,
        `ошибка: лист History!F7 «Value», орган "a": уровень высокий не соответствует общей оценке 79.74: по §101 он средний`,
      ],
    ]);
  });
});

describe("item 6: the body map is one previous code per current code, without chains", () => {
  const map = (pairs: [string, string][]) => {
    const rows = bodyMapTableRows(new Map(), "en");
    return table("opeval_BodyMap", [rows[0]!, ...pairs.map(([a, b]) => [a, b, null])]);
  };

  test("two previous codes mapped to one: an error at the second's current cell", () => {
    const read = readHistoryTables([
      map([
        ["mic", "mdai"],
        ["mtk", "mdai"],
      ]),
    ]);
    expect(lines(read.problems)).toEqual([
      [
        `error: sheet History!B5 «Current code»: the previous codes "mic" (row 4) and "mtk" (row 5) are both mapped to "mdai": a current body has one previous code`,
        `қате: парақ History!B5 «Current code»: "mic" (4-жол) және "mtk" (5-жол) бұрынғы кодтары бір "mdai" кодына сәйкестендірілген: қазіргі органның бір ғана бұрынғы коды болады`,
        `ошибка: лист History!B5 «Current code»: прежние коды "mic" (строка 4) и "mtk" (строка 5) оба сопоставлены коду "mdai": у нынешнего органа один прежний код`,
      ],
    ]);
  });

  test("a chain A → B → C: an error at A's current cell naming the row that maps B on", () => {
    const read = readHistoryTables([
      map([
        ["mic", "mdai"],
        ["mdai", "mcdiai"],
      ]),
    ]);
    expect(read.problems.map((p) => [p.code, p.cell?.address, formatProblem(p, "en")])).toEqual([
      [
        "historyMapChain",
        "B4",
        `error: sheet History!B4 «Current code»: the previous code "mic" is mapped to "mdai", which row 5 maps on to "mcdiai": map "mic" straight to the code in use`,
      ],
    ]);
  });

  test("a map without chains or shared targets reads as before", () => {
    const read = readHistoryTables([
      map([
        ["mic", "mdai"],
        ["mtk", "mit"],
      ]),
    ]);
    expect(read.problems).toEqual([]);
    expect([...read.bodyMap]).toEqual([
      ["mic", "mdai"],
      ["mtk", "mit"],
    ]);
  });
});

describe("item 14: no untranslated English word in a Kazakh or Russian message", () => {
  test("a missing period: «nothing» in the language of the message", () => {
    const problem = periodProblem(undefined)!;
    expect(lines([problem])).toEqual([
      [
        'error: period: the history needs the period as a year such as "2019", got nothing',
        'қате: period: тарих үшін кезең "2019" сияқты жыл болуы тиіс, берілгені: ештеңе',
        'ошибка: period: для истории период должен быть годом, например "2019", получено: ничего',
      ],
    ]);
  });
});

describe("item 14: a renamed value header is one message at its cell", () => {
  test("'Value' renamed 'Amount': one error naming sheet, the header cell and the column expected", () => {
    const rows = historyTableRows([p2019], "en").map((r) => [...r]);
    const valueColumn = rows[0]!.indexOf("Value");
    rows[0]![valueColumn] = "Amount";
    const read = readHistoryTables([table("opeval_History", rows)]);
    expect(read.periods).toEqual([]);
    expect(lines(read.problems)).toEqual([
      [
        'error: sheet History!F3 «Amount»: table opeval_History has no column "Value"; columns may be moved but not renamed or deleted',
        'қате: парақ History!F3 «Amount»: opeval_History кестесінде "Value" бағаны жоқ; бағандарды жылжытуға болады, бірақ қайта атауға не жоюға болмайды',
        'ошибка: лист History!F3 «Amount»: в таблице opeval_History нет столбца "Value"; столбцы можно переставлять, но не переименовывать и не удалять',
      ],
    ]);
  });

  test("a Russian table with its body code header deleted: the expected header in Russian", () => {
    const rows = historyTableRows([p2019], "ru").map((r) => [...r]);
    rows[0]![rows[0]!.indexOf("Код органа")] = null;
    const read = readHistoryTables([table("opeval_History", rows)]);
    expect(read.problems.map((p) => [p.cell?.address, p.params.column])).toEqual([["A3", "Код органа"]]);
  });
});

describe("item 14: compare says when the periods are the same or reversed", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "opeval-hostile-compare-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cohort = (period: string) => {
    const file = join(dir, `${period}.json`);
    writeFileSync(file, JSON.stringify({ ...assessment(centralBody("c1")), period }));
    return file;
  };

  test("a period with itself: a warning in the language asked for, then the (zero) comparison", async () => {
    const a = cohort("2019");
    const run = await runCommand(["compare", a, a, "--lang", "kk"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      `ескерту: ${a}, ${a}: екі жағы да 2019 кезеңі, сондықтан барлық өзгеріс нөлге тең; өзгерістерді көру үшін екі түрлі кезеңді салыстырыңыз, алдымен ертерегін\n`,
    );
    expect(run.stdout).toContain("2019");
  });

  test("reversed periods: exit 2, the order to give", async () => {
    const [a, b] = [cohort("2019"), cohort("2020")];
    expect(await runCommand(["compare", b, a])).toEqual({
      code: 2,
      stdout: "",
      stderr: `error: ${b}, ${a}: the previous period 2020 comes after the current 2019: give the earlier period first (2019 then 2020)\n`,
    });
    expect((await runCommand(["compare", a, b])).code).toBe(0);
  });
});
