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
  openness: DirectionInput<OpennessInput>;
  complaints: DirectionInput<ComplaintsInput>;
  unreliable: Record<DirectionId, UnreliableFacts>;
  /** Kazakh short name for sheet tabs and headings (docs/FORMAT.md). */
  shortName?: string;
  /** Russian texts printed on the Russian forms; the Kazakh ones are printed where missing. */
  ru?: { name?: string; shortName?: string };
}

/** Optional people and places printed on the forms (issue: signatures come from settings). */
export interface ConclusionSettings {
  authority?: string;
  place?: string;
  date?: string;
  signatories?: { role: string; position?: string; name?: string }[];
  /** The same fields in Russian, for the Russian forms (docs/FORMAT.md `settings.conclusion.ru`). */
  ru?: Omit<ConclusionSettings, "ru">;
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
