/**
 * Builds the whole add-in with the real webpack configuration (production, into a temporary folder)
 * and checks what the task pane downloads before its first screen: the taskpane entry's initial
 * chunks stay within 200 KB gzipped, and the parts the first screen does not need (the reader and
 * template, the engine, the forms, the history, the objections, the .xlsx writer, the share copy)
 * are chunks of their own beside taskpane.html, fetched from where taskpane.js came from.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as zlib from "zlib";
import webpack from "webpack";

const ROOT = path.join(__dirname, "..", "..");
let out: string;
let initial: string[];
let publicPath: unknown;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "opeval-taskpane-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  // A production build needs the address dist/ is served from; sizes do not depend on it.
  const saved = process.env.OPEVAL_BASE_URL;
  process.env.OPEVAL_BASE_URL = "https://opeval.example/addin/";
  const config = await makeConfig({ outputPath: out }, { mode: "production" });
  if (saved === undefined) delete process.env.OPEVAL_BASE_URL;
  else process.env.OPEVAL_BASE_URL = saved;
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  const json = stats.toJson({ all: false, errors: true, entrypoints: true, outputPath: true });
  expect(json.errors).toEqual([]);
  initial = (json.entrypoints?.taskpane?.assets ?? []).map((a) => a.name).filter((n) => n.endsWith(".js"));
  publicPath = stats.compilation.outputOptions.publicPath;
}, 300000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

const gzipKb = (file: string) =>
  zlib.gzipSync(fs.readFileSync(path.join(out, file)), { level: 9 }).length / 1024;

test("the pane's first download (the taskpane entry's initial chunks) is at most 200 KB gzipped", () => {
  expect(initial).toEqual(["taskpane.js"]);
  const kb = initial.reduce((sum, f) => sum + gzipKb(f), 0);
  expect(kb).toBeLessThanOrEqual(200);
  // The page loads these two scripts (functions.js for the shared runtime) and nothing else at once.
  // (The built page is minified: attribute values lose their quotes.)
  const html = fs.readFileSync(path.join(out, "taskpane.html"), "utf8").replace(/"/g, "");
  const scripts = html
    .split("<script")
    .slice(1)
    .map((tag) => tag.slice(tag.indexOf("src=") + 4, tag.indexOf(">")));
  expect(scripts).toEqual([
    "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
    "functions.js",
    "taskpane.js",
  ]);
});

test("the template's schema, the engine and the forms are not in taskpane.js but in chunks beside it", () => {
  const pane = fs.readFileSync(path.join(out, "taskpane.js"), "utf8");
  // The Bodies table's Kazakh title: the template schema loads with the reader chunk.
  expect(pane).not.toContain("Бағаланатын органдар");
  for (const chunk of ["reader.js", "engine.js", "forms.js", "history.js", "objections.js", "xlsx-writer.js"])
    expect(fs.existsSync(path.join(out, chunk))).toBe(true);
  const chunks = fs.readdirSync(out).filter((f) => f.endsWith(".js"));
  expect(
    chunks.some((f) => fs.readFileSync(path.join(out, f), "utf8").includes("Бағаланатын органдар")),
  ).toBe(true);
  // Chunks are fetched relative to taskpane.js (webpack's "auto"), so from the manifest's address
  // wherever dist/ is served, never from a fixed host.
  expect(publicPath).toBe("auto");
  expect(pane).not.toContain("https://opeval.example/addin/reader");
});
