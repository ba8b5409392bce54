/**
 * Parse `unknown` (a JSON document, or the object the workbook reader assembles) into the typed
 * model, collecting every problem instead of stopping at the first. Never throws on bad input and
 * never turns a string into a number: `"12"` where a count belongs is an error, not 12.
 */
import { opennessTable, type OpennessTableId } from "../edition/2020";
import { editionOfInput, isMethodologyId, type Edition } from "../edition";
import { isWeight, WEIGHT_LIMITS } from "./weights";
import { describeValue, word, type Problem, type ProblemCode, type ProblemParams } from "./problems";
import {
  AUTHORITY_DIRECTIONS,
  DIRECTIONS,
  LANGUAGE_VERSIONS,
  type AnsweredShare,
  type Assessment,
  type AutomationInput,
  type Body,
  type BodyType,
  type ComplaintsInput,
  type ConclusionBlock,
  type ConclusionSettings,
  type DirectionId,
  type DirectionInput,
  type Exemption,
  type ReceivedConclusion,
  type ReceivedDirection,
  RECEIVED_DIRECTIONS,
  type Fulfilment,
  type FulfilmentMap,
  type OpennessInput,
  type PerLanguage,
  type Representative,
  type ServicesInput,
  type Settings,
  type UnreliableFacts,
} from "./types";

/**
 * Bounds on an input (docs/FORMAT.md, "Limits"): beyond them opeval refuses with a message
 * instead of running out of memory or printing a figure no real body has.
 */
export const INPUT_LIMITS = {
  /** Bytes of one input file (JSON or workbook). */
  fileBytes: 64 * 1024 * 1024,
  /** Bodies in one assessment. */
  bodies: 20_000,
  /** Filled rows of one workbook table. */
  tableRows: 250_000,
  /** Characters of one text (a worksheet cell holds no more: Excel's limit). */
  textCharacters: 32_767,
  /** The largest count or amount a field may hold (well below 2^53, where JSON numbers lose digits). */
  figure: 1e12,
  /** A weight of the general score is 0 or lies in [weightMin, weightMax] (./weights.ts). */
  weightMin: WEIGHT_LIMITS.min,
  weightMax: WEIGHT_LIMITS.max,
} as const;

/** C0 control characters other than tab, line feed and carriage return, and the non-characters U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Characters that do not show: zero-width spaces and joiners, bidi marks and overrides, BOM, soft hyphen. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

/** An id as a reader sees it: invisible characters dropped, composed (NFC). */
export function visibleId(id: string): string {
  return id.replace(INVISIBLE, "").normalize("NFC");
}

/** How a control character is named in a message: U+0000 style. */
function codePoint(ch: string): string {
  return "U+" + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Every text of the input checked once: no character a worksheet cannot hold (so a round trip
 * through a workbook never silently drops it) and no text longer than a cell.
 */
function checkTexts(
  problems: Problem[],
  value: unknown,
  path: string,
  bodyId: string | null,
  depth = 0,
): void {
  if (typeof value === "string") {
    const bad = CONTROL_CHARACTER.exec(value);
    if (bad) new Collector(problems, bodyId).error("controlCharacter", path, { char: codePoint(bad[0]) });
    if (value.length > INPUT_LIMITS.textCharacters)
      new Collector(problems, bodyId).error("textTooLong", path, {
        length: value.length,
        max: INPUT_LIMITS.textCharacters,
      });
    return;
  }
  if (depth > 20 || typeof value !== "object" || value === null) return;
  if (Array.isArray(value))
    value.forEach((v, i) => checkTexts(problems, v, `${path}[${i}]`, bodyId, depth + 1));
  else
    for (const [k, v] of Object.entries(value)) {
      if (CONTROL_CHARACTER.test(k))
        new Collector(problems, bodyId).error("controlCharacter", `${path}.${k}`, {
          char: codePoint(CONTROL_CHARACTER.exec(k)![0]),
        });
      checkTexts(problems, v, `${path}.${k}`, bodyId, depth + 1);
    }
}

export interface ParseResult {
  /** Present when there is no error (warnings may still exist). */
  assessment?: Assessment;
  problems: Problem[];
}

type Json = Record<string, unknown>;

/** A JSON object (not an array, not null): the shape every reader of the contract checks first. */
export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Accumulates problems for one body (or for the assessment when bodyId is null). */
class Collector {
  constructor(
    readonly problems: Problem[],
    readonly bodyId: string | null,
  ) {}

  error(code: ProblemCode, path: string, params: ProblemParams = {}): undefined {
    this.problems.push({ severity: "error", code, bodyId: this.bodyId, path, params });
    return undefined;
  }

  warn(code: ProblemCode, path: string, params: ProblemParams = {}): void {
    this.problems.push({ severity: "warning", code, bodyId: this.bodyId, path, params });
  }

  /** Reports keys of `obj` that are not in `allowed`. */
  onlyKeys(obj: Json, allowed: readonly string[], path: string): void {
    for (const key of Object.keys(obj)) {
      if (!allowed.includes(key)) this.error("unknownKey", `${path}.${key}`, { key });
    }
  }

  object(value: unknown, path: string): Json | undefined {
    if (value === undefined) return this.error("missingField", path);
    if (!isObject(value)) return this.error("expectedObject", path, { got: describeValue(value) });
    return value;
  }

  // The field paths below are built only on a problem (the common case has none).
  count(obj: Json, key: string, path: string): number | undefined {
    const value = obj[key];
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= INPUT_LIMITS.figure)
      return value;
    const at = `${path}.${key}`;
    if (typeof value === "number" && value > INPUT_LIMITS.figure) return this.tooLarge(value, at);
    if (value === undefined) return this.error("missingField", at);
    return this.error("expectedCount", at, { got: describeValue(value) });
  }

  nonNegative(obj: Json, key: string, path: string): number | undefined {
    const value = obj[key];
    if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= INPUT_LIMITS.figure)
      return value;
    const at = `${path}.${key}`;
    if (typeof value === "number" && value > INPUT_LIMITS.figure) return this.tooLarge(value, at);
    if (value === undefined) return this.error("missingField", at);
    return this.error("expectedNonNegative", at, { got: describeValue(value) });
  }

  tooLarge(value: number, at: string): undefined {
    // Beyond 2^53 the digits shown are already not the ones written: say so plainly.
    const got = Number.isSafeInteger(value) ? String(value) : `${value.toExponential(3)} (beyond 2^53)`;
    return this.error("numberTooLarge", at, { got, max: "1 000 000 000 000" });
  }

  boolean(obj: Json, key: string, path: string, fallback?: boolean): boolean | undefined {
    const value = obj[key];
    if (typeof value === "boolean") return value;
    const at = `${path}.${key}`;
    if (value === undefined) return fallback ?? this.error("missingField", at);
    return this.error("expectedBoolean", at, { got: describeValue(value) });
  }

  /** Reports `numerator > denominator` (a part that cannot be true). */
  notAbove(
    numerator: number | undefined,
    numeratorPath: string,
    denominator: number | undefined,
    denominatorPath: string,
  ): void {
    if (numerator === undefined || denominator === undefined || numerator <= denominator) return;
    this.error("numeratorAboveDenominator", numeratorPath, {
      numerator: numeratorPath.replace(/^bodies\[\d+\]\./, ""),
      numeratorValue: numerator,
      denominator: denominatorPath.replace(/^bodies\[\d+\]\./, ""),
      denominatorValue: denominator,
    });
  }
}

