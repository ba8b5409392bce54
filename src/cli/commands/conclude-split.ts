/**
 * `opeval conclude FILE --split DIR`: one workbook per body and language — the file an agency
 * sends to each body — named by the body's short name and the language (`Әділет-kk.xlsx`).
 *
 * Memory stays flat in the number of bodies: each file's forms are built from the scored result
 * narrowed to that one body, written, and dropped before the next body is touched, so the only
 * thing that grows with the cohort is the scored result itself. Each file is written by opeval's
 * own document writer (src/xlsx/spreadsheetml.ts), which keeps only compressed parts.
 */
import { existsSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { bodyShortNames, buildConclusionSheets, type FormId } from "../../forms/index";
import type { FormLang } from "../../forms/form-terms";
import type { AssessmentResult } from "../../methodology/assess";
import type { Comparison } from "../../history/history-compare";
import { fill, type Lang, type Term } from "../../i18n/lang";
import { ioFailureText } from "../../model/problems";
import { UsageError } from "../args";
import { CliFailure } from "../failure";
import { CLI_TERMS, cliTerm, cliText } from "../help-text";
import { EXIT, type CommandIO } from "../io";
import { visibleId } from "../../model/parse";
import { assertNotInput, publishBytes } from "../publish";

export interface SplitOptions {
  dir: string;
  langs: readonly FormLang[];
  forms: readonly FormId[] | "all";
  /** Body ids to write (default: all, in the cohort's order). */
  bodies?: readonly string[];
  force: boolean;
  /** The file read (JSON or workbook): no file the split writes may be it, even with --force. */
  input?: string;
  /** The comparison with the previous period, when the input records one (the analysis states the change). */
  previous?: Comparison;
  /** Draw a bar that rewrites itself (stderr is a terminal) instead of a line per tenth. */
  isTTY?: boolean;
  /** The language of the progress lines (the command line's, ../locale.ts); English by default. */
  messages?: Lang;
}

/** Characters no file system accepts in a name (Windows' list, the strictest), and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const UNSAFE_FILE_CHARS = /[<>:"/\\|?*\u0000-\u001f]/g;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name's stem: without invisible characters (bidi overrides, zero-width), composed (NFC, so
 * an NFD twin is the same name and gets "(2)"), and never beginning with "-" (a later command
 * would read the name as an option) or ".".
 */
function fileStem(text: string): string {
  const stem = visibleId(text)
    .replace(UNSAFE_FILE_CHARS, " ")
    .replace(/\s+/g, " ")
    .replace(/^[-.\s]+/, "")
    .replace(/[.\s]+$/, "");
  return WINDOWS_RESERVED.test(stem) ? `${stem}_` : stem;
}

/**
 * The file of each body and language, in the cohort's order: `short name-lang.xlsx`. Where two
 * bodies would share a short name (case-insensitively, as Windows and macOS compare file names),
 * both use their ids instead, as their sheet names do.
 */
export function splitFileNames(
  result: AssessmentResult,
  bodyIds: readonly string[] | undefined,
  langs: readonly FormLang[],
): { bodyId: string; lang: FormLang; file: string }[] {
  // The short name in the file's language, as its sheets are named (Минюст-ru, Әділет-kk); the
  // forms already fall back to the id where two bodies would share one.
  const stems = new Map(
    langs.map((lang) => {
      const names = bodyShortNames(result, lang);
      return [
        lang,
        new Map(
          result.bodies.map((b) => [b.id, fileStem(names.get(b.id) ?? "") || fileStem(b.id) || "body"]),
        ),
      ];
    }),
  );
  const taken = new Set<string>();
  const out: { bodyId: string; lang: FormLang; file: string }[] = [];
  const wanted = bodyIds ? new Set(bodyIds) : null;
  for (const body of result.bodies) {
    if (wanted && !wanted.has(body.id)) continue;
    for (const lang of langs) {
      const stem = stems.get(lang)!.get(body.id)!;
      let file = `${stem}-${lang}.xlsx`;
      for (let i = 2; taken.has(file.toLowerCase()); i++) file = `${stem} (${i})-${lang}.xlsx`;
      taken.add(file.toLowerCase());
      out.push({ bodyId: body.id, lang, file });
    }
  }
  return out;
}

/** The scored result with one body only: what that body's forms are built from. */
function narrowTo(result: AssessmentResult, bodyId: string): AssessmentResult {
  return {
    ...result,
    bodies: result.bodies.filter((b) => b.id === bodyId),
    assessment: { ...result.assessment, bodies: result.assessment.bodies.filter((b) => b.id === bodyId) },
  };
}

/**
 * Progress of a long run on stderr: a bar redrawn in place on a terminal, otherwise one line per
 * tenth (a log stays short). Runs of fewer than MIN_BODIES bodies say nothing.
 */
export class SplitProgress {
  static readonly MIN_BODIES = 20;
  private lastTenth = 0;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly io: CommandIO,
    private readonly isTTY: boolean,
    private readonly now: () => number = Date.now,
    private readonly lang: Lang = "en",
  ) {}

  private get silent(): boolean {
    return this.total < SplitProgress.MIN_BODIES;
  }

  tick(done: number): void {
    if (this.silent) return;
    if (this.isTTY) {
      const t = this.now();
      if (done < this.total && t - this.lastDraw < 100) return;
      this.lastDraw = t;
      const width = 30;
      const filled = Math.round((done / this.total) * width);
      this.io.stderr(
        `\ropeval conclude: [${"#".repeat(filled)}${".".repeat(width - filled)}] ${cliText("bodiesDone", this.lang, { done, total: this.total })}`,
      );
      if (done === this.total) this.io.stderr("\n");
      return;
    }
    const tenth = Math.floor((done * 10) / this.total);
    if (tenth > this.lastTenth) {
      this.lastTenth = tenth;
      this.io.stderr(
        `opeval conclude: ${cliText("bodiesWritten", this.lang, { done, total: this.total })}\n`,
      );
    }
  }
}

