/**
 * Direction 1 "Quality of public services" (§22–56, annexes 2–6).
 * Indicator functions P1, P2, T1–T4, T, V, B, P, K3 are exported one by one (the custom functions
 * wrap them); `scoreServices` puts them together with explanations for one body.
 */
import { servicesTotal, type ServicesCriteria } from "./directionTotals";
import type { AutomationInput, BodyType, ServicesInput } from "../model/types";
import { TABLE_TERMS } from "../model/model-terms";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import { requireCount, requireInRange, requireNonNegative, requireNotAbove } from "./errors";
import { explanation, phrase, phrased, type Explanation } from "./explain";
import { clampAtZero, formatFigure as fig, formatScore as sc, reaches } from "./numeric";

/**
 * The shape shared by P2, T1–T4 (and R1–R3): `k − numerator / denominator × scale`, clamped at 0.
 * A zero denominator means no violation was possible: the maximum (I-10).
 */
export function rateScore(max: number, numerator: number, denominator: number, scale: number): number {
  if (denominator === 0) return max;
  return clampAtZero(max - (numerator / denominator) * scale);
}

function checkedRate(
  max: number,
  numeratorName: string,
  numerator: number,
  denominatorName: string,
  denominator: number,
  scale: number,
): number {
  requireCount(numeratorName, numerator);
  requireCount(denominatorName, denominator);
  requireNotAbove(numeratorName, numerator, denominatorName, denominator);
  return rateScore(max, numerator, denominator, scale);
}

/** U: points of one service type's satisfaction rating (annex 6; bands closed at the bottom, I-1). */
export function satisfactionPoints(rating: number, type: BodyType, edition: Edition = editionFor()): number {
  requireInRange("rating", rating, 0, edition.services.ratingScaleMax);
  for (const band of edition.services.satisfactionBands) {
    if (reaches(rating, band.min)) return band.points[type];
  }
  return 0;
}

/** P1 (§32): mean of U over the rated service types (I-17); null when no type was monitored (I-2). */
export function satisfactionScore(
  ratings: readonly number[],
  type: BodyType,
  edition: Edition = editionFor(),
): number | null {
  if (ratings.length === 0) return null;
  let sum = 0;
  for (const r of ratings) sum += satisfactionPoints(r, type, edition);
  return sum / ratings.length;
}

/** P2 (§34): `k − i / b1 × 10 000`, k = 10 central, 20 local (I-3). */
export function serviceComplaintsScore(
  complaints: number,
  rendered: number,
  type: BodyType,
  edition: Edition = editionFor(),
): number {
  return checkedRate(
    edition.services.maxima[type].P2,
    "complaints",
    complaints,
    "rendered",
    rendered,
    edition.services.perServices,
  );
}

/** T1 (§43): `k − a / b × 10 000`, b = the criterion-2 base (§39). */
export function timelinessScore(
  late: number,
  base: number,
  type: BodyType,
  edition: Edition = editionFor(),
): number {
  return checkedRate(
    edition.services.maxima[type].T1,
    "late",
    late,
    "renderedExcludingOneDay",
    base,
    edition.services.perServices,
  );
}

/** T2 (§44): unjustified refusals. */
export function refusalsScore(
  refusals: number,
  base: number,
  type: BodyType,
  edition: Edition = editionFor(),
): number {
  return checkedRate(
    edition.services.maxima[type].T2,
    "refusals",
    refusals,
    "renderedExcludingOneDay",
    base,
    edition.services.perServices,
  );
}

/** T3 (§45): services rendered with an incomplete set of documents. */
export function incompleteDocsScore(
  incomplete: number,
  base: number,
  type: BodyType,
  edition: Edition = editionFor(),
): number {
  return checkedRate(
    edition.services.maxima[type].T3,
    "incompleteDocs",
    incomplete,
    "renderedExcludingOneDay",
    base,
    edition.services.perServices,
  );
}

/** T4 (§46): documents demanded that the service standard does not list. */
export function extraDocsScore(
  extra: number,
  base: number,
  type: BodyType,
  edition: Edition = editionFor(),
): number {
  return checkedRate(
    edition.services.maxima[type].T4,
    "extraDocs",
    extra,
    "renderedExcludingOneDay",
    base,
    edition.services.perServices,
  );
}

/** T (§50): `c / n × 10`, service types on the e-gov portal over all portal-capable types; n = 0 → 10 (I-10). */
export function portalScore(
  portalTypes: number,
  serviceTypes: number,
  edition: Edition = editionFor(),
): number {
  requireCount("portalServiceTypes", portalTypes);
  requireCount("serviceTypes", serviceTypes);
  requireNotAbove("portalServiceTypes", portalTypes, "serviceTypes", serviceTypes);
  const m = edition.services.automation.portalWeight;
  return serviceTypes === 0 ? m : (portalTypes / serviceTypes) * m;
}

