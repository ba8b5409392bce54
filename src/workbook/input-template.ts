/**
 * The analyst's input workbook as a whole: the assessment's tables (src/model) followed by the
 * objections procedure's (src/objections). Assembled here, above both, so that neither layer
 * imports the other; the template writers, the table list the pane looks for and the instructions
 * sheet all take this one list.
 */
import type { Assessment, Body, BodyConclusion, ConclusionBlock, DirectionId, Lang } from "../model/types";
import {
  ASSESSMENT_TABLES,
  AUTHORITY_BLOCK_TERMS,
  DIRECTION_BLOCK_FIELDS,
  DIRECTION_BLOCK_LINE,
  DIRECTION_SETTING_KEYS,
  DIRECTION_TABLES,
  DIRECTION_TEMPLATE_TERMS,
  SETTINGS_TABLE,
  type TemplateDirection,
  type TemplateTable,
  settingKeyOf,
} from "../model/template-schema";
import { assessmentRows, type TableRows } from "../model/template-rows";
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

export interface InputTemplateOptions extends TemplateOptions {
  /** One authority's workbook (issue 24): only the tables it fills; the full template when absent. */
  direction?: TemplateDirection;
}

/**
 * The sheets of the input template in `lang`: instructions first, then one sheet per table,
 * empty or filled from `assessment`. Writers (exceljs, Office.js) put them into a workbook.
 */
export function buildTemplateSheets(
  lang: Lang,
  assessment?: Assessment,
  options: InputTemplateOptions = {},
): SheetSpec[] {
  const { direction, ...rest } = options;
  if (!direction) return renderTemplateSheets(INPUT_TABLES, lang, assessmentRows(lang, assessment), rest);
  const lead = DIRECTION_TEMPLATE_TERMS[direction].map((t) => t[lang]);
  // The fields of its block, named (a row typed blank would print a blank signatory over none).
  if (direction !== "services")
    lead.push(
      DIRECTION_BLOCK_LINE[lang]
        .replace("{block}", AUTHORITY_BLOCK_TERMS[direction][lang])
        .replace(
          "{fields}",
          [
            "authority",
            "place",
            "date",
            ...DIRECTION_BLOCK_FIELDS[direction].flatMap((role) => [`${role}.position`, `${role}.name`]),
          ].join(", "),
        ),
    );
  return renderTemplateSheets(
    directionTables(direction),
    lang,
    directionRows(direction, lang, assessment && assessmentFor(direction, assessment)),
    { ...rest, lead },
  );
}

/**
 * The tables of one authority's workbook: its assessment tables, then the objections its special
 * commission reviews (§102–108; annex 14 has no K3 of its own).
 */
export function directionTables(direction: TemplateDirection): TemplateTable[] {
  const objections = direction === "automation" ? [] : [OBJECTIONS_TEMPLATE_TABLE, HOLIDAYS_TEMPLATE_TABLE];
  return [...DIRECTION_TABLES[direction], ...objections];
}

/** The template's rows of one authority's (already cut) assessment: Settings holds the period only, but for the Agency. */
function directionRows(
  direction: TemplateDirection,
  lang: Lang,
  assessment: Assessment | undefined,
): Map<string, TableRows> {
  const rows = assessmentRows(lang, assessment);
  if (direction === "services") return rows;
  const column = (table: TemplateTable, key: string) => table.columns.findIndex((c) => c.key === key);
  const [settingsHeader, ...settings] = rows.get(SETTINGS_TABLE.name)!;
  const keyAt = column(SETTINGS_TABLE, "setting");
  rows.set(SETTINGS_TABLE.name, [
    settingsHeader!,
    ...settings.filter((r) => DIRECTION_SETTING_KEYS.includes(settingKeyOf(String(r[keyAt])) ?? "")),
  ]);
  return rows;
}

/** A body's own block with only its fields and the sub-block of `scope` (the others sign elsewhere). */
function blockFor(block: BodyConclusion | undefined, scope: DirectionId | "automation") {
  if (!block) return undefined;
  const { services, openness, complaints, automation, ...own } = block;
  const sub = { services, openness, complaints, automation }[scope];
  const out: BodyConclusion = { ...own };
  if (sub) out[scope] = sub;
  return out;
}

/**
 * `assessment` with only what one authority fills (`template --from FILE --direction`): its
 * direction's figures and facts, its signing block; the other directions not entered (a body's
 * "not applicable" marks stay: they are the Bodies sheet's).
 */
export function assessmentFor(direction: TemplateDirection, assessment: Assessment): Assessment {
  const none = { count: 0, texts: [] };
  const kept = (d: DirectionId) => direction === d;
  const bodies = assessment.bodies.map((body): Body => {
    const keep = <T>(d: DirectionId, value: T | "na" | undefined) =>
      value === "na" || kept(d) ? value : undefined;
    const out: Body = {
      ...body,
      services: keep("services", body.services),
      openness: keep("openness", body.openness),
      complaints: keep("complaints", body.complaints),
      unreliable: {
        services: kept("services") ? body.unreliable.services : none,
        openness: kept("openness") ? body.unreliable.openness : none,
        complaints: kept("complaints") ? body.unreliable.complaints : none,
      },
    };
    delete out.automation;
    const figures = body.services && body.services !== "na" ? body.services.automation : body.automation;
    if (direction === "automation" && figures && body.services !== "na") out.automation = figures;
    else if (direction === "services" && body.automation) out.automation = body.automation;
    const conclusion = blockFor(body.conclusion, direction);
    if (conclusion) out.conclusion = conclusion;
    else delete out.conclusion;
    // The received conclusions are the Agency's to collect: its (services) workbook keeps them.
    if (direction !== "services") delete out.received;
    return out;
  });
  const settings = { ...assessment.settings };
  const agency = settings.conclusion;
  if (agency) {
    const { automation, openness, complaints, ...own } = agency;
    const block: ConclusionBlock | undefined =
      direction === "services" ? own : { automation, openness, complaints }[direction];
    if (direction === "services") settings.conclusion = own;
    else if (block) settings.conclusion = { [direction]: block };
    else delete settings.conclusion;
  }
  return { ...assessment, settings, bodies };
}
