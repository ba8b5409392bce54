/**
 * The typed model every input (JSON, workbook tables) is parsed into, and the shape of results.
 * Field names follow docs/FORMAT.md; the model is normalised (booleans of fulfilment become 1/0,
 * defaults filled in) so that a JSON file and the workbook built from it give equal models.
 */

import type { BodyType } from "../edition/2020";
import type { MethodologyId } from "../edition";
export type { BodyType };
export type Exemption = "nationalBank" | "defence";
export type { Lang } from "../i18n/lang";
export type DirectionId = "services" | "openness" | "complaints";
export const DIRECTIONS: readonly DirectionId[] = ["services", "openness", "complaints"];
export type LanguageVersion = "kk" | "ru";
export const LANGUAGE_VERSIONS: readonly LanguageVersion[] = ["kk", "ru"];
export type EfficiencyLevel = "high" | "medium" | "low" | "ineffective";

/** `"na"`: the direction does not apply to the body (I-16); `undefined`: data not entered yet. */
export type DirectionInput<T> = T | "na" | undefined;

export interface AutomationInput {
  portalServiceTypes: number;
  serviceTypes: number;
  electronicVolume: number;
  totalVolume: number;
  transferredInPeriod: number;
  allElectronic: boolean;
  downtimeHours: number;
}

export interface ServicesInput {
  ratings: number[];
  rendered: number;
  /** Base b of T1–T4 (§39); equals `rendered` when the input omits it. */
  renderedExcludingOneDay: number;
  complaints: number;
  late: number;
  refusals: number;
  incompleteDocs: number;
  extraDocs: number;
  automation?: AutomationInput;
}

/** Open dialogue indicator 2 may be given as the counts behind its share (I-7). */
export interface AnsweredShare {
  answered: number;
  received: number;
}
/** A fulfilment 0..1, `"na"` (nothing to assess: maximum), or an answered/received pair. */
export type Fulfilment = number | "na" | AnsweredShare;
export type FulfilmentMap = Record<string, Fulfilment>;
export type PerLanguage<T> = Record<LanguageVersion, T>;

export interface OpenDataInput extends PerLanguage<FulfilmentMap> {
  /** Requests for additional datasets received (§62); undefined when not entered. */
  requestsReceived?: number;
}
export interface OpenBudgetInput extends PerLanguage<FulfilmentMap> {
  auditInPeriod: boolean;
  classified: boolean;
}
/** Subordinate organisations: per violation, breach yes/no or a count of organisations (I-8). */
export type SubordinateMap = Record<string, boolean | number>;

export interface OpennessInput {
  openData: OpenDataInput;
  openBudget: OpenBudgetInput;
  openNpa: PerLanguage<FulfilmentMap>;
  openDialogue: PerLanguage<FulfilmentMap>;
  subordinate: PerLanguage<SubordinateMap>;
}

export interface ComplaintsInput {
  reviewed: number;
  late: number;
  courtUpheld: number;
  challengedInCourt: boolean;
  repeatUpheld: number;
  disciplined: number;
  disciplineImpossible: number;
}

/** Facts of unreliable reporting data from the reconciliation act (annex 1). */
export interface UnreliableFacts {
  count: number;
  /** The facts' texts when the input lists them (then `texts.length === count`). */
  texts: string[];
  /** Russian texts of the facts, parallel to `texts` (null where a fact has none); absent when none has. */
  ru?: (string | null)[];
}

export interface Body {
  id: string;
  name: string;
  type: BodyType;
  exempt: Exemption[];
  services: DirectionInput<ServicesInput>;
  /**
   * Annex 5 figures given without the services direction (JSON `services: { automation }` alone,
   * or Automation rows without a Services row): the automation authority's own workbook scores K3
   * only (§24, §26). Set only when `services` is undefined.
   */
  automation?: AutomationInput;
  openness: DirectionInput<OpennessInput>;
  complaints: DirectionInput<ComplaintsInput>;
  unreliable: Record<DirectionId, UnreliableFacts>;
  /** Kazakh short name for sheet tabs and headings (docs/FORMAT.md). */
  shortName?: string;
  /** Russian texts printed on the Russian forms; the Kazakh ones are printed where missing. */
  ru?: { name?: string; shortName?: string };
  /** Conclusions received from the authorities that assess these directions (§26, §109–113). */
  received?: Partial<Record<ReceivedDirection, ReceivedConclusion>>;
  /** The body's own signing block, over `settings.conclusion` (precedence per field). */
  conclusion?: BodyConclusion;
  /** Signs annex 1 and annex 14 for the body. */
  representative?: Representative;
}

/** A direction whose conclusion another authority sends to the Agency (§26, §112–113). */
export type ReceivedDirection = "openness" | "complaints" | "automation";
export const RECEIVED_DIRECTIONS: readonly ReceivedDirection[] = ["openness", "complaints", "automation"];

/**
 * A conclusion as received: the scores it states (`total`, `penalty`, `final` of openness and
 * complaints; `K3` of automation), its date and number, the commission's decision date, the day
 * it reached the Agency (ISO dates) and its sender.
 */
export interface ReceivedConclusion {
  total?: number;
  penalty?: number;
  final?: number;
  K3?: number;
  conclusionDate: string;
  conclusionNo?: string;
  decisionDate?: string;
  receivedOn?: string;
  from: string;
}

/** A signatory of the forms: the role (an id of src/forms/form-terms.ts ROLES, or its printed text). */
export interface Signatory {
  role: string;
  position?: string;
  name?: string;
}

/** One authority's signing block: who issues a form, where, when, and who signs it. */
export interface ConclusionBlock {
  /** The issuing authority; names the recorder of the objections log (printed on no form). */
  authority?: string;
  place?: string;
  date?: string;
  /** The date of conclusions re-issued after objections (top level only); by default the latest decision's (src/objections). */
  correctedDate?: string;
  signatories?: Signatory[];
  /** The same fields in Russian, for the Russian forms (a signatory matched by role). */
  ru?: Omit<ConclusionBlock, "ru">;
}

/** The blocks an authority other than the Agency signs: annex 5; annexes 8, 1, 14; annexes 12, 1, 14. */
export type AuthorityDirection = "automation" | "openness" | "complaints";
export const AUTHORITY_DIRECTIONS: readonly AuthorityDirection[] = ["automation", "openness", "complaints"];
/** What a form is signed for: a direction, automation (annex 5), or the whole block (annex 15). */
export type SigningScope = DirectionId | "automation" | "general";

/**
 * `settings.conclusion`: the Agency's block (annexes 3/4, 15; annexes 1 and 14 for services), with
 * the optional blocks of the authorities that assess automation, openness and complaints (§5, §24).
 */
export type ConclusionSettings = ConclusionBlock & Partial<Record<AuthorityDirection, ConclusionBlock>>;

/** A body's own block (§5: bodies the Presidential Administration or the PM's Office assesses). */
export type BodyConclusion = ConclusionBlock & Partial<Record<DirectionId | "automation", ConclusionBlock>>;

/** The assessed body's representative who signs annex 1 and annex 14 (a Bodies column). */
export interface Representative {
  position?: string;
  name?: string;
  ru?: { position?: string; name?: string };
}

export interface Settings {
  methodology: MethodologyId;
  overallWeights: [number, number, number];
  conclusion?: ConclusionSettings;
}

export interface Assessment {
  period?: string;
  settings: Settings;
  bodies: Body[];
}
