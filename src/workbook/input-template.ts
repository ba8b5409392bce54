/**
 * The analyst's input workbook as a whole: the assessment's tables (src/model) followed by the
 * objections procedure's (src/objections). Assembled here, above both, so that neither layer
 * imports the other; the template writers, the table list the pane looks for and the instructions
 * sheet all take this one list.
 */
import type { Assessment, Lang } from "../model/types";
import { ASSESSMENT_TABLES, type TemplateTable } from "../model/template-schema";
import { assessmentRows } from "../model/template-rows";
import { renderTemplateSheets, type TemplateOptions } from "../model/template-sheets";
import { HOLIDAYS_TEMPLATE_TABLE, OBJECTIONS_TEMPLATE_TABLE } from "../objections/objection-tables";
import { HISTORY_TABLES } from "../history/history-tables";
import type { SheetSpec } from "../sheet/spec";

/** Every table of the input template, in the order of its sheets. */
export const INPUT_TABLES: readonly TemplateTable[] = [
  ...ASSESSMENT_TABLES,
  OBJECTIONS_TEMPLATE_TABLE,
  HOLIDAYS_TEMPLATE_TABLE,
  ...HISTORY_TABLES,
];

/**
 * The sheets of the input template in `lang`: instructions first, then one sheet per table,
 * empty or filled from `assessment`. Writers (exceljs, Office.js) put them into a workbook.
 */
export function buildTemplateSheets(
  lang: Lang,
  assessment?: Assessment,
  options: TemplateOptions = {},
): SheetSpec[] {
  return renderTemplateSheets(INPUT_TABLES, lang, assessmentRows(lang, assessment), options);
}
