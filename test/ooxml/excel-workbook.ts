/**
 * An analyst's workbook as Excel saves it, built part by part with jszip: the input template's
 * tables rewritten the way Excel writes tables (no headerRowCount, totalsRowShown="0", a bare
 * `<autoFilter ref=…>`), plus a sheet of the analyst's own with a table that has a calculated
 * column, a dynamic-array formula (cm → xl/metadata.xml's XLDAPR), a chart, an image, a comment,
 * a defined name and conditional formatting. Optionally macro-enabled (.xlsm with a VBA part).
 */
import JSZip from "jszip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
const CT = "application/vnd.openxmlformats-officedocument.";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** A 1×1 transparent PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

export const ANALYST_SHEET = "Analyst notes";
export const ANALYST_TABLE = "AnalystNotes";

/** Rewrites one table part as Excel writes it. */
export function asExcelWritesTables(xml: string): string {
  return xml
    .replace(/ headerRowCount="1"/, "")
    .replace(/ totalsRowShown="1"/, ' totalsRowShown="0"')
    .replace(/<autoFilter ref="([^"]+)">.*?<\/autoFilter>/, '<autoFilter ref="$1"/>')
    .replace(/ totalsRowLabel="[^"]*"| totalsRowFunction="[^"]*"/g, "");
}

const analystSheet = `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:E4"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/><sheetData><row r="1" spans="1:5" x14ac:dyDescent="0.25"><c r="A1" t="inlineStr"><is><t>Item</t></is></c><c r="B1" t="inlineStr"><is><t>Amount</t></is></c><c r="C1" t="inlineStr"><is><t>Double</t></is></c><c r="E1" cm="1"><f t="array" ref="E1:E3">_xlfn._xlws.SORT(B2:B4)</f><v>3</v></c></row><row r="2" spans="1:5" x14ac:dyDescent="0.25"><c r="A2" t="inlineStr"><is><t>rent</t></is></c><c r="B2"><v>7</v></c><c r="C2"><f>${ANALYST_TABLE}[[#This Row],[Amount]]*2</f><v>14</v></c><c r="E2"><v>5</v></c></row><row r="3" spans="1:5" x14ac:dyDescent="0.25"><c r="A3" t="inlineStr"><is><t>fuel</t></is></c><c r="B3"><v>3</v></c><c r="C3"><f>${ANALYST_TABLE}[[#This Row],[Amount]]*2</f><v>6</v></c><c r="E3"><v>7</v></c></row><row r="4" spans="1:5" x14ac:dyDescent="0.25"><c r="A4" t="inlineStr"><is><t>food</t></is></c><c r="B4"><v>5</v></c><c r="C4"><f>${ANALYST_TABLE}[[#This Row],[Amount]]*2</f><v>10</v></c></row></sheetData><conditionalFormatting sqref="B2:B4"><cfRule type="colorScale" priority="1"><colorScale><cfvo type="min"/><cfvo type="max"/><color rgb="FFF8696B"/><color rgb="FF63BE7B"/></colorScale></cfRule></conditionalFormatting><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId2"/><legacyDrawing r:id="rId3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`;

const analystTable = (id: number) =>
  `${DECL}<table xmlns="${MAIN}" id="${id}" name="${ANALYST_TABLE}" displayName="${ANALYST_TABLE}" ref="A1:C4" totalsRowShown="0"><autoFilter ref="A1:C4"/><tableColumns count="3"><tableColumn id="1" name="Item"/><tableColumn id="2" name="Amount"/><tableColumn id="3" name="Double"><calculatedColumnFormula>${ANALYST_TABLE}[[#This Row],[Amount]]*2</calculatedColumnFormula></tableColumn></tableColumns><tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;

const comments = `${DECL}<comments xmlns="${MAIN}"><authors><author>Analyst</author></authors><commentList><comment ref="A2" authorId="0"><text><r><t>Checked against the 2019 ledger.</t></r></text></comment></commentList></comments>`;

const vml = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:108pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 3, 15, 4, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>1</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>`;

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const anchor = (col: number, row: number, col2: number, row2: number) =>
  `<xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>${col2}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row2}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>`;
const drawing = `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"><xdr:twoCellAnchor>${anchor(6, 1, 12, 15)}<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor><xdr:twoCellAnchor editAs="oneCell">${anchor(0, 6, 2, 10)}<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="Picture 2"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip xmlns:r="${R}" r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="762000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const chart = (sheet: string) =>
  `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'${sheet}'!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${sheet}'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const metadata = `${DECL}<metadata xmlns="${MAIN}" xmlns:xda="http://schemas.microsoft.com/office/spreadsheetml/2017/dynamicarray"><metadataTypes count="1"><metadataType name="XLDAPR" minSupportedVersion="120000" copy="1" pasteAll="1" pasteValues="1" merge="1" splitFirst="1" rowColShift="1" clearFormats="1" clearComments="1" assign="1" coerce="1" cellMeta="1"/></metadataTypes><futureMetadata name="XLDAPR" count="1"><bk><extLst><ext uri="{bdbb8cdc-fa1e-496e-a857-3c3f30c029c3}"><xda:dynamicArrayProperties fDynamic="1" fCollapsed="0"/></ext></extLst></bk></futureMetadata><cellMetadata count="1"><bk><rc t="1" v="0"/></bk></cellMetadata></metadata>`;