/** A collector that also knows the edition the input is validated against (scales, keys, defaults). */
class EditionCollector extends Collector {
  constructor(
    problems: Problem[],
    bodyId: string | null,
    readonly edition: Edition,
  ) {
    super(problems, bodyId);
  }
}

const AUTOMATION_KEYS = [
  "portalServiceTypes",
  "serviceTypes",
  "electronicVolume",
  "totalVolume",
  "transferredInPeriod",
  "allElectronic",
  "downtimeHours",
] as const;

const SERVICES_KEYS = [
  "ratings",
  "rendered",
  "renderedExcludingOneDay",
  "complaints",
  "late",
  "refusals",
  "incompleteDocs",
  "extraDocs",
  "automation",
] as const;

const COMPLAINTS_KEYS = [
  "reviewed",
  "late",
  "courtUpheld",
  "challengedInCourt",
  "repeatUpheld",
  "disciplined",
  "disciplineImpossible",
] as const;

const BODY_KEYS = ["id", "name", "type", "exempt", ...DIRECTIONS, "unreliable", "shortName", "ru"];
/** Keys of a body's signing (docs/FORMAT.md, issue 24): its own block and its representative. */
const BODY_SIGNING_KEYS = ["conclusion", "representative"];
/** Conclusions received from other authorities (issue 24): `bodies[].received.<direction>`. */
const BODY_RECEIVED_KEYS = ["received"];
const RECEIVED_META_KEYS = ["conclusionDate", "conclusionNo", "decisionDate", "receivedOn", "from"];

/** A non-empty text, or an error naming the path; undefined when absent. */
function optionalText(c: Collector, value: unknown, path: string): string | undefined | null {
  if (value === undefined) return undefined;
  if (typeof value === "string" && value.trim() !== "") return value;
  c.error("expectedText", path, { got: describeValue(value) });
  return null;
}

/**
 * A body's texts for the Russian forms (docs/FORMAT.md): `shortName` and `ru: {name, shortName}`.
 * A missing Russian text is not invalid (see russianTextProblems). Null on a bad value.
 */
function parseBodyTexts(c: Collector, value: Json, path: string): Pick<Body, "shortName" | "ru"> | null {
  const out: Pick<Body, "shortName" | "ru"> = {};
  let ok = true;
  const shortName = optionalText(c, value.shortName, `${path}.shortName`);
  if (shortName === null) ok = false;
  else if (shortName !== undefined) out.shortName = shortName.trim();
  let ru: Json = {};
  if (value.ru !== undefined) {
    const obj = c.object(value.ru, `${path}.ru`);
    if (!obj) return null;
    c.onlyKeys(obj, ["name", "shortName"], `${path}.ru`);
    ru = obj;
  }
  const name = optionalText(c, ru.name, `${path}.ru.name`);
  const ruShort = optionalText(c, ru.shortName, `${path}.ru.shortName`);
  if (name === null || ruShort === null) ok = false;
  if (name || ruShort) out.ru = {};
  if (name) out.ru!.name = name.trim();
  if (ruShort) out.ru!.shortName = ruShort.trim();
  return ok ? out : null;
}
const EXEMPTIONS: readonly Exemption[] = ["nationalBank", "defence"];

function parseAutomation(c: Collector, value: unknown, path: string): AutomationInput | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.onlyKeys(obj, AUTOMATION_KEYS, path);
  const parsed = {
    portalServiceTypes: c.count(obj, "portalServiceTypes", path),
    serviceTypes: c.count(obj, "serviceTypes", path),
    electronicVolume: c.nonNegative(obj, "electronicVolume", path),
    totalVolume: c.nonNegative(obj, "totalVolume", path),
    transferredInPeriod: c.count(obj, "transferredInPeriod", path),
    allElectronic: c.boolean(obj, "allElectronic", path, false),
    downtimeHours: c.nonNegative(obj, "downtimeHours", path),
  };
  c.notAbove(
    parsed.portalServiceTypes,
    `${path}.portalServiceTypes`,
    parsed.serviceTypes,
    `${path}.serviceTypes`,
  );
  c.notAbove(parsed.electronicVolume, `${path}.electronicVolume`, parsed.totalVolume, `${path}.totalVolume`);
  return allDefined(parsed) ? parsed : undefined;
}

