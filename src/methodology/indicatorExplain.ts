/**
 * The explanation of one indicator from its own figures, for `=OPEVAL.EXPLAIN(…)`: the direction
 * scorers are run on an input where only those figures are set, and the explanation they give for
 * the indicator is returned, so a cell shows exactly the text the conclusion forms print.
 */
import type {
  BodyType,
  ComplaintsInput,
  Exemption,
  FulfilmentMap,
  OpennessInput,
  PerLanguage,
  ServicesInput,
  SubordinateMap,
} from "../model/types";
import { scoreComplaints } from "./complaints";
import { type Edition, type OpennessTableId } from "../edition/2020";
import { editionFor } from "../edition";
import type { Explanation } from "./explain";
import { OPENNESS_CRITERIA, scoreOpenness, type TableContext } from "./openness";
import { scoreServices } from "./services";

/** Keys EXPLAIN answers for (the engine's explanation keys). */
export const SERVICES_EXPLAIN_KEYS = ["P1", "P2", "T1", "T2", "T3", "T4", "T", "V", "B", "P", "K3"] as const;
export const COMPLAINTS_EXPLAIN_KEYS = ["R1", "R2", "R3", "R4"] as const;

function pick(explain: readonly Explanation[], keys: readonly string[]): Explanation[] {
  return keys.flatMap((k) => explain.filter((e) => e.key === k));
}

/** An explanation as one cell's text: `formula = value [source; I-n]`. */
export function explanationLine(e: Explanation): string {
  return `${e.text} [${e.source}${e.rule ? `; ${e.rule}` : ""}]`;
}

/**
 * A services indicator (`P1`…`K3`) from the figures given; figures not given are neutral (no
 * violation). `rendered` defaults to the criterion-2 base so that T1–T4 read without the §39 note.
 */
export function explainServicesIndicator(
  key: (typeof SERVICES_EXPLAIN_KEYS)[number],
  type: BodyType,
  figures: Partial<ServicesInput>,
  cohortP1: number | null = null,
  edition: Edition = editionFor(),
): Explanation[] {
  const base = figures.renderedExcludingOneDay ?? figures.rendered ?? 0;
  const input: ServicesInput = {
    ratings: [],
    complaints: 0,
    late: 0,
    refusals: 0,
    incompleteDocs: 0,
    extraDocs: 0,
    ...figures,
    rendered: figures.rendered ?? base,
    renderedExcludingOneDay: base,
  };
  if (type === "central" && !input.automation)
    input.automation = {
      portalServiceTypes: 0,
      serviceTypes: 0,
      electronicVolume: 0,
      totalVolume: 0,
      transferredInPeriod: 0,
      allElectronic: false,
      downtimeHours: 0,
    };
  const cohort = cohortP1 === null ? null : { mean: cohortP1, peers: 1 };
  return pick(scoreServices(input, type, cohort, edition).explain, [`services.${key}`]);
}

/** A complaints indicator (`R1`…`R4`) from the figures given. */
export function explainComplaintsIndicator(
  key: (typeof COMPLAINTS_EXPLAIN_KEYS)[number],
  figures: Partial<ComplaintsInput>,
  edition: Edition = editionFor(),
): Explanation[] {
  const input: ComplaintsInput = {
    reviewed: 0,
    late: 0,
    courtUpheld: 0,
    challengedInCourt: false,
    repeatUpheld: 0,
    disciplined: 0,
    disciplineImpossible: 0,
    ...figures,
  };
  // R4 alone: the late reviews are part of those reviewed.
  if (figures.reviewed === undefined) input.reviewed = input.late;
  return pick(scoreComplaints(input, edition).explain, [`complaints.${key}`]);
}

function emptyOpenness(): OpennessInput {
  return {
    openData: { kk: {}, ru: {} },
    openBudget: { kk: {}, ru: {}, auditInPeriod: true, classified: false },
    openNpa: { kk: {}, ru: {} },
    openDialogue: { kk: {}, ru: {} },
    subordinate: { kk: {}, ru: {} },
  };
}

/** One openness table (both language lines and the criterion) from its kk and ru fulfilments. */
export function explainOpennessTable(
  table: OpennessTableId,
  type: BodyType,
  values: PerLanguage<FulfilmentMap>,
  context: TableContext = {},
  exempt: readonly Exemption[] = [],
  edition: Edition = editionFor(),
): Explanation[] {
  const input = emptyOpenness();
  if (table === "openData") input.openData = { ...values, requestsReceived: context.requestsReceived };
  else if (table === "openBudget")
    input.openBudget = { ...values, auditInPeriod: context.auditInPeriod ?? true, classified: false };
  else input[table] = values;
  const c = OPENNESS_CRITERIA[table];
  return pick(scoreOpenness(input, type, exempt, null, edition).explain, [
    `openness.${c}.kk`,
    `openness.${c}.ru`,
    `openness.${c}`,
  ]);
}

/** P5, the subordinate organisations' penalty, from the kk and ru violations. */
export function explainSubordinate(
  values: PerLanguage<SubordinateMap>,
  type: BodyType,
  edition: Edition = editionFor(),
): Explanation[] {
  const input = emptyOpenness();
  input.subordinate = values;
  return pick(scoreOpenness(input, type, [], null, edition).explain, ["openness.P5"]);
}
