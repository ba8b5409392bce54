/**
 * Sheet names as Excel accepts and compares them, and how a sheet name is written inside a
 * formula or a defined name. One home for both, so that generated names and the references to
 * them agree.
 */

/** Characters Excel forbids in a sheet name. */
export const FORBIDDEN_SHEET_CHARS = /[/\\?*:[\]]/g;
export const MAX_SHEET_NAME = 31;

/**
 * The sheet names of a workbook, compared as Excel compares them (case-insensitively), kept up to
 * date as sheets are added, so that naming thousands of generated sheets stays linear.
 */
export class SheetNames {
  private readonly taken = new Set<string>();

  constructor(existing: Iterable<string> = []) {
    for (const name of existing) this.taken.add(name.toLowerCase());
  }

  /** The name `reserve` would give `wanted` now, without reserving it. */
  free(wanted: string): string {
    const base =
      wanted
        .replace(FORBIDDEN_SHEET_CHARS, " ")
        .replace(/^'+|'+$/g, "")
        .replace(/\s+/g, " ")
        .trim() || "Sheet";
    for (let i = 1; ; i++) {
      const suffix = i === 1 ? "" : ` (${i})`;
      const name = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
      if (!this.taken.has(name.toLowerCase())) return name;
    }
  }

  /** A name for `wanted` that Excel accepts and nothing else has; from now on it is taken. */
  reserve(wanted: string): string {
    const name = this.free(wanted);
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/**
 * A sheet name that Excel accepts and that does not clash with `existing` (case-insensitive, as
 * Excel compares): forbidden characters removed, cut to 31, and " (2)", " (3)"… added when taken.
 */
export function safeSheetName(wanted: string, existing: Iterable<string> | SheetNames): string {
  return (existing instanceof SheetNames ? existing : new SheetNames(existing)).free(wanted);
}

/**
 * A sheet name as it appears before `!` in a formula or a defined name: bare when Excel writes it
 * bare (letters, digits, `_` and `.`, not starting with a digit, not looking like a cell), otherwise
 * in single quotes with every `'` doubled, as Excel writes `'o''zb-3-kk'!$A$1`.
 */
export function quoteSheetName(name: string): string {
  const plain =
    /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^(r|c|rc)$/i.test(name);
  return plain ? name : `'${name.replace(/'/g, "''")}'`;
}
