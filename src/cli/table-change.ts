/**
 * The change columns of the cohort table (`opeval score --format table`, `npm run demo`) when a
 * previous period is known: "Δ" after each direction and after the general score, and the level
 * change marked beside the level. The JSON output of `score` never carries them (docs/FORMAT.md).
 */
import type { AssessmentResult } from "../methodology/assess";
import type { Comparison } from "../history/history-compare";
import { editionLine, formatChange } from "../history/history-render";
import { CHANGE_TERMS, LEVEL_MOVE_MARK } from "../history/history-terms";
import { fill } from "../i18n/lang";
import { TABLE_TERMS } from "../model/model-terms";
import { DIRECTIONS, type Lang } from "../model/types";

/** Columns of the plain table: id, body, type, services, openness, complaints, general, level. */
const CHANGE_AFTER = [3, 4, 5, 6];

/** The line under the table that says what Δ is (and a change of edition, never hidden). */
export function changeNote(comparison: Comparison, lang: Lang): string {
  const lines = [fill(CHANGE_TERMS.deltaNote[lang], { period: comparison.previous.period })];
  // A body of the previous period only is listed, never silently dropped.
  const gone = comparison.bodies.filter((b) => b.presence === "previousOnly");
  if (gone.length)
    lines.push(
      fill(CHANGE_TERMS.onlyInList[lang], {
        period: comparison.previous.period,
        bodies: gone.map((b) => `${b.id} (${b.name})`).join(", "),
      }),
    );
  if (comparison.editionChanged) lines.push(editionLine(comparison, lang));
  return lines.join("\n");
}

export function withChangeColumns(
  all: string[][],
  result: AssessmentResult,
  comparison: Comparison,
  lang: Lang,
): { all: string[][]; numeric: (i: number) => boolean } {
  const byId = new Map(comparison.bodies.filter((b) => b.presence !== "previousOnly").map((b) => [b.id, b]));
  const header = all[0]!;
  const out: string[][] = [
    header.flatMap((h, i) => {
      const k = CHANGE_AFTER.indexOf(i);
      return k < 0 ? [h] : [h, "Δ"];
    }),
  ];
  result.bodies.forEach((body, r) => {
    const row = all[r + 1]!;
    const c = byId.get(body.id);
    const changes = c
      ? [...DIRECTIONS.map((d) => c.directions[d].change), c.overall.change]
      : [undefined, undefined, undefined, undefined];
    out.push(
      row.flatMap((cell, i) => {
        const k = CHANGE_AFTER.indexOf(i);
        if (i === 7 && c?.level.move && c.level.move !== "same")
          return [`${cell} ${LEVEL_MOVE_MARK[c.level.move]}`];
        if (k < 0) return [cell];
        const change = changes[k];
        return [cell, change === undefined ? TABLE_TERMS.missing[lang] : formatChange(change)];
      }),
    );
  });
  // Numbers and their changes: columns 3..10 of the widened table.
  return { all: out, numeric: (i) => i >= 3 && i <= 10 };
}
