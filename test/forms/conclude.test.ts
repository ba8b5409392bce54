/**
 * `opeval conclude` end to end through the built CLI and exceljs: text from the input stays text,
 * nothing existing is overwritten, the input file is never modified, bad input exits 2.
 */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { openPackage } from "../ooxml/package";
import { attr, descendants } from "../ooxml/xml";
import { ROOT, SHARED, runCli, testShared } from "../helpers/cli";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "opeval-conclude-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

/** Every cell value of a sheet as address → value (merged slaves skipped). */
function values(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (c) => {
      if (c.isMerged && c.master.address !== c.address) return;
      out[c.address] = c.value;
    }),
  );
  return out;
}

function ministryInput(): { bodies: Record<string, unknown>[] } & Record<string, unknown> {
  return JSON.parse(readFileSync(join(SHARED, "cases", "ministry-central.json"), "utf8"));
}

testShared(
  "text from the input is written as text: a formula-like name and fact never become formulas",
  async () => {
    const input = ministryInput();
    const name = '=HYPERLINK("http://x","y")';
    input.bodies[0]!.name = name;
    input.bodies[0]!.unreliable = {
      services: [{ text: "@SUM(1)" }, { text: "+1+1" }],
      complaints: [{ text: "-2" }],
    };
    const file = join(dir, "injection.json");
    writeFileSync(file, JSON.stringify(input));
    const out = join(dir, "injection.xlsx");
    const r = runCli(["conclude", file, "--out", out]);
    // Only the warnings for Russian texts not given (name, one fact per direction): nothing refused.
    expect(r.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^warning: body "minfin", bodies\[0\]\.ru\.name: no Russian text/),
      expect.stringMatching(/^warning: body "minfin", bodies\[0\]\.unreliable\.services\[0\]\.ru: /),
      expect.stringMatching(/^warning: body "minfin", bodies\[0\]\.unreliable\.complaints\[0\]\.ru: /),
    ]);
    expect(r.status).toBe(0);

    const wb = await readWorkbook(out);
    const seen = new Map<string, ExcelJS.ValueType[]>();
    let formulas = 0;
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.type === ExcelJS.ValueType.Formula || c.formula) formulas++;
          if (c.isMerged && c.master.address !== c.address) return;
          for (const t of [name, "@SUM(1)", "+1+1", "-2"])
            if (c.value === t || (typeof c.value === "string" && c.value.endsWith(`) ${t}`)))
              seen.set(t, [...(seen.get(t) ?? []), c.type]);
        }),
      ),
    );
    expect(formulas).toBe(0);
    for (const t of [name, "@SUM(1)", "+1+1", "-2"]) {
      expect(seen.get(t)?.length ?? 0).toBeGreaterThan(0);
      expect(new Set(seen.get(t))).toEqual(new Set([ExcelJS.ValueType.String]));
    }
    // The sheet names are derived from the name without its formula characters.
    wb.eachSheet((ws) => expect(ws.name).not.toMatch(/^[=+@-]/));
  },
);

test("a workbook input is only read: the forms go to a new workbook, the input bytes unchanged", async () => {
  const input = join(dir, "input.xlsx");
  const cohort = join(ROOT, "examples", "sample-cohort.json");
  const t = runCli(["template", "--from", cohort, "--out", input]);
  expect(t.status).toBe(0);
  const before = sha(input);
  // Sheet names from the package itself: exceljs cannot read a table with calculated columns.
  const pkg = await openPackage(input);
  const originalSheets = descendants(pkg.xml("xl/workbook.xml"), "sheet").map((s) => attr(s, "name")!);
  expect(originalSheets.length).toBeGreaterThan(10);

  const fromBook = join(dir, "from-book.xlsx");
  expect(runCli(["conclude", input, "--lang", "kk", "--forms", "3,4,15", "--out", fromBook]).status).toBe(0);
  expect(sha(input)).toBe(before);
  const wb = await readWorkbook(fromBook);
  const names = wb.worksheets.map((ws) => ws.name);
  for (const n of originalSheets) expect(names).not.toContain(n);
  expect(names).toContain("Әділет-3-kk");
  expect(names).toContain("Алматы-4-kk");

  // The same forms, cell for cell, as from the JSON the workbook was filled from.
  const fromJson = join(dir, "from-json.xlsx");
  expect(runCli(["conclude", cohort, "--lang", "kk", "--forms", "3,4,15", "--out", fromJson]).status).toBe(0);
  const wbJson = await readWorkbook(fromJson);
  expect(wbJson.worksheets.map((ws) => ws.name)).toEqual(names);
  for (const n of names) expect(values(wb.getWorksheet(n)!)).toEqual(values(wbJson.getWorksheet(n)!));
});

testShared("never overwrites --out without --force; refuses to write over the input", () => {
  const file = join(SHARED, "cases", "ministry-central.json");
  const out = join(dir, "exists.xlsx");
  writeFileSync(out, "keep me");
  const r = runCli(["conclude", file, "--out", out]);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/--force/);
  expect(readFileSync(out, "utf8")).toBe("keep me");
  expect(runCli(["conclude", file, "--out", out, "--force", "--forms", "15"]).status).toBe(0);
  expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
  const xlsx = join(dir, "self.xlsx");
  writeFileSync(xlsx, "x");
  expect(runCli(["conclude", xlsx, "--out", xlsx, "--force"]).status).toBe(1);
  expect(readFileSync(xlsx, "utf8")).toBe("x");
});

testShared("invalid input exits 2 with the problems and writes nothing; bad options exit 1", () => {
  const bad = join(dir, "bad.json");
  writeFileSync(
    bad,
    JSON.stringify({ bodies: [{ id: "x", name: "X", type: "central", services: { rendered: -1 } }] }),
  );
  const out = join(dir, "never.xlsx");
  const r = runCli(["conclude", bad, "--out", out]);
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/bodies\[0\]/);
  expect(() => readFileSync(out)).toThrow();
  const file = join(SHARED, "cases", "ministry-central.json");
  expect(runCli(["conclude", file, "--out", out, "--forms", "16"]).status).toBe(1);
  expect(runCli(["conclude", file, "--out", out, "--lang", "en"]).status).toBe(1);
  expect(runCli(["conclude", file, "--out", out, "--bodies", "nobody"]).stderr).toMatch(/nobody/);
});
