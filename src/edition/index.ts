/**
 * The editions of the methodology opeval implements, and the one place that picks an edition from
 * `settings.methodology`. Model, engine, forms and functions take the edition they are given; only
 * this module names EDITION_2020 (a test checks it).
 */
import { EDITION_2020, type Edition } from "./2020";

export type { Edition } from "./2020";

export const EDITIONS = { "2020": EDITION_2020 } as const satisfies Record<string, Edition>;

/** A `settings.methodology` value opeval implements. */
export type MethodologyId = keyof typeof EDITIONS;

/** The edition of an input that names none. */
export const DEFAULT_METHODOLOGY: MethodologyId = "2020";

export function isMethodologyId(value: unknown): value is MethodologyId {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(EDITIONS, value);
}

/** The edition of a methodology id (the default edition when none is named). */
export function editionFor(methodology: MethodologyId = DEFAULT_METHODOLOGY): Edition {
  return EDITIONS[methodology];
}

/**
 * The edition a raw input (JSON, or the tables read from a workbook) names in
 * `settings.methodology`. An absent or unknown id gives the default edition: the parser reports
 * an unknown one, and meanwhile validates the rest against the default.
 */
export function editionOfInput(input: unknown): Edition {
  const settings =
    typeof input === "object" && input !== null ? (input as { settings?: unknown }).settings : null;
  const id =
    typeof settings === "object" && settings !== null
      ? (settings as { methodology?: unknown }).methodology
      : null;
  return editionFor(isMethodologyId(id) ? id : DEFAULT_METHODOLOGY);
}
