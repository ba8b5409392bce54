/**
 * The whole objections procedure as one pure function, for the CLI and the task pane alike:
 * review dates and outcomes, apply accepted corrections to a copy, re-score, compare.
 */
import type { HolidayOverrides } from "../calendar/calendar";
import type { AssessmentResult } from "../methodology/assess";
import type { Problem } from "../model/problems";
import type { DirectionId, Lang } from "../model/types";
import { applyCorrections, isFactField, type AppliedChange } from "./apply";
import { compareResults, type IndicatorChange } from "./objection-compare";
import { reviewObjections } from "./review";
import type { Objection, ObjectionReview } from "./objection-types";

export interface ProcedureOutput {
  reviews: ObjectionReview[];
  /** Accepted objections whose corrections were applied but changed no score of their direction. */
  withoutEffect?: Objection[];
  /** The results after accepted objections; undefined when a correction is invalid (see problems). */
  corrected?: AssessmentResult;
  changes: AppliedChange[];
  comparison: IndicatorChange[];
  problems: Problem[];
}

/** The body column may hold the body's code or, like the template's other tables, its name. */
function withBodyId(o: Objection, result: AssessmentResult): Objection {
  if (result.bodies.some((b) => b.id === o.bodyId)) return o;
  const wanted = o.bodyId.trim().toLowerCase();
  const byName = result.bodies.filter((b) => b.name.trim().toLowerCase() === wanted);
  return byName.length === 1 ? { ...o, bodyId: byName[0]!.id } : o;
}

export function runObjections(
  original: AssessmentResult,
  objections: readonly Objection[],
  overrides?: HolidayOverrides,
  lang: Lang = "en",
): ProcedureOutput {
  const review = reviewObjections(
    objections.map((o) => withBodyId(o, original)),
    original,
    overrides,
    lang,
  );
  const hasErrors = review.problems.some((p) => p.severity === "error");
  if (hasErrors) return { reviews: review.reviews, changes: [], comparison: [], problems: review.problems };
  const applied = applyCorrections(original.assessment, review.reviews);
  const problems = [...review.problems, ...applied.problems];
  if (!applied.result) return { reviews: review.reviews, changes: applied.changes, comparison: [], problems };
  const comparison = compareResults(original, applied.result);
  const withoutEffect = objectionsWithoutEffect(applied.changes, comparison);
  for (const o of withoutEffect)
    problems.push({
      severity: "warning",
      code: "acceptedNoScoreChange",
      bodyId: o.bodyId,
      path: o.source,
      params: {
        no: o.no,
        direction: o.direction,
        fields: [...new Set(applied.changes.filter((c) => c.objection === o).map((c) => c.field))].join(", "),
      },
      ...(o.cells?.no ? { cell: o.cells.no } : {}),
    });
  for (const bodyId of changedThroughOthers(applied.changes, comparison))
    problems.push({
      severity: "warning",
      code: "reissuedByOthers",
      bodyId,
      path: bodyId,
      params: { id: bodyId },
    });
  return {
    reviews: review.reviews,
    corrected: applied.result,
    changes: applied.changes,
    comparison,
    problems,
    withoutEffect,
  };
}

/**
 * Accepted objections whose corrections changed no score of their body and direction (a rating
 * corrected within its band, I-17). When one direction has several applied objections and its
 * scores change, none of them is named: which one moved them is not decided.
 */
export function objectionsWithoutEffect(
  changes: readonly AppliedChange[],
  comparison: readonly IndicatorChange[],
): Objection[] {
  const out: Objection[] = [];
  // A corrected text of a fact re-issues the conclusion even where no score moves.
  const texts = new Set(changes.filter((c) => isFactField(c.field)).map((c) => c.objection));
  for (const c of changes) {
    const o = c.objection;
    if (out.includes(o) || texts.has(o)) continue;
    if (!comparison.some((x) => x.bodyId === o.bodyId && x.direction === o.direction)) out.push(o);
  }
  return out;
}

/** Bodies whose scores changed although no correction of their own was applied (cohort rules I-2, I-13). */
export function changedThroughOthers(
  changes: readonly AppliedChange[],
  comparison: readonly IndicatorChange[],
): string[] {
  const own = new Set(changes.map((c) => c.bodyId));
  return [...new Set(comparison.map((c) => c.bodyId))].filter((id) => !own.has(id));
}

/** Body ids and directions that have at least one objection, in first-seen order. */
export function objectedDirections(
  reviews: readonly ObjectionReview[],
): { bodyId: string; direction: DirectionId }[] {
  const seen = new Set<string>();
  const out: { bodyId: string; direction: DirectionId }[] = [];
  for (const r of reviews) {
    const key = `${r.objection.bodyId}\u0000${r.objection.direction}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ bodyId: r.objection.bodyId, direction: r.objection.direction });
  }
  return out;
}
