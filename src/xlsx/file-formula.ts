/**
 * The one place where a formula as opeval builds it (as a user types it in Excel 365, as Office.js
 * `range.formulas` takes it) differs from the formula an .xlsx file stores:
 * - syntax (toFileFormula): the file has no display shorthands and stores newer functions by their
 *   file names;
 * - evaluation (withDynamicArrayFormulas): a formula typed in Excel 365 is a dynamic-array formula,
 *   but a plain `<f>` in a file is read as a legacy formula, with implicit intersection wherever a
 *   parameter takes one value (`IF(t[col]="",…)` inside FILTER would read one cell). So every
 *   formula opeval writes is stored as Excel 365 stores a typed dynamic-array formula:
 *   `<c cm="1"><f t="array" ref="X5">…</f>` with cell metadata 1 in xl/metadata.xml being the XLDAPR
 *   dynamic-array property (fDynamic="1"). Each such formula returns one value (a spill inside a
 *   table would be #SPILL!), so `ref` is the cell itself. The table columns are not marked as
 *   calculated columns (`<calculatedColumnFormula array="1">`, which Excel adds when a formula is
 *   typed into a whole column): exceljs 4.4 cannot read a `<tableColumn>` with a child element
 *   (TableColumnXform ends the column at the first closing tag: "Cannot set properties of
 *   undefined (setting 'filterButton')"), and opeval reads its own templates back with exceljs.
 * Forms build display formulas only; the .xlsx writer converts them here. exceljs cannot write
 * `cm`, metadata or array calculated columns, so the zipped parts are completed after it
 * (completePackage), in the same pass that sets the workbook's calculation properties.
 */
import { inflateRawSync } from "node:zlib";
import { readZip, storedBytes, utf8, zipDirectory } from "../sheet/zip-directory";
import { deflateRawNode } from "./deflate-node";
import { CALC_PR } from "./spreadsheetml";
import { ZipWriter } from "./zip";

/** Functions newer than the file format's base set, as Excel stores them in a workbook file. */
const FILE_PREFIXES: Readonly<Record<string, string>> = {
  XLOOKUP: "_xlfn.XLOOKUP",
  FILTER: "_xlfn._xlws.FILTER",
  HSTACK: "_xlfn.HSTACK",
};

/**
 * A formula as it must stand in an .xlsx file, where Excel's display shorthands do not exist: `[@col]` is `Table[[#This Row],[col]]`, a bare `[col]` names its
 * table, new functions carry their `_xlfn.` prefix, and a custom function is stored as
 * `_xldudf_NAMESPACE_NAME` until the add-in registers it. Office.js takes the display form as is.
 * Text inside string literals is left alone. `table` is the table the cell stands in (as written:
 * the writer may have renamed it to keep names unique).
 */
