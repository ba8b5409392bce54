/**
 * End to end, issue 15: Generate writes every form of the sample cohort in the browser preview
 * through the chosen path — the forms built as .xlsx files in the page (opeval's writer with the
 * browser's CompressionStream), read back by the model of Excel's insert (which drops the files'
 * names), then the print areas set as the pane sets them — and three bodies' annexes 3 and 15 hold
 * the hand-written values, merges and print areas below (figures from the sample's
 * scores as `opeval score` gives them; two decimals, truncated).
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { buildPreview } from "./preview-build";

const CHROMIUM = "/usr/bin/chromium";
const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "test-output", "e2e-generate");
const SAMPLE = path.join(ROOT, "samples", "assessment-sample.json");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require("../../scripts/preview-server.js") as {
  startPreviewServer(o: { dir: string; port?: number }): Promise<{ server: Server; url: string }>;
};

const describeE2e = existsSync(CHROMIUM) ? describe : describe.skip;

interface SheetSnapshot {
  /** How the sheet reached the workbook: "file" (the insert of an .xlsx) or "calls" (Office.js). */
  path: "file" | "calls";
  values: Record<string, unknown>;
  merges: string[];
  printArea?: string;
  styledCells: number;
  unstyledValues: string[];
}

/** Annex 3 and 15 of one body: the cells that carry the body and its figures. */
const HEADER = {
  D2: "Нысан",
  A8: "2019 жыл",
};
// Annex 3 of these bodies carries the two-line truncation note under its table (I-18, src/forms/
// printed-sums.ts): two rows and two merges more than the table alone.
const EXPECTED: Record<
  string,
  {
    annex3: Record<string, unknown>;
    annex15: Record<string, unknown>;
    printArea3: string;
    merges3: number;
    /** Annex 15: 33 merges to row 39, two more where its weighted mean carries the note. */
    printArea15: string;
    merges15: number;
  }
> = {
  "Ұлттық Банк": {
    printArea3: "A1:F57",
    merges3: 51,
    // (77,09 + 94,73 + 87,64) / 3 = 86,48 on paper beside 86,49: the note.
    printArea15: "A1:F41",
    merges15: 35,
    annex3: {
      A6: "Қазақстан Республикасының Ұлттық Банкі",
      E12: 20.33,
      E13: 40.44,
      E14: 16.31,
      E16: 0,
      E17: 77.09,
      F17: 100,
    },
    annex15: { A6: "Қазақстан Республикасының Ұлттық Банкі", F12: 77.09, F13: 94.73, F14: 87.64, F15: 86.49 },
  },
  Әділет: {
    printArea3: "A1:F57",
    merges3: 51,
    printArea15: "A1:F39",
    merges15: 33,
    annex3: {
      A6: "Қазақстан Республикасының Әділет министрлігі",
      E12: 20.59,
      E13: 47.49,
      E14: 17.89,
      E16: 0,
      E17: 85.98,
      F17: 100,
    },
    annex15: {
      A6: "Қазақстан Республикасының Әділет министрлігі",
      F12: 85.98,
      F13: 89.29,
      F14: 83.78,
      F15: 86.35,
    },
  },
  Денсаулық: {
    printArea3: "A1:F56",
    merges3: 50,
    printArea15: "A1:F39",
    merges15: 33,
    annex3: {
      A6: "Қазақстан Республикасының Денсаулық сақтау министрлігі",
      E12: 20.33,
      E13: 40.41,
      E14: 20.33,
      E16: 0,
      E17: 81.08,
      F17: 100,
    },
    annex15: {
      A6: "Қазақстан Республикасының Денсаулық сақтау министрлігі",
      F12: 81.08,
      F13: 82.34,
      F14: 83.4,
      F15: 82.27,
    },
  },
};
const FIRST_MERGES_3 = ["D1:F1", "D2:F2", "A4:F4", "A6:F6", "A7:F7", "A8:F8", "A9:F9", "B11:D11"];
const FIRST_MERGES_15 = ["D1:F1", "D2:F2", "A4:F4", "A6:F6", "A7:F7", "A8:F8", "A9:F9", "B11:E11"];