function allDefined<T extends object>(obj: { [K in keyof T]: T[K] | undefined }): obj is T {
  return Object.values(obj).every((v) => v !== undefined);
}

function parseServices(
  c: EditionCollector,
  value: unknown,
  path: string,
  type: BodyType | undefined,
  k3Received = false,
) {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.onlyKeys(obj, SERVICES_KEYS, path);
  let ratings: number[] | undefined;
  if (obj.ratings === undefined) c.error("missingField", `${path}.ratings`);
  else if (!Array.isArray(obj.ratings)) c.error("expectedArray", `${path}.ratings`);
  else {
    const max = c.edition.services.ratingScaleMax;
    ratings = [];
    obj.ratings.forEach((r: unknown, i) => {
      const at = `${path}.ratings[${i}]`;
      if (typeof r !== "number" || !Number.isFinite(r))
        c.error("expectedNumber", at, { got: describeValue(r) });
      else if (r < 0 || r > max) c.error("outOfRange", at, { got: r, min: 0, max });
      else ratings?.push(r);
    });
    if (ratings.length !== obj.ratings.length) ratings = undefined;
  }
  const rendered = c.count(obj, "rendered", path);
  const base =
    obj.renderedExcludingOneDay === undefined ? rendered : c.count(obj, "renderedExcludingOneDay", path);
  const parsed = {
    ratings,
    rendered,
    renderedExcludingOneDay: base,
    complaints: c.count(obj, "complaints", path),
    late: c.count(obj, "late", path),
    refusals: c.count(obj, "refusals", path),
    incompleteDocs: c.count(obj, "incompleteDocs", path),
    extraDocs: c.count(obj, "extraDocs", path),
  };
  const basePath =
    obj.renderedExcludingOneDay === undefined ? `${path}.rendered` : `${path}.renderedExcludingOneDay`;
  c.notAbove(parsed.complaints, `${path}.complaints`, rendered, `${path}.rendered`);
  if (obj.renderedExcludingOneDay !== undefined)
    c.notAbove(base, `${path}.renderedExcludingOneDay`, rendered, `${path}.rendered`);
  for (const key of ["late", "refusals", "incompleteDocs", "extraDocs"] as const)
    c.notAbove(parsed[key], `${path}.${key}`, base, basePath);

  let automation: AutomationInput | undefined;
  // K3 received from the automation authority (annex 5, §26) stands in for the figures.
  if (type === "central" && k3Received && obj.automation === undefined) {
    // nothing to parse: scoring takes the received K3
  } else if (type === "central") {
    if (obj.automation === undefined) c.error("automationRequired", `${path}.automation`);
    else automation = parseAutomation(c, obj.automation, `${path}.automation`);
    if (!automation) return undefined;
  } else if (type === "local" && obj.automation !== undefined) {
    c.error("automationNotAllowed", `${path}.automation`);
  }
  if (!allDefined(parsed)) return undefined;
  const services: ServicesInput = { ...parsed };
  if (automation) services.automation = automation;
  return services;
}

function parseFulfilment(
  c: Collector,
  value: unknown,
  langPath: string,
  key: string,
  allowShare: boolean,
): Fulfilment | undefined {
  if (value === "na") return "na";
  if (typeof value === "boolean") return value ? 1 : 0;
  if (typeof value === "number" && value >= 0 && value <= 1) return value;
  const path = cellPath(langPath, key);
  if (typeof value === "number")
    return c.error("outOfRange", path, { got: describeValue(value), min: 0, max: 1 });
  if (allowShare && isObject(value)) {
    c.onlyKeys(value, ["answered", "received"], path);
    const answered = c.count(value, "answered", path);
    const received = c.count(value, "received", path);
    c.notAbove(answered, `${path}.answered`, received, `${path}.received`);
    if (answered === undefined || received === undefined || answered > received) return undefined;
    const share: AnsweredShare = { answered, received };
    return share;
  }
  return c.error("expectedFulfilment", path, { got: describeValue(value) });
}

/**
 * The path of one cell of a per-language table, built only when a problem needs it: a cohort of
 * thousands of bodies has ~100 such cells per body and almost all of them are fine.
 */
function cellPath(langPath: string, key: string): string {
  return `${langPath}.${key}`;
}

/** Reads a per-language table; missing keys are warned about by the openness scorer (it knows the table). */
function parsePerLanguage<T>(
  c: Collector,
  obj: Json,
  path: string,
  allowedKeys: readonly string[],
  parseValue: (value: unknown, langPath: string, key: string) => T | undefined,
  warnMissing: string | null,
): PerLanguage<Record<string, T>> | undefined {
  const result: Partial<PerLanguage<Record<string, T>>> = {};
  let ok = true;
  for (const lang of LANGUAGE_VERSIONS) {
    const langPath = `${path}.${lang}`;
    const map = c.object(obj[lang], langPath);
    if (!map) {
      ok = false;
      continue;
    }
    c.onlyKeys(map, allowedKeys, langPath);
    const parsed: Record<string, T> = {};
    for (const key of allowedKeys) {
      const value = map[key];
      if (value === undefined) {
        // docs/FORMAT.md: a missing key counts as 0, with a warning naming table, language and key.
        if (warnMissing)
          c.warn("missingOpennessKey", cellPath(langPath, key), { table: warnMissing, lang, key });
        continue;
      }
      const v = parseValue(value, langPath, key);
      if (v === undefined) ok = false;
      else parsed[key] = v;
    }
    result[lang] = parsed;
  }
  return ok && result.kk && result.ru ? { kk: result.kk, ru: result.ru } : undefined;
}

