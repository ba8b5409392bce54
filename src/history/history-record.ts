/**
 * Recording periods into a history: each period once (a second input of the same period is refused
 * unless the caller allows replacing, then the later one wins), and one body type per body code
 * across all periods (a code that is central one year and local the next is two different bodies
 * under one code: refused, so a comparison never mixes them).
 */
import type { Problem } from "../model/problems";
import type { PeriodSnapshot } from "./history-snapshot";

export interface SourcedPeriod {
  snapshot: PeriodSnapshot;
  /** Where the period came from: a file name, or "opeval_History" for rows already recorded. */
  source: string;
  /** JSON path or table path of the period in its source (for the message). */
  path?: string;
}

export interface MergeResult {
  /** Periods in ascending order; empty when there is any problem (a history is never partly built). */
  periods: PeriodSnapshot[];
  problems: Problem[];
  /** Periods whose earlier rows were replaced by a later input. */
  replaced: string[];
}

export function mergePeriods(
  inputs: readonly SourcedPeriod[],
  options: { replacePeriod?: boolean } = {},
): MergeResult {
  const problems: Problem[] = [];
  const byPeriod = new Map<string, SourcedPeriod>();
  const replaced: string[] = [];
  for (const input of inputs) {
    const period = input.snapshot.period;
    const earlier = byPeriod.get(period);
    if (earlier && !options.replacePeriod) {
      problems.push({
        severity: "error",
        code: "historyDuplicatePeriod",
        bodyId: null,
        path: input.path ?? `${input.source}: period`,
        params: { period, first: earlier.source, second: input.source },
      });
      continue;
    }
    if (earlier && !replaced.includes(period)) replaced.push(period);
    byPeriod.set(period, input);
  }
  const periods = [...byPeriod.values()].sort((a, b) => a.snapshot.period.localeCompare(b.snapshot.period));
  const typeOf = new Map<string, { type: string; period: string }>();
  for (const { snapshot, source, path } of periods) {
    for (const body of snapshot.bodies) {
      const known = typeOf.get(body.id);
      if (!known) typeOf.set(body.id, { type: body.type, period: snapshot.period });
      else if (known.type !== body.type)
        problems.push({
          severity: "error",
          code: "historyBodyTypeConflict",
          bodyId: body.id,
          path: `${path ?? source}: bodies[${snapshot.bodies.indexOf(body)}].type`,
          params: {
            body: body.id,
            type: body.type,
            period: snapshot.period,
            otherType: known.type,
            otherPeriod: known.period,
          },
        });
    }
  }
  if (problems.length) return { periods: [], problems, replaced };
  return { periods: periods.map((p) => p.snapshot), problems, replaced };
}
