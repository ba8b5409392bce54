/**
 * Every kind of file opeval writes, validated by the project's own check (test/ooxml): each part
 * against the vendored ECMA-376 schemas with xmllint, and the rules the schemas miss. Zero errors,
 * and the reference ../shared/ooxml/check agrees where it is present. xmllint missing fails the
 * suite (CI installs libxml2-utils); it is never skipped.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";
import { checkWrittenFile } from "./check";
import { requireXmllint } from "./schema";
import { testNeeding } from "../helpers/needs";

const ROOT = join(__dirname, "..", "..");
const COHORT = join(ROOT, "examples", "sample-cohort.json");
const OBJECTIONS = join(ROOT, "examples", "objections-example.json");
const REFERENCE = join(ROOT, "..", "shared", "ooxml", "check");

let dir: string;
/** Label → path of every written file. */
const files = new Map<string, string>();

async function cli(argv: string[]): Promise<void> {
  let stderr = "";
  const code = await runCli(argv, { stdout: () => undefined, stderr: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`opeval ${argv.join(" ")} exited ${code}: ${stderr}`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opeval-written-"));
  const out = (label: string) => {
    const path = join(dir, `${label}.xlsx`);
    files.set(label, path);
    return path;
  };
  for (const lang of ["kk", "ru", "en"]) {
    await cli(["template", "--lang", lang, "--out", out(`template-empty-${lang}`)]);
    await cli(["template", "--lang", lang, "--from", COHORT, "--out", out(`template-filled-${lang}`)]);
  }
  // One authority's workbook (issue 24), filled from the cohort: each direction, one language each.
  for (const [direction, lang] of [
    ["services", "kk"],
    ["automation", "ru"],
    ["openness", "en"],
    ["complaints", "ru"],
  ]) {
    const label = `template-${direction}-${lang}`;
    await cli([
      "template",
      "--direction",
      direction!,
      "--lang",
      lang!,
      "--from",
      COHORT,
      "--out",
      out(label),
    ]);
  }
  files.set("sample", join(ROOT, "samples", "assessment-sample.xlsx"));
  // A central body (a ministry) and a local one (an akimat), every annex in both languages.
  await cli(["conclude", COHORT, "--bodies", "mju", "--out", out("conclusions-central")]);
  await cli(["conclude", COHORT, "--bodies", "almaty", "--out", out("conclusions-local")]);
  // conclude and objections from the filled workbook (the analyst's file) rather than JSON.
  await cli([
    "conclude",
    files.get("template-filled-ru")!,
    "--forms",
    "3,4,12",
    "--out",
    out("conclusions-from-workbook"),
  ]);
  await cli(["objections", COHORT, "--objections", OBJECTIONS, "--out", out("objections")]);
  await cli([
    "objections",
    files.get("template-filled-kk")!,
    "--objections",
    OBJECTIONS,
    "--out",
    out("objections-from-workbook"),
  ]);
  // A body whose sheet names carry a "'" (its id stands in for a name with no letters).
  const quoted = JSON.parse(readFileSync(COHORT, "utf8")) as { bodies: { id: string; name: string }[] };
  quoted.bodies[0]!.id = "o'zb";
  quoted.bodies[0]!.name = "«—»";
  const quotedJson = join(dir, "quoted.json");
  writeFileSync(quotedJson, JSON.stringify(quoted));
  await cli([
    "conclude",
    quotedJson,
    "--bodies",
    "o'zb",
    "--lang",
    "kk",
    "--out",
    out("conclusions-quote-in-name"),
  ]);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("xmllint is installed (the schema check never skips); a missing one fails loudly", () => {
  expect(() => requireXmllint()).not.toThrow();
  expect(() => requireXmllint("xmllint-not-installed")).toThrow(/libxml2-utils/);
});

const LABELS = [
  "template-empty-kk",
  "template-empty-ru",
  "template-empty-en",
  "template-filled-kk",
  "template-filled-ru",
  "template-filled-en",
  "template-services-kk",
  "template-automation-ru",
  "template-openness-en",
  "template-complaints-ru",
  "sample",
  "conclusions-central",
  "conclusions-local",
  "conclusions-from-workbook",
  "objections",
  "objections-from-workbook",
  "conclusions-quote-in-name",
];

test.each(LABELS)("%s: every part schema-valid, no rule broken", async (label) => {
  const path = files.get(label)!;
  expect(existsSync(path)).toBe(true);
  const { schema, rules } = await checkWrittenFile(path, label);
  expect(schema).toEqual([]);
  expect(rules.errors).toEqual([]);
  // The rules looked at something: every file has sheets, and every written sheet prints.
  expect(rules.counted["sheet names"]).toBeGreaterThan(0);
  expect(rules.counted["print ranges"]).toBeGreaterThan(0);
});

test("the templates' tables, validations and Calculation formulas were all looked at", async () => {
  const { rules } = await checkWrittenFile(files.get("template-filled-kk")!);
  expect(rules.counted["tables"]).toBeGreaterThanOrEqual(10);
  expect(rules.counted["header cells"]).toBe(rules.counted["table columns"]);
  expect(rules.counted["validation ranges"]).toBeGreaterThan(20);
  expect(rules.counted["list validations"]).toBeGreaterThan(5);
  expect(rules.counted["structured references"]).toBeGreaterThan(100);
});

test("the sheet name with a quote is written as Excel writes it: '' inside the quotes", async () => {
  const { openPackage } = await import("./package");
  const pkg = await openPackage(files.get("conclusions-quote-in-name")!);
  const workbook = pkg.text("xl/workbook.xml");
  expect(workbook).toMatch(/<sheet [^>]*name="o(&apos;|')zb-3-kk"/);
  // Either serialisation of the quote is the same XML; what matters is the doubled quote inside.
  expect(workbook.replace(/&apos;/g, "'")).toContain(">'o''zb-3-kk'!$A$1:$F$");
});

const referenceTest = testNeeding(`the reference check ${REFERENCE}`, existsSync(REFERENCE));

referenceTest(
  "the reference ../shared/ooxml/check agrees: zero schema errors",
  () => {
    const paths = LABELS.map((l) => files.get(l)!);
    const r = spawnSync(REFERENCE, paths, { encoding: "utf8" });
    expect(r.stdout.trim().split("\n").pop()).toBe(`${paths.length} file(s), 0 schema error(s)`);
    expect(r.status).toBe(0);
  },
  300_000,
); // one xmllint run per part: about 25 s on an idle machine