const OPENNESS_TABLES: readonly OpennessTableId[] = ["openData", "openBudget", "openNpa", "openDialogue"];
const OPENNESS_KEYS: readonly string[] = [...OPENNESS_TABLES, "subordinate"];
const TABLE_KEYS: Readonly<Record<OpennessTableId, readonly string[]>> = {
  openData: ["kk", "ru", "requestsReceived"],
  openBudget: ["kk", "ru", "auditInPeriod", "classified"],
  openNpa: ["kk", "ru"],
  openDialogue: ["kk", "ru"],
};

interface EditionKeys {
  indicators: Readonly<Record<BodyType, Record<OpennessTableId, readonly string[]>>>;
  violations: readonly string[];
}

/** The indicator keys of each annex 10 table per body type, listed once per edition rather than per body. */
const EDITION_KEYS = new WeakMap<Edition, EditionKeys>();

function editionKeys(edition: Edition): EditionKeys {
  const known = EDITION_KEYS.get(edition);
  if (known) return known;
  const perType = (type: BodyType): Record<OpennessTableId, readonly string[]> => {
    const keys = (table: OpennessTableId) => opennessTable(edition, table, type).map((i) => i.key);
    return {
      openData: keys("openData"),
      openBudget: keys("openBudget"),
      openNpa: keys("openNpa"),
      openDialogue: keys("openDialogue"),
    };
  };
  const keys: EditionKeys = {
    indicators: { central: perType("central"), local: perType("local") },
    violations: edition.openness.subordinate.violations.map((v) => v.key),
  };
  EDITION_KEYS.set(edition, keys);
  return keys;
}

function parseOpenness(c: EditionCollector, value: unknown, path: string, type: BodyType | undefined) {
  const obj = c.object(value, path);
  if (!obj || !type) return undefined;
  c.onlyKeys(obj, OPENNESS_KEYS, path);
  const parsed: Partial<Record<OpennessTableId, PerLanguage<FulfilmentMap> & Json>> = {};
  let ok = true;
  for (const table of OPENNESS_TABLES) {
    const tablePath = `${path}.${table}`;
    const tableObj = c.object(obj[table], tablePath);
    if (!tableObj) {
      ok = false;
      continue;
    }
    c.onlyKeys(tableObj, TABLE_KEYS[table], tablePath);
    const keys = editionKeys(c.edition).indicators[type][table];
    const allowShareFor = table === "openDialogue" ? c.edition.openness.dialogueShareKey : null;
    // A classified budget is replaced by the cohort mean (I-13): its cells are expected to be empty.
    const classified = table === "openBudget" && tableObj.classified === true;
    const langs = parsePerLanguage(
      c,
      tableObj,
      tablePath,
      keys,
      (v, langPath, key) => parseFulfilment(c, v, langPath, key, key === allowShareFor),
      classified ? null : table,
    );
    if (classified && langs && Object.keys(langs.kk).length + Object.keys(langs.ru).length > 0)
      c.warn("classifiedDataIgnored", tablePath);
    if (!langs) {
      ok = false;
      continue;
    }
    const entry: PerLanguage<FulfilmentMap> & Json = { ...langs };
    if (table === "openData" && tableObj.requestsReceived === undefined)
      c.warn("requestsNotEntered", `${tablePath}.requestsReceived`);
    if (table === "openData" && tableObj.requestsReceived !== undefined) {
      const requests = c.count(tableObj, "requestsReceived", tablePath);
      if (requests === undefined) ok = false;
      else entry.requestsReceived = requests;
    }
    if (table === "openBudget") {
      const audit = c.boolean(tableObj, "auditInPeriod", tablePath, true);
      const classified = c.boolean(tableObj, "classified", tablePath, false);
      if (audit === undefined || classified === undefined) ok = false;
      entry.auditInPeriod = audit;
      entry.classified = classified;
    }
    parsed[table] = entry;
  }
  const subPath = `${path}.subordinate`;
  const subObj = c.object(obj.subordinate, subPath);
  const subordinate = subObj
    ? parsePerLanguage<boolean | number>(
        c,
        subObj,
        subPath,
        editionKeys(c.edition).violations,
        (v, langPath, key) => {
          if (typeof v === "boolean") return v;
          if (typeof v === "number" && Number.isInteger(v) && v >= 0) return v;
          return c.error("expectedBreach", cellPath(langPath, key), { got: describeValue(v) });
        },
        "subordinate",
      )
    : undefined;
  if (subObj) c.onlyKeys(subObj, LANGUAGE_VERSIONS, subPath);
  if (!ok || !subordinate) return undefined;
  return { ...parsed, subordinate } as unknown as OpennessInput;
}

