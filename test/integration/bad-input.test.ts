/**
 * The bad-input catalogue: each case breaks one rule of docs/FORMAT.md and must give exit 2,
 * nothing on stdout, and a stderr line naming the body and the field.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../helpers/cli";
import { assessment, centralBody, clone, localBody } from "../helpers/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const dir = mkdtempSync(join(tmpdir(), "opeval-bad-"));

interface BadCase {
  name: string;
  /** Changes a valid two-body cohort [central "c1", local "l1"]; or the raw file text. */
  change: ((a: Json) => void) | string;
  /** Texts stderr must contain (body and field), all of them. */
  expect: string[];
}

const cases: BadCase[] = [
  {
    name: "services.complaints > rendered",
    change: (a) => (a.bodies[0].services.complaints = 120001),
    expect: ['"c1"', "bodies[0].services.complaints", "services.rendered"],
  },
  {
    name: "renderedExcludingOneDay > rendered",
    change: (a) => (a.bodies[0].services.renderedExcludingOneDay = 130000),
    expect: ['"c1"', "services.renderedExcludingOneDay"],
  },
  {
    name: "late > renderedExcludingOneDay",
    change: (a) => (a.bodies[0].services.late = 118001),
    expect: ['"c1"', "bodies[0].services.late", "renderedExcludingOneDay"],
  },
  {
    name: "refusals > base",
    change: (a) => (a.bodies[1].services.refusals = 118001),
    expect: ['"l1"', "bodies[1].services.refusals"],
  },
  {
    name: "incompleteDocs > base",
    change: (a) => (a.bodies[1].services.incompleteDocs = 200000),
    expect: ['"l1"', "bodies[1].services.incompleteDocs"],
  },
  {
    name: "extraDocs > base",
    change: (a) => (a.bodies[0].services.extraDocs = 200000),
    expect: ['"c1"', "bodies[0].services.extraDocs"],
  },
  {
    name: "late over a zero base",
    change: (a) =>
      Object.assign(a.bodies[1].services, {
        rendered: 0,
        renderedExcludingOneDay: 0,
        complaints: 0,
        late: 1,
        refusals: 0,
        incompleteDocs: 0,
        extraDocs: 0,
      }),
    expect: ['"l1"', "bodies[1].services.late"],
  },
  {
    name: "courtUpheld > reviewed",
    change: (a) => (a.bodies[0].complaints.courtUpheld = 1001),
    expect: ['"c1"', "bodies[0].complaints.courtUpheld"],
  },
  {
    name: "repeatUpheld > reviewed",
    change: (a) => (a.bodies[0].complaints.repeatUpheld = 1001),
    expect: ['"c1"', "bodies[0].complaints.repeatUpheld"],
  },
  {
    name: "complaints.late > reviewed",
    change: (a) => (a.bodies[1].complaints.late = 1001),
    expect: ['"l1"', "bodies[1].complaints.late"],
  },
  {
    name: "disciplined + impossible > late",
    change: (a) => (a.bodies[0].complaints.disciplined = 9),
    expect: ['"c1"', "bodies[0].complaints.disciplined"],
  },
  {
    name: "portalServiceTypes > serviceTypes",
    change: (a) => (a.bodies[0].services.automation.portalServiceTypes = 61),
    expect: ['"c1"', "services.automation.portalServiceTypes"],
  },
  {
    name: "electronicVolume > totalVolume",
    change: (a) => (a.bodies[0].services.automation.electronicVolume = 130000),
    expect: ['"c1"', "services.automation.electronicVolume"],
  },
  {
    name: "answered > received",
    change: (a) => (a.bodies[1].openness.openDialogue.kk["2"] = { answered: 6, received: 5 }),
    expect: ['"l1"', "openness.openDialogue.kk.2.answered"],
  },
  {
    name: "a count given as a string",
    change: (a) => (a.bodies[0].services.late = "40"),
    expect: ['"c1"', "bodies[0].services.late", "whole number"],
  },
  {
    name: "a negative count",
    change: (a) => (a.bodies[1].complaints.reviewed = -5),
    expect: ['"l1"', "bodies[1].complaints.reviewed"],
  },
  {
    name: "a fractional count",
    change: (a) => (a.bodies[1].services.rendered = 1000.5),
    expect: ['"l1"', "bodies[1].services.rendered"],
  },
  {
    name: "a rating above 5",
    change: (a) => (a.bodies[0].services.ratings = [4.5, 5.5]),
    expect: ['"c1"', "bodies[0].services.ratings[1]", "between 0 and 5"],
  },
  {
    name: "a fulfilment above 1",
    change: (a) => (a.bodies[1].openness.openData.ru["4"] = 1.2),
    expect: ['"l1"', "openness.openData.ru.4"],
  },
  {
    name: "a fulfilment as a word",
    change: (a) => (a.bodies[1].openness.openNpa.kk["1"] = "yes"),
    expect: ['"l1"', "openness.openNpa.kk.1"],
  },
  {
    name: "negative downtime hours",
    change: (a) => (a.bodies[0].services.automation.downtimeHours = -1),
    expect: ['"c1"', "automation.downtimeHours"],
  },
  {
    name: "an unknown key",
    change: (a) => (a.bodies[0].services.lateServices = 3),
    expect: ['"c1"', "bodies[0].services.lateServices", "unknown"],
  },
  {
    name: "an unknown openness indicator",
    change: (a) => (a.bodies[0].openness.openBudget.kk["12"] = 1),
    expect: ['"c1"', "openness.openBudget.kk.12"],
  },
  {
    name: "a local indicator key on a central body",
    change: (a) => (a.bodies[0].openness.openBudget.kk["7.1"] = 1),
    expect: ['"c1"', "openBudget.kk.7.1"],
  },
  {
    name: "a duplicated id",
    change: (a) => (a.bodies[1].id = "c1"),
    expect: ['"c1"', "bodies[1].id", "more than one"],
  },
  {
    name: "a missing name",
    change: (a) => delete a.bodies[1].name,
    expect: ['"l1"', "bodies[1].name", "missing"],
  },
  {
    name: "a missing count",
    change: (a) => delete a.bodies[0].complaints.reviewed,
    expect: ['"c1"', "bodies[0].complaints.reviewed", "missing"],
  },
  {
    name: "an unknown body type",
    change: (a) => (a.bodies[1].type = "regional"),
    expect: ['"l1"', "bodies[1].type"],
  },
  {
    name: "a central body without automation",
    change: (a) => delete a.bodies[0].services.automation,
    expect: ['"c1"', "bodies[0].services.automation", "central"],
  },
  {
    name: "a local body with automation",
    change: (a) => (a.bodies[1].services.automation = clone(a.bodies[0].services.automation)),
    expect: ['"l1"', "bodies[1].services.automation"],
  },
  {
    name: "no monitored peer for the P1 fallback",
    change: (a) => (a.bodies[1].services.ratings = []),
    expect: ['"l1"', "bodies[1].services.ratings", "I-2"],
  },
  {
    name: "no unclassified peer for a classified budget",
    change: (a) =>
      (a.bodies[0].openness.openBudget = { kk: {}, ru: {}, auditInPeriod: true, classified: true }),
    expect: ['"c1"', "openness.openBudget.classified", "I-13"],
  },
  {
    name: "negative weights",
    change: (a) => (a.settings = { overallWeights: [1, -1, 1] }),
    expect: ["settings.overallWeights"],
  },
  {
    name: "weights summing to 0",
    change: (a) => (a.settings = { overallWeights: [0, 0, 0] }),
    expect: ["settings.overallWeights"],
  },
  {
    name: "an unknown methodology edition",
    change: (a) => (a.settings = { methodology: "2021" }),
    expect: ["settings.methodology", "2020"],
  },
  {
    name: "unreliable facts as text",
    change: (a) => (a.bodies[0].unreliable.services = "two"),
    expect: ['"c1"', "bodies[0].unreliable.services"],
  },
  { name: "bodies not a list", change: (a) => (a.bodies = { c1: {} }), expect: ["bodies", "list"] },
  { name: "no body at all", change: (a) => (a.bodies = []), expect: ["bodies", "no body"] },
  { name: "not JSON at all", change: "this is not JSON {", expect: ["not valid JSON"] },
  { name: "a JSON array instead of an assessment", change: "[1, 2, 3]", expect: ["$", "object"] },
];

