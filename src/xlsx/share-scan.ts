/**
 * The values-only copy of an analyst's workbook (`opeval share`, the pane's "Share a copy"): the
 * text transforms, with no Node or browser API, so the CLI (./share-node.ts) and the pane
 * (taskpane/share.ts) run the same code.
 *
 * Only what calls `OPEVAL.*` changes (docs/INSTALL.md, "Sharing a copy"):
 * - a cell whose formula calls it keeps its cached value and loses its `<f>` and `cm` (the
 *   dynamic-array metadata pointed at the formula); a string result (`t="str"`) becomes an inline
 *   string. A shared-formula group goes as a whole: its members carry no text of their own, so
 *   each follows its master (Excel writes the master first, at the group's top-left cell);
 * - a table's calculatedColumnFormula, a conditional-formatting rule or a data validation calling
 *   it is removed and reported; a defined name calling it is kept and reported (removing it would
 *   break every formula using it at once);
 * - everything else, every other formula included, is left byte for byte.
 * A sheet is scanned as it streams (SheetScanner.push): indexOf over a bounded window, one element
 * at a time, never a regular expression over the part.
 */
import type { Problem } from "../model/problems";
import { attributes, decodeXml } from "../sheet/xml-scan";

/** Where the excel file stores a custom function: `_xldudf_` + namespace + `_` + name. */
const STORED_CALL = "_xldudf_opeval_";
/** The display form, as a formula typed in Excel (or a file from another tool) may hold it. */
const DISPLAY_CALL = "opeval.";

/** One element held whole in memory (a cell, a validation list, a conditional format): the cap. */
export const MAX_ELEMENT_CHARS = 4 * 1024 * 1024;

export type ShareFindingCode =
  | "shareNoValue"
  | "shareNameError"
  | "shareMemberBeforeMaster"
  | "shareTooLargeElement"
  | "shareCalculatedColumn"
  | "shareDefinedName"
  | "shareConditionalFormat"
  | "shareValidation";

/** What the copy could not take as it is: errors stop it, warnings say what was removed or kept. */
export interface ShareFinding {
  severity: "error" | "warning";
  code: ShareFindingCode;
  /** Sheet name, table name or "" (workbook level). */
  sheet: string;
  /** Cell or range address, when there is one. */
  address: string;
  params: Record<string, string | number>;
}

/** True when a formula (XML-decoded) calls an OPEVAL.* function outside its string literals. */
export function callsOpeval(formula: string): boolean {
  const lower = formula.toLowerCase();
  if (!lower.includes(STORED_CALL) && !lower.includes(DISPLAY_CALL)) return false;
  let i = 0;
  while (i < lower.length) {
    if (lower[i] === '"') {
      const end = lower.indexOf('"', i + 1);
      if (end < 0) return false;
      i = end + 1;
      continue;
    }
    const before = i === 0 ? "" : lower[i - 1]!;
    if (!/[a-z0-9_.]/.test(before) && (lower.startsWith(STORED_CALL, i) || lower.startsWith(DISPLAY_CALL, i)))
      return true;
    i++;
  }
  return false;
}

/** The end (exclusive) of the element starting at `start` whose name is `name`, or -1 if not yet in `text`. */
function elementEnd(text: string, start: number, name: string): number {
  const tagEnd = text.indexOf(">", start);
  if (tagEnd < 0) return -1;
  if (text[tagEnd - 1] === "/") return tagEnd + 1;
  const close = text.indexOf(`</${name}>`, tagEnd);
  return close < 0 ? -1 : close + name.length + 3;
}

/** The element name at `<` position `at` (prefix included), or "" when it is not a start tag. */
function nameAt(text: string, at: number): string {
  let j = at + 1;
  while (j < text.length && !" \t\r\n/>".includes(text[j]!)) j++;
  const name = text.slice(at + 1, j);
  return /^[A-Za-z_]/.test(name) ? name : "";
}

/** The element's text content (between its start and end tags), decoded. */
function innerText(element: string): string {
  const open = element.indexOf(">");
  const close = element.lastIndexOf("</");
  return open < 0 || close < open ? "" : decodeXml(element.slice(open + 1, close));
}

