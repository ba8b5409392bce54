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
