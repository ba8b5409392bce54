/**
 * Annex 14: the table of disagreements (objections) to the conclusion on one direction (FORMS.md
 * section 10). Column 2 is pre-filled with the conclusion's items so the body can answer line by
 * line; the objections procedure passes the body's objections and the commission's decisions
 * (A26) and the total score after the appeal.
 */
import { DIRECTION_TERMS } from "../model/model-terms";
import { ruPoints, ruPointsGenitive as ruGenitive } from "../i18n/numerals";
import type { DirectionId } from "../model/types";
import { bodyName, editionOf, scored, servicesCriteria, type FormContext } from "./context";
import {
  COLUMNS,
  FormBuilder,
  annexHeader,
  blankField,
  scoreText,
  signatureBlock,
  signer,
  title,
  type FormSheet,
} from "./layout";
import {
  ANNEX12,
  ANNEX14,
  ANNEX8,
  CAPTIONS,
  COMMON,
  OPENNESS_CRITERIA_TERMS,
  fill,
  type FormLang,
  type FormTerm,
} from "./form-terms";

/**
 * Landscape: № | conclusion (B:C) | objection (D:E) | note (F). The conclusion column is wide enough
 * for a quoted item on one line, so 5–8 items and the signatures print on one page (FORMS-PRINT.md).
 */
export const OBJECTION_WIDTHS = [6, 56, 12, 34, 8, 24] as const;

export interface ObjectionRow {
  /** A key of `objectionItems` (e.g. "K1", "total") to answer a pre-filled row, or free text for a new row. */
  item: string;
  objection: string;
  decision?: "accepted" | "rejected";
  note?: string;
}

export interface ObjectionOptions {
  objections?: readonly ObjectionRow[];
  /** The overall score of the direction after the appeal (14.8). */
  totalAfterAppeal?: number;
}

export interface ObjectionItem {
  key: string;
  text: string;
}

/** The conclusion's items for a direction, in the order of its conclusion form. */
export function objectionItems(ctx: FormContext, direction: DirectionId): ObjectionItem[] {
  const d = scored(ctx.body, direction);
  if (!d) return [];
  const e = editionOf(ctx);
  const L = ctx.lang;
  const criteria: [string, FormTerm, number][] =
    direction === "services"
      ? servicesCriteria(e, ctx.body.type === "central")
      : direction === "openness"
        ? (["P1", "P2", "P3", "P4"] as const).map((k) => [
            k,
            OPENNESS_CRITERIA_TERMS[k],
            e.openness.criterionMax,
          ])
        : (["R1", "R2", "R3", "R4"] as const).map((k) => [k, ANNEX12.criteria[k], e.complaints[k].max]);
  // Each row quotes its conclusion: the same label, score and printed maximum (annex 8 prints 0
  // as the maximum of P5 and of the penalty, so those rows carry no maximum).
  const item = (label: string, score: number, max: number) => {
    const text = signedScore(score);
    const points = max === 0 ? ruPoints(text) : ruGenitive(String(max));
    return max === 0
      ? fill(ANNEX14.itemNoMax[L], { criterion: balanced(label), score: text, points })
      : fill(ANNEX14.item[L], { criterion: balanced(label), score: text, max, points });
  };
  const rows: ObjectionItem[] = criteria
    .filter(([key]) => d.values[key] !== undefined)
    .map(([key, term, max]) => ({ key, text: item(term[L], d.values[key]!, max) }));
  if (direction === "openness" && d.values.P5)
    rows.push({ key: "P5", text: item(OPENNESS_CRITERIA_TERMS.P5[L], -d.values.P5, 0) });
  const totalLabel =
    direction === "complaints" ? ANNEX12.total[L].replace(/:$/, "") : COMMON.totalByCriteria[L];
  const penaltyLabel = direction === "openness" ? ANNEX8.penaltyDeduction[L] : COMMON.penaltyPoints[L];
  const penaltyMax = direction === "openness" ? 0 : e.reliability.max;
  const finalLabel = direction === "openness" ? ANNEX8.final[L] : COMMON.finalAfterPenalty[L];
  rows.push(
    { key: "total", text: item(totalLabel, d.total, e.directionMax) },
    { key: "penalty", text: item(penaltyLabel, d.penalty, penaltyMax) },
    { key: "final", text: item(finalLabel, d.final, e.directionMax) },
  );
  return rows;
}

