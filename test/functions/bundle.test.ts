/**
 * Builds the functions entry with the real webpack configuration (production, into a temporary
 * folder) and checks what Excel gets: functions.js registers every function of functions.json
 * (loaded in a bare VM with a fake CustomFunctions), the kk/ru metadata exist, and the bundle stays
 * small and free of the task pane's and the CLI's dependencies.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import * as zlib from "zlib";
import webpack from "webpack";

const ROOT = path.join(__dirname, "..", "..");
let out: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), "opeval-functions-"));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  const config = await makeConfig({ functionsOnly: true, outputPath: out }, { mode: "production" });
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err) : resolve(s))),
  );
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
}, 120000);

afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

test("functions.js, functions.json and the kk/ru metadata are built", () => {
  for (const f of ["functions.js", "functions.json", "functions.kk.json", "functions.ru.json"])
    expect(fs.existsSync(path.join(out, f))).toBe(true);
  // A help page per function and language, where its helpUrl points.
  const metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.ru.json"), "utf8")) as {
    functions: { id: string; helpUrl: string }[];
  };
  for (const f of metadata.functions) {
    expect(f.helpUrl).toBe(`https://localhost:3000/help/ru/${f.id}.html`);
    for (const lang of ["en", "kk", "ru"])
      expect(fs.existsSync(path.join(out, "help", lang, `${f.id}.html`))).toBe(true);
  }
});

test("loading functions.js registers every function of the metadata, and they compute", () => {
  const metadata = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  const registered = new Map<string, (...args: unknown[]) => unknown>();
  const sandbox = {
    CustomFunctions: {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => registered.set(id, fn),
    },
  };
  vm.runInNewContext(fs.readFileSync(path.join(out, "functions.js"), "utf8"), sandbox);
  expect([...registered.keys()].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  expect(registered.get("TIMELINESS_SCORE")!(40, 118000, "ЦГО")).toBeCloseTo(26 - (40 / 118000) * 10000, 9);
  expect(registered.get("EFFICIENCY_LEVEL")!(79.7, "kk")).toBe("орташа");
  let thrown: unknown;
  try {
    registered.get("TIMELINESS_SCORE")!(-1, 10, "central");
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toMatchObject({ code: "#VALUE!", message: "late: must be a whole number ≥ 0, got -1" });
});

// 30 KB: the functions carry only their own messages and the argument messages they share with the
// engine (src/model/argument-problems.ts), not the catalogue of files, workbooks and the CLI.
test("the bundle is small (≤ 30 KB gzipped) and does not carry exceljs, React or the parsers", () => {
  const js = fs.readFileSync(path.join(out, "functions.js"));
  const gzipped = zlib.gzipSync(js).length;
  expect(gzipped).toBeLessThanOrEqual(30 * 1024);
  const text = js.toString();
  expect(text).not.toMatch(/exceljs|react-dom|createElement\(|parseAssessment/);
  // The file-level messages stay out (notJson, encryptedWorkbook, share's); an argument message is in.
  expect(text).not.toContain("is not valid JSON");
  expect(text).not.toContain("password-protected");
  expect(text).toContain("must be a whole number ≥ 0, got {got}");
});
