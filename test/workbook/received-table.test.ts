/**
 * Issue 24: the opeval_Received table. The JSON's `bodies[].received` is written into the table and
 * read back field by field (in memory and through `template --from` → `export`), and a hostile
 * table is refused at its cells with the parser's own checks. Expectations are written by hand.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAssessment } from "../../src/model/parse";
import { formatProblem } from "../../src/model/problems";
import { assessmentToTables, readAndValidateTables, type TableValues } from "../../src/model/tables";
import type { Assessment, Lang } from "../../src/model/types";
import type { CellValue } from "../../src/sheet/spec";
import { ROOT, runCommand } from "../helpers/cli";

type Json = Record<string, unknown>;

function receivedInput(): Json {
  const input = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as Json;
  const bodies = input.bodies as Json[];
  bodies[0]!.received = {
    openness: {
      total: 81.4375,
      penalty: 0.2,
      final: 81.2375,
      conclusionDate: "2020-03-20",
      conclusionNo: "12-04/117",
      decisionDate: "2020-04-08",
      receivedOn: "2020-04-14",
      from: "Ақпарат және қоғамдық даму министрлігі",
    },
    automation: { K3: 17.25, conclusionDate: "2020-03-10", from: "ЦДИАП" },
  };
  bodies[4]!.received = {
    complaints: { total: 90, penalty: 0, final: 90, conclusionDate: "2020-03-25", from: "ҚСАЕК" },
  };
  return input;
}

function model(input: unknown): Assessment {
  const parsed = parseAssessment(input);
  if (!parsed.assessment) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.assessment;
}

/** Every received field of receivedInput(), written out again by hand. */
const EXPECTED: Json = {
  mju: {
    openness: {
      total: 81.4375,
      penalty: 0.2,
      final: 81.2375,
      conclusionDate: "2020-03-20",
      conclusionNo: "12-04/117",
      decisionDate: "2020-04-08",
      receivedOn: "2020-04-14",
      from: "Ақпарат және қоғамдық даму министрлігі",
    },
    automation: { K3: 17.25, conclusionDate: "2020-03-10", from: "ЦДИАП" },
  },
  almaty: {
    complaints: { total: 90, penalty: 0, final: 90, conclusionDate: "2020-03-25", from: "ҚСАЕК" },
  },
};

function receivedOf(bodies: readonly { id: string; received?: unknown }[]): Json {
  return Object.fromEntries(bodies.filter((b) => b.received).map((b) => [b.id, b.received]));
}

describe("opeval_Received round trip", () => {
  test.each(["kk", "ru", "en"] as const)("in memory, template in %s: every field back", (lang: Lang) => {
    const back = readAndValidateTables(assessmentToTables(model(receivedInput()), lang));
    expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(receivedOf(back.assessment!.bodies)).toEqual(EXPECTED);
  });

  test("JSON → template --from → export keeps every field", async () => {
    const dir = mkdtempSync(join(tmpdir(), "opeval-received-"));
    writeFileSync(join(dir, "in.json"), JSON.stringify(receivedInput()));
    const made = await runCommand(["template", "--from", join(dir, "in.json"), "--out", join(dir, "t.xlsx")]);
    expect([made.code, made.stderr]).toEqual([0, ""]);
    const exported = await runCommand(["export", join(dir, "t.xlsx"), "--out", join(dir, "back.json")]);
    expect(exported.code).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8")) as { bodies: Json[] };
    expect(receivedOf(back.bodies as never)).toEqual(EXPECTED);
  });
});

