/**
 * The printed relations of a form (docs/INTERPRETATIONS.md I-18): every score is computed exactly and
 * printed truncated to hundredths, so a reader who adds the printed parts may miss the printed
 * total by a hundredth or two (36,90 + 55,40 = 92,30 beside 92,31). A relation is one a reader can
 * recompute from the figures printed on the same form: a sum of criteria or indicators, total −
 * penalty = final, the penalty as 0,2 × facts (at most 5), the general score as the weighted mean
 * of the direction finals. Where one of them does not hold on paper, the form prints the
 * truncation note under its table (layout.ts `truncationNote`).
 */
import type { BodyResult, DirectionResult } from "../methodology/assess";
import { truncate2 } from "../methodology/numeric";
import type { Edition } from "../edition/2020";
import type { DirectionId } from "../model/types";

/** One relation, on exact values; `holdsOnPaper` checks it on the printed (truncated) ones. */
export type PrintedRelation =
  /** Σ sign × part = total; `clamp` bounds the result as the methodology does (K3 0…25, final ≥ 0). */
  | {
      kind: "sum";
      parts: readonly number[];
      signs?: readonly (1 | -1)[];
      total: number;
      clamp?: [number, number];
    }
  /** Σ weight × value / Σ weight = total, truncated as the total is printed. */
  | { kind: "mean"; values: readonly number[]; weights: readonly number[]; total: number };

/** A figure as printed, in whole hundredths. */
function cents(value: number): number {
  return Math.round(truncate2(value) * 100);
}

/** Whether a reader recomputing the relation from the printed figures gets the printed result. */
export function holdsOnPaper(r: PrintedRelation): boolean {
  if (r.kind === "sum") {
    let sum = r.parts.reduce((acc, p, i) => acc + (r.signs?.[i] ?? 1) * cents(p), 0);
    if (r.clamp) sum = Math.min(r.clamp[1] * 100, Math.max(r.clamp[0] * 100, sum));
    return sum === cents(r.total);
  }
  const weight = r.weights.reduce((a, w) => a + w, 0);
  const weighted = r.values.reduce((acc, v, i) => acc + r.weights[i]! * cents(v), 0);
  // The mean of the printed figures, in hundredths, truncated as every printed score is.
  return Math.floor(weighted / weight + 1e-7) === cents(r.total);
}

/** total − penalty = final (never below 0, §20) and penalty = per fact × facts, at most the cap (§17–20). */
function penaltyRelations(d: DirectionResult, edition: Edition): PrintedRelation[] {
  const r = edition.reliability;
  return [
    { kind: "sum", parts: [d.total, d.penalty], signs: [1, -1], total: d.final, clamp: [0, Infinity] },
    { kind: "sum", parts: [Math.min(r.max, d.facts.count * r.perFact)], total: d.penalty },
  ];
}

/** K3 = T + V + B − P, within 0…25 (§49–55, I-4), as annexes 3 and 5 print T, V, B and P. */
export function automationRelation(d: Pick<DirectionResult, "values">, edition: Edition): PrintedRelation[] {
  const v = (k: string) => d.values[k] ?? 0;
  // A received K3 (annex 5, §26) comes without its T, V, B, P: nothing to add up.
  if (d.values.K3 === undefined || d.values.T === undefined) return [];
  return [
    {
      kind: "sum",
      parts: [v("T"), v("V"), v("B"), v("P")],
      signs: [1, 1, 1, -1],
      total: v("K3"),
      clamp: [0, edition.services.criteria.central.K3],
    },
  ];
}

/**
 * The relations of a direction's conclusion form (annexes 3/4, 8, 12): its table (criteria → total,
 * total − penalty → final, facts → penalty) and, for services, each criterion from the indicators
 * its analysis prints (K1 = P1 + P2, K2 = T1 + … + T4, K3 = T + V + B − P).
 */
export function directionRelations(
  body: BodyResult,
  direction: DirectionId,
  d: DirectionResult,
  edition: Edition,
): PrintedRelation[] {
  const v = (k: string) => d.values[k] ?? 0;
  const sum = (keys: readonly string[], total: number, signs?: (1 | -1)[]): PrintedRelation => ({
    kind: "sum",
    parts: keys.map(v),
    ...(signs ? { signs } : {}),
    total,
  });
  const out: PrintedRelation[] = [];
  if (direction === "services") {
    const central = body.type === "central";
    const [c1, c2] = central ? ["K1", "K2"] : ["M1", "M2"];
    out.push(
      sum(central && d.values.K3 !== undefined ? [c1!, c2!, "K3"] : [c1!, c2!], d.total),
      sum(["P1", "P2"], v(c1!)),
      sum(["T1", "T2", "T3", "T4"], v(c2!)),
      ...automationRelation(d, edition),
    );
  } else if (direction === "openness") {
    out.push(sum(["P1", "P2", "P3", "P4", "P5"], d.total, [1, 1, 1, 1, -1]));
  } else {
    out.push(sum(["R1", "R2", "R3", "R4"], d.total));
  }
  return [...out, ...penaltyRelations(d, edition)];
}

/** Annex 15: the general score as the weighted mean of the assessed directions' finals (§100, I-11). */
export function overallRelation(body: BodyResult, weights: readonly number[]): PrintedRelation[] {
  if (!body.overall) return [];
  const directions: DirectionId[] = ["services", "openness", "complaints"];
  const values: number[] = [];
  const used: number[] = [];
  directions.forEach((dir, i) => {
    const d = body[dir];
    if (d === null || d === "na") return;
    values.push(d.final);
    used.push(weights[i] ?? 0);
  });
  if (used.reduce((a, w) => a + w, 0) <= 0) return [];
  return [{ kind: "mean", values, weights: used, total: body.overall.score }];
}
