/**
 * `--received FILE…` of `score`, `conclude` and `history` (issue 24): conclusions other
 * authorities sent, read from a results document (`opeval results --out R.json`, docs/FORMAT.md)
 * or any workbook holding opeval_Received, and joined to the assessment's bodies before it is
 * validated. The parser then checks them as it checks `bodies[].received` in the JSON, and every
 * problem it finds in a joined row is told at that row's file and JSON path or cell.
 */
import { extname } from "node:path";
import type { Problem } from "../model/problems";
import { joinReceived, receivedWorkbook, resultsDocument, type ReceivedFile } from "../model/received-files";
import { readJsonFile } from "./load";

/** Reads the files of `--received`: every problem of every file, or their rows. */
export async function loadReceivedFiles(
  files: readonly string[],
): Promise<{ ok: true; files: ReceivedFile[] } | { ok: false; problems: Problem[]; missing: boolean }> {
  const read: ReceivedFile[] = [];
  const problems: Problem[] = [];
  let missing = false;
  for (const file of files) {
    if ([".xlsx", ".xlsm"].includes(extname(file).toLowerCase())) {
      // The one safe workbook reader (size, package and table checks); its assessment is not needed.
      const { readWorkbookFile } = await import("../xlsx/read");
      const workbook = await readWorkbookFile(file);
      if (!workbook.tables) {
        problems.push(...workbook.problems);
        missing ||= workbook.missing === true;
        continue;
      }
      const rows = receivedWorkbook(file, workbook.tables);
      if (rows.ok) read.push(rows.read);
      else problems.push(...rows.problems);
      continue;
    }
    const json = await readJsonFile(file);
    if ("problem" in json) {
      problems.push(json.problem);
      missing ||= json.io;
      continue;
    }
    const doc = resultsDocument(file, json.value);
    if (doc.ok) read.push(doc.read);
    else problems.push(...doc.problems);
  }
  return problems.length ? { ok: false, problems, missing } : { ok: true, files: read };
}

/**
 * Reads the `--received` files and joins them to a loaded assessment (`input` is changed in place).
 * `locate` tells a problem found later at its received file, else where the assessment's own
 * `locate` puts it. No files: nothing is read and `locate` is the assessment's.
 */
export async function withReceived(
  files: readonly string[] | undefined,
  loaded: { input: unknown; locate?: (problems: readonly Problem[]) => Problem[] },
  file: string,
): Promise<
  | { ok: true; locate: (problems: readonly Problem[]) => Problem[] }
  | { ok: false; problems: Problem[]; missing: boolean }
> {
  const own = loaded.locate ?? ((ps: readonly Problem[]) => [...ps]);
  if (!files?.length) return { ok: true, locate: own };
  const read = await loadReceivedFiles(files);
  if (!read.ok) return read;
  const placeOf = (path: string): string => {
    const [p] = own([{ severity: "error", code: "duplicateReceived", bodyId: null, path, params: {} }]);
    return p?.cell ? `[${file}]${p.cell.sheet}!${p.cell.address}` : `${file}: ${path}`;
  };
  const joined = joinReceived(loaded.input, read.files, placeOf);
  if (joined.problems.length) return { ok: false, problems: joined.problems, missing: false };
  return { ok: true, locate: (ps) => own(joined.relocate(ps)) };
}
