/**
 * Loads an assessment file for any command: `.json` in the SCORING-IO format or an `.xlsx`
 * workbook in the input template. Returns the raw input (for `parseAssessment`) or the problems
 * that stopped reading it; never throws for a bad file.
 */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Problem } from "../model/problems";

export type Loaded =
  | {
      ok: true;
      input: unknown;
      problems: Problem[];
      /** For workbooks: puts problems found later on `input` at their sheet and cell. */
      locate?: (problems: readonly Problem[]) => Problem[];
    }
  | { ok: false; problems: Problem[]; missing?: boolean };

/** Readers for other file kinds register here (the workbook reader adds `.xlsx`). */
export const FILE_READERS: Record<string, (path: string) => Promise<Loaded>> = {
  ".json": readJson,
  ".xlsx": readXlsx,
  // A macro-enabled workbook is read like any other (macros are neither run nor copied).
  ".xlsm": readXlsx,
};

/** A workbook in the input template: problems name sheet, cell and header. */
async function readXlsx(path: string): Promise<Loaded> {
  // Loaded on demand: JSON runs need not pay for the workbook library.
  const { readWorkbookFile } = await import("../xlsx/read");
  const read = await readWorkbookFile(path);
  if (read.input === undefined) return { ok: false, problems: read.problems, missing: read.missing };
  // The commands parse `input` again and report its warnings themselves.
  return { ok: true, input: read.input, problems: read.readerProblems, locate: read.locate };
}

function problem(code: "notJson" | "unreadableFile", path: string, detail: string): Problem {
  return { severity: "error", code, bodyId: null, path, params: { detail } };
}

async function readJson(path: string): Promise<Loaded> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    return { ok: false, missing: true, problems: [problem("unreadableFile", path, (e as Error).message)] };
  }
  try {
    return { ok: true, input: JSON.parse(text.replace(/^\uFEFF/, "")) as unknown, problems: [] };
  } catch (e) {
    return { ok: false, problems: [problem("notJson", path, (e as Error).message)] };
  }
}

export async function loadAssessmentFile(path: string): Promise<Loaded> {
  const reader = FILE_READERS[extname(path).toLowerCase()] ?? FILE_READERS[".json"]!;
  return reader(path);
}
