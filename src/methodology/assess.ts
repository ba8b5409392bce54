/**
 * Scores a whole cohort: the one entry point the CLI, the task pane and the forms use.
 * Cohort rules (I-2 P1 fallback, I-13 classified budget mean) are resolved here, per body type.
 */
import type { Problem } from "../model/problems";
import type {
  Assessment,
  Body,
  BodyType,
  DirectionId,
  EfficiencyLevel,
  PerLanguage,
  ReceivedConclusion,
  UnreliableFacts,
} from "../model/types";
import { scoreComplaints } from "./complaints";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import { explanation, phrase, phrased, ruleEntry, type Explanation } from "./explain";
import { LEVEL_TERMS } from "../model/model-terms";
import { formatScore as sc } from "./numeric";
import {
  budgetPoints,
  classifiedBudgetPoints,
  meanBudgetPoints,
  scoreOpenness,
  type IndicatorPoints,
  type OpennessScores,
} from "./openness";
import {
  directionFinal,
  efficiencyLevel,
  overallScore,
  reliabilityPenalty,
  type DirectionFinal,
} from "./overall";
import { satisfactionScore, scoreAutomation, scoreServices } from "./services";

export interface DirectionResult {
  direction: DirectionId;
  /** Criterion / indicator values in output order. */
  values: Record<string, number>;
  total: number;
  penalty: number;
  final: number;
  facts: UnreliableFacts;
  /** Set when the direction is the conclusion received from its authority (no criteria: `values` empty). */
  received?: ReceivedConclusion;
}

/** The automation criterion alone (annex 5): T, V, B, P and K3. */
export interface AutomationResult {
  values: Record<string, number>;
}

export interface OpennessResult extends DirectionResult {
  direction: "openness";
  detail: Pick<OpennessScores, "indicators" | "subordinate">;
}

export type DirectionOutcome<R extends DirectionResult = DirectionResult> = R | "na" | null;

export interface BodyResult {
  id: string;
  name: string;
  type: BodyType;
  services: DirectionOutcome;
  openness: DirectionOutcome<OpennessResult>;
  complaints: DirectionOutcome;
  /**
   * K3 alone, scored from annex 5 figures given without the services direction (§24, §26): no
   * services total and no part of the general score. Absent otherwise (K3 is then in `services`).
   */
  automation?: AutomationResult;
  overall: { score: number; level: EfficiencyLevel } | null;
  explain: Explanation[];
  /** Warnings for this body (from validation and from scoring). */
  warnings: Problem[];
}

export interface AssessmentResult {
  period?: string;
  assessment: Assessment;
  bodies: BodyResult[];
}

const DIRECTION_NAMES: Record<DirectionId, string> = {
  services: "services",
  openness: "openness",
  complaints: "complaints",
};

function withPenalty(
  direction: DirectionId,
  values: Record<string, number>,
  total: number,
  facts: UnreliableFacts,
  explain: Explanation[],
  edition: Edition,
): DirectionResult {
  const penalty = reliabilityPenalty(facts.count, edition);
  const final = directionFinal(total, facts.count, edition);
  explain.push(...penaltyExplanations(direction, total, facts.count, edition));
  return { direction, values, total, penalty, final, facts };
}

/** The explanations of a direction's reliability penalty and final (also `=OPEVAL.EXPLAIN`). */
export function penaltyExplanations(
  direction: DirectionId,
  total: number,
  facts: number,
  edition: Edition = editionFor(),
): Explanation[] {
  const penalty = reliabilityPenalty(facts, edition);
  const final = directionFinal(total, facts, edition);
  const r = edition.reliability;
  return [
    explanation(
      `${direction}.penalty`,
      phrased`min(${r.max}, ${phrase("facts", { n: facts })} × ${r.perFact}) = ${sc(penalty)}`,
      "§17–21, annex 1",
    ),
    explanation(`${direction}.final`, `max(0, ${sc(total)} − ${sc(penalty)}) = ${sc(final)}`, "§20"),
  ];
}

/** The explanations of the general score and its level (also `=OPEVAL.EXPLAIN`). */
export function overallExplanations(
  finals: readonly [DirectionFinal, DirectionFinal, DirectionFinal],
  weights: readonly [number, number, number],
  score: number,
  level: EfficiencyLevel,
): Explanation[] {
  const terms = finals
    .map((f, i) => (f === "na" ? null : `${weights[i]}×${sc(f as number)}`))
    .filter((t): t is string => t !== null);
  const weightSum = finals.reduce((acc: number, f, i) => (f === "na" ? acc : acc + weights[i]!), 0);
  const rules = ["I-11", ...(finals.includes("na") ? ["I-16"] : [])];
  return [
    explanation(
      "overall.score",
      `(${terms.join(" + ")}) / ${weightSum} = ${sc(score)}`,
      "§100, annex 15",
      rules,
    ),
    explanation("overall.level", phrased`${sc(score)} → ${LEVEL_TERMS[level]}`, "§101", ["I-18"]),
  ];
}

