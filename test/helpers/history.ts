/** A body of one history period, made by hand: only the values a test is about. */
import type { BodySnapshot } from "../../src/history/history-snapshot";

export function snapshotBody(
  id: string,
  values: Record<string, number>,
  extra: Partial<BodySnapshot> = {},
): BodySnapshot {
  return {
    id,
    name: `Body ${id}`,
    type: "central",
    values: new Map(Object.entries(values)),
    notApplicable: new Set(),
    explain: new Map(),
    ...extra,
  };
}
