/**
 * Reads what an .xlsx file holds, part by part, without a spreadsheet library (exceljs would hide
 * the very attributes under test): every table with its cells, and every formula cell with the
 * route Excel takes to evaluate it —
 * - `dynamic`: `<f t="array" ref="X1">` and the cell's `cm` pointing into xl/metadata.xml's
 *   cellMetadata at an XLDAPR block whose `xda:dynamicArrayProperties` says `fDynamic="1"`;
 * - `array`: `<f t="array" ref="X1">` without that flag (a single-cell array formula);
 * - `legacy`: anything else (`<f>` alone or shared): implicit intersection applies.
 */
import JSZip from "jszip";
import type { EvaluationMode, Scalar, Table } from "./formula";

export interface FileFormula {
  sheet: string;
  address: string;
  /** As stored, without `=`. */
  formula: string;
  route: EvaluationMode;
  /** The `ref` of an array formula (must be the cell itself: one value). */
  ref?: string;
  cached: Scalar;
}

export interface FileTable {
  name: string;
  sheet: string;
  ref: string;
  table: Table;
  /** `calculatedColumnFormula` per column header, with its `array` flag. */
  calculated: Map<string, { formula: string; array: boolean }>;
}

export interface WorkbookFile {
  formulas: FileFormula[];
  tables: Map<string, FileTable>;
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decode(m[1]!) : undefined;
};

function cellPosition(address: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(m[2]), col: [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) };
}

/** The 1-based cellMetadata indices whose block is a dynamic array (XLDAPR, fDynamic="1"). */
function dynamicCellMetadata(metadata: string | undefined): Set<number> {
  const dynamic = new Set<number>();
  if (!metadata) return dynamic;
  const types = [...metadata.matchAll(/<metadataType\b[^>]*>/g)].map((m) => attr(m[0], "name"));
  const future = /<futureMetadata\b[^>]*name="XLDAPR"[^>]*>([\s\S]*?)<\/futureMetadata>/.exec(metadata);
  const futureBlocks = future ? [...future[1]!.matchAll(/<bk>([\s\S]*?)<\/bk>/g)].map((m) => m[1]!) : [];
  const cellMetadata = /<cellMetadata\b[^>]*>([\s\S]*?)<\/cellMetadata>/.exec(metadata);
  const blocks = cellMetadata
    ? [...cellMetadata[1]!.matchAll(/<bk>([\s\S]*?)<\/bk>/g)].map((m) => m[1]!)
    : [];
  blocks.forEach((bk, i) => {
    const rc = /<rc\b[^>]*\/>/.exec(bk);
    if (!rc) return;
    const type = types[Number(attr(rc[0], "t")) - 1];
    const block = futureBlocks[Number(attr(rc[0], "v"))];
    if (type === "XLDAPR" && block && /<xda:dynamicArrayProperties\b[^>]*fDynamic="1"/.test(block))
      dynamic.add(i + 1);
  });
  return dynamic;
}

export async function readWorkbookFile(data: Buffer): Promise<WorkbookFile> {
  const zip = await JSZip.loadAsync(data);
  const text = async (name: string) => zip.file(name)?.async("string");
  const strings = [...((await text("xl/sharedStrings.xml")) ?? "").matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => decode([...m[1]!.matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join("")),
  );
  const dynamic = dynamicCellMetadata(await text("xl/metadata.xml"));
  const workbook = (await text("xl/workbook.xml"))!;
  const rels = (await text("xl/_rels/workbook.xml.rels"))!;
  const target = (id: string, relsXml: string, base: string) => {
    const rel = [...relsXml.matchAll(/<Relationship\b[^>]*>/g)].find((m) => attr(m[0], "Id") === id)!;
    const t = attr(rel[0], "Target")!;
    return t.startsWith("/") ? t.slice(1) : `${base}${t}`.replace(/[^/]+\/\.\.\//g, "");
  };
  const formulas: FileFormula[] = [];
  const tables = new Map<string, FileTable>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const sheet = attr(m[0], "name")!;
    const part = target(attr(m[0], "r:id")!, rels, "xl/");
    const xml = (await text(part))!;
    const values = new Map<string, Scalar>();
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = `<c${c[1]}>`;
      const address = attr(tag, "r")!;
      const body = c[2] ?? "";
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
      const type = attr(tag, "t");
      const value: Scalar =
        type === "s"
          ? strings[Number(v)]!
          : type === "inlineStr"
            ? decode([...(is ?? "").matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join(""))
            : type === "str"
              ? decode(v ?? "")
              : type === "b"
                ? v === "1"
                : type === "e"
                  ? { error: v ?? "" }
                  : v === undefined
                    ? null
                    : Number(v);
      values.set(address, value);
      const f = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/.exec(body);
      if (!f) continue;
      const fTag = `<f${f[1]}>`;
      const isArray = attr(fTag, "t") === "array";
      const cm = attr(tag, "cm");
      formulas.push({
        sheet,
        address,
        formula: decode(f[2] ?? ""),
        route:
          isArray && cm !== undefined && dynamic.has(Number(cm)) ? "dynamic" : isArray ? "array" : "legacy",
        ref: attr(fTag, "ref"),
        cached: value,
      });
    }
    const sheetRels = await text(part.replace(/([^/]+)$/, "_rels/$1.rels"));
    for (const t of xml.matchAll(/<tablePart\b[^>]*>/g)) {
      const tablePart = target(attr(t[0], "r:id")!, sheetRels!, part.replace(/[^/]+$/, ""));
      const tx = (await text(tablePart))!;
      const head = /<table\b[^>]*>/.exec(tx)![0];
      const name = attr(head, "name")!;
      const ref = attr(head, "ref")!;
      const [from, to] = ref.split(":").map(cellPosition) as [
        { row: number; col: number },
        { row: number; col: number },
      ];
      const headers: string[] = [];
      const calculated = new Map<string, { formula: string; array: boolean }>();
      for (const col of tx.matchAll(/<tableColumn\b([^>]*?)(?:\/>|>([\s\S]*?)<\/tableColumn>)/g)) {
        const header = attr(`<x${col[1]}>`, "name")!;
        headers.push(header);
        const ccf = /<calculatedColumnFormula\b([^>]*)>([\s\S]*?)<\/calculatedColumnFormula>/.exec(
          col[2] ?? "",
        );
        if (ccf)
          calculated.set(header, {
            formula: decode(ccf[2]!),
            array: ["1", "true"].includes(attr(`<x${ccf[1]}>`, "array") ?? ""),
          });
      }
      const rows: Scalar[][] = [];
      for (let r = from.row + 1; r <= to.row; r++) {
        const row: Scalar[] = [];
        for (let c = from.col; c <= to.col; c++) {
          const letters = columnLetters(c);
          row.push(values.get(`${letters}${r}`) ?? null);
        }
        rows.push(row);
      }
      tables.set(name, { name, sheet, ref, table: { headers, rows, firstRow: from.row + 1 }, calculated });
    }
  }
  return { formulas, tables };
}

function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}
