/**
 * Issue 24, the sending side and its import: `opeval results` writes one direction's results
 * (.json document or an opeval_Received workbook), and `score` / `conclude` / `history` take them
 * with `--received FILE…`. The round trip gives the general score of the raw data; hostile files
 * are refused at their file and JSON path or cell.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "../../src/cli/args";
import { ROOT, runCommand } from "../helpers/cli";

type Json = Record<string, unknown>;

const dir = mkdtempSync(join(tmpdir(), "opeval-results-"));
const at = (name: string) => join(dir, name);

/** The sample cohort (period 2019) with a signing block per direction, dated as analysts type dates. */
function fullInput(): Json {
  const input = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as Json;
  (input.settings as Json).conclusion = {
    authority: "Агенттік",
    date: "15.03.2020",
    openness: { authority: "АҚДМ", date: "20.03.2020" },
    complaints: { authority: "ҚСАЕК", date: "2020-03-25" },
    automation: { authority: "ЦДИАӨМ", date: "10.03.2020" },
  };
  return input;
}

/** The same cohort with the services direction only: openness and complaints absent, and K3 figures unless `k3` is false. */
function servicesOnly(k3 = false): Json {
  const input = fullInput();
  for (const body of input.bodies as Json[]) {
    delete body.openness;
    delete body.complaints;
    if (typeof body.services === "object" && !k3) delete (body.services as Json).automation;
  }
  return input;
}

function write(name: string, value: unknown): string {
  writeFileSync(at(name), JSON.stringify(value));
  return at(name);
}

describe("parseArgs: an option of several values", () => {
  test("takes every value up to the next option, and may be repeated", () => {
    const args = parseArgs(
      ["F.json", "--received", "a.json", "b.xlsx", "--format", "table", "--received=c.json"],
      [],
      ["format"],
      ["received"],
    );
    expect(args.positional).toEqual(["F.json"]);
    expect(args.lists.get("received")).toEqual(["a.json", "b.xlsx", "c.json"]);
    expect(args.options.get("format")).toBe("table");
    expect(args.options.has("received")).toBe(false);
  });

  test("with no value it is a usage mistake", () => {
    expect(() => parseArgs(["F.json", "--received"], [], [], ["received"])).toThrow(
      "--received needs a value",
    );
  });
});

describe("opeval results", () => {
  const full = write("full.json", fullInput());

  test("openness as a results document: every body, its scores, the block's date and sender", async () => {
    const run = await runCommand(["results", full, "--direction", "openness", "--out", at("o.json")]);
    expect([run.code, run.stderr, run.stdout]).toEqual([0, "", `${at("o.json")}: 8 bodies (openness)\n`]);
    // In Russian the line names the direction in Russian too.
    const ru = await runCommand([
      "results",
      full,
      "--direction",
      "openness",
      "--out",
      at("o-ru.json"),
      "--lang",
      "ru",
    ]);
    expect(ru.stdout).toBe(`${at("o-ru.json")}: органов: 8 («открытость»)\n`);
    const doc = JSON.parse(readFileSync(at("o.json"), "utf8")) as Json;
    expect(Object.keys(doc)).toEqual(["opevalResults", "direction", "period", "results"]);
    expect([doc.opevalResults, doc.direction, doc.period]).toEqual([1, "openness", "2019"]);
    const rows = doc.results as Json[];
    expect(rows.map((r) => r.body)).toEqual([
      "mju",
      "mzsr",
      "nbrk",
      "mo",
      "almaty",
      "karaganda",
      "turkestan",
      "akmola",
    ]);
    expect(Object.keys(rows[0]!)).toEqual([
      "body",
      "name",
      "total",
      "penalty",
      "final",
      "conclusionDate",
      "from",
    ]);
    // "20.03.2020" of the openness block, as an ISO date; the block's authority as the sender.
    expect(rows.map((r) => [r.conclusionDate, r.from])).toEqual(Array(8).fill(["2020-03-20", "АҚДМ"]));
    // The figures are the engine's, unrounded: the same as `score --format json`.
    const scored = await runCommand(["score", full]);
    const out = JSON.parse(scored.stdout) as { bodies: { openness: Json }[] };
    expect(rows.map((r) => [r.total, r.penalty, r.final])).toEqual(
      out.bodies.map((b) => [b.openness.total, b.openness.penalty, b.openness.final]),
    );
  });

  test("automation: the four central bodies, K3 alone", async () => {
    const run = await runCommand(["results", full, "--direction", "automation", "--out", at("a.json")]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const rows = (JSON.parse(readFileSync(at("a.json"), "utf8")) as { results: Json[] }).results;
    expect(rows.map((r) => Object.keys(r))).toEqual(
      Array(4).fill(["body", "name", "K3", "conclusionDate", "from"]),
    );
    expect(rows.map((r) => [r.body, r.conclusionDate, r.from])).toEqual([
      ["mju", "2020-03-10", "ЦДИАӨМ"],
      ["mzsr", "2020-03-10", "ЦДИАӨМ"],
      ["nbrk", "2020-03-10", "ЦДИАӨМ"],
      ["mo", "2020-03-10", "ЦДИАӨМ"],
    ]);
  });

  test("a direction with no computed result: exit 2, nothing written", async () => {
    const only = write("services-only.json", servicesOnly(true));
    const run = await runCommand([
      "results",
      only,
      "--direction",
      "complaints",
      "--out",
      at("none.json"),
      "--lang",
      "en",
    ]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      "",
      `error: ${only}: no body has a computed complaints result in this file (a received one is not sent again): nothing written\n`,
    ]);
    expect(existsSync(at("none.json"))).toBe(false);
  });

  test("a block date that is not a date: exit 2 naming the block", async () => {
    const input = fullInput();
    ((input.settings as Json).conclusion as Json as { openness: Json }).openness.date = "наурыз 2020";
    const run = await runCommand([
      "results",
      write("bad-date.json", input),
      "--direction",
      "openness",
      "--out",
      at("x.json"),
      "--lang",
      "en",
    ]);
    expect([run.code, run.stderr]).toEqual([
      2,
      'error: settings.conclusion.openness.date: the openness conclusion has no date to send: give the signing block\'s date as dd.mm.yyyy (got "наурыз 2020")\n',
    ]);
  });

  test("--out must be .json or .xlsx and never the input", async () => {
    const run = await runCommand(["results", full, "--direction", "openness", "--out", full]);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(
      `opeval results: --out ${full} is the input file ${full} (the input is never modified)`,
    );
  });
});