function parseComplaints(c: Collector, value: unknown, path: string): ComplaintsInput | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  c.onlyKeys(obj, COMPLAINTS_KEYS, path);
  const parsed = {
    reviewed: c.count(obj, "reviewed", path),
    late: c.count(obj, "late", path),
    courtUpheld: c.count(obj, "courtUpheld", path),
    challengedInCourt: c.boolean(obj, "challengedInCourt", path, true),
    repeatUpheld: c.count(obj, "repeatUpheld", path),
    disciplined: c.count(obj, "disciplined", path),
    disciplineImpossible: c.count(obj, "disciplineImpossible", path),
  };
  const reviewedPath = `${path}.reviewed`;
  c.notAbove(parsed.late, `${path}.late`, parsed.reviewed, reviewedPath);
  c.notAbove(parsed.courtUpheld, `${path}.courtUpheld`, parsed.reviewed, reviewedPath);
  c.notAbove(parsed.repeatUpheld, `${path}.repeatUpheld`, parsed.reviewed, reviewedPath);
  if (parsed.disciplined !== undefined && parsed.disciplineImpossible !== undefined) {
    const handled = parsed.disciplined + parsed.disciplineImpossible;
    if (parsed.late !== undefined && handled > parsed.late)
      c.error("numeratorAboveDenominator", `${path}.disciplined`, {
        numerator: "complaints.disciplined + complaints.disciplineImpossible",
        numeratorValue: handled,
        denominator: "complaints.late",
        denominatorValue: parsed.late,
      });
  }
  if (parsed.challengedInCourt === false && parsed.courtUpheld !== undefined && parsed.courtUpheld > 0)
    c.warn("upheldButNotChallenged", `${path}.courtUpheld`, { got: parsed.courtUpheld });
  return allDefined(parsed) ? parsed : undefined;
}

function parseFacts(c: Collector, value: unknown, path: string): UnreliableFacts | undefined {
  if (value === undefined) return { count: 0, texts: [] };
  if (typeof value === "number") {
    if (Number.isInteger(value) && value >= 0) return { count: value, texts: [] };
    return c.error("expectedFacts", path, { got: describeValue(value) });
  }
  if (Array.isArray(value)) {
    const texts: string[] = [];
    const ru: (string | null)[] = [];
    let bad = false;
    value.forEach((fact: unknown, i) => {
      const at = `${path}[${i}]`;
      if (!isObject(fact)) return c.error("expectedFacts", at, { got: describeValue(fact) });
      c.onlyKeys(fact, ["text", "ru"], at);
      if (typeof fact.text !== "string" || fact.text.trim() === "")
        return c.error("expectedText", `${at}.text`, { got: describeValue(fact.text) });
      const russian = optionalText(c, fact.ru, `${at}.ru`);
      if (russian === null) bad = true;
      texts.push(fact.text);
      ru.push(russian ?? null);
    });
    if (bad || texts.length !== value.length) return undefined;
    const facts: UnreliableFacts = { count: texts.length, texts };
    if (ru.some((r) => r !== null)) facts.ru = ru;
    return facts;
  }
  return c.error("expectedFacts", path, { got: describeValue(value) });
}

function parseDirection<T>(value: unknown, parse: () => T | undefined): DirectionInput<T> | null {
  if (value === undefined) return undefined;
  if (value === "na") return "na";
  const parsed = parse();
  return parsed === undefined ? null : parsed;
}

function parseBody(problems: Problem[], value: unknown, index: number, edition: Edition): Body | undefined {
  const path = `bodies[${index}]`;
  if (!isObject(value)) {
    new Collector(problems, null).error("expectedObject", path, { got: describeValue(value) });
    return undefined;
  }
  const rawId = typeof value.id === "string" && value.id.trim() ? value.id : undefined;
  const rawName = typeof value.name === "string" && value.name.trim() ? value.name : undefined;
  const c = new EditionCollector(problems, rawId ?? rawName ?? path, edition);
  c.onlyKeys(value, [...BODY_KEYS, ...BODY_SIGNING_KEYS, ...BODY_RECEIVED_KEYS], path);
  if (value.id !== undefined && rawId === undefined)
    c.error("expectedText", `${path}.id`, { got: describeValue(value.id) });
  if (rawName === undefined)
    c.error(value.name === undefined ? "missingField" : "expectedText", `${path}.name`, {
      got: describeValue(value.name),
    });
  let type: BodyType | undefined;
  if (value.type === "central" || value.type === "local") type = value.type;
  else if (value.type === undefined) c.error("missingField", `${path}.type`);
  else c.error("unknownType", `${path}.type`, { got: describeValue(value.type) });

  const exempt: Exemption[] = [];
  if (value.exempt !== undefined) {
    if (!Array.isArray(value.exempt)) c.error("expectedArray", `${path}.exempt`);
    else
      value.exempt.forEach((e: unknown, i) => {
        if (EXEMPTIONS.includes(e as Exemption)) exempt.push(e as Exemption);
        else c.error("unknownExemption", `${path}.exempt[${i}]`, { got: describeValue(e) });
      });
  }

  // Annex 5 figures alone (the automation authority's own workbook, §24, §26): K3 without services.
  const automationOnly =
    isObject(value.services) &&
    Object.keys(value.services).length === 1 &&
    value.services.automation !== undefined;
  let automation: AutomationInput | undefined;
  if (automationOnly && type === "local") c.error("automationNotAllowed", `${path}.services.automation`);
  else if (automationOnly)
    automation = parseAutomation(c, (value.services as Json).automation, `${path}.services.automation`);
  const services = automationOnly
    ? undefined
    : parseDirection(value.services, () =>
        parseServices(
          c,
          value.services,
          `${path}.services`,
          type,
          isObject(value.received) && value.received.automation !== undefined,
        ),
      );
  const openness = parseDirection(value.openness, () =>
    parseOpenness(c, value.openness, `${path}.openness`, type),
  );
  const complaints = parseDirection(value.complaints, () =>
    parseComplaints(c, value.complaints, `${path}.complaints`),
  );

  const unreliable: Partial<Record<DirectionId, UnreliableFacts>> = {};
  const unreliableObj =
    value.unreliable === undefined ? {} : c.object(value.unreliable, `${path}.unreliable`);
  if (unreliableObj) {
    c.onlyKeys(unreliableObj, DIRECTIONS, `${path}.unreliable`);
    for (const d of DIRECTIONS) {
      const facts = parseFacts(c, unreliableObj[d], `${path}.unreliable.${d}`);
      if (facts) unreliable[d] = facts;
    }
  }
  const texts = parseBodyTexts(c, value, path);
  const signing: Pick<Body, "conclusion" | "representative"> = {};
  let signingOk = true;
  if (value.conclusion !== undefined) {
    const block = parseConclusionBlock(c, value.conclusion, `${path}.conclusion`, BODY_SUB_BLOCKS);
    if (block) signing.conclusion = block;
    else signingOk = false;
  }
  if (value.representative !== undefined) {
    const representative = parseRepresentative(c, value.representative, `${path}.representative`);
    if (representative) signing.representative = representative;
    else signingOk = false;
  }
  const received =
    value.received === undefined
      ? undefined
      : parseReceived(c, value.received, `${path}.received`, { type, services, openness, complaints });
  if (
    !signingOk ||
    received === null ||
    texts === null ||
    rawName === undefined ||
    type === undefined ||
    services === null ||
    (automationOnly && !automation) ||
    openness === null ||
    complaints === null ||
    !unreliable.services ||
    !unreliable.openness ||
    !unreliable.complaints
  )
    return undefined;
  return {
    id: rawId ?? rawName,
    name: rawName,
    type,
    exempt,
    services,
    ...(automation ? { automation } : {}),
    openness,
    complaints,
    unreliable: {
      services: unreliable.services,
      openness: unreliable.openness,
      complaints: unreliable.complaints,
    },
    ...texts,
    ...signing,
    ...(received ? { received } : {}),
  };
}

