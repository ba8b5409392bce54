/**
 * Parse, validate and score in one call: the entry point of the CLI, the task pane and the tests.
 * The engine (src/methodology) never calls the parser; this module, above both, does it in order.
 */
import type { Problem } from "./model/problems";
import { RECEIVED_DIRECTIONS, type Assessment } from "./model/types";
import { addWorkingDays } from "./calendar/calendar";
import { parseAssessment } from "./model/parse";
import { scoreAssessment, type AssessmentResult, type ScoreOptions } from "./methodology/assess";

export type Evaluation =
  { ok: true; result: AssessmentResult; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Working days within which a direction's conclusion reaches the Agency after its commission (§112–113). */
const RECEIPT_WORKING_DAYS = 5;

/**
 * A received conclusion that reached the Agency later than five working days after its
 * commission's decision (§112–113, counted with the Kazakhstan calendar of src/calendar): a
 * warning, not an error. The schedule of commissions is outside the methodology: no date of it here.
 */
export function lateReceipts(assessment: Assessment): Problem[] {
  const late: Problem[] = [];
  for (const body of assessment.bodies)
    for (const direction of RECEIVED_DIRECTIONS) {
      const r = body.received?.[direction];
      if (!r?.decisionDate || !r.receivedOn) continue;
      let due: string;
      try {
        due = addWorkingDays(r.decisionDate, RECEIPT_WORKING_DAYS);
      } catch {
        continue;
      }
      if (r.receivedOn > due)
        late.push({
          severity: "warning",
          code: "receivedLate",
          bodyId: body.id,
          path: `received.${direction}.receivedOn`,
          params: { direction, receivedOn: r.receivedOn, decisionDate: r.decisionDate, due },
        });
    }
  return late;
}

/** Parse, validate and score in one call; validation warnings are attached to their bodies. */
export function evaluate(input: unknown, options: ScoreOptions = {}): Evaluation {
  const parsed = parseAssessment(input);
  if (!parsed.assessment) return { ok: false, problems: parsed.problems };
  parsed.problems.push(...lateReceipts(parsed.assessment));
  const result = scoreAssessment(parsed.assessment, undefined, options);
  // Grouped once, not filtered per body: a cohort of thousands with a warning each stays linear.
  const byBody = new Map<string | null, Problem[]>();
  for (const p of parsed.problems) {
    const list = byBody.get(p.bodyId);
    if (list) list.push(p);
    else byBody.set(p.bodyId, [p]);
  }
  for (const body of result.bodies) {
    const own = byBody.get(body.id);
    if (own) body.warnings = [...own, ...body.warnings];
  }
  return { ok: true, result, problems: parsed.problems };
}
