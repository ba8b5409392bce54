/**
 * How every command writes its output file without ever losing one the analyst owns:
 * - the input and the output are compared by real path and by device/inode, so a symlink or a
 *   hard link to the input never lets the input be replaced;
 * - the content is staged in a temporary file with a random name in the output's folder, created
 *   exclusively (O_EXCL, never through a link) and readable by its owner only while it is written;
 * - without --force the temporary file is published with link(), which fails when the target
 *   exists, so of several runs racing for one name exactly one wins and the others say "exists";
 *   with --force it is renamed over the target (a symlink there is replaced, not followed);
 * - a temporary file left by an interrupted run (Ctrl-C, SIGTERM) is removed by `removeStagedFiles`,
 *   run by signal handlers that exist only while such a file does (removeStagedFilesOnSignals).
 */
import type ExcelJS from "exceljs";
import { randomBytes } from "node:crypto";
import { constants, lstatSync, realpathSync, statSync, unlinkSync } from "node:fs";
import { copyFile, link, open, rename, unlink, type FileHandle } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { CliFailure } from "./failure";
import { cliTerm } from "./help-text";

/** The output exists and --force was not given (or another run published it first). */
export class OutputExistsError extends CliFailure {
  constructor(readonly path: string) {
    super(cliTerm("outputExists", { path }));
  }
}

/** The output would replace the input (same file by real path, device and inode). */
export class SameFileError extends CliFailure {
  constructor(
    readonly input: string,
    readonly out: string,
    /** How the output was named: `--out` (the file itself) or `--split` (a file the split writes). */
    option: "--out" | "--split" = "--out",
  ) {
    super(cliTerm(option === "--out" ? "outIsInput" : "splitIsInput", { out, input }));
  }
}

/** Temporary files being written now, removed if the process is interrupted. */
const staged = new Set<string>();

/** Removes every temporary file still being written (for a SIGINT/SIGTERM handler: synchronous). */
export function removeStagedFiles(): void {
  for (const file of staged) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  staged.clear();
  disarmSignals();
}

/** The signals that end a run, with the exit status a shell reports for each. */
const SIGNALS = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
] as const;
let cleanUpOnSignals = false;
let armed = false;
const handlers = SIGNALS.map(([signal, code]) => {
  const handler = () => {
    removeStagedFiles();
    process.exit(code);
  };
  return [signal, handler] as const;
});

/**
 * Ctrl-C or a kill while an output is being written: its temporary file goes too (the CLI's entry
 * point calls this once). The handlers exist only while a temporary file does: a handler runs only
 * when the synchronous work in progress ends (a long read held Ctrl-C until it ended), whereas with none
 * the process ends at once, and then there is nothing to remove.
 */
export function removeStagedFilesOnSignals(): void {
  cleanUpOnSignals = true;
  if (staged.size > 0) armSignals();
}

function armSignals(): void {
  if (armed || !cleanUpOnSignals) return;
  armed = true;
  for (const [signal, handler] of handlers) process.on(signal, handler);
}

function disarmSignals(): void {
  if (!armed) return;
  armed = false;
  for (const [signal, handler] of handlers) process.off(signal, handler);
}

function unstage(temp: string): void {
  staged.delete(temp);
  if (staged.size === 0) disarmSignals();
}

/** The file a path names in the end (links followed), or undefined when it does not exist. */
function identity(path: string): { real: string; dev: number; ino: number } | undefined {
  try {
    const st = statSync(path);
    return { real: realpathSync(path), dev: st.dev, ino: st.ino };
  } catch {
    return undefined;
  }
}

/** True when writing `out` could replace `input`: same real path, or same device and inode. */
export function sameFile(input: string, out: string): boolean {
  if (resolve(input) === resolve(out)) return true;
  const a = identity(input);
  if (!a) return false;
  const b = identity(out);
  if (b) return a.real === b.real || (a.dev === b.dev && a.ino === b.ino);
  // `out` does not exist yet: compare where it would be created (its folder may be a link).
  try {
    return join(realpathSync(dirname(resolve(out))), basename(out)) === a.real;
  } catch {
    return false;
  }
}

/** Throws SameFileError when `out` is (or would replace) `input`. */
export function assertNotInput(
  input: string | undefined,
  out: string,
  option: "--out" | "--split" = "--out",
): void {
  if (input !== undefined && sameFile(input, out)) throw new SameFileError(input, out, option);
}

/** True when something (a file, a folder, even a dangling link) is at `path`. */
export function outputExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function defaultMode(): number {
  // The mode a new file gets from the user's umask, as if it had been created directly.
  const mask = process.umask();
  return 0o666 & ~mask;
}

/**
 * Writes `out` through an exclusive temporary file; `write` fills the open handle. Without `force`
 * an existing `out` (even one created by a concurrent run meanwhile) gives OutputExistsError.
 */
export async function publishFile(
  out: string,
  force: boolean,
  write: (handle: FileHandle) => Promise<void>,
): Promise<void> {
  const target = resolve(out);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString("hex")}.tmp`);
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);
  // Armed before the file exists, so that no moment has a temporary file and no handler.
  armSignals();
  let handle: FileHandle;
  try {
    handle = await open(temp, flags, 0o600);
  } catch (e) {
    if (staged.size === 0) disarmSignals();
    throw e;
  }
  staged.add(temp);
  armSignals(); // again: a concurrent publish that failed may have disarmed meanwhile
  try {
    try {
      await write(handle);
      await handle.chmod(defaultMode());
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (force) await rename(temp, target);
    else await publishExclusively(temp, target, out);
  } finally {
    await unlink(temp).catch(() => undefined);
    unstage(temp);
  }
}

/** link() fails when the target exists; where hard links are not supported, an exclusive copy. */
async function publishExclusively(temp: string, target: string, shown: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new OutputExistsError(shown);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV") throw e;
    try {
      await copyFile(temp, target, constants.COPYFILE_EXCL);
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === "EEXIST") throw new OutputExistsError(shown);
      throw e2;
    }
  }
}

/** Writes text (or chunks of it, for large outputs) to `out` as UTF-8. */
export async function publishText(
  out: string,
  force: boolean,
  chunks: Iterable<string> | string,
): Promise<void> {
  await publishFile(out, force, async (handle) => {
    if (typeof chunks === "string") {
      await handle.writeFile(chunks, "utf8");
      return;
    }
    for (const chunk of chunks) await handle.write(chunk, null, "utf8");
  });
}

/** Writes a workbook opeval built to `out` (see publishFile), with its formulas flagged as Excel writes them. */
export async function publishWorkbook(
  workbook: ExcelJS.Workbook,
  out: string,
  force: boolean,
): Promise<void> {
  // The workbook library is loaded only by the commands that write workbooks.
  const { workbookBytes } = await import("../xlsx/writeSheets");
  const bytes = await workbookBytes(workbook);
  await publishFile(out, force, async (handle) => {
    await handle.writeFile(bytes);
  });
}

/** Writes bytes opeval built (a workbook from src/xlsx/spreadsheetml.ts) to `out` (see publishFile). */
export async function publishBytes(out: string, force: boolean, bytes: Uint8Array): Promise<void> {
  await publishFile(out, force, async (handle) => {
    await handle.writeFile(bytes);
  });
}
