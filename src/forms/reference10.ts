/**
 * Annex 10: the openness indicator points per language version (tables 1–10), built from the
 * edition's tables so the sheet always shows the weights the engine scores with.
 */
import { opennessTable, type Edition, type OpennessTableId } from "../edition/2020";
import type { BodyType } from "../model/types";
import { COLUMNS, FormBuilder, printed, title } from "./layout";
import { ANNEX10 } from "./terms";

const SCORED_TABLES: readonly [number, OpennessTableId, BodyType][] = [
  [1, "openData", "central"],
  [2, "openBudget", "central"],
  [3, "openBudget", "local"],
  [4, "openNpa", "central"],
  [5, "openNpa", "local"],
  [6, "openDialogue", "central"],
];

function tableTitle(b: FormBuilder, table: number): void {
  b.text(ANNEX10.titles[table]![b.lang], { bold: true, hAlign: "center" });
}

/** Header: № | name (B:D) | state language (E) | Russian (F), then the column numbers. */
function languageHeader(b: FormBuilder, numbers: boolean): number {
  const L = b.lang;
  const head = b.row([
    ANNEX10.number[L],
    ANNEX10.indicator[L],
    null,
    null,
    ANNEX10.stateLanguage[L],
    ANNEX10.russian[L],
  ]);
  b.merge(head, 2, 4);
  b.heights[head] = 34;
  if (numbers) {
    const n = b.row([1, 2, null, null, 3, 4]);
    b.merge(n, 2, 4);
  }
  b.style(head, 1, b.last, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle" });
  return head;
}

function row(
  b: FormBuilder,
  no: string,
  name: string,
  kk: number | string,
  ru: number | string,
  bold = false,
): number {
  const r = b.row([no, name, null, null, kk, ru]);
  b.merge(r, 2, 4);
  b.heights[r] = b.lines(name, 2, 4) * 15 + 4;
  if (bold) b.style(r, 1, r, COLUMNS, { bold: true });
  return r;
}

/** A total cell merged across both language columns (A36). */
function totalRow(b: FormBuilder, label: string, value: number): void {
  const r = b.row([label, null, null, null, printed(value)]);
  b.merge(r, 1, 4);
  b.merge(r, 5, 6);
  b.style(r, 1, r, COLUMNS, { bold: true });
}

function finishTable(b: FormBuilder, head: number, footnote?: number): void {
  // The column-number row (1 2 3 4) belongs to the header that a continued table repeats.
  const numbers = b.rows[head]?.[0] === 1 && b.rows[head]?.[1] === 2;
  b.table(head, numbers ? head + 1 : head, b.last);
  b.style(head, 1, b.last, COLUMNS, { border: "all", wrap: true, vAlign: "middle" });
  b.style(head, 1, b.last, 1, { hAlign: "center" });
  b.style(head, 5, b.last, 6, { hAlign: "center" });
  const note = footnote === undefined ? undefined : ANNEX10.footnotes[footnote];
  if (note) {
    b.text(ANNEX10.note[b.lang], { size: 10 });
    b.text(note[b.lang], { size: 10 });
  }
  b.spacer(12);
}

export function opennessReferenceTables(b: FormBuilder, e: Edition): void {
  const L = b.lang;
  title(b, ANNEX10.title[L]);
  for (const [table, id, type] of SCORED_TABLES) {
    const texts = ANNEX10.rows[table]!;
    tableTitle(b, table);
    const head = languageHeader(b, true);
    const indicators = opennessTable(e, id, type);
    let total = 0;
    const groupsDone = new Set<string>();
    for (const ind of indicators) {
      const group = ind.key.includes(".") ? ind.key.split(".")[0]! : null;
      if (group !== null && !groupsDone.has(group)) {
        groupsDone.add(group);
        const sum = indicators.filter((i) => i.key.startsWith(`${group}.`)).reduce((a, i) => a + i.points, 0);
        row(b, group, texts[group]?.[L] ?? group, printed(sum), printed(sum), true);
      }
      row(b, ind.key, texts[ind.key]?.[L] ?? ind.key, printed(ind.points), printed(ind.points));
      total += 2 * ind.points;
    }
    totalRow(b, ANNEX10.total[L], total);
    finishTable(b, head, table);
  }

  // Table 7: the cap of each subordinate-organisation table, and their sum.
  const s = e.openness.subordinate;
  tableTitle(b, 7);
  const head7 = b.row([ANNEX10.number[L], ANNEX10.criteria[L], null, null, null, ANNEX10.penaltyPoints[L]]);
  b.merge(head7, 2, 5);
  b.style(head7, 1, head7, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle" });
  b.heights[head7] = 20;
  [1, 2, 3].forEach((n) => {
    const r = b.row([String(n), ANNEX10.rows[7]![String(n)]![L], null, null, null, printed(s.tableCap)]);
    b.merge(r, 2, 5);
  });
  const t7 = b.row([ANNEX10.total[L], null, null, null, null, printed(s.max)]);
  b.merge(t7, 1, 5);
  b.style(t7, 1, t7, COLUMNS, { bold: true });
  finishTable(b, head7, 7);

  for (const table of [8, 9, 10] as const) {
    tableTitle(b, table);
    const head = languageHeader(b, table !== 8);
    for (const v of s.violations.filter((x) => x.table === table)) {
      const p = printed(v.penaltyPerLanguage);
      row(b, v.key.split(".").slice(1).join("."), ANNEX10.rows[table]![v.key]![L], p, p);
    }
    totalRow(b, ANNEX10.penaltySum[L], s.tableCap);
    finishTable(b, head);
  }
}
