/**
 * The annex forms of a scored assessment as SheetSpecs, ready for either writer (exceljs in the CLI,
 * Office.js in the task pane), with the analysis text drafted by ./analysis.
 */
import type { AssessmentResult } from "../methodology/assess";
import type { DirectionId } from "../model/types";
import { analysisDrafts } from "./analysis";
import { withChange } from "./analysis-change";
import type { Comparison } from "./analysis-change";
import { assembleForms, type BuiltForm, type ConclusionOptions } from "./assemble";
import type { ObjectionOptions } from "./disagreements";
import type { SheetSpec } from "../sheet/spec";
import type { FormLang } from "./form-terms";

export {
  FORM_IDS,
  bodyShortName,
  bodyShortNames,
  type BuiltForm,
  type ConclusionOptions,
  type FormId,
} from "./assemble";
export { objectionItems, type ObjectionOptions, type ObjectionRow } from "./disagreements";
export type { Reissue } from "./context";

/** Every requested form for every requested body, in the official order, with unique sheet names. */
export function buildConclusionSheets(
  result: AssessmentResult,
  options: ConclusionOptions & ChangeOption,
): SheetSpec[] {
  return buildConclusionForms(result, options).map((f) => f.spec);
}

/** The same forms with their annex, body, direction, language and required cells. */
export function buildConclusionForms(
  result: AssessmentResult,
  options: ConclusionOptions & ChangeOption,
): BuiltForm[] {
  return assembleForms(result, options, withChange(analysisDrafts(result), options.previous));
}

/** The comparison with the previous period (src/history): the drafted analysis then states the change. */
export interface ChangeOption {
  previous?: Comparison;
}

/**
 * Annex 14 for one body and direction with the body's objections and the commission's decisions
 * filled in (the objections procedure). Null when the body or the direction was not assessed.
 */
export function buildObjectionSheet(
  result: AssessmentResult,
  bodyId: string,
  direction: DirectionId,
  lang: FormLang,
  options: ObjectionOptions = {},
  existingSheetNames: readonly string[] = [],
): SheetSpec | null {
  const forms = buildConclusionForms(result, {
    bodies: [bodyId],
    langs: [lang],
    forms: [14],
    existingSheetNames,
    objections: { [bodyId]: { [direction]: options } },
  });
  return forms.find((f) => f.direction === direction)?.spec ?? null;
}
