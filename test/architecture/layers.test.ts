/**
 * The layers of opeval, read from the imports themselves (TypeScript's own pre-processor, so
 * `import type`, `export … from` and `import()` all count). Data flows one way: workbook → model →
 * engine → forms → writer; a lower layer never imports a higher one. See README "Layers".
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import ts from "typescript";
import { ROOT } from "../helpers/cli";

interface Import {
  /** Importing file, relative to the repository, with forward slashes. */
  from: string;
  /** Imported module, resolved relative to the repository (no extension), e.g. `src/model/parse`. */
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = `${dir}/${e.name}`;
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [path] : [];
  });
}

const FILES = ["src", "functions", "taskpane"].flatMap(sourceFiles);

const IMPORTS: Import[] = FILES.flatMap((from) =>
  ts
    .preProcessFile(readFileSync(join(ROOT, from), "utf8"), true, true)
    .importedFiles.filter((i) => i.fileName.startsWith("."))
    .map((i) => ({
      from,
      to: relative(ROOT, normalize(join(ROOT, dirname(from), i.fileName)))
        .split(sep)
        .join("/")
        .replace(/\.(tsx?|js|json)$/, ""),
    })),
);

/** The folder (layer) of a path: `src/model`, `functions`, `taskpane`, or a top-level `src/x` file. */
function layer(path: string): string {
  const parts = path.split("/");
  return parts[0] === "src" ? `src/${parts[1]!.replace(/\.tsx?$/, "")}` : parts[0]!;
}

/** Imports from `layer` that leave it (for readable failures: "from → to"). */
function outgoing(of: string): Import[] {
  return IMPORTS.filter((i) => layer(i.from) === of && layer(i.to) !== of);
}

const show = (imports: Import[]) => imports.map((i) => `${i.from} → ${i.to}`);

test("the import reader sees the codebase (a broken reader must not pass every rule)", () => {
  expect(FILES.length).toBeGreaterThan(100);
  expect(IMPORTS.length).toBeGreaterThan(400);
  // Hand-picked imports that exist: the reader resolves paths as the compiler does.
  expect(IMPORTS).toContainEqual({ from: "src/model/types.ts", to: "src/edition/2020" });
  expect(IMPORTS).toContainEqual({ from: "src/i18n/numerals.ts", to: "src/i18n/lang" });
});

test.each([
  ["src/sheet", []],
  ["src/edition", []],
  ["src/i18n", []],
  ["src/calendar", []],
  ["src/model", ["src/sheet", "src/edition", "src/i18n"]],
  ["src/methodology", ["src/model", "src/edition", "src/i18n"]],
])("%s imports only from itself and %j", (from, allowed) => {
  expect(show(outgoing(from).filter((i) => !allowed.includes(layer(i.to))))).toEqual([]);
});

test.each([
  ["src/methodology", ["src/forms", "src/xlsx", "src/excel", "src/cli", "src/objections", "src/workbook"]],
  ["src/forms", ["src/xlsx", "src/excel", "src/cli", "src/workbook"]],
  ["src/objections", ["src/xlsx", "src/excel", "src/cli", "src/workbook"]],
  ["src/xlsx", ["src/excel", "src/cli", "src/forms", "src/objections"]],
  ["src/excel", ["src/xlsx", "src/cli"]],
])("%s never imports %j", (from, forbidden) => {
  expect(show(outgoing(from).filter((i) => forbidden.includes(layer(i.to))))).toEqual([]);
});

test("nothing in src/ imports the add-in (functions/, taskpane/), tests, samples or bench", () => {
  const inSrc = IMPORTS.filter((i) => i.from.startsWith("src/"));
  expect(show(inSrc.filter((i) => !i.to.startsWith("src/")))).toEqual([]);
});

test("the engine does not call the parser: callers parse, then evaluate", () => {
  expect(show(outgoing("src/methodology").filter((i) => i.to === "src/model/parse"))).toEqual([]);
});

test("no import cycle between folders", () => {
  const edges = new Map<string, Set<string>>();
  for (const i of IMPORTS) {
    const a = layer(i.from);
    const b = layer(i.to);
    if (a !== b) edges.set(a, (edges.get(a) ?? new Set()).add(b));
  }
  const cycles: string[] = [];
  // Depth-first search; a folder met again on the current path closes a cycle.
  const path: string[] = [];
  const done = new Set<string>();
  const visit = (node: string): void => {
    const at = path.indexOf(node);
    if (at >= 0) {
      cycles.push([...path.slice(at), node].join(" → "));
      return;
    }
    if (done.has(node)) return;
    path.push(node);
    for (const next of edges.get(node) ?? []) visit(next);
    path.pop();
    done.add(node);
  };
  for (const node of edges.keys()) visit(node);
  expect(edges.size).toBeGreaterThanOrEqual(10);
  expect(cycles).toEqual([]);
});

test("edition passed, not imported: only src/edition names EDITION_2020", () => {
  const naming = FILES.filter(
    (f) => !f.startsWith("src/edition/") && /\bEDITION_2020\b/.test(readFileSync(join(ROOT, f), "utf8")),
  );
  expect(naming).toEqual([]);
  // The reader of this rule sees the one file that does name it.
  expect(readFileSync(join(ROOT, "src/edition/index.ts"), "utf8")).toMatch(/\bEDITION_2020\b/);
});

test("no two modules of src/ share a file name (a search for one lands on it)", () => {
  // index.ts is a folder's entry by convention; src/forms/form-terms.ts moves beside its builders next.
  const allowed = new Set(["index.ts", "terms.ts"]);
  const byName = new Map<string, string[]>();
  for (const f of FILES.filter((f) => f.startsWith("src/"))) {
    const name = f.slice(f.lastIndexOf("/") + 1);
    byName.set(name, [...(byName.get(name) ?? []), f]);
  }
  const shared = [...byName].filter(([name, files]) => files.length > 1 && !allowed.has(name));
  expect(shared).toEqual([]);
});
