/**
 * Edition "2020" of the methodology (joint order No. 44 of 5 March 2020, reg. No. 20188).
 *
 * Every weight, band, coefficient and table the engine uses lives here and nowhere else:
 * the indicator functions, the custom functions, the reference annex sheets and the forms
 * read them from this object. A later edition is added as a sibling file with the same shape.
 */
/** The two kinds of body the methodology scores differently (central state bodies, local akimats). */
export type BodyType = "central" | "local";

/** One row of a banded table: `min` is the closed lower bound (I-1), `points` per body type. */
export interface Band {
  readonly min: number;
  readonly points: Readonly<Record<BodyType, number>>;
}

/** Which special body an openness indicator does not apply to (I-6). */
export type ExemptionKind = "nationalBank" | "defence";

export interface OpennessIndicator {
  /** Leaf number in annex 10 (e.g. "1.3", "11.2"): the key used in the input. */
  readonly key: string;
  /** Points per language version (state language and Russian each). */
  readonly points: number;
  /** Marked "*" in annex 10: gets its maximum for such a body (I-6). */
  readonly exemptFor?: ExemptionKind;
}

export interface SubordinateViolation {
  readonly key: string;
  /** Annex 10 table number (8, 9 or 10); each table is capped separately. */
  readonly table: 8 | 9 | 10;
  readonly penaltyPerLanguage: number;
}

export type OpennessTableId = "openData" | "openBudget" | "openNpa" | "openDialogue";

