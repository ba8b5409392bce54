/**
 * The worked cases of ../shared/cases, scored through the built CLI exactly as outside checks do.
 * Read from ../shared when present (nothing is copied into the repository).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli, SHARED, sharedCaseFiles } from "../helpers/cli";
import { differences } from "../helpers/compare";

const casesDir = join(SHARED, "cases");
const cases = sharedCaseFiles();

if (cases.length === 0) test.skip("shared worked cases (not present on this machine)", () => undefined);
else
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
