/** Properties of the engine over random valid cohorts (fast-check, ≥ 1,000 runs each). */
import fc from "fast-check";
import { type BodyResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import { EDITION_2020 } from "../../src/edition/2020";
import { disciplineScore, deadlineScore } from "../../src/methodology/complaints";
import { reliabilityPenalty } from "../../src/methodology/overall";
import { timelinessScore, refusalsScore, serviceComplaintsScore } from "../../src/methodology/services";
import { assessmentArb } from "../helpers/arbitraries";

const RUNS = { numRuns: 1000 };
const EPS = 1e-9;

const COHORT_RULES = ["noMonitoredPeer", "noUnclassifiedPeer"];

/** Scores a generated cohort; cohorts that break only a cohort rule (I-2, I-13) are skipped. */
function score(input: unknown): BodyResult[] {
  const e = evaluate(input);
  if (!e.ok) {
    const errors = e.problems.filter((p) => p.severity === "error");
    fc.pre(!errors.every((p) => COHORT_RULES.includes(p.code)));
    throw new Error("valid input rejected: " + JSON.stringify(errors.slice(0, 3)));
  }
  return e.result.bodies;
}

function maxima(type: "central" | "local", direction: string): Record<string, number> {
  const s = EDITION_2020.services;
  if (direction === "services") {
    const m: Record<string, number> = { ...s.maxima[type], ...s.criteria[type] };
    if (type === "central") Object.assign(m, { T: 10, V: 10, B: 5, P: 5 });
    return m;
  }
  if (direction === "openness") return { P1: 25, P2: 25, P3: 25, P4: 25, P5: 9 };
  return { R1: 40, R2: 30, R3: 20, R4: 10 };
}

test("every indicator, total and final stays within [0, its maximum]", () => {
  let directions = 0;
  let overalls = 0;
  fc.assert(
    fc.property(assessmentArb, (input) => {
      // Every figure is compared here and what falls outside is listed, then one expect per run:
      // a jest expect per figure (about a hundred a run) made this test 17 s instead of 2 s.
      const outside: string[] = [];
      const within = (what: string, v: number, max: number) => {
        if (!(v >= 0 && v <= max + EPS)) outside.push(`${what} = ${v}, outside [0, ${max}]`);
      };
      for (const b of score(input)) {
        for (const d of ["services", "openness", "complaints"] as const) {
          const r = b[d];
          if (r === null || r === "na") continue;
          directions++;
          const max = maxima(b.type, d);
          for (const [k, v] of Object.entries(r.values)) within(`${b.id} ${d} ${k}`, v, max[k] ?? NaN);
          within(`${b.id} ${d} final`, r.final, 100);
          if (!(r.penalty <= 5)) outside.push(`${b.id} ${d} penalty = ${r.penalty}, above 5`);
        }
        if (b.overall) {
          overalls++;
          within(`${b.id} overall`, b.overall.score, 100);
        }
      }
      expect(outside).toEqual([]);
    }),
    RUNS,
  );
  // The branches skip n/a directions and bodies without a score: most runs must still check some.
  expect(directions).toBeGreaterThanOrEqual(RUNS.numRuns);
  expect(overalls).toBeGreaterThanOrEqual(RUNS.numRuns / 2);
});

test("more violations never raise a rate indicator", () => {
  fc.assert(
    fc.property(
      fc
        .nat({ max: 1_000_000 })
        .chain((base) => fc.tuple(fc.constant(base), fc.nat({ max: base }), fc.nat({ max: base }))),
      fc.constantFrom("central" as const, "local" as const),
      ([base, x, y], type) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        for (const f of [timelinessScore, refusalsScore, serviceComplaintsScore]) {
          expect(f(hi, base, type)).toBeLessThanOrEqual(f(lo, base, type));
        }
        expect(deadlineScore(hi, base)).toBeLessThanOrEqual(deadlineScore(lo, base));
      },
    ),
    RUNS,
  );
});

test("more disciplinary actions never lower R4", () => {
  fc.assert(
    fc.property(
      fc
        .nat({ max: 5000 })
        .chain((late) =>
          fc
            .nat({ max: late })
            .chain((imp) =>
              fc.tuple(
                fc.constant(late),
                fc.constant(imp),
                fc.nat({ max: late - imp }),
                fc.nat({ max: late - imp }),
              ),
            ),
        ),
      ([late, imp, a, b]) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(disciplineScore(hi, late, imp)).toBeGreaterThanOrEqual(disciplineScore(lo, late, imp));
      },
    ),
    RUNS,
  );
});

