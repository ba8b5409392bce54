/**
 * The functions metadata as the build makes it (custom-functions-metadata over every functions file
 * that declares @customfunction, then the kk/ru derivation): every function with its parameters,
 * descriptions in three languages, no id collision, ids and names kept across languages.
 */
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { customFunctionFiles } = require("../../scripts/addin-files") as {
  customFunctionFiles: () => string[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const locales = require("../../scripts/functions-locales") as {
  helpPages: (m: Metadata, c?: Record<string, unknown>) => [string, string][];
  withBaseUrl: (m: Metadata, base: string) => Metadata;
  loadCatalogue: () => Record<string, unknown>;
  localizeMetadata: (
    m: Metadata,
    c: Record<string, unknown>,
    lang: string,
  ) => { metadata: Metadata; missing: string[] };
};

interface Parameter {
  name: string;
  type?: string;
  customEnumId?: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface FunctionMetadata {
  id: string;
  helpUrl?: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string };
}
interface Metadata {
  functions: FunctionMetadata[];
  enums?: { id: string; values: { name: string; stringValue?: string; tooltip: string }[] }[];
}

const REQUIRED = [
  "SATISFACTION_POINTS",
  "SATISFACTION_SCORE",
  "SERVICE_COMPLAINTS_SCORE",
  "TIMELINESS_SCORE",
  "REFUSALS_SCORE",
  "INCOMPLETE_DOCS_SCORE",
  "EXTRA_DOCS_SCORE",
  "PORTAL_SCORE",
  "E_VOLUME_SCORE",
  "AUTOMATION_BONUS",
  "DOWNTIME_PENALTY",
  "AUTOMATION_SCORE",
  "SERVICES_SCORE",
  "OPEN_DATA_SCORE",
  "OPEN_BUDGET_SCORE",
  "OPEN_NPA_SCORE",
  "OPEN_DIALOGUE_SCORE",
  "SUBORDINATE_PENALTY",
  "OPENNESS_SCORE",
  "DEADLINE_SCORE",
  "COURT_SCORE",
  "REPEAT_SCORE",
  "DISCIPLINE_SCORE",
  "RELIABILITY_PENALTY",
  "DIRECTION_FINAL",
  "OVERALL_SCORE",
  "EFFICIENCY_LEVEL",
  "EXPLAIN",
  "ALLOWED_VIOLATIONS",
  "REQUIRED_SHARE",
];

let en: Metadata;
let kk: Metadata;
let ru: Metadata;
let missing: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata(customFunctionFiles(), false);
  expect(generated.errors).toEqual([]);
  en = JSON.parse(generated.metadataJson) as Metadata;
  const catalogue = locales.loadCatalogue();
  const k = locales.localizeMetadata(en, catalogue, "kk");
  const r = locales.localizeMetadata(en, catalogue, "ru");
  kk = k.metadata;
  ru = r.metadata;
  missing = [...k.missing, ...r.missing];
}, 60000);

test("every required function is there, with upper-case ids and no collision", () => {
  const ids = en.functions.map((f) => f.id);
  for (const id of REQUIRED) expect(ids).toContain(id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(new Set(en.functions.map((f) => f.name.toUpperCase())).size).toBe(ids.length);
  for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9_]*$/);
});

test("every function and parameter has an English, a Kazakh and a Russian description", () => {
  expect(missing).toEqual([]);
  const cyrillic = /[а-яәғқңөұүһі]/i;
  const kazakh = /[әғқңөұүһі]/i;
  en.functions.forEach((f, i) => {
    const [k, r] = [kk.functions[i]!, ru.functions[i]!];
    expect(f.description?.length).toBeGreaterThan(10);
    expect(k.description).toMatch(cyrillic);
    expect(r.description).toMatch(cyrillic);
    expect(k.description).not.toBe(r.description);
    f.parameters.forEach((p, j) => {
      expect({ id: f.id, p: p.name, has: (p.description ?? "").length > 3 }).toEqual({
        id: f.id,
        p: p.name,
        has: true,
      });
      const kp = k.parameters[j]!;
      const rp = r.parameters[j]!;
      expect({
        id: f.id,
        p: p.name,
        kk: kp.description !== p.description,
        ru: rp.description !== p.description,
      }).toEqual({ id: f.id, p: p.name, kk: true, ru: true });
      expect(rp.description).toMatch(cyrillic);
    });
    // Kazakh text uses Kazakh letters somewhere in the function's help.
    expect([k.description, ...k.parameters.map((p) => p.description)].join(" ")).toMatch(kazakh);
  });
});

test("ids, names, parameter names, types and order are the same in every language", () => {
  const shape = (m: Metadata) =>
    m.functions.map((f) => ({
      id: f.id,
      name: f.name,
      result: f.result,
      parameters: f.parameters.map((p) => ({
        name: p.name,
        optional: p.optional,
        dimensionality: p.dimensionality,
      })),
    }));
  expect(shape(kk)).toEqual(shape(en));
  expect(shape(ru)).toEqual(shape(en));
});