/** Cohort data computed once per assessment: P1 means (I-2) and every body's budget table (I-13). */
interface CohortContext {
  p1: Map<BodyType, { mean: number; peers: number }>;
  /** The scored open budget table of each body with openness (own, or the cohort mean if classified). */
  budget: Map<Body, PerLanguage<IndicatorPoints[]>>;
}

function cohortContext(bodies: readonly Body[], edition: Edition): CohortContext {
  const p1 = new Map<BodyType, { mean: number; peers: number }>();
  const budget = new Map<Body, PerLanguage<IndicatorPoints[]>>();
  for (const b of bodies) {
    if (typeof b.openness === "object" && !b.openness.openBudget.classified)
      budget.set(b, budgetPoints(b.openness, b.type, b.exempt, edition));
  }
  for (const type of ["central", "local"] as const) {
    const same = bodies.filter((b) => b.type === type);
    const monitored = same.flatMap((b) =>
      typeof b.services === "object" && b.services.ratings.length > 0
        ? [satisfactionScore(b.services.ratings, type, edition) as number]
        : [],
    );
    if (monitored.length)
      p1.set(type, {
        mean: monitored.reduce((a, b) => a + b, 0) / monitored.length,
        peers: monitored.length,
      });
    const classified = same.filter((b) => typeof b.openness === "object" && b.openness.openBudget.classified);
    if (classified.length === 0) continue;
    const open = same.flatMap((b) => budget.get(b) ?? []);
    const mean = meanBudgetPoints(open);
    for (const b of classified) budget.set(b, classifiedBudgetPoints(mean, type, b.exempt, edition));
  }
  return { p1, budget };
}

