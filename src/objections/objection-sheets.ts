/**
 * The sheets of the objections procedure, as SheetSpecs for either writer: annex 14 per body and
 * direction (built by src/forms — the one annex 14), corrected conclusions beside the originals
 * (sheet names marked as corrected), the before/after comparison with the review of every
 * objection, and the opeval_Log sheet.
 */
import { formatDotted, parseIsoDate } from "../calendar/date";
import { fill } from "../i18n/lang";
import {
  buildConclusionSheets,
  buildObjectionSheet,
  type FormId,
  type ObjectionRow,
  type Reissue,
} from "../forms";
import {
  ANNEX12,
  ANNEX8,
  COMMON,
  OPENNESS_CRITERIA_TERMS,
  SERVICES_CRITERIA,
  SERVICES_INDICATORS,
  type FormTerm,
} from "../forms/form-terms";
import { SERVICE_INDICATOR_NAMES } from "../forms/analysis-text";
import { type CellValue, type RangeStyle, type SheetSpec } from "../sheet/spec";
import { safeSheetName } from "../sheet/names";
import type { FormLang } from "../forms/form-terms";
import type { AssessmentResult } from "../methodology/assess";
import { truncate2 } from "../methodology/numeric";
import { DIRECTION_TERMS, LEVEL_TERMS } from "../model/model-terms";
import type { DirectionId, EfficiencyLevel } from "../model/types";
import type { ComparedValue } from "./objection-compare";
import { isFactField } from "./apply";
import { logEntries, logSheet, type LogContext } from "./log";
import { objectedDirections, type ProcedureOutput } from "./procedure";
import { LATE_NOTE, OUTCOME_TERMS, REISSUE_TERMS, REVIEW_TERMS, reviewHeader } from "./objection-terms";
import type { Objection, ObjectionReview } from "./objection-types";

/** The conclusion forms of each direction (annex 3 or 4 is built by body type; 5 is K3 of central bodies). */
const DIRECTION_FORMS: Readonly<Record<DirectionId, readonly FormId[]>> = {
  services: [3, 4, 5],
  openness: [8],
  complaints: [12],
};

/**
 * The conclusions to re-issue: for every body with a changed score, the forms of the directions
 * that changed and annex 15 (the general score moves with any direction's final score); for a
 * fact of the act whose text was corrected, the forms of its direction (they state the facts).
 */
export function reissuedForms(out: ProcedureOutput): { bodyId: string; forms: FormId[] }[] {
  const byBody = new Map<string, Set<FormId>>();
  for (const c of out.comparison) {
    const forms = byBody.get(c.bodyId) ?? new Set<FormId>();
    for (const f of c.direction === "overall" ? [] : DIRECTION_FORMS[c.direction]) forms.add(f);
    forms.add(15);
    byBody.set(c.bodyId, forms);
  }
  for (const c of out.changes) {
    if (!isFactField(c.field)) continue;
    const forms = byBody.get(c.bodyId) ?? new Set<FormId>();
    for (const f of DIRECTION_FORMS[c.direction]) forms.add(f);
    byBody.set(c.bodyId, forms);
  }
  return [...byBody].map(([bodyId, forms]) => ({ bodyId, forms: [...forms].sort((a, b) => a - b) }));
}

function dotted(date: string | undefined): string | null {
  if (!date) return null;
  const d = parseIsoDate(date);
  return d === undefined ? date : formatDotted(d);
}

function decisionNote(
  r: ObjectionReview,
  lang: FormLang,
  withoutEffect: readonly Objection[] = [],
): { decision?: "accepted" | "rejected"; note?: string } {
  const o = r.objection;
  if (r.outcome === "late")
    return {
      decision: "rejected",
      note: fill(LATE_NOTE[lang], {
        submitted: dotted(o.submitted) ?? "",
        deadline: dotted(r.deadline) ?? "",
      }),
    };
  const given = (lang === "ru" ? o.ru?.note : undefined) ?? o.note;
  // An accepted correction that moves no score is said so, after the commission's own words.
  const noChange = withoutEffect.includes(o) ? REISSUE_TERMS.noScoreChange[lang] : undefined;
  const note =
    [given, noChange].filter((t) => t !== undefined).join(given?.endsWith(".") ? " " : ". ") || undefined;
  return {
    ...(r.outcome === "accepted" || r.outcome === "rejected" ? { decision: r.outcome } : {}),
    ...(note ? { note } : {}),
  };
}

