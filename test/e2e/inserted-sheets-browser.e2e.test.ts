/**
 * The model of insertWorksheetsFromBase64 (src/excel/excel-model/inserted-sheets.ts) runs in Chromium as the
 * browser preview runs it: the SpreadsheetML writer deflating with CompressionStream, the model
 * inflating with DecompressionStream, no Node API in reach. The modules are served straight from
 * src/ (TypeScript transpiled per file, no bundle), so a Node import anywhere in their graph fails
 * here. The browser's result must equal Node's for the same spec.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { inflateRawSync } from "node:zlib";
import ts from "typescript";
import { chromium, type Browser } from "playwright-core";
import type { SheetSpec } from "../../src/sheet/spec";
import { writeXlsx } from "../../src/xlsx/spreadsheetml";
import { deflateRawNode } from "../../src/xlsx/deflate-node";
import { readInsertedSheets, type InsertedWorkbook } from "../../src/excel/excel-model/inserted-sheets";

const CHROMIUM = "/usr/bin/chromium";
const SRC = path.resolve(__dirname, "../../src");
const ORIGIN = "http://opeval.test";
const describeE2e = existsSync(CHROMIUM) ? describe : describe.skip;

const SPEC: SheetSpec = {
  name: "Қорытынды",
  kind: "form",
  rows: [
    ["Қорытынды", null, null],
    ["_x0041_", 1.5, true],
  ],
  merges: ["A1:C1"],
  styles: [
    { range: "A1:C1", style: { bold: true, hAlign: "center" } },
    { range: "A2:C2", style: { border: "outline", numberFormat: "0.00" } },
  ],
  columnWidths: [20, 8, 8],
  rowHeights: { 1: 30 },
  print: { orientation: "landscape", paper: "A4", fitToWidth: true, printArea: "A1:C2" },
};

/** A module of src/ as the browser loads it: transpiled alone, relative imports given `.js`. */
function moduleText(urlPath: string): string {
  const source = readFileSync(
    path.join(SRC, urlPath.replace(/^\/src\//, "").replace(/\.js$/, ".ts")),
    "utf8",
  );
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 },
  }).outputText;
  return js.replace(/from "(\.\.?\/[^"]+)"/g, 'from "$1.js"');
}

describeE2e("the insert model in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("writes with CompressionStream and reads with DecompressionStream what Node reads", async () => {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const { pathname } = new URL(route.request().url());
      if (pathname === "/")
        return route.fulfill({ contentType: "text/html", body: "<!doctype html><title>t</title>" });
      return route.fulfill({ contentType: "text/javascript", body: moduleText(pathname) });
    });
    await page.goto(`${ORIGIN}/`);
    // Plain JavaScript run by the page (the jest transform would turn a dynamic import() here into require()).
    const inBrowser = (await page.evaluate(`(async () => {
      const writer = await import("/src/xlsx/spreadsheetml.js");
      const model = await import("/src/excel/excel-model/inserted-sheets.js");
      const deflateRaw = async (data) => new Uint8Array(await new Response(
        new Blob([data]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer());
      const { bytes } = await writer.writeXlsx([${JSON.stringify(SPEC)}], { deflateRaw, printNames: false });
      let binary = "";
      for (const b of bytes) binary += String.fromCharCode(b);
      const book = await model.readInsertedSheets(btoa(binary), model.inflateRawStream);
      return { nodeGlobals: typeof process !== "undefined" || typeof require !== "undefined", book };
    })()`)) as { nodeGlobals: boolean; book: InsertedWorkbook };

    const { bytes } = await writeXlsx([SPEC], { deflateRaw: deflateRawNode, printNames: false });
    const inNode: InsertedWorkbook = await readInsertedSheets(
      Buffer.from(bytes).toString("base64"),
      async (d) => inflateRawSync(d),
    );
    expect(inBrowser.nodeGlobals).toBe(false);
    expect(inBrowser.book).toEqual(inNode);
    const sheet = inBrowser.book.sheets[0]!;
    expect(sheet.cells).toEqual([["Қорытынды"], ["_x0041_", 1.5, true]]);
    expect(sheet.merges).toEqual(["A1:C1"]);
    expect(sheet.styles["2:3"]).toMatchObject({ numberFormat: "0.00", borders: ["top", "bottom", "right"] });
    expect(inBrowser.book.definedNames).toEqual([]);
  }, 60_000);
});
