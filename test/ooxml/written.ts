/**
 * Every kind of file opeval writes, written by the commands a user runs (in this process): the
 * templates (empty, filled, one direction), the conclusions, the objections, from JSON and from the
 * workbook, and a sheet name with a quote. The schema checks (written-files.test.ts, and the
 * reference check in reference-check.test.ts) validate them all.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

const ROOT = join(__dirname, "..", "..");
const COHORT = join(ROOT, "examples", "sample-cohort.json");
const OBJECTIONS = join(ROOT, "examples", "objections-example.json");

export const WRITTEN_LABELS = [
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

async function cli(argv: string[]): Promise<void> {
  let stderr = "";
  const code = await runCli(argv, { stdout: () => undefined, stderr: (t) => (stderr += t) });
  if (code !== 0) throw new Error(`opeval ${argv.join(" ")} exited ${code}: ${stderr}`);
}

/** Writes every kind of file into `dir`; returns label → path (the shipped sample among them). */
export async function writeEveryKind(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
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
  return files;
}
