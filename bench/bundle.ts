/**
 * Bundle sizes: a production build with the real webpack.config.js into a temporary folder (dist/
 * is left alone), gzip sizes of taskpane.js and functions.js, and where the minified bytes come
 * from, attributed per package / source folder through the source map (webpack's own stats only
 * know module sizes before minification and tree shaking). With --no-build the existing dist/ is
 * measured instead, without the breakdown.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { ROOT } from "./cohort";
import type { BenchRow } from "./measure";

export interface BundleReport {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Minified bytes per package or source folder, largest first (empty without a source map). */
  parts: { name: string; bytes: number }[];
}

const BUDGETS_KB: Readonly<Record<string, number>> = { "taskpane.js": 200, "functions.js": 30 };

async function build(outputPath: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the project's own config, CommonJS
  const makeConfig = require(join(ROOT, "webpack.config.js")) as (
    env: Record<string, unknown>,
    argv: Record<string, unknown>,
  ) => Promise<webpack.Configuration>;
  // A production build refuses to run without the address dist/ is served from; sizes do not depend
  // on it, so the bench gives a placeholder where none is set.
  process.env.OPEVAL_BASE_URL ??= "https://opeval.example/";
  const config = await makeConfig({ outputPath }, { mode: "production" });
  // The same minified code, plus a map that is not referenced from it, for the attribution.
  config.devtool = "hidden-source-map";
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    webpack(config, (err, s) => (err || !s ? reject(err ?? new Error("webpack failed")) : resolve(s))),
  );
  const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
  if (errors.length) throw new Error(`bench: webpack errors: ${errors.map((e) => e.message).join("\n")}`);
}

/** `@fluentui/react-icons`, `react-dom`, `src/forms`, `taskpane/steps`… for a source path of the map. */
function owner(source: string): string {
  const path = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return pkg[1]!;
  const parts = path.split("/");
  return parts.length > 2 ? parts.slice(0, 2).join("/") : parts[0]!;
}