/** `YYYY-MM-DD` naming a real day (the model layer does not import src/calendar). */
function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const [y, m, d] = text.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * `bodies[].received`: the conclusions other authorities sent for this body (§26, §109–113). A
 * direction that does not apply to the body (marked "na", or automation of a local body) cannot
 * be received; the scores must lie within their maxima. Null when anything is wrong.
 */
function parseReceived(
  c: EditionCollector,
  value: unknown,
  path: string,
  body: { type: BodyType | undefined; services: unknown; openness: unknown; complaints: unknown },
): Partial<Record<ReceivedDirection, ReceivedConclusion>> | null {
  const obj = c.object(value, path);
  if (!obj) return null;
  c.onlyKeys(obj, RECEIVED_DIRECTIONS, path);
  const e = c.edition;
  const result: Partial<Record<ReceivedDirection, ReceivedConclusion>> = {};
  let ok = true;
  for (const direction of RECEIVED_DIRECTIONS) {
    if (obj[direction] === undefined) continue;
    const at = `${path}.${direction}`;
    const item = c.object(obj[direction], at);
    if (!item) {
      ok = false;
      continue;
    }
    const applies =
      direction === "automation"
        ? body.type !== "local" && body.services !== "na"
        : body[direction as "openness" | "complaints"] !== "na";
    if (!applies) {
      ok = !!c.error("receivedNotApplicable", at, { direction });
      continue;
    }
    const scores: [string, number][] =
      direction === "automation"
        ? [["K3", e.services.automation.criterionMax]]
        : [
            ["total", e.directionMax],
            ["penalty", e.reliability.max],
            ["final", e.directionMax],
          ];
    c.onlyKeys(item, [...scores.map(([k]) => k), ...RECEIVED_META_KEYS], at);
    const conclusion: Record<string, unknown> = {};
    for (const [key, max] of scores) {
      const v = item[key];
      if (v === undefined) ok = !!c.error("missingField", `${at}.${key}`);
      else if (typeof v !== "number" || !Number.isFinite(v))
        ok = !!c.error("expectedNumber", `${at}.${key}`, { got: describeValue(v) });
      else if (v < 0 || v > max) ok = !!c.error("outOfRange", `${at}.${key}`, { got: v, min: 0, max });
      else conclusion[key] = v;
    }
    for (const key of RECEIVED_META_KEYS) {
      const v = item[key];
      const required = key === "conclusionDate" || key === "from";
      if (v === undefined) {
        if (required) ok = !!c.error("missingField", `${at}.${key}`);
      } else if (typeof v !== "string" || !v.trim())
        ok = !!c.error("expectedText", `${at}.${key}`, { got: describeValue(v) });
      else if (key !== "from" && key !== "conclusionNo" && !isIsoDate(v))
        ok = !!c.error("expectedIsoDate", `${at}.${key}`, { got: describeValue(v) });
      else conclusion[key] = v;
    }
    result[direction] = conclusion as unknown as ReceivedConclusion;
  }
  return ok ? result : null;
}

function parseSettings(c: EditionCollector, value: unknown): Settings | undefined {
  const defaults: Settings = {
    methodology: c.edition.id,
    overallWeights: [...c.edition.overall.defaultWeights] as [number, number, number],
  };
  if (value === undefined) return defaults;
  const obj = c.object(value, "settings");
  if (!obj) return undefined;
  c.onlyKeys(obj, ["methodology", "overallWeights", "conclusion"], "settings");
  let ok = true;
  if (obj.methodology !== undefined && !isMethodologyId(obj.methodology)) {
    c.error("unknownMethodology", "settings.methodology", { got: describeValue(obj.methodology) });
    ok = false;
  }
  const settings: Settings = { ...defaults };
  const w = obj.overallWeights;
  if (w !== undefined) {
    const valid =
      Array.isArray(w) && w.length === 3 && w.every(isWeight) && (w as number[]).some((x) => x > 0);
    if (!valid) {
      c.error("badWeights", "settings.overallWeights", {
        got: JSON.stringify(w) ?? word("nothing"),
        min: String(INPUT_LIMITS.weightMin),
        max: String(INPUT_LIMITS.weightMax),
      });
      ok = false;
    } else settings.overallWeights = [w[0], w[1], w[2]] as [number, number, number];
  }
  if (obj.conclusion !== undefined) {
    const conclusion = parseConclusionSettings(c, obj.conclusion);
    if (conclusion) settings.conclusion = conclusion;
    else ok = false;
  }
  return ok ? settings : undefined;
}

