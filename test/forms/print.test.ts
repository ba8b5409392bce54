/**
 * The forms as printed: the shared ministry case and two sample bodies rendered with LibreOffice,
 * one PDF per form. Every form keeps to the page maxima of docs/FORMS-PRINT.md, and every page that
 * continues a form holds at least 12 lines of text. Without `soffice` skipped with a warning, failed under CI=true.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildConclusionForms } from "../../src/forms";
import { MIN_CONTINUATION_LINES } from "../../src/forms/layout";
import { evaluate } from "../../src/evaluate";
import { writeWorkbookFile } from "../../src/xlsx/writeSheets";
import { describeNeeding } from "../helpers/needs";

const ROOT = join(__dirname, "..", "..");
const MINISTRY = join(ROOT, "test", "fixtures", "cases", "ministry-central.json");
const SAMPLE = join(ROOT, "samples", "assessment-sample.json");

function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore" });
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** The page maxima table of docs/FORMS-PRINT.md: annex → {kk, ru}. */
function pageMaxima(): Map<number, { kk: number; ru: number }> {
  const doc = readFileSync(join(ROOT, "docs", "FORMS-PRINT.md"), "utf8");
  const table = doc.slice(doc.indexOf("<!-- pages:"));
  const out = new Map<number, { kk: number; ru: number }>();
  for (const m of table.matchAll(/^\| (\d+) \| [^|]+ \| (\d+) \| (\d+) \|$/gm))
    out.set(Number(m[1]), { kk: Number(m[2]), ru: Number(m[3]) });
  return out;
}

const describePrint = describeNeeding("soffice or pdftotext (LibreOffice, poppler-utils)", hasSoffice());

describePrint("forms printed with LibreOffice", () => {
  let dir = "";
  const rendered: { body: string; name: string; annex: number; lang: "kk" | "ru"; pages: number[] }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "opeval-print-"));
    const files: { file: string; body: string; annex: number; lang: "kk" | "ru"; name: string }[] = [];
    const cases: [string, string[]][] = [
      [MINISTRY, ["minfin"]],
      [SAMPLE, ["almaty-reg", "mof"]],
    ];
    for (const [path, bodies] of cases) {
      const e = evaluate(JSON.parse(readFileSync(path, "utf8")));
      if (!e.ok) throw new Error(`${path} rejected`);
      const forms = buildConclusionForms(e.result, { bodies, langs: ["kk", "ru"] });
      for (const f of forms) {
        if (f.bodyId === null) continue;
        const file = join(dir, `${files.length}.xlsx`);
        await writeWorkbookFile([f.spec], file, { force: true });
        files.push({
          file,
          body: `${path === MINISTRY ? "case" : "sample"}:${f.bodyId}`,
          annex: f.annex,
          lang: f.lang,
          name: f.spec.name,
        });
      }
    }
    execFileSync(
      "soffice",
      ["--headless", "--convert-to", "pdf", "--outdir", dir, ...files.map((f) => f.file)],
      {
        stdio: "ignore",
        timeout: 280_000,
      },
    );
    for (const f of files) {
      const text = execFileSync("pdftotext", ["-layout", f.file.replace(/\.xlsx$/, ".pdf"), "-"]).toString();
      const pages = text.split("\f").filter((p, i, all) => i < all.length - 1 || p.trim() !== "");
      rendered.push({
        body: f.body,
        name: f.name,
        annex: f.annex,
        lang: f.lang,
        pages: pages.map((p) => p.split("\n").filter((l) => l.trim() !== "").length),
      });
    }
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("every body form was rendered (ministry kk+ru, almaty-reg and mof kk+ru)", () => {
    // 11 forms of the ministry in each language; the sample bodies have their own facts.
    expect(rendered.filter((r) => r.body === "case:minfin" && r.lang === "kk")).toHaveLength(11);
    expect(rendered.filter((r) => r.body === "case:minfin" && r.lang === "ru")).toHaveLength(11);
    expect(rendered.length).toBeGreaterThanOrEqual(50);
  });

  test("no form takes more pages than docs/FORMS-PRINT.md allows", () => {
    const maxima = pageMaxima();
    expect(maxima.size).toBe(9);
    const over = rendered
      .filter((r) => r.pages.length > maxima.get(r.annex)![r.lang])
      .map((r) => `${r.name}: ${r.pages.length} pages`);
    expect(over).toEqual([]);
  });

  test("annex 14 prints on one page, for every direction, in kk and ru", () => {
    // Three directions × two languages × three bodies (the ministry, almaty-reg and mof).
    const annex14 = rendered.filter((r) => r.annex === 14);
    expect(annex14).toHaveLength(18);
    expect(annex14.filter((r) => r.pages.length !== 1).map((r) => `${r.name}: ${r.pages.length}`)).toEqual(
      [],
    );
  });

  test(`every page that continues a form holds at least ${MIN_CONTINUATION_LINES} lines`, () => {
    let checked = 0;
    const thin: string[] = [];
    for (const r of rendered)
      r.pages.slice(1).forEach((lines, i) => {
        checked++;
        if (lines < MIN_CONTINUATION_LINES) thin.push(`${r.name} page ${i + 2}: ${lines} lines`);
      });
    expect(thin).toEqual([]);
    expect(checked).toBeGreaterThan(40);
  });
});
