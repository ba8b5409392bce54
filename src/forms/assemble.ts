/**
 * Every requested annex for every requested body, in the official order, with readable unique sheet
 * names: body short name + annex number (+ direction for annexes 1 and 14, A8) + language, e.g.
 * "Әділет-3-kk", "Әділет-1-шағым-ru". The drafted text comes in as `drafts` so this stays pure.
 */
import type { AssessmentResult, BodyResult } from "../methodology/assess";
import { type Edition } from "../edition/2020";
import { editionFor } from "../edition";
import type { Body, DirectionId, SigningScope } from "../model/types";
import { visibleId } from "../model/parse";
import { reconciliationAct } from "./act";
import {
  automationConclusion,
  blockConclusion,
  complaintsConclusion,
  opennessConclusion,
  servicesConclusion,
} from "./conclusions";
import { scored, settingsIn, type Drafts, type FormContext, type Reissue } from "./context";
import type { FormSheet } from "./layout";
import { objectionsTable, type ObjectionOptions } from "./disagreements";
import { REFERENCE_ANNEXES, REFERENCE_DIRECTION, referenceSheet, type ReferenceAnnex } from "./reference";
import { opennessReport } from "./report";
import { FORM_IDS, type FormId } from "./ids";
import { MAX_SHEET_NAME, SheetNames } from "../sheet/names";
import { DIRECTION_SHORT, REFERENCE_SHEET, fill, type FormLang } from "./form-terms";

/** Every annex of the methodology that opeval can generate, in the official order. */
export { FORM_IDS, type FormId } from "./ids";

export interface ConclusionOptions {
  /** Body ids; all bodies when omitted. */
  bodies?: readonly string[];
  langs: readonly FormLang[];
  /** Annex numbers; all when omitted or "all". */
  forms?: readonly FormId[] | "all";
  /** Sheet names already in the workbook: new names never collide with them. */
  existingSheetNames?: readonly string[];
  /** Objections and commission decisions for annex 14, by body id and direction. */
  objections?: Readonly<Record<string, Partial<Record<DirectionId, ObjectionOptions>>>>;
  edition?: Edition;
  /** Conclusions re-issued after objections (src/objections): why, and their date, per body and annex. */
  reissue?: (bodyId: string, annex: FormId, lang: FormLang) => Reissue | undefined;
}

const DIRECTIONS: readonly DirectionId[] = ["services", "openness", "complaints"];
/** Words every body name shares ("ministry", "akimat", "of the Republic of Kazakhstan"…). */
const GENERIC_WORDS = new Set(
  [
    "қазақстан",
    "республикасының",
    "республикасы",
    "министрлігі",
    "әкімдігі",
    "облысының",
    "облысы",
    "қаласының",
    "ауданының",
    "агенттігі",
    "комитеті",
    "министерство",
    "республики",
    "казахстан",
    "акимат",
    "области",
    "города",
    "района",
    "агентство",
    "комитет",
  ].map((w) => w.toLowerCase()),
);
const SHORT_NAME_MAX = 14;

/** A readable short name of a body for sheet names, e.g. "Әділет министрлігі" → "Әділет". */
export function bodyShortName(body: Pick<BodyResult, "id" | "name">): string {
  const words = body.name
    .replace(/[^\p{L}\p{N}\s.-]/gu, "")
    .split(/\s+/)
    .filter((w) => w !== "" && !GENERIC_WORDS.has(w.toLowerCase()));
  const two = words.slice(0, 2).join(" ");
  const short = two.length <= SHORT_NAME_MAX ? two : (words[0] ?? "").slice(0, SHORT_NAME_MAX);
  return short.trim() || body.id.slice(0, SHORT_NAME_MAX);
}

/**
 * Short names of all bodies in a language for sheet names: the given short name (`shortName`,
 * `ru.shortName`), else one derived from the name in that language (the Kazakh one where no Russian
 * name was given), falling back to the id where two bodies would share one.
 */
function shortNames(
  bodies: readonly BodyResult[],
  inputs: ReadonlyMap<string, Body>,
  lang: FormLang,
): Map<string, string> {
  const names = new Map(
    bodies.map((b) => {
      const input = inputs.get(b.id);
      const given = lang === "ru" ? (input?.ru?.shortName ?? input?.shortName) : input?.shortName;
      const name = lang === "ru" && input?.ru?.name ? input.ru.name : b.name;
      // Sheet and file names carry no invisible character (a U+202E override would show
      // "‮slx.exe" reversed) and are composed (NFC), so names that look alike are alike.
      const short = given
        ? visibleId(given).slice(0, SHORT_NAME_MAX).trim()
        : bodyShortName({ id: b.id, name: visibleId(name) });
      return [b.id, short];
    }),
  );
  const counts = new Map<string, number>();
  for (const n of names.values()) counts.set(n.toLowerCase(), (counts.get(n.toLowerCase()) ?? 0) + 1);
  for (const [id, n] of names)
    if ((counts.get(n.toLowerCase()) ?? 0) > 1) names.set(id, visibleId(id).slice(0, SHORT_NAME_MAX));
  return names;
}

/** The short name of every body of `result` in `lang`, as its sheet names and split files use it. */
export function bodyShortNames(result: AssessmentResult, lang: FormLang): Map<string, string> {
  return shortNames(result.bodies, new Map(result.assessment.bodies.map((b) => [b.id, b])), lang);
}