/** The blocks `settings.conclusion` may hold besides the Agency's own fields. */
const SETTINGS_SUB_BLOCKS: readonly string[] = AUTHORITY_DIRECTIONS;
/** The blocks a body's own `conclusion` may hold: one per direction and automation. */
const BODY_SUB_BLOCKS: readonly string[] = [...DIRECTIONS, "automation"];

function parseConclusionSettings(c: Collector, value: unknown): ConclusionSettings | undefined {
  return parseConclusionBlock(c, value, "settings.conclusion", SETTINGS_SUB_BLOCKS);
}

/**
 * One signing block (authority, place, date, signatories, `ru`), with the named sub-blocks of the
 * same shape one level down; `ru` is accepted in every block but not inside `ru`.
 */
function parseConclusionBlock(
  c: Collector,
  value: unknown,
  path: string,
  subBlocks: readonly string[] = [],
  russian = false,
): (ConclusionBlock & Record<string, unknown>) | undefined {
  const obj = c.object(value, path);
  if (!obj) return undefined;
  // Only the Agency's block dates the conclusions re-issued after objections (src/objections).
  const topLevel = path === "settings.conclusion";
  c.onlyKeys(
    obj,
    [
      "authority",
      "place",
      "date",
      "signatories",
      ...(russian ? [] : ["ru"]),
      ...(topLevel ? ["correctedDate"] : []),
      ...subBlocks,
    ],
    path,
  );
  const result: ConclusionBlock & Record<string, unknown> = {};
  let ok = true;
  for (const key of [
    "authority",
    "place",
    "date",
    ...(topLevel ? (["correctedDate"] as const) : []),
  ] as const) {
    const v = obj[key];
    if (v === undefined) continue;
    if (typeof v !== "string") ok = !!c.error("expectedText", `${path}.${key}`, { got: describeValue(v) });
    else result[key] = v;
  }
  if (obj.signatories !== undefined) {
    if (!Array.isArray(obj.signatories)) return c.error("expectedArray", `${path}.signatories`);
    result.signatories = [];
    obj.signatories.forEach((s: unknown, i) => {
      const at = `${path}.signatories[${i}]`;
      const so = c.object(s, at);
      if (!so) return (ok = false);
      c.onlyKeys(so, ["role", "position", "name"], at);
      const fields: Record<string, string> = {};
      for (const key of ["role", "position", "name"]) {
        const v = so[key];
        if (v === undefined) continue;
        if (typeof v !== "string") ok = !!c.error("expectedText", `${at}.${key}`, { got: describeValue(v) });
        else fields[key] = v;
      }
      if (fields.role === undefined) ok = !!c.error("missingField", `${at}.role`);
      else result.signatories?.push({ role: fields.role, position: fields.position, name: fields.name });
    });
  }
  if (!russian && obj.ru !== undefined) {
    const ru = parseConclusionBlock(c, obj.ru, `${path}.ru`, [], true);
    if (ru) result.ru = ru;
    else ok = false;
  }
  for (const key of subBlocks) {
    if (obj[key] === undefined) continue;
    const block = parseConclusionBlock(c, obj[key], `${path}.${key}`);
    if (block) result[key] = block;
    else ok = false;
  }
  return ok ? result : undefined;
}

/** A body's representative (annexes 1 and 14): `{position?, name?, ru?: {position?, name?}}`. */
function parseRepresentative(c: Collector, value: unknown, path: string): Representative | null {
  const obj = c.object(value, path);
  if (!obj) return null;
  c.onlyKeys(obj, ["position", "name", "ru"], path);
  const out: Representative = {};
  let ok = true;
  for (const key of ["position", "name"] as const) {
    const v = optionalText(c, obj[key], `${path}.${key}`);
    if (v === null) ok = false;
    else if (v !== undefined) out[key] = v;
  }
  if (obj.ru !== undefined) {
    const ru = c.object(obj.ru, `${path}.ru`);
    if (!ru) return null;
    c.onlyKeys(ru, ["position", "name"], `${path}.ru`);
    const r: { position?: string; name?: string } = {};
    for (const key of ["position", "name"] as const) {
      const v = optionalText(c, ru[key], `${path}.ru.${key}`);
      if (v === null) ok = false;
      else if (v !== undefined) r[key] = v;
    }
    if (Object.keys(r).length) out.ru = r;
  }
  return ok ? out : null;
}

/**
 * Texts printed on the Russian forms that have a Kazakh text and no Russian one: one warning per
 * body and field (name; short name when one is given; the facts of each direction) and per
 * conclusion setting. Nothing is refused: the Russian form prints the Kazakh text. For `validate`,
 * the Check step and `conclude`; `score` does not print forms and does not report them.
 */
