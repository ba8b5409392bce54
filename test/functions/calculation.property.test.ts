/**
 * Property: for random valid cohorts, composing the OPEVAL functions the way the Calculation sheet
 * does (its formulas, evaluated over the template tables) gives the engine's direction finals and
 * general score, in the language of the sheet.
 */
import fc from "fast-check";
import { buildCalculationSheet, calcHeader } from "../../src/forms/calculation";
import { evaluate } from "../../src/evaluate";
import { assessmentToTables } from "../../src/model/tables";
import { bodyArb } from "../helpers/arbitraries";
import { isError } from "./helpers/formula";
import { evaluateCalculation } from "./helpers/sheet";

type Json = Record<string, unknown>;

/** bodyArb's bodies, sometimes exempt (I-6), sometimes with a classified budget (I-13). */
const cohortArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.tuple(
          bodyArb(`b${i}`),
          fc.constantFrom<string[]>([], [], [], ["nationalBank"], ["defence"]),
          fc.boolean(),
          fc.constantFrom("none", "none", "none", "openness", "complaints"),
        ),
      ),
    ),
  )
  .map((rows) => ({
    period: "2019",
    bodies: rows.map(([body, exempt, classified, na]) => {
      const b: Json = { ...body, exempt };
      const openness = b.openness as Json;
      if (classified && typeof openness === "object")
        b.openness = { ...openness, openBudget: { ...(openness.openBudget as Json), classified: true } };
      if (na !== "none") b[na] = "na";
      return b;
    }),
  }));

test("Calculation formulas evaluated with OPEVAL.* equal the engine's finals", () => {
  let compared = 0;
  fc.assert(
    fc.property(cohortArb, fc.constantFrom("kk" as const, "ru" as const, "en" as const), (input, lang) => {
      const ev = evaluate(input);
      // Cohorts the engine rejects (no monitored or unclassified peer, I-2 / I-13) are not scored at all.
      fc.pre(ev.ok);
      if (!ev.ok) return;
      const result = ev.result;
      compared += result.bodies.length;
      const sheet = buildCalculationSheet(result.assessment, { lang });
      const calc = evaluateCalculation(sheet, assessmentToTables(result.assessment, lang));
      const at = (row: number, key: string) => calc.rows[row]![calc.headers.indexOf(calcHeader(key, lang))]!;
      result.bodies.forEach((b, i) => {
        for (const d of ["services", "openness", "complaints"] as const) {
          const got = at(i, `${d}Final`);
          const want = b[d];
          if (want === "na") expect(got).toBe("na");
          else if (want === null) expect(isError(got)).toBe(true);
          else {
            if (typeof got !== "number") throw new Error(`${b.id} ${d}: ${JSON.stringify(got)}`);
            expect(Math.abs(got - want.final)).toBeLessThanOrEqual(1e-9);
          }
        }
        const overall = at(i, "overall");
        if (b.overall) expect(Math.abs((overall as number) - b.overall.score)).toBeLessThanOrEqual(1e-9);
      });
    }),
    { numRuns: 40 },
  );
  // The engine rejects some random cohorts; enough bodies must still have been compared.
  expect(compared).toBeGreaterThan(40);
});