describeE2e("Generate in the browser preview (e2e, issue 15)", () => {
  let server: Server;
  let url: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const dist = path.join(OUT, "preview-dist");
    await buildPreview(dist);
    ({ server, url } = await startPreviewServer({ dir: dist }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  async function snapshot(sheet: string, cells: string[]): Promise<SheetSnapshot | null> {
    return page.evaluate(
      ([name, addresses]) => {
        interface Sheet {
          cells: unknown[][];
          merges: string[];
          print?: { printArea?: string };
          cellStyles: Record<string, string>;
        }
        const wb = (window as unknown as { opevalWorkbook: { sheet(n: string): Sheet | undefined } })
          .opevalWorkbook;
        const s = wb.sheet(name);
        if (!s) return null;
        const at = (a: string) => {
          const m = /^([A-Z])(\d+)$/.exec(a)!;
          return [Number(m[2]), m[1]!.charCodeAt(0) - 64] as const;
        };
        const values: Record<string, unknown> = {};
        for (const a of addresses) {
          const [r, c] = at(a);
          values[a] = s.cells[r - 1]?.[c - 1] ?? null;
        }
        const unstyledValues: string[] = [];
        s.cells.forEach((row, r) =>
          row.forEach((v, c) => {
            if (v !== null && v !== "" && !s.cellStyles[`${r + 1}:${c + 1}`])
              unstyledValues.push(`${r + 1}:${c + 1}`);
          }),
        );
        return {
          values,
          merges: s.merges,
          printArea: s.print?.printArea,
          path: Object.values(s.cellStyles)[0]?.startsWith("file ") ? "file" : "calls",
          styledCells: Object.keys(s.cellStyles).length,
          unstyledValues,
        };
      },
      [sheet, cells] as const,
    );
  }

  it("writes every form of the sample, and three bodies' annexes 3 and 15 hold their figures", async () => {
    await page.goto(`${url}?empty&lang=kk&theme=light`);
    await page.getByTestId("json-file").setInputFiles(SAMPLE);
    await page.getByTestId("sheet-links").waitFor();
    await page.getByRole("tab").nth(2).click();
    // Into this workbook (new workbooks are the default), Kazakh only (both are the default).
    await page.getByRole("radio", { name: "Осы жұмыс кітабы" }).check();
    await page.getByRole("checkbox", { name: "Орыс тілі" }).uncheck();
    const before = await page.getByTestId("sheet-tabs").getByRole("button").count();
    await page.getByRole("button", { name: "Қорытынды жасау" }).click();
    const lines = page.getByTestId("pane").getByTestId("body-lines");
    await lines.waitFor({ timeout: 120_000 });
    const written = (await page.getByTestId("sheet-tabs").getByRole("button").count()) - before;
    // 50 bodies in Kazakh: annexes 1 (per direction with unreliable facts), 3 or 4, 5 (central),
    // 8, 9, 12, 14 ×3, 15, and the six reference annexes — as `opeval conclude --lang kk` writes.
    expect(written).toBe(434);
    // One line per body with forms (48 of the 50 are assessed) and one for the reference annexes.
    expect(await lines.getByRole("listitem").count()).toBe(49);

    for (const [short, expected] of Object.entries(EXPECTED)) {
      const annex3 = (await snapshot(`${short}-3-kk`, [
        ...Object.keys(expected.annex3),
        ...Object.keys(HEADER),
      ]))!;
      expect(annex3).not.toBeNull();
      expect(annex3.path).toBe("file");
      expect(annex3.values).toEqual({ ...expected.annex3, ...HEADER });
      expect(annex3.merges).toHaveLength(expected.merges3);
      expect(annex3.merges.slice(0, 8)).toEqual(FIRST_MERGES_3);
      expect(annex3.printArea).toBe(expected.printArea3);
      // Every value sits in a cell the writer gave a named style.
      expect(annex3.unstyledValues).toEqual([]);
      expect(annex3.styledCells).toBeGreaterThan(53 * 4);

      const annex15 = (await snapshot(`${short}-15-kk`, [
        ...Object.keys(expected.annex15),
        ...Object.keys(HEADER),
      ]))!;
      expect(annex15.values).toEqual({ ...expected.annex15, ...HEADER });
      expect(annex15.merges).toHaveLength(expected.merges15);
      expect(annex15.merges.slice(0, 8)).toEqual(FIRST_MERGES_15);
      expect(annex15.printArea).toBe(expected.printArea15);
      expect(annex15.unstyledValues).toEqual([]);
    }
  }, 300_000);
});
