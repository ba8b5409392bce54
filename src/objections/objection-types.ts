/**
 * Objections to a conclusion (chapter 7, §102–108; annex 14) as opeval models them. One objection
 * concerns one body and one direction; the commission accepts or rejects it; an accepted objection
 * may carry corrections of input values, addressed by a field path inside the body
 * (`services.late`, `openness.openData.kk.3`, `unreliable.complaints`).
 */
import type { IsoDate } from "../calendar/date";
import type { CellLocation } from "../model/problems";
import type { DirectionId } from "../model/types";

export type Decision = "accepted" | "rejected";

/**
 * A new value for one input field. `value` is a JSON value, validated like the original input. A fact
 * of the act is addressed by its place in the act: `unreliable.complaints[1]` (null removes it; a
 * text or `{text, ru}` replaces it), `unreliable.complaints[1].ru` (its Russian text).
 */
export interface Correction {
  /** Path inside the body, dot-separated; `services.ratings[1]` and `services.ratings.1` are equal. */
  path: string;
  value: unknown;
}

export interface Objection {
  /** The objection's number (№) in the table; rows of the table with the same number are one objection. */
  no: number;
  bodyId: string;
  direction: DirectionId;
  /** The disputed item of the conclusion: a criterion key (K1, M2, P3, R4, total, penalty, final) or free text. */
  item: string;
  /** The objection and its grounds (annex 14, column 3). */
  text: string;
  /** The day the body received the conclusion: the 5 working days run from it (§102). */
  conclusionReceived?: IsoDate;
  /** The day the objection reached the authorised body: compared with the deadline (§104). */
  submitted?: IsoDate;
  /** The special commission's decision; absent while pending. */
  decision?: Decision;
  decisionDate?: IsoDate;
  /** The commission's reasons (annex 14, column 4 with the decision). */
  note?: string;
  corrections: Correction[];
  /** The Russian texts of the objection and of the commission's note, for annex 14 (ru). */
  ru?: { text?: string; note?: string };
  /** Where the objection came from, for messages and the log: the table row's first cell or the JSON path. */
  source: string;
  /** Workbook cells of the objection's fields (when read from opeval_Objections), for messages. */
  cells?: Partial<Record<string, CellLocation>>;
}

/** What the procedure makes of an objection once dates and the decision are known. */
export type Outcome = "accepted" | "rejected" | "late" | "pending";

export interface ObjectionReview {
  objection: Objection;
  /** Last day to send the objection: 5 working days after `conclusionReceived`. */
  deadline?: IsoDate;
  /** True when `submitted` is after `deadline` (§104: not accepted). Undefined when a date is missing. */
  late?: boolean;
  /** Last day of the commission: 15 calendar days after `submitted` (§107). */
  commissionDeadline?: IsoDate;
  /** True when the decision is dated after the commission deadline (a warning only). */
  decisionLate?: boolean;
  outcome: Outcome;
}
