/** Every indicator that differs between the original and the corrected results, body by body. */
import type { AssessmentResult, DirectionOutcome } from "../methodology/assess";
import type { DirectionId, EfficiencyLevel } from "../model/types";
import { DIRECTIONS } from "../model/types";

export type ComparedValue = number | EfficiencyLevel | "na" | null;

export interface IndicatorChange {
  bodyId: string;
  bodyName: string;
  /** `overall` for the general score and level. */
  direction: DirectionId | "overall";
  /** A criterion key (K1, P3, R4…), `total`, `penalty`, `final`; for overall `score` or `level`. */
  indicator: string;
  before: ComparedValue;
  after: ComparedValue;
}

/** Scores equal to 1e-9 are equal (I-18); the engine is deterministic, so this only absorbs noise. */
const TOLERANCE = 1e-9;

function differs(a: ComparedValue, b: ComparedValue): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) > TOLERANCE;
  return a !== b;
}

function directionValues(d: DirectionOutcome): Map<string, ComparedValue> {
  const m = new Map<string, ComparedValue>();
  if (d === null || d === "na") return m;
  for (const [k, v] of Object.entries(d.values)) m.set(k, v);
  m.set("total", d.total);
  m.set("penalty", d.penalty);
  m.set("final", d.final);
  return m;
}

export function compareResults(before: AssessmentResult, after: AssessmentResult): IndicatorChange[] {
  const changes: IndicatorChange[] = [];
  for (const b of before.bodies) {
    const a = after.bodies.find((x) => x.id === b.id);
    if (!a) continue;
    const push = (
      direction: IndicatorChange["direction"],
      indicator: string,
      x: ComparedValue,
      y: ComparedValue,
    ) => {
      if (differs(x, y))
        changes.push({ bodyId: b.id, bodyName: b.name, direction, indicator, before: x, after: y });
    };
    for (const d of DIRECTIONS) {
      const x = b[d];
      const y = a[d];
      if ((x === null || x === "na" || y === null || y === "na") && x !== y) {
        push(d, "final", typeof x === "object" && x ? x.final : x, typeof y === "object" && y ? y.final : y);
        continue;
      }
      const bx = directionValues(x);
      const by = directionValues(y);
      for (const key of new Set([...bx.keys(), ...by.keys()]))
        push(d, key, bx.get(key) ?? null, by.get(key) ?? null);
    }
    push("overall", "score", b.overall?.score ?? null, a.overall?.score ?? null);
    push("overall", "level", b.overall?.level ?? null, a.overall?.level ?? null);
  }
  return changes;
}