export const EDITION_2020 = {
  id: "2020",
  /** Comparison tolerance for every threshold except R4 (I-18). */
  thresholdTolerance: 1e-9,

  services: {
    /** Annex 2: indicator maxima (the `k` of each "k − rate" formula). */
    maxima: {
      central: { P1: 15, P2: 10, T1: 26, T2: 8, T3: 8, T4: 8 },
      local: { P1: 20, P2: 20, T1: 30, T2: 10, T3: 10, T4: 10 },
    },
    /** Annex 2 criterion weights (K1/M1, K2/M2, K3). */
    criteria: {
      central: { K1: 25, K2: 50, K3: 25 },
      local: { M1: 40, M2: 60 },
    },
    /** Rate scales: violations per 10 000 services (§34, §43–46). */
    perServices: 10_000,
    /** Annex 6: satisfaction bands, highest first (I-1: closed at the bottom). */
    satisfactionBands: [
      { min: 4.8, points: { central: 15, local: 20 } },
      { min: 4.6, points: { central: 12, local: 16 } },
      { min: 4.4, points: { central: 9, local: 12 } },
      { min: 4.2, points: { central: 6, local: 8 } },
      { min: 4.0, points: { central: 3, local: 4 } },
    ] as readonly Band[],
    ratingScaleMax: 5,
    /** K3 (§49–55), central bodies only. */
    automation: {
      portalWeight: 10, // m of T
      volumeWeight: 10, // w of V
      bonusPerService: 1, // w of B
      bonusMax: 5,
      downtimePerHour: 0.2, // w of P
      downtimeMax: 5,
      criterionMax: 25, // K3 clamp (I-4)
    },
  },

  openness: {
    /** Annex 7 criterion maxima (P1..P4 per direction: both languages together). */
    criterionMax: 25,
    /** Annex 10 tables 1–6: points per language version. */
    tables: {
      openData: {
        central: [
          { key: "1", points: 3.5 },
          { key: "2", points: 1.5 },
          { key: "3", points: 3.5 },
          { key: "4", points: 3 },
          { key: "5", points: 1 },
        ],
        local: null, // same table for both types (see tableFor)
      },
      openBudget: {
        central: [
          { key: "1.1", points: 0.3 },
          { key: "1.2", points: 0.3 },
          { key: "1.3", points: 0.3 },
          { key: "1.4", points: 0.3 },
          { key: "1.5", points: 0.3 },
          { key: "2", points: 0.5, exemptFor: "nationalBank" },
          { key: "3", points: 1, exemptFor: "nationalBank" },
          { key: "4", points: 1 },
          { key: "5", points: 1.5, exemptFor: "nationalBank" },
          { key: "6", points: 0.5 },
          { key: "7", points: 0.5 },
          { key: "8", points: 0.5, exemptFor: "nationalBank" },
          { key: "9", points: 0.5, exemptFor: "nationalBank" },
          { key: "10", points: 3, exemptFor: "nationalBank" },
          { key: "11.1", points: 1, exemptFor: "nationalBank" },
          { key: "11.2", points: 0.5, exemptFor: "nationalBank" },
          { key: "11.3", points: 0.5, exemptFor: "nationalBank" },
        ],
        local: [
          { key: "1", points: 3 },
          { key: "2", points: 2 },
          { key: "3", points: 1.5 },
          { key: "4", points: 0.5 },
          { key: "5", points: 0.5 },
          { key: "6", points: 3 },
          { key: "7.1", points: 1 },
          { key: "7.2", points: 0.5 },
          { key: "7.3", points: 0.5 },
        ],
      },
      openNpa: {
        central: [
          { key: "1", points: 1 },
          { key: "2", points: 3 },
          { key: "3", points: 2 },
          { key: "4", points: 5 },
          { key: "5.1", points: 0.5 },
          { key: "5.2", points: 0.5 },
          { key: "5.3", points: 0.5 },
        ],
        local: [
          { key: "1", points: 4 },
          { key: "2", points: 2 },
          { key: "3", points: 5 },
          { key: "4.1", points: 0.5 },
          { key: "4.2", points: 0.5 },
          { key: "4.3", points: 0.5 },
        ],
      },
      openDialogue: {
        central: [
          { key: "1", points: 0.5 },
          { key: "2", points: 5 },
          { key: "3", points: 3 },
          { key: "4", points: 3 },
          { key: "5", points: 1, exemptFor: "defence" },
        ],
        local: null,
      },
    } as Record<
      OpennessTableId,
      { central: readonly OpennessIndicator[]; local: readonly OpennessIndicator[] | null }
    >,
    /** §62: open data indicator 2 is granted when 5 is fully met and no request came. */
    openDataRule: { demandKey: "5", onRequestKey: "2" },
    /** §68: announcement sub-items, the indicators zeroed without them, the audit indicator. */
    budgetRules: {
      central: { announcementKeys: ["11.1", "11.2", "11.3"], zeroedKeys: ["3", "9"], auditKey: "4" },
      local: { announcementKeys: ["7.1", "7.2", "7.3"], zeroedKeys: ["1", "5"], auditKey: "2" },
    },
    /** §73: announcement sub-items and the indicators zeroed without them. */
    npaRules: {
      central: { announcementKeys: ["5.1", "5.2", "5.3"], zeroedKeys: ["1", "2"] },
      local: { announcementKeys: ["4.1", "4.2", "4.3"], zeroedKeys: ["1"] },
    },
    /** Open dialogue indicator whose fulfilment may be an {answered, received} share (I-7). */
    dialogueShareKey: "2",
    /** Annex 10 tables 7–10: subordinate organisations (penalty P5). */
    subordinate: {
      violations: [
        { key: "8.1", table: 8, penaltyPerLanguage: 1.5 },
        { key: "9.1", table: 9, penaltyPerLanguage: 0.5 },
        { key: "9.2", table: 9, penaltyPerLanguage: 0.5 },
        { key: "9.3", table: 9, penaltyPerLanguage: 0.5 },
        { key: "10.1", table: 10, penaltyPerLanguage: 0.5 },
        { key: "10.2", table: 10, penaltyPerLanguage: 1 },
      ] as readonly SubordinateViolation[],
      tableCap: 3,
      max: 9,
    },
  },

  complaints: {
    /** Annex 11 maxima and the scale of each rate (§90, §92, §95). */
    R1: { max: 40, scale: 1_000 },
    R2: { max: 30, scale: 10_000 },
    R3: { max: 20, scale: 100 },
    /** Annex 13: R4 bands by share of disciplined late reviews, percent (I-1, I-12). */
    R4: {
      max: 10,
      bands: [
        { minPercent: 90, points: 10 },
        { minPercent: 80, points: 8 },
        { minPercent: 70, points: 6 },
        { minPercent: 60, points: 4 },
        { minPercent: 50, points: 1 },
      ],
    },
  },

  /** §17–21: 0.2 per unreliable fact, at most 5 per direction. */
  reliability: { perFact: 0.2, max: 5 },

  /** Every direction is scored out of 100. */
  directionMax: 100,

  /** §100–101: the general score and the efficiency levels (I-11). */
  overall: {
    defaultWeights: [1, 1, 1] as readonly [number, number, number],
    levels: [
      { min: 90, level: "high" },
      { min: 70, level: "medium" },
      { min: 50, level: "low" },
    ] as const,
    lowestLevel: "ineffective" as const,
  },
} as const;

export type Edition = typeof EDITION_2020;

/** The annex 10 table (1–6) of one openness criterion for a body type. */
export function opennessTable(
  edition: Edition,
  table: OpennessTableId,
  type: BodyType,
): readonly OpennessIndicator[] {
  const t = edition.openness.tables[table];
  return (type === "local" ? t.local : null) ?? t.central;
}
