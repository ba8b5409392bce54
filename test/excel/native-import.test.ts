/**
 * Generate by file import (src/excel/native-import.ts) through OfficeWorkbook and the recording
 * fake: requests, names, print names set after the insert, groups under the budget, the fallback
 * to Office.js calls, and what the pane checks before choosing this path.
 */
import { readFileSync } from "node:fs";
import { nodeFileImport } from "../helpers/file-import";
import path from "node:path";
import { buildConclusionSheets } from "../../src/forms/index";
import { buildCalculationSheet } from "../../src/forms/calculation";
import type { SheetSpec } from "../../src/sheet/spec";
import { evaluate } from "../../src/evaluate";
import { OfficeWorkbook } from "../../src/excel/office";
import { REQUEST_BUDGET_BYTES } from "../../src/excel/plan";
import { fileGroups, nativeImportSupported, printNameCalls, toBase64 } from "../../src/excel/native-import";
import { deflateRawNode, inflateRawNode } from "../../src/xlsx/deflate-node";
import { XlsxPackage } from "../../src/xlsx/package";
import { ZipWriter } from "../../src/xlsx/zip";
import { inflateRawSync } from "node:zlib";
import { readInsertedSheetsSync } from "../../src/excel/excel-model/inserted-sheets";
import { MemoryWorkbook } from "../../src/excel/memory";
import { fakeRunner, sheetId, type Action, type FakeState } from "./fake-excel";

const ROOT = path.join(__dirname, "..", "..");
const sample = JSON.parse(
  readFileSync(path.join(ROOT, "samples", "assessment-sample.json"), "utf8"),
) as unknown;
const evaluation = evaluate(sample);
if (!evaluation.ok) throw new Error("the sample must score");
const result = evaluation.result;
/** Every form of the sample (8 bodies), kk and ru. */
const FORMS = buildConclusionSheets(result, { langs: ["kk", "ru"], forms: "all" });

const freshState = (sheets = ["Sheet1"]): FakeState => ({ sheets: [...sheets], tables: {} });
const inserts = (actions: readonly Action[]) =>
  actions.filter((a) => a.op === "call insertWorksheetsFromBase64");
const printCalls = (actions: readonly Action[]) =>
  actions
    .filter((a) => /^ws\(.*\)\.pageLayout$/.test(a.target) && a.op.startsWith("call "))
    .map((a) => [a.target, a.op, a.value]);

