/**
 * Applies the corrections of accepted objections to a COPY of the validated model, validates the
 * copy exactly as an input file is validated (src/model/parse.ts), and scores it with the one
 * engine. The original assessment is never touched, so the original results stay reproducible.
 */
import { scoreAssessment, type AssessmentResult } from "../methodology/assess";
import { isObject, parseAssessment } from "../model/parse";
import type { Problem } from "../model/problems";
import { DIRECTIONS, type Assessment, type Body, type DirectionId } from "../model/types";
import type { Objection, ObjectionReview } from "./objection-types";

export interface AppliedChange {
  objection: Objection;
  bodyId: string;
  bodyName: string;
  direction: DirectionId;
  /** Normalised path inside the body, e.g. `services.ratings.1`. */
  field: string;
  /** The value before (as shown to people: a count of facts, `answered/received`, null when not entered). */
  oldValue: unknown;
  newValue: unknown;
}

export interface CorrectionOutput {
  /** The corrected, re-validated assessment; absent when a correction made the input invalid. */
  corrected?: Assessment;
  result?: AssessmentResult;
  changes: AppliedChange[];
  problems: Problem[];
}

type Json = Record<string, unknown>;

/** The model written back in the input format, so the validator can check a corrected copy. */
export function modelToInput(assessment: Assessment): Json {
  const bodies = assessment.bodies.map((b: Body) => {
    const unreliable: Json = {};
    for (const d of DIRECTIONS) {
      const f = b.unreliable[d];
      unreliable[d] =
        f.texts.length === f.count && f.count > 0
          ? f.texts.map((text, i) => (f.ru?.[i] ? { text, ru: f.ru[i] } : { text }))
          : f.count;
    }
    // Every text of the body goes with it: the corrected Russian forms print the Russian ones.
    const out: Json = { id: b.id, name: b.name, type: b.type, exempt: [...b.exempt] };
    if (b.shortName !== undefined) out.shortName = b.shortName;
    if (b.ru !== undefined) out.ru = b.ru;
    for (const d of DIRECTIONS) if (b[d] !== undefined) out[d] = b[d];
    out.unreliable = unreliable;
    return out;
  });
  const input: Json = { settings: assessment.settings, bodies };
  if (assessment.period !== undefined) input.period = assessment.period;
  // A deep, JSON-only copy: the corrections below can never reach the original model.
  return JSON.parse(JSON.stringify(input)) as Json;
}

/** `services.ratings[1]` → `["services", "ratings", "1"]`. */
export function splitPath(path: string): string[] {
  return path
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** The direction a body field belongs to, or undefined for fields no objection may change. */
export function directionOfField(segments: readonly string[]): DirectionId | undefined {
  const [first, second] = segments;
  if ((DIRECTIONS as readonly string[]).includes(first ?? "")) return first as DirectionId;
  if (first === "unreliable" && (DIRECTIONS as readonly string[]).includes(second ?? ""))
    return second as DirectionId;
  return undefined;
}

function displayValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (isObject(v) && typeof v.count === "number" && Array.isArray(v.texts)) return v.count;
  if (isObject(v) && typeof v.answered === "number" && typeof v.received === "number")
    return `${v.answered}/${v.received}`;
  if (Array.isArray(v) && v.every((x) => isObject(x) && typeof x.text === "string")) return v.length;
  if (isObject(v) && typeof v.text === "string") return v.text;
  return v;
}

function isLeaf(v: unknown, segments: readonly string[]): boolean {
  if (segments[0] === "unreliable") return segments.length === 2;
  if (v === undefined || v === null || typeof v !== "object") return true;
  return isObject(v) && "answered" in v && "received" in v && Object.keys(v).length === 2;
}

function read(root: unknown, segments: readonly string[]): { parent?: Json | unknown[]; value: unknown } {
  let node: unknown = root;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    if (Array.isArray(node)) node = /^\d+$/.test(key) ? node[Number(key)] : undefined;
    else if (isObject(node)) node = node[key];
    else return { value: undefined };
  }
  const last = segments[segments.length - 1]!;
  if (Array.isArray(node)) {
    if (!/^\d+$/.test(last) || Number(last) >= node.length) return { value: undefined };
    return { parent: node, value: node[Number(last)] };
  }
  if (isObject(node)) return { parent: node, value: node[last] };
  return { value: undefined };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** One fact of the act as the corrections edit it; `removed` facts are left out of the corrected copy. */
interface FactEdit {
  text: unknown;
  ru?: unknown;
  removed: boolean;
}

