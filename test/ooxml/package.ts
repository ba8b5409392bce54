/** An .xlsx package opened for checking: its parts, their content types and relationships. */
import { readFileSync } from "node:fs";
import { posix } from "node:path";
import JSZip from "jszip";
import { attr, elements, parseXml, type XmlElement } from "./xml";

export interface Relationship {
  id: string;
  type: string;
  /** Absolute part name without the leading slash (external targets keep their URI). */
  target: string;
  external: boolean;
}

export interface OoxmlPackage {
  /** Part names as stored in the zip (no leading slash), in zip order. */
  names: string[];
  /** Raw bytes of every part. */
  bytes: Map<string, Uint8Array>;
  text(name: string): string;
  xml(name: string): XmlElement;
  /** The content type of a part from [Content_Types].xml (Override, then Default by extension). */
  contentType(name: string): string | undefined;
  /** The relationships of a part ("" for the package's own). */
  rels(source: string): Relationship[];
}

function relsName(source: string): string {
  if (source === "") return "_rels/.rels";
  return posix.join(posix.dirname(source), "_rels", posix.basename(source) + ".rels");
}

export async function openPackage(fileOrBytes: string | Uint8Array): Promise<OoxmlPackage> {
  const data = typeof fileOrBytes === "string" ? readFileSync(fileOrBytes) : fileOrBytes;
  const zip = await JSZip.loadAsync(data);
  const bytes = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files))
    if (!entry.dir) bytes.set(entry.name, await entry.async("uint8array"));
  const parsed = new Map<string, XmlElement>();
  const text = (name: string): string => {
    const b = bytes.get(name);
    if (!b) throw new Error(`no part ${name}`);
    return new TextDecoder("utf-8", { fatal: true }).decode(b).replace(/^\uFEFF/, "");
  };
  const xml = (name: string): XmlElement => {
    let el = parsed.get(name);
    if (!el) parsed.set(name, (el = parseXml(text(name))));
    return el;
  };
  const types = bytes.has("[Content_Types].xml") ? xml("[Content_Types].xml") : undefined;
  const contentType = (name: string): string | undefined => {
    if (!types) return undefined;
    for (const o of elements(types, "Override"))
      if ((attr(o, "PartName") ?? "").replace(/^\//, "").toLowerCase() === name.toLowerCase())
        return attr(o, "ContentType");
    const ext = posix.extname(name).slice(1).toLowerCase();
    for (const d of elements(types, "Default"))
      if ((attr(d, "Extension") ?? "").toLowerCase() === ext) return attr(d, "ContentType");
    return undefined;
  };
  const rels = (source: string): Relationship[] => {
    const name = relsName(source);
    if (!bytes.has(name)) return [];
    return elements(xml(name), "Relationship").map((r) => {
      const external = attr(r, "TargetMode") === "External";
      const raw = attr(r, "Target") ?? "";
      const target = external
        ? raw
        : raw.startsWith("/")
          ? raw.slice(1)
          : posix.normalize(posix.join(posix.dirname(source), raw));
      return { id: attr(r, "Id") ?? "", type: attr(r, "Type") ?? "", target, external };
    });
  };
  return { names: [...bytes.keys()], bytes, text, xml, contentType, rels };
}
