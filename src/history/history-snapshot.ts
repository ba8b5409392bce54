/**
 * One period of the history: for every body, exactly the values of the engine's output (every
 * indicator and criterion of each direction, its total, penalty and final, the general score and
 * the level — not the annex-10 leaf items), with the explanation of each value, the methodology
 * edition and the date it was recorded. Built from a scored assessment or read back from an
 * opeval_History table (./read.ts); written as rows by ./rows.ts.
 */
import type { AssessmentResult, DirectionOutcome } from "../methodology/assess";
import type { Explanation } from "../methodology/explain";
import { word, type Problem } from "../model/problems";
import { DIRECTIONS, type BodyType, type DirectionId, type EfficiencyLevel } from "../model/types";

/** A body's values in one period. `values` keys are value names such as `services.P1`, `overall.score`. */
export interface BodySnapshot {
  id: string;
  name: string;
  type: BodyType;
  values: Map<string, number>;
  /** Directions that do not apply to the body (I-16). */
  notApplicable: Set<DirectionId>;
  level?: EfficiencyLevel;
  /**
   * Explanation per value name (formula with that period's numbers): the engine's own (rendered
   * in any language) or, read back from a history, the text as recorded.
   */
  explain: Map<string, Explanation | string>;
}

export interface PeriodSnapshot {
  /** A year, e.g. "2019". */
  period: string;
  /** Methodology edition, e.g. "2020". */
  edition: string;
  /** Date recorded, dd.mm.yyyy. */
  recorded?: string;
  /** True when the explanations are the engine's English texts (localise before showing). */
  explainInEnglish: boolean;
  bodies: BodySnapshot[];
}

export const LEVELS: readonly EfficiencyLevel[] = ["high", "medium", "low", "ineffective"];

/** The indicator and criterion names each direction reports in edition 2020 (engine output order). */
const EDITION_VALUES: Readonly<Record<string, Readonly<Record<DirectionId, readonly string[]>>>> = {
  "2020": {
    services: ["P1", "P2", "T1", "T2", "T3", "T4", "K1", "K2", "M1", "M2", "T", "V", "B", "P", "K3"],
    openness: ["P1", "P2", "P3", "P4", "P5"],
    complaints: ["R1", "R2", "R3", "R4"],
  },
};
const DIRECTION_SUMS = ["total", "penalty", "final"] as const;

/** The editions whose value names are known. */
export const KNOWN_EDITIONS: readonly string[] = Object.keys(EDITION_VALUES);

/** Whether `direction.key` names one of a direction's indicators/criteria (not total/penalty/final). */
export function isIndicator(item: string): boolean {
  const [direction, key] = item.split(".");
  return (
    DIRECTIONS.includes(direction as DirectionId) &&
    key !== undefined &&
    !DIRECTION_SUMS.some((s) => s === key)
  );
}

/**
 * Every value name of an edition, in output order: `services.P1` … `services.final`, …,
 * `overall.score`, `overall.level`, and the bare direction (`services`) for "not applicable".
 * Undefined for an edition opeval does not know.
 */
export function editionValueNames(edition: string): string[] | undefined {
  const values = EDITION_VALUES[edition];
  if (!values) return undefined;
  const names: string[] = [];
  for (const d of DIRECTIONS) {
    names.push(d);
    for (const key of [...values[d], ...DIRECTION_SUMS]) names.push(`${d}.${key}`);
  }
  names.push("overall.score", "overall.level");
  return names;
}

function addDirection(snapshot: BodySnapshot, direction: DirectionId, outcome: DirectionOutcome): void {
  if (outcome === null) return;
  if (outcome === "na") {
    snapshot.notApplicable.add(direction);
    return;
  }
  for (const [key, value] of Object.entries(outcome.values))
    snapshot.values.set(`${direction}.${key}`, value);
  snapshot.values.set(`${direction}.total`, outcome.total);
  snapshot.values.set(`${direction}.penalty`, outcome.penalty);
  snapshot.values.set(`${direction}.final`, outcome.final);
}

/** The snapshot of a scored assessment, recorded for `period` (a year, checked by `periodProblem`). */
export function snapshotOf(
  result: AssessmentResult,
  period: string,
  options: { edition?: string; recorded?: string } = {},
): PeriodSnapshot {
  const bodies = result.bodies.map((b): BodySnapshot => {
    const snapshot: BodySnapshot = {
      id: b.id,
      name: b.name,
      type: b.type,
      values: new Map(),
      notApplicable: new Set(),
      explain: new Map(),
    };
    addDirection(snapshot, "services", b.services);
    addDirection(snapshot, "openness", b.openness);
    addDirection(snapshot, "complaints", b.complaints);
    if (b.overall) {
      snapshot.values.set("overall.score", b.overall.score);
      snapshot.level = b.overall.level;
    }
    for (const e of b.explain)
      if (snapshot.values.has(e.key) || e.key === "overall.level") snapshot.explain.set(e.key, e);
    return snapshot;
  });
  return {
    period,
    edition: options.edition ?? result.assessment.settings.methodology,
    ...(options.recorded ? { recorded: options.recorded } : {}),
    explainInEnglish: true,
    bodies,
  };
}

/** A year as history periods are written: four digits, 1900–2999. */
export const YEAR = /^(19|2\d)\d\d$/;

/**
 * The problem that keeps an assessment out of the history: no period, or a period that is not a
 * year (scoring itself accepts any text). Located by the caller (`period` is a JSON path).
 */
export function periodProblem(period: string | undefined): Problem | undefined {
  if (period !== undefined && YEAR.test(period.trim())) return undefined;
  return {
    severity: "error",
    code: "historyPeriodNotYear",
    bodyId: null,
    path: "period",
    params: { got: period === undefined ? word("nothing") : JSON.stringify(period) },
  };
}

/** dd.mm.yyyy of a date (UTC), as the forms write dates. */
export function dateText(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getUTCDate())}.${two(date.getUTCMonth() + 1)}.${date.getUTCFullYear()}`;
}
