/**
 * §39: T1–T4 count over the services rendered excluding one-working-day types, a part of all services
 * rendered. parse.ts refuses a base above the whole (`renderedExcludingOneDay` > `rendered`), naming
 * the field; the numbers here are written by hand.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAssessment } from "../../src/model/parse";

const LOCAL_CASE = join(__dirname, "..", "fixtures", "cases", "cohort-local.json");

function withBase(base: number): unknown {
  const input = JSON.parse(readFileSync(LOCAL_CASE, "utf8")) as {
    bodies: { services: Record<string, unknown> }[];
  };
  // The first body renders 800,000 services (late 120, refusals 4, incomplete 8, extra 0).
  input.bodies[0]!.services.renderedExcludingOneDay = base;
  return input;
}

test("a one-day-excluded base above all services rendered is an error naming renderedExcludingOneDay", () => {
  const { assessment, problems } = parseAssessment(withBase(800_001));
  expect(assessment).toBeUndefined();
  expect(problems.filter((p) => p.severity === "error")).toEqual([
    expect.objectContaining({
      code: "numeratorAboveDenominator",
      path: "bodies[0].services.renderedExcludingOneDay",
      params: {
        numerator: "services.renderedExcludingOneDay",
        numeratorValue: 800_001,
        denominator: "services.rendered",
        denominatorValue: 800_000,
      },
    }),
  ]);
});

test("a base equal to all services rendered, or below it, is accepted", () => {
  for (const base of [800_000, 120]) {
    const { assessment, problems } = parseAssessment(withBase(base));
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
    expect(assessment!.bodies[0]!.services).toEqual(
      expect.objectContaining({ renderedExcludingOneDay: base }),
    );
  }
});
