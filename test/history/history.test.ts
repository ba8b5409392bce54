/** The history layer on small hand-made periods: value names, rows and back, merging, comparison. */
import { comparePeriods, displayedChange, previousPeriod } from "../../src/history/history-compare";
import { readHistoryTables } from "../../src/history/history-read";
import { mergePeriods } from "../../src/history/history-record";
import { formatChange } from "../../src/history/history-render";
import { historyTableRows, bodyMapTableRows } from "../../src/history/history-rows";
import {
  editionValueNames,
  periodProblem,
  type BodySnapshot,
  type PeriodSnapshot,
} from "../../src/history/history-snapshot";
import type { TableValues } from "../../src/model/tables";
import type { CellValue } from "../../src/sheet/spec";
import { buildTemplateSheets } from "../../src/workbook/input-template";
import { snapshotBody } from "../helpers/history";

const body = snapshotBody;

function period(p: string, bodies: BodySnapshot[], edition = "2020"): PeriodSnapshot {
  return { period: p, edition, explainInEnglish: true, bodies };
}

function table(name: string, values: CellValue[][]): TableValues {
  return { name, sheet: "S", address: "A3", values };
}

describe("value names and periods", () => {
  it("lists every output value of edition 2020 once, and no annex-10 leaf", () => {
    const names = editionValueNames("2020")!;
    expect(names).toHaveLength(3 + (15 + 3) + (5 + 3) + (4 + 3) + 2);
    expect(new Set(names).size).toBe(names.length);
    expect(names.slice(0, 4)).toEqual(["services", "services.P1", "services.P2", "services.T1"]);
    expect(names.slice(-2)).toEqual(["overall.score", "overall.level"]);
    expect(names).not.toContain("openness.P1.kk");
    expect(editionValueNames("2015")).toBeUndefined();
  });

  it("needs a year as the period", () => {
    expect(periodProblem("2019")).toBeUndefined();
    expect(periodProblem(undefined)?.code).toBe("historyPeriodNotYear");
    expect(periodProblem("2019 год")?.code).toBe("historyPeriodNotYear");
    expect(periodProblem("I квартал 2019")?.path).toBe("period");
  });
});

describe("changes are the difference of the truncated figures (I-18)", () => {
  it("adds up on paper", () => {
    // 86.499 shows 86.49, 88.105 shows 88.10: +1.61, not +1.606 nor +1.60.
    expect(displayedChange(86.499, 88.105)).toBe(1.61);
    expect(displayedChange(90, 89.996)).toBe(-0.01);
    expect(displayedChange(0.29, 0.29)).toBe(0);
    expect([formatChange(1.61), formatChange(-12.31), formatChange(0)]).toEqual(["+1.61", "-12.31", "0.00"]);
  });
});

describe("rows and back", () => {
  const p2018 = period("2018", [
    body(
      "a",
      { "services.P1": 10.5, "services.final": 70.123, "overall.score": 80.987 },
      { level: "medium" },
    ),
    body("b", { "openness.final": 90 }, { notApplicable: new Set(["services"]), type: "local" }),
  ]);

  it("reads back what it wrote, in any header language", () => {
    for (const lang of ["kk", "ru", "en"] as const) {
      const rows = historyTableRows([p2018], lang);
      const read = readHistoryTables([table("opeval_History", rows)]);
      expect(read.problems).toEqual([]);
      const [back] = read.periods;
      expect(back!.period).toBe("2018");
      expect(back!.bodies.map((b) => b.id)).toEqual(["a", "b"]);
      expect([...back!.bodies[0]!.values]).toEqual([...p2018.bodies[0]!.values]);
      expect(back!.bodies[0]!.level).toBe("medium");
      expect([...back!.bodies[1]!.notApplicable]).toEqual(["services"]);
      expect(back!.bodies[1]!.type).toBe("local");
    }
  });

  it("reads the body map and refuses a code mapped twice", () => {
    const rows = bodyMapTableRows(new Map([["mic", "mdai"]]), "ru");
    expect(readHistoryTables([table("opeval_BodyMap", rows)]).bodyMap).toEqual(new Map([["mic", "mdai"]]));
    const twice = readHistoryTables([table("opeval_BodyMap", [...rows, ["mic", "other", null]])]);
    expect(twice.problems.map((p) => [p.code, p.cell?.address])).toEqual([["historyMappedTwice", "A5"]]);
  });

  it("refuses a duplicate value and a number stored as text, at their cells", () => {
    const rows = historyTableRows([p2018], "en");
    const duplicate = readHistoryTables([table("opeval_History", [...rows, rows[1]!])]);
    expect(duplicate.problems.map((p) => [p.code, p.cell?.address])).toEqual([
      ["historyDuplicateValue", `E${3 + rows.length}`],
    ]);
    expect(duplicate.periods).toEqual([]);
    const asText = rows.map((r) => [...r]);
    asText[1]![5] = "10,5";
    const read = readHistoryTables([table("opeval_History", asText)]);
    expect(read.problems.map((p) => [p.code, p.cell?.address])).toEqual([["numberStoredAsText", "F4"]]);
  });
});

