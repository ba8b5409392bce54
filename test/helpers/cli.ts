/** Runs the built `opeval` binary (as outside checks do) and captures its output. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const CLI = join(ROOT, "build", "src", "cli", "main.js");
export const SHARED = join(ROOT, "..", "shared");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { input?: string; cwd?: string } = {}): CliRun {
  if (!existsSync(CLI)) throw new Error(`build the CLI first (npm run build:cli): ${CLI} is missing`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, OPEVAL_DEBUG: "" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