/**
 * A fact's path: `unreliable.<direction>.<index>` (the whole fact: null removes it, a text or
 * `{text, ru}` replaces it) or `….<index>.text` / `….<index>.ru` (one of its texts). The index is
 * the fact's place in the original act, from 0, whatever other facts are removed.
 */
function factPath(segments: readonly string[]): { index: number; part?: "text" | "ru" } | undefined {
  if (segments[0] !== "unreliable" || segments.length < 3 || segments.length > 4) return undefined;
  const index = segments[2]!;
  const part = segments[3];
  if (!/^\d+$/.test(index) || (part !== undefined && part !== "text" && part !== "ru")) return undefined;
  return { index: Number(index), ...(part ? { part } : {}) };
}

/** True for the path of one fact of the act (`unreliable.complaints.1`, `….1.ru`), normalised or not. */
export function isFactField(field: string): boolean {
  return factPath(splitPath(field)) !== undefined;
}

/** Applies one fact correction to the edited facts; false when the value has no meaning for a fact. */
function editFact(fact: FactEdit, part: "text" | "ru" | undefined, value: unknown): boolean {
  if (part === "text") fact.text = value;
  else if (part === "ru") fact.ru = value;
  else if (value === null) fact.removed = true;
  else if (typeof value === "string") {
    // A new Kazakh text: the old Russian one no longer translates it.
    fact.text = value;
    delete fact.ru;
  } else if (isObject(value) && Object.keys(value).every((k) => k === "text" || k === "ru")) {
    if ("text" in value) fact.text = value.text;
    if ("ru" in value) fact.ru = value.ru;
    else if ("text" in value) delete fact.ru;
  } else return false;
  return true;
}

/**
 * Corrections of the objections whose outcome is "accepted", in objection order. Corrections of
 * rejected, late and pending objections are reported (warning) and left out.
 */
