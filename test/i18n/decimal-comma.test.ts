/**
 * Issue 23 item 15 (part): Kazakh and Russian write the decimal comma. A figure the analyst typed
 * ("1,5", read by Excel as 1.5) is told back as "1,5" in kk and ru, and as "1.5" in English.
 */
import { evaluate } from "../../src/evaluate";
import { localDecimal } from "../../src/i18n/numerals";
import { formatProblemPlace } from "../../src/model/problems";
import { assessment, centralBody } from "../helpers/fixtures";

test("localDecimal: the comma between digits in kk and ru, the point in English", () => {
  expect(localDecimal(1.5, "kk")).toBe("1,5");
  expect(localDecimal(1.5, "ru")).toBe("1,5");
  expect(localDecimal(1.5, "en")).toBe("1.5");
  expect(localDecimal("+1.81", "ru")).toBe("+1,81");
  expect(localDecimal("-0.05", "kk")).toBe("-0,05");
  expect(localDecimal(25, "ru")).toBe("25");
  expect(localDecimal("(4.91 + 4.07) / 2 = 4.49", "kk")).toBe("(4,91 + 4,07) / 2 = 4,49");
  // A point that is not between digits (a sentence's end, "п.") stays.
  expect(localDecimal("§ 3. 1 балл.", "ru")).toBe("§ 3. 1 балл.");
});

test("a fractional count is echoed with the language's decimal sign", () => {
  const body = centralBody("minfin") as { services: Record<string, unknown> };
  body.services.late = 1.5;
  const evaluation = evaluate(assessment(body));
  expect(evaluation.ok).toBe(false);
  const problem = evaluation.problems.find((p) => p.path === "bodies[0].services.late")!;
  expect(formatProblemPlace(problem, "en")).toBe(
    'body "minfin", bodies[0].services.late: must be a whole number ≥ 0, got 1.5',
  );
  expect(formatProblemPlace(problem, "kk")).toBe(
    'орган "minfin", bodies[0].services.late: 0-ден кем емес бүтін сан болуы тиіс, берілгені: 1,5',
  );
  expect(formatProblemPlace(problem, "ru")).toBe(
    'орган "minfin", bodies[0].services.late: должно быть целым числом ≥ 0, получено: 1,5',
  );
});
