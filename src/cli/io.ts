import type { Term } from "../i18n/lang";
import type { Environment } from "./locale";
import { OutputExistsError, SameFileError } from "./publish";

/** What a command writes and its exit code; commands never call process.exit themselves. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves once stdout can take more (large outputs are written in pieces without piling up). */
  drained?(): Promise<void>;
  /** The locale variables (LC_ALL, LC_MESSAGES, LANG) that choose the default language; none: en. */
  env?: Environment;
}

export const EXIT = { ok: 0, failure: 1, invalidInput: 2 } as const;

export interface Command {
  name: string;
  /** Its one line in `opeval --help` and its `--help`, in every language: an entry of COMMAND_HELP (help-text.ts). */
  summary: Term;
  usage: Term;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

const ERRNO_TEXT: Record<string, string> = {
  ENOENT: "no such file or folder",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
  EMFILE: "too many open files",
  ELOOP: "too many symbolic links (or a link where none is allowed)",
  ENAMETOOLONG: "file name too long",
};

/** A file-system failure in words, e.g. "out.xlsx: permission denied", or undefined for other errors. */
export function describeIoError(e: unknown): string | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (!err || typeof err.code !== "string" || !/^E[A-Z]+$/.test(err.code)) return undefined;
  const what = ERRNO_TEXT[err.code] ?? `input/output error (${err.code})`;
  return err.path ? `${err.path}: ${what}` : what;
}

/**
 * What a user is told about a failure no command reported itself: our own errors and file-system
 * failures in words; anything else (a defect) as one plain line, never an internal message.
 */
export function describeFailure(e: unknown): string {
  if (e instanceof OutputExistsError || e instanceof SameFileError) return e.message;
  const io = describeIoError(e);
  if (io) return io;
  if (e instanceof RangeError && /memory|allocation|Invalid string length|array length/i.test(e.message))
    return "the input is too large to process (see the limits in docs/FORMAT.md); nothing was written";
  return "an unexpected internal error stopped the command; nothing was written (OPEVAL_DEBUG=1 shows details)";
}
