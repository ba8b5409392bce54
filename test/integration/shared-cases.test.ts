/**
 * The golden worked cases (test/fixtures/cases, copied from ../shared/cases), scored through the
 * built CLI exactly as outside checks do. The copies must stay the same as ../shared where present.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CASES, caseFiles, FORMS_MD, runCli, SHARED } from "../helpers/cli";
import { testNeeding } from "../helpers/needs";
import { differences } from "../helpers/compare";

const casesDir = CASES;
const cases = caseFiles();

describe.each(cases)("shared case %s", (file) => {
  test("matches its expected result through `opeval score --format json`", () => {
    const run = runCli(["score", join(casesDir, file), "--format", "json"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const expected = JSON.parse(
      readFileSync(join(casesDir, file.replace(/\.json$/, ".expected.json")), "utf8"),
    );
    expect(differences(expected, JSON.parse(run.stdout))).toEqual([]);
  });
});

// Where ../shared lies beside the repository (as in CI), the copies are checked against it, so a
// changed spec is noticed; a fresh clone without it still runs every case above, and skips this
// comparison with a warning (under CI=true it fails instead: testNeeding).
const sharedCases = join(SHARED, "cases");
testNeeding(`the specification's cases (${sharedCases})`, existsSync(sharedCases))(
  "the fixtures are the same as ../shared",
  () => {
    for (const file of cases.flatMap((f) => [f, f.replace(/\.json$/, ".expected.json")]))
      expect({
        file,
        same: readFileSync(join(CASES, file), "utf8") === readFileSync(join(sharedCases, file), "utf8"),
      }).toEqual({
        file,
        same: true,
      });
    expect(readFileSync(FORMS_MD, "utf8")).toBe(readFileSync(join(SHARED, "spec", "FORMS.md"), "utf8"));
  },
);