/** A score as the conclusion prints it, a deduction with a true minus sign ("−3,00"). */
function signedScore(value: number): string {
  return value < 0 ? `−${scoreText(-value)}` : scoreText(value);
}

/** The annex 12 row of R2 ends with an unmatched ")" as printed (A23); a quoted label drops it. */
function balanced(name: string): string {
  const open = (name.match(/\(/g) ?? []).length;
  const close = (name.match(/\)/g) ?? []).length;
  return close > open && name.endsWith(")") ? name.slice(0, -1) : name;
}

function decisionText(row: ObjectionRow, lang: FormLang): string {
  const decision = row.decision ? ANNEX14[row.decision][lang] : "";
  return [decision, row.note ?? ""].filter((s) => s.trim() !== "").join(". ");
}

export function objectionsTable(
  ctx: FormContext,
  direction: DirectionId,
  name: string,
  options: ObjectionOptions = {},
): FormSheet | null {
  const items = objectionItems(ctx, direction);
  if (items.length === 0) return null;
  const L = ctx.lang;
  const b = new FormBuilder(OBJECTION_WIDTHS, L);
  annexHeader(b, 14, 5);
  title(b, fill(ANNEX14.title[L], { direction: DIRECTION_TERMS[direction][L] }));
  blankField(b, bodyName(ctx), CAPTIONS.assessedBody[L]);
  b.spacer();

  const head = b.row([
    COMMON.number[L],
    ANNEX14.conclusionColumn[L],
    null,
    ANNEX14.objectionColumn[L],
    null,
    ANNEX14.noteColumn[L],
  ]);
  b.merge(head, 2, 3);
  b.merge(head, 4, 5);
  b.heights[head] =
    Math.max(
      b.lines(ANNEX14.conclusionColumn[L], 2, 3, 11, true),
      b.lines(ANNEX14.objectionColumn[L], 4, 5, 11, true),
      b.lines(ANNEX14.noteColumn[L], 6, 6, 11, true),
    ) *
      15 +
    4;
  const numbers = b.row([1, 2, null, 3, null, 4]);
  b.merge(numbers, 2, 3);
  b.merge(numbers, 4, 5);
  b.style(head, 1, numbers, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle", wrap: true });

  const objections = options.objections ?? [];
  const byKey = new Map(
    objections.filter((o) => items.some((i) => i.key === o.item)).map((o) => [o.item, o]),
  );
  const extra = objections.filter((o) => !items.some((i) => i.key === o.item));
  const lines: [string, string, string][] = [
    ...items.map((i): [string, string, string] => {
      const o = byKey.get(i.key);
      return [i.text, o?.objection ?? "", o ? decisionText(o, L) : ""];
    }),
    ...extra.map((o): [string, string, string] => [o.item, o.objection, decisionText(o, L)]),
  ];
  for (const [i, [conclusion, objection, note]] of lines.entries()) {
    const row = b.row([i + 1, conclusion, null, objection || null, null, note || null]);
    b.merge(row, 2, 3);
    b.merge(row, 4, 5);
    b.need(row, 2);
    b.heights[row] =
      Math.max(b.lines(conclusion, 2, 3), b.lines(objection || " ", 4, 5), b.lines(note || " ", 6, 6)) * 15 +
      4;
  }
  const lastRow = b.last;
  b.table(head, numbers, lastRow);
  // The only table of the sheet: its header repeats as print titles where it continues.
  b.printTitles(head, numbers);
  b.style(head, 1, b.last, COLUMNS, { border: "all", wrap: true, vAlign: "top" });
  b.style(numbers + 1, 1, b.last, 1, { hAlign: "center" });
  b.spacer(8);

  const total = options.totalAfterAppeal === undefined ? "________" : scoreText(options.totalAfterAppeal);
  const tail = b.text(fill(ANNEX14.totalAfterAppeal[L], { score: total }));
  b.spacer(8);
  signatureBlock(b, signer("commissionChairman", L, ctx.settings), true);
  b.spacer(6);
  b.text(ANNEX14.acknowledged[L]);
  signatureBlock(b, signer("assessedRepresentative", L, ctx.settings), true);
  // The total after the appeal, the chairman's signature and the acknowledgement stay together, and
  // with the table's last row, so that a page never holds the signatures under a bare header.
  b.keep(lastRow, b.last);
  void tail;
  return b.build(name, "form", "landscape");
}
