/**
 * Loads an assessment file for any command: `.json` in the docs/FORMAT.md format or an `.xlsx`
 * workbook in the input template. Returns the raw input (for `parseAssessment`) or the problems
 * that stopped reading it; never throws for a bad file.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { INPUT_LIMITS } from "../model/parse";
import { ioFailureWord, type Problem } from "../model/problems";
import { parseJsonBytes } from "../model/strict-json";
import type { TableValues } from "../model/tables";

export type Loaded =
  | {
      ok: true;
      input: unknown;
      problems: Problem[];
      /** For workbooks: puts problems found later on `input` at their sheet and cell. */
      locate?: (problems: readonly Problem[]) => Problem[];
      /** For workbooks: every opeval table as read (the objections procedure reads its own). */
      tables?: TableValues[];
    }
  /** `missing`: the file could not be read at all (an I/O failure, exit 1, not invalid content). */
  | { ok: false; problems: Problem[]; missing?: boolean };

/** Readers for other file kinds register here (the workbook reader adds `.xlsx`). */
export const FILE_READERS: Record<string, (path: string) => Promise<Loaded>> = {
  ".json": readJson,
  ".xlsx": readXlsx,
  // A macro-enabled workbook holds the same tables (its macros are never run or kept).
  ".xlsm": readXlsx,
  // An old binary workbook: the reader recognises it and says to save it as .xlsx.
  ".xls": readXlsx,
};

/** A workbook in the input template: problems name sheet, cell and header. */
async function readXlsx(path: string, unvalidated = false): Promise<Loaded> {
  // Loaded on demand: JSON runs need not pay for the workbook library.
  const { readWorkbookFile } = await import("../xlsx/read");
  const read = await readWorkbookFile(path);
  if (read.input === undefined && unvalidated && read.unvalidated)
    return {
      ok: true,
      input: read.unvalidated.input,
      problems: read.readerProblems,
      locate: read.unvalidated.locate,
      ...(read.tables ? { tables: read.tables } : {}),
    };
  if (read.input === undefined) return { ok: false, problems: read.problems, missing: read.missing };
  // The commands parse `input` again and report its warnings themselves.
  return {
    ok: true,
    input: read.input,
    problems: read.readerProblems,
    locate: read.locate,
    ...(read.tables ? { tables: read.tables } : {}),
  };
}

function problem(code: "unreadableFile", path: string, detail: string): Problem {
  return { severity: "error", code, bodyId: null, path, params: { detail } };
}

/**
 * A JSON file's value, or the problem that stopped reading it (size checked before reading). The
 * file is read strictly (src/model/strict-json.ts): UTF-8, no duplicate key, no lone surrogate.
 */
export async function readJsonFile(
  path: string,
): Promise<{ value: unknown } | { problem: Problem; io: boolean }> {
  try {
    const st = await stat(path);
    if (st.isDirectory())
      return { problem: problem("unreadableFile", path, ioFailureWord("EISDIR")), io: true };
    if (st.size > INPUT_LIMITS.fileBytes)
      return {
        io: false,
        problem: {
          severity: "error",
          code: "fileTooLarge",
          bodyId: null,
          path,
          params: { size: Math.ceil(st.size / 1048576), max: INPUT_LIMITS.fileBytes / 1048576 },
        },
      };
    const read = parseJsonBytes(await readFile(path));
    if (read.ok) return { value: read.value };
    return {
      io: false,
      problem: { severity: "error", code: read.code, bodyId: null, path, params: read.params },
    };
  } catch (e) {
    const detail = ioFailureWord((e as NodeJS.ErrnoException).code);
    return { problem: problem("unreadableFile", path, detail), io: true };
  }
}

async function readJson(path: string): Promise<Loaded> {
  const read = await readJsonFile(path);
  if ("problem" in read) return { ok: false, missing: read.io, problems: [read.problem] };
  return { ok: true, input: read.value, problems: [] };
}

/**
 * `unvalidated`: a workbook whose tables read well but whose assessment the parser refuses is
 * still given (its problems come back when the caller parses it): for `--received`, whose files may
 * complete it (K3 received for a central body without automation figures).
 */
export async function loadAssessmentFile(
  path: string,
  options: { unvalidated?: boolean } = {},
): Promise<Loaded> {
  const ext = extname(path).toLowerCase();
  if (options.unvalidated && (ext === ".xlsx" || ext === ".xlsm")) return readXlsx(path, true);
  const reader = FILE_READERS[ext] ?? FILE_READERS[".json"]!;
  return reader(path);
}
