/**
 * Ground for both back ends: the few pieces of SpreadsheetML reading that opeval's two readers
 * share — the CLI's input reader (src/xlsx/package.ts, Node) and the model of Excel's insert
 * (src/excel/excel-model/inserted-sheets.ts, Node and browser): XML text and attributes, and Excel's built-in
 * number formats. No Node or browser API, so both can import it.
 */

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML character data with the predefined entities and character references decoded. */
export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e] ?? whole;
  });
}

/**
 * Attributes of a start tag's text, keyed by local name (a namespace prefix dropped). One pass:
 * each `=` is found by indexOf and its name read backwards to the previous value, so a long word
 * without `=` costs its length once (a regex retried it at every character: quadratic).
 */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  let from = 0;
  for (let eq = tag.indexOf("=", from); eq >= 0; eq = tag.indexOf("=", from)) {
    let nameEnd = eq;
    while (nameEnd > from && isSpace(tag.charCodeAt(nameEnd - 1))) nameEnd--;
    let nameStart = nameEnd;
    while (nameStart > from && isNameChar(tag.charCodeAt(nameStart - 1))) nameStart--;
    let open = eq + 1;
    while (open < tag.length && isSpace(tag.charCodeAt(open))) open++;
    const quote = tag[open];
    if (quote !== '"' && quote !== "'") {
      from = eq + 1;
      continue;
    }
    const close = tag.indexOf(quote, open + 1);
    if (close < 0) break;
    const name = tag.slice(nameStart, nameEnd);
    if (name !== "" && !name.startsWith("xmlns")) {
      const colon = name.indexOf(":");
      out[colon < 0 ? name : name.slice(colon + 1)] = decodeXml(tag.slice(open + 1, close));
    }
    from = close + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** A character of an XML name as SpreadsheetML parts use them (letters, digits, `_ . : -`). */
function isNameChar(c: number): boolean {
  return (
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x3a ||
    c === 0x2d ||
    c > 0x7f
  );
}

// ---------------------------------------------------------------------------------------------
// The offset scanner: every reader of SpreadsheetML walks parts with these (indexOf loops, each
// character looked at a bounded number of times), never with a backtracking regex over a part.

/** A part is not well-formed where the scanner needs it to be (a tag or element that never ends). */
export class XmlScanError extends Error {
  constructor(readonly what: string) {
    super(what);
    this.name = "XmlScanError";
  }
}

/** A start tag found by offset. */
export interface StartTag {
  /** The local name (prefix dropped). */
  local: string;
  /** Offset of its `<`. */
  start: number;
  /** Offset just past its `>`. */
  end: number;
  /** The text between the name and `>` (or `/>`): attributes() reads it. */
  attrs: string;
  /** An empty element, `<x …/>`. */
  empty: boolean;
}

/** Offset of the `>` ending the tag whose name ends at `from` (quoted values may hold `>`). */
function tagEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (c === 0x3e) return i;
    if (c === 0x22 || c === 0x27) {
      const close = xml.indexOf(c === 0x22 ? '"' : "'", i + 1);
      if (close < 0) break;
      i = close;
    }
  }
  return -1;
}

/**
 * The next start tag at or after `from` whose local name is `local` (or one of `local`), skipping
 * end tags, comments, CDATA and processing instructions. Throws XmlScanError for a matching tag,
 * comment or CDATA section that never ends.
 */
export function nextStartTag(xml: string, local: string | readonly string[], from = 0): StartTag | undefined {
  const wanted = typeof local === "string" ? [local] : local;
  for (let lt = xml.indexOf("<", from); lt >= 0; lt = xml.indexOf("<", from)) {
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x21 || c === 0x3f) {
      // <!-- … -->, <![CDATA[ … ]]>, <!DOCTYPE …>, <? … ?>: skipped whole (a tag inside is text).
      const close = xml.startsWith("<!--", lt) ? "-->" : xml.startsWith("<![CDATA[", lt) ? "]]>" : ">";
      const end = xml.indexOf(close, lt + 2);
      if (end < 0) throw new XmlScanError(`"${xml.slice(lt, lt + 9)}" never ends`);
      from = end + close.length;
      continue;
    }
    let nameEnd = lt + 1;
    while (nameEnd < xml.length && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    from = nameEnd; // an end tag or a tag of another name: its attributes hold no "<"
    if (nameEnd === lt + 1) continue;
    const name = xml.slice(lt + 1, nameEnd);
    const colon = name.lastIndexOf(":");
    const found = colon < 0 ? name : name.slice(colon + 1);
    if (!wanted.includes(found)) continue;
    const next = xml.charCodeAt(nameEnd);
    if (nameEnd < xml.length && !isSpace(next) && next !== 0x2f && next !== 0x3e) continue;
    const gt = tagEnd(xml, nameEnd);
    if (gt < 0) throw new XmlScanError(`<${name}> never ends`);
    const empty = xml.charCodeAt(gt - 1) === 0x2f;
    return { local: found, start: lt, end: gt + 1, attrs: xml.slice(nameEnd, empty ? gt - 1 : gt), empty };
  }
  return undefined;
}

