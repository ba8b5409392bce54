/**
 * The writer's own guarantees, on specs built to provoke exceljs: overlapping validations (exceljs
 * writes every range as given, and sorts addresses as strings), a `'` in a sheet name inside the
 * print area and titles (exceljs writes it unescaped, with relative rows).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { address } from "../../src/sheet/a1";
import type { SheetSpec } from "../../src/sheet/spec";
import { disjointValidations, writeWorkbookFile } from "../../src/xlsx/writeSheets";
import { checkWrittenFile } from "./check";
import { openPackage } from "./package";
import { overlaps, parseRef, ruleErrors } from "./rules";
import { attr, descendants, textOf } from "./xml";

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "opeval-write-rules-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const list = (...values: string[]) => ({ type: "list" as const, values });

const spec: SheetSpec = {
  name: "o'zb-3-kk",
  kind: "form",
  rows: [["a"], ["b"], ["code _x0041_ and _x00e9_ stay as typed"]],
  validations: [
    { range: "C4:C51", rule: list("one") },
    { range: "C10:C20", rule: list("two") },
    { range: "D1:E5", rule: { type: "whole", min: 0 } },
    { range: "E3:F8", rule: list("three") },
    { range: "A1", rule: list("four") },
  ],
  print: {
    orientation: "portrait",
    paper: "A4",
    fitToWidth: false,
    printArea: "A1:F56",
    printTitleRows: "1:2",
  },
};

test("disjointValidations: the later rule wins shared cells, the earlier keeps the rest, nothing lost", () => {
  const placed = disjointValidations(spec.validations!);
  const covered = new Map<string, string>();
  for (const p of placed)
    for (let r = p.rect.top; r <= p.rect.bottom; r++)
      for (let c = p.rect.left; c <= p.rect.right; c++) {
        const key = `${r}:${c}`;
        expect(covered.has(key)).toBe(false);
        covered.set(key, p.rule.range);
      }
  // C = column 3, D = 4, E = 5, F = 6.
  expect(covered.get("15:3")).toBe("C10:C20");
  expect(covered.get("5:3")).toBe("C4:C51");
  expect(covered.get("51:3")).toBe("C4:C51");
  expect(covered.get("4:5")).toBe("E3:F8");
  expect(covered.get("2:5")).toBe("D1:E5");
  expect(covered.get("5:4")).toBe("D1:E5");
  // Cells counted: C4:C51 48 + D1:E5 10 + E3:F8 12 − E3:E5 3 + A1 1.
  expect(covered.size).toBe(48 + 10 + 12 - 3 + 1);
});

test("disjointValidations, any ranges: cells covered = the union, each once, by the last rule given for it", () => {
  const rect = fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 6 }), fc.nat(6), fc.nat(4))
    .map(([top, left, h, w]) => `${address(top, left)}:${address(top + h, left + w)}`);
  let cells = 0;
  fc.assert(
    fc.property(fc.array(rect, { minLength: 1, maxLength: 8 }), (ranges) => {
      const rules = ranges.map((range, i) => ({ range, rule: list(`r${i}`) }));
      const want = new Map<string, string>();
      for (const r of rules) {
        const [a, b] = r.range.split(":").map((x) => parseRef(x));
        for (let row = a!.top; row <= b!.top; row++)
          for (let col = a!.left; col <= b!.left; col++)
            want.set(`${row}:${col}`, r.range + r.rule.values[0]);
      }
      const got = new Map<string, string>();
      for (const p of disjointValidations(rules))
        for (let row = p.rect.top; row <= p.rect.bottom; row++)
          for (let col = p.rect.left; col <= p.rect.right; col++) {
            const key = `${row}:${col}`;
            expect(got.has(key)).toBe(false);
            got.set(key, p.rule.range + (p.rule.rule.type === "list" ? p.rule.rule.values[0] : ""));
          }
      expect(got).toEqual(want);
      cells += got.size;
    }),
    { numRuns: 200 },
  );
  expect(cells).toBeGreaterThan(1000);
});

test("a written sheet holds no two validations over one cell, and each cell keeps its last rule", async () => {
  const path = join(dir, "validations.xlsx");
  await writeWorkbookFile([spec], path);
  const pkg = await openPackage(path);
  const sheet = pkg.xml("xl/worksheets/sheet1.xml");
  const rules = descendants(sheet, "dataValidation").flatMap((dv) =>
    (attr(dv, "sqref") ?? "").split(" ").map((ref) => ({
      rect: parseRef(ref),
      formula: textOf(descendants(dv, "formula1")[0]!),
    })),
  );
  for (let i = 0; i < rules.length; i++)
    for (let j = 0; j < i; j++) expect(overlaps(rules[i]!.rect, rules[j]!.rect)).toBe(false);
  const at = (row: number, col: number) =>
    rules.find((r) => overlaps(r.rect, { top: row, bottom: row, left: col, right: col }))?.formula;
  expect(at(15, 3)).toBe('"two"');
  expect(at(25, 3)).toBe('"one"');
  expect(at(4, 5)).toBe('"three"');
  expect(at(1, 1)).toBe('"four"');
  expect(ruleErrors(pkg, "validations").errors).toEqual([]);
});

test("print area and titles of a sheet named with a ': quoted with '' and absolute", async () => {
  const path = join(dir, "quote.xlsx");
  await writeWorkbookFile([spec], path);
  const pkg = await openPackage(path);
  const names = descendants(pkg.xml("xl/workbook.xml"), "definedName").map((d) => [
    attr(d, "name"),
    attr(d, "localSheetId"),
    textOf(d),
  ]);
  expect(names).toEqual(
    expect.arrayContaining([
      ["_xlnm.Print_Area", "0", "'o''zb-3-kk'!$A$1:$F$56"],
      ["_xlnm.Print_Titles", "0", "'o''zb-3-kk'!$1:$2"],
    ]),
  );
  expect(names).toHaveLength(2);
  const check = await checkWrittenFile(path, "quote");
  expect(check.schema).toEqual([]);
  expect(check.rules.errors).toEqual([]);
});

test("a literal _xHHHH_ in a text is escaped as Excel does (_x005F_), so it is not read as a character", async () => {
  const path = join(dir, "xstring.xlsx");
  await writeWorkbookFile([spec], path);
  const pkg = await openPackage(path);
  expect(pkg.text("xl/sharedStrings.xml")).toContain("code _x005F_x0041_ and _x005F_x00e9_ stay as typed");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets[0]!.getCell("A3").value).toBe("code _x0041_ and _x00e9_ stay as typed");
});