describe("template --direction", () => {
  test("the Agency's (services) workbook keeps the received rows; another authority's has no such sheet", async () => {
    const dir = mkdtempSync(join(tmpdir(), "opeval-received-direction-"));
    writeFileSync(join(dir, "in.json"), JSON.stringify(receivedInput()));
    for (const direction of ["services", "openness"]) {
      const out = join(dir, `${direction}.xlsx`);
      const made = await runCommand([
        "template",
        "--direction",
        direction,
        "--from",
        join(dir, "in.json"),
        "--out",
        out,
      ]);
      expect([direction, made.code, made.stderr]).toEqual([direction, 0, ""]);
      expect(made.stdout.includes("Алынған қорытындылар")).toBe(direction === "services");
    }
    const exported = await runCommand([
      "export",
      join(dir, "services.xlsx"),
      "--out",
      join(dir, "back.json"),
    ]);
    expect(exported.code).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8")) as { bodies: Json[] };
    expect(receivedOf(back.bodies as never)).toEqual(EXPECTED);
  });
});

/** The sample's tables in English with these rows in opeval_Received. */
function withReceivedRows(rows: CellValue[][]): TableValues[] {
  const tables = assessmentToTables(
    model(JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"))),
    "en",
  );
  const received = tables.find((t) => t.name === "opeval_Received")!;
  received.values = [received.values[0]!, ...rows];
  return tables;
}

// Columns: body, direction, total, penalty, final, K3, conclusionDate, conclusionNo, decisionDate, receivedOn, from.
const row = (
  body: string,
  direction: string,
  scores: CellValue[],
  date: CellValue = "20.03.2020",
): CellValue[] => [body, direction, ...scores, date, null, null, null, "MISD"];

describe("a hostile opeval_Received table is refused at its cells", () => {
  const errors = (rows: CellValue[][], lang: Lang = "en") =>
    readAndValidateTables(withReceivedRows(rows))
      .problems.filter((p) => p.severity === "error")
      .map((p) => formatProblem(p, lang));

  test("a body and direction given twice", () => {
    expect(
      errors([row("mju", "openness", [80, 0, 80, null]), row("MJU", "ашықтық", [70, 0, 70, null])]),
    ).toEqual([
      'error: sheet Received!B5 «Direction», body "mju": the openness conclusion is given twice, here and at Received!B4; keep one',
    ]);
  });

  test("an unknown body", () => {
    expect(errors([row("minfin", "complaints", [80, 0, 80, null])])).toEqual([
      'error: sheet Received!A4 «Body (code or name)»: no body with the code or name "minfin" on the bodies sheet',
    ]);
  });

  test("a direction that does not apply: automation of a local body", () => {
    expect(errors([row("almaty", "automation", [null, null, null, 20])])).toEqual([
      'error: sheet Received!B4 «Direction», body "almaty": a conclusion on automation is received, but the direction does not apply to this body',
    ]);
  });

  test("a score above its maximum, and K3 above 25 (kk too)", () => {
    const rows = [
      row("mju", "openness", [100.5, 0, 80, null]),
      row("mzsr", "automation", [null, null, null, 25.01]),
    ];
    expect(errors(rows)).toEqual([
      'error: sheet Received!C4 «Total», body "mju": must be between 0 and 100, got 100.5',
      'error: sheet Received!F5 «K3», body "mzsr": must be between 0 and 25, got 25.01',
    ]);
    expect(errors(rows, "kk")[0]).toBe(
      'қате: парақ Received!C4 «Total», орган "mju": 0 мен 100 аралығында болуы тиіс, берілгені: 100,5',
    );
  });

  test("a bad date, and dates as Excel serials and ISO text", () => {
    expect(errors([row("mju", "openness", [80, 0, 80, null], "31.02.2020")])).toEqual([
      'error: sheet Received!G4 «Conclusion date», body "mju": must be a date (YYYY-MM-DD, DD.MM.YYYY or a date cell), got "31.02.2020"',
    ]);
    const serial = readAndValidateTables(
      withReceivedRows([row("mju", "openness", [80, 0, 80, null], 43910)]),
    );
    expect(serial.assessment!.bodies[0]!.received!.openness!.conclusionDate).toBe("2020-03-20");
    const iso = readAndValidateTables(
      withReceivedRows([row("mju", "openness", [80, 0, 80, null], "2020-03-20")]),
    );
    expect(iso.assessment!.bodies[0]!.received!.openness!.conclusionDate).toBe("2020-03-20");
  });
});