describe("merging periods", () => {
  it("refuses one period twice unless replacing, then the later wins", () => {
    const first = period("2019", [body("a", { "overall.score": 1 })]);
    const second = period("2019", [body("a", { "overall.score": 2 })]);
    const refused = mergePeriods([
      { snapshot: first, source: "x.json" },
      { snapshot: second, source: "y.json" },
    ]);
    expect(refused.periods).toEqual([]);
    expect(refused.problems.map((p) => p.params)).toEqual([
      { period: "2019", first: "x.json", second: "y.json" },
    ]);
    const replaced = mergePeriods(
      [
        { snapshot: first, source: "x.json" },
        { snapshot: second, source: "y.json" },
      ],
      { replacePeriod: true },
    );
    expect(replaced.periods).toEqual([second]);
    expect(replaced.replaced).toEqual(["2019"]);
  });
});

describe("comparison", () => {
  const before = period("2018", [
    body(
      "a",
      { "services.final": 70, "services.P1": 10, "services.T1": 20, "overall.score": 89.999 },
      { level: "medium" },
    ),
    body("old", { "overall.score": 50 }, { level: "ineffective" }),
    body("gone", { "overall.score": 60 }, { level: "low" }),
  ]);
  const after = period(
    "2019",
    [
      body(
        "a",
        { "services.final": 71.5, "services.P1": 9, "services.T1": 22.5, "overall.score": 90 },
        { level: "high" },
      ),
      body("new", { "overall.score": 55.55 }, { level: "low" }),
      body("born", { "overall.score": 70 }, { level: "medium" }),
    ],
    "2021",
  );

  it("matches renamed bodies, lists one-period bodies, orders moved indicators, states the edition change", () => {
    const c = comparePeriods(before, after, { bodyMap: new Map([["old", "new"]]) });
    expect(c.editionChanged).toBe(true);
    expect(c.bodies.map((b) => [b.id, b.presence, b.previousId])).toEqual([
      ["a", "both", undefined],
      ["new", "both", "old"],
      ["born", "currentOnly", undefined],
      ["gone", "previousOnly", undefined],
    ]);
    const a = c.bodies[0]!;
    expect(a.directions.services).toEqual({ previous: 70, current: 71.5, change: 1.5 });
    expect(a.overall.change).toBe(0.01); // 89.99 → 90.00
    expect(a.level).toEqual({ previous: "medium", current: "high", move: "up" });
    expect(a.moved.map((m) => [m.item, m.change])).toEqual([
      ["services.T1", 2.5],
      ["services.P1", -1],
    ]);
    expect(c.bodies[1]!.level.move).toBe("up");
    expect(c.bodies[1]!.overall.change).toBe(5.55);
    expect(c.bodies[2]!.overall).toEqual({ previous: undefined, current: 70 });
  });

  it("orders moved indicators by size, not sign: the largest move here is a fall", () => {
    // Changes by hand: P1 15 → 10 is −5, R1 30 → 32.5 is +2.5, T1 20 → 21 is +1, T2 unchanged.
    // Sorted by signed change the fall would come last; by size it comes first.
    const was = period("2019", [
      body("x", { "services.P1": 15, "complaints.R1": 30, "services.T1": 20, "services.T2": 8 }),
    ]);
    const now = period("2020", [
      body("x", { "services.P1": 10, "complaints.R1": 32.5, "services.T1": 21, "services.T2": 8 }),
    ]);
    const all = comparePeriods(was, now).bodies[0]!.moved;
    expect(all.map((m) => [m.item, m.change])).toEqual([
      ["services.P1", -5],
      ["complaints.R1", 2.5],
      ["services.T1", 1],
    ]);
    // `top` keeps the largest moves, so the fall is never cut off in favour of a smaller rise.
    expect(comparePeriods(was, now, { top: 1 }).bodies[0]!.moved.map((m) => m.item)).toEqual(["services.P1"]);
  });

  it("finds the latest earlier period", () => {
    expect(previousPeriod([before, after], "2020")?.period).toBe("2019");
    expect(previousPeriod([before, after], "2019")?.period).toBe("2018");
    expect(previousPeriod([before, after], "2018")).toBeUndefined();
  });
});

describe("the input template", () => {
  it("carries the empty opeval_History and opeval_BodyMap tables", () => {
    const sheets = buildTemplateSheets("ru");
    const history = sheets.find((s) => s.tables?.some((t) => t.name === "opeval_History"))!;
    expect(history.name).toBe("История результатов");
    expect(history.rows[2]).toEqual([
      "Период",
      "Код органа",
      "Наименование органа",
      "Тип органа",
      "Имя значения",
      "Значение",
      "Пояснение",
      "Редакция методики",
      "Дата записи",
    ]);
    expect(sheets.some((s) => s.tables?.some((t) => t.name === "opeval_BodyMap"))).toBe(true);
  });
});
