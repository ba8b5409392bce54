/**
 * An Excel-shaped workbook with OPEVAL everywhere Excel may store it: shared-formula groups, a
 * calculated column, a conditional format, a validation, a defined name and the calculation chain.
 * The share tests copy it; the reference schema check (e2e project) checks that copy too.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { ANALYST_SHEET, excelSavedWorkbook } from "../ooxml/excel-workbook";

const SAMPLE = join(__dirname, "..", "..", "samples", "assessment-sample.xlsx");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

export async function excelShapedWithOpeval(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await excelSavedWorkbook(readFileSync(SAMPLE)));
  const sheetName = Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort((x, y) => Number(/\d+/.exec(x)![0]) - Number(/\d+/.exec(y)![0]))
    .pop()!;
  let sheet = await zip.file(sheetName)!.async("string");
  expect(sheet).toContain("<dimension");
  // The calculated column Double calls OPEVAL (cells and the table's calculatedColumnFormula).
  sheet = sheet.replace(
    /<f>AnalystNotes\[\[#This Row\],\[Amount\]\]\*2<\/f>/g,
    "<f>_xldudf_OPEVAL_DOUBLE(AnalystNotes[[#This Row],[Amount]])</f>",
  );
  // D2:D4 a shared OPEVAL group (members without text), F2:F4 a shared group without OPEVAL,
  // G2 a string result with a dynamic-array cm.
  const d = (r: number) =>
    r === 2
      ? '<c r="D2"><f t="shared" ref="D2:D4" si="0">_xldudf_OPEVAL_LEVEL(B2)</f><v>70</v></c>'
      : `<c r="D${r}"><f t="shared" si="0"/><v>${r * 10}</v></c>`;
  const f = (r: number) =>
    r === 2
      ? '<c r="F2"><f t="shared" ref="F2:F4" si="1">B2+1</f><v>8</v></c>'
      : `<c r="F${r}"><f t="shared" si="1"/><v>${r}</v></c>`;
  sheet = sheet
    .replace('<c r="E2">', `${d(2)}<c r="E2">`)
    .replace(
      '<c r="E2"><v>5</v></c>',
      `<c r="E2"><v>5</v></c>${f(2)}<c r="G2" t="str" cm="1"><f t="array" ref="G2">_xldudf_OPEVAL_LEVEL(B2,"kk")</f><v> high </v></c>`,
    )
    .replace('<c r="E3">', `${d(3)}<c r="E3">`)
    .replace('<c r="E3"><v>7</v></c>', `<c r="E3"><v>7</v></c>${f(3)}`)
    .replace("</c></row></sheetData>", `</c>${d(4)}${f(4)}</row></sheetData>`)
    .replace(
      "<pageMargins",
      '<conditionalFormatting sqref="A2:A4"><cfRule type="expression" priority="2"><formula>_xldudf_OPEVAL_FLAG(B2)&gt;1</formula></cfRule></conditionalFormatting>' +
        '<dataValidations count="1"><dataValidation type="custom" allowBlank="1" sqref="B2:B4"><formula1>_xldudf_OPEVAL_CHECK(B2)</formula1></dataValidation></dataValidations><pageMargins',
    );
  zip.file(sheetName, sheet);
  const tableName = Object.keys(zip.files)
    .filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n))
    .sort((x, y) => Number(/\d+/.exec(x)![0]) - Number(/\d+/.exec(y)![0]))
    .pop()!;
  const table = await zip.file(tableName)!.async("string");
  zip.file(
    tableName,
    table.replace(
      /<calculatedColumnFormula>[^<]*<\/calculatedColumnFormula>/,
      "<calculatedColumnFormula>_xldudf_OPEVAL_DOUBLE(AnalystNotes[[#This Row],[Amount]])</calculatedColumnFormula>",
    ),
  );
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file(
    "xl/workbook.xml",
    workbook.replace(
      "</definedNames>",
      `<definedName name="OpevalLevel">_xldudf_OPEVAL_LEVEL('${ANALYST_SHEET}'!$B$2)</definedName></definedNames>`,
    ),
  );
  zip.file(
    "xl/calcChain.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="${MAIN}"><c r="D2" i="16"/></calcChain>`,
  );
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
    ),
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