/** Removes the `child` elements of a container that call OPEVAL; returns the rest (or "" when none is left). */
function withoutOpevalChildren(
  container: string,
  child: string,
  formulaTags: readonly string[],
): { xml: string; removed: string[] } {
  const removed: string[] = [];
  let out = "";
  let kept = 0;
  let from = 0;
  for (let at = container.indexOf(`<${child}`, 0); at >= 0; at = container.indexOf(`<${child}`, at + 1)) {
    if (nameAt(container, at) !== child) continue;
    const end = elementEnd(container, at, child);
    if (end < 0) break;
    const element = container.slice(at, end);
    if (formulaTags.some((tag) => formulasOf(element, tag).some(callsOpeval))) {
      out += container.slice(from, at);
      from = end;
      removed.push(element);
    } else kept++;
    at = end - 1;
  }
  if (removed.length === 0) return { xml: container, removed };
  if (kept === 0) return { xml: "", removed };
  out += container.slice(from);
  // A validation list counts its children.
  return { xml: out.replace(/^(<[^>]*\scount=")\d+"/, `$1${kept}"`), removed };
}

/** The decoded texts of every `tag` element inside an XML fragment. */
function formulasOf(xml: string, tag: string): string[] {
  const out: string[] = [];
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    if (nameAt(xml, at) !== tag) continue;
    const end = elementEnd(xml, at, tag);
    if (end < 0) break;
    out.push(innerText(xml.slice(at, end)));
  }
  return out;
}

/** The range a conditional format or validation covers: its sqref attribute, or the x14 `<xm:sqref>` child. */
function sqrefOf(element: string): string {
  const tagEnd = element.indexOf(">");
  const own = attributes(element.slice(0, tagEnd)).sqref;
  if (own) return own;
  const at = element.indexOf("<xm:sqref>");
  return at < 0 ? "" : element.slice(at + 10, element.indexOf("</xm:sqref>", at));
}

/**
 * One worksheet part, scanned as its text streams in. push() returns the text ready to go out;
 * end() the rest. findings and converted count what it did.
 */
export class SheetScanner {
  readonly findings: ShareFinding[] = [];
  /** Cells that lost their OPEVAL formula. */
  converted = 0;
  private pending = "";
  /** Shared-formula groups (si) seen so far: whether the master's formula calls OPEVAL. */
  private readonly groups = new Map<string, boolean>();

  constructor(
    private readonly sheet: string,
    private readonly part: string,
  ) {}

  push(text: string): string {
    this.pending += text;
    let out = "";
    let from = 0;
    let at = this.pending.indexOf("<");
    while (at >= 0) {
      const name = nameAt(this.pending, at);
      const unit = this.unitEnd(name, at);
      if (unit === undefined) {
        // Not an element we change: pass its start tag on (or wait for the whole tag).
        const tagEnd = this.pending.indexOf(">", at);
        if (tagEnd < 0) break;
        at = this.pending.indexOf("<", tagEnd);
        continue;
      }
      if (unit < 0) break;
      if (unit - at > MAX_ELEMENT_CHARS) this.tooLarge();
      out += this.pending.slice(from, at) + this.transform(name, this.pending.slice(at, unit));
      from = unit;
      at = this.pending.indexOf("<", unit);
    }
    // Everything up to the first element not yet complete goes out.
    const keepFrom = at >= 0 ? at : this.pending.length;
    out += this.pending.slice(from, keepFrom);
    this.pending = this.pending.slice(keepFrom);
    if (this.pending.length > MAX_ELEMENT_CHARS) this.tooLarge();
    return out;
  }

  private tooLarge(): never {
    this.error("shareTooLargeElement", "", { part: this.part, limit: MAX_ELEMENT_CHARS });
    throw new ShareStopped(this.findings);
  }

  end(): string {
    const rest = this.pending;
    this.pending = "";
    return rest;
  }

  /** The end of an element the scan may change, -1 when it is incomplete, undefined for any other. */
  private unitEnd(name: string, at: number): number | undefined {
    switch (name) {
      case "c":
      case "conditionalFormatting":
      case "x14:conditionalFormatting":
      case "dataValidations":
      case "x14:dataValidations":
        return elementEnd(this.pending, at, name);
      default:
        return undefined;
    }
  }

