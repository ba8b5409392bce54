#!/usr/bin/env node
/**
 * `npm run demo`: scores the sample workbook (samples/assessment-sample.xlsx, synthetic figures)
 * and prints the cohort table; when the CLI has the `conclude` command, also writes the annex
 * forms of every body to out/conclusions-sample.xlsx. Runs the built CLI (npm run build:cli).
 */
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const main = join(root, "build", "src", "cli", "main.js");
if (!existsSync(main)) {
  console.error("opeval demo: the CLI is not built; run `npm run build:cli` first");
  process.exit(1);
}
const require = createRequire(import.meta.url);
const { runCli } = require(main);
const { COMMANDS } = require(join(root, "build", "src", "cli", "commands", "index.js"));

const io = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) };
const sample = relative(process.cwd(), join(root, "samples", "assessment-sample.xlsx")) || "samples/assessment-sample.xlsx";

console.log(`opeval demo — ${sample} (real body names, SYNTHETIC figures)\n`);
let code = await runCli(["score", sample, "--format", "table"], io);
if (code === 0 && COMMANDS.some((c) => c.name === "conclude")) {
  const outDir = join(root, "out");
  mkdirSync(outDir, { recursive: true });
  const out = relative(process.cwd(), join(outDir, "conclusions-sample.xlsx"));
  console.log(`\nWriting the conclusions (annex forms, kk and ru) of every body to ${out} …`);
  code = await runCli(["conclude", sample, "--out", out, "--force"], io);
}
process.exitCode = code;