const rels = (list: [string, string, string][]) =>
  `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

/**
 * The analyst's workbook: `template` (an .xlsx opeval wrote, holding the input tables) re-packaged
 * as Excel saves it, with the analyst's own sheet added. `macros` makes it an .xlsm.
 */
export async function excelSavedWorkbook(
  template: Uint8Array,
  options: { macros?: boolean } = {},
): Promise<Buffer> {
  const zip = await JSZip.loadAsync(template);
  const text = async (name: string) => zip.file(name)!.async("string");

  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n)))
    zip.file(name, asExcelWritesTables(await text(name)));

  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  const tables = Object.keys(zip.files).filter((n) => /^xl\/tables\/table\d+\.xml$/.test(n));
  const sheetNo = sheets.length + 1;
  const tableNo = tables.length + 1;
  zip.file(`xl/worksheets/sheet${sheetNo}.xml`, analystSheet);
  zip.file(
    `xl/worksheets/_rels/sheet${sheetNo}.xml.rels`,
    rels([
      ["rId1", REL + "table", `../tables/table${tableNo}.xml`],
      ["rId2", REL + "drawing", "../drawings/drawing1.xml"],
      ["rId3", REL + "vmlDrawing", "../drawings/vmlDrawing1.vml"],
      ["rId4", REL + "comments", "../comments1.xml"],
    ]),
  );
  zip.file(`xl/tables/table${tableNo}.xml`, analystTable(tableNo));
  zip.file("xl/comments1.xml", comments);
  zip.file("xl/drawings/vmlDrawing1.vml", vml);
  zip.file("xl/drawings/drawing1.xml", drawing);
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    rels([
      ["rId1", REL + "chart", "../charts/chart1.xml"],
      ["rId2", REL + "image", "../media/image1.png"],
    ]),
  );
  zip.file("xl/charts/chart1.xml", chart(ANALYST_SHEET));
  zip.file("xl/media/image1.png", PNG);
  zip.file("xl/metadata.xml", metadata);

  let wbRels = await text("xl/_rels/workbook.xml.rels");
  const extra: [string, string, string][] = [
    ["rIdAnalyst", REL + "worksheet", `worksheets/sheet${sheetNo}.xml`],
    ["rIdMeta", REL + "sheetMetadata", "metadata.xml"],
  ];
  if (options.macros)
    extra.push([
      "rIdVba",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin",
    ]);
  wbRels = wbRels.replace(
    "</Relationships>",
    extra
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") + "</Relationships>",
  );
  zip.file("xl/_rels/workbook.xml.rels", wbRels);

  let workbook = await text("xl/workbook.xml");
  const ids = [...workbook.matchAll(/sheetId="(\d+)"/g)].map((m) => Number(m[1]));
  workbook = workbook.replace(
    "</sheets>",
    `<sheet name="${ANALYST_SHEET}" sheetId="${Math.max(...ids) + 1}" r:id="rIdAnalyst"/></sheets>`,
  );
  const name = `<definedName name="AnalystTotal">'${ANALYST_SHEET}'!$B$2:$B$4</definedName>`;
  workbook = workbook.includes("</definedNames>")
    ? workbook.replace("</definedNames>", `${name}</definedNames>`)
    : workbook.replace("</sheets>", `</sheets><definedNames>${name}</definedNames>`);
  zip.file("xl/workbook.xml", workbook);

  let types = await text("[Content_Types].xml");
  const overrides = [
    [`/xl/worksheets/sheet${sheetNo}.xml`, CT + "spreadsheetml.worksheet+xml"],
    [`/xl/tables/table${tableNo}.xml`, CT + "spreadsheetml.table+xml"],
    ["/xl/comments1.xml", CT + "spreadsheetml.comments+xml"],
    ["/xl/drawings/drawing1.xml", CT + "drawing+xml"],
    ["/xl/charts/chart1.xml", CT + "drawingml.chart+xml"],
    ["/xl/metadata.xml", CT + "spreadsheetml.sheetMetadata+xml"],
  ];
  types = types.replace(
    "</Types>",
    '<Default Extension="png" ContentType="image/png"/>' +
      `<Default Extension="vml" ContentType="${CT}vmlDrawing"/>` +
      overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join("") +
      (options.macros
        ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        : "") +
      "</Types>",
  );
  if (options.macros) {
    types = types.replace(
      CT + "spreadsheetml.sheet.main+xml",
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
    );
    zip.file("xl/vbaProject.bin", Buffer.from("opeval test: not a real VBA project"));
  }
  zip.file("[Content_Types].xml", types);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
