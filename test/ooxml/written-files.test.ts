/**
 * Every kind of file opeval writes, validated by the project's own check (test/ooxml): each part
 * against the vendored ECMA-376 schemas with xmllint, and the rules the schemas miss. Zero errors.
 * (The reference ../shared/ooxml/check is reference-check.test.ts, in the e2e project.) xmllint
 * missing fails the suite (CI installs libxml2-utils); it is never skipped.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkWrittenFile } from "./check";
import { requireXmllint } from "./schema";
import { WRITTEN_LABELS, writeEveryKind } from "./written";

let dir: string;
/** Label → path of every written file. */
let files: Map<string, string>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "opeval-written-"));
  files = await writeEveryKind(dir);
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("xmllint is installed (the schema check never skips); a missing one fails loudly", () => {
  expect(() => requireXmllint()).not.toThrow();
  expect(() => requireXmllint("xmllint-not-installed")).toThrow(/libxml2-utils/);
});

test.each(WRITTEN_LABELS)("%s: every part schema-valid, no rule broken", async (label) => {
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
