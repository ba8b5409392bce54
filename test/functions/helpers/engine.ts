/** The Calculation table, evaluated, equals the engine's results for every body (within 1e-9). */
import { calcHeader } from "../../../src/forms/calculation";
import type { AssessmentResult } from "../../../src/methodology/assess";
import { LEVEL_TERMS } from "../../../src/model/model-terms";
import type { Lang } from "../../../src/model/types";
import { isError, type Scalar, type Table } from "./formula";

export function near(actual: Scalar, expected: number | string, where: string): void {
  if (typeof expected === "number") {
    if (typeof actual !== "number" || Math.abs(actual - expected) > 1e-9)
      throw new Error(`${where}: want ${expected}, got ${JSON.stringify(actual)}`);
  } else if (actual !== expected)
    throw new Error(`${where}: want ${expected}, got ${JSON.stringify(actual)}`);
}

const DIRECTION_COLUMNS = {
  services: { values: ["P1", "P2", "T1", "T2", "T3", "T4"], total: "servicesTotal", final: "servicesFinal" },
  openness: {
    values: ["openData", "openBudget", "openNpa", "openDialogue", "subordinate"],
    total: "opennessTotal",
    final: "opennessFinal",
  },
  complaints: { values: ["R1", "R2", "R3", "R4"], total: "complaintsTotal", final: "complaintsFinal" },
} as const;
const OPENNESS_KEYS = {
  openData: "P1",
  openBudget: "P2",
  openNpa: "P3",
  openDialogue: "P4",
  subordinate: "P5",
};

/** Compares every body's row of `calc` with the engine; returns the number of cells compared. */
export function expectEngineResults(result: AssessmentResult, lang: Lang, calc: Table): number {
  let compared = 0;
  const check = (actual: Scalar, expected: number | string, where: string) => {
    near(actual, expected, where);
    compared++;
  };
  const checkError = (error: boolean) => {
    compared++;
    return expect(error);
  };
  const col = (key: string) => calc.headers.indexOf(calcHeader(key, lang));
  result.bodies.forEach((b, i) => {
    const row = calc.rows[i]!;
    const cell = (key: string) => row[col(key)]!;
    for (const [d, c] of Object.entries(DIRECTION_COLUMNS) as [
      keyof typeof DIRECTION_COLUMNS,
      (typeof DIRECTION_COLUMNS)["services"],
    ][]) {
      const r = b[d];
      const where = (k: string) => `${lang} ${b.id} ${k}`;
      if (r === "na") {
        check(cell(c.final), "na", where(c.final));
        continue;
      }
      if (r === null) {
        checkError(isError(cell(c.final))).toBe(true);
        continue;
      }
      for (const k of c.values)
        check(cell(k), r.values[d === "openness" ? OPENNESS_KEYS[k as "openData"] : k]!, where(k));
      if (b.type === "central" && d === "services") check(cell("K3"), r.values.K3!, where("K3"));
      check(cell(c.total), r.total, where(c.total));
      check(cell(c.final), r.final, where(c.final));
    }
    if (b.overall) {
      check(cell("overall"), b.overall.score, `${lang} ${b.id} overall`);
      check(cell("level"), LEVEL_TERMS[b.overall.level][lang], `${lang} ${b.id} level`);
    } else checkError(isError(cell("overall"))).toBe(true);
  });
  return compared;
}