interface SourceMap {
  sources: string[];
  mappings: string;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The fields of one mapping segment (source map v3: base64 VLQ, each relative to the previous). */
function decodeSegment(segment: string): number[] {
  const fields: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return fields;
}

/** Minified bytes per owner: each mapped span of generated code belongs to its original source. */
function attribute(code: string, map: SourceMap): { name: string; bytes: number }[] {
  const lines = code.split("\n");
  const byOwner = new Map<string, number>();
  const mappingLines = map.mappings.split(";");
  let source = 0;
  lines.forEach((line, i) => {
    let column = 0;
    let previous: { column: number; source: number | null } | null = null;
    const credit = (to: number) => {
      if (!previous) return;
      const src = previous.source === null ? null : map.sources[previous.source];
      const name = src ? owner(src) : "(webpack runtime)";
      byOwner.set(name, (byOwner.get(name) ?? 0) + Buffer.byteLength(line.slice(previous.column, to)));
    };
    for (const segment of (mappingLines[i] ?? "").split(",")) {
      if (!segment) continue;
      const f = decodeSegment(segment);
      column += f[0]!;
      credit(column);
      if (f.length >= 4) source += f[1]!;
      previous = { column, source: f.length >= 4 ? source : null };
    }
    credit(line.length);
  });
  return [...byOwner].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

function report(dir: string, file: string): BundleReport {
  const code = readFileSync(join(dir, file), "utf8");
  const mapFile = join(dir, `${file}.map`);
  return {
    file,
    bytes: Buffer.byteLength(code),
    gzipBytes: gzipSync(code, { level: 9 }).length,
    parts: existsSync(mapFile) ? attribute(code, JSON.parse(readFileSync(mapFile, "utf8")) as SourceMap) : [],
  };
}

/** The local scripts taskpane.html loads, in order (office.js, from Microsoft's CDN, left out). */
function htmlScripts(dir: string): string[] {
  const file = join(dir, "taskpane.html");
  if (!existsSync(file)) return [];
  // The built page is minified: attribute values may have lost their quotes.
  const html = readFileSync(file, "utf8").replace(/"/g, "");
  const scripts: string[] = [];
  for (let at = html.indexOf("<script"); at >= 0; at = html.indexOf("<script", at + 1)) {
    const end = html.indexOf(">", at);
    const src = html.indexOf("src=", at);
    if (src < 0 || src > end) continue;
    const value = html.slice(src + 4, end).split(" ")[0]!;
    if (!value.includes("://")) scripts.push(value);
  }
  return scripts;
}

export async function bundleSizes(rows: BenchRow[], options: { build: boolean }): Promise<BundleReport[]> {
  const dir = options.build ? mkdtempSync(join(tmpdir(), "opeval-bundle-")) : join(ROOT, "dist");
  try {
    if (options.build) await build(dir);
    const entries = ["taskpane.js", "functions.js"].filter((f) => {
      if (existsSync(join(dir, f))) return true;
      rows.push({
        id: `pane.${f.replace(/\.js$/, "")}.gzip`,
        benchmark: `bundle: ${f} (gzip)`,
        size: "dist/ (--no-build)",
        value: NaN,
        unit: "KB",
        ok: false,
        note: "not in dist/: run npm run build first",
      });
      return false;
    });
    // Chunks webpack split off (dynamic import()): loaded only when the pane first needs them.
    const lazy = readdirSync(dir).filter((f) => f.endsWith(".js") && !entries.includes(f));
    const reports = [...entries, ...lazy].map((f) => report(dir, f));
    for (const r of reports) {
      const kb = r.gzipBytes / 1024;
      const limit = BUDGETS_KB[r.file];
      const top = r.parts
        .slice(0, 3)
        .map((p) => `${p.name} ${((p.bytes / r.bytes) * 100).toFixed(0)}%`)
        .join(", ");
      rows.push({
        id:
          limit === undefined
            ? `pane.chunk.${r.file.replace(/\.js$/, "")}.gzip`
            : `pane.${r.file.replace(/\.js$/, "")}.gzip`,
        benchmark:
          limit === undefined ? `bundle: ${r.file} (gzip, on first use)` : `bundle: ${r.file} (gzip)`,
        size: options.build ? "production" : "dist/ (--no-build)",
        value: Number(kb.toFixed(1)),
        unit: "KB",
        ...(limit === undefined ? {} : { target: limit, ok: kb <= limit }),
        note: `${(r.bytes / 1024).toFixed(0)} KB minified${top ? `; ${top}` : ""}`,
      });
    }
    // What the pane's page fetches before its first screen: the scripts taskpane.html names (the
    // taskpane entry's initial chunks, and functions.js for the shared runtime, with its own
    // budget); every other chunk loads on first use.
    const pageScripts = htmlScripts(dir).filter((f) => existsSync(join(dir, f)));
    const gzipKb = (f: string) => (reports.find((r) => r.file === f)?.gzipBytes ?? Number.NaN) / 1024;
    const paneScripts = pageScripts.filter((f) => f !== "functions.js");
    const initialKb = paneScripts.reduce((sum, f) => sum + gzipKb(f), 0);
    const pageKb = pageScripts.reduce((sum, f) => sum + gzipKb(f), 0);
    rows.push({
      id: "pane.initial.gzip",
      benchmark: "bundle: the pane's first download, taskpane.html's scripts but functions.js (gzip)",
      size: options.build ? "production" : "dist/ (--no-build)",
      value: paneScripts.length ? Number(initialKb.toFixed(1)) : Number.NaN,
      unit: "KB",
      target: BUDGETS_KB["taskpane.js"]!,
      ok: paneScripts.length > 0 && initialKb <= BUDGETS_KB["taskpane.js"]!,
      note: `${paneScripts.join(" + ") || "no taskpane.html"}; with ${pageScripts.join(" + ")}: ${pageKb.toFixed(1)} KB`,
    });
    // Generate's file import loads opeval's own .xlsx writer on first use (taskpane/native-file.ts).
    const xlsxChunk = reports.find((r) => r.file.startsWith("xlsx-writer"));
    rows.push({
      id: "pane.chunk.xlsx.gzip",
      benchmark: "bundle: lazy .xlsx writer chunk (gzip)",
      size: options.build ? "production" : "dist/ (--no-build)",
      value: xlsxChunk ? Number((xlsxChunk.gzipBytes / 1024).toFixed(1)) : Number.NaN,
      unit: "KB",
      note: xlsxChunk
        ? `${xlsxChunk.file}: src/xlsx/spreadsheetml.ts, zip.ts, deflate-web.ts`
        : "missing: no xlsx-writer chunk built",
    });
    return reports;
  } finally {
    if (options.build) rmSync(dir, { recursive: true, force: true });
  }
}