/** The next end tag `</local>` (any prefix) at or after `from`: its start and the offset past it. */
export function nextEndTag(
  xml: string,
  local: string,
  from: number,
): { start: number; end: number } | undefined {
  for (let lt = xml.indexOf("</", from); lt >= 0; lt = xml.indexOf("</", from)) {
    let nameEnd = lt + 2;
    while (nameEnd < xml.length && isNameChar(xml.charCodeAt(nameEnd))) nameEnd++;
    from = nameEnd;
    const name = xml.slice(lt + 2, nameEnd);
    const colon = name.lastIndexOf(":");
    if ((colon < 0 ? name : name.slice(colon + 1)) !== local) continue;
    let gt = nameEnd;
    while (gt < xml.length && isSpace(xml.charCodeAt(gt))) gt++;
    if (xml.charCodeAt(gt) === 0x3e) return { start: lt, end: gt + 1 };
  }
  return undefined;
}

/** An element found by offset: its start tag, its content and the offset past its end. */
export interface ScannedElement {
  tag: StartTag;
  /** The content between the start and end tags ("" for an empty element). */
  body: string;
  /** Offset just past the end tag (or the empty tag). */
  end: number;
}

/**
 * The next element of a local name from `from`, with its content (elements of one name do not
 * nest in the parts read this way). Throws XmlScanError when it never ends.
 */
export function nextElement(
  xml: string,
  local: string | readonly string[],
  from = 0,
): ScannedElement | undefined {
  const tag = nextStartTag(xml, local, from);
  if (!tag) return undefined;
  if (tag.empty) return { tag, body: "", end: tag.end };
  const close = nextEndTag(xml, tag.local, tag.end);
  if (!close) throw new XmlScanError(`<${tag.local}> at offset ${tag.start} never ends`);
  return { tag, body: xml.slice(tag.end, close.start), end: close.end };
}

/** Every start (or empty) tag of a local name, as its attributes (e.g. every `<sheet/>`). */
export function tags(xml: string, local: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  for (let t = nextStartTag(xml, local); t; t = nextStartTag(xml, local, t.end))
    out.push(attributes(t.attrs));
  return out;
}

/** Every element of a local name with its attributes and content. */
export function elements(xml: string, local: string): { attrs: Record<string, string>; body: string }[] {
  const out: { attrs: Record<string, string>; body: string }[] = [];
  for (let e = nextElement(xml, local); e; e = nextElement(xml, local, e.end))
    out.push({ attrs: attributes(e.tag.attrs), body: e.body });
  return out;
}

/** The first element of a local name, or undefined. */
export function element(
  xml: string,
  local: string,
): { attrs: Record<string, string>; body: string } | undefined {
  const e = nextElement(xml, local);
  return e ? { attrs: attributes(e.tag.attrs), body: e.body } : undefined;
}

/**
 * The text of the `<t>` elements of an `<si>`/`<is>` fragment (rich-text runs joined, phonetic
 * runs `<rPh>` left out), entities decoded; `_xHHHH_` escapes are the caller's.
 */
export function runText(fragment: string): string {
  let text = "";
  for (let e = nextElement(fragment, RUN_PARTS); e; e = nextElement(fragment, RUN_PARTS, e.end))
    if (e.tag.local === "t") text += decodeXml(e.body);
  return text;
}
const RUN_PARTS = ["t", "rPh"] as const;

/**
 * A number as Excel writes one in `<v>`: an optional sign, digits with an optional decimal point,
 * an optional exponent. Anything else (`0x149`, ` 12`, `Infinity`, `1_000`) is undefined, where
 * `Number()` would read hexadecimal, binary, spaces and the empty string. (The groups cannot
 * overlap, so the pattern runs in linear time.)
 */
export function parseDecimal(text: string): number | undefined {
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/** Excel's built-in number formats (ids not listed are General or locale-dependent). */
export const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Whether a built-in number format id shows a date or time (ids 14–22, 45–47). */
export function isBuiltinDateFormat(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}
