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

/** With `comparison` (a previous period is known), a change column follows each direction and the general score. */
export function renderTable(result: AssessmentResult, lang: Lang, comparison?: Comparison): string {
  const t = TABLE_TERMS;
  const header = [t.id, t.body, t.type, t.services, t.openness, t.complaints, t.overall, t.level].map(
    (x) => x[lang],
  );
  // Ids and names as typed, but never a control or bidi character that would move the cursor.
  const rows = result.bodies.map((b) => [
    escapeForTerminal(b.id),
    escapeForTerminal(b.name),
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
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!, numeric(i)))
      .join("  ")
      .trimEnd();
  const rule = widths.map((w) => "─".repeat(w)).join("  ");
  const note = comparison ? ["", changeNote(comparison, lang)] : [];
  return [line(all[0]!), rule, ...all.slice(1).map(line), ...note].join("\n") + "\n";
}
