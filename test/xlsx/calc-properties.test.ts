/**
 * Every kind of file opeval writes carries the calculation properties of current Excel:
 * `<calcPr calcId="191029"/>` exactly — no older calcId (which makes a newer Excel recalculate
 * the whole file on load, turning every OPEVAL.* cell into #NAME? where the add-in is absent) and
 * no fullCalcOnLoad. The value is Excel's, written here by hand (ECMA-376 Part 1, §18.2.2; what
 * Excel 365 writes), not read from the writer's constant.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { runCli } from "../../src/cli/main";
import { storedBytes, utf8, zipDirectory } from "../../src/sheet/zip-directory";
import { withCurrentCalcPr } from "../../src/xlsx/file-formula";

const ROOT = join(__dirname, "..", "..");
const COHORT = join(ROOT, "examples", "sample-cohort.json");
const PREVIOUS = join(ROOT, "samples", "assessment-previous.json");
const OBJECTIONS = join(ROOT, "examples", "objections-example.json");
const SAMPLE = join(ROOT, "samples", "assessment-sample.xlsx");
const EXPECTED = '<calcPr calcId="191029"/>';

function part(file: string, name: string): string {
  const bytes = new Uint8Array(readFileSync(file));
  const entry = zipDirectory(bytes).get(name)!;
  const stored = storedBytes(bytes, entry);
  return utf8(entry.method === 8 ? inflateRawSync(stored) : stored);
}

/** Every `<calcPr …>` start tag of the workbook part (there must be exactly one). */
function calcPrTags(file: string): string[] {
  const xml = part(file, "xl/workbook.xml");
  const tags: string[] = [];
  for (let at = xml.indexOf("<calcPr"); at >= 0; at = xml.indexOf("<calcPr", at + 1))
    tags.push(xml.slice(at, xml.indexOf(">", at) + 1));
  return tags;
}

let dir: string;
const files = new Map<string, string>();

async function cli(label: string, argv: string[]): Promise<void> {
  const out = join(dir, `${label}.xlsx`);
  let stderr = "";
  const code = await runCli([...argv, "--out", out], {
    stdout: () => undefined,
    stderr: (t) => (stderr += t),
  });
  if (code !== 0) throw new Error(`opeval ${argv.join(" ")} exited ${code}: ${stderr}`);
  files.set(label, out);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opeval-calcpr-"));
  await cli("template", ["template", "--lang", "ru"]);
  await cli("template --from", ["template", "--lang", "kk", "--from", COHORT]);
  await cli("history", ["history", PREVIOUS, COHORT]);
  await cli("objections", ["objections", COHORT, "--objections", OBJECTIONS]);
  await cli("conclude", ["conclude", COHORT, "--bodies", "mju", "--forms", "3"]);
  await cli("results", [
    "results",
    join(ROOT, "samples", "assessment-sample.json"),
    "--direction",
    "openness",
  ]);
  files.set("sample", SAMPLE);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test.each(["template", "template --from", "history", "objections", "conclude", "results", "sample"])(
  "%s: exactly one calcPr, calcId 191029, no fullCalcOnLoad",
  (label) => {
    expect(calcPrTags(files.get(label)!)).toEqual([EXPECTED]);
  },
);

test("the patch keeps calcPr's other attributes and drops only calcId and fullCalcOnLoad", () => {
  const head = '<workbook><sheets/><calcPr calcId="171027" fullCalcOnLoad="1" iterate="1"/></workbook>';
  expect(withCurrentCalcPr(head)).toBe('<workbook><sheets/><calcPr calcId="191029" iterate="1"/></workbook>');
  expect(withCurrentCalcPr("<workbook><sheets/></workbook>")).toBe(
    `<workbook><sheets/>${EXPECTED}</workbook>`,
  );
});