describe("OfficeWorkbook.writeSheets by file import", () => {
  it("writes all forms of the sample in three round trips: the names, the insert, the print names and page setup by id", async () => {
    const state = freshState(["Sheet1", FORMS[0]!.name]);
    const { run, contexts } = fakeRunner(state);
    const out = await new OfficeWorkbook(run, nodeFileImport).writeSheets(FORMS);
    const ctx = contexts[0]!;
    expect(ctx.syncs).toBe(3);
    expect(out.fallback).toBeUndefined();
    expect(out.sheets).toHaveLength(FORMS.length);
    // The taken name got " (2)" before the file was built; every other name is the wanted one.
    expect(out.sheets[0]).toEqual({ wanted: FORMS[0]!.name, name: `${FORMS[0]!.name} (2)` });
    expect(out.sheets.slice(1).every((s) => s.name === s.wanted)).toBe(true);
    expect(state.sheets).toEqual(["Sheet1", FORMS[0]!.name, ...out.sheets.map((s) => s.name)]);
    // No sheet was written by calls.
    expect(ctx.allActions().filter((a) => a.op === "call add" && a.target === "worksheets")).toEqual([]);

    const [insert] = inserts(ctx.requests[1]!);
    expect(inserts(ctx.requests[1]!)).toHaveLength(1);
    const [base64, options] = insert!.value as [string, unknown];
    expect(options).toEqual({ positionType: "End" });
    // The file: the sheets in order under their final names, and no defined names at all.
    const pkg = new XlsxPackage(Buffer.from(base64, "base64"), inflateRawNode);
    const workbook = pkg.text("xl/workbook.xml")!;
    expect(
      [...workbook.matchAll(/<sheet name="([^"]*)"/g)].map((m) => m[1]!.replace(/&apos;/g, "'")),
    ).toEqual(out.sheets.map((s) => s.name));
    expect(workbook).not.toContain("definedName");

    // Print areas and titles set in the request after the insert, on the sheets by the ids it
    // returned, one per form that has one.
    const expected = FORMS.flatMap((spec, i) =>
      printNameCalls(spec).map(([method, range]) => [
        `ws(${sheetId(state, out.sheets[i]!.name)}).pageLayout`,
        `call ${method}`,
        [range],
      ]),
    );
    expect(expected.length).toBeGreaterThanOrEqual(FORMS.length);
    expect(printCalls(ctx.requests[2]!)).toEqual(expected);
    expect(ctx.requests[1]!.some((a) => a.target.includes(".pageLayout"))).toBe(false);
    expect(ctx.wireBytes(ctx.requests[1]!)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    expect(ctx.wireBytes(ctx.requests[2]!)).toBeLessThanOrEqual(REQUEST_BUDGET_BYTES);
    // No action of the page setup names a sheet: every target is an id.
    expect(ctx.requests[2]!.filter((a) => !/^ws\(\{\d+\}\)/.test(a.target))).toEqual([]);
  });

  it("applies the page setup again after the insert on the web: orientation, paper, fit, margins, manual breaks", async () => {
    const spec = FORMS.find((f) => f.print?.rowBreaks?.length && f.print.margins)!;
    expect(spec).toBeDefined();
    const state = freshState();
    const { run, contexts } = fakeRunner(state);
    // As on Excel on the web (office-js #5777); elsewhere only the print names are set again.
    await new OfficeWorkbook(run, nodeFileImport, {}, true).writeSheets([spec]);
    const id = sheetId(state, spec.name);
    const p = spec.print!;
    const setup = contexts[0]!.requests[2]!.map((a) => [a.target, a.op, a.value]);
    const layout = `ws(${id}).pageLayout`;
    const breaks = `ws(${id}).horizontalPageBreaks`;
    expect(setup).toEqual([
      [layout, "set orientation", p.orientation === "landscape" ? "Landscape" : "Portrait"],
      [layout, "set paperSize", "A4"],
      ...(p.fitToWidth ? [[layout, "set zoom", { horizontalFitToPages: 1 }]] : []),
      [layout, "set leftMargin", p.margins!.left * 72],
      [layout, "set rightMargin", p.margins!.right * 72],
      [layout, "set topMargin", p.margins!.top * 72],
      [layout, "set bottomMargin", p.margins!.bottom * 72],
      ...(p.printTitleRows ? [[layout, "call setPrintTitleRows", [p.printTitleRows]]] : []),
      ...(p.printArea ? [[layout, "call setPrintArea", [p.printArea]]] : []),
      [breaks, "call removePageBreaks", []],
      ...p.rowBreaks!.map((row) => [breaks, "call add", [`A${row + 1}`]]),
    ]);
  });

  it("addresses the inserted sheets by id when a co-author adds a sheet of the same name meanwhile", async () => {
    const sheets = FORMS.slice(0, 3);
    const coAuthors = sheets[1]!.name;
    const state: FakeState = { ...freshState(), coAuthorAdds: coAuthors };
    const { run, contexts } = fakeRunner(state);
    const out = await new OfficeWorkbook(run, nodeFileImport).writeSheets(sheets);
    // Excel renamed ours; the pane reports the name read back by id.
    expect(out.sheets[1]).toEqual({ wanted: coAuthors, name: `${coAuthors} (2)` });
    expect(state.sheets).toEqual(["Sheet1", coAuthors, sheets[0]!.name, `${coAuthors} (2)`, sheets[2]!.name]);
    // Nothing was sent to the co-author's sheet.
    const theirs = [`ws(${coAuthors})`, `ws(${sheetId(state, coAuthors)})`];
    expect(contexts[0]!.allActions().filter((a) => theirs.some((t) => a.target.startsWith(t)))).toEqual([]);
    expect(out.fallback).toBeUndefined();
  });

  it("keeps the order of a mixed run: sheets with formulas go by calls, documents by file", async () => {
    const calculation = buildCalculationSheet(result.assessment, { lang: "kk" });
    const sheets: SheetSpec[] = [FORMS[0]!, calculation, FORMS[1]!];
    const state = freshState();
    const { run, contexts } = fakeRunner(state);
    const out = await new OfficeWorkbook(run, nodeFileImport).writeSheets(sheets);
    expect(out.sheets.map((s) => s.wanted)).toEqual(sheets.map((s) => s.name));
    expect(state.sheets).toEqual(["Sheet1", ...out.sheets.map((s) => s.name)]);
    const actions = contexts[0]!.allActions();
    expect(inserts(actions)).toHaveLength(2);
    expect(
      actions.filter((a) => a.op === "call add" && a.target === "worksheets").map((a) => a.value),
    ).toEqual([[calculation.name]]);
  });

  it.each([
    ["the insert fails (Excel on the web: GeneralException)", "GeneralException", 4],
    ["the sheets arrive, then the request fails", "after:GeneralException", 5],
  ])(
    "falls back to Office.js calls when %s: same names, each sheet once, the reason kept",
    async (_, failure, syncs) => {
      const sheets = FORMS.slice(0, 6);
      const state: FakeState = { ...freshState(), failInsert: failure };
      const { run, contexts } = fakeRunner(state);
      const out = await new OfficeWorkbook(run, nodeFileImport).writeSheets(sheets);
      expect(out.fallback).toBe("GeneralException");
      expect(out.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
      expect(state.sheets).toEqual(["Sheet1", ...sheets.map((s) => s.name)]);
      const actions = contexts[0]!.allActions();
      // Removed only when they had arrived; then each written by calls.
      expect(actions.filter((a) => a.op === "call delete")).toHaveLength(
        failure.startsWith("after:") ? 6 : 0,
      );
      expect(actions.filter((a) => a.op === "call add" && a.target === "worksheets")).toHaveLength(6);
      // names, the failed insert, [what is there, the deletions,] one batch of calls
      expect(contexts[0]!.syncs).toBe(syncs);
    },
  );

  it("the fake refuses a file with a chart part, as Excel on the web does; opeval's file has none", async () => {
    const zip = new ZipWriter(deflateRawNode);
    await zip.add(
      "[Content_Types].xml",
      '<Types><Override PartName="/xl/workbook.xml"/><Override PartName="/xl/charts/chart1.xml"/></Types>',
    );
    await zip.add("xl/workbook.xml", '<workbook><sheets><sheet name="A"/></sheets></workbook>');
    await zip.add("xl/charts/chart1.xml", "<chartSpace/>");
    const { run } = fakeRunner(freshState());
    await expect(
      run(async (context) => {
        context.workbook.insertWorksheetsFromBase64(toBase64(zip.finish()));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "UnsupportedFeature" });
    const file = await nodeFileImport.newFile();
    expect(await file.add(FORMS[0]!)).toBe(FORMS[0]!.name);
    for (const spec of FORMS.slice(1)) await file.add(spec);
    // Every form of the sample in one file: the model of the insert reads it without refusing.
    const read = readInsertedSheetsSync(toBase64((await file.finish()).bytes), (d) => inflateRawSync(d));
    expect(read.sheets).toHaveLength(FORMS.length);
    expect(read.definedNames).toEqual([]);
  });

  it("stops between files when cancelled, never before the first", async () => {
    const groups: number[] = [];
    let asked = 0;
    for await (const { group } of fileGroups(FORMS, nodeFileImport, () => ++asked > 1, 300_000))
      groups.push(group.length);
    expect(groups.length).toBe(2);
    expect(asked).toBe(2);
  });
});

describe("several files: each file's follow-up goes with the next file's insert", () => {
  /** Small enough that the sample's forms take several files (Excel's budget is 4 MiB). */
  const BUDGET = 300_000;
  /** The insert request (1-based sync index) of each sheet's file, by the sheet's id. */
  const insertOf = (ctx: ReturnType<typeof fakeRunner>["contexts"][number], state: FakeState) => {
    const at = new Map<string, number>();
    ctx.requests.forEach((request, r) => {
      for (const insert of inserts(request)) {
        const pkg = new XlsxPackage(Buffer.from((insert.value as [string])[0], "base64"), inflateRawNode);
        for (const m of pkg.text("xl/workbook.xml")!.matchAll(/<sheet name="([^"]*)"/g))
          at.set(sheetId(state, m[1]!.replace(/&apos;/g, "'")), r);
      }
    });
    return at;
  };

  it("n files cost the names, n inserts and one last request: n + 2 syncs, none over the budget", async () => {
    const state = freshState();
    const { run, contexts } = fakeRunner(state);
    const progress: { file?: { number: number; of: number }; sheetsWritten: number }[] = [];
    const out = await new OfficeWorkbook(run, nodeFileImport, {}, false, BUDGET).writeSheets(FORMS, {
      onProgress: (p) => progress.push(p),
    });
    const ctx = contexts[0]!;
    expect(out.fallback).toBeUndefined();
    expect(out.sheets.map((s) => s.name)).toEqual(FORMS.map((s) => s.name));
    const files = inserts(ctx.allActions()).length;
    expect(files).toBeGreaterThanOrEqual(3);
    expect(ctx.syncs).toBe(files + 2);
    // Request 0 reads the names; requests 1..n insert one file each; request n+1 inserts none.
    expect(ctx.requests.map((r) => inserts(r).length)).toEqual([0, ...Array<number>(files).fill(1), 0]);
    for (const request of ctx.requests) expect(ctx.wireBytes(request)).toBeLessThanOrEqual(BUDGET);
    // Every print name is set once, by id, in the request right after its sheet's insert.
    const at = insertOf(ctx, state);
    let checked = 0;
    ctx.requests.forEach((request, r) => {
      for (const [target, op] of printCalls(request)) {
        const id = /^ws\((\{\d+\})\)/.exec(String(target))![1]!;
        expect([target, op, at.get(id)! + 1]).toEqual([target, op, r]);
        checked++;
      }
    });
    expect(checked).toBe(FORMS.reduce((n, spec) => n + printNameCalls(spec).length, 0));
    expect(printCalls(ctx.requests[1]!)).toEqual([]);
    // One progress report per file, once its names are read; the last after the last request.
    expect(progress.map((p) => p.file?.number)).toEqual(Array.from({ length: files }, (_, i) => i + 1));
    expect(progress.at(-1)!.sheetsWritten).toBe(FORMS.length);
  });

  it.each([
    ["the second insert fails: the first file's sheets are taken back by id", "GeneralException", 0],
    ["the second file's sheets arrive, then its request fails: both taken back", "after:GeneralException", 1],
  ])("%s, and all is written by calls under the same names", async (_, failure, secondArrived) => {
    const state = freshState();
    const { run, contexts } = fakeRunner(state);
    let made = 0;
    const failSecond = {
      newFile: (options?: { printNames?: boolean }) => {
        // The second file is built once the first one's request has come back.
        if (++made === 2) state.failInsert = failure;
        return nodeFileImport.newFile(options);
      },
    };
    const out = await new OfficeWorkbook(run, failSecond, {}, false, BUDGET).writeSheets(FORMS);
    expect(out.fallback).toBe("GeneralException");
    expect(out.sheets.map((s) => s.name)).toEqual(FORMS.map((s) => s.name));
    // Each sheet once, in order, none renamed.
    expect(state.sheets).toEqual(["Sheet1", ...FORMS.map((s) => s.name)]);
    const ctx = contexts[0]!;
    const [first, second] = inserts(ctx.allActions()).map(
      (i) =>
        [
          ...new XlsxPackage(Buffer.from((i.value as [string])[0], "base64"), inflateRawNode)
            .text("xl/workbook.xml")!
            .matchAll(/<sheet name="/g),
        ].length,
    );
    expect(ctx.allActions().filter((a) => a.op === "call delete")).toHaveLength(
      first! + secondArrived * second!,
    );
    // Every sheet written by calls: the first file's again, and everything after it.
    expect(ctx.allActions().filter((a) => a.op === "call add" && a.target === "worksheets")).toHaveLength(
      FORMS.length,
    );
  });

  it("a cancel after the first file stops before the second; the first still gets its print names", async () => {
    const state = freshState();
    const { run, contexts } = fakeRunner(state);
    const out = await new OfficeWorkbook(run, nodeFileImport, {}, false, BUDGET).writeSheets(FORMS, {
      isCancelled: () => true,
    });
    const ctx = contexts[0]!;
    expect(out.cancelled).toBe(true);
    expect(inserts(ctx.allActions())).toHaveLength(1);
    // The names, the insert, its follow-up.
    expect(ctx.syncs).toBe(3);
    const written = out.sheets.map((s) => s.name);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(FORMS.length);
    expect(printCalls(ctx.requests[2]!)).toHaveLength(
      FORMS.slice(0, written.length).reduce((n, spec) => n + printNameCalls(spec).length, 0),
    );
  });
});

describe("the in-memory workbook (browser preview) by file import", () => {
  it("inserts the forms as Excel would: the file's cells, merges and styles, print names set again", async () => {
    const workbook = new MemoryWorkbook("Sheet1", {
      native: nodeFileImport,
      inflateRaw: async (d) => inflateRawSync(d),
    });
    const specs = FORMS.slice(0, 12);
    const out = await workbook.writeSheets(specs);
    expect(out.sheets.map((s) => s.name)).toEqual(specs.map((s) => s.name));
    let cells = 0;
    for (const spec of specs) {
      const sheet = workbook.sheet(spec.name)!;
      expect(sheet.merges).toEqual(spec.merges ?? []);
      expect(sheet.print?.printArea).toBe(spec.print?.printArea);
      expect(sheet.print?.printTitleRows).toBe(spec.print?.printTitleRows);
      spec.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null) return;
          expect([spec.name, r + 1, c + 1, workbook.cell(spec.name, r + 1, c + 1)]).toEqual([
            spec.name,
            r + 1,
            c + 1,
            v,
          ]);
          expect(sheet.cellStyles[`${r + 1}:${c + 1}`]).toMatch(/^file /);
          cells++;
        }),
      );
    }
    expect(cells).toBeGreaterThan(600);
  });
});

