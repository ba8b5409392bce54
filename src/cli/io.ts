import type { Lang, Term } from "../i18n/lang";
import { ioFailureText } from "../model/problems";
import { CliFailure } from "./failure";
import { cliText } from "./help-text";
import type { Environment } from "./locale";

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

/** A file-system failure in words, e.g. "out.xlsx: permission denied", or undefined for other errors. */
export function describeIoError(e: unknown, lang: Lang): string | undefined {
  const err = e as NodeJS.ErrnoException | undefined;
  if (!err || typeof err.code !== "string" || !/^E[A-Z]+$/.test(err.code)) return undefined;
  const what = ioFailureText(err.code, lang);
  return err.path ? `${err.path}: ${what}` : what;
}

/**
 * What a user is told about a failure no command reported itself: our own failures and file-system
 * failures in words of `lang`; anything else (a defect) as one plain line, never an internal message.
 */
export function describeFailure(e: unknown, lang: Lang): string {
  if (e instanceof CliFailure) return e.text[lang];
  const io = describeIoError(e, lang);
  if (io) return io;
  if (e instanceof RangeError && /memory|allocation|Invalid string length|array length/i.test(e.message))
    return cliText("inputTooLarge", lang);
  return cliText("internalError", lang);
}