export interface BuiltForm extends FormSheet {
  annex: FormId;
  bodyId: string | null;
  direction: DirectionId | null;
  lang: FormLang;
}

/** The context of a re-issued conclusion: its reasons under the heading, its own date. */
function reissued(ctx: FormContext, reissue: Reissue): FormContext {
  const out: FormContext = { ...ctx, reissue: reissue.paragraphs };
  if (reissue.date !== undefined) out.settings = { ...ctx.settings, date: reissue.date };
  return out;
}

/** The forms with their metadata (required cells, annex, body) — for tests and the task pane. */
export function assembleForms(
  result: AssessmentResult,
  options: ConclusionOptions,
  drafts: Drafts,
): BuiltForm[] {
  const wanted = new Set<number>(
    options.forms === undefined || options.forms === "all" ? FORM_IDS : options.forms,
  );
  const bodies = options.bodies ? result.bodies.filter((b) => options.bodies!.includes(b.id)) : result.bodies;
  const inputs = new Map(result.assessment.bodies.map((b) => [b.id, b]));
  const short = { kk: shortNames(result.bodies, inputs, "kk"), ru: shortNames(result.bodies, inputs, "ru") };
  const taken = new SheetNames(options.existingSheetNames ?? []);
  const out: BuiltForm[] = [];
  const unique = (wantedName: string): string => taken.reserve(wantedName);
  const push = (form: FormSheet | null, meta: Omit<BuiltForm, keyof FormSheet>) => {
    if (form) out.push({ ...form, ...meta });
  };

  for (const body of bodies) {
    for (const lang of options.langs) {
      const input = inputs.get(body.id);
      const ctx: FormContext = {
        body,
        lang,
        drafts,
        edition: options.edition ?? editionFor(result.assessment.settings.methodology),
        weights: result.assessment.settings.overallWeights,
      };
      if (input) ctx.input = input;
      if (lang === "ru" && input?.ru?.name) ctx.name = input.ru.name;
      if (result.period !== undefined) ctx.period = result.period;
      // Each form is signed by its own authority (issue 24): the block of its scope.
      const signed = (scope: SigningScope): FormContext => {
        const settings = settingsIn(result.assessment.settings.conclusion, lang, scope, input);
        const scoped = { ...ctx };
        if (settings) scoped.settings = settings;
        else delete scoped.settings;
        return scoped;
      };
      const base = short[lang].get(body.id)!;
      const nameOf = (annex: number, direction?: DirectionId) =>
        direction
          ? `${base}-${annex}-${DIRECTION_SHORT[direction][lang]}-${lang}`
          : `${base}-${annex}-${lang}`;
      const meta = (annex: FormId, direction: DirectionId | null = null) => ({
        annex,
        bodyId: body.id,
        direction,
        lang,
      });
      // Names are reserved only for sheets actually built, so a skipped form leaves no gap.
      const build = (
        annex: FormId,
        scope: SigningScope,
        make: (name: string, ctx: FormContext) => FormSheet | null,
        direction?: DirectionId,
      ) => {
        if (!wanted.has(annex)) return;
        // A received direction's annexes (1, 8, 9, 12, 14) are its authority's, already issued (§112–113).
        const own = direction ?? scope;
        if (own !== "general" && own !== "automation" && scored(body, own)?.received) return;
        const candidate = nameOf(annex, direction);
        const reissue = options.reissue?.(body.id, annex, lang);
        const formCtx = signed(scope);
        const form = make(taken.free(candidate), reissue ? reissued(formCtx, reissue) : formCtx);
        if (form) form.spec.name = unique(candidate);
        push(form, meta(annex, direction ?? null));
      };
      for (const d of DIRECTIONS) build(1, d, (n, c) => reconciliationAct(c, d, n), d);
      build(body.type === "central" ? 3 : 4, "services", (n, c) => servicesConclusion(c, n));
      build(5, "automation", (n, c) => automationConclusion(c, n));
      build(8, "openness", (n, c) => opennessConclusion(c, n));
      build(9, "openness", (n, c) => opennessReport(c, n));
      build(12, "complaints", (n, c) => complaintsConclusion(c, n));
      for (const d of DIRECTIONS)
        build(14, d, (n, c) => objectionsTable(c, d, n, options.objections?.[body.id]?.[d] ?? {}), d);
      build(15, "general", (n, c) => blockConclusion(c, n));
    }
  }
  // A reference table weighs one direction: printed where some body's forms of that direction are
  // (scored here, not received), never in another authority's workbook (issue 24).
  const issued = (direction: DirectionId) =>
    bodies.some((b) => {
      const d = scored(b, direction);
      return d !== null && !d.received;
    });
  for (const lang of options.langs) {
    for (const annex of REFERENCE_ANNEXES) {
      if (!wanted.has(annex) || !issued(REFERENCE_DIRECTION[annex])) continue;
      const name = unique(fill(REFERENCE_SHEET[lang], { annex }).slice(0, MAX_SHEET_NAME));
      out.push({
        ...referenceSheet(
          annex as ReferenceAnnex,
          lang,
          name,
          options.edition ?? editionFor(result.assessment.settings.methodology),
        ),
        annex,
        bodyId: null,
        direction: null,
        lang,
      });
    }
  }
  return out;
}