describe("files of at most one request", () => {
  it("cuts the sheets into files whose request stays under the budget, in order, each sheet once", async () => {
    const budget = 200_000;
    const seen: string[] = [];
    let files = 0;
    for await (const { group, bytes } of fileGroups(FORMS, nodeFileImport, () => false, budget)) {
      files++;
      const printBytes = group.reduce((n, s) => n + printNameCalls(s).length * 150 + 300, 0);
      expect(toBase64(bytes).length + printBytes).toBeLessThanOrEqual(budget);
      seen.push(...group.map((s) => s.name));
    }
    expect(seen).toEqual(FORMS.map((s) => s.name));
    expect(files).toBeGreaterThan(3);
  });
});

describe("choosing the path and encoding the file", () => {
  it("imports only with ExcelApi 1.13, off iOS, with CompressionStream", () => {
    const asked: string[] = [];
    const has = (v: string) => (name: string, version: string) => {
      asked.push(`${name} ${version}`);
      return Number(version) <= Number(v);
    };
    expect(nativeImportSupported(has("1.13"), "PC", true)).toBe(true);
    expect(asked).toEqual(["ExcelApi 1.13"]);
    expect(nativeImportSupported(has("1.12"), "OfficeOnline", true)).toBe(false);
    expect(nativeImportSupported(has("1.20"), "iOS", true)).toBe(false);
    expect(nativeImportSupported(has("1.20"), "Mac", false)).toBe(false);
  });

  it("encodes base64 as Node does, across its slices", () => {
    let checked = 0;
    for (const n of [0, 1, 2, 3, 32_766, 32_768, 100_001]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 7919) % 256);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
      checked++;
    }
    expect(checked).toBe(7);
  });
});
