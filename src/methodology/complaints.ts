/**
 * Direction 3 "Quality of review of complaints and applications" (§86–98, annexes 11–13).
 * R1–R4 are exported one by one for the custom functions.
 */
import { complaintsTotal } from "./directionTotals";
import type { ComplaintsInput } from "../model/types";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import { requireCount, requireNotAbove } from "./errors";
import { explanation, phrase, phrased, type Explanation } from "./explain";
import { formatScore as sc } from "./numeric";
import { rateScore } from "./services";

function reviewRate(
  max: number,
  scale: number,
  numeratorName: string,
  numerator: number,
  reviewed: number,
): number {
  requireCount(numeratorName, numerator);
  requireCount("reviewed", reviewed);
  requireNotAbove(numeratorName, numerator, "reviewed", reviewed);
  return rateScore(max, numerator, reviewed, scale);
}

/** R1 (§90): `40 − f / p × 1 000`; nothing reviewed → 40 (I-10). */
export function deadlineScore(late: number, reviewed: number, edition: Edition = editionFor()): number {
  const r = edition.complaints.R1;
  return reviewRate(r.max, r.scale, "late", late, reviewed);
}

/** R2 (§92–93): `30 − a / p × 10 000`; 30 when no decision was challenged in court. */
export function courtScore(
  upheld: number,
  reviewed: number,
  challenged: boolean,
  edition: Edition = editionFor(),
): number {
  const r = edition.complaints.R2;
  const value = reviewRate(r.max, r.scale, "courtUpheld", upheld, reviewed);
  return challenged ? value : r.max;
}

/** R3 (§95): `20 − n / m × 100`. */
export function repeatScore(repeated: number, reviewed: number, edition: Edition = editionFor()): number {
  const r = edition.complaints.R3;
  return reviewRate(r.max, r.scale, "repeatUpheld", repeated, reviewed);
}

/**
 * R4 (§96–98, annex 13): share of late reviews followed by disciplinary action, excluding cases
 * where action was objectively impossible (I-12), compared exactly in integers (I-18):
 * `s ≥ 90 ⇔ disciplined × 100 ≥ 90 × (late − impossible)`. No late review → 10 (I-9).
 */
export function disciplineScore(
  disciplined: number,
  late: number,
  impossible: number,
  edition: Edition = editionFor(),
): number {
  requireCount("disciplined", disciplined);
  requireCount("late", late);
  requireCount("disciplineImpossible", impossible);
  requireNotAbove("disciplined + disciplineImpossible", disciplined + impossible, "late", late);
  const r4 = edition.complaints.R4;
  const base = late - impossible;
  if (base === 0) return r4.max;
  for (const band of r4.bands) {
    if (disciplined * 100 >= band.minPercent * base) return band.points;
  }
  return 0;
}

export interface ComplaintsScores {
  values: Record<string, number>;
  total: number;
  explain: Explanation[];
}

export function scoreComplaints(input: ComplaintsInput, edition: Edition = editionFor()): ComplaintsScores {
  const { R1: r1, R2: r2, R3: r3 } = edition.complaints;
  const p = input.reviewed;
  const R1 = deadlineScore(input.late, p, edition);
  const R2 = courtScore(input.courtUpheld, p, input.challengedInCourt, edition);
  const R3 = repeatScore(input.repeatUpheld, p, edition);
  const R4 = disciplineScore(input.disciplined, input.late, input.disciplineImpossible, edition);
  const rate = (k: number, a: number, scale: number, v: number) =>
    p === 0
      ? phrased`${k} ${phrase("nothingReviewed")}`
      : phrased`${k} − ${a} / ${p} × ${scale} = ${sc(v)}${k - (a / p) * scale < 0 ? phrased` ${phrase("clampedAtZero")}` : ""}`;
  const zero = p === 0 ? ["I-10"] : [];
  const base = input.late - input.disciplineImpossible;
  const share = base === 0 ? null : (input.disciplined / base) * 100;
  const explain = [
    explanation("complaints.R1", rate(r1.max, input.late, r1.scale, R1), "§90", zero),
    explanation(
      "complaints.R2",
      input.challengedInCourt
        ? rate(r2.max, input.courtUpheld, r2.scale, R2)
        : phrased`${r2.max} ${phrase("notChallenged")}`,
      "§92–93",
      input.challengedInCourt ? zero : [],
    ),
    explanation("complaints.R3", rate(r3.max, input.repeatUpheld, r3.scale, R3), "§95", zero),
    explanation(
      "complaints.R4",
      share === null
        ? phrased`${edition.complaints.R4.max} ${phrase("noLateReview")}`
        : `s = ${input.disciplined} / (${input.late} − ${input.disciplineImpossible}) × 100 = ${sc(share)} % → ${R4}`,
      "§96–98, annex 13",
      share === null ? ["I-9"] : ["I-1", "I-12", "I-18"],
    ),
  ];
  const total = complaintsTotal(R1, R2, R3, R4);
  explain.push(
    explanation(
      "complaints.total",
      `R1 + R2 + R3 + R4 = ${sc(R1)} + ${sc(R2)} + ${sc(R3)} + ${sc(R4)} = ${sc(total)}`,
      "annex 11",
    ),
  );
  return { values: { R1, R2, R3, R4 }, total, explain };
}
