/**
 * The input template rendered as sheets: an instructions sheet, then one sheet per table with its
 * title, help line, header row, validations and input shading. Layout only: which tables exist is
 * decided by the caller (src/workbook/input-template.ts assembles the assessment's and the
 * objections' tables), and what the rows hold comes from ./template-rows.ts.
 */
import { type CellValue, type DataValidation, type RangeStyle, type SheetSpec } from "../sheet/spec";
import { columnLetter } from "../sheet/a1";
import { editionFor, type Edition } from "../edition";
import {
  AUTHORITY_BLOCK_TERMS,
  BODIES_TABLE,
  FULFILMENT_HELP,
  HEADER_ROW,
  OPENNESS_ROW_TABLES,
  OPENNESS_TABLE_TERMS,
  SETTING_KEYS,
  TEMPLATE_TEXT,
  choiceText,
  headerRow,
  type ColumnKind,
  type TemplateTable,
  settingName,
} from "./template-schema";
import type { TableRows } from "./template-rows";
import type { Lang } from "./types";

// Validations and input styles cover the table's data rows only: Excel copies both to the rows an
// analyst adds to a table (Tab in the last cell, or pasting right below it).
const HEADER_FILL = "#1F4E78";
const TITLE_COLOR = "#1F4E78";

function listFor(kind: ColumnKind, lang: Lang): string[] | undefined {
  switch (kind) {
    case "bodyType":
      return [choiceText("central", lang), choiceText("local", lang)];
    case "exemption":
      return [choiceText("nationalBank", lang), choiceText("defence", lang)];
    case "applicability":
      return [choiceText("na", lang)];
    case "yesNo":
      return [choiceText("yes", lang), choiceText("no", lang)];
    case "direction":
      return (["services", "openness", "complaints"] as const).map((d) => choiceText(d, lang));
    case "opennessTable":
      return OPENNESS_ROW_TABLES.map((t) => OPENNESS_TABLE_TERMS[t][lang]);
    case "settingKey":
      return SETTING_KEYS.map((key) => settingName(key, lang));
    case "receivedDirection":
      return (["openness", "complaints", "automation"] as const).map((d) => AUTHORITY_BLOCK_TERMS[d][lang]);
    default:
      return undefined;
  }
}

function validationFor(
  kind: ColumnKind,
  lang: Lang,
  range: string,
  edition: Edition,
): DataValidation | undefined {
  const list = listFor(kind, lang);
  // Excel keeps an inline list under 255 characters; longer lists get no dropdown.
  if (list && list.join(",").length < 250)
    return {
      range,
      rule: { type: "list", values: list },
      errorMessage: TEMPLATE_TEXT.validationChoice[lang],
    };
  switch (kind) {
    case "count":
      return { range, rule: { type: "whole", min: 0 }, errorMessage: TEMPLATE_TEXT.validationCount[lang] };
    case "nonNegative":
    case "weight":
    case "score":
      return {
        range,
        rule: { type: "decimal", min: 0 },
        errorMessage: TEMPLATE_TEXT.validationNonNegative[lang],
      };
    case "rating":
      return {
        range,
        rule: { type: "decimal", min: 0, max: edition.services.ratingScaleMax },
        errorMessage: TEMPLATE_TEXT.validationRating[lang],
      };
    case "fulfilment":
      // A suggestion list without an error message: Excel offers 1 / 0 / na but accepts any value
      // (fractions, counts for subordinate rows); the reader checks it. No "0.5" in the list: in a
      // locale with a decimal comma Excel would enter it as text or a date.
      return { range, rule: { type: "list", values: ["1", "0", "na"] }, prompt: FULFILMENT_HELP[lang] };
    default:
      return undefined;
  }
}

function numberFormatFor(kind: ColumnKind): string | undefined {
  switch (kind) {
    case "count":
      return "#,##0";
    case "rating":
      return "0.00";
    case "nonNegative":
    case "weight":
      return "#,##0.##";
    case "indicator":
    case "bodyRef":
    case "text":
    case "settingKey":
    case "date": // dd.mm.yyyy stays as typed; a date Excel made of it is read too
      return "@";
    default:
      return undefined;
  }
}