/** V (§51–52): `d / z × 10`, electronic volume over total volume; z = 0 → 10 (I-10). */
export function eVolumeScore(electronic: number, total: number, edition: Edition = editionFor()): number {
  requireNonNegative("electronicVolume", electronic);
  requireNonNegative("totalVolume", total);
  requireNotAbove("electronicVolume", electronic, "totalVolume", total);
  const w = edition.services.automation.volumeWeight;
  return total === 0 ? w : (electronic / total) * w;
}

/** B (§53): `c × 1`, at most 5; 5 when all of the body's services are already electronic. */
export function automationBonus(
  transferred: number,
  allElectronic: boolean,
  edition: Edition = editionFor(),
): number {
  requireCount("transferredInPeriod", transferred);
  const a = edition.services.automation;
  return allElectronic ? a.bonusMax : Math.min(a.bonusMax, transferred * a.bonusPerService);
}

/** P (§54–55): `t × 0.2`, at most 5, hours the body's electronic services were down. */
export function downtimePenalty(hours: number, edition: Edition = editionFor()): number {
  requireNonNegative("downtimeHours", hours);
  const a = edition.services.automation;
  return Math.min(a.downtimeMax, hours * a.downtimePerHour);
}

/** K3 (§49): `T + V + B − P`, clamped to 0..25 (I-4). */
export function automationCriterion(
  t: number,
  v: number,
  b: number,
  p: number,
  edition: Edition = editionFor(),
): number {
  const max = edition.services.automation.criterionMax;
  return Math.min(max, clampAtZero(t + v + b - p));
}

export interface AutomationScores {
  /** T, V, B, P and K3 (§49–55). */
  values: { T: number; V: number; B: number; P: number; K3: number };
  explain: Explanation[];
}

/**
 * The automation criterion K3 of a central body from its annex 5 figures (§49–55): part of the
 * services direction, or alone where the automation authority scores only K3 (§24, §26).
 */
export function scoreAutomation(a: AutomationInput, edition: Edition = editionFor()): AutomationScores {
  const aw = edition.services.automation;
  const T = portalScore(a.portalServiceTypes, a.serviceTypes, edition);
  const V = eVolumeScore(a.electronicVolume, a.totalVolume, edition);
  const B = automationBonus(a.transferredInPeriod, a.allElectronic, edition);
  const P = downtimePenalty(a.downtimeHours, edition);
  const K3 = automationCriterion(T, V, B, P, edition);
  const explain: Explanation[] = [];
  explain.push(
    explanation(
      "services.T",
      a.serviceTypes === 0
        ? phrased`${aw.portalWeight} ${phrase("noServiceType")}`
        : `${a.portalServiceTypes} / ${a.serviceTypes} × ${aw.portalWeight} = ${sc(T)}`,
      "§50",
      a.serviceTypes === 0 ? ["I-10"] : [],
    ),
    explanation(
      "services.V",
      a.totalVolume === 0
        ? phrased`${aw.volumeWeight} ${phrase("noVolume")}`
        : `${fig(a.electronicVolume)} / ${fig(a.totalVolume)} × ${aw.volumeWeight} = ${sc(V)}`,
      "§51–52",
      a.totalVolume === 0 ? ["I-10"] : [],
    ),
    explanation(
      "services.B",
      a.allElectronic
        ? phrased`${phrase("allElectronic")}: ${aw.bonusMax}`
        : `min(${aw.bonusMax}, ${a.transferredInPeriod} × ${aw.bonusPerService}) = ${sc(B)}`,
      "§53",
    ),
    explanation(
      "services.P",
      phrased`min(${aw.downtimeMax}, ${phrase("hours", { n: fig(a.downtimeHours) })} × ${aw.downtimePerHour}) = ${sc(P)}`,
      "§54–55",
    ),
    explanation(
      "services.K3",
      phrased`K3 = T + V + B − P = ${sc(T)} + ${sc(V)} + ${sc(B)} − ${sc(P)} = ${sc(K3)} ${phrase("clampedTo", { max: aw.criterionMax })}`,
      "§49",
      ["I-4"],
    ),
  );
  return { values: { T, V, B, P, K3 }, explain };
}

export interface ServicesScores {
  /** Criterion and indicator values in output order (P1, P2, T1–T4, K1/M1, K2/M2, T, V, B, P, K3). */
  values: Record<string, number>;
  total: number;
  explain: Explanation[];
  /** True when P1 came from the cohort mean (I-2). */
  p1FromCohort: boolean;
}

/**
 * Scores the services direction of one body. `cohortP1` is the mean P1 of monitored bodies of the
 * same type, used when the body has no rating (I-2); validation guarantees it exists then.
 */