/** The objection's text in the form's language (the Kazakh one where no Russian text was given). */
function objectionText(r: ObjectionReview, lang: FormLang): string {
  return (lang === "ru" ? r.objection.ru?.text : undefined) ?? r.objection.text;
}

/**
 * Annex 14 rows of one body and direction: column 3 the objection, column 4 the decision. Several
 * objections on one conclusion item share its row (the form has one row per item): their texts are
 * numbered and each decision is given with its number.
 */
export function annex14Rows(
  reviews: readonly ObjectionReview[],
  lang: FormLang,
  withoutEffect: readonly Objection[] = [],
): ObjectionRow[] {
  const groups = new Map<string, ObjectionReview[]>();
  for (const r of reviews) {
    const item = r.objection.item || r.objection.text.slice(0, 60);
    groups.set(item, [...(groups.get(item) ?? []), r]);
  }
  return [...groups].map(([item, group]) => {
    if (group.length === 1)
      return {
        item,
        objection: objectionText(group[0]!, lang),
        ...decisionNote(group[0]!, lang, withoutEffect),
      };
    return {
      item,
      objection: group.map((r) => `${r.objection.no}) ${objectionText(r, lang)}`).join("\n"),
      note: group
        .map((r) => {
          const d = decisionNote(r, lang, withoutEffect);
          const words = [
            d.decision ? OUTCOME_TERMS[d.decision][lang] : OUTCOME_TERMS.pending[lang],
            d.note ?? "",
          ];
          return `${r.objection.no}) ${words.filter((w) => w !== "").join(". ")}`;
        })
        .join("\n"),
    };
  });
}

/** The annex of each direction's conclusion (5 is K3 of the services direction). */
function directionOfAnnex(annex: FormId): DirectionId | undefined {
  return (Object.keys(DIRECTION_FORMS) as DirectionId[]).find((d) => DIRECTION_FORMS[d].includes(annex));
}

/** The indicators a body takes from its peers in a direction (all directions when undefined), «named». */
function peerIndicators(
  result: AssessmentResult,
  bodyId: string,
  direction: DirectionId | undefined,
  lang: FormLang,
): string {
  const input = result.assessment.bodies.find((b) => b.id === bodyId);
  const names: string[] = [];
  const wanted = (d: DirectionId) => direction === undefined || direction === d;
  const services = input?.services;
  if (wanted("services") && typeof services === "object" && services.ratings.length === 0)
    names.push(SERVICES_INDICATORS.P1[lang]); // I-2
  const openness = input?.openness;
  if (wanted("openness") && typeof openness === "object" && openness.openBudget.classified)
    names.push(OPENNESS_CRITERIA_TERMS.P2[lang]); // I-13
  return names.map((n) => `«${n}»`).join(", ");
}

/**
 * Why and when each re-issued conclusion is issued: after the body's own accepted objections
 * (those of the form's direction; all of them for annex 15), or — where the body had none — after
 * other bodies' corrections that reach it through a mean over its peers (I-2, I-13). Dated
 * `settings.conclusion.correctedDate` when given, else the latest decision date behind it.
 */
export function reissueOf(
  original: AssessmentResult,
  out: ProcedureOutput,
): (bodyId: string, annex: FormId, lang: FormLang) => Reissue | undefined {
  const applied = [...new Set(out.changes.map((c) => c.objection))];
  const setDate = original.assessment.settings.conclusion?.correctedDate;
  return (bodyId, annex, lang) => {
    const direction = annex === 15 ? undefined : directionOfAnnex(annex);
    const own = applied.filter(
      (o) => o.bodyId === bodyId && (direction === undefined || o.direction === direction),
    );
    const basis = own.length > 0 ? own : applied.filter((o) => o.bodyId !== bodyId);
    const dates = [...new Set(basis.flatMap((o) => (o.decisionDate ? [o.decisionDate] : [])))].sort();
    const params = {
      dates: dates.map((d) => dotted(d)).join(", "),
      indicators: peerIndicators(original, bodyId, direction, lang),
    };
    const t = REISSUE_TERMS;
    const term =
      own.length > 0
        ? dates.length > 0
          ? t.own
          : t.ownUndated
        : dates.length > 0
          ? t.others
          : t.othersUndated;
    const date = setDate ?? dates[dates.length - 1];
    return { paragraphs: [fill(term[lang], params)], ...(date ? { date } : {}) };
  };
}

export interface ProcedureSheetOptions {
  langs: readonly FormLang[];
  /** Sheet names already in the workbook: nothing is overwritten, new names avoid them. */
  existingSheetNames?: readonly string[];
  log: LogContext;
}