/** A data sheet: title, help line, then the table from HEADER_ROW with validations and input shading. */
function dataSheet(table: TemplateTable, lang: Lang, rows: TableRows, edition: Edition): SheetSpec {
  const width = table.columns.length;
  const last = HEADER_ROW + Math.max(rows.length - 1, 1);
  const lastLetter = columnLetter(width);
  const spare = last;
  const styles: RangeStyle[] = [
    { range: "A1", style: { bold: true, size: 14, color: TITLE_COLOR } },
    { range: `A2:${lastLetter}2`, style: { italic: true, wrap: true, vAlign: "top" } },
    {
      range: `A${HEADER_ROW}:${lastLetter}${HEADER_ROW}`,
      style: {
        bold: true,
        wrap: true,
        vAlign: "middle",
        hAlign: "center",
        fill: HEADER_FILL,
        color: "#FFFFFF",
        border: "all",
      },
    },
  ];
  const validations: DataValidation[] = [];
  table.columns.forEach((column, i) => {
    const letter = columnLetter(i + 1);
    const range = `${letter}${HEADER_ROW + 1}:${letter}${spare}`;
    const format = numberFormatFor(column.kind);
    if (column.kind === "note")
      styles.push({
        range,
        style: { wrap: true, color: "#595959", ...(format ? { numberFormat: format } : {}) },
      });
    else styles.push({ range, style: { input: true, ...(format ? { numberFormat: format } : {}) } });
    const validation = validationFor(column.kind, lang, range, edition);
    if (validation) validations.push(validation);
  });
  styles.push({ range: `A${HEADER_ROW + 1}:${lastLetter}${last}`, style: { border: "all" } });
  const headerLines = Math.max(
    ...table.columns.map((c) => Math.ceil(c.header[lang].length / Math.max(c.width - 2, 4))),
  );
  return {
    name: table.sheet[lang],
    kind: "template",
    rows: [[table.title[lang]], [table.help[lang]], ...rows],
    columnWidths: table.columns.map((c) => c.width),
    rowHeights: { 2: 30, [HEADER_ROW]: Math.max(30, 15 * headerLines + 4) },
    merges: [`A2:${lastLetter}2`],
    styles,
    tables: [{ name: table.name, range: `A${HEADER_ROW}:${lastLetter}${last}`, style: "TableStyleLight9" }],
    validations,
    freeze: { rows: HEADER_ROW, columns: 1 },
    print: {
      orientation: width > 5 ? "landscape" : "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5 },
      printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    tabColor: table.name === BODIES_TABLE.name ? "#C00000" : "#1F4E78",
  };
}

function instructionsSheet(
  tables: readonly TemplateTable[],
  lang: Lang,
  note: readonly string[],
  lead: readonly string[],
): SheetSpec {
  const rows: CellValue[][] = [];
  const styles: RangeStyle[] = [];
  const merges: string[] = [];
  rows.push([TEMPLATE_TEXT.instructionsTitle[lang]]);
  styles.push({ range: "A1", style: { bold: true, size: 14, color: TITLE_COLOR } });
  for (const line of note) {
    rows.push([line]);
    const r = rows.length;
    styles.push({ range: `A${r}:E${r}`, style: { bold: true, color: "#C00000", wrap: true } });
    merges.push(`A${r}:E${r}`);
  }
  rows.push([]);
  const rowHeights: Record<number, number> = {};
  // One authority's workbook: its direction, its paragraphs, where it signs (before the general lines).
  for (const line of lead) {
    rows.push([line]);
    const r = rows.length;
    merges.push(`A${r}:E${r}`);
    styles.push({ range: `A${r}:E${r}`, style: { bold: true, wrap: true, vAlign: "top" } });
    rowHeights[r] = Math.max(32, Math.ceil(line.length / 120) * 15 + 4);
  }
  for (const line of TEMPLATE_TEXT.intro) {
    rows.push([line[lang]]);
    const r = rows.length;
    merges.push(`A${r}:E${r}`);
    styles.push({ range: `A${r}:E${r}`, style: { wrap: true } });
  }
  for (let r = 2; r <= rows.length; r++) rowHeights[r] ??= 32;
  rows.push([]);
  for (const table of tables) {
    rows.push([`${table.sheet[lang]} — ${table.name}`, table.title[lang]]);
    let r = rows.length;
    styles.push({ range: `A${r}:E${r}`, style: { bold: true, fill: "#DDEBF7", wrap: true } });
    merges.push(`B${r}:E${r}`);
    rowHeights[r] = 30;
    rows.push([table.help[lang]]);
    r = rows.length;
    merges.push(`A${r}:E${r}`);
    styles.push({ range: `A${r}:E${r}`, style: { italic: true, wrap: true } });
    rowHeights[r] = 30;
    rows.push([
      TEMPLATE_TEXT.colColumn[lang],
      TEMPLATE_TEXT.colKey[lang],
      TEMPLATE_TEXT.colSource[lang],
      TEMPLATE_TEXT.colHelp[lang],
    ]);
    r = rows.length;
    styles.push({ range: `A${r}:E${r}`, style: { bold: true, border: "bottom" } });
    merges.push(`D${r}:E${r}`);
    for (const column of table.columns) {
      const optional = column.optional ? ` ${TEMPLATE_TEXT.optional[lang]}` : "";
      rows.push([column.header[lang] + optional, column.key, column.source ?? "", column.help[lang]]);
      r = rows.length;
      merges.push(`D${r}:E${r}`);
      styles.push({ range: `A${r}:E${r}`, style: { wrap: true, vAlign: "top" } });
      const lines = Math.max(
        Math.ceil((column.header[lang].length + optional.length) / 34),
        Math.ceil(column.help[lang].length / 70),
        1,
      );
      rowHeights[r] = Math.max(16, lines * 15 + 2);
    }
    rows.push([]);
  }
  return {
    name: TEMPLATE_TEXT.instructionsSheet[lang],
    kind: "instructions",
    rows,
    columnWidths: [36, 22, 16, 40, 34],
    rowHeights,
    merges,
    styles,
    print: {
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      margins: { left: 0.5, right: 0.4, top: 0.5, bottom: 0.5 },
    },
    tabColor: "#548235",
  };
}

export interface TemplateOptions {
  /** Lines printed in red at the top of the instructions sheet (e.g. "every figure is synthetic"). */
  note?: readonly string[];
  /** Lines in bold under the title (one authority's workbook: its direction and paragraphs). */
  lead?: readonly string[];
  /** The edition whose scales the validations follow (the default edition when not given). */
  edition?: Edition;
}

/**
 * The sheets of an input template in `lang`: instructions first, then one sheet per table of
 * `tables`, each with the rows `filled` holds for it (header only when none). Writers (exceljs,
 * Office.js) put them into a workbook.
 */
export function renderTemplateSheets(
  tables: readonly TemplateTable[],
  lang: Lang,
  filled: ReadonlyMap<string, TableRows>,
  options: TemplateOptions = {},
): SheetSpec[] {
  return [
    instructionsSheet(tables, lang, options.note ?? [], options.lead ?? []),
    ...tables.map((table) =>
      dataSheet(
        table,
        lang,
        filled.get(table.name) ?? [headerRow(table, lang)],
        options.edition ?? editionFor(),
      ),
    ),
  ];
}
