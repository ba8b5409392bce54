/**
 * The conclusion forms filled from scores: annexes 3 and 4 (public services, central / local),
 * 5 (automation criterion K3), 8 (openness), 12 (complaints review) and 15 (the whole block).
 * Structure and Kazakh wording: FORMS.md sections 4–7, 9 and 11.
 */
import type { DirectionResult } from "../methodology/assess";
import type { DirectionId } from "../model/types";
import {
  bodyName,
  editionOf,
  otherParagraphs,
  paragraphsFor,
  scored,
  servicesCriteria,
  type FormContext,
} from "./context";
import { automationRelation, directionRelations, overallRelation } from "./printed-sums";
import {
  FormBuilder,
  annexHeader,
  blankField,
  dateLine,
  periodText,
  scoreTable,
  scoreValue,
  signatureBlock,
  signer,
  textSection,
  title,
  truncationNote,
  type FormSheet,
  type ScoreRow,
} from "./layout";
import {
  ANNEX12,
  ANNEX15,
  ANNEX3,
  ANNEX4,
  ANNEX5,
  ANNEX8,
  CAPTIONS,
  COMMON,
  OPENNESS_CRITERIA_TERMS,
  SERVICES_CRITERIA,
  type FormTerm,
} from "./form-terms";

/** Column widths (characters) of the portrait conclusion forms: № | criterion (B:D) | score | max. */
export const CONCLUSION_WIDTHS = [6, 28, 14, 11, 11, 20] as const;

function builder(ctx: FormContext): FormBuilder {
  return new FormBuilder(CONCLUSION_WIDTHS, ctx.lang);
}

/** Header fields: body name and reporting period with the form's own captions. */
function heading(
  b: FormBuilder,
  ctx: FormContext,
  annex: number,
  titleTerm: FormTerm,
  nameCaption: FormTerm,
  periodCaption: FormTerm,
): void {
  annexHeader(b, annex);
  title(b, titleTerm[ctx.lang]);
  blankField(b, bodyName(ctx), nameCaption[ctx.lang]);
  blankField(b, periodText(ctx.period, ctx.lang), periodCaption[ctx.lang]);
  b.spacer();
  if (ctx.reissue?.length) {
    for (const p of ctx.reissue) b.text(p, { bold: true });
    b.spacer();
  }
}

/** Analysis items in the printed wording, each followed by the paragraphs drafted for its criterion. */
function analysis(
  b: FormBuilder,
  ctx: FormContext,
  direction: DirectionId,
  heading: string,
  items: readonly { term: FormTerm; key: string }[],
): void {
  const drafted = ctx.drafts.analysis(ctx.body, direction, ctx.lang);
  b.keepWithNext.add(b.text(heading, { bold: true }));
  for (const item of items) textSection(b, item.term[ctx.lang], paragraphsFor(drafted, item.key), false);
  const rest = otherParagraphs(
    drafted,
    items.map((i) => i.key),
  );
  for (const p of rest) b.text(p, { indent: 1 });
  b.spacer();
}

/** The conclusions; returns the row from which the text stays with the signatures (its last lines). */
function conclusionsSection(
  b: FormBuilder,
  ctx: FormContext,
  headingTerm: FormTerm,
  paragraphs: readonly string[],
): number {
  textSection(b, headingTerm[ctx.lang], paragraphs);
  // The signatures never stand alone: the last paragraph (or two short ones) goes with them.
  let from = b.last;
  if (b.heights[from] !== undefined && b.heights[from]! < 40 && from - 1 > 0) from--;
  b.spacer(14);
  return from;
}

function totals(
  d: DirectionResult,
  ctx: FormContext,
  labels: { total: FormTerm; penalty: FormTerm; final: FormTerm },
  penaltyMax: number,
): ScoreRow[] {
  const e = editionOf(ctx);
  return [
    { no: null, label: labels.total[ctx.lang], score: scoreValue(d.total), max: e.directionMax },
    { no: null, label: labels.penalty[ctx.lang], score: scoreValue(d.penalty), max: penaltyMax },
    { no: null, label: labels.final[ctx.lang], score: scoreValue(d.final), max: e.directionMax },
  ];
}

const SERVICE_TOTALS = {
  total: COMMON.totalByCriteria,
  penalty: COMMON.penaltyPoints,
  final: COMMON.finalAfterPenalty,
};