/** All sheets, in this order: annex 14 forms, original + corrected conclusions, comparison, log. */
export function procedureSheets(
  original: AssessmentResult,
  out: ProcedureOutput,
  options: ProcedureSheetOptions,
): SheetSpec[] {
  const taken = new Set(options.existingSheetNames ?? []);
  const sheets: SheetSpec[] = [];
  const add = (spec: SheetSpec) => {
    taken.add(spec.name);
    sheets.push(spec);
  };
  const corrected = out.corrected;
  for (const { bodyId, direction } of objectedDirections(out.reviews)) {
    const reviews = out.reviews.filter(
      (r) => r.objection.bodyId === bodyId && r.objection.direction === direction,
    );
    const decided = reviews.every((r) => r.outcome !== "pending");
    const after = corrected?.bodies.find((b) => b.id === bodyId)?.[direction];
    for (const lang of options.langs) {
      const spec = buildObjectionSheet(
        original,
        bodyId,
        direction,
        lang,
        {
          objections: annex14Rows(reviews, lang, out.withoutEffect),
          ...(decided && after && after !== "na" ? { totalAfterAppeal: after.final } : {}),
        },
        [...taken],
      );
      if (spec) add(spec);
    }
  }
  if (corrected) {
    const reissue = reissueOf(original, out);
    for (const { bodyId, forms } of reissuedForms(out)) {
      for (const lang of options.langs) {
        const build = (result: AssessmentResult, again?: typeof reissue) =>
          buildConclusionSheets(result, {
            bodies: [bodyId],
            langs: [lang],
            forms,
            ...(again ? { reissue: again } : {}),
          });
        const originals = build(original);
        const marker = REVIEW_TERMS.corrected[lang];
        build(corrected, reissue).forEach((spec, i) => {
          // Each corrected form right after its original; an original already in the workbook stays as it is.
          const before = originals[i];
          if (before && !taken.has(before.name)) add(before);
          add({ ...spec, name: safeSheetName(`${spec.name}-${marker}`, taken), tabColor: "#C55A11" });
        });
      }
    }
  }
  for (const lang of options.langs) add(comparisonSheet(out, lang, [...taken], original));
  add(logSheet(logEntries(out.changes, options.log), options.langs, taken));
  return sheets;
}

function shown(v: ComparedValue, lang: FormLang): CellValue {
  if (v === null) return "—";
  if (typeof v === "number") return truncate2(v);
  if (v === "na") return COMMON.notAssessed[lang];
  return LEVEL_TERMS[v as EfficiencyLevel]?.[lang] ?? v;
}

/** A body's name in the sheet's language (the Kazakh one where no Russian name was given; the id if unknown). */
function nameIn(result: AssessmentResult | undefined, bodyId: string, lang: FormLang): string {
  const body = result?.assessment.bodies.find((b) => b.id === bodyId);
  if (!body) return bodyId;
  return (lang === "ru" ? body.ru?.name : undefined) ?? body.name;
}

/**
 * A conclusion item or indicator key as the forms name it (K2 → «Соблюдение…», penalty → «Штрафные
 * баллы»); anything else — an item typed as free text — as it is.
 */
export function indicatorName(direction: DirectionId | "overall", key: string, lang: FormLang): string {
  const unquoted = (text: string) => text.replace(/:$/, "");
  if (direction === "overall") {
    if (key === "score") return COMMON.score[lang];
    if (key === "level") return REVIEW_TERMS.level[lang];
    return key;
  }
  if (key === "total")
    return direction === "complaints" ? unquoted(ANNEX12.total[lang]) : COMMON.totalByCriteria[lang];
  if (key === "penalty")
    return direction === "openness" ? ANNEX8.penaltyDeduction[lang] : COMMON.penaltyPoints[lang];
  if (key === "final") return direction === "openness" ? ANNEX8.final[lang] : COMMON.finalAfterPenalty[lang];
  const criterion =
    direction === "services"
      ? (SERVICES_CRITERIA as Record<string, FormTerm>)[{ M1: "K1", M2: "K2" }[key] ?? key]
      : direction === "openness"
        ? (OPENNESS_CRITERIA_TERMS as Record<string, FormTerm>)[key]
        : (ANNEX12.criteria as Record<string, FormTerm>)[key];
  if (criterion) return criterion[lang];
  const indicator = direction === "services" ? SERVICE_INDICATOR_NAMES[key] : undefined;
  return indicator ? indicator[lang] : key;
}

