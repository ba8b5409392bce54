/**
 * Annex 1: the reconciliation act (FORMS.md section 3), one per body and direction that has facts of
 * unreliable reporting data (A8). Each fact is listed with its deduction; the total deduction is
 * capped (§20, A7) and equals the penalty row of the direction's conclusion.
 */
import { ruPoints } from "../i18n/numerals";
import { truncate2 } from "../methodology/numeric";
import type { DirectionId } from "../model/types";
import { bodyName, editionOf, factTextsOf, scored, type FormContext } from "./context";
import {
  COLUMNS,
  FormBuilder,
  actSignatureBlock,
  annexHeader,
  blankField,
  periodText,
  scoreText,
  signer,
  title,
  type FormSheet,
} from "./layout";
import { ANNEX1, CAPTIONS, COMMON, fill } from "./form-terms";

export const ACT_WIDTHS = [6, 28, 14, 11, 11, 20] as const;

export function reconciliationAct(ctx: FormContext, direction: DirectionId, name: string): FormSheet | null {
  const d = scored(ctx.body, direction);
  if (!d || d.facts.count === 0) return null;
  const e = editionOf(ctx);
  const L = ctx.lang;
  const b = new FormBuilder(ACT_WIDTHS, L);
  annexHeader(b, 1);
  title(b, ANNEX1.title[L]);
  blankField(b, bodyName(ctx), CAPTIONS.centralOrLocal[L]);
  blankField(b, periodText(ctx.period, L), CAPTIONS.periodReporting[L]);
  b.spacer();

  const head = b.row([COMMON.number[L], ANNEX1.factColumn[L], null, null, null, ANNEX1.pointsColumn[L]]);
  b.merge(head, 2, 5);
  b.style(head, 1, head, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle", wrap: true });
  b.heights[head] = b.lines(ANNEX1.pointsColumn[L], 6, 6, 11, true) * 15 + 4;
  // The input may give only a count (then the descriptions are written in by hand).
  const texts = factTextsOf(ctx, direction);
  for (const [i, text] of texts.entries()) {
    const row = b.row([i + 1, text, null, null, null, e.reliability.perFact]);
    b.merge(row, 2, 5);
    b.heights[row] = b.lines(text || " ", 2, 5) * 15 + 4;
    b.need(row, 6);
  }
  const sum = truncate2(d.facts.count * e.reliability.perFact);
  const total = b.row([ANNEX1.total[L], null, null, null, null, sum]);
  b.merge(total, 1, 5);
  b.style(total, 1, total, 5, { bold: true });
  b.need(total, 6);
  b.table(head, head, total);
  b.style(head, 1, total, COLUMNS, { border: "all", wrap: true, vAlign: "middle" });
  b.style(head + 1, 1, total, 1, { hAlign: "center" });
  b.style(head + 1, 6, total, 6, { hAlign: "center", numberFormat: "0.00" }); // as the conclusions print the penalty (0,40)
  b.spacer();

  b.keepWithNext.add(b.text(ANNEX1.statement[L]));
  for (const [i, text] of texts.entries())
    b.text(`${i + 1}) ${text || "____________________"}`, { indent: 1 });
  const points = scoreText(d.penalty);
  const deduction = b.text(fill(ANNEX1.totalDeduction[L], { points, pointsWord: ruPoints(points) }), {
    bold: true,
  });
  b.need(deduction, 1);
  b.spacer(14);

  // FORMS.md 3 (A2): each signer dates the act in their own «(мерзімі)» blank, so it stays blank.
  actSignatureBlock(b, signer("authorizedRepresentative", L, ctx.settings));
  actSignatureBlock(b, signer("assessedRepresentative1", L, ctx.settings));
  // The total deduction and both signatures stay together.
  b.keep(deduction, b.last);
  return b.build(name, "form");
}