/** Annex 3 (central) or 4 (local): the services direction conclusion. Null when not assessed. */
export function servicesConclusion(ctx: FormContext, name: string): FormSheet | null {
  const d = scored(ctx.body, "services");
  if (!d) return null;
  const central = ctx.body.type === "central";
  const e = editionOf(ctx);
  const b = builder(ctx);
  const L = ctx.lang;
  const words = central ? ANNEX3 : ANNEX4;
  heading(
    b,
    ctx,
    central ? 3 : 4,
    words.title,
    central ? CAPTIONS.central : CAPTIONS.local,
    CAPTIONS.periodReport,
  );
  const criteria = servicesCriteria(e, central);
  scoreTable(
    b,
    [COMMON.number[L], COMMON.criteria[L], COMMON.score[L], COMMON.maxPoints[L]],
    [
      ...criteria.map(([key, term, max], i) => ({
        no: String(i + 1),
        label: term[L],
        score: scoreValue(d.values[key]),
        max,
      })),
      ...totals(d, ctx, SERVICE_TOTALS, e.reliability.max),
    ],
    directionRelations(ctx.body, "services", d, e),
  );
  analysis(
    b,
    ctx,
    "services",
    words.analysis[L],
    criteria.map(([key], i) => ({ key, term: words.items[i]! })),
  );
  const tail = conclusionsSection(
    b,
    ctx,
    COMMON.conclusions,
    ctx.drafts.conclusions(ctx.body, "services", L),
  );
  signatureBlock(b, signer("agencyDeputyChairman", L, ctx.settings));
  signatureBlock(b, signer("agencyUnitHead", L, ctx.settings));
  dateLine(b, ctx.settings);
  b.keep(tail, b.last);
  return b.build(name, "form");
}

/** Annex 5: the automation criterion K3 of a central body (the Ministry's conclusion to the Agency). */
export function automationConclusion(ctx: FormContext, name: string): FormSheet | null {
  // K3 within the services direction, or alone (the automation authority's own workbook, §24, §26).
  const d = scored(ctx.body, "services") ?? ctx.body.automation;
  // K3 without its T, V, B, P is the one received from the automation authority: not ours to issue.
  if (!d || ctx.body.type !== "central" || d.values.K3 === undefined || d.values.T === undefined) return null;
  const e = editionOf(ctx);
  const b = builder(ctx);
  const L = ctx.lang;
  heading(b, ctx, 5, ANNEX5.title, CAPTIONS.central, CAPTIONS.periodReport);
  scoreTable(
    b,
    [COMMON.number[L], ANNEX5.criteriaColumn[L], COMMON.score[L], COMMON.maxPoints[L]],
    [
      {
        no: "1",
        label: SERVICES_CRITERIA.K3[L],
        score: scoreValue(d.values.K3),
        max: e.services.criteria.central.K3,
      },
    ],
    automationRelation(d, e),
  );
  const drafted = ctx.drafts.analysis(ctx.body, "services", L);
  textSection(b, ANNEX5.analysis[L], paragraphsFor(drafted, "K3"));
  b.spacer();
  // A14: annex 5 speaks of automation only; the penalty and the facts belong to annex 3.
  const tail = conclusionsSection(b, ctx, COMMON.conclusions, ctx.drafts.automation(ctx.body, L));
  signatureBlock(b, signer("stateBodyHead", L, ctx.settings));
  signatureBlock(b, signer("assessingUnitHead", L, ctx.settings));
  dateLine(b, ctx.settings);
  b.keep(tail, b.last);
  return b.build(name, "form");
}

/** Annex 8: openness. P5 is shown as a deduction (−P5) under a printed maximum of 0 (A15, A16). */
export function opennessConclusion(ctx: FormContext, name: string): FormSheet | null {
  const d = scored(ctx.body, "openness");
  if (!d) return null;
  const e = editionOf(ctx);
  const b = builder(ctx);
  const L = ctx.lang;
  heading(b, ctx, 8, ANNEX8.title, CAPTIONS.centralOrLocal, CAPTIONS.periodReporting);
  const keys = ["P1", "P2", "P3", "P4"] as const;
  const p5 = d.values.P5 ?? 0;
  scoreTable(
    b,
    [COMMON.number[L], ANNEX8.criterionColumn[L], COMMON.score[L], COMMON.maxPointsPlural[L]],
    [
      ...keys.map((k, i) => ({
        no: String(i + 1),
        label: OPENNESS_CRITERIA_TERMS[k][L],
        score: scoreValue(d.values[k]),
        max: e.openness.criterionMax,
      })),
      { no: "5", label: OPENNESS_CRITERIA_TERMS.P5[L], score: p5 === 0 ? 0 : scoreValue(-p5), max: 0 },
      // A16: the penalty row's maximum is printed 0 in the source.
      ...totals(
        d,
        ctx,
        { total: COMMON.totalByCriteria, penalty: ANNEX8.penaltyDeduction, final: ANNEX8.final },
        0,
      ),
    ],
    directionRelations(ctx.body, "openness", d, e),
  );
  analysis(
    b,
    ctx,
    "openness",
    ANNEX8.analysis[L],
    [...keys, "P5"].map((key, i) => ({ key, term: ANNEX8.items[i]! })),
  );
  const tail = conclusionsSection(
    b,
    ctx,
    ANNEX8.conclusions,
    ctx.drafts.conclusions(ctx.body, "openness", L),
  );
  signatureBlock(b, signer("authorizedHead", L, ctx.settings));
  dateLine(b, ctx.settings);
  b.keep(tail, b.last);
  return b.build(name, "form");
}

