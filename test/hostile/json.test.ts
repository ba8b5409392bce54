/**
 * Hostile and careless JSON (issue 11): the exit-code and stream contract (defects 6, 7, 9), round
 * trips that must not change meaning (10), limits on size (5) and the smaller items: integers
 * beyond 2^53, control characters, ids that differ only by invisible characters, unknown options,
 * objection numbers. Big files are generated here and deleted.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { toScoringOutput } from "../../src/methodology/output";
import { INPUT_LIMITS } from "../../src/model/parse";
import { scratchFolder } from "../helpers/scratch";
import { ROOT, runInProcess } from "../helpers/cli";
import { assessment, centralBody, clone, localBody } from "../helpers/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const scratch = scratchFolder("hostile-json");
const save = scratch.save;
beforeAll(() => {});

const base = (): Json => assessment(centralBody("c1"), localBody("l1"));
function objection(changes: Json = {}): Json {
  return {
    no: 1,
    body: "c1",
    direction: "services",
    item: "K2",
    objection: "late count is wrong",
    conclusionReceived: "2020-03-19",
    submitted: "2020-03-24",
    decision: "accepted",
    decisionDate: "2020-04-01",
    corrections: [{ field: "services.late", value: 30 }],
    ...changes,
  };
}

describe("defect 6: on exit 2 stdout is empty", () => {
  test.each([
    ["a negative correction", objection({ corrections: [{ field: "services.late", value: -5 }] })],
    ["an unknown body", objection({ body: "nobody" })],
    ["an unknown field", objection({ corrections: [{ field: "services.bogus", value: 1 }] })],
  ])("objections with %s", async (_, o) => {
    const cohort = save("cohort.json", base());
    const file = save("objections.json", { objections: [o] });
    const run = await runInProcess(["objections", cohort, "--objections", file, "--lang", "kk"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^қате: /m); // messages in --lang's first language (kk)
  });

  test("the same objections file, valid, prints the review on stdout (exit 0)", async () => {
    const cohort = save("cohort.json", base());
    const file = save("objections.json", { objections: [objection()] });
    const run = await runInProcess(["objections", cohort, "--objections", file]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("1 objection(s): 1 accepted");
  });

  test("validate of a JSON file with an error: the count goes to stderr", async () => {
    const a = base();
    a.bodies[0].services.late = -1;
    const run = await runInProcess(["validate", save("bad.json", a)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("1 error(s), 0 warning(s)");
  });
});

describe("defect 7: I/O failures are exit 1 for JSON too", () => {
  test("a missing objections file", async () => {
    const run = await runInProcess([
      "objections",
      save("c.json", base()),
      "--objections",
      join(scratch.dir, "none.json"),
    ]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("no such file");
  });

  test("a folder given as the assessment", async () => {
    const run = await runInProcess(["score", scratch.dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("it is a folder, not a file");
  });
});

describe("defect 9: objection dates and numbers", () => {
  test("a date in the year 10000 is exit 2 naming the field (no internal error)", async () => {
    const file = save("o.json", { objections: [objection({ conclusionReceived: "10000-01-12" })] });
    const run = await runInProcess(["objections", save("c.json", base()), "--objections", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("objections[0].conclusionReceived");
    expect(run.stderr).not.toContain("badDate");
  });

  test("no: 0 must be ≥ 1; a repeated number is a duplicate objection", async () => {
    const zero = await runInProcess([
      "objections",
      save("c.json", base()),
      "--objections",
      save("o.json", { objections: [objection({ no: 0 })] }),
      "--lang",
      "both",
    ]);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toContain(
      'қате: орган "c1", objections[0].no: қарсылық нөмірі 1-ден кем емес бүтін сан болуы тиіс, берілгені: 0',
    );
    const twice = await runInProcess([
      "objections",
      save("c.json", base()),
      "--objections",
      save("o.json", { objections: [objection(), objection({ item: "K3" })] }),
      "--lang",
      "both",
    ]);
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain(
      'қате: орган "c1", objections[1].no: 1-қарсылық нөмірі екі рет берілген (алғашқысы: objections[0])',
    );
  });
});

describe("defect 10: round trips keep meaning", () => {
  test("text equal to an Excel error literal survives template --from and reads back the same", async () => {
    const a = base();
    a.bodies[0].name = "#N/A";
    a.bodies[1].unreliable.services = [{ text: "#DIV/0!" }];
    const json = save("literal.json", a);
    const xlsx = join(scratch.dir, "literal.xlsx");
    expect((await runInProcess(["template", "--lang", "en", "--from", json, "--out", xlsx])).status).toBe(0);
    const fromJson = await runInProcess(["score", json]);
    const fromBook = await runInProcess(["score", xlsx]);
    expect(fromBook.stderr).toBe("");
    expect(fromBook.status).toBe(0);
    expect(JSON.parse(fromBook.stdout).bodies[0].name).toBe("#N/A");
    expect(fromBook.stdout).toBe(fromJson.stdout);
  });

  test.each([
    ["NUL", "\u0000", "U+0000"],
    ["an ANSI escape", "\u001b[31m", "U+001B"],
    ["a vertical tab", "\u000b", "U+000B"],
  ])("a name with %s is refused with the field named", async (_, ch, shown) => {
    const a = base();
    a.bodies[1].name = `Local${ch}body`;
    const run = await runInProcess(["validate", save("control.json", a)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `error: body "l1", bodies[1].name: the text contains a control character (${shown}) that a worksheet cannot hold`,
    );
    expect(run.stderr).not.toContain(ch);
  });
});

describe("smaller items", () => {
  test("an integer beyond 2^53 is refused with the field named", async () => {
    const text = JSON.stringify(base()).replace('"rendered":120000', '"rendered":9007199254740993');
    const run = await runInProcess(["validate", save("big-int.json", text)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      "bodies[0].services.rendered: 9.007e+15 (beyond 2^53) is larger than any plausible",
    );
  });

  test("a count above any plausible figure is refused", async () => {
    const a = base();
    a.bodies[0].complaints.reviewed = 5e12;
    const run = await runInProcess(["validate", save("huge.json", a)]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("bodies[0].complaints.reviewed: 5000000000000 is larger than any plausible");
  });

  test("ids differing only by a zero-width space are ambiguous; the message shows the character", async () => {
    const run = await runInProcess([
      "validate",
      save("ids.json", assessment(centralBody("c1"), localBody("c\u200b1"))),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      'error: body "c\\u{200B}1", bodies[1].id: the id "c\\u{200B}1" differs from the id "c1" only by invisible characters',
    );
    expect(run.stderr).not.toContain("\u200b");
  });

  test("a bidi override in a name is shown escaped in the terminal table, kept in the JSON", async () => {
    const a = base();
    a.bodies[0].name = "Evil \u202egnp.exe";
    const file = save("bidi.json", a);
    const table = await runInProcess(["score", file, "--format", "table"]);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain("Evil \\u{202E}gnp.exe");
    expect(table.stdout).not.toContain("\u202e");
    expect(JSON.parse((await runInProcess(["score", file])).stdout).bodies[0].name).toBe(
      "Evil \u202egnp.exe",
    );
  });

  test("--bogus is an unknown option, wherever it stands", async () => {
    for (const args of [
      ["score", "--bogus"],
      ["score", "--bogus", "x.json"],
      ["validate", "x.json", "--bogus"],
    ]) {
      const run = await runInProcess(args);
      expect(run.status).toBe(1);
      expect(run.stderr).toContain("unknown option --bogus");
    }
  });
});

describe("defect 5: limits instead of crashes", () => {
  test("more bodies than the limit: exit 2, said at once", async () => {
    const bodies = Array.from({ length: INPUT_LIMITS.bodies + 1 }, () => ({}));
    const run = await runInProcess(["score", save("many.json", { bodies })]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(
      `error: bodies: the assessment has ${INPUT_LIMITS.bodies + 1} bodies; opeval scores at most ${INPUT_LIMITS.bodies} at once (split the file)\n`,
    );
  });

  test("a file above the byte limit is refused before it is read", async () => {
    const file = join(scratch.dir, "huge.json");
    writeFileSync(file, Buffer.alloc(INPUT_LIMITS.fileBytes + 1, 0x20));
    const run = await runInProcess(["validate", file]);
    rmSync(file);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("the file is 65 MB; opeval reads files of at most 64 MB");
  });

  test("score --format json streams the same bytes as the whole document", async () => {
    const sample = join(ROOT, "samples", "assessment-sample.json");
    const run = await runInProcess(["score", sample, "--lang", "ru"]);
    expect(run.status).toBe(0);
    const evaluation = evaluate(JSON.parse(readFileSync(sample, "utf8")));
    if (!evaluation.ok) throw new Error("the sample must score");
    expect(run.stdout).toBe(JSON.stringify(toScoringOutput(evaluation.result, "ru"), null, 1) + "\n");
  });

  test("10,000 bodies (~15 MB) validate and score without a crash", async () => {
    const one = clone(base());
    const bodies = Array.from({ length: 5000 }, (_, i) => [
      { ...clone(one.bodies[0]), id: `c${i}` },
      { ...clone(one.bodies[1]), id: `l${i}` },
    ]).flat();
    const file = save("ten-thousand.json", { period: "2019", bodies });
    const validate = await runInProcess(["validate", file]);
    expect(validate.status).toBe(0);
    expect(validate.stderr).not.toMatch(/^error/m);
    expect(validate.stdout).toMatch(/^0 error\(s\), \d+ warning\(s\)\n$/);
    const table = await runInProcess(["score", file, "--format", "table"]);
    expect(table.status).toBe(0);
    // One line per body (and the header lines): every body is in the table.
    const lines = table.stdout.split("\n");
    expect(lines.filter((l) => /^\s*c4999\b|\bc4999\s/.test(l))).toHaveLength(1);
    expect(lines.length).toBeGreaterThan(10_000);
    rmSync(file);
  });
});