/** Row heights that fit wrapped text (writers do not autofit); `skip`: title rows, left as they are. */
function wrappedHeights(rows: readonly CellValue[][], widths: readonly number[], skip: ReadonlySet<number>) {
  const heights: Record<number, number> = {};
  rows.forEach((row, i) => {
    if (skip.has(i + 1)) return;
    const lines = Math.max(
      1,
      ...row.map((v, j) =>
        typeof v === "string" ? Math.ceil([...v].length / Math.max((widths[j] ?? 10) - 2, 4)) : 1,
      ),
    );
    if (lines > 1) heights[i + 1] = lines * 15 + 3;
  });
  return heights;
}

/**
 * The review of every objection (dates, outcome) and every changed indicator, before and after, in
 * the sheet's language: bodies by name, items and indicators by the forms' wording. `original`
 * gives the bodies' names (their ids where it is not given).
 */
export function comparisonSheet(
  out: ProcedureOutput,
  lang: FormLang,
  existing: readonly string[] = [],
  original?: AssessmentResult,
): SheetSpec {
  const t = REVIEW_TERMS;
  const names = original ?? out.corrected;
  const rows: CellValue[][] = [];
  const styles: RangeStyle[] = [];
  rows.push([t.title[lang]]);
  styles.push({ range: "A1", style: { bold: true, size: 13 } });
  rows.push([...reviewHeader(lang), t.commissionDeadline[lang]]);
  const reviewTop = rows.length;
  for (const r of out.reviews) {
    const o = r.objection;
    rows.push([
      o.no,
      nameIn(names, o.bodyId, lang),
      DIRECTION_TERMS[o.direction][lang],
      indicatorName(o.direction, o.item, lang),
      dotted(o.conclusionReceived),
      dotted(r.deadline),
      dotted(o.submitted),
      OUTCOME_TERMS[r.outcome][lang],
      dotted(r.commissionDeadline),
    ]);
  }
  styles.push({ range: `A${reviewTop}:I${reviewTop}`, style: { bold: true, wrap: true, fill: "#DDEBF7" } });
  styles.push({
    range: `A${reviewTop}:I${rows.length}`,
    style: { border: "all", vAlign: "top", wrap: true },
  });
  const reviewEnd = rows.length;
  rows.push([]);
  rows.push([t.comparisonTitle[lang]]);
  styles.push({ range: `A${rows.length}`, style: { bold: true, size: 13 } });
  // The body's name spans A:B, so the indicators and figures keep the columns they always had.
  const merges: string[] = [];
  const nameRow = (row: CellValue[]) => {
    rows.push(row);
    merges.push(`A${rows.length}:B${rows.length}`);
  };
  nameRow([
    t.body[lang],
    null,
    t.direction[lang],
    t.indicator[lang],
    t.before[lang],
    t.after[lang],
    t.difference[lang],
  ]);
  const top = rows.length;
  if (out.comparison.length === 0) rows.push([t.noChanges[lang]]);
  for (const c of out.comparison) {
    const diff =
      typeof c.before === "number" && typeof c.after === "number"
        ? truncate2(c.after) - truncate2(c.before)
        : null;
    nameRow([
      nameIn(names, c.bodyId, lang),
      null,
      c.direction === "overall" ? t.overall[lang] : DIRECTION_TERMS[c.direction][lang],
      indicatorName(c.direction, c.indicator, lang),
      shown(c.before, lang),
      shown(c.after, lang),
      diff === null ? null : Number(diff.toFixed(2)),
    ]);
  }
  styles.push({ range: `A${top}:G${top}`, style: { bold: true, wrap: true, fill: "#DDEBF7" } });
  styles.push({ range: `A${top}:G${rows.length}`, style: { border: "all", vAlign: "top", wrap: true } });
  styles.push({ range: `E${top + 1}:G${rows.length}`, style: { numberFormat: "0.00" } });
  const columnWidths = [8, 30, 30, 32, 14, 14, 14, 24, 14];
  // The comparison's names are as wide as A and B together.
  const comparisonWidths = [columnWidths[0]! + columnWidths[1]!, 0, ...columnWidths.slice(2)];
  const titles = new Set([1, reviewEnd + 2]);
  return {
    name: safeSheetName(`${t.comparisonSheet[lang]}-${lang}`, existing),
    kind: "calculation",
    rows,
    styles,
    merges,
    rowHeights: {
      ...wrappedHeights(rows.slice(0, reviewEnd), columnWidths, titles),
      ...Object.fromEntries(
        Object.entries(wrappedHeights(rows, comparisonWidths, titles)).filter(([r]) => Number(r) > reviewEnd),
      ),
    },
    columnWidths,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
