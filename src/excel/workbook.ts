/**
 * What the task pane needs from a workbook, as one small interface. Two implementations:
 * OfficeWorkbook (Office.js, the real add-in) and MemoryWorkbook (in-memory sheets: the browser
 * preview and tests). The pane only ever talks to this interface, so the preview exercises the
 * same pane code as Excel does.
 */
import type { CellValue, SheetSpec } from "../sheet/spec";

/** An Excel table as read (header row first): the reader's own input type. */
export type { TableValues } from "../model/tables";
import type { TableValues } from "../model/tables";
import type { FormSheet, NewWorkbooksResult } from "./new-workbooks";

export interface WriteProgress {
  /** 1-based number of the batch just written, and how many batches there are. */
  batch: number;
  batches: number;
  /** Sheets written so far (all batches up to this one) and in total. */
  sheetsWritten: number;
  sheetsTotal: number;
  /** The names of the sheets this batch wrote. */
  names: string[];
  /** Where sheets travel as files (file import, new workbooks): the file just sent, of how many. */
  file?: { number: number; of: number };
}

export interface WriteOptions {
  onProgress?: (progress: WriteProgress) => void;
  /** Checked between batches: once it reports true, no further batch is sent. */
  isCancelled?: () => boolean;
}

export interface WrittenSheet {
  /** The name asked for (SheetSpec.name) and the name actually given (unique in the workbook). */
  wanted: string;
  name: string;
}

export interface WriteResult {
  sheets: WrittenSheet[];
  cancelled: boolean;
  /**
   * Set when Excel refused to import the sheets as a file (src/excel/native-import.ts) and they
   * were written cell by cell instead: the reason Excel gave (its error code).
   */
  fallback?: string;
}

/** A chart over a range of a sheet: the first column holds categories, the others series. */
export interface ChartSpec {
  /** bar: the ranking; line: a body's trend over the recorded periods. */
  type: "bar" | "line";
  title: string;
  /** Range with one header row, e.g. `B1:C9`. */
  dataRange: string;
  /** Top-left cell where the chart is placed. */
  anchor: string;
}

export interface WorkbookAdapter {
  /** Reads the named tables (missing ones are left out) in one round trip. */
  readTables(names: readonly string[]): Promise<TableValues[]>;
  sheetNames(): Promise<string[]>;
  /** Adds every sheet as a new sheet (never touching an existing one). */
  writeSheets(sheets: readonly SheetSpec[], options?: WriteOptions): Promise<WriteResult>;
  activateSheet(name: string): Promise<void>;
  /** Activates the sheet and selects the cell or range. */
  selectRange(sheet: string, address: string): Promise<void>;
  /** Adds `sheet` and a chart on it; returns the sheet's actual name. */
  insertSheetWithChart(sheet: SheetSpec, chart: ChartSpec): Promise<string>;
  /** Removes the data rows of an existing table that match, then appends rows (history records). */
  updateTableRows?(table: string, update: TableRowsUpdate): Promise<{ removed: number; added: number }>;
  /** Writes again the formulas of cells that call OPEVAL.* and show an error (./repair.ts). */
  repairOpevalCells?(): Promise<RepairResult>;
  /** Opens the forms as new workbooks (./new-workbooks.ts); absent where Excel cannot. */
  openNewWorkbooks?(forms: readonly FormSheet[], options?: WriteOptions): Promise<NewWorkbooksResult>;
}

/** What "Repair OPEVAL cells" did (./repair.ts). */
export interface RepairResult {
  /** Cells calling OPEVAL.* that showed an error (on sheets that could be written). */
  found: number;
  /** Of those, cells that no longer show an error once written again (or are being computed). */
  repaired: number;
  /** Cells still showing an error after the write, with that error. */
  notRepaired: { sheet: string; address: string; error: string }[];
  /** Protected sheets, skipped, with how many erroring OPEVAL cells each has. */
  protectedSheets: { sheet: string; cells: number }[];
  /** Write requests sent (one per budgeted batch). */
  writeRequests: number;
}

/** Rows to take out of a table (those whose cell in `column`, 0-based, reads `equals`) and rows to add. */
export interface TableRowsUpdate {
  removeWhere?: { column: number; equals: string };
  /** In the table's column order; strings are written as text, never as formulas. */
  append: CellValue[][];
}