/** `YYYY-MM-DD` → `DD.MM.YYYY`, as the forms and explanations write dates. */
function dotted(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}.${m}.${y}`;
}

/** A received figure differs from the computed one when the two differ by more than this. */
const RECEIVED_TOLERANCE = 0.005;

/**
 * The direction as received from its authority (§7, §112–113): its total, penalty and final, not
 * recomputed; where raw data were scored too, a difference over RECEIVED_TOLERANCE is a warning
 * naming both figures, and the received conclusion stands (it is the competent authority's).
 */
function receivedDirection<R extends DirectionResult>(
  body: Body,
  direction: "openness" | "complaints",
  computed: DirectionOutcome<R>,
  explain: Explanation[],
  warnings: Problem[],
  extra: Omit<R, keyof DirectionResult>,
): DirectionOutcome<R> {
  const rec = body.received?.[direction];
  if (!rec) return computed;
  const final = rec.final!;
  if (computed !== null && computed !== "na" && Math.abs(computed.final - final) > RECEIVED_TOLERANCE)
    warnings.push({
      severity: "warning",
      code: "receivedDiffers",
      bodyId: body.id,
      path: `received.${direction}.final`,
      params: { direction, from: rec.from, received: sc(final), computed: sc(computed.final) },
    });
  // The computed explanations stay (they show the raw data's figures); the received final follows them.
  explain.push(
    explanation(
      `${direction}.final`,
      phrased`${phrase("receivedFrom", { from: rec.from, date: dotted(rec.conclusionDate) })}: ${sc(rec.total!)} − ${sc(rec.penalty!)} = ${sc(final)}`,
      "§7, §112–113",
    ),
  );
  const result: DirectionResult = {
    direction,
    values: {},
    total: rec.total!,
    penalty: rec.penalty!,
    final,
    facts: body.unreliable[direction],
    received: rec,
  };
  return { ...result, ...extra } as R;
}

/**
 * K3 as received from the automation authority (annex 5, §26), with its explanation; compared with
 * the K3 the body's own figures give, if any (a warning over RECEIVED_TOLERANCE; the received stands).
 */
function receivedK3(
  body: Body,
  edition: Edition,
  warnings: Problem[],
): { K3: number; explain: Explanation } | undefined {
  const rec = body.received?.automation;
  if (!rec || body.type !== "central") return undefined;
  const figures = typeof body.services === "object" ? body.services.automation : body.automation;
  const computed = figures ? scoreAutomation(figures, edition).values.K3 : undefined;
  const K3 = rec.K3!;
  if (computed !== undefined && Math.abs(computed - K3) > RECEIVED_TOLERANCE)
    warnings.push({
      severity: "warning",
      code: "receivedDiffers",
      bodyId: body.id,
      path: "received.automation.K3",
      params: { direction: "automation", from: rec.from, received: sc(K3), computed: sc(computed) },
    });
  return {
    K3,
    explain: explanation(
      "services.K3",
      phrased`${phrase("receivedFrom", { from: rec.from, date: dotted(rec.conclusionDate) })}: K3 = ${sc(K3)}`,
      "§26",
    ),
  };
}

/** Openness indicator detail of a received direction: none (the conclusion carries scores only). */
const NO_OPENNESS_DETAIL: OpennessResult["detail"] = {
  indicators: {
    openData: { kk: [], ru: [] },
    openBudget: { kk: [], ru: [] },
    openNpa: { kk: [], ru: [] },
    openDialogue: { kk: [], ru: [] },
  },
  subordinate: { kk: [], ru: [] },
};

function scoreBody(
  body: Body,
  weights: readonly [number, number, number],
  ctx: CohortContext,
  edition: Edition,
): BodyResult {
  const explain: Explanation[] = [];
  const warnings: Problem[] = [];
  const s = body.services;
  const k3 = receivedK3(body, edition, warnings);
  const services: DirectionOutcome =
    typeof s === "object"
      ? (() => {
          const r = scoreServices(s, body.type, ctx.p1.get(body.type) ?? null, edition, k3);
          explain.push(...r.explain);
          return withPenalty("services", r.values, r.total, body.unreliable.services, explain, edition);
        })()
      : (s ?? null);
  let automation: AutomationResult | undefined;
  if (body.automation && body.type === "central") {
    const own = scoreAutomation(body.automation, edition);
    explain.push(...own.explain);
    automation = { values: { ...own.values } };
    if (k3) {
      automation.values = { K3: k3.K3 };
      explain.push(k3.explain);
    }
  } else if (k3 && body.type === "central" && typeof s !== "object") {
    automation = { values: { K3: k3.K3 } };
    explain.push(k3.explain);
  }
  const o = body.openness;
  const openness: DirectionOutcome<OpennessResult> =
    typeof o === "object"
      ? (() => {
          const r = scoreOpenness(o, body.type, body.exempt, ctx.budget.get(body)!, edition);
          explain.push(...r.explain);
          const base = withPenalty("openness", r.values, r.total, body.unreliable.openness, explain, edition);
          return {
            ...base,
            direction: "openness",
            detail: { indicators: r.indicators, subordinate: r.subordinate },
          };
        })()
      : (o ?? null);
  const c = body.complaints;
  const complaints: DirectionOutcome =
    typeof c === "object"
      ? (() => {
          const r = scoreComplaints(c, edition);
          explain.push(...r.explain);
          return withPenalty("complaints", r.values, r.total, body.unreliable.complaints, explain, edition);
        })()
      : (c ?? null);

  const opennessOutcome = receivedDirection(body, "openness", openness, explain, warnings, {
    detail: NO_OPENNESS_DETAIL,
  } as Omit<OpennessResult, keyof DirectionResult>);
  const complaintsOutcome = receivedDirection(body, "complaints", complaints, explain, warnings, {});
  const outcomes = [services, opennessOutcome, complaintsOutcome] as const;
  const finals = outcomes.map((d) => (d === null || d === "na" ? d : d.final)) as [
    DirectionFinal,
    DirectionFinal,
    DirectionFinal,
  ];
  const score = overallScore(finals, weights);
  let overall: BodyResult["overall"] = null;
  const dirs: DirectionId[] = ["services", "openness", "complaints"];
  dirs.forEach((d, i) => {
    if (finals[i] === null)
      warnings.push({
        severity: "warning",
        code: "directionMissing",
        bodyId: body.id,
        path: d,
        params: { direction: DIRECTION_NAMES[d] },
      });
  });
  if (score !== null) {
    const level = efficiencyLevel(score, edition);
    overall = { score, level };
    explain.push(...overallExplanations(finals, weights, score, level));
  } else if (!finals.includes(null)) {
    warnings.push({
      severity: "warning",
      code: "noWeightedDirection",
      bodyId: body.id,
      path: "settings.overallWeights",
      params: {},
    });
  }
  return {
    id: body.id,
    name: body.name,
    type: body.type,
    services,
    openness: opennessOutcome,
    complaints: complaintsOutcome,
    ...(automation ? { automation } : {}),
    overall,
    explain,
    warnings,
  };
}

/** Scores a validated assessment by the edition it names (or the one given). */
export interface ScoreOptions {
  /**
   * Keep each value's explanation (default true); false for callers that show figures only;
   * "rules" for callers that build the annex forms only (conclude): of each body's explanations
   * only those where an interpretation applied, as key and rule without texts (see `ruleEntry`).
   * The forms read nothing else, and the texts are most of a scored cohort's memory.
   */
  explanations?: boolean | "rules";
}

export function scoreAssessment(
  assessment: Assessment,
  edition: Edition = editionFor(assessment.settings.methodology),
  options: ScoreOptions = {},
): AssessmentResult {
  const ctx = cohortContext(assessment.bodies, edition);
  const weights = assessment.settings.overallWeights;
  const keepExplanations = options.explanations ?? true;
  const bodies = assessment.bodies.map((b) => {
    const scored = scoreBody(b, weights, ctx, edition);
    // Dropped body by body, so a caller that shows only figures (validate, the table) never holds
    // a whole cohort's explanations: most of a result's memory at 10,000 bodies.
    if (!keepExplanations) scored.explain = [];
    else if (keepExplanations === "rules")
      scored.explain = scored.explain.map(ruleEntry).filter((e): e is Explanation => e !== null);
    return scored;
  });
  const result: AssessmentResult = { assessment, bodies };
  if (assessment.period !== undefined) result.period = assessment.period;
  return result;
}