export function russianTextProblems(assessment: Assessment): Problem[] {
  const problems: Problem[] = [];
  const s = assessment.settings.conclusion;
  const blockProblems = (c: Collector, block: ConclusionBlock, path: string) => {
    for (const key of ["authority", "place"] as const)
      if (block[key] !== undefined && block.ru?.[key] === undefined)
        c.warn("missingRussianText", `${path}.ru.${key}`, { field: `${path}.${key}` });
    (block.signatories ?? []).forEach((sig, i) => {
      if (sig.position === undefined) return;
      const same = (r: { role: string }) => r.role.trim().toLowerCase() === sig.role.trim().toLowerCase();
      if (block.ru?.signatories?.find(same)?.position === undefined)
        c.warn("missingRussianText", `${path}.signatories[${i}].position`, {
          field: `${path}.signatories[${i}].position`,
        });
    });
  };
  if (s) {
    const c = new Collector(problems, null);
    blockProblems(c, s, "settings.conclusion");
    // Issue 24: the direction authorities' blocks print on the Russian forms too.
    for (const d of AUTHORITY_DIRECTIONS) {
      const block = s[d];
      if (block) blockProblems(c, block, `settings.conclusion.${d}`);
    }
  }
  assessment.bodies.forEach((body, i) => {
    const c = new Collector(problems, body.id);
    const own = body.conclusion;
    if (own) {
      blockProblems(c, own, `bodies[${i}].conclusion`);
      for (const d of BODY_SUB_BLOCKS) {
        const block = own[d as keyof typeof own] as ConclusionBlock | undefined;
        if (block) blockProblems(c, block, `bodies[${i}].conclusion.${d}`);
      }
    }
    const rep = body.representative;
    if (rep?.position !== undefined && rep.ru?.position === undefined)
      c.warn("missingRussianText", `bodies[${i}].representative.ru.position`, {
        field: "representative.position",
      });
  });
  assessment.bodies.forEach((body, i) => {
    const c = new Collector(problems, body.id);
    const path = `bodies[${i}]`;
    if (body.ru?.name === undefined) c.warn("missingRussianText", `${path}.ru.name`, { field: "ru.name" });
    if (body.shortName !== undefined && body.ru?.shortName === undefined)
      c.warn("missingRussianText", `${path}.ru.shortName`, { field: "ru.shortName" });
    for (const d of DIRECTIONS) {
      const facts = body.unreliable[d];
      const missing = facts.texts.findIndex((_, k) => (facts.ru?.[k] ?? null) === null);
      if (missing >= 0)
        c.warn("missingRussianText", `${path}.unreliable.${d}[${missing}].ru`, {
          field: `unreliable.${d}[${missing}].ru`,
        });
    }
  });
  return problems;
}

/**
 * Parse and validate an assessment against `edition`: by default the one the input names in
 * `settings.methodology`. Cohort rules (I-2, I-13) are checked on the parsed bodies.
 */
export function parseAssessment(input: unknown, edition: Edition = editionOfInput(input)): ParseResult {
  const problems: Problem[] = [];
  const top = new EditionCollector(problems, null, edition);
  if (!isObject(input)) {
    top.error("expectedObject", "$", { got: describeValue(input) });
    return { problems };
  }
  top.onlyKeys(input, ["period", "settings", "bodies"], "$");
  let period: string | undefined;
  if (input.period !== undefined) {
    if (typeof input.period === "string") period = input.period;
    else top.error("expectedText", "period", { got: describeValue(input.period) });
  }
  const settings = parseSettings(top, input.settings);
  const bodies: Body[] = [];
  if (!Array.isArray(input.bodies)) {
    top.error(input.bodies === undefined ? "missingField" : "expectedArray", "bodies");
  } else {
    if (input.bodies.length === 0) top.error("noBodies", "bodies");
    if (input.bodies.length > INPUT_LIMITS.bodies) {
      top.error("tooManyBodies", "bodies", { count: input.bodies.length, max: INPUT_LIMITS.bodies });
      return { problems };
    }
    checkTexts(problems, input.period, "period", null);
    checkTexts(problems, input.settings, "settings", null);
    const seen = new Map<string, number>();
    const seenVisible = new Map<string, string>();
    input.bodies.forEach((raw: unknown, i) => {
      const body = parseBody(problems, raw, i, edition);
      checkTexts(problems, raw, `bodies[${i}]`, body?.id ?? null);
      if (!body) return;
      const visible = visibleId(body.id);
      const other = seenVisible.get(visible);
      if (seen.has(body.id))
        new Collector(problems, body.id).error("duplicateId", `bodies[${i}].id`, { id: body.id });
      else if (other !== undefined)
        new Collector(problems, body.id).error("ambiguousId", `bodies[${i}].id`, {
          id: body.id,
          other,
        });
      else {
        seen.set(body.id, i);
        seenVisible.set(visible, body.id);
      }
      bodies.push(body);
    });
    checkCohortRules(problems, bodies, input.bodies.length);
  }
  if (problems.some((p) => p.severity === "error") || !settings) return { problems };
  const assessment: Assessment = { settings, bodies };
  if (period !== undefined) assessment.period = period;
  return { assessment, problems };
}

/**
 * Rules that need the whole cohort: the P1 fallback needs a monitored peer of the same type (I-2),
 * a classified budget an unclassified peer of the same type (I-13). Skipped when some body failed
 * to parse, because the missing body might have been that peer.
 */
function checkCohortRules(problems: Problem[], bodies: Body[], expected: number): void {
  if (bodies.length !== expected) return;
  // One pass per rule and type, so a cohort of thousands stays linear.
  const monitored = new Set<BodyType>();
  const openBudget = new Set<BodyType>();
  for (const b of bodies) {
    if (typeof b.services === "object" && b.services.ratings.length > 0) monitored.add(b.type);
    if (typeof b.openness === "object" && !b.openness.openBudget.classified) openBudget.add(b.type);
  }
  bodies.forEach((body, i) => {
    const c = new Collector(problems, body.id);
    const s = body.services;
    if (typeof s === "object" && s.ratings.length === 0 && !monitored.has(body.type))
      c.error("noMonitoredPeer", `bodies[${i}].services.ratings`, { type: body.type });
    const o = body.openness;
    if (typeof o === "object" && o.openBudget.classified && !openBudget.has(body.type))
      c.error("noUnclassifiedPeer", `bodies[${i}].openness.openBudget.classified`, { type: body.type });
  });
}