describe.each(cases)("bad input: $name", ({ name, change, expect: texts }) => {
  test("exit 2, empty stdout, stderr names body and field", () => {
    let text: string;
    if (typeof change === "string") text = change;
    else {
      const a: Json = clone(assessment(centralBody("c1"), localBody("l1")));
      change(a);
      text = JSON.stringify(a);
    }
    const file = join(dir, name.replace(/\W+/g, "-") + ".json");
    writeFileSync(file, text);
    const run = runCli(["score", file]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    for (const t of texts) expect(run.stderr).toContain(t);
    expect(run.stderr).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/); // never a stack trace
    expect(runCli(["validate", file]).status).toBe(2);
  });
});

test("validation reports every problem, not only the first", () => {
  const a: Json = clone(assessment(centralBody("c1"), localBody("l1")));
  a.bodies[0].services.late = -1;
  a.bodies[1].complaints.courtUpheld = "x";
  a.bodies[1].openness.openData.kk["1"] = 2;
  const file = join(dir, "many.json");
  writeFileSync(file, JSON.stringify(a));
  const run = runCli(["validate", file]);
  expect(run.status).toBe(2);
  // Three problems, then the count; exit 2 leaves stdout empty.
  expect(run.stderr.trim().split("\n")).toHaveLength(4);
  expect(run.stderr.trim().split("\n")[3]).toBe("3 error(s), 0 warning(s)");
  expect(run.stdout).toBe("");
});

test("messages in Kazakh and Russian with --lang", () => {
  const a: Json = clone(assessment(centralBody("c1"), localBody("l1")));
  a.bodies[0].services.late = -1;
  const file = join(dir, "lang.json");
  writeFileSync(file, JSON.stringify(a));
  expect(runCli(["score", file, "--lang", "kk"]).stderr).toContain("бүтін сан");
  expect(runCli(["score", file, "--lang", "ru"]).stderr).toContain("целым числом");
});

test("warnings only: validate exits 0 and lists them", () => {
  const a: Json = clone(assessment(centralBody("c1"), localBody("l1")));
  delete a.bodies[0].openness.openData.kk["3"];
  const file = join(dir, "warn.json");
  writeFileSync(file, JSON.stringify(a));
  const run = runCli(["validate", file]);
  expect(run.status).toBe(0);
  expect(run.stderr).toContain("openData (kk) indicator 3");
});

test("a missing file is exit 1, not a stack trace", () => {
  const run = runCli(["score", join(dir, "nope.json")]);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain("cannot be read");
});

test("usage errors, --help and --version", () => {
  expect(runCli(["score"]).status).toBe(1);
  expect(runCli(["score", "x.json", "--format", "xml"]).stderr).toContain("--format must be one of");
  expect(runCli(["score", "--help"]).stdout).toContain("opeval score FILE");
  expect(runCli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  expect(runCli(["nonsense"]).status).toBe(1);
});
