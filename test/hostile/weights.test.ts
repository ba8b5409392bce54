/**
 * Weights of the general score at the edges of a double (issue 22, item 3): 10^308 overflowed to
 * NaN on the signed forms, 3·10^306 to Infinity with level "high", 5e-324 underflowed to 84 instead
 * of the services final. Weights outside the documented bounds (docs/FORMAT.md "Limits": 0, or
 * 0.000001 to 1,000,000) are refused at settings.overallWeights; inside them the mean is exact.
 */
import { evaluate } from "../../src/evaluate";
import { formatProblem } from "../../src/model/problems";
import { runCommand } from "../helpers/cli";
import { assessment, centralBody } from "../helpers/fixtures";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const withWeights = (overallWeights: unknown) => ({
  ...assessment(centralBody("c1")),
  settings: { overallWeights },
});

describe("weights outside the bounds are refused, naming the field", () => {
  test.each([
    [[1e308, 1e308, 1e308], "[1e+308,1e+308,1e+308]"],
    [[3e306, 3e306, 3e306], "[3e+306,3e+306,3e+306]"],
    [[5e-324, 0, 0], "[5e-324,0,0]"],
    [[1_000_001, 1, 1], "[1000001,1,1]"],
    [[0.0000009, 1, 1], "[9e-7,1,1]"],
    [[0, 0, 0], "[0,0,0]"],
  ])("%j", (weights, shown) => {
    const run = evaluate(withWeights(weights));
    expect(run.ok).toBe(false);
    expect(
      run.problems.map((p) => [formatProblem(p, "en"), formatProblem(p, "kk"), formatProblem(p, "ru")]),
    ).toEqual([
      [
        `error: settings.overallWeights: each of the three weights must be 0 or a number from 0.000001 to 1000000, at least one of them above 0; got ${shown}`,
        `қате: settings.overallWeights: үш салмақтың әрқайсысы 0 немесе 0.000001-ден 1000000-ге дейінгі сан болуы тиіс, кемінде біреуі 0-ден үлкен; берілгені: ${shown}`,
        `ошибка: settings.overallWeights: каждый из трёх весов должен быть 0 или числом от 0.000001 до 1000000, хотя бы один больше 0; получено: ${shown}`,
      ],
    ]);
  });

  test("the CLI: exit 2, nothing on stdout, no NaN or Infinity anywhere", async () => {
    const dir = mkdtempSync(join(tmpdir(), "opeval-hostile-weights-"));
    try {
      const file = join(dir, "w.json");
      writeFileSync(file, JSON.stringify(withWeights([1e308, 1e308, 1e308])));
      const run = await runCommand(["score", file, "--format", "json"]);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain(
        "settings.overallWeights: each of the three weights must be 0 or a number",
      );
      expect(run.stderr).not.toMatch(/NaN|Infinity/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("inside the bounds the general score is exact", () => {
  const finals = (weights: number[]) => {
    const run = evaluate(withWeights(weights));
    if (!run.ok) throw new Error(run.problems.map((p) => formatProblem(p)).join("\n"));
    const body = run.result.bodies[0]!;
    const final = (d: unknown) => (d as { final: number }).final;
    return {
      score: body.overall!.score,
      services: final(body.services),
      openness: final(body.openness),
      complaints: final(body.complaints),
    };
  };

  test.each([[[0.000001, 0, 0]], [[1_000_000, 0, 0]], [[1, 0, 0]]])(
    "%j: the general score is the services final, to the last bit",
    (weights) => {
      const r = finals(weights);
      expect(r.services).toBeGreaterThan(0);
      expect(r.score).toBe(r.services);
    },
  );

  test("a weight alone on openness or complaints gives that final exactly", () => {
    const o = finals([0, 0.000001, 0]);
    expect(o.score).toBe(o.openness);
    const c = finals([0, 0, 1_000_000]);
    expect(c.score).toBe(c.complaints);
  });

  test("equal weights at the top of the range give the same score as [1, 1, 1], bit for bit", () => {
    expect(finals([1_000_000, 1_000_000, 1_000_000]).score).toBe(finals([1, 1, 1]).score);
    expect(finals([0.000001, 0.000001, 0.000001]).score).toBe(finals([1, 1, 1]).score);
  });
});
