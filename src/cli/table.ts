/** The people-facing cohort table of `opeval score --format table`. */
import type { AssessmentResult, DirectionOutcome } from "../methodology/assess";
import { formatScore } from "../methodology/numeric";
import { escapeForTerminal } from "../model/problems";
import { LEVEL_TERMS, TABLE_TERMS } from "../model/model-terms";
import type { Lang } from "../model/types";
import type { Comparison } from "../history/history-compare";
import { changeNote, withChangeColumns } from "./table-change";

/** Display width: code points, so Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ, і) count as one column. */
function width(text: string): number {
  return [...text].length;
}

function pad(text: string, w: number, right: boolean): string {
  const fill = " ".repeat(Math.max(0, w - width(text)));
  return right ? fill + text : text + fill;
}

function cell(d: DirectionOutcome, lang: Lang): string {
  if (d === null) return TABLE_TERMS.missing[lang];
  if (d === "na") return TABLE_TERMS.na[lang];
  return formatScore(d.final);
}

/** The widest line of the table: it must fit a 120-column terminal (issue 23). */
export const TABLE_WIDTH = 120;
/** The narrowest an id or name column is cut to, so a name stays recognisable. */
const CUT_MIN = 12;

/** `text` in at most `w` columns: cut with «…» (the full name is in the JSON output and the forms). */
function cut(text: string, w: number): string {
  const chars = [...text];
  return chars.length <= w ? text : chars.slice(0, w - 1).join("") + "…";
}

/**
 * The name a table row shows: the short name the input gives in `lang` (Russian: its Russian one),
 * else the name in `lang` — a long official name would push the figures off the screen.
 */
function displayName(result: AssessmentResult, lang: Lang): Map<string, string> {
  return new Map(
    result.assessment.bodies.map((b) => {
      const short = lang === "ru" ? (b.ru?.shortName ?? b.shortName) : b.shortName;
      const name = lang === "ru" ? (b.ru?.name ?? b.name) : b.name;
      return [b.id, short || name];
    }),
  );
}

/**
 * Cuts the name column (then, for very long ids, the id column) until every line fits TABLE_WIDTH;
 * `widths` are the columns' widths, separated by two spaces.
 */
function fitWidth(all: string[][], widths: number[]): void {
  for (const column of [1, 0]) {
    const total = widths.reduce((a, b) => a + b, 0) + 2 * (widths.length - 1);
    if (total <= TABLE_WIDTH) return;
    const target = Math.max(CUT_MIN, widths[column]! - (total - TABLE_WIDTH));
    if (target >= widths[column]!) continue;
    for (const row of all.slice(1)) row[column] = cut(row[column]!, target);
    widths[column] = Math.max(...all.map((r) => width(r[column]!)));
  }
}

/** With `comparison` (a previous period is known), a change column follows each direction and the general score. */
export function renderTable(result: AssessmentResult, lang: Lang, comparison?: Comparison): string {
  const t = TABLE_TERMS;
  const header = [t.id, t.body, t.type, t.services, t.openness, t.complaints, t.overall, t.level].map(
    (x) => x[lang],
  );
  // Ids and names as typed, but never a control or bidi character that would move the cursor.
  const names = displayName(result, lang);
  const rows = result.bodies.map((b) => [
    escapeForTerminal(b.id),
    escapeForTerminal(names.get(b.id) ?? b.name),
    t[b.type][lang],
    // K3 alone (the automation authority's file): shown where the services final would be.
    b.services === null && b.automation?.values.K3 !== undefined
      ? `K3 ${formatScore(b.automation.values.K3)}`
      : cell(b.services, lang),
    cell(b.openness, lang),
    cell(b.complaints, lang),
    b.overall ? formatScore(b.overall.score) : t.missing[lang],
    b.overall ? LEVEL_TERMS[b.overall.level][lang] : t.missing[lang],
  ]);
  let all = [header, ...rows];
  let numeric = (i: number) => i >= 3 && i <= 6;
  if (comparison) ({ all, numeric } = withChangeColumns(all, result, comparison, lang));
  const widths = all[0]!.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  fitWidth(all, widths);
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!, numeric(i)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const note = comparison ? ["", changeNote(comparison, lang)] : [];
  return [line(all[0]!), rule, ...all.slice(1).map(line), ...note].join("\n") + "\n";
}