export function toFileFormula(formula: string, table?: string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const c = formula[i]!;
    if (c === '"') {
      const end = formula.indexOf('"', i + 1);
      let j = end;
      while (formula[j + 1] === '"') j = formula.indexOf('"', j + 2);
      out += formula.slice(i, j + 1);
      i = j + 1;
    } else if (c === "[") {
      // `[@[col]]` (or the short `[@col]`) is this row; `[col]` a whole column.
      const thisRow = formula[i + 1] === "@";
      const nested = thisRow && formula[i + 2] === "[";
      const start = i + (nested ? 3 : thisRow ? 2 : 1);
      let j = start;
      while (j < formula.length && formula[j] !== "]") j += formula[j] === "'" ? 2 : 1;
      const inner = formula.slice(start, j);
      const qualified = /[A-Za-z0-9_]$/.test(out);
      if (!qualified && table === undefined) throw new Error(`${formula}: a table reference outside a table`);
      out += thisRow
        ? `${qualified ? "" : table}[[#This Row],[${inner}]]`
        : `${qualified ? "" : table}[${inner}]`;
      i = j + (nested ? 2 : 1);
    } else if (/[A-Za-z_]/.test(c) && !/[A-Za-z0-9_.]$/.test(out)) {
      const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(formula.slice(i))![0];
      const isCall = formula[i + name.length] === "(";
      if (isCall && name.startsWith("OPEVAL.")) out += `_xldudf_OPEVAL_${name.slice("OPEVAL.".length)}`;
      else if (isCall && FILE_PREFIXES[name.toUpperCase()]) out += FILE_PREFIXES[name.toUpperCase()];
      else out += name;
      i += name.length;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

const METADATA_PART = "xl/metadata.xml";
const METADATA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetMetadata+xml";
const METADATA_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sheetMetadata";

/**
 * xl/metadata.xml as Excel 365 writes it for dynamic-array formulas: one metadata type XLDAPR, one
 * future-metadata block with the dynamic-array property, one cell-metadata block (`cm="1"`).
 */
const METADATA_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<metadata xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray">' +
  '<metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" ' +
  'pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" ' +
  'clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes>' +
  '<futureMetadata name="XLDAPR" count="1"><bk><extLst>' +
  '<ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}">' +
  '<xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata>' +
  '<cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>';

/** The formula cells opeval wrote, by sheet name: the only ones flagged (never an analyst's). */
export type DynamicCells = ReadonlyMap<string, ReadonlySet<string>>;

const xmlAttr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

const unescapeXml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

function resolveTarget(target: string, base: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `${base}${target}`.split("/");
  const out: string[] = [];
  for (const p of parts)
    if (p === "..") out.pop();
    else out.push(p);
  return out.join("/");
}

function relationships(xml: string): Map<string, string> {
  return new Map(
    [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [xmlAttr(m[0], "Id")!, xmlAttr(m[0], "Target")!]),
  );
}

/** The parts of a package, in its order, as text (every part exceljs writes is XML). */
function readParts(data: Uint8Array): Map<string, string> {
  const problem = (part?: string) => new Error(`exceljs wrote a damaged package${part ? ` (${part})` : ""}`);
  const entries = readZip(() => zipDirectory(data), {
    notZip: problem,
    noDirectory: problem,
    badDirectory: problem,
    encrypted: problem,
    badLocalHeader: problem,
  });
  const parts = new Map<string, string>();
  for (const entry of entries.values()) {
    if (entry.name.endsWith("/")) continue; // a folder entry: no part
    const stored = storedBytes(data, entry);
    parts.set(entry.name, utf8(entry.method === 8 ? inflateRawSync(stored) : stored));
  }
  return parts;
}

/**
 * The workbook's `<calcPr>` as opeval's own writer has it (./spreadsheetml.ts): Excel's current
 * calculation engine id and no `fullCalcOnLoad`. exceljs writes its default 171027; an Excel whose
 * engine is newer than a file's calcId recalculates the whole file on load, and every `OPEVAL.*`
 * cell becomes `#NAME?` where the add-in is not (yet) loaded (docs/WORKBOOKS.md).
 */
export function withCurrentCalcPr(workbookXml: string): string {
  const start = workbookXml.indexOf("<calcPr");
  if (start < 0) return workbookXml.replace("</workbook>", `${CALC_PR}</workbook>`);
  const end = workbookXml.indexOf(">", start);
  const tag = workbookXml.slice(start, end + 1);
  const kept = [...tag.matchAll(/\s([\w:]+)="([^"]*)"/g)]
    .filter((m) => m[1] !== "calcId" && m[1] !== "fullCalcOnLoad")
    .map((m) => ` ${m[1]}="${m[2]}"`)
    .join("");
  return `${workbookXml.slice(0, start)}${CALC_PR.replace("/>", `${kept}/>`)}${workbookXml.slice(end + 1)}`;
}

/**
 * Completes a package exceljs wrote, in one pass: the workbook's calculation properties set as
 * Excel's (withCurrentCalcPr), and the given formula cells flagged as Excel 365's dynamic-array
 * formulas (see the module comment). Every other part is kept as exceljs wrote it.
 */
export async function completePackage(data: Uint8Array, cells: DynamicCells): Promise<Buffer> {
  const parts = readParts(data);
  const read = (name: string) => {
    const text = parts.get(name);
    if (text === undefined) throw new Error(`${name} is missing from the package`);
    return text;
  };
  const workbookXml = read("xl/workbook.xml");
  parts.set("xl/workbook.xml", withCurrentCalcPr(workbookXml));
  const workbookRels = relationships(read("xl/_rels/workbook.xml.rels"));
  let flagged = 0;
  for (const m of workbookXml.matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(xmlAttr(m[0], "name")!);
    const wanted = cells.get(name);
    if (!wanted?.size) continue;
    const part = resolveTarget(workbookRels.get(xmlAttr(m[0], "r:id")!)!, "xl/");
    const formulas = new Map<string, string>();
    const sheet = read(part).replace(
      /<c\b([^>]*?)>(<f>([\s\S]*?)<\/f>)/g,
      (whole, attrs: string, _f: string, formula: string) => {
        const address = xmlAttr(attrs, "r")!;
        if (!wanted.has(address)) return whole;
        formulas.set(address, formula);
        flagged++;
        return `<c${attrs} cm="1"><f t="array" ref="${address}">${formula}</f>`;
      },
    );
    const missing = [...wanted].filter((a) => !formulas.has(a));
    if (missing.length) throw new Error(`${name}: no plain formula at ${missing.join(", ")}`);
    parts.set(part, sheet);
  }
  if (flagged > 0) {
    parts.set(METADATA_PART, METADATA_XML);
    const types = read("[Content_Types].xml");
    if (!types.includes(`PartName="/${METADATA_PART}"`))
      parts.set(
        "[Content_Types].xml",
        types.replace(
          "</Types>",
          `<Override PartName="/${METADATA_PART}" ContentType="${METADATA_TYPE}"/></Types>`,
        ),
      );
    const relsXml = read("xl/_rels/workbook.xml.rels");
    if (!relsXml.includes(METADATA_REL)) {
      let n = workbookRels.size + 1;
      while (workbookRels.has(`rId${n}`)) n++;
      parts.set(
        "xl/_rels/workbook.xml.rels",
        relsXml.replace(
          "</Relationships>",
          `<Relationship Id="rId${n}" Type="${METADATA_REL}" Target="metadata.xml"/></Relationships>`,
        ),
      );
    }
  }
  const zip = new ZipWriter(deflateRawNode);
  for (const [name, text] of parts) await zip.add(name, text);
  return Buffer.from(zip.finish());
}
