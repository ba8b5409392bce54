/**
 * Reference annexes 2, 6, 7, 10, 11 and 13 (FORMS.md section 12): the weight tables, read-only. Every
 * number comes from the edition object the engine uses (src/edition/2020.ts); only the
 * wording lives in the form catalogue.
 */
import { ruPointsGenitive } from "../i18n/numerals";
import { type Edition } from "../edition/2020";
import type { BodyType, DirectionId } from "../model/types";
import { COLUMNS, FormBuilder, annexHeader, printed, title, type FormSheet } from "./layout";
import { opennessReferenceTables } from "./reference10";
import {
  ANNEX12,
  OPENNESS_CRITERIA_TERMS,
  REFERENCE,
  SERVICES_CRITERIA,
  SERVICES_INDICATORS,
  fill,
  ruPoints,
  type FormLang,
} from "./form-terms";

export const REFERENCE_ANNEXES = [2, 6, 7, 10, 11, 13] as const;
export type ReferenceAnnex = (typeof REFERENCE_ANNEXES)[number];

/** The direction each reference annex weighs (FORMS.md section 12): printed only beside its forms. */
export const REFERENCE_DIRECTION: Readonly<Record<ReferenceAnnex, DirectionId>> = {
  2: "services",
  6: "services",
  7: "openness",
  10: "openness",
  11: "complaints",
  13: "complaints",
};

export const REFERENCE_WIDTHS = [8, 28, 12, 10, 16, 16] as const;

/** № | name (B:E) | weight (F) rows, bordered. */
function weightTable(
  b: FormBuilder,
  header: [string, string, string],
  rows: [string, string, number | string, boolean?][],
): void {
  const head = b.row([header[0], header[1], null, null, null, header[2]]);
  b.merge(head, 2, 5);
  b.style(head, 1, head, COLUMNS, { bold: true, hAlign: "center", vAlign: "middle", wrap: true });
  b.heights[head] = Math.max(b.lines(header[1], 2, 5, 11, true), b.lines(header[2], 6, 6, 11, true)) * 15 + 4;
  for (const [no, name, weight, bold] of rows) {
    const r = b.row([no, name, null, null, null, weight]);
    b.merge(r, 2, 5);
    b.heights[r] = b.lines(name, 2, 5) * 15 + 4;
    if (bold) b.style(r, 1, r, COLUMNS, { bold: true });
  }
  b.table(head, head, b.last);
  b.style(head, 1, b.last, COLUMNS, { border: "all", wrap: true, vAlign: "middle" });
  b.style(head + 1, 1, b.last, 1, { hAlign: "center" });
  b.style(head + 1, 6, b.last, 6, { hAlign: "center" });
  b.spacer();
}

function annex2(b: FormBuilder, e: Edition): void {
  const L = b.lang;
  title(b, REFERENCE.annex2.title[L]);
  const s = e.services;
  const m = s.maxima;
  const a = s.automation;
  const section = (type: BodyType): [string, string, number, boolean?][] => {
    const c =
      type === "central"
        ? [s.criteria.central.K1, s.criteria.central.K2]
        : [s.criteria.local.M1, s.criteria.local.M2];
    return [
      ["1", SERVICES_CRITERIA.K1[L], c[0]!, true],
      ["1.1", SERVICES_INDICATORS.P1[L], m[type].P1],
      ["1.2", SERVICES_INDICATORS.P2[L], m[type].P2],
      ["2", SERVICES_CRITERIA.K2[L], c[1]!, true],
      ["2.1", SERVICES_INDICATORS.T1[L], m[type].T1],
      ["2.2", SERVICES_INDICATORS.T2[L], m[type].T2],
      ["2.3", SERVICES_INDICATORS.T3[L], m[type].T3],
      ["2.4", SERVICES_INDICATORS.T4[L], m[type].T4],
      ...(type === "central"
        ? ([
            ["3", SERVICES_CRITERIA.K3[L], s.criteria.central.K3, true],
            ["3.1", SERVICES_INDICATORS.T[L], a.portalWeight],
            ["3.2", SERVICES_INDICATORS.V[L], a.volumeWeight],
            ["3.3", SERVICES_INDICATORS.B[L], a.bonusMax],
          ] as [string, string, number, boolean?][])
        : []),
    ];
  };
  const head = [REFERENCE.numberPp[L], REFERENCE.criterionName[L], REFERENCE.weight[L]] as [
    string,
    string,
    string,
  ];
  b.text(REFERENCE.annex2.central[L], { bold: true });
  weightTable(b, head, section("central"));
  b.text(REFERENCE.annex2.local[L], { bold: true });
  weightTable(b, head, section("local"));
}

