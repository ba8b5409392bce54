/**
 * Two periods side by side: per body the change of each direction's final and of the general
 * score, the change of level, and the indicators that moved most, each with its explanation from
 * both periods. Bodies are matched by code, through the body map for renamed ones; a body found in
 * one period only is listed as such, never dropped. A change of methodology edition is reported.
 *
 * A change is the difference of the two figures AS DISPLAYED (truncated to two decimals, I-18), so
 * "86.49 → 88.10 (+1.61)" always adds up on paper.
 */
import type { Explanation } from "../methodology/explain";
import { truncate2 } from "../methodology/numeric";
import { DIRECTIONS, type BodyType, type DirectionId, type EfficiencyLevel } from "../model/types";
import { isIndicator, LEVELS, type BodySnapshot, type PeriodSnapshot } from "./history-snapshot";

export type Side = number | "na" | undefined;

export interface Change {
  previous: Side;
  current: Side;
  /** current − previous of the truncated figures; undefined unless both are numbers. */
  change?: number;
}

export type LevelMove = "up" | "down" | "same";

export interface MovedIndicator {
  /** Value name, e.g. `services.T1`. */
  item: string;
  previous: number;
  current: number;
  change: number;
  /** The engine's explanation, or the text recorded in a history. */
  explain: { previous?: Explanation | string; current?: Explanation | string };
}

export type Presence = "both" | "previousOnly" | "currentOnly";

export interface BodyComparison {
  /** The current code (the previous one for a body found in the previous period only). */
  id: string;
  /** The previous period's code when the body map renamed it. */
  previousId?: string;
  name: string;
  type: BodyType;
  presence: Presence;
  directions: Record<DirectionId, Change>;
  overall: Change;
  level: { previous?: EfficiencyLevel; current?: EfficiencyLevel; move?: LevelMove };
  /** Indicators with a non-zero change, largest first (at most `top`). */
  moved: MovedIndicator[];
}

export interface PeriodInfo {
  period: string;
  edition: string;
  /** Explanations are the engine's English texts (localise before showing). */
  explainInEnglish: boolean;
}

export interface Comparison {
  previous: PeriodInfo;
  current: PeriodInfo;
  editionChanged: boolean;
  bodies: BodyComparison[];
}

/** current − previous of the two figures truncated to two decimals, exact in hundredths. */
export function displayedChange(previous: number, current: number): number {
  return (Math.round(truncate2(current) * 100) - Math.round(truncate2(previous) * 100)) / 100;
}

function side(body: BodySnapshot | undefined, direction: DirectionId | undefined, item: string): Side {
  if (!body) return undefined;
  if (direction && body.notApplicable.has(direction)) return "na";
  return body.values.get(item);
}

function change(previous: Side, current: Side): Change {
  const c: Change = { previous, current };
  if (typeof previous === "number" && typeof current === "number")
    c.change = displayedChange(previous, current);
  return c;
}

function levelMove(previous?: EfficiencyLevel, current?: EfficiencyLevel): LevelMove | undefined {
  if (!previous || !current) return undefined;
  const p = LEVELS.indexOf(previous);
  const c = LEVELS.indexOf(current);
  return c < p ? "up" : c > p ? "down" : "same";
}

function movedIndicators(previous: BodySnapshot, current: BodySnapshot, top: number): MovedIndicator[] {
  const moved: MovedIndicator[] = [];
  for (const [item, now] of current.values) {
    const before = previous.values.get(item);
    if (!isIndicator(item) || before === undefined) continue;
    const delta = displayedChange(before, now);
    if (delta === 0) continue;
    const explain: MovedIndicator["explain"] = {};
    const p = previous.explain.get(item);
    const c = current.explain.get(item);
    if (p !== undefined) explain.previous = p;
    if (c !== undefined) explain.current = c;
    moved.push({ item, previous: before, current: now, change: delta, explain });
  }
  // Largest move first; ties in the engine's output order (Map order) for a stable listing.
  return moved
    .map((m, i) => ({ m, i }))
    .sort((a, b) => Math.abs(b.m.change) - Math.abs(a.m.change) || a.i - b.i)
    .slice(0, top)
    .map(({ m }) => m);
}

function compareBodies(
  previous: BodySnapshot | undefined,
  current: BodySnapshot | undefined,
  top: number,
): BodyComparison {
  const shown = (current ?? previous)!;
  const directions = Object.fromEntries(
    DIRECTIONS.map((d) => [d, change(side(previous, d, `${d}.final`), side(current, d, `${d}.final`))]),
  ) as Record<DirectionId, Change>;
  const result: BodyComparison = {
    id: shown.id,
    name: shown.name,
    type: shown.type,
    presence: previous && current ? "both" : previous ? "previousOnly" : "currentOnly",
    directions,
    overall: change(side(previous, undefined, "overall.score"), side(current, undefined, "overall.score")),
    level: {},
    moved: previous && current ? movedIndicators(previous, current, top) : [],
  };
  if (previous && current && previous.id !== current.id) result.previousId = previous.id;
  if (previous?.level) result.level.previous = previous.level;
  if (current?.level) result.level.current = current.level;
  const move = levelMove(previous?.level, current?.level);
  if (move) result.level.move = move;
  return result;
}

/**
 * Compares `previous` with `current`. `bodyMap` maps a previous code to the current one (a body
 * renamed or reorganised); `top` is how many moved indicators to keep per body.
 */
export function comparePeriods(
  previous: PeriodSnapshot,
  current: PeriodSnapshot,
  options: { bodyMap?: ReadonlyMap<string, string>; top?: number } = {},
): Comparison {
  const top = options.top ?? 3;
  const map = options.bodyMap ?? new Map<string, string>();
  const previousByCurrentId = new Map<string, BodySnapshot>();
  for (const body of previous.bodies) {
    const target = map.get(body.id) ?? body.id;
    if (!previousByCurrentId.has(target)) previousByCurrentId.set(target, body);
  }
  const matched = new Set<BodySnapshot>();
  const bodies: BodyComparison[] = [];
  for (const body of current.bodies) {
    const before = previousByCurrentId.get(body.id);
    if (before) matched.add(before);
    bodies.push(compareBodies(before, body, top));
  }
  for (const body of previous.bodies)
    if (!matched.has(body)) bodies.push(compareBodies(body, undefined, top));
  const info = (p: PeriodSnapshot): PeriodInfo => ({
    period: p.period,
    edition: p.edition,
    explainInEnglish: p.explainInEnglish,
  });
  return {
    previous: info(previous),
    current: info(current),
    editionChanged: previous.edition !== current.edition,
    bodies,
  };
}

/** The latest period of `periods` before `period`, if any. */
export function previousPeriod(
  periods: readonly PeriodSnapshot[],
  period: string,
): PeriodSnapshot | undefined {
  return [...periods].filter((p) => p.period < period).sort((a, b) => b.period.localeCompare(a.period))[0];
}
