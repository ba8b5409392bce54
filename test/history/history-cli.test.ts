/**
 * `opeval history` and `opeval compare` end to end, in process, on the sample's two years:
 * samples/assessment-previous.json (2018) and samples/assessment-sample.json / .xlsx (2019).
 * The expected changes below were computed by hand from the two `score --format table` listings
 * (each figure truncated to two decimals, I-18), not by the comparison code.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCommand as run } from "../helpers/cli";
import { readHistoryTables } from "../../src/history/history-read";
import { historyTableRows } from "../../src/history/history-rows";
import { HISTORY_TABLES } from "../../src/history/history-tables";
import { renderTemplateSheets } from "../../src/model/template-sheets";
import type { CellValue } from "../../src/sheet/spec";
import { workbookTables } from "../../src/xlsx/read";
import { writeWorkbookFile } from "../../src/xlsx/writeSheets";

const ROOT = join(__dirname, "..", "..");
const PREVIOUS = join(ROOT, "samples", "assessment-previous.json");
const CURRENT = join(ROOT, "samples", "assessment-sample.json");
const CURRENT_XLSX = join(ROOT, "samples", "assessment-sample.xlsx");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-history-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function historyOf(path: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const tables = workbookTables(wb);
  return { tables, read: readHistoryTables(tables) };
}

interface ChangeJson {
  previous: number | "na" | null;
  current: number | "na" | null;
  change: number | null;
}
interface BodyJson {
  id: string;
  previousId?: string;
  presence: string;
  services: ChangeJson;
  openness: ChangeJson;
  complaints: ChangeJson;
  overall: ChangeJson;
  level: { previous: string | null; current: string | null; change: string | null };
  moved: { item: string; change: number; explain: { previous: string | null; current: string | null } }[];
}
interface ComparisonJson {
  previous: { period: string; edition: string };
  current: { period: string; edition: string };
  editionChanged: boolean;
  bodies: BodyJson[];
}

async function compareJson(argv: string[], stderr = ""): Promise<ComparisonJson> {
  const r = await run(["compare", ...argv, "--format", "json"]);
  expect(r.stderr).toBe(stderr);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as ComparisonJson;
}

const changes = (b: BodyJson) => [
  b.services.change,
  b.openness.change,
  b.complaints.change,
  b.overall.change,
];

describe("recording periods: opeval history", () => {
  it("writes both years; recording 2019 again is refused without --replace-period, idempotent with it", async () => {
    const first = join(dir, "first.xlsx");
    const r1 = await run(["history", PREVIOUS, CURRENT, "--out", first]);
    expect(r1.stderr).toBe("");
    expect(r1.code).toBe(0);
    const h1 = await historyOf(first);
    expect(h1.read.problems).toEqual([]);
    expect(h1.read.periods.map((p) => p.period)).toEqual(["2018", "2019"]);

    const again = join(dir, "again.xlsx");
    const refused = await run(["history", first, CURRENT, "--out", again, "--lang", "en"]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("period 2019 is given twice");
    expect(refused.stderr).toContain("--replace-period");
    expect(existsSync(again)).toBe(false);

    const replaced = await run(["history", first, CURRENT, "--out", again, "--replace-period"]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("replaced: 2019");
    const h2 = await historyOf(again);
    // Idempotent: the same rows, cell for cell (the date recorded is today in both runs).
    expect(historyTableRows(h2.read.periods, "kk")).toEqual(historyTableRows(h1.read.periods, "kk"));
    const rowsOf = (h: typeof h1) => h.tables.find((t) => t.name === "opeval_History")!.values;
    expect(rowsOf(h2)).toEqual(rowsOf(h1));
    expect(rowsOf(h1).length - 1).toBeGreaterThan(2000);
  });

  it("never replaces its output without --force, nor an input", async () => {
    const out = join(dir, "exists.xlsx");
    writeFileSync(out, "mine");
    const r = await run(["history", CURRENT, "--out", out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, "utf8")).toBe("mine");
    const same = await run(["history", join(dir, "exists.xlsx"), "--out", out, "--force"]);
    expect(same.code).toBe(1);
    expect(same.stderr).toContain("(the input is never modified)");
  });
});

describe("comparing: opeval compare", () => {
  it("compare X X shows zero change everywhere", async () => {
    // Said first (issue 22): one period with itself is a check, not a comparison.
    const c = await compareJson(
      [CURRENT, CURRENT],
      `warning: ${CURRENT}, ${CURRENT}: both sides are period 2019, so every change is zero; to see changes compare two different periods, the earlier first\n`,
    );
    expect(c.editionChanged).toBe(false);
    let checked = 0;
    for (const b of c.bodies) {
      expect(b.presence).toBe("both");
      for (const change of changes(b)) {
        if (change === null) continue; // a direction that does not apply (cec: services n/a)
        expect(change).toBe(0);
        checked++;
      }
      if (b.level.current !== null) expect(b.level.change).toBe("same");
      expect(b.moved).toEqual([]);
    }
    expect(c.bodies).toHaveLength(48);
    expect(checked).toBe(48 * 4 - 1);
  });

  it("gives the hand-computed changes of nbrk, mia and moh (2018 → 2019)", async () => {
    const c = await compareJson([PREVIOUS, CURRENT]);
    const body = (id: string) => c.bodies.find((b) => b.id === id)!;
    // 2018 table: nbrk 75.28 96.40 91.52 87.74 medium; 2019: 77.09 94.73 87.64 86.49 medium.
    expect(changes(body("nbrk"))).toEqual([1.81, -1.67, -3.88, -1.25]);
    expect(body("nbrk").level).toEqual({
      previous: "medium",
      current: "medium",
      change: "same",
      text: "unchanged",
    });
    // mia: 88.18 87.74 85.92 87.28 medium → 89.80 95.49 84.78 90.02 high.
    expect(changes(body("mia"))).toEqual([1.62, 7.75, -1.14, 2.74]);
    expect(body("mia").level.change).toBe("up");
    // moh: 83.60 79.43 95.71 86.25 → 81.08 82.34 83.40 82.27.
    expect(changes(body("moh"))).toEqual([-2.52, 2.91, -12.31, -3.98]);
    // mia's openness P1 moved most: 17.72 → 21.50, with both years' explanations.
    expect(body("mia").moved[0]).toMatchObject({
      item: "openness.P1",
      change: 3.78,
      explain: {
        previous: "P1 = 5.22 (kk) + 12.50 (ru) = 17.72",
        current: "P1 = 9.00 (kk) + 12.50 (ru) = 21.50",
      },
    });
    // Present in one year only: listed, never dropped.
    expect(body("abai").presence).toBe("currentOnly");
    expect(body("mrcs").presence).toBe("previousOnly");
  });

  it("matches a renamed body through opeval_BodyMap (mic in 2018 is mdai in 2019)", async () => {
    // Without a body map the two JSON files hold two unrelated bodies.
    const plain = await compareJson([PREVIOUS, CURRENT]);
    expect(plain.bodies.find((b) => b.id === "mdai")!.presence).toBe("currentOnly");
    expect(plain.bodies.find((b) => b.id === "mic")!.presence).toBe("previousOnly");
    // The sample workbook's opeval_BodyMap maps mic → mdai.
    const mapped = await compareJson([PREVIOUS, CURRENT_XLSX]);
    const mdai = mapped.bodies.find((b) => b.id === "mdai")!;
    expect(mdai.previousId).toBe("mic");
    // 2018 mic: 80.62 92.46 92.17 88.42; 2019 mdai: 81.76 90.78 93.20 88.58.
    expect(changes(mdai)).toEqual([1.14, -1.68, 1.03, 0.16]);
    expect(mapped.bodies.some((b) => b.id === "mic")).toBe(false);
  });

  it("compares two periods of a history workbook, and the sample's own history", async () => {
    const history = join(dir, "both.xlsx");
    expect((await run(["history", CURRENT_XLSX, "--out", history])).code).toBe(0);
    const fromHistory = await compareJson([history, "--periods", "2018,2019"]);
    const mia = fromHistory.bodies.find((b) => b.id === "mia")!;
    expect(changes(mia)).toEqual([1.62, 7.75, -1.14, 2.74]);
    // Explanations come back from the history in the workbook's language (kk here).
    expect(mia.moved[0]!.explain.previous).toBe("P1 = 5.22 (kk) + 12.50 (ru) = 17.72");
    const fromSample = await compareJson([CURRENT_XLSX, "--periods", "2018,2019"]);
    expect(changes(fromSample.bodies.find((b) => b.id === "mdai")!)).toEqual([1.14, -1.68, 1.03, 0.16]);
    const missing = await run(["compare", history, "--periods", "2017,2019"]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr).toContain("period 2017 is not in the history (recorded: 2018, 2019)");
  });

  it("prints a table with both figures, the change and the level badge", async () => {
    const r = await run(["compare", PREVIOUS, CURRENT, "--lang", "ru"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^mia\s.*88\.18 → 89\.80 \(\+1\.62\).*87\.28 → 90\.02 \(\+2\.74\)\s+средний → высокий ▲$/m,
    );
    expect(r.stdout).toMatch(/^mdai\s.*\s+— только в 2019/m);
    expect(r.stdout).toContain("В обоих периодах редакция методики 2020.");
  });
});

describe("the cohort table (npm run demo) shows the change when the workbook records a previous period", () => {
  it("adds a Δ column per direction and for the general score, the level mark and the bodies gone", async () => {
    const r = await run(["score", CURRENT_XLSX, "--format", "table"]);
    expect(r.code).toBe(0);
    const header = r.stdout
      .split("\n")[0]!
      .trim()
      .split(/\s{2,}/);
    expect(header).toEqual([
      "id",
      "body",
      "type",
      "services",
      "Δ",
      "openness",
      "Δ",
      "complaints",
      "Δ",
      "general",
      "Δ",
      "level",
    ]);
    const mia = r.stdout.split("\n").find((l) => l.startsWith("mia "))!;
    expect(
      mia
        .trim()
        .split(/\s{2,}/)
        .slice(2),
    ).toEqual(["central", "89.80", "+1.62", "95.49", "+7.75", "84.78", "-1.14", "90.02", "+2.74", "high ▲"]);
    expect(r.stdout).toContain("In 2018 only (not in this assessment): mrcs (");
    // The JSON contract is untouched.
    const json = await run(["score", CURRENT_XLSX]);
    expect(json.stdout).not.toContain("Δ");
    expect(Object.keys((JSON.parse(json.stdout) as { bodies: object[] }).bodies[0]!)).toEqual([
      "id",
      "name",
      "type",
      "services",
      "openness",
      "complaints",
      "overall",
      "explain",
      "warnings",
    ]);
  });
});

describe("bad input is refused with sheet, cell (or path) and reason", () => {
  async function badHistory(name: string, change: (rows: CellValue[][]) => void): Promise<string> {
    const good = await historyOf(join(dir, "both.xlsx"));
    const rows = historyTableRows(good.read.periods, "en");
    change(rows);
    const path = join(dir, name);
    await writeWorkbookFile(
      renderTemplateSheets(HISTORY_TABLES, "en", new Map([["opeval_History", rows]])),
      path,
      {
        force: true,
      },
    );
    return path;
  }

  beforeAll(async () => {
    if (!existsSync(join(dir, "both.xlsx")))
      expect((await run(["history", CURRENT_XLSX, "--out", join(dir, "both.xlsx")])).code).toBe(0);
  });

  it("a value name unknown to its edition", async () => {
    const path = await badHistory("unknown-item.xlsx", (rows) => {
      rows[5]![4] = "services.Z9";
    });
    const r = await run(["compare", path, "--periods", "2018,2019"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    // Row 5 of the values is sheet row 3 + 5 = 8; the value name is column E.
    expect(r.stderr.trim()).toBe(
      'error: sheet Results history!E8 «Value name», body "nbrk": value name "services.Z9" is not a value of methodology edition 2020 (e.g. services.P1, openness.final, overall.score)',
    );
  });

  it("text in a number cell", async () => {
    const path = await badHistory("text.xlsx", (rows) => {
      rows[2]![5] = "high";
    });
    const r = await run(["history", path, "--out", join(dir, "never.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(
      'error: sheet Results history!F5 «Value», body "nbrk": text "high" where a number belongs',
    );
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it("two assessments with different body types for one id", async () => {
    const previous = JSON.parse(readFileSync(PREVIOUS, "utf8")) as { bodies: { id: string; type: string }[] };
    // 2018: the code "nbrk" given to a local body (the National Bank's own row removed).
    previous.bodies = previous.bodies.filter((b) => b.id !== "nbrk");
    previous.bodies.find((b) => b.id === "akmola")!.id = "nbrk";
    const file = join(dir, "retyped-2018.json");
    writeFileSync(file, JSON.stringify(previous));
    const r = await run(["history", file, CURRENT, "--out", join(dir, "never.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('body "nbrk" is central in period 2019 but local in period 2018');
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it("an assessment whose period is not a year, naming the field", async () => {
    const current = JSON.parse(readFileSync(CURRENT, "utf8")) as { period: string };
    current.period = "2019 жыл";
    const file = join(dir, "free-text-period.json");
    writeFileSync(file, JSON.stringify(current));
    const r = await run(["history", file, "--out", join(dir, "never.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim()).toBe(
      `error: ${file}: period: the history needs the period as a year such as "2019", got "2019 жыл"`,
    );
    // Scoring itself is unchanged.
    expect((await run(["score", file, "--format", "table"])).code).toBe(0);
  });
});
