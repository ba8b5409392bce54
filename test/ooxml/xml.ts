/**
 * A small XML reader for package parts: enough to walk SpreadsheetML and to strip what a part
 * declares ignorable, with no dependency. Elements keep their attribute values and text raw (still
 * escaped) so a stripped part is written back byte for byte except for what was removed.
 */

export interface XmlAttr {
  /** Qualified name as written, e.g. `r:id`. */
  name: string;
  /** Value as written between the quotes (entities not decoded). */
  raw: string;
  quote: '"' | "'";
}

export interface XmlElement {
  /** Qualified name as written, e.g. `x14ac:dyDescent`. */
  name: string;
  /** Local name without the prefix. */
  local: string;
  /** Namespace URI (undefined when the prefix is not declared). */
  ns: string | undefined;
  attrs: XmlAttr[];
  children: XmlNode[];
  /** Prefix → namespace URI in scope at this element. */
  scope: ReadonlyMap<string, string>;
}

/** Text, CDATA, comments and processing instructions inside an element, kept as written. */
export interface XmlRaw {
  raw: string;
  /** Character data (text or CDATA) as opposed to markup kept verbatim. */
  text: boolean;
}

export type XmlNode = XmlElement | XmlRaw;

export const XML_NS = "http://www.w3.org/XML/1998/namespace";
export const MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(parseInt(e.slice(1), 10))
        : ENTITIES[e]!,
  );
}

export class XmlError extends Error {}

function prefixOf(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? "" : qname.slice(0, i);
}

function localOf(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

const ATTR = /\s+([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/y;

/** The document element of `text` (prolog, comments outside it and the declaration dropped). */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  const parentScope = () => stack[stack.length - 1]?.scope ?? new Map([["xml", XML_NS]]);
  const add = (node: XmlNode) => {
    const top = stack[stack.length - 1];
    if (top) top.children.push(node);
  };
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt < 0) {
      add({ raw: text.slice(i), text: true });
      break;
    }
    if (lt > i) add({ raw: text.slice(i, lt), text: true });
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt);
      if (end < 0) throw new XmlError("unterminated comment");
      add({ raw: text.slice(lt, end + 3), text: false });
      i = end + 3;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt);
      if (end < 0) throw new XmlError("unterminated CDATA");
      add({ raw: text.slice(lt, end + 3), text: true });
      i = end + 3;
    } else if (text.startsWith("<?", lt)) {
      const end = text.indexOf("?>", lt);
      if (end < 0) throw new XmlError("unterminated processing instruction");
      add({ raw: text.slice(lt, end + 2), text: false });
      i = end + 2;
    } else if (text.startsWith("<!", lt)) {
      throw new XmlError("a DOCTYPE is not allowed in a package part");
    } else if (text[lt + 1] === "/") {
      const end = text.indexOf(">", lt);
      const name = text.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new XmlError(`</${name}> closes <${open?.name ?? "nothing"}>`);
      i = end + 1;
    } else {
      const nameMatch = /^<([^\s/>]+)/.exec(text.slice(lt, lt + 200));
      if (!nameMatch) throw new XmlError(`bad tag at ${lt}`);
      const name = nameMatch[1]!;
      let p = lt + nameMatch[0].length;
      const attrs: XmlAttr[] = [];
      for (;;) {
        ATTR.lastIndex = p;
        const m = ATTR.exec(text);
        if (!m) break;
        const quote = m[2]![0] as '"' | "'";
        attrs.push({ name: m[1]!, raw: m[3] ?? m[4] ?? "", quote });
        p = ATTR.lastIndex;
      }
      const close = /^\s*(\/?)>/.exec(text.slice(p, p + 200));
      if (!close) throw new XmlError(`<${name}>: malformed attributes`);
      i = p + close[0].length;
      const scope = new Map(parentScope());
      for (const a of attrs) {
        if (a.name === "xmlns") scope.set("", decodeEntities(a.raw));
        else if (a.name.startsWith("xmlns:")) scope.set(a.name.slice(6), decodeEntities(a.raw));
      }
      const el: XmlElement = {
        name,
        local: localOf(name),
        ns: scope.get(prefixOf(name)),
        attrs,
        children: [],
        scope,
      };
      if (!root) root = el;
      else if (stack.length === 0) throw new XmlError("more than one document element");
      add(el);
      if (close[1] !== "/") stack.push(el);
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1]!.name}> is not closed`);
  if (!root) throw new XmlError("no document element");
  return root;
}

/** The namespace URI of an attribute (unprefixed attributes have none). */
export function attrNs(el: XmlElement, attr: XmlAttr): string | undefined {
  const prefix = prefixOf(attr.name);
  if (attr.name === "xmlns" || prefix === "xmlns") return undefined;
  return prefix === "" ? undefined : el.scope.get(prefix);
}

/** The decoded value of the attribute whose local name (and namespace, if given) match. */
export function attr(el: XmlElement, local: string, ns?: string): string | undefined {
  const a = el.attrs.find(
    (x) => localOf(x.name) === local && (ns === undefined ? !x.name.includes(":") : attrNs(el, x) === ns),
  );
  return a === undefined ? undefined : decodeEntities(a.raw);
}

export function elements(el: XmlElement, local?: string): XmlElement[] {
  return el.children.filter(
    (c): c is XmlElement => "local" in c && (local === undefined || c.local === local),
  );
}

export function child(el: XmlElement, local: string): XmlElement | undefined {
  return elements(el, local)[0];
}

/** Every descendant element with that local name, in document order. */
export function descendants(el: XmlElement, local: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of elements(e)) {
      if (c.local === local) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** The decoded character data of an element and its descendants. */
export function textOf(el: XmlElement): string {
  let out = "";
  for (const c of el.children) {
    if ("local" in c) out += textOf(c);
    else if (c.text) out += c.raw.startsWith("<![CDATA[") ? c.raw.slice(9, -3) : decodeEntities(c.raw);
  }
  return out;
}

export function serialize(el: XmlElement): string {
  const attrs = el.attrs.map((a) => ` ${a.name}=${a.quote}${a.raw}${a.quote}`).join("");
  if (el.children.length === 0) return `<${el.name}${attrs}/>`;
  const inner = el.children.map((c) => ("local" in c ? serialize(c) : c.raw)).join("");
  return `<${el.name}${attrs}>${inner}</${el.name}>`;
}

/**
 * What Excel reads of a part: elements and attributes in the namespaces the part lists as
 * `mc:Ignorable` (x14ac, xr, x15, …) removed, markup-compatibility markup itself removed, and
 * `xml:space` dropped (the transitional schemas predate it on `<t>`). The same rule as
 * ../shared/ooxml/check, applied per element scope.
 */
export function stripIgnorable(text: string): string {
  const root = parseXml(text);
  const strip = (el: XmlElement, inherited: ReadonlySet<string>): void => {
    const drop = new Set(inherited);
    const ignorable = attr(el, "Ignorable", MC_NS);
    for (const prefix of ignorable?.split(/\s+/) ?? []) {
      const uri = el.scope.get(prefix);
      if (uri) drop.add(uri);
    }
    el.attrs = el.attrs.filter((a) => {
      const ns = attrNs(el, a);
      return !(ns !== undefined && drop.has(ns)) && !(ns === XML_NS && localOf(a.name) === "space");
    });
    el.children = el.children.filter((c) => !("local" in c && c.ns !== undefined && drop.has(c.ns)));
    for (const c of elements(el)) strip(c, drop);
  };
  strip(root, new Set([MC_NS]));
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${serialize(root)}`;
}