export function applyCorrections(
  assessment: Assessment,
  reviews: readonly ObjectionReview[],
): CorrectionOutput {
  const problems: Problem[] = [];
  const changes: AppliedChange[] = [];
  const input = modelToInput(assessment);
  const inputBodies = input.bodies as Json[];
  const written = new Map<string, { no: number; value: unknown }>();
  // The facts of the act edited one by one, per body index and direction; written back at the end.
  const facts = new Map<string, { index: number; direction: DirectionId; list: FactEdit[] }>();
  /** Which objection set a direction's facts as a count, and which edited one fact: never both. */
  const factMode = new Map<string, { no: number; mode: "count" | "fact" }>();
  let failed = false;

  for (const review of reviews) {
    const o = review.objection;
    const at = (code: Problem["code"], params: Problem["params"], severity: Problem["severity"] = "error") =>
      problems.push({ severity, code, bodyId: o.bodyId, path: o.source, params });
    if (review.outcome !== "accepted") {
      // Late and pending objections already have their own warning (objectionLate, objectionPending).
      if (o.corrections.length > 0 && review.outcome === "rejected")
        at("correctionNotAccepted", { no: o.no }, "warning");
      continue;
    }
    if (o.corrections.length === 0) {
      at("acceptedWithoutCorrection", { no: o.no }, "warning");
      continue;
    }
    /** True (and reported) when an earlier accepted objection set `field` to another value. */
    const conflicts = (field: string, value: unknown): boolean => {
      const key = `${o.bodyId}\u0000${field}`;
      const earlier = written.get(key);
      if (earlier && !sameValue(earlier.value, value)) {
        problems.push({
          severity: "error",
          code: "conflictingCorrections",
          bodyId: o.bodyId,
          path: o.source,
          params: { first: earlier.no, second: o.no, field },
        });
        failed = true;
        return true;
      }
      written.set(key, { no: o.no, value });
      return false;
    };
    const index = assessment.bodies.findIndex((b) => b.id === o.bodyId);
    const model = assessment.bodies[index];
    if (!model) {
      at("unknownBody", { id: o.bodyId });
      failed = true;
      continue;
    }
    for (const c of o.corrections) {
      const segments = splitPath(c.path);
      const field = segments.join(".");
      const direction = directionOfField(segments);
      if (direction === undefined) {
        at("unknownCorrectionPath", { no: o.no, field: c.path });
        failed = true;
        continue;
      }
      if (direction !== o.direction) {
        at("correctionOutsideDirection", { no: o.no, direction: o.direction, field });
        failed = true;
        continue;
      }
      const record = (field: string, oldValue: unknown, newValue: unknown) =>
        changes.push({
          objection: o,
          bodyId: model.id,
          bodyName: model.name,
          direction,
          field,
          oldValue,
          newValue,
        });
      const fact = factPath(segments);
      const modeKey = `${o.bodyId}\u0000${direction}`;
      const mode = fact ? "fact" : segments[0] === "unreliable" ? "count" : undefined;
      if (mode) {
        const other = factMode.get(modeKey);
        if (other && other.mode !== mode) {
          problems.push({
            severity: "error",
            code: "conflictingCorrections",
            bodyId: o.bodyId,
            path: o.source,
            params: { first: other.no, second: o.no, field: `unreliable.${direction}` },
          });
          failed = true;
          continue;
        }
        factMode.set(modeKey, { no: o.no, mode });
      }
      if (fact) {
        const original = model.unreliable[direction];
        if (original.texts.length !== original.count || fact.index >= original.count) {
          at("unknownCorrectionPath", { no: o.no, field: c.path });
          failed = true;
          continue;
        }
        const edited = facts.get(modeKey) ?? {
          index,
          direction,
          list: original.texts.map((text, i) => ({
            text,
            ...(original.ru?.[i] ? { ru: original.ru[i] } : {}),
            removed: false,
          })),
        };
        facts.set(modeKey, edited);
        if (conflicts(field, c.value)) continue;
        const item = edited.list[fact.index]!;
        const oldValue = fact.part === "ru" ? (item.ru ?? null) : item.text;
        if (!editFact(item, fact.part, c.value)) {
          at("correctionInvalid", { no: o.no, field });
          failed = true;
          continue;
        }
        record(field, oldValue, c.value === null ? null : displayValue(c.value));
        continue;
      }
      const target = read(inputBodies[index], segments);
      const before = read(model, segments);
      if (mode === "count" && model.unreliable[direction].texts.length > 0)
        at("correctionDropsFacts", { no: o.no, field }, "warning");
      if (!target.parent || !isLeaf(before.value, segments)) {
        at("unknownCorrectionPath", { no: o.no, field: c.path });
        failed = true;
        continue;
      }
      if (conflicts(field, c.value)) continue;
      const last = segments[segments.length - 1]!;
      if (Array.isArray(target.parent)) target.parent[Number(last)] = c.value;
      else target.parent[last] = c.value;
      record(field, displayValue(before.value), displayValue(c.value));
    }
  }
  if (failed) return { changes, problems };
  for (const { index, direction, list } of facts.values()) {
    const kept = list
      .filter((f) => !f.removed)
      .map((f) => (f.ru === undefined ? { text: f.text } : { text: f.text, ru: f.ru }));
    ((inputBodies[index] as Json).unreliable as Json)[direction] = kept.length > 0 ? kept : 0;
  }
  const parsed = parseAssessment(input);
  const errors = parsed.problems.filter((p) => p.severity === "error");
  if (!parsed.assessment || errors.length > 0) {
    // Name the objection behind each invalid value: the validator only knows the JSON path.
    const blamed: Problem[] = [];
    for (const change of changes) {
      const index = assessment.bodies.findIndex((b) => b.id === change.bodyId);
      const prefix = `bodies[${index}].`;
      const hit = errors.some((e) => {
        const field = e.path.startsWith(prefix) ? splitPath(e.path.slice(prefix.length)).join(".") : "";
        return field === change.field || field.startsWith(`${change.field}.`);
      });
      if (hit)
        blamed.push({
          severity: "error",
          code: "correctionInvalid",
          bodyId: change.bodyId,
          path: change.objection.source,
          params: { no: change.objection.no, field: change.field },
          ...(change.objection.cells?.value ? { cell: change.objection.cells.value } : {}),
        });
    }
    // A workbook's objection: the invalid value is shown at its cell in the Objections sheet.
    const located = errors.map((e) => {
      const change = changes.find((c) => {
        const prefix = `bodies[${assessment.bodies.findIndex((b) => b.id === c.bodyId)}].`;
        return e.path.startsWith(prefix) && splitPath(e.path.slice(prefix.length)).join(".") === c.field;
      });
      const cell = change?.objection.cells?.value ?? change?.objection.cells?.field;
      return cell && !e.cell ? { ...e, cell } : e;
    });
    return { changes, problems: [...problems, ...located, ...blamed] };
  }
  return { corrected: parsed.assessment, result: scoreAssessment(parsed.assessment), changes, problems };
}
