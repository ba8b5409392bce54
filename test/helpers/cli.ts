/** Runs the built `opeval` binary (as outside checks do) and captures its output. */
import { spawnSync } from "node:child_process";
import { runCli as runCliInProcess } from "../../src/cli/main";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const CLI = join(ROOT, "build", "src", "cli", "main.js");
/** ../shared beside the repository: the source the fixtures were copied from (compared when present). */
export const SHARED = join(ROOT, "..", "shared");
/** The golden worked cases (input + .expected.json), copied from ../shared/cases into the repository. */
export const CASES = join(ROOT, "test", "fixtures", "cases");
/** FORMS.md, copied from ../shared/spec: the official wording the forms tests quote. */
export const FORMS_MD = join(ROOT, "test", "fixtures", "spec", "FORMS.md");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI speaks English unless a test gives the locale: the developer's own LANG does not leak in. */
const ENGLISH_LOCALE = { LC_ALL: "", LC_MESSAGES: "", LANG: "C.UTF-8" };

export function runCli(
  args: readonly string[],
  options: { input?: string; cwd?: string; locale?: Record<string, string> } = {},
): CliRun {
  if (!existsSync(CLI)) throw new Error(`build the CLI first (npm run build:cli): ${CLI} is missing`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: "utf8",
    input: options.input,
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, OPEVAL_DEBUG: "", ...ENGLISH_LOCALE, ...options.locale },
    // A cohort of thousands prints a warning per body (e.g. no Russian name): more than the 1 MB
    // a child's output may hold by default, which would kill it and fail the test for the wrong reason.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** File names of the golden worked cases (not the .expected.json); throws if they are missing. */
export function caseFiles(): string[] {
  const files = readdirSync(CASES).filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"));
  if (files.length < 4) throw new Error(`expected the 4 golden cases in ${CASES}, found ${files.length}`);
  return files;
}

/**
 * Runs an opeval command in this process (no build needed, quicker than a child) and collects what
 * it printed: for tests of the commands themselves. `runCli` above runs the built CLI as a user does.
 */
export async function runCommand(
  argv: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCliInProcess(argv, {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    env,
  });
  return { code, stdout, stderr };
}

/**
 * `runCli`'s contract (exit code, stdout, stderr in English) from the command run in this process:
 * for the many hostile-input cases, where a child per case cost most of their time. What only the
 * process adds (the exit code set by main.ts, stdout flushed, no stack trace) the integration
 * tests check on the built binary.
 */
export async function runInProcess(args: readonly string[]): Promise<CliRun> {
  const r = await runCommand([...args], ENGLISH_LOCALE);
  return { status: r.code, stdout: r.stdout, stderr: r.stderr };
}
