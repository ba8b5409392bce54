/**
 * The step tabs at the widths an analyst drags the pane to (issue 23 item 17): as many per row as
 * fit — two at 320 px, three at 500 px, all five at 800 px — none of them cut. Rendered by the
 * browser preview (`?width=`) in headless Chromium; a screenshot per width goes to test-output/e2e/.
 */
import { existsSync, mkdirSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { buildPreview } from "./preview-build";

const CHROMIUM = "/usr/bin/chromium";
const OUT = path.join(path.resolve(__dirname, "../.."), "test-output", "e2e");

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require("../../scripts/preview-server.js") as {
  startPreviewServer(o: { dir: string; port?: number }): Promise<{ server: Server; url: string }>;
};

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`e2e SKIPPED: ${CHROMIUM} not found (pane widths not checked)`);
const describeE2e = haveChromium ? describe : describe.skip;

describeE2e("step tabs at 320, 500 and 800 px (e2e)", () => {
  let server: Server;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    const dist = path.join(OUT, "preview-width-dist");
    await buildPreview(dist);
    ({ server, url } = await startPreviewServer({ dir: dist }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu"],
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => server?.close(r));
  });

  // Five steps: rows of 2+2+1 at 320 px, 3+2 at 500 px, one row of 5 at 800 px.
  const cases = [
    { width: 320, perRow: [2, 2, 1] },
    { width: 500, perRow: [3, 2] },
    { width: 800, perRow: [5] },
  ];
  for (const lang of ["kk", "ru"])
    for (const { width, perRow } of cases)
      it(`${lang}, ${width} px: ${perRow.join("+")} tabs per row, none cut`, async () => {
        const page = await browser.newPage({ viewport: { width: width + 400, height: 700 } });
        await page.goto(`${url}?lang=${lang}&theme=light&width=${width}`);
        await page.waitForSelector("[role=tab]");
        const paneWidth = await page.getByTestId("pane").evaluate((el) => getComputedStyle(el).width);
        expect(paneWidth).toBe(`${width}px`);
        const tabs = await page.$$eval("[role=tab]", (all) =>
          all.map((t) => ({
            top: Math.round(t.getBoundingClientRect().top),
            cut: t.scrollWidth > t.clientWidth,
          })),
        );
        const rows = new Map<number, number>();
        for (const t of tabs) rows.set(t.top, (rows.get(t.top) ?? 0) + 1);
        expect([...rows.values()]).toEqual(perRow);
        expect(tabs.filter((t) => t.cut)).toEqual([]);
        await page.getByTestId("pane").screenshot({ path: path.join(OUT, `tabs-${lang}-${width}.png`) });
        await page.close();
      });
});
