/**
 * "Import received conclusions" (issue 24): the results files the other authorities sent
 * (`opeval results --out R.json | R.xlsx`) added to the workbook's opeval_Received table. The files
 * are read and checked as `--received` reads them (src/model/received-files.ts); all or nothing:
 * one refused file or row and nothing is written. Writing is one request to create the Received
 * sheet when the workbook lacks it (the template's, in the workbook's language) and one
 * updateTableRows (two round trips, whatever the number of rows: tens of rows, far below Excel on
 * the web's 5 MB request cap).
 */
import type { WorkbookAdapter } from "../src/excel/workbook";
import type { Problem } from "../src/model/problems";
import type { ReceivedFile } from "../src/model/received-files";
import type { ReceivedDirection } from "../src/model/types";
import type { PaneApi } from "./pane-api";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** A workbook file by its name (.xlsx, .xlsm); anything else is read as a results document. */
export function isWorkbookFile(name: string): boolean {
  return /\.xls[xm]$/i.test(name);
}

export type ReceivedImportOutcome =
  /** This Excel (or this build) cannot append table rows. */
  | { kind: "unavailable" }
  /** This webview cannot unpack these workbook files (no DecompressionStream): nothing was read. */
  | { kind: "noWorkbookReader"; files: string[] }
  /** Nothing was written: every reason, at its file and JSON path or cell. */
  | { kind: "refused"; problems: Problem[] }
  | {
      kind: "imported";
      added: { file: string; direction: ReceivedDirection; rows: number }[];
      /** The Received sheet's name when the import created it. */
      createdSheet?: string;
      warnings: Problem[];
    };

export async function importReceived(
  workbook: WorkbookAdapter,
  api: PaneApi,
  picked: readonly PickedFile[],
): Promise<ReceivedImportOutcome> {
  const received = api.received;
  if (!received || !workbook.updateTableRows) return { kind: "unavailable" };
  const workbooks = picked.filter((f) => isWorkbookFile(f.name)).map((f) => f.name);
  if (workbooks.length && !received.canReadWorkbooks()) return { kind: "noWorkbookReader", files: workbooks };
  const files: ReceivedFile[] = [];
  const problems: Problem[] = [];
  for (const file of picked) {
    const read = await received.readFile(file.name, file.bytes);
    if (read.ok) files.push(read.read);
    else problems.push(...read.problems);
  }
  if (problems.length) return { kind: "refused", problems };
  const tables = await workbook.readTables(await api.inputTableNames());
  const tableName = received.tableName;
  const plan = await received.plan(tables, files);
  if (plan.kind === "refused") return plan;
  let createdSheet: string | undefined;
  if (plan.table === undefined) {
    const sheets = (await api.templateSheets(plan.lang)).filter((s) =>
      s.tables?.some((t) => t.name === tableName),
    );
    const written = await workbook.writeSheets(sheets);
    createdSheet = written.sheets[0]?.name;
  }
  if (plan.append.length) await workbook.updateTableRows(plan.table ?? tableName, { append: plan.append });
  return {
    kind: "imported",
    added: plan.added,
    ...(createdSheet ? { createdSheet } : {}),
    warnings: plan.warnings,
  };
}