  private transform(name: string, element: string): string {
    if (name === "c") return this.cell(element);
    if (!callsOpeval(decodeXml(element))) return element;
    const x14 = name.startsWith("x14:");
    const validations = name.endsWith("dataValidations");
    const child = validations
      ? x14
        ? "x14:dataValidation"
        : "dataValidation"
      : x14
        ? "x14:cfRule"
        : "cfRule";
    const tags = x14 ? ["xm:f"] : validations ? ["formula1", "formula2"] : ["formula"];
    const { xml, removed } = withoutOpevalChildren(element, child, tags);
    for (const rule of removed)
      this.findings.push({
        severity: "warning",
        code: validations ? "shareValidation" : "shareConditionalFormat",
        sheet: this.sheet,
        address: "",
        params: { range: validations ? sqrefOf(rule) : sqrefOf(element) },
      });
    return xml;
  }

  /** A `<c>` element: unchanged unless its formula calls OPEVAL (or its shared group's does). */
  private cell(element: string): string {
    const tagEnd = element.indexOf(">");
    if (element[tagEnd - 1] === "/") return element;
    const fAt = element.indexOf("<f", tagEnd);
    if (fAt < 0 || nameAt(element, fAt) !== "f") return element;
    const fEnd = elementEnd(element, fAt, "f");
    const f = element.slice(fAt, fEnd);
    const fAttributes = attributes(f.slice(0, f.indexOf(">")));
    const text = f.endsWith("/>") ? "" : innerText(f);
    const address = attributes(element.slice(0, tagEnd)).r ?? "";
    let opeval: boolean;
    if (fAttributes.t === "shared" && fAttributes.si !== undefined && text === "") {
      const group = this.groups.get(fAttributes.si);
      if (group === undefined) {
        this.error("shareMemberBeforeMaster", address, { group: fAttributes.si });
        return element;
      }
      opeval = group;
    } else {
      opeval = callsOpeval(text);
      if (fAttributes.t === "shared" && fAttributes.si !== undefined) this.groups.set(fAttributes.si, opeval);
    }
    if (!opeval) return element;
    return this.valueCell(element.slice(0, tagEnd + 1), element.slice(fEnd), address);
  }

  /** The cell as a value: start tag without cm, its `<v>` (or an inline string for t="str"). */
  private valueCell(startTag: string, afterFormula: string, address: string): string {
    const vAt = afterFormula.indexOf("<v");
    const vEnd = vAt < 0 || nameAt(afterFormula, vAt) !== "v" ? -1 : elementEnd(afterFormula, vAt, "v");
    const v = vEnd < 0 ? "" : afterFormula.slice(vAt, vEnd);
    const cellAttributes = attributes(startTag);
    if (v === "" || v.endsWith("/>") || (v === "<v></v>" && cellAttributes.t !== "str")) {
      this.error("shareNoValue", address, {});
      return startTag + afterFormula;
    }
    if (cellAttributes.t === "e" && innerText(v) === "#NAME?") {
      this.error("shareNameError", address, {});
      return startTag + afterFormula;
    }
    this.converted++;
    let tag = startTag.replace(/\scm="[^"]*"/, "");
    let value = v;
    if (cellAttributes.t === "str") {
      tag = tag.replace(/\st="str"/, ' t="inlineStr"');
      const raw = v.slice(v.indexOf(">") + 1, v.lastIndexOf("</v>"));
      const decoded = decodeXml(raw);
      const space = decoded.trim() !== decoded ? ' xml:space="preserve"' : "";
      value = `<is><t${space}>${raw}</t></is>`;
    }
    return tag + value + afterFormula.slice(vEnd);
  }

  private error(code: ShareFindingCode, address: string, params: ShareFinding["params"]): void {
    this.findings.push({ severity: "error", code, sheet: this.sheet, address, params });
  }
}

/** The copy stops: an element beyond the cap (the findings say which). */
export class ShareStopped extends Error {
  constructor(readonly findings: readonly ShareFinding[]) {
    super("share stopped");
    this.name = "ShareStopped";
  }
}

