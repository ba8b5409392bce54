/** Runs the built `opeval` binary (as outside checks do) and captures its output. */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
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

/** True when the shared worked cases and specs lie beside the repository (as in CI). */
export const HAVE_SHARED = existsSync(join(SHARED, "cases", "ministry-central.json"));
if (!HAVE_SHARED) console.warn(`SKIPPED: tests on the shared worked cases — ${SHARED} is not present`);

/** `describe` / `test` when ../shared is present; visibly skipped otherwise. */
/** Without ../shared the block's body is not even run: it may read the shared files while collecting. */
export const describeShared = (name: string, body: () => void): void =>
  HAVE_SHARED
    ? describe(name, body)
    : describe.skip(name, () => test.skip("needs ../shared", () => undefined));
export const testShared = HAVE_SHARED ? test : test.skip;

/** File names of the shared worked cases (not the .expected.json), or [] without ../shared. */
export function sharedCaseFiles(): string[] {
  const dir = join(SHARED, "cases");
  return HAVE_SHARED
    ? readdirSync(dir).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"))
    : [];
}
