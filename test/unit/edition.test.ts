/** The edition is picked once, from `settings.methodology`, and passed to parser, reader and engine. */
import { DEFAULT_METHODOLOGY, EDITIONS, editionFor, editionOfInput, type Edition } from "../../src/edition";
import { scoreAssessment } from "../../src/methodology/assess";
import { parseAssessment } from "../../src/model/parse";
import { assessment, localBody } from "../helpers/fixtures";

test("an input names its edition; absent or unknown, the default one is used (the parser reports unknown)", () => {
  expect(DEFAULT_METHODOLOGY).toBe("2020");
  expect(Object.keys(EDITIONS)).toEqual(["2020"]);
  expect(editionOfInput({ settings: { methodology: "2020" } })).toBe(EDITIONS["2020"]);
  expect(editionOfInput({})).toBe(EDITIONS["2020"]);
  expect(editionOfInput({ settings: { methodology: "1999" } })).toBe(EDITIONS["2020"]);
  expect(editionOfInput("not an object")).toBe(EDITIONS["2020"]);
  const parsed = parseAssessment({ ...assessment(localBody("a")), settings: { methodology: "1999" } });
  expect(parsed.problems.map((p) => [p.code, p.path])).toContainEqual([
    "unknownMethodology",
    "settings.methodology",
  ]);
});

test("validation and scoring follow the edition they are given, not a hard-wired one", () => {
  const base = editionFor();
  // A hypothetical edition that rates satisfaction on a scale of 4 and counts 1 point per unreliable fact.
  const strict: Edition = {
    ...base,
    services: { ...base.services, ratingScaleMax: 4 },
    reliability: { ...base.reliability, perFact: 1 },
  } as unknown as Edition; // Edition is today the literal type of 2020: a second edition will widen it
  const input = assessment(localBody("a"), localBody("b"));
  (input.bodies as { services: { ratings: number[] } }[])[0]!.services.ratings = [4.5];
  expect(parseAssessment(input, base).problems.filter((p) => p.severity === "error")).toEqual([]);
  const strictParse = parseAssessment(input, strict);
  expect(strictParse.problems.map((p) => [p.code, p.path])).toContainEqual([
    "outOfRange",
    "bodies[0].services.ratings[0]",
  ]);

  const model = parseAssessment(assessment(localBody("a"), localBody("b")), base).assessment!;
  model.bodies[0]!.unreliable.complaints = { count: 2, texts: [] };
  const byBase = scoreAssessment(model, base).bodies[0]!.complaints;
  const perFact = { ...base, reliability: strict.reliability } as unknown as Edition;
  const byStrict = scoreAssessment(model, perFact).bodies[0]!.complaints;
  expect(typeof byBase === "object" && byBase?.penalty).toBe(0.4);
  expect(typeof byStrict === "object" && byStrict?.penalty).toBe(2);
});