test("more facts never lower the penalty", () => {
  fc.assert(
    fc.property(fc.nat({ max: 200 }), fc.nat({ max: 200 }), (a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(reliabilityPenalty(hi)).toBeGreaterThanOrEqual(reliabilityPenalty(lo));
    }),
    RUNS,
  );
});

test("more late services never raise the services direction", () => {
  let compared = 0;
  fc.assert(
    fc.property(assessmentArb, fc.nat(), (input, extra) => {
      const body = (input.bodies as Record<string, any>[])[0]!; // eslint-disable-line @typescript-eslint/no-explicit-any
      if (typeof body.services !== "object") return;
      const before = score(input)[0]!.services;
      const room = body.services.renderedExcludingOneDay - body.services.late;
      body.services.late += room === 0 ? 0 : extra % (room + 1);
      const after = score(input)[0]!.services;
      if (typeof before === "object" && before && typeof after === "object" && after) {
        compared++;
        expect(after.final).toBeLessThanOrEqual(before.final + EPS);
      }
    }),
    RUNS,
  );
  expect(compared).toBeGreaterThanOrEqual(RUNS.numRuns / 2);
});

test("a body's result does not depend on the order of bodies", () => {
  fc.assert(
    fc.property(assessmentArb, fc.integer(), (input, seed) => {
      const bodies = [...(input.bodies as unknown[])];
      const shuffled = bodies
        .map((b, i) => ({ b, k: Math.sin(seed + i * 7919) }))
        .sort((x, y) => x.k - y.k)
        .map((x) => x.b);
      const a = new Map(score(input).map((r) => [r.id, r]));
      for (const r of score({ ...input, bodies: shuffled })) {
        const o = a.get(r.id)!;
        expect(r.overall?.score).toBeCloseTo(o.overall?.score ?? NaN, 12);
        expect(JSON.stringify([r.services, r.openness, r.complaints])).toBe(
          JSON.stringify([o.services, o.openness, o.complaints]),
        );
      }
    }),
    RUNS,
  );
});

test("arbitrary JSON never crashes validation: it scores or lists problems", () => {
  const outcomes = { scored: 0, rejected: 0 };
  fc.assert(
    fc.property(
      fc.oneof(
        fc.jsonValue(),
        assessmentArb.map((a) => JSON.parse(JSON.stringify(a)) as unknown),
      ),
      (value) => {
        const e = evaluate(value);
        outcomes[e.ok ? "scored" : "rejected"]++;
        if (!e.ok) expect(e.problems.some((p) => p.severity === "error")).toBe(true);
      },
    ),
    RUNS,
  );
  // Both branches are exercised: valid assessments score, random JSON is rejected with errors.
  expect(outcomes.scored).toBeGreaterThanOrEqual(RUNS.numRuns / 4);
  expect(outcomes.rejected).toBeGreaterThanOrEqual(RUNS.numRuns / 4);
});

test("mutated valid assessments never crash validation", () => {
  let rejected = 0;
  const mutation = fc.oneof(
    fc.constant(-1),
    fc.constant("12"),
    fc.constant(null),
    fc.constant(1.5),
    fc.constant({}),
    fc.constant([]),
    fc.constant(undefined),
    fc.constant(1e12),
  );
  fc.assert(
    fc.property(
      assessmentArb,
      fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
      (input, muts) => {
        const doc = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
        const leaves: [Record<string, unknown>, string][] = [];
        (function walk(o: unknown) {
          if (o && typeof o === "object")
            for (const [k, v] of Object.entries(o)) {
              leaves.push([o as Record<string, unknown>, k]);
              walk(v);
            }
        })(doc);
        for (const [i, v] of muts) {
          const [obj, key] = leaves[i % leaves.length]!;
          obj[key] = v;
        }
        const e = evaluate(doc);
        if (!e.ok) {
          rejected++;
          expect(e.problems.length).toBeGreaterThan(0);
        }
      },
    ),
    RUNS,
  );
  expect(rejected).toBeGreaterThanOrEqual(RUNS.numRuns / 4);
});
