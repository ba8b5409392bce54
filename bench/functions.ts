/**
 * Custom functions: the real OPEVAL.* wrappers of functions/ (argument reading, validation, engine
 * call, Excel error mapping) against the same arithmetic written inline, as a spreadsheet formula
 * would compute it. functions/lib/runtime.ts installs a CustomFunctions stand-in outside Excel, so
 * the wrappers run under Node unchanged.
 */
import { DISCIPLINE_SCORE } from "../functions/complaints";
import { OPEN_BUDGET_SCORE } from "../functions/openness";
import { TIMELINESS_SCORE } from "../functions/services";
import { EDITION_2020, opennessTable } from "../src/edition/2020";
import { ratioRow, time, type BenchRow } from "./measure";

const CALLS = 1_000_000;

/** T1 inline: k − a / b × 10 000, clamped at 0 (k = 26 for a central body). */
function inlineTimeliness(late: number, base: number): number {
  if (base === 0) return 26;
  const v = 26 - (late / base) * 10000;
  return v < 0 ? 0 : v;
}

/** R4 inline: the band of disciplined / (late − impossible) in percent. */
function inlineDiscipline(disciplined: number, late: number, impossible: number): number {
  const base = late - impossible;
  if (base === 0) return 10;
  const s = (disciplined / base) * 100;
  return s >= 90 ? 10 : s >= 80 ? 8 : s >= 70 ? 6 : s >= 60 ? 4 : s >= 50 ? 1 : 0;
}

const BUDGET = opennessTable(EDITION_2020, "openBudget", "central");
const BUDGET_WEIGHTS = BUDGET.map((i) => i.points);
const BUDGET_RULES: { announcementKeys: readonly string[]; zeroedKeys: readonly string[] } =
  EDITION_2020.openness.budgetRules.central;
const ANNOUNCEMENT = BUDGET.map((i) => BUDGET_RULES.announcementKeys.includes(i.key));
const ZEROED = BUDGET.map((i) => BUDGET_RULES.zeroedKeys.includes(i.key));

/** P2 inline: Σ weight × fulfilment per language, §68 zeroing when nothing was announced (a SUMPRODUCT). */
function inlineBudgetLanguage(cells: number[][]): number {
  let sum = 0;
  let announced = false;
  let zeroed = 0;
  for (let i = 0; i < cells.length; i++) {
    const points = BUDGET_WEIGHTS[i]! * cells[i]![0]!;
    sum += points;
    if (ANNOUNCEMENT[i] && points > 0) announced = true;
    if (ZEROED[i]) zeroed += points;
  }
  return announced ? sum : sum - zeroed;
}

/** Ranges as Excel passes them: one row per cell of a column. */
function budgetColumns(variants: number): number[][][] {
  return Array.from({ length: variants }, (_, v) => BUDGET.map((_, i) => [((i * 7 + v * 3) % 11) / 10]));
}

export function customFunctions(rows: BenchRow[], calls = CALLS): void {
  let sink = 0;
  const runs = 5;
  const t1 = time(() => {
    for (let i = 0; i < calls; i++) sink += TIMELINESS_SCORE(i % 500, 100000 + (i % 7), "central");
  }, runs);
  const t1Inline = time(() => {
    for (let i = 0; i < calls; i++) sink += inlineTimeliness(i % 500, 100000 + (i % 7));
  }, runs);
  rows.push(
    ratioRow(
      "functions.timeliness.ratio",
      "functions: TIMELINESS_SCORE",
      `${calls / 1e6}M calls`,
      t1,
      t1Inline,
      3,
      "vs inline arithmetic",
    ),
  );

  const r4 = time(() => {
    for (let i = 0; i < calls; i++) sink += DISCIPLINE_SCORE(i % 40, 50, i % 10);
  }, runs);
  const r4Inline = time(() => {
    for (let i = 0; i < calls; i++) sink += inlineDiscipline(i % 40, 50, i % 10);
  }, runs);
  rows.push(
    ratioRow(
      "functions.discipline.ratio",
      "functions: DISCIPLINE_SCORE",
      `${calls / 1e6}M calls`,
      r4,
      r4Inline,
      3,
      "vs inline arithmetic",
    ),
  );

  // The table function reads 2 × 17 cells per call; one timed run of 1M calls takes seconds.
  const columns = budgetColumns(16);
  const p2 = time(
    () => {
      for (let i = 0; i < calls; i++)
        sink += OPEN_BUDGET_SCORE(columns[i % 16]!, columns[(i + 5) % 16]!, "central") as number;
    },
    1,
    0,
  );
  const p2Inline = time(() => {
    for (let i = 0; i < calls; i++)
      sink += inlineBudgetLanguage(columns[i % 16]!) + inlineBudgetLanguage(columns[(i + 5) % 16]!);
  }, 3);
  rows.push(
    ratioRow(
      "functions.open-budget.ratio",
      "functions: OPEN_BUDGET_SCORE",
      `${calls / 1e6}M calls`,
      p2,
      p2Inline,
      3,
      "2×17 cells; vs inline SUMPRODUCT",
    ),
  );
  if (Number.isNaN(sink)) console.log(sink);
}

/** The inline formulas must agree with the real functions, or the comparison is meaningless. */
export function checkInlineAgreement(): void {
  const close = (a: number, b: number, what: string) => {
    if (Math.abs(a - b) > 1e-9)
      throw new Error(`bench: inline ${what} ${b} differs from the function's ${a}`);
  };
  for (let i = 0; i < 1000; i += 37) {
    close(
      TIMELINESS_SCORE(i % 500, 100000 + (i % 7), "central"),
      inlineTimeliness(i % 500, 100000 + (i % 7)),
      "T1",
    );
    close(DISCIPLINE_SCORE(i % 40, 50, i % 10), inlineDiscipline(i % 40, 50, i % 10), "R4");
  }
  const columns = budgetColumns(16);
  for (let v = 0; v < 16; v++)
    close(
      OPEN_BUDGET_SCORE(columns[v]!, columns[(v + 5) % 16]!, "central"),
      inlineBudgetLanguage(columns[v]!) + inlineBudgetLanguage(columns[(v + 5) % 16]!),
      "P2",
    );
}
