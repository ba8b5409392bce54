/**
 * The analyst's guide (docs/guide/kk.md, ru.md): both exist, every picture and relative link they
 * name exists, the efficiency bands are those of §101, the buttons they name read exactly as in the
 * pane, and the served HTML page keeps every picture and no Markdown mark-up.
 */
import * as fs from "fs";
import * as path from "path";
import { guideHref } from "../../taskpane/App";
import { uiText, type UiTextKey } from "../../taskpane/ui-text";
import { PANE_TERMS } from "../../src/history/history-terms";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { guideHtml } = require("../../scripts/guide-html") as {
  guideHtml: (markdown: string, lang: string) => string;
};

const GUIDE_DIR = path.join(__dirname, "..", "..", "docs", "guide");
const LANGS = ["kk", "ru"] as const;
const guide = (lang: string) => fs.readFileSync(path.join(GUIDE_DIR, `${lang}.md`), "utf8");

/** Targets of `![alt](src)` (images) or `[text](href)` (links, images excluded) in `markdown`. */
function targets(markdown: string, kind: "image" | "link"): string[] {
  const found: string[] = [];
  for (let at = markdown.indexOf("]("); at >= 0; at = markdown.indexOf("](", at + 2)) {
    const open = markdown.lastIndexOf("[", at);
    const isImage = markdown[open - 1] === "!";
    if (isImage !== (kind === "image")) continue;
    found.push(markdown.slice(at + 2, markdown.indexOf(")", at)));
  }
  return found;
}

describe.each(LANGS)("guide %s", (lang) => {
  const markdown = guide(lang);

  it("names pictures that exist, the pane's screenshots among them", () => {
    const images = targets(markdown, "image");
    expect(images.length).toBeGreaterThanOrEqual(5);
    for (const src of images)
      expect({ src, exists: fs.existsSync(path.join(GUIDE_DIR, src)) }).toEqual({ src, exists: true });
  });

  it("links only to files that exist", () => {
    const links = targets(markdown, "link").filter((href) => !/^https?:/.test(href));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) {
      const file = href.split("#")[0]!;
      expect({ href, exists: fs.existsSync(path.join(GUIDE_DIR, file)) }).toEqual({ href, exists: true });
    }
  });

  it("gives the efficiency levels of §101 with their bands", () => {
    // Written from §101: 90–100 high, 70–90 medium, 50–70 low, below 50 ineffective.
    const rows = {
      kk: [
        "| 90 ≤ баға ≤ 100 | жоғары |",
        "| 70 ≤ баға < 90 | орташа |",
        "| 50 ≤ баға < 70 | төмен |",
        "| баға < 50 | тиімсіз |",
      ],
      ru: [
        "| 90 ≤ оценка ≤ 100 | высокий |",
        "| 70 ≤ оценка < 90 | средний |",
        "| 50 ≤ оценка < 70 | низкий |",
        "| оценка < 50 | неэффективный |",
      ],
    }[lang];
    const lines = markdown.split("\n");
    const first = lines.indexOf(rows[0]!);
    expect(first).toBeGreaterThan(0);
    expect(lines.slice(first, first + 4)).toEqual(rows);
  });

  it("names the pane's steps and buttons exactly as the pane does", () => {
    const text = markdown.replace(/\n/g, " "); // a name may wrap
    const steps: UiTextKey[] = ["stepTemplate", "stepCheck", "stepGenerate", "stepResults", "stepObjections"];
    steps.forEach((key, i) => expect(text).toContain(`**${i + 1}. ${uiText(key, lang)}**`));
    const buttons: UiTextKey[] = [
      "insertTemplate",
      "fillFromJson",
      "runCheck",
      "generate",
      "explain",
      "writeObjections",
      "shareButton",
      "guideLink",
      "repairRun",
    ];
    for (const key of buttons) expect(text).toContain(`**${uiText(key, lang)}**`);
    expect(text).toContain(`**${PANE_TERMS.insertTrend[lang]}**`);
    expect(text).toContain(`**${PANE_TERMS.recordOffer[lang].replace("{period}", "…")}**`);
  });

  it("is served as HTML with every picture and no Markdown mark-up left", () => {
    const html = guideHtml(markdown, lang);
    const sources = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(targets(markdown, "image"));
    expect(html).toContain(`<html lang="${lang}">`);
    const other = lang === "kk" ? "ru" : "kk";
    expect(html).toContain(`<a href="${other}.html">`);
    for (const mark of ["**", "](", "\n# ", "|---"])
      expect({ mark, left: html.includes(mark) }).toEqual({ mark, left: false });
    expect((html.match(/<table>/g) ?? []).length).toBe((markdown.match(/^\|---/gm) ?? []).length);
  });

  it("is the page the pane links to", () => {
    expect(guideHref(lang)).toBe(`guide/${lang}.html`);
  });
});

it("the English pane links to the Russian guide (there is no English one)", () => {
  expect(guideHref("en")).toBe("guide/ru.html");
  expect(
    fs
      .readdirSync(GUIDE_DIR)
      .filter((f) => f.endsWith(".md"))
      .sort(),
  ).toEqual(["kk.md", "ru.md"]);
});
