/**
 * Parse, validate and score in one call: the entry point of the CLI, the task pane and the tests.
 * The engine (src/methodology) never calls the parser; this module, above both, does it in order.
 */
import type { Problem } from "./model/problems";
import { parseAssessment } from "./model/parse";
import { scoreAssessment, type AssessmentResult, type ScoreOptions } from "./methodology/assess";

export type Evaluation =
  { ok: true; result: AssessmentResult; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Parse, validate and score in one call; validation warnings are attached to their bodies. */
export function evaluate(input: unknown, options: ScoreOptions = {}): Evaluation {
  const parsed = parseAssessment(input);
  if (!parsed.assessment) return { ok: false, problems: parsed.problems };
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