/** Annex 12: review of complaints and applications. */
export function complaintsConclusion(ctx: FormContext, name: string): FormSheet | null {
  const d = scored(ctx.body, "complaints");
  if (!d) return null;
  const e = editionOf(ctx);
  const b = builder(ctx);
  const L = ctx.lang;
  heading(b, ctx, 12, ANNEX12.title, CAPTIONS.centralStateOrLocal, CAPTIONS.periodReporting);
  const keys = ["R1", "R2", "R3", "R4"] as const;
  scoreTable(
    b,
    [ANNEX12.number[L], COMMON.criteria[L], COMMON.score[L], COMMON.maxPoints[L]],
    [
      ...keys.map((k, i) => ({
        no: String(i + 1),
        label: ANNEX12.criteria[k][L],
        score: scoreValue(d.values[k]),
        max: e.complaints[k].max,
      })),
      ...totals(
        d,
        ctx,
        { total: ANNEX12.total, penalty: COMMON.penaltyPoints, final: COMMON.finalAfterPenalty },
        e.reliability.max,
      ),
    ],
    directionRelations(ctx.body, "complaints", d, e),
  );
  analysis(
    b,
    ctx,
    "complaints",
    ANNEX12.analysis[L],
    keys.map((key, i) => ({ key, term: ANNEX12.items[i]! })),
  );
  const tail = conclusionsSection(
    b,
    ctx,
    COMMON.conclusions,
    ctx.drafts.conclusions(ctx.body, "complaints", L),
  );
  signatureBlock(b, signer("authorizedHead", L, ctx.settings));
  dateLine(b, ctx.settings);
  b.keep(tail, b.last);
  return b.build(name, "form");
}

const DIRECTIONS: readonly DirectionId[] = ["services", "openness", "complaints"];

/**
 * Annex 15: the three direction finals and the general score; the efficiency level of §101 is stated
 * in the conclusions text (A28). A direction not assessed keeps its row with a dash (A29). Null
 * while the general score cannot be computed (a direction not entered).
 */
export function blockConclusion(ctx: FormContext, name: string): FormSheet | null {
  const overall = ctx.body.overall;
  if (!overall) return null;
  const b = builder(ctx);
  const L = ctx.lang;
  heading(b, ctx, 15, ANNEX15.title, CAPTIONS.centralStateOrLocalSpaced, CAPTIONS.periodReporting);
  const head = b.row([
    COMMON.number[L],
    ANNEX15.directionsColumn[L],
    null,
    null,
    null,
    ANNEX15.scoreColumn[L],
  ]);
  b.merge(head, 2, 5);
  b.style(head, 1, head, 6, { bold: true, hAlign: "center", vAlign: "middle" });
  b.heights[head] = 20;
  const first = head + 1;
  DIRECTIONS.forEach((dir, i) => {
    const d = scored(ctx.body, dir);
    const row = b.row([
      String(i + 1),
      ANNEX15.rows[i]![L],
      null,
      null,
      null,
      d ? scoreValue(d.final) : COMMON.notAssessed[L],
    ]);
    b.merge(row, 2, 5);
    b.need(row, 6);
    b.heights[row] = 20;
  });
  const total = b.row([ANNEX15.total[L], null, null, null, null, scoreValue(overall.score)]);
  b.merge(total, 1, 5);
  b.style(total, 1, total, 5, { bold: true });
  b.need(total, 6);
  b.heights[total] = 20;
  b.table(head, head, total);
  b.keep(head, total);
  b.style(head, 1, total, 6, { border: "all", vAlign: "middle", wrap: true });
  b.style(first, 1, total - 1, 1, { hAlign: "center" });
  b.style(first, 6, total, 6, { hAlign: "center", numberFormat: "0.00" });
  const note = truncationNote(
    b,
    overallRelation(ctx.body, ctx.weights ?? editionOf(ctx).overall.defaultWeights),
  );
  if (note !== null) b.keep(total, note);
  b.spacer();
  b.keepWithNext.add(b.text(ANNEX15.analysis[L], { bold: true }));
  DIRECTIONS.forEach((dir, i) => {
    const outcome = ctx.body[dir];
    // Where the direction lost its points and what lifts the level: what the table does not say.
    const paragraphs =
      outcome === "na" ? [COMMON.directionNotAssessed[L]] : ctx.drafts.summary(ctx.body, dir, L);
    textSection(b, ANNEX15.items[i]![L], paragraphs, false);
  });
  b.spacer();
  const tail = conclusionsSection(b, ctx, COMMON.conclusions, ctx.drafts.overall(ctx.body, L));
  signatureBlock(b, signer("agencyDeputyChairman15", L, ctx.settings));
  signatureBlock(b, signer("agencyUnitHead", L, ctx.settings));
  dateLine(b, ctx.settings);
  b.keep(tail, b.last);
  return b.build(name, "form");
}
