/** A small argument parser: positional arguments and `--name value` / `--flag` options. */

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export class UsageError extends Error {}

/**
 * `flags` are options that take no value; `valued`, when given, the options that take one: any
 * other `--name` is refused as unknown at once (not taken as needing a value, nor eating the next
 * argument).
 */
export function parseArgs(
  argv: readonly string[],
  flags: readonly string[] = [],
  valued?: readonly string[],
): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith("--")) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
      if (valued && name !== "help" && !flags.includes(name) && !valued.includes(name))
        throw new UsageError(`unknown option --${name}`);
      if (flags.includes(name)) options.set(name, true);
      else if (inline !== undefined) options.set(name, inline);
      else {
        const value = argv[i + 1];
        if (value === undefined || value.startsWith("--"))
          throw new UsageError(`option --${name} needs a value`);
        options.set(name, value);
        i++;
      }
    } else if (arg === "-h") options.set("help", true);
    else positional.push(arg);
  }
  return { positional, options };
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
    throw new UsageError(`--${name} must be one of: ${allowed.join(", ")}`);
  return v as T;
}

export function rejectUnknown(args: ParsedArgs, known: readonly string[]): void {
  for (const name of args.options.keys()) {
    if (!known.includes(name) && name !== "help") throw new UsageError(`unknown option --${name}`);
  }
}
