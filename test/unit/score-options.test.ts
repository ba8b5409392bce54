import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";

const CASE = join(__dirname, "..", "fixtures", "cases", "ministry-central.json");

test("explanations: false keeps every figure and drops only the explanations (validate, the table)", () => {
  const input = JSON.parse(readFileSync(CASE, "utf8"));
  const full = evaluate(input);
  const lean = evaluate(input, { explanations: false });
  if (!full.ok || !lean.ok) throw new Error("the ministry case is valid");
  const b = full.result.bodies[0]!;
  const l = lean.result.bodies[0]!;
  expect(b.explain.length).toBeGreaterThan(20);
  expect(l.explain).toEqual([]);
  expect({ ...l, explain: undefined }).toEqual({ ...b, explain: undefined });
  // The figures still match the golden case's expected result.
  const expected = JSON.parse(readFileSync(CASE.replace(/\.json$/, ".expected.json"), "utf8"));
  expect(l.services !== null && l.services !== "na" && l.services.final).toBeCloseTo(
    expected.bodies[0].services.final,
    9,
  );
});

test('explanations: "rules" keeps key and rule of the entries where an interpretation applied, shared', () => {
  const input = JSON.parse(
    readFileSync(join(__dirname, "..", "..", "examples", "sample-cohort.json"), "utf8"),
  );
  const full = evaluate(input);
  const rules = evaluate(input, { explanations: "rules" });
  if (!full.ok || !rules.ok) throw new Error("the sample cohort is valid");
  let kept = 0;
  let dropped = 0;
  full.result.bodies.forEach((b, i) => {
    const r = rules.result.bodies[i]!;
    // Every figure and warning as in the full result.
    expect({ ...r, explain: undefined }).toEqual({ ...b, explain: undefined });
    const withRule = b.explain.filter((e) => e.rule !== null);
    expect(r.explain.map((e) => [e.key, e.rule])).toEqual(withRule.map((e) => [e.key, e.rule]));
    for (const e of r.explain) {
      expect(e).toEqual({ key: e.key, text: "", source: "", rule: e.rule });
      expect(Object.isFrozen(e)).toBe(true);
    }
    kept += r.explain.length;
    dropped += b.explain.length - r.explain.length;
  });
  // Hand-counted from the cohort: 4 bodies of 41 explanations and 4 of 36, 18 of each with a rule
  // (I-1/I-17 or I-2 at services.P1, I-5 at the 12 openness P1–P4 values, I-8, I-11, I-18…).
  expect(kept).toBe(8 * 18);
  expect(dropped).toBe(4 * 41 + 4 * 36 - 8 * 18);
  expect(rules.result.bodies.find((b) => b.id === "turkestan")!.explain[0]).toEqual({
    key: "services.P1",
    text: "",
    source: "",
    rule: "I-2",
  });
  // One object per key and rule, shared by the bodies: 18 pairs every body has, 2 more of nbrk
  // (I-6 at P2), 4 of mo (I-13 at P2, I-6 at P4), I-3 at services.P2 and I-2 at services.P1.
  const entries = rules.result.bodies.flatMap((b) => b.explain);
  expect(new Set(entries).size).toBe(18 + 2 + 4 + 1 + 1);
});
