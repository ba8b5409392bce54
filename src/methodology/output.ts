/** The JSON output contract of docs/FORMAT.md, built from engine results. */
import { formatProblem } from "../model/problems";
import type { Lang } from "../model/types";
import type { AssessmentResult, DirectionOutcome } from "./assess";
import { explanationText, type Explanation } from "./explain";
import { sourceText } from "./explain-source";

type DirectionJson = Record<string, number> | "na" | null;

export interface BodyJson {
  id: string;
  name: string;
  type: string;
  services: DirectionJson;
  openness: DirectionJson;
  complaints: DirectionJson;
  /** K3 alone (annex 5 figures without the services direction): T, V, B, P, K3. */
  automation?: Record<string, number>;
  overall: { score: number; level: string } | null;
  explain: Pick<Explanation, "key" | "text" | "source" | "rule">[];
  warnings: string[];
}

function directionJson(d: DirectionOutcome): DirectionJson {
  if (d === null || d === "na") return d;
  return { ...d.values, total: d.total, penalty: d.penalty, final: d.final };
}

export function toScoringOutput(result: AssessmentResult, lang: Lang = "en"): { bodies: BodyJson[] } {
  return {
    bodies: result.bodies.map((b) => ({
      id: b.id,
      name: b.name,
      type: b.type,
      services: directionJson(b.services),
      openness: directionJson(b.openness),
      complaints: directionJson(b.complaints),
      ...(b.automation ? { automation: { ...b.automation.values } } : {}),
      overall: b.overall ? { score: b.overall.score, level: b.overall.level } : null,
      // Built field by field: the JSON contract has exactly these four, in this order.
      explain: b.explain.map((e) => ({
        key: e.key,
        text: explanationText(e, lang),
        source: sourceText(e.source, lang),
        rule: e.rule,
      })),
      warnings: b.warnings.map((w) => formatProblem(w, lang)),
    })),
  };
}
