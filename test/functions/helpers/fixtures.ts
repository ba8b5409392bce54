/**
 * The fixtures the Calculation tests compare with the engine: the shared cases, the examples and
 * the shipped sample, plus the example cohort with its National Bank's budget classified (I-6 and
 * I-13 together: exempt budget indicators keep their maximum, the others take the cohort's mean).
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..", "..", "..");
const CASES_DIR = path.join(ROOT, "test", "fixtures", "cases");
const read = (file: string) => () => JSON.parse(fs.readFileSync(file, "utf8")) as unknown;

type Json = Record<string, unknown>;

function classifiedNationalBank(): unknown {
  const input = read(path.join(ROOT, "examples", "sample-cohort.json"))() as { bodies: Json[] };
  const nb = input.bodies.find((b) => (b.exempt as string[] | undefined)?.includes("nationalBank"))!;
  const openness = nb.openness as Json;
  nb.openness = { ...openness, openBudget: { ...(openness.openBudget as Json), classified: true } };
  return input;
}

export const CALCULATION_FIXTURES: readonly (readonly [string, () => unknown])[] = [
  ...(fs.existsSync(CASES_DIR) ? fs.readdirSync(CASES_DIR) : [])
    .filter((f) => f.endsWith(".json") && !f.endsWith(".expected.json"))
    .map((f) => [f, read(path.join(CASES_DIR, f))] as const),
  ["sample-cohort.json", read(path.join(ROOT, "examples", "sample-cohort.json"))],
  ["sample-cohort.json with a classified National Bank", classifiedNationalBank],
  ["assessment-sample.json", read(path.join(ROOT, "samples", "assessment-sample.json"))],
];