export function scoreServices(
  input: ServicesInput,
  type: BodyType,
  cohortP1: { mean: number; peers: number } | null,
  edition: Edition = editionFor(),
  receivedK3?: { K3: number; explain: Explanation },
): ServicesScores {
  const max = edition.services.maxima[type];
  const per = edition.services.perServices;
  const explain: Explanation[] = [];
  const p1Own = satisfactionScore(input.ratings, type, edition);
  let P1: number;
  if (p1Own !== null) {
    P1 = p1Own;
    const points = input.ratings.map((r) => satisfactionPoints(r, type, edition));
    const terms = input.ratings.map((r, i) => `U(${fig(r)})=${points[i]}`).join(" + ");
    explain.push(
      explanation("services.P1", `(${terms}) / ${input.ratings.length} = ${sc(P1)}`, "§32, annex 6", [
        "I-1",
        "I-17",
      ]),
    );
  } else {
    P1 = cohortP1?.mean ?? 0;
    explain.push(
      explanation(
        "services.P1",
        phrased`${phrase("p1FromCohort", { n: cohortP1?.peers ?? 0, type: TABLE_TERMS[type] })} = ${sc(P1)}`,
        "§32",
        ["I-2"],
      ),
    );
  }

  const b1 = input.rendered;
  const b = input.renderedExcludingOneDay;
  const P2 = serviceComplaintsScore(input.complaints, b1, type, edition);
  const rateText = (k: number, a: number, d: number, v: number) =>
    d === 0
      ? phrased`${k} ${phrase("nothingRendered")}`
      : phrased`${k} − ${a} / ${d} × ${per} = ${sc(v)}${v === 0 && k - (a / d) * per < 0 ? phrased` ${phrase("clampedAtZero")}` : ""}`;
  explain.push(
    explanation(
      "services.P2",
      rateText(max.P2, input.complaints, b1, P2),
      "§34",
      type === "local" ? ["I-3", ...(b1 === 0 ? ["I-10"] : [])] : b1 === 0 ? ["I-10"] : [],
    ),
  );

  // §39: T1–T4 are counted over services rendered excluding one-working-day service types.
  const baseNote = b !== b1 ? phrased` ${phrase("baseExcludingOneDay", { b, all: b1 })}` : "";
  const t: Array<[string, number, number, string]> = [
    ["T1", input.late, timelinessScore(input.late, b, type, edition), "§43"],
    ["T2", input.refusals, refusalsScore(input.refusals, b, type, edition), "§44"],
    ["T3", input.incompleteDocs, incompleteDocsScore(input.incompleteDocs, b, type, edition), "§45"],
    ["T4", input.extraDocs, extraDocsScore(input.extraDocs, b, type, edition), "§46"],
  ];
  const values: Record<string, number> = { P1, P2 };
  for (const [key, a, v, source] of t) {
    values[key] = v;
    const k = max[key as "T1"];
    explain.push(
      explanation(
        `services.${key}`,
        phrased`${rateText(k, a, b, v)}${baseNote}`,
        `${source}, §39`,
        b === 0 ? ["I-10"] : [],
      ),
    );
  }
  const c1 = P1 + P2;
  const c2 = values.T1! + values.T2! + values.T3! + values.T4!;
  const [k1, k2] = type === "central" ? ["K1", "K2"] : ["M1", "M2"];
  values[k1] = c1;
  values[k2] = c2;
  explain.push(
    explanation(`services.${k1}`, `${k1} = P1 + P2 = ${sc(P1)} + ${sc(P2)} = ${sc(c1)}`, "§31, annex 2"),
  );
  explain.push(
    explanation(
      `services.${k2}`,
      `${k2} = T1 + T2 + T3 + T4 = ${sc(values.T1!)} + ${sc(values.T2!)} + ${sc(values.T3!)} + ${sc(values.T4!)} = ${sc(c2)}`,
      "§39, annex 2",
    ),
  );
  if (type === "central" && input.automation) {
    const k3 = scoreAutomation(input.automation, edition);
    Object.assign(values, k3.values);
    explain.push(...k3.explain);
  }
  // K3 received from the automation authority (annex 5, §26) stands over any computed K3.
  if (type === "central" && receivedK3) {
    // The breakdown is the sender's: the forms print the received K3 alone.
    for (const k of ["T", "V", "B", "P"]) delete values[k];
    values.K3 = receivedK3.K3;
    explain.push(receivedK3.explain);
  }
  const criteria: ServicesCriteria = {
    P1,
    P2,
    T1: values.T1!,
    T2: values.T2!,
    T3: values.T3!,
    T4: values.T4!,
  };
  if (values.K3 !== undefined) criteria.K3 = values.K3;
  const total = servicesTotal(type, criteria);
  const parts = type === "central" ? "K1 + K2 + K3" : "M1 + M2";
  explain.push(explanation("services.total", `${parts} = ${sc(total)}`, "§56, annex 3/4"));
  return { values, total, explain, p1FromCohort: p1Own === null };
}
