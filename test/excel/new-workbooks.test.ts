/**
 * Generate into new workbooks (src/excel/new-workbooks.ts) through OfficeWorkbook with a recording
 * `createWorkbook`: one workbook per language where it fits, whole bodies per workbook under the
 * request budget, a body too large for one request reported, and a refused `createWorkbook`
 * (office-js #3646) leaving every form not opened to be written elsewhere.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import { buildConclusionForms } from "../../src/forms/index";
import { evaluate } from "../../src/evaluate";
import { OfficeWorkbook } from "../../src/excel/office";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/plan";
import { newWorkbookFiles, openNewWorkbooks, type FormSheet } from "../../src/excel/new-workbooks";
import { readInsertedSheetsSync } from "../../src/excel/excel-model/inserted-sheets";
import { XlsxPackage } from "../../src/xlsx/package";
import { inflateRawNode } from "../../src/xlsx/deflate-node";
import { nodeFileImport } from "../helpers/file-import";
import { fakeRunner } from "./fake-excel";

const ROOT = path.join(__dirname, "..", "..");
const evaluation = evaluate(
  JSON.parse(readFileSync(path.join(ROOT, "samples", "assessment-sample.json"), "utf8")) as unknown,
);
if (!evaluation.ok) throw new Error("the sample must score");
const result = evaluation.result;
const FORMS: FormSheet[] = buildConclusionForms(result, { langs: ["kk", "ru"], forms: "all" });
const BODY_IDS = result.bodies.map((b) => b.id);

/** The sheet names of a base64 file as Excel's insert model reads them. */
const sheetNames = (base64: string) =>
  readInsertedSheetsSync(base64, (d) => inflateRawSync(d)).sheets.map((s) => s.name);

/** The body ids of a language's forms, in order, each once. */
const bodiesOf = (lang: "kk" | "ru") => [
  ...new Set(FORMS.filter((f) => f.lang === lang).map((f) => f.bodyId)),
];

describe("OfficeWorkbook.openNewWorkbooks", () => {
  it("opens the sample's forms as one workbook per language, print names kept, nothing in this workbook", async () => {
    const opened: string[] = [];
    const state = { sheets: ["Sheet1"], tables: {} };
    const { run, contexts } = fakeRunner(state);
    const workbook = new OfficeWorkbook(run, undefined, {
      files: nodeFileImport,
      create: async (base64) => void opened.push(base64),
    });
    const out = await workbook.openNewWorkbooks!(FORMS);
    expect(out.failed).toBeUndefined();
    expect(out.tooLarge).toEqual([]);
    expect(out.opened.map((b) => [b.number, b.lang])).toEqual([
      [1, "kk"],
      [2, "ru"],
    ]);
    expect(out.opened[0]!.bodyIds).toEqual(bodiesOf("kk"));
    expect(out.opened[0]!.bodyIds.filter((b) => b !== null)).toEqual(BODY_IDS);
    for (const [i, lang] of (["kk", "ru"] as const).entries()) {
      const names = FORMS.filter((f) => f.lang === lang).map((f) => f.spec.name);
      expect(sheetNames(opened[i]!)).toEqual(names);
      expect(out.opened[i]!.sheets).toEqual(names);
      expect(opened[i]!.length).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
      // A workbook of its own keeps its print areas (the insert would drop them).
      const workbookXml = new XlsxPackage(Buffer.from(opened[i]!, "base64"), inflateRawNode).text(
        "xl/workbook.xml",
      )!;
      expect(workbookXml).toContain("_xlnm.Print_Area");
    }
    // The analyst's workbook was not touched: no Excel.run at all.
    expect(contexts).toHaveLength(0);
    expect(state.sheets).toEqual(["Sheet1"]);
  });

  it("splits a language over workbooks only by whole bodies, each request within the budget", async () => {
    const budget = 150_000;
    const sent: string[] = [];
    const out = await openNewWorkbooks(FORMS, nodeFileImport, async (b) => void sent.push(b), {}, budget);
    expect(out.tooLarge).toEqual([]);
    expect(out.opened.length).toBeGreaterThan(2);
    for (const base64 of sent) expect(base64.length).toBeLessThanOrEqual(budget);
    for (const lang of ["kk", "ru"] as const) {
      const books = out.opened.filter((b) => b.lang === lang);
      // Every body once, in order, never in two workbooks of one language.
      expect(books.flatMap((b) => b.bodyIds)).toEqual(bodiesOf(lang));
      // Each workbook holds exactly its bodies' forms.
      for (const book of books)
        expect(book.sheets).toEqual(
          FORMS.filter((f) => f.lang === lang && book.bodyIds.includes(f.bodyId)).map((f) => f.spec.name),
        );
    }
    expect(sent.map(sheetNames)).toEqual(out.opened.map((b) => b.sheets));
  });

  it("reports a body whose forms alone do not fit one request, and opens the others", async () => {
    // Between the reference annexes' file and a body's forms: measured, not guessed.
    const sizes = new Map<string, number>();
    for (const lang of ["kk"] as const)
      for (const bodyId of bodiesOf(lang)) {
        const { files } = await newWorkbookFiles(
          FORMS.filter((f) => f.lang === lang && f.bodyId === bodyId),
          nodeFileImport,
        );
        sizes.set(String(bodyId), Math.ceil(files[0]!.bytes.length / 3) * 4);
      }
    const sorted = [...sizes.entries()].sort((a, b) => a[1] - b[1]);
    const largest = sorted[sorted.length - 1]!;
    const budget = largest[1] - 1; // too small for the largest body only
    const kk = FORMS.filter((f) => f.lang === "kk");
    const out = await openNewWorkbooks(kk, nodeFileImport, async () => {}, {}, budget);
    expect(out.tooLarge.map((t) => String(t.bodyId))).toEqual(
      sorted.filter(([, size]) => size + 400 > budget).map(([id]) => id),
    );
    expect(out.tooLarge.map((t) => String(t.bodyId))).toContain(largest[0]);
    // No form is lost: opened plus too large is every form, each once.
    const all = [
      ...out.opened.flatMap((b) => b.sheets),
      ...out.tooLarge.flatMap((t) => t.specs.map((s) => s.name)),
    ];
    expect(all.sort()).toEqual(kk.map((f) => f.spec.name).sort());
  });

  it("keeps every form not opened when createWorkbook fails (office-js #3646), and opens no more", async () => {
    let calls = 0;
    const out = await openNewWorkbooks(FORMS, nodeFileImport, async () => {
      if (++calls === 2)
        throw Object.assign(new Error("An internal error has occurred."), { code: "GeneralException" });
    });
    expect(calls).toBe(2);
    expect(out.opened.map((b) => b.lang)).toEqual(["kk"]);
    expect(out.failed!.reason).toBe("GeneralException");
    expect(out.failed!.left.map((s) => s.name)).toEqual(
      FORMS.filter((f) => f.lang === "ru").map((f) => f.spec.name),
    );
  });

  it("stops between workbooks when cancelled, never before the first", async () => {
    let asked = 0;
    const out = await openNewWorkbooks(FORMS, nodeFileImport, async () => {}, {
      isCancelled: () => (asked++, true),
    });
    expect(out.opened).toHaveLength(1);
    expect(out.cancelled).toBe(true);
    expect(asked).toBe(1);
  });
});