/** A table part with every calculatedColumnFormula that calls OPEVAL removed (a table is small). */
export function shareTable(xml: string, findings: ShareFinding[]): string {
  const tableAt = xml.indexOf("<table");
  const table = attributes(xml.slice(tableAt, xml.indexOf(">", tableAt))).name ?? "";
  let out = "";
  let from = 0;
  const tag = "calculatedColumnFormula";
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    if (nameAt(xml, at) !== tag) continue;
    const end = elementEnd(xml, at, tag);
    if (end < 0) break;
    if (!callsOpeval(innerText(xml.slice(at, end)))) continue;
    const columnAt = xml.lastIndexOf("<tableColumn ", at);
    const column = attributes(xml.slice(columnAt, xml.indexOf(">", columnAt))).name ?? "";
    findings.push({
      severity: "warning",
      code: "shareCalculatedColumn",
      sheet: table,
      address: "",
      params: { table, column },
    });
    out += xml.slice(from, at);
    from = end;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** Reports every defined name of the workbook part whose formula calls OPEVAL (they are kept). */
export function reportDefinedNames(workbookXml: string, findings: ShareFinding[]): void {
  const tag = "definedName";
  for (let at = workbookXml.indexOf(`<${tag}`); at >= 0; at = workbookXml.indexOf(`<${tag}`, at + 1)) {
    if (nameAt(workbookXml, at) !== tag) continue;
    const end = elementEnd(workbookXml, at, tag);
    if (end < 0) break;
    const element = workbookXml.slice(at, end);
    if (callsOpeval(innerText(element)))
      findings.push({
        severity: "warning",
        code: "shareDefinedName",
        sheet: "",
        address: "",
        params: { name: attributes(element.slice(0, element.indexOf(">"))).name ?? "" },
      });
  }
}

const CALC_CHAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml";
const CALC_CHAIN_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";

/** Removes every element `<tag …/>` of a small part whose start tag contains `marker`. */
function withoutEmptyElements(xml: string, tag: string, marker: string): string {
  let out = "";
  let from = 0;
  for (let at = xml.indexOf(`<${tag}`); at >= 0; at = xml.indexOf(`<${tag}`, at + 1)) {
    const end = xml.indexOf(">", at) + 1;
    if (!xml.slice(at, end).includes(marker)) continue;
    out += xml.slice(from, at);
    from = end;
  }
  return from === 0 ? xml : out + xml.slice(from);
}

/** [Content_Types].xml without the calculation chain's Override (the chain is dropped: it lists formulas that are gone). */
export function withoutCalcChainType(xml: string): string {
  return withoutEmptyElements(xml, "Override ", `"${CALC_CHAIN_TYPE}"`);
}

/** The workbook's relationships without the calculation chain's. */
export function withoutCalcChainRel(xml: string): string {
  return withoutEmptyElements(xml, "Relationship ", `"${CALC_CHAIN_REL}"`);
}

export const WORKSHEET_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const TABLE_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";

/** The worksheet parts of a workbook, by part name (resolved, lower case) → sheet name. */
export function worksheetParts(
  workbookXml: string,
  relsXml: string,
  resolve: (target: string) => string,
): Map<string, string> {
  const targets = new Map<string, string>();
  for (let at = relsXml.indexOf("<Relationship "); at >= 0; at = relsXml.indexOf("<Relationship ", at + 1)) {
    const a = attributes(relsXml.slice(at, relsXml.indexOf(">", at)));
    if (a.Type === WORKSHEET_REL && a.Id && a.Target && a.TargetMode !== "External")
      targets.set(a.Id, resolve(a.Target).toLowerCase());
  }
  const parts = new Map<string, string>();
  for (let at = workbookXml.indexOf("<sheet "); at >= 0; at = workbookXml.indexOf("<sheet ", at + 1)) {
    const a = attributes(workbookXml.slice(at, workbookXml.indexOf(">", at)));
    const part = a.id === undefined ? undefined : targets.get(a.id);
    if (part && a.name !== undefined) parts.set(part, a.name);
  }
  return parts;
}

/** The table parts of a package, from its content types (Override PartName, lower case, no slash). */
export function tableParts(contentTypesXml: string): Set<string> {
  const parts = new Set<string>();
  for (
    let at = contentTypesXml.indexOf("<Override ");
    at >= 0;
    at = contentTypesXml.indexOf("<Override ", at + 1)
  ) {
    const a = attributes(contentTypesXml.slice(at, contentTypesXml.indexOf(">", at)));
    if (a.ContentType === TABLE_TYPE && a.PartName) parts.add(a.PartName.replace(/^\//, "").toLowerCase());
  }
  return parts;
}

/** A finding as the one catalogue of problems words it (src/model/problems.ts), at its cell. */
export function findingProblem(finding: ShareFinding): Problem {
  return {
    severity: finding.severity,
    code: finding.code,
    bodyId: null,
    path: finding.sheet,
    params: finding.params,
    ...(finding.address ? { cell: { sheet: finding.sheet, address: finding.address } } : {}),
  };
}
