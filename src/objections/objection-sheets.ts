/**
 * The sheets of the objections procedure, as SheetSpecs for either writer: annex 14 per body and
 * direction (built by src/forms — the one annex 14), corrected conclusions beside the originals
 * (sheet names marked as corrected), the before/after comparison with the review of every
 * objection, and the opeval_Log sheet.
 */
import { formatDotted, parseIsoDate } from "../calendar/date";
import { fill } from "../i18n/lang";
import { buildConclusionSheets, buildObjectionSheet, type FormId, type ObjectionRow } from "../forms";
import { type CellValue, type RangeStyle, type SheetSpec } from "../sheet/spec";
import { safeSheetName } from "../sheet/names";
import type { FormLang } from "../forms/form-terms";
import type { AssessmentResult } from "../methodology/assess";
import { truncate2 } from "../methodology/numeric";
import { DIRECTION_TERMS, LEVEL_TERMS } from "../model/model-terms";
import type { DirectionId, EfficiencyLevel } from "../model/types";
import type { ComparedValue } from "./objection-compare";
import { logEntries, logSheet, type LogContext } from "./log";
import { objectedDirections, type ProcedureOutput } from "./procedure";
import { LATE_NOTE, OUTCOME_TERMS, REVIEW_TERMS, reviewHeader } from "./objection-terms";
import type { ObjectionReview } from "./objection-types";

/** The conclusion forms of each direction (annex 3 or 4 is built by body type; 5 is K3 of central bodies). */
const DIRECTION_FORMS: Readonly<Record<DirectionId, readonly FormId[]>> = {
  services: [3, 4, 5],
  openness: [8],
  complaints: [12],
};

/**
 * The conclusions to re-issue: for every body with a changed score, the forms of the directions
 * that changed and annex 15 (the general score moves with any direction's final score).
 */
export function reissuedForms(out: ProcedureOutput): { bodyId: string; forms: FormId[] }[] {
  const byBody = new Map<string, Set<FormId>>();
  for (const c of out.comparison) {
    const forms = byBody.get(c.bodyId) ?? new Set<FormId>();
    for (const f of c.direction === "overall" ? [] : DIRECTION_FORMS[c.direction]) forms.add(f);
    forms.add(15);
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
  return {
    ...(r.outcome === "accepted" || r.outcome === "rejected" ? { decision: r.outcome } : {}),
    ...(o.note ? { note: o.note } : {}),
  };
}

/**
 * Annex 14 rows of one body and direction: column 3 the objection, column 4 the decision. Several
 * objections on one conclusion item share its row (the form has one row per item): their texts are
 * numbered and each decision is given with its number.
 */
export function annex14Rows(reviews: readonly ObjectionReview[], lang: FormLang): ObjectionRow[] {
  const groups = new Map<string, ObjectionReview[]>();
  for (const r of reviews) {
    const item = r.objection.item || r.objection.text.slice(0, 60);
    groups.set(item, [...(groups.get(item) ?? []), r]);
  }
  return [...groups].map(([item, group]) => {
    if (group.length === 1)
      return { item, objection: group[0]!.objection.text, ...decisionNote(group[0]!, lang) };
    return {
      item,
      objection: group.map((r) => `${r.objection.no}) ${r.objection.text}`).join("\n"),
      note: group
        .map((r) => {
          const d = decisionNote(r, lang);
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
          objections: annex14Rows(reviews, lang),
          ...(decided && after && after !== "na" ? { totalAfterAppeal: after.final } : {}),
        },
        [...taken],
      );
      if (spec) add(spec);
    }
  }
  if (corrected) {
    for (const { bodyId, forms } of reissuedForms(out)) {
      for (const lang of options.langs) {
        const build = (result: AssessmentResult) =>
          buildConclusionSheets(result, { bodies: [bodyId], langs: [lang], forms });
        const originals = build(original);
        const marker = REVIEW_TERMS.corrected[lang];
        build(corrected).forEach((spec, i) => {
          // Each corrected form right after its original; an original already in the workbook stays as it is.
          const before = originals[i];
          if (before && !taken.has(before.name)) add(before);
          add({ ...spec, name: safeSheetName(`${spec.name}-${marker}`, taken), tabColor: "#C55A11" });
        });
      }
    }
  }
  for (const lang of options.langs) add(comparisonSheet(out, lang, [...taken]));
  add(logSheet(logEntries(out.changes, options.log), options.langs, taken));
  return sheets;
}

function shown(v: ComparedValue, lang: FormLang): CellValue {
  if (v === null) return "—";
  if (typeof v === "number") return truncate2(v);
  if (v === "na") return "n/a";
  return LEVEL_TERMS[v as EfficiencyLevel]?.[lang] ?? v;
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

/** The review of every objection (dates, outcome) and every changed indicator, before and after. */
export function comparisonSheet(
  out: ProcedureOutput,
  lang: FormLang,
  existing: readonly string[] = [],
): SheetSpec {
  const t = REVIEW_TERMS;
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
      o.bodyId,
      DIRECTION_TERMS[o.direction][lang],
      o.item,
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
  rows.push([]);
  rows.push([t.comparisonTitle[lang]]);
  styles.push({ range: `A${rows.length}`, style: { bold: true, size: 13 } });
  rows.push([
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
    rows.push([
      c.bodyName,
      c.bodyId,
      c.direction === "overall" ? t.overall[lang] : DIRECTION_TERMS[c.direction][lang],
      c.indicator === "level" ? t.level[lang] : c.indicator,
      shown(c.before, lang),
      shown(c.after, lang),
      diff === null ? null : Number(diff.toFixed(2)),
    ]);
  }
  styles.push({ range: `A${top}:G${top}`, style: { bold: true, wrap: true, fill: "#DDEBF7" } });
  styles.push({ range: `A${top}:G${rows.length}`, style: { border: "all", vAlign: "top", wrap: true } });
  styles.push({ range: `E${top + 1}:G${rows.length}`, style: { numberFormat: "0.00" } });
  const columnWidths = [34, 14, 30, 16, 14, 14, 14, 24, 14];
  return {
    name: safeSheetName(`${t.comparisonSheet[lang]}-${lang}`, existing),
    kind: "calculation",
    rows,
    styles,
    rowHeights: wrappedHeights(rows, columnWidths, new Set([1, top - 1])),
    columnWidths,
    freeze: { rows: 1, columns: 0 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true },
  };
}