/** DIR cannot hold the files: it is a file, or cannot be created or written. */
export class SplitFolderError extends CliFailure {}

/** Creates DIR when missing; says plainly when it is a file or cannot be created, and why. */
async function prepareFolder(dir: string): Promise<void> {
  try {
    if (!(await stat(dir)).isDirectory()) throw new SplitFolderError(cliTerm("splitIsFile", { dir }));
    return;
  } catch (e) {
    if (e instanceof SplitFolderError) throw e;
    // Missing (or unreachable): try to create it below, which names the reason.
  }
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    throw new SplitFolderError(folderTerm("folderNotCreated", dir, e));
  }
}

/** A folder's failure with its reason (the error's code in words) in every language. */
function folderTerm(key: "folderNotCreated" | "folderNotWritable", dir: string, e: unknown): Term {
  const code = (e as NodeJS.ErrnoException).code;
  const reason = (lang: Lang) => ioFailureText(code, lang);
  const t = CLI_TERMS[key];
  return {
    en: fill(t.en, { dir, reason: reason("en") }),
    kk: fill(t.kk, { dir, reason: reason("kk") }),
    ru: fill(t.ru, { dir, reason: reason("ru") }),
  };
}

export class SplitOutputExists extends CliFailure {
  constructor(readonly paths: string[]) {
    super(
      paths.length === 1
        ? cliTerm("outputExists", { path: paths[0]! })
        : cliTerm("outputsExist", { path: paths[0]!, more: paths.length - 1 }),
    );
  }
}

/**
 * Writes every body's workbook into `dir` (created if missing). Nothing is written when any target
 * exists and `force` is not given. Returns the files written, in order.
 */
export async function writeSplit(
  result: AssessmentResult,
  options: SplitOptions,
  io: CommandIO,
): Promise<string[]> {
  const plan = splitFileNames(result, options.bodies, options.langs);
  const paths = plan.map((p) => join(options.dir, p.file));
  // Every file is checked before the first is written: the input may lie in DIR under a name the
  // split writes (or be linked there), and --force must not replace it.
  for (const path of paths) assertNotInput(options.input, path, "--split");
  if (!options.force) {
    const existing = paths.filter((p) => existsSync(p));
    if (existing.length) throw new SplitOutputExists(existing);
  }
  await prepareFolder(options.dir);
  // opeval's own document writer: the forms have no formulas, tables or validations.
  const { writeXlsx } = await import("../../xlsx/spreadsheetml");
  const { deflateRawNode } = await import("../../xlsx/deflate-node");
  const bodies = [...new Set(plan.map((p) => p.bodyId))];
  const progress = new SplitProgress(bodies.length, io, options.isTTY ?? false, Date.now, options.messages);
  let done = 0;
  for (let i = 0; i < plan.length; i++) {
    const { bodyId, lang } = plan[i]!;
    const specs = buildConclusionSheets(narrowTo(result, bodyId), {
      langs: [lang],
      forms: options.forms,
      ...(options.previous ? { previous: options.previous } : {}),
    });
    const { bytes } = await writeXlsx(specs, { deflateRaw: deflateRawNode });
    // Published as every output is: exclusive temporary file, never over a file without --force.
    try {
      await publishBytes(paths[i]!, options.force, bytes);
    } catch (e) {
      // The temporary file is the first thing created in DIR: its failure is the folder's.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EACCES" || code === "EPERM" || code === "EROFS")
        throw new SplitFolderError(folderTerm("folderNotWritable", options.dir, e));
      throw e;
    }
    if (plan[i + 1]?.bodyId !== bodyId) progress.tick(++done);
  }
  return paths;
}

/** The --split directory, or undefined without --split; --split and --out exclude each other. */
export function splitDir(
  split: string | true | undefined,
  out: string | true | undefined,
): string | undefined {
  if (split === undefined) return undefined;
  if (split === true) throw new UsageError(cliTerm("needsValue", { name: "split" }));
  if (out !== undefined) throw new UsageError(cliTerm("splitOrOut"));
  return split;
}

/** `conclude --split`: writes the files and reports them; an existing file without --force is exit 1. */
export async function concludeSplit(
  result: AssessmentResult,
  options: SplitOptions,
  io: CommandIO,
): Promise<number> {
  // An existing file or a folder it cannot use is a CliFailure: told by the CLI (exit 1) in the analyst's language.
  const files = await writeSplit(result, { isTTY: process.stderr.isTTY === true, ...options }, io);
  io.stdout(
    cliText("workbooksWrittenTo", options.messages ?? "en", { count: files.length, dir: options.dir }) + "\n",
  );
  return EXIT.ok;
}
