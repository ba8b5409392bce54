/**
 * A comparison for people (the `opeval compare` table) and for programs (`--format json`).
 * Figures are truncated to two decimals (I-18); a change is shown with its sign.
 */
import { fill } from "../i18n/lang";
import { explanationText, type Explanation } from "../methodology/explain";
import { formatScore } from "../methodology/numeric";
import { LEVEL_TERMS, TABLE_TERMS } from "../model/model-terms";
import { DIRECTIONS, type DirectionId, type Lang } from "../model/types";
import type { BodyComparison, Change, Comparison, Side } from "./history-compare";
import { CHANGE_TERMS, LEVEL_MOVE_MARK, LEVEL_MOVE_TERMS } from "./history-terms";

/** A change with its sign: "+1.61", "-0.50", "0.00". */
export function formatChange(change: number): string {
  if (change === 0) return "0.00";
  return (change > 0 ? "+" : "-") + formatScore(Math.abs(change));
}

function sideText(side: Side, lang: Lang): string {
  if (side === undefined) return TABLE_TERMS.missing[lang];
  if (side === "na") return TABLE_TERMS.na[lang];
  return formatScore(side);
}

/**
 * A moved indicator as the analyst reads it: «ашықтық · P1» / «открытость · P1» in Kazakh and
 * Russian (the engine's key `openness.P1` is its identity, kept in English and in the workbook).
 */
export function movedItemLabel(item: string, lang: Lang): string {
  if (lang === "en") return item;
  const dot = item.indexOf(".");
  const direction = item.slice(0, dot) as DirectionId;
  if (dot < 0 || !DIRECTIONS.includes(direction)) return item;
  return `${TABLE_TERMS[direction][lang]} · ${item.slice(dot + 1)}`;
}

/** "77.09 → 78.50 (+1.41)", or the one side known. */
export function changeText(c: Change, lang: Lang): string {
  const both = `${sideText(c.previous, lang)} → ${sideText(c.current, lang)}`;
  return c.change === undefined ? both : `${both} (${formatChange(c.change)})`;
}

function levelText(body: BodyComparison, lang: Lang): string {
  const { previous, current, move } = body.level;
  const p = previous ? LEVEL_TERMS[previous][lang] : TABLE_TERMS.missing[lang];
  const c = current ? LEVEL_TERMS[current][lang] : TABLE_TERMS.missing[lang];
  return move ? `${p} → ${c} ${LEVEL_MOVE_MARK[move]}` : `${p} → ${c}`;
}

/** An explanation in `lang`: the engine's rendered, a recorded one as it was written. */
export function explainText(e: Explanation | string | undefined, lang: Lang): string {
  if (e === undefined) return TABLE_TERMS.missing[lang];
  return typeof e === "string" ? e : explanationText(e, lang);
}

function width(text: string): number {
  return [...text].length;
}

function pad(text: string, w: number): string {
  return text + " ".repeat(Math.max(0, w - width(text)));
}

function presenceNote(body: BodyComparison, comparison: Comparison, lang: Lang): string {
  if (body.presence === "previousOnly")
    return fill(CHANGE_TERMS.onlyIn[lang], { period: comparison.previous.period });
  if (body.presence === "currentOnly")
    return fill(CHANGE_TERMS.onlyIn[lang], { period: comparison.current.period });
  return body.previousId ? fill(CHANGE_TERMS.renamed[lang], { id: body.previousId }) : "";
}

export function editionLine(comparison: Comparison, lang: Lang): string {
  const { previous, current } = comparison;
  return comparison.editionChanged
    ? fill(CHANGE_TERMS.editionChanged[lang], {
        previous: previous.period,
        current: current.period,
        previousEdition: previous.edition,
        currentEdition: current.edition,
      })
    : fill(CHANGE_TERMS.sameEdition[lang], { edition: current.edition });
}

/** The comparison as a text table, then the moved indicators of each body with both explanations. */
export function renderComparison(comparison: Comparison, lang: Lang): string {
  const t = TABLE_TERMS;
  const header = [t.id, t.body, t.services, t.openness, t.complaints, t.overall, t.level].map((x) => x[lang]);
  const rows = comparison.bodies.map((b) => [
    b.id,
    [b.name, presenceNote(b, comparison, lang)].filter(Boolean).join(" — "),
    ...DIRECTIONS.map((d) => changeText(b.directions[d], lang)),
    changeText(b.overall, lang),
    levelText(b, lang),
  ]);
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => width(r[i]!))));
  const line = (r: string[]) =>
    r
      .map((c, i) => pad(c, widths[i]!))
      .join("  ")
      .trimEnd();
  const out = [
    fill(CHANGE_TERMS.comparing[lang], {
      previous: comparison.previous.period,
      current: comparison.current.period,
    }),
    editionLine(comparison, lang),
    "",
    line(header),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    CHANGE_TERMS.movedMost[lang] + ":",
  ];
  for (const b of comparison.bodies) {
    if (b.presence !== "both") continue;
    out.push(`${b.id} — ${b.name}`);
    if (b.moved.length === 0) out.push(`  ${CHANGE_TERMS.noMove[lang]}`);
    for (const m of b.moved) {
      out.push(
        `  ${movedItemLabel(m.item, lang)}  ${formatScore(m.previous)} → ${formatScore(m.current)} (${formatChange(m.change)})`,
      );
      out.push(`    ${comparison.previous.period}: ${explainText(m.explain.previous, lang)}`);
      out.push(`    ${comparison.current.period}: ${explainText(m.explain.current, lang)}`);
    }
  }
  out.push("", CHANGE_TERMS.truncation[lang]);
  return out.join("\n") + "\n";
}

type SideJson = number | "na" | null;
const sideJson = (s: Side): SideJson => (s === undefined ? null : s);
const changeJson = (c: Change) => ({
  previous: sideJson(c.previous),
  current: sideJson(c.current),
  change: c.change ?? null,
});

/**
 * The comparison as JSON: previous/current as the engine gave them, `change` the difference of the
 * truncated figures (I-18), explanations in `lang`.
 */
export function comparisonJson(comparison: Comparison, lang: Lang): unknown {
  const { previous, current } = comparison;
  return {
    previous: { period: previous.period, edition: previous.edition },
    current: { period: current.period, edition: current.edition },
    editionChanged: comparison.editionChanged,
    bodies: comparison.bodies.map((b) => ({
      id: b.id,
      ...(b.previousId ? { previousId: b.previousId } : {}),
      name: b.name,
      type: b.type,
      presence: b.presence,
      services: changeJson(b.directions.services),
      openness: changeJson(b.directions.openness),
      complaints: changeJson(b.directions.complaints),
      overall: changeJson(b.overall),
      level: {
        previous: b.level.previous ?? null,
        current: b.level.current ?? null,
        change: b.level.move ?? null,
        ...(b.level.move ? { text: LEVEL_MOVE_TERMS[b.level.move][lang] } : {}),
      },
      moved: b.moved.map((m) => ({
        item: m.item,
        previous: m.previous,
        current: m.current,
        change: m.change,
        explain: {
          previous: m.explain.previous === undefined ? null : explainText(m.explain.previous, lang),
          current: m.explain.current === undefined ? null : explainText(m.explain.current, lang),
        },
      })),
    })),
  };
}