describe("results → --received: the same general score as the raw data", () => {
  test("services raw + openness (.json), complaints (.xlsx) and automation (.json) received", async () => {
    const fullXlsx = at("full.xlsx");
    expect(
      (await runCommand(["template", "--from", write("full2.json", fullInput()), "--out", fullXlsx])).code,
    ).toBe(0);
    for (const [direction, out] of [
      ["openness", "r-openness.json"],
      ["complaints", "r-complaints.xlsx"],
      ["automation", "r-automation.json"],
    ] as const) {
      const run = await runCommand(["results", fullXlsx, "--direction", direction, "--out", at(out)]);
      expect([direction, run.code, run.stderr]).toEqual([direction, 0, ""]);
    }
    const raw = JSON.parse((await runCommand(["score", fullXlsx])).stdout) as { bodies: Json[] };
    const only = write("services-only2.json", servicesOnly());
    const run = await runCommand([
      "score",
      only,
      "--received",
      at("r-openness.json"),
      at("r-complaints.xlsx"),
      "--received",
      at("r-automation.json"),
    ]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const got = JSON.parse(run.stdout) as { bodies: Json[] };
    let checked = 0;
    for (const body of got.bodies) {
      const rawBody = raw.bodies.find((b) => b.id === body.id)!;
      expect([body.id, body.overall]).toEqual([body.id, rawBody.overall]);
      expect(body.overall).not.toBeNull();
      checked++;
    }
    expect(checked).toBe(8);
  });
});

describe("--received: hostile files are refused at their file and JSON path or cell (exit 2, nothing on stdout)", () => {
  const META = { conclusionDate: "2020-03-20", from: "АҚДМ" };
  const doc = (direction: string, results: Json[], extra: Json = {}) => ({
    opevalResults: 1,
    direction,
    period: "2019",
    ...extra,
    results,
  });
  const services = () => write("hostile-services.json", servicesOnly(true));
  const score = (file: string, received: string[]) =>
    runCommand(["score", file, "--lang", "en", "--received", ...received]);

  test("a body twice: in two files, and in the workbook and a file", async () => {
    const one = write(
      "one.json",
      doc("openness", [{ body: "mju", total: 80, penalty: 0, final: 80, ...META }]),
    );
    const two = write(
      "two.json",
      doc("openness", [
        { body: "mzsr", total: 70, penalty: 0, final: 70, ...META },
        { body: "mju", total: 81, penalty: 0, final: 81, ...META },
      ]),
    );
    const run = await score(services(), [one, two]);
    expect([run.code, run.stdout, run.stderr]).toEqual([
      2,
      "",
      `error: body "mju", ${two}: results[1]: the openness conclusion is given twice, here and at ${one}: results[0]; keep one\n`,
    ]);
    // The Agency's workbook already holds mju's openness conclusion (opeval_Received, row 4).
    const input = servicesOnly(true);
    (input.bodies as Json[])[0]!.received = { openness: { total: 80, penalty: 0, final: 80, ...META } };
    const workbook = at("with-received.xlsx");
    expect(
      (
        await runCommand([
          "template",
          "--from",
          write("with-received.json", input),
          "--out",
          workbook,
          "--lang",
          "en",
        ])
      ).code,
    ).toBe(0);
    const again = await score(workbook, [two]);
    expect([again.code, again.stderr]).toEqual([
      2,
      `error: body "mju", ${two}: results[1]: the openness conclusion is given twice, here and at [${workbook}]Received!B4; keep one\n`,
    ]);
  });

  test("an unknown body", async () => {
    const file = write(
      "unknown.json",
      doc("complaints", [{ body: "minfin", total: 80, penalty: 0, final: 80, ...META }]),
    );
    const run = await score(services(), [file]);
    expect([run.code, run.stderr]).toEqual([
      2,
      `error: ${file}: results[0].body: no body with the id "minfin" in the assessment\n`,
    ]);
  });

  test("a direction that does not apply: K3 of a local body", async () => {
    const file = write("local-k3.json", doc("automation", [{ body: "almaty", K3: 20, ...META }]));
    const run = await score(services(), [file]);
    expect([run.code, run.stderr]).toEqual([
      2,
      `error: body "almaty", ${file}: results[0]: a conclusion on automation is received, but the direction does not apply to this body\n`,
    ]);
  });

  test("a score above its maximum: in a document, and in a workbook's cell", async () => {
    const file = write(
      "above.json",
      doc("openness", [{ body: "mju", total: 100.5, penalty: 0, final: 100.5, ...META }]),
    );
    const run = await score(services(), [file]);
    expect([run.code, run.stderr]).toEqual([
      2,
      [
        `error: body "mju", ${file}: results[0].total: must be between 0 and 100, got 100.5`,
        `error: body "mju", ${file}: results[0].final: must be between 0 and 100, got 100.5`,
        "",
      ].join("\n"),
    ]);
    // An opeval_Received workbook written by `results`, K3 edited by hand to 25.5 (cell F4).
    const full = write("full-k3.json", fullInput());
    const k3 = at("k3.xlsx");
    expect(
      (await runCommand(["results", full, "--direction", "automation", "--out", k3, "--lang", "en"])).code,
    ).toBe(0);
    const { readPackageTables } = await import("../../src/xlsx/read");
    expect(readPackageTables(readFileSync(k3)).tables.map((t) => [t.name, t.sheet, t.address])).toEqual([
      ["opeval_Received", "Received", "A3"],
    ]);
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(k3);
    const sheet = wb.getWorksheet("Received")!;
    expect([sheet.getCell("A4").value, sheet.getCell("B4").value, sheet.getCell("F3").value]).toEqual([
      "mju",
      "automation",
      "K3",
    ]);
    sheet.getCell("F4").value = 25.5;
    const edited = at("k3-edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const cell = await score(write("services-k3.json", servicesOnly(false)), [edited]);
    expect([cell.code, cell.stderr]).toEqual([
      2,
      `error: sheet [${edited}]Received!F4 «K3», body "mju": must be between 0 and 25, got 25.5\n`,
    ]);
  });

  test("not a results document, another direction word, another period, a workbook without opeval_Received", async () => {
    const assessment = write("an-assessment.json", fullInput());
    const services2 = write("services-word.json", doc("services", []));
    const other = write("other-period.json", doc("openness", [], { period: "2020" }));
    const run = await score(services(), [assessment, services2]);
    expect([run.code, run.stderr]).toEqual([
      2,
      [
        `error: ${assessment}: not a results document of opeval: expected {"opevalResults": 1, "direction": …, "results": […]}`,
        `error: ${services2}: not a results document of opeval: expected {"opevalResults": 1, "direction": …, "results": […]}`,
        "",
      ].join("\n"),
    ]);
    const period = await score(services(), [other]);
    expect([period.code, period.stderr]).toEqual([
      2,
      `error: ${other}: period: these results are of period 2020, the assessment is of 2019\n`,
    ]);
    // The forms workbook `conclude` writes holds no table at all.
    const full = at("forms.xlsx");
    const made = await runCommand([
      "conclude",
      assessment,
      "--bodies",
      "mju",
      "--forms",
      "15",
      "--lang",
      "kk",
      "--out",
      full,
    ]);
    expect(made.code).toBe(0);
    const workbook = await score(services(), [full]);
    expect([workbook.code, workbook.stderr]).toEqual([
      2,
      `error: ${full}: the workbook has no opeval_Received table (write one with opeval results --out FILE.xlsx)\n`,
    ]);
  });

  test("a results document of the wrong direction: K3 rows told as openness", async () => {
    const file = write("wrong-direction.json", doc("openness", [{ body: "mju", K3: 18, ...META }]));
    const run = await score(services(), [file]);
    expect([run.code, run.stderr]).toEqual([
      2,
      [
        `error: body "mju", ${file}: results[0].K3: unknown field "K3"`,
        `error: body "mju", ${file}: results[0].total: required field is missing`,
        `error: body "mju", ${file}: results[0].penalty: required field is missing`,
        `error: body "mju", ${file}: results[0].final: required field is missing`,
        "",
      ].join("\n"),
    ]);
  });
});

describe("conclude and history take --received too", () => {
  /** Results of the three directions of the full cohort, written once. */
  async function sent(): Promise<string[]> {
    const full = write("sent-full.json", fullInput());
    const files: string[] = [];
    for (const direction of ["openness", "complaints", "automation"]) {
      const out = at(`sent-${direction}.json`);
      const run = await runCommand(["results", full, "--direction", direction, "--out", out, "--force"]);
      expect([direction, run.code]).toEqual([direction, 0]);
      files.push(out);
    }
    return files;
  }

  test("conclude: annex 15 of a services-only file prints the received openness final", async () => {
    const files = await sent();
    const out = at("forms-received.xlsx");
    const only = write("conclude-services.json", servicesOnly());
    const run = await runCommand([
      "conclude",
      only,
      "--bodies",
      "mju",
      "--forms",
      "15",
      "--lang",
      "kk",
      "--out",
      out,
      "--received",
      ...files,
    ]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const sentOpenness = (JSON.parse(readFileSync(files[0]!, "utf8")) as { results: Json[] }).results[0]!;
    const { readPackageTables } = await import("../../src/xlsx/read");
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(readPackageTables(readFileSync(out)).tables).toEqual([]);
    // Annex 15 prints figures truncated to two decimals (FORMS.md): the openness final as sent.
    const truncated = Math.trunc((sentOpenness.final as number) * 100) / 100;
    const cells: unknown[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain(truncated);
  });

  test("history: the files complete the last FILE; its general scores are the raw data's", async () => {
    const files = await sent();
    const out = at("history.xlsx");
    const only = write("history-services.json", servicesOnly());
    const run = await runCommand(["history", only, "--out", out, "--received", ...files]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const { readPackageTables } = await import("../../src/xlsx/read");
    const { readHistoryTables } = await import("../../src/history/history-read");
    const history = readHistoryTables(readPackageTables(readFileSync(out)).tables);
    const raw = JSON.parse((await runCommand(["score", write("history-full.json", fullInput())])).stdout) as {
      bodies: { id: string; overall: { score: number } }[];
    };
    const [period] = history.periods;
    expect(period!.period).toBe("2019");
    let checked = 0;
    for (const body of period!.bodies) {
      const expected = raw.bodies.find((b) => b.id === body.id)!.overall.score;
      expect([body.id, body.values.get("overall.score")]).toEqual([body.id, expected]);
      checked++;
    }
    expect(checked).toBe(8);
  });
});

describe("help", () => {
  test("results and --received are in the help of every language", async () => {
    const ru = await runCommand(["results", "--help", "--lang", "ru"]);
    expect(ru.stdout.split("\n")[0]).toBe(
      "opeval results ФАЙЛ --direction openness|complaints|automation --out RESULTS.json|RESULTS.xlsx [--force] [--lang kk|ru|en]",
    );
    const kk = await runCommand(["score", "--help", "--lang", "kk"]);
    expect(kk.stdout.split("\n")).toContain(
      "  --received R…   басқа уәкілетті органдар жіберген қорытындылар (opeval results: .json құжаты немесе",
    );
    const en = await runCommand(["--help", "--lang", "en"]);
    expect(en.stdout.split("\n")).toContain(
      "  results     write one direction's results for the Agency (.json or an opeval_Received workbook)",
    );
  });
});

test("results: --out of another kind is a usage mistake, nothing written", async () => {
  const run = await runCommand([
    "results",
    write("kind.json", fullInput()),
    "--direction",
    "openness",
    "--out",
    at("r.csv"),
  ]);
  expect([run.code, run.stdout, run.stderr.split("\n")[0]]).toEqual([
    1,
    "",
    "opeval results: --out must be a .json or .xlsx file",
  ]);
  expect(existsSync(at("r.csv"))).toBe(false);
});

test("results: an existing --out is kept without --force, replaced with it", async () => {
  const input = write("force.json", fullInput());
  const out = at("force-out.json");
  writeFileSync(out, "the analyst's file\n");
  const kept = await runCommand(["results", input, "--direction", "complaints", "--out", out]);
  expect([kept.code, kept.stderr]).toEqual([
    1,
    `opeval results: ${out} already exists; use --force to replace it\n`,
  ]);
  expect(readFileSync(out, "utf8")).toBe("the analyst's file\n");
  const replaced = await runCommand(["results", input, "--direction", "complaints", "--out", out, "--force"]);
  expect(replaced.code).toBe(0);
  expect((JSON.parse(readFileSync(out, "utf8")) as Json).direction).toBe("complaints");
});
