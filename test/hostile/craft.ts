/**
 * Crafts hostile workbooks from a valid one by editing its package parts (as a careless editor or
 * an attacker would): a table's ref, merged cells, absolute part names (openpyxl), hidden rows.
 */
import JSZip from "jszip";

export async function editPackage(xlsx: Buffer, edit: (zip: JSZip) => Promise<void>): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  await edit(zip);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** The table part and the sheet part holding the table `name`. */
export async function findTable(
  zip: JSZip,
  name: string,
): Promise<{ tablePart: string; sheetPart: string; ref: string }> {
  for (const path of Object.keys(zip.files)) {
    if (!/^xl\/worksheets\/_rels\/.*\.rels$/.test(path)) continue;
    const rels = await zip.file(path)!.async("string");
    for (const m of rels.matchAll(/Target="([^"]*tables\/[^"]+)"/g)) {
      const tablePart = "xl/tables/" + m[1]!.split("/").pop()!;
      const xml = await zip.file(tablePart)!.async("string");
      if (new RegExp(`displayName="${name}"`).test(xml)) {
        const sheetPart = path.replace("_rels/", "").replace(/\.rels$/, "");
        return { tablePart, sheetPart, ref: /\bref="([^"]+)"/.exec(xml)![1]! };
      }
    }
  }
  throw new Error(`no table ${name}`);
}

/** Sets the ref of table `name` (and of its autoFilter) to `ref`. */
export async function setTableRef(xlsx: Buffer, name: string, ref: string): Promise<Buffer> {
  return editPackage(xlsx, async (zip) => {
    const { tablePart } = await findTable(zip, name);
    const xml = await zip.file(tablePart)!.async("string");
    zip.file(tablePart, xml.replace(/\bref="[^"]*"/g, `ref="${ref}"`));
  });
}

/** Merges `range` on the sheet of table `name`. */
export async function mergeCells(xlsx: Buffer, name: string, range: string): Promise<Buffer> {
  return editPackage(xlsx, async (zip) => {
    const { sheetPart } = await findTable(zip, name);
    let xml = await zip.file(sheetPart)!.async("string");
    if (/<mergeCells[^>]*>/.test(xml))
      xml = xml.replace(/<mergeCells[^>]*>/, (m) => `${m}<mergeCell ref="${range}"/>`);
    else
      xml = xml.replace(
        "</sheetData>",
        `</sheetData><mergeCells count="1"><mergeCell ref="${range}"/></mergeCells>`,
      );
    zip.file(sheetPart, xml);
  });
}

/** Rewrites every relationship target as an absolute part name (`/xl/…`), as openpyxl does. */
export async function absoluteTargets(xlsx: Buffer): Promise<Buffer> {
  return editPackage(xlsx, async (zip) => {
    for (const path of Object.keys(zip.files)) {
      if (!path.endsWith(".rels") || path === "_rels/.rels") continue;
      const folder = path.replace(/_rels\/[^/]+$/, ""); // the folder of the part the rels belong to
      const xml = await zip.file(path)!.async("string");
      zip.file(
        path,
        xml.replace(/Target="(?!\/)([^"]+)"/g, (_, target: string) => {
          const parts = (folder + target).split("/");
          const out: string[] = [];
          for (const p of parts) {
            if (p === "..") out.pop();
            else if (p !== "." && p !== "") out.push(p);
          }
          return `Target="/${out.join("/")}"`;
        }),
      );
    }
  });
}

/** Marks sheet row `row` of table `name`'s sheet hidden. */
export async function hideRow(xlsx: Buffer, name: string, row: number): Promise<Buffer> {
  return editPackage(xlsx, async (zip) => {
    const { sheetPart } = await findTable(zip, name);
    const xml = await zip.file(sheetPart)!.async("string");
    zip.file(sheetPart, xml.replace(new RegExp(`<row r="${row}"`), `<row r="${row}" hidden="1"`));
  });
}

/** Replaces cell `address` on the sheet of table `name` with the inline text `text` (as a user types it). */
export async function setCellText(
  xlsx: Buffer,
  name: string,
  address: string,
  text: string,
): Promise<Buffer> {
  return editPackage(xlsx, async (zip) => {
    const { sheetPart } = await findTable(zip, name);
    const xml = await zip.file(sheetPart)!.async("string");
    const cell = new RegExp(`<c r="${address}"(?:[^>]*/>|[^>]*>.*?</c>)`);
    if (!cell.test(xml)) throw new Error(`no cell ${address} in ${sheetPart}`);
    const style = /<c r="[^"]*"[^>]*?( s="\d+")/.exec(cell.exec(xml)![0])?.[1] ?? "";
    zip.file(
      sheetPart,
      xml.replace(cell, `<c r="${address}"${style} t="inlineStr"><is><t>${text}</t></is></c>`),
    );
  });
}