function annex6(b: FormBuilder, e: Edition): void {
  const L = b.lang;
  const w = REFERENCE.annex6;
  title(b, w.title[L]);
  const bands = e.services.satisfactionBands;
  for (const type of ["central", "local"] as const) {
    const rows: [string, string, number][] = bands.map((band, i) => {
      // The printed upper bound is the next band's floor less 0.01 (A37: the engine reads the bands as closed at the bottom, I-1).
      const to = i === 0 ? e.services.ratingScaleMax : bands[i - 1]!.min - 0.01;
      const [from, upTo] = [printed(band.min), printed(to)];
      const words = { fromPoints: ruPointsGenitive(from), toPoints: ruPointsGenitive(upTo) };
      return [`${i + 1}.`, fill(w.band[L], { from, to: upTo, ...words }), band.points[type]];
    });
    const lowest = printed(bands[bands.length - 1]!.min);
    rows.push([
      `${bands.length + 1}.`,
      fill(w.below[L], { from: lowest, fromPoints: ruPointsGenitive(lowest) }),
      0,
    ]);
    weightTable(b, ["№", w[type][L], REFERENCE.weight[L]], rows);
  }
}

function annex7(b: FormBuilder, e: Edition): void {
  const L = b.lang;
  title(b, REFERENCE.annex7.title[L]);
  const o = e.openness;
  weightTable(
    b,
    [REFERENCE.numberPp[L], REFERENCE.annex7.criterion[L], REFERENCE.weight[L]],
    [
      ...(["P1", "P2", "P3", "P4"] as const).map((k, i): [string, string, number] => [
        String(i + 1),
        OPENNESS_CRITERIA_TERMS[k][L],
        o.criterionMax,
      ]),
      ["5", OPENNESS_CRITERIA_TERMS.P5[L], -o.subordinate.max],
    ],
  );
}

function annex11(b: FormBuilder, e: Edition): void {
  const L = b.lang;
  const w = REFERENCE.annex11;
  title(b, w.title[L]);
  const c = e.complaints;
  const pts = (n: number) => fill(w.points[L], { n, pointsWord: ruPoints(n) });
  weightTable(
    b,
    ["", REFERENCE.criterionName[L], REFERENCE.weight[L]],
    [
      ["1", ANNEX12.criteria.R1[L], pts(c.R1.max)],
      ["2", w.R2[L], pts(c.R2.max)],
      ["3", ANNEX12.criteria.R3[L], pts(c.R3.max)],
      ["4", ANNEX12.criteria.R4[L], pts(c.R4.max)],
      ["", w.total[L], pts(c.R1.max + c.R2.max + c.R3.max + c.R4.max), true],
    ],
  );
}

function annex13(b: FormBuilder, e: Edition): void {
  const L = b.lang;
  const w = REFERENCE.annex13;
  title(b, w.title[L]);
  b.text(w.lead[L]);
  const bands = e.complaints.R4.bands;
  bands.forEach((band, i) => {
    // Printed upper bounds: 100% for the top band, else the next floor less 0.1 (A37).
    const to = i === 0 ? 100 : bands[i - 1]!.minPercent - 0.1;
    const text = fill(w.band[L], {
      from: printed(band.minPercent),
      to: printed(to),
      n: band.points,
      points: ruPoints(band.points),
    });
    b.text(text, { indent: 1 });
  });
  b.text(fill(w.below[L], { to: printed(bands[bands.length - 1]!.minPercent - 0.1) }), { indent: 1 });
}

export function referenceSheet(
  annex: ReferenceAnnex,
  lang: FormLang,
  name: string,
  edition: Edition,
): FormSheet {
  const b = new FormBuilder(REFERENCE_WIDTHS, lang);
  annexHeader(b, annex);
  if (annex === 2) annex2(b, edition);
  else if (annex === 6) annex6(b, edition);
  else if (annex === 7) annex7(b, edition);
  else if (annex === 10) opennessReferenceTables(b, edition);
  else if (annex === 11) annex11(b, edition);
  else annex13(b, edition);
  return b.build(name, "reference");
}
