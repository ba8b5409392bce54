/** A small argument parser: positional arguments and `--name value` / `--flag` options. */
import type { Term } from "../i18n/lang";
import { cliTerm } from "./help-text";

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
  /** Options that take several values (`--received A.json B.xlsx`, or repeated): every value in order. */
  lists: Map<string, string[]>;
}

/**
 * A mistake in the command line. `text`, when given, is the message in every language (the
 * English one is the Error's message); `showUsage: false` for a mistake the usage does not help
 * with (an unknown body id), which is told alone.
 */
export class UsageError extends Error {
  readonly text?: Term;
  readonly showUsage: boolean;
  constructor(message: string | Term, options: { showUsage?: boolean } = {}) {
    super(typeof message === "string" ? message : message.en);
    if (typeof message !== "string") this.text = message;
    this.showUsage = options.showUsage ?? true;
  }
}

/** Edits (insert, delete, replace one character) between two words. */
function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * The candidate a mistyped word most likely meant: the one it begins (`--for` → `--format`), or the
 * nearest within two edits or a third of its length (`--bodys` → `--bodies`); undefined when none is close.
 */
export function nearest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const prefixed = candidates.filter((c) => lower.length >= 2 && c.toLowerCase().startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  // Two edits (a swapped pair: --fromat) or a third of the word, but never the whole word.
  const allowed = Math.min(Math.max(2, Math.floor(word.length / 3)), word.length - 1);
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** "unknown option --bodys; did you mean --bodies?" in every language. */
function unknownOption(name: string, known: readonly string[]): UsageError {
  const text = cliTerm("unknownOption", { name });
  const guess = nearest(name, known);
  if (guess === undefined) return new UsageError(text);
  const hint = cliTerm("didYouMean", { suggestion: `--${guess}` });
  return new UsageError({
    en: `${text.en}; ${hint.en}`,
    kk: `${text.kk}; ${hint.kk}`,
    ru: `${text.ru}; ${hint.ru}`,
  });
}

/**
 * `flags` are options that take no value; `valued`, when given, the options that take one: any
 * other `--name` is refused as unknown at once (not taken as needing a value, nor eating the next
 * argument). `multi` options take every argument up to the next `--option` and may be repeated
 * (`--received A.json B.xlsx --received C.json`); their values are in `lists`, never in `options`.
 */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[] = [],
  valued?: readonly string[],
  multi: readonly string[] = [],
): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      const known = [...flags, ...(valued ?? []), ...multi];
      if (valued && name !== "help" && !known.includes(name)) throw unknownOption(name, known);
      if (multi.includes(name)) {
        const values = lists.get(name) ?? [];
        lists.set(name, values);
        if (inline !== undefined) values.push(inline);
        while (argv[i + 1] !== undefined && !argv[i + 1]!.startsWith("--")) values.push(argv[++i]!);
        if (!values.length) throw new UsageError(cliTerm("needsValue", { name }));
        continue;
      }
      if (flags.includes(name)) options.set(name, true);
      else if (inline !== undefined) options.set(name, inline);
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith("--"))
          throw new UsageError(cliTerm("needsValue", { name }));
        options.set(name, value);
        i++;
      }
    } else if (arg === "-h") options.set("help", true);
    else positional.push(arg);
  }
  return { positional, options, lists };
}

/** Reads an option that must be one of `allowed`. */
export function choice<T extends string>(
  args: ParsedArgs,
  name: string,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = args.options.get(name);
  if (v === undefined) return fallback;
  if (v === true || !allowed.includes(v as T))
    throw new UsageError(cliTerm("mustBeOneOf", { name, allowed: allowed.join(", ") }));
  return v as T;
}

export function rejectUnknown(args: ParsedArgs, known: readonly string[]): void {
  for (const name of [...args.options.keys(), ...args.lists.keys()]) {
    if (!known.includes(name) && name !== "help") throw unknownOption(name, known);
  }
}