test("parameters match the documented signatures", () => {
  const params = (id: string) => en.functions.find((f) => f.id === id)!.parameters;
  expect(params("TIMELINESS_SCORE").map((p) => p.name)).toEqual(["late", "base", "type"]);
  expect(params("SATISFACTION_SCORE").map((p) => [p.name, p.optional ?? false])).toEqual([
    ["ratings", false],
    ["type", false],
    ["cohortMean", true],
  ]);
  expect(params("SATISFACTION_SCORE")[0]!.dimensionality).toBe("matrix");
  expect(params("ALLOWED_VIOLATIONS").map((p) => p.name)).toEqual([
    "indicator",
    "base",
    "type",
    "targetPoints",
  ]);
  expect(params("EFFICIENCY_LEVEL").map((p) => [p.name, p.optional ?? false])).toEqual([
    ["score", false],
    ["lang", true],
  ]);
  expect(en.functions.find((f) => f.id === "EXPLAIN")!.result.type).toBe("string");
});

test("choices are typed as text for Excel's tooltips and coercion; figures stay `any` so a blank is not 0", () => {
  const CHOICES = new Set(["type", "lang", "indicator", "table"]);
  let choices = 0;
  for (const f of en.functions)
    for (const p of f.parameters) {
      const want = CHOICES.has(p.name) ? "string" : "any";
      if (want === "string") choices++;
      expect({ id: f.id, p: p.name, type: p.type }).toEqual({ id: f.id, p: p.name, type: want });
    }
  expect(choices).toBeGreaterThan(15);
});

test("every function has a help page in en/kk/ru, shipped in dist/ (helpUrl per language)", () => {
  const pages = new Map(locales.helpPages(en));
  // One page per function and language, and each language's index (the manifest's SupportUrl).
  expect(pages.size).toBe(3 * (en.functions.length + 1));
  en.functions.forEach((f, i) => {
    expect(f.helpUrl).toBe(`https://localhost:3000/help/en/${f.id}.html`);
    expect(kk.functions[i]!.helpUrl).toBe(`https://localhost:3000/help/kk/${f.id}.html`);
    expect(ru.functions[i]!.helpUrl).toBe(`https://localhost:3000/help/ru/${f.id}.html`);
    for (const [lang, m] of [
      ["en", en],
      ["kk", kk],
      ["ru", ru],
    ] as const) {
      const page = pages.get(`help/${lang}/${f.id}.html`)!;
      const fn = m.functions[i]!;
      expect(page).toContain(`<html lang="${lang}">`);
      expect(page).toContain(`<h1>OPEVAL.${f.name}</h1>`);
      const esc = (t: string) =>
        t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
      expect(page).toContain(esc(fn.description!));
      for (const p of fn.parameters) expect(page).toContain(esc(p.description!));
    }
  });
  expect(pages.get("help/ru/TIMELINESS_SCORE.html")).toContain("Аргументы");
  expect(pages.get("help/kk/TIMELINESS_SCORE.html")).toContain('href="../ru/TIMELINESS_SCORE.html"');
  for (const lang of ["en", "kk", "ru"] as const) {
    const index = pages.get(`help/${lang}/index.html`)!;
    expect(index).toContain(`<html lang="${lang}">`);
    const links = [...index.matchAll(/<dt><a href="([^"]+)\.html">/g)].map((m) => m[1]);
    expect(links).toEqual(en.functions.map((f) => f.id));
  }
  expect(pages.get("help/ru/index.html")).toContain("<h1>Справка opeval</h1>");
  expect(pages.get("help/kk/index.html")).toContain("<h1>opeval анықтамасы</h1>");
  // Production: the help pages are served where the add-in is.
  const moved = locales.withBaseUrl(en, "https://opeval.example.kz/addin/");
  expect(moved.functions[0]!.helpUrl).toBe(
    `https://opeval.example.kz/addin/help/en/${en.functions[0]!.id}.html`,
  );
});

test("AutoComplete choices (@customenum): every lang, and EXPLAIN_OPENNESS's table, with kk/ru tooltips", () => {
  const enumOf = (id: string, p: string) =>
    en.functions.find((f) => f.id === id)!.parameters.find((x) => x.name === p)!.customEnumId;
  expect(enumOf("EFFICIENCY_LEVEL", "lang")).toBe("Language");
  expect(enumOf("BODY_TYPE", "lang")).toBe("Language");
  expect(enumOf("EXPLAIN_OPENNESS", "table")).toBe("OpennessTable");
  const values = (m: Metadata, id: string) => m.enums!.find((e) => e.id === id)!.values;
  expect(values(en, "Language").map((v) => v.stringValue)).toEqual(["kk", "ru", "en"]);
  expect(values(en, "OpennessTable").map((v) => v.stringValue)).toEqual([
    "OPEN_DATA",
    "OPEN_BUDGET",
    "OPEN_NPA",
    "OPEN_DIALOGUE",
    "SUBORDINATE",
  ]);
  // The value typed into the formula is the same in every language; the tooltip is translated.
  expect(values(ru, "Language").map((v) => [v.stringValue, v.tooltip])).toEqual([
    ["kk", "казахский язык"],
    ["ru", "русский язык"],
    ["en", "английский язык"],
  ]);
  expect(values(kk, "OpennessTable")[0]).toEqual({
    ...values(en, "OpennessTable")[0],
    tooltip: "P1 ашық деректер (10-қосымша, 1-кесте)",
  });
});

test("the translation catalogue has no entry for a function that does not exist", () => {
  const ids = new Set(en.functions.map((f) => f.id));
  const stale = Object.keys(locales.loadCatalogue()).filter((k) => !k.startsWith("$") && !ids.has(k));
  expect(stale).toEqual([]);
});
