/**
 * What the schemas miss but Excel repairs or rejects: a table's header cells must equal its column
 * names, table names are unique in the workbook and column names within a table, no two data
 * validations cover one cell, merged ranges and tables do not overlap, every structured reference
 * names an existing table and column, every sheet reference names an existing sheet quoted as Excel
 * quotes it (`''` for a `'`), print areas and titles are absolute and on their own sheet, and a
 * headerless table carries no autoFilter (Excel's "Removed Records: AutoFilter" repair), and an
 * inline validation list stays within Excel's 255 characters.
 */
import { formulaRefs, needsNoQuotes } from "./formula";
import type { OoxmlPackage } from "./package";
import { attr, child, descendants, elements, textOf, type XmlElement } from "./xml";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRef(ref: string): Rect {
  const decode = (a: string) => {
    const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a.trim().toUpperCase());
    if (!m) throw new Error(`not an A1 address: ${a}`);
    let col = 0;
    for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(m[2]), col };
  };
  const [first, second] = ref.split(":");
  const a = decode(first!);
  const b = decode(second ?? first!);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

function columnLetter(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Excel's escape of characters in names and strings: `_xHHHH_`. */
const unescapeX = (s: string) =>
  s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

interface Table {
  name: string;
  part: string;
  sheet: string;
  ref: Rect;
  columns: string[];
}

interface Sheet {
  name: string;
  part: string;
  xml: XmlElement;
}

export interface RuleReport {
  errors: string[];
  /** How many items each rule looked at (a rule that checked nothing proves nothing). */
  counted: Record<string, number>;
}

export function ruleErrors(pkg: OoxmlPackage, label: string): RuleReport {
  const errors: string[] = [];
  const counted: Record<string, number> = {};
  const count = (rule: string, n = 1) => (counted[rule] = (counted[rule] ?? 0) + n);
  const fail = (part: string, message: string) => errors.push(`${label}: ${part}: ${message}`);

  const workbookPart = pkg.rels("").find((r) => r.type === REL + "officeDocument")?.target;
  if (!workbookPart) return { errors: [`${label}: no workbook part`], counted };
  const workbook = pkg.xml(workbookPart);
  const wbRels = pkg.rels(workbookPart);

  const sst: string[] = [];
  const sstPart = wbRels.find((r) => r.type === REL + "sharedStrings")?.target;
  if (sstPart) for (const si of elements(pkg.xml(sstPart), "si")) sst.push(siText(si));

  const sheets: Sheet[] = [];
  const sheetNames = new Set<string>();
  for (const s of descendants(workbook, "sheet")) {
    const name = attr(s, "name") ?? "";
    const rid = attr(s, "id", REL_NS);
    const part = wbRels.find((r) => r.id === rid)?.target;
    count("sheet names");
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name) || /^'|'$/.test(name))
      fail(workbookPart, `sheet name "${name}" is not allowed in Excel`);
    if (sheetNames.has(name.toLowerCase())) fail(workbookPart, `sheet name "${name}" is used twice`);
    sheetNames.add(name.toLowerCase());
    if (!part || !pkg.bytes.has(part)) {
      fail(workbookPart, `sheet "${name}" has no part`);
      continue;
    }
    if (pkg.contentType(part)?.endsWith("worksheet+xml")) sheets.push({ name, part, xml: pkg.xml(part) });
  }

  // Tables, and their header cells.
  const tables: Table[] = [];
  for (const sheet of sheets) {
    const cells = cellTexts(sheet.xml, sst);
    for (const tp of descendants(sheet.xml, "tablePart")) {
      const rid = attr(tp, "id", REL_NS);
      const part = pkg.rels(sheet.part).find((r) => r.id === rid)?.target;
      if (!part || !pkg.bytes.has(part)) {
        fail(sheet.part, `tablePart ${String(rid)} has no table part`);
        continue;
      }
      const t = pkg.xml(part);
      const name = attr(t, "name") ?? "";
      const display = attr(t, "displayName") ?? "";
      const ref = parseRef(attr(t, "ref") ?? "A1");
      const headerRows = Number(attr(t, "headerRowCount") ?? "1");
      const columns = elements(child(t, "tableColumns") ?? t, "tableColumn").map((c) =>
        unescapeX(attr(c, "name") ?? ""),
      );
      count("tables");
      if (name !== display) fail(part, `table name "${name}" differs from its displayName "${display}"`);
      if (columns.length !== ref.right - ref.left + 1)
        fail(part, `${columns.length} tableColumn(s) for a ref ${ref.right - ref.left + 1} column(s) wide`);
      if (headerRows === 0 && child(t, "autoFilter"))
        fail(part, `table "${name}" has headerRowCount="0" and an autoFilter (Excel removes it on repair)`);
      const seen = new Set<string>();
      columns.forEach((col, i) => {
        count("table columns");
        if (col.trim() === "") fail(part, `table "${name}" column ${i + 1} has no name`);
        if (seen.has(col.toLowerCase())) fail(part, `table "${name}" has two columns named "${col}"`);
        seen.add(col.toLowerCase());
        if (headerRows > 0) {
          const address = `${columnLetter(ref.left + i)}${ref.top}`;
          const cell = cells.get(address);
          count("header cells");
          if (cell !== col)
            fail(
              sheet.part,
              `${address}: header cell ${cell === undefined ? "is empty" : JSON.stringify(cell)} but table "${name}" names the column ${JSON.stringify(col)}`,
            );
        }
      });
      tables.push({ name, part, sheet: sheet.name, ref, columns });
    }
  }
  const tableByName = new Map<string, Table>();
  for (const t of tables) {
    if (tableByName.has(t.name.toLowerCase()))
      fail(t.part, `table name "${t.name}" is used twice in the workbook`);
    tableByName.set(t.name.toLowerCase(), t);
  }

  // Defined names: unique per scope, not a table's name; sheet references checked below.
  const formulas: { part: string; where: string; formula: string; sheet?: string }[] = [];
  const definedScopes = new Set<string>();
  const sheetOrder = descendants(workbook, "sheet").map((s) => attr(s, "name") ?? "");
  for (const dn of descendants(workbook, "definedName")) {
    const name = attr(dn, "name") ?? "";
    const local = attr(dn, "localSheetId");
    const key = `${name.toLowerCase()}@${local ?? ""}`;
    count("defined names");
    if (definedScopes.has(key)) fail(workbookPart, `defined name ${name} is defined twice in one scope`);
    definedScopes.add(key);
    if (tableByName.has(name.toLowerCase())) fail(workbookPart, `defined name ${name} is also a table name`);
    const text = textOf(dn);
    formulas.push({ part: workbookPart, where: `definedName ${name}`, formula: text });
    if (/^_xlnm\.(Print_Area|Print_Titles)$/.test(name)) {
      const own = local === undefined ? undefined : sheetOrder[Number(local)];
      const refs = formulaRefs(text);
      for (const r of refs.sheets) {
        count("print ranges");
        if (r.sheet !== own)
          fail(workbookPart, `${name} of sheet "${String(own)}" points at sheet "${r.sheet}"`);
        for (const part of r.address.split(":"))
          if (!/^\$[A-Z]+\$\d+$|^\$\d+$|^\$[A-Z]+$/.test(part))
            fail(workbookPart, `${name} "${text}": ${part} is not an absolute reference`);
      }
    }
  }

  for (const sheet of sheets) {
    // Formulas of the sheet: cells, conditional formats, validations.
    for (const c of descendants(sheet.xml, "c")) {
      const f = child(c, "f");
      if (f && textOf(f) !== "")
        formulas.push({
          part: sheet.part,
          where: attr(c, "r") ?? "?",
          formula: textOf(f),
          sheet: sheet.name,
        });
    }
    for (const cf of descendants(sheet.xml, "conditionalFormatting"))
      for (const f of descendants(cf, "formula"))
        formulas.push({
          part: sheet.part,
          where: `conditional format ${attr(cf, "sqref") ?? ""}`,
          formula: textOf(f),
        });
    const validations = descendants(sheet.xml, "dataValidation");
    for (const dv of validations)
      for (const f of [...elements(dv, "formula1"), ...elements(dv, "formula2")])
        formulas.push({
          part: sheet.part,
          where: `validation ${attr(dv, "sqref") ?? ""}`,
          formula: textOf(f),
        });

    // An inline list (`"a,b,c"`) holds at most 255 characters: Excel drops a longer one on repair.
    for (const dv of validations) {
      if (attr(dv, "type") !== "list") continue;
      const f = elements(dv, "formula1")[0];
      const text = f ? textOf(f) : "";
      count("list validations");
      if (text.startsWith('"') && text.length - 2 > 255)
        fail(
          sheet.part,
          `list validation ${attr(dv, "sqref") ?? ""}: ${text.length - 2} characters (Excel allows 255)`,
        );
    }

    // No cell under two validations.
    const ranges: { sqref: string; rect: Rect }[] = [];
    for (const dv of validations)
      for (const r of (attr(dv, "sqref") ?? "").split(/\s+/).filter(Boolean)) {
        const rect = parseRef(r);
        count("validation ranges");
        for (const other of ranges)
          if (overlaps(rect, other.rect))
            fail(sheet.part, `data validations over ${other.sqref} and ${r} overlap (sheet "${sheet.name}")`);
        ranges.push({ sqref: r, rect });
      }

    // Merged ranges overlap neither each other nor a table.
    const merges = descendants(sheet.xml, "mergeCell").map((m) => attr(m, "ref") ?? "A1");
    merges.forEach((m, i) => {
      const rect = parseRef(m);
      count("merged ranges");
      for (const other of merges.slice(0, i))
        if (overlaps(rect, parseRef(other))) fail(sheet.part, `merged ranges ${other} and ${m} overlap`);
      for (const t of tables)
        if (t.sheet === sheet.name && overlaps(rect, t.ref))
          fail(sheet.part, `merged range ${m} overlaps table "${t.name}"`);
    });
  }
  tables.forEach((t, i) => {
    for (const other of tables.slice(0, i))
      if (other.sheet === t.sheet && overlaps(t.ref, other.ref))
        fail(t.part, `tables "${other.name}" and "${t.name}" overlap`);
  });
  // Calculated column formulas of tables.
  for (const t of tables)
    for (const f of descendants(pkg.xml(t.part), "calculatedColumnFormula"))
      formulas.push({
        part: t.part,
        where: `calculated column of ${t.name}`,
        formula: textOf(f),
        sheet: t.sheet,
      });

  // Every reference in every formula resolves.
  for (const { part, where, formula } of formulas) {
    count("formulas");
    const refs = formulaRefs(formula);
    for (const p of refs.problems) fail(part, `${where}: ${p} in ${formula}`);
    for (const r of refs.sheets) {
      count("sheet references");
      if (!sheetNames.has(r.sheet.toLowerCase()))
        fail(part, `${where}: sheet "${r.sheet}" does not exist (${formula})`);
      if (!r.quoted && !needsNoQuotes(r.sheet)) fail(part, `${where}: sheet name ${r.sheet} must be quoted`);
    }
    for (const s of refs.structured) {
      count("structured references");
      const table = tableByName.get(s.table.toLowerCase());
      if (!table) {
        // A name followed by "[" that is not a table: only an error when no defined name carries it.
        fail(part, `${where}: ${s.text} names no table`);
        continue;
      }
      for (const col of s.columns)
        if (!table.columns.some((c) => c.toLowerCase() === col.toLowerCase()))
          fail(part, `${where}: ${s.text}: table "${table.name}" has no column "${col}"`);
      for (const item of s.items)
        if (!["#all", "#data", "#headers", "#totals", "#this row"].includes(item.toLowerCase()))
          fail(part, `${where}: ${s.text}: unknown item ${item}`);
    }
  }
  return { errors, counted };
}

/** A shared string's text: its `<t>` and its runs' `<t>`, without phonetic runs. */
function siText(si: XmlElement): string {
  let out = "";
  for (const c of elements(si)) {
    if (c.local === "t") out += textOf(c);
    else if (c.local === "r") out += elements(c, "t").map(textOf).join("");
  }
  return unescapeX(out);
}

/** Every cell's displayed text where it is a string or number: address → text. */
function cellTexts(sheet: XmlElement, sst: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of descendants(sheet, "c")) {
    const r = attr(c, "r");
    if (!r) continue;
    const type = attr(c, "t") ?? "n";
    const v = child(c, "v");
    let text: string | undefined;
    if (type === "s" && v) text = sst[Number(textOf(v))];
    else if (type === "inlineStr") {
      const is = child(c, "is");
      text = is ? siText(is) : undefined;
    } else if (v) text = textOf(v);
    if (text !== undefined) out.set(r, text);
  }
  return out;
}
