/**
 * OPEVAL.* functions of direction 3 "Quality of review of complaints and applications" (§86–98),
 * each wrapping one engine indicator function (src/methodology/complaints.ts).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- figures stay `any`, not `number`: Excel would coerce a blank cell to 0 (or "" to #VALUE!) before the function could report a missing figure as #N/A; cells.ts reads them. Choices (type, lang, indicator) are `string`. */
import { courtScore, deadlineScore, disciplineScore, repeatScore } from "../src/methodology/complaints";
import { complaintsTotal } from "../src/methodology/directionTotals";
import { booleanArg, numberArg } from "./lib/cells";
import { guard } from "./lib/function-errors";

/**
 * R1, review deadlines (§90): 40 − f / p × 1 000, clamped at 0; nothing reviewed gives 40 (I-10).
 * @customfunction DEADLINE_SCORE
 * @helpurl https://localhost:3000/help/en/DEADLINE_SCORE.html
 * @param late Complaints and applications reviewed with violated deadlines (f).
 * @param reviewed All complaints and applications reviewed (p).
 * @returns R1 points.
 */
export function DEADLINE_SCORE(late: any, reviewed: any): number {
  return guard(() => deadlineScore(numberArg("late", late), numberArg("reviewed", reviewed)));
}

/**
 * R2, decisions found justified by a court (§92–93): 30 − a / p × 10 000; 30 when nothing was challenged.
 * @customfunction COURT_SCORE
 * @helpurl https://localhost:3000/help/en/COURT_SCORE.html
 * @param upheld Complaints and applications found justified by a court decision (a).
 * @param reviewed All complaints and applications reviewed (p).
 * @param challenged TRUE when a decision of the body was challenged in court in the period.
 * @returns R2 points.
 */
export function COURT_SCORE(upheld: any, reviewed: any, challenged: any): number {
  return guard(() =>
    courtScore(
      numberArg("upheld", upheld),
      numberArg("reviewed", reviewed),
      booleanArg("challenged", challenged),
    ),
  );
}

/**
 * R3, repeated complaints satisfied on review (§95): 20 − n / m × 100, clamped at 0.
 * @customfunction REPEAT_SCORE
 * @helpurl https://localhost:3000/help/en/REPEAT_SCORE.html
 * @param repeated Repeated complaints and applications satisfied on review (n).
 * @param reviewed All complaints and applications reviewed (m).
 * @returns R3 points.
 */
export function REPEAT_SCORE(repeated: any, reviewed: any): number {
  return guard(() => repeatScore(numberArg("repeated", repeated), numberArg("reviewed", reviewed)));
}

/**
 * R4, internal control (§96–98, annex 13): band of the share of late reviews followed by disciplinary action (I-12).
 * @customfunction DISCIPLINE_SCORE
 * @helpurl https://localhost:3000/help/en/DISCIPLINE_SCORE.html
 * @param disciplined Disciplinary actions taken for late reviews.
 * @param late Complaints and applications reviewed late.
 * @param impossible Late reviews where disciplinary action was objectively impossible (e.g. dismissal).
 * @returns R4 points (10, 8, 6, 4, 1 or 0).
 */
export function DISCIPLINE_SCORE(disciplined: any, late: any, impossible: any): number {
  return guard(() =>
    disciplineScore(
      numberArg("disciplined", disciplined),
      numberArg("late", late),
      numberArg("impossible", impossible),
    ),
  );
}

/**
 * Direction total "Quality of review of complaints" (annex 11): R1 + R2 + R3 + R4.
 * @customfunction COMPLAINTS_SCORE
 * @helpurl https://localhost:3000/help/en/COMPLAINTS_SCORE.html
 * @param r1 R1, review deadlines.
 * @param r2 R2, decisions upheld by a court.
 * @param r3 R3, repeated complaints satisfied.
 * @param r4 R4, internal control.
 * @returns Direction total before the reliability penalty.
 */
export function COMPLAINTS_SCORE(r1: any, r2: any, r3: any, r4: any): number {
  return guard(() =>
    complaintsTotal(numberArg("r1", r1), numberArg("r2", r2), numberArg("r3", r3), numberArg("r4", r4)),
  );
}
