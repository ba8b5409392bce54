/**
 * Issue 24 part 1 and issue 22 item 4: each form signed by its own authority, and every field of
 * the signing blocks kept by the template round trip. Expected cells are written by hand from the
 * forms' wording (FORMS.md C4, 13.11) and the precedence the issue sets: body → direction → Agency,
 * Russian before Kazakh within a block, a signatory taken whole by role.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { buildConclusionForms, type BuiltForm } from "../../src/forms/index";
import { parseAssessment, russianTextProblems } from "../../src/model/parse";
import { assessmentToTables, readAndValidateTables, type TableValues } from "../../src/model/tables";
import type { Assessment, Lang } from "../../src/model/types";
import { recorderFromSettings } from "../../src/objections/log";
import type { CellValue } from "../../src/sheet/spec";
import { ROOT } from "../helpers/cli";

type Json = Record<string, unknown>;

/** The sample cohort with signing blocks at every level. */
function signedInput(): Json {
  const input = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8")) as Json;
  (input.settings as Json).conclusion = {
    authority: "Агенттік",
    place: "Астана",
    date: "2020-03-15",
    signatories: [
      { role: "agencyDeputyChairman", position: "Төраға орынбасары", name: "А. Агентов" },
      { role: "commissionChairman", name: "Ч. Агентов" },
      { role: "authorizedRepresentative", name: "Р. Агентов" },
      { role: "agencyUnitHead", name: "Б. Бөлімов" },
    ],
    ru: {
      authority: "Агентство",
      place: "г. Астана",
      date: "2020-03-16",
      signatories: [
        { role: "agencyDeputyChairman", position: "Зам. Председателя", name: "А. Агентов-ру" },
        { role: "extraRussianOnly", name: "Только Русский" },
      ],
    },
    openness: {
      authority: "АҚДМ",
      date: "2020-03-20",
      signatories: [
        { role: "authorizedHead", name: "О. Министров" },
        { role: "commissionChairman", name: "О. Төрағаев" },
      ],
      ru: { authority: "МИОР", signatories: [{ role: "authorizedHead", name: "О. Министров-ру" }] },
    },
    complaints: {
      ru: { signatories: [{ role: "Руководитель уполномоченного органа", name: "К. Прокуроров" }] },
    },
    automation: { place: "Нұр-Сұлтан", signatories: [{ role: "stateBodyHead", name: "Д. Цифров" }] },
  };
  const bodies = input.bodies as Json[];
  bodies[0]!.representative = { position: "Вице-министр", name: "Н. Өкілов", ru: { name: "Н. Окилов" } };
  bodies[1]!.conclusion = {
    services: {
      authority: "Президент Әкімшілігі",
      date: "2020-04-01",
      signatories: [{ role: "agencyDeputyChairman", name: "П. Әкімшілігов" }],
    },
  };
  return input;
}

function model(input: unknown): Assessment {
  const parsed = parseAssessment(input);
  if (!parsed.assessment) throw new Error(JSON.stringify(parsed.problems.slice(0, 3)));
  return parsed.assessment;
}

/** The value at a dotted path with [n] indexes. */
function at(value: unknown, path: string): unknown {
  return path
    .split(/\.|\[(\d+)\]/)
    .filter((p) => p !== undefined && p !== "")
    .reduce<unknown>((v, key) => (v as Json | undefined)?.[key], value);
}

describe("template --from → export keeps every signing field (issue 22 item 4, issue 24)", () => {
  // Every leaf of the blocks above, with its value written out again by hand.
  const expected: [string, string][] = [
    ["settings.conclusion.authority", "Агенттік"],
    ["settings.conclusion.place", "Астана"],
    ["settings.conclusion.date", "2020-03-15"],
    ["settings.conclusion.signatories[0].role", "agencyDeputyChairman"],
    ["settings.conclusion.signatories[0].position", "Төраға орынбасары"],
    ["settings.conclusion.signatories[0].name", "А. Агентов"],
    ["settings.conclusion.signatories[1].name", "Ч. Агентов"],
    ["settings.conclusion.signatories[2].name", "Р. Агентов"],
    ["settings.conclusion.signatories[3].role", "agencyUnitHead"],
    ["settings.conclusion.signatories[3].name", "Б. Бөлімов"],
    ["settings.conclusion.ru.authority", "Агентство"],
    ["settings.conclusion.ru.place", "г. Астана"],
    ["settings.conclusion.ru.date", "2020-03-16"],
    ["settings.conclusion.ru.signatories[0].position", "Зам. Председателя"],
    ["settings.conclusion.ru.signatories[0].name", "А. Агентов-ру"],
    ["settings.conclusion.ru.signatories[1].role", "extraRussianOnly"],
    ["settings.conclusion.ru.signatories[1].name", "Только Русский"],
    ["settings.conclusion.openness.authority", "АҚДМ"],
    ["settings.conclusion.openness.date", "2020-03-20"],
    ["settings.conclusion.openness.signatories[0].name", "О. Министров"],
    ["settings.conclusion.openness.signatories[1].role", "commissionChairman"],
    ["settings.conclusion.openness.signatories[1].name", "О. Төрағаев"],
    ["settings.conclusion.openness.ru.authority", "МИОР"],
    ["settings.conclusion.openness.ru.signatories[0].name", "О. Министров-ру"],
    ["settings.conclusion.complaints.ru.signatories[0].role", "Руководитель уполномоченного органа"],
    ["settings.conclusion.complaints.ru.signatories[0].name", "К. Прокуроров"],
    ["settings.conclusion.automation.place", "Нұр-Сұлтан"],
    ["settings.conclusion.automation.signatories[0].name", "Д. Цифров"],
    ["bodies[0].representative.position", "Вице-министр"],
    ["bodies[0].representative.name", "Н. Өкілов"],
    ["bodies[0].representative.ru.name", "Н. Окилов"],
    ["bodies[1].conclusion.services.authority", "Президент Әкімшілігі"],
    ["bodies[1].conclusion.services.date", "2020-04-01"],
    ["bodies[1].conclusion.services.signatories[0].name", "П. Әкімшілігов"],
  ];

  test.each(["kk", "ru", "en"] as const)("field by field, template in %s", (lang: Lang) => {
    const original = model(signedInput());
    const back = readAndValidateTables(assessmentToTables(original, lang));
    expect(back.problems.filter((p) => p.severity === "error")).toEqual([]);
    let checked = 0;
    for (const [path, value] of expected) {
      expect([path, at(back.assessment, path)]).toEqual([path, value]);
      checked++;
    }
    expect(checked).toBe(34);
    // Nothing more and nothing less than the input's blocks.
    expect(back.assessment!.settings.conclusion).toEqual(original.settings.conclusion);
    expect(back.assessment!.bodies.map((b) => [b.conclusion, b.representative])).toEqual(
      original.bodies.map((b) => [b.conclusion, b.representative]),
    );
  });
});

/** The row of a form whose column A begins with `role` (a signature line). */
function signatureRow(form: BuiltForm, role: string): CellValue[] {
  const row = form.spec.rows.find((r) => typeof r[0] === "string" && r[0].startsWith(role));
  if (!row) throw new Error(`no "${role}" in ${form.spec.name}`);
  return row;
}

function formOf(
  forms: BuiltForm[],
  body: string,
  annex: number,
  lang: Lang,
  direction: string | null = null,
) {
  const f = forms.find(
    (x) => x.bodyId === body && x.annex === annex && x.lang === lang && x.direction === direction,
  );
  if (!f) throw new Error(`no annex ${annex} ${direction} ${lang} for ${body}`);
  return f;
}

/** The date line: the cell in column A that holds «day». */
function dateLineOf(form: BuiltForm): CellValue {
  return form.spec.rows.find((r) => typeof r[0] === "string" && /«\d{1,2}»/.test(r[0]))?.[0] ?? null;
}

describe("each form signed by its own authority (issue 24)", () => {
  const e = evaluate(signedInput());
  if (!e.ok) throw new Error(JSON.stringify(e.problems));
  const forms = buildConclusionForms(e.result, { langs: ["kk", "ru"], bodies: ["mju", "mzsr"] });
  const HEAD_KK = "Уәкілетті органның басшысы";
  const HEAD_RU = "Руководитель уполномоченного органа";
  const DEPUTY_KK = "Қазақстан Республикасы Мемлекеттік қызмет істері агенттігі Төрағасының орынбасары";
  const DEPUTY_RU = "Заместитель Председателя Агентства Республики Казахстан по делам государственной службы";

  test("annex 8: the openness authority's head, its date; Russian name first on the Russian form", () => {
    expect(signatureRow(formOf(forms, "mju", 8, "kk"), HEAD_KK)[5]).toBe("О. Министров");
    expect(signatureRow(formOf(forms, "mju", 8, "ru"), HEAD_RU)[5]).toBe("О. Министров-ру");
    expect(dateLineOf(formOf(forms, "mju", 8, "kk"))).toBe("Астана, «20» наурыз 2020 ж.");
    // The openness block's Kazakh date comes before the Agency's Russian one (block first, then language).
    expect(dateLineOf(formOf(forms, "mju", 8, "ru"))).toBe("г. Астана, «20» марта 2020 г.");
  });

  test("annex 12: a Russian-only signatory named by its Russian role text; the Kazakh form has none", () => {
    expect(signatureRow(formOf(forms, "mju", 12, "ru"), HEAD_RU)[5]).toBe("К. Прокуроров");
    expect(signatureRow(formOf(forms, "mju", 12, "kk"), HEAD_KK)[5]).toBeNull();
    expect(dateLineOf(formOf(forms, "mju", 12, "ru"))).toBe("г. Астана, «16» марта 2020 г.");
  });

  test("annex 5: the automation authority's block", () => {
    const kk = formOf(forms, "mju", 5, "kk");
    expect(signatureRow(kk, "Мемлекеттік органның басшысы")[5]).toBe("Д. Цифров");
    expect(dateLineOf(kk)).toBe("Нұр-Сұлтан, «15» наурыз 2020 ж.");
  });

  test("annexes 3 and 15: the Agency's; a body's services block signs its annex 3 only", () => {
    expect(signatureRow(formOf(forms, "mju", 3, "kk"), DEPUTY_KK)[5]).toBe("А. Агентов");
    expect(signatureRow(formOf(forms, "mju", 3, "kk"), DEPUTY_KK)[0]).toBe(`${DEPUTY_KK}\nТөраға орынбасары`);
    expect(signatureRow(formOf(forms, "mju", 3, "ru"), DEPUTY_RU)[5]).toBe("А. Агентов-ру");
    expect(signatureRow(formOf(forms, "mju", 3, "ru"), DEPUTY_RU)[0]).toBe(`${DEPUTY_RU}\nЗам. Председателя`);
    expect(dateLineOf(formOf(forms, "mju", 3, "ru"))).toBe("г. Астана, «16» марта 2020 г.");
    expect(signatureRow(formOf(forms, "mzsr", 3, "kk"), DEPUTY_KK)[5]).toBe("П. Әкімшілігов");
    expect(dateLineOf(formOf(forms, "mzsr", 3, "kk"))).toBe("Астана, «1» сәуір 2020 ж.");
    // Annex 15 is the Agency's (the body's block is for services only).
    expect(signatureRow(formOf(forms, "mzsr", 15, "kk"), "Қазақстан Республикасы")[5]).toBe("А. Агентов");
  });

  test("annex 14: the direction commission's chairman, else the Agency's; the body's representative", () => {
    const chairman = (lang: Lang, d: string) =>
      signatureRow(
        formOf(forms, "mju", 14, lang, d),
        lang === "kk" ? "Комиссия Төрағасы" : "Председатель Комиссии",
      )[5];
    expect(chairman("kk", "openness")).toBe("О. Төрағаев");
    expect(chairman("ru", "openness")).toBe("О. Төрағаев");
    expect(chairman("kk", "services")).toBe("Ч. Агентов");
    expect(chairman("kk", "complaints")).toBe("Ч. Агентов");
    const rep = (lang: Lang, body: string) =>
      signatureRow(
        formOf(forms, body, 14, lang, "openness"),
        lang === "kk" ? "Бағаланатын мемлекеттік органның өкілі" : "Представитель оцениваемого",
      );
    expect(rep("kk", "mju")[0]).toBe("Бағаланатын мемлекеттік органның өкілі, лауазымы\nВице-министр");
    expect(rep("kk", "mju")[5]).toBe("Н. Өкілов");
    expect(rep("ru", "mju")[5]).toBe("Н. Окилов");
    expect(rep("kk", "mzsr")[5]).toBeNull();
  });

  test("annex 1: the direction's representative of the authority and the body's own; the date blanks left to the signers", () => {
    const act = formOf(forms, "mju", 1, "ru", "openness");
    const rows = act.spec.rows;
    const bodyRole = rows.findIndex(
      (r) => r[0] === "Представитель оцениваемого государственного органа, должность",
    );
    expect(rows[bodyRole]![3]).toBe("Вице-министр");
    // Annex 1's date blanks are the signers' to fill (FORMS.md; issue 21 item 13).
    expect(rows[bodyRole + 1]![1]).toBeNull();
    expect(rows[bodyRole + 1]![4]).toBe("Н. Окилов");
    const authorityRole = rows.findIndex((r) => r[0] === "Представитель уполномоченного органа, должность");
    expect(rows[authorityRole + 1]![4]).toBe("Р. Агентов");
  });
});

describe("fallbacks and refusals", () => {
  test("without direction blocks every form takes the Agency's block, as before", () => {
    const input = signedInput();
    const c = (input.settings as Json).conclusion as Json;
    delete c.openness;
    delete c.complaints;
    delete c.automation;
    c.signatories = [...(c.signatories as Json[]), { role: "authorizedHead", name: "А. Басшы" }];
    const e = evaluate(input);
    if (!e.ok) throw new Error("invalid");
    const forms = buildConclusionForms(e.result, { langs: ["kk"], bodies: ["mju"], forms: [8, 12] });
    for (const annex of [8, 12]) {
      const f = formOf(forms, "mju", annex, "kk");
      expect(signatureRow(f, "Уәкілетті органның басшысы")[5]).toBe("А. Басшы");
      expect(dateLineOf(f)).toBe("Астана, «15» наурыз 2020 ж.");
    }
  });

  test("nested ru is accepted in a direction block; ru inside ru and unknown blocks are refused", () => {
    const ok = parseAssessment(signedInput());
    expect(ok.problems.filter((p) => p.severity === "error")).toEqual([]);
    const bad = signedInput();
    const c = (bad.settings as Json).conclusion as Json;
    (c.openness as Json).ru = { ru: { place: "x" } };
    c.services = { place: "x" };
    (bad.bodies as Json[])[2]!.representative = { role: "x" };
    const paths = parseAssessment(bad)
      .problems.filter((p) => p.severity === "error")
      .map((p) => [p.code, p.path]);
    expect(paths).toEqual(
      expect.arrayContaining([
        ["unknownKey", "settings.conclusion.openness.ru.ru"],
        ["unknownKey", "settings.conclusion.services"],
        ["unknownKey", "bodies[2].representative.role"],
      ]),
    );
  });

  test("a printed text of a block or representative without its Russian text is warned about, once", () => {
    const paths = russianTextProblems(model(signedInput()))
      .map((p) => [p.severity, p.path])
      .filter(([, path]) => /conclusion|representative/.test(path!));
    expect(paths).toEqual([
      ["warning", "settings.conclusion.automation.ru.place"],
      ["warning", "bodies[0].representative.ru.position"],
      ["warning", "bodies[1].conclusion.services.ru.authority"],
    ]);
  });

  test("the objections log's recorder comes from the direction's block", () => {
    const settings = model(signedInput()).settings;
    expect(recorderFromSettings(settings, "openness")).toBe("АҚДМ — О. Министров");
    expect(recorderFromSettings(settings, "services")).toBe("Агенттік — А. Агентов");
    expect(recorderFromSettings(settings, "complaints")).toBe("Агенттік — А. Агентов");
  });

  test("opeval_Authorities: a field twice, an unknown direction, the Agency's block outside Settings", () => {
    const tables = assessmentToTables(model(signedInput()), "en");
    const authorities = tables.find((t) => t.name === "opeval_Authorities") as TableValues;
    const header = authorities.values[0]!;
    const row = (body: string | null, block: string | null, field: string, value: string) =>
      header.map((h) =>
        h === "Body (code or name)"
          ? body
          : h === "Direction"
            ? block
            : h === "Field"
              ? field
              : h === "Value"
                ? value
                : null,
      );
    authorities.values.push(
      row(null, "openness", "authority", "again"),
      row(null, "courts", "authority", "x"),
      row(null, null, "place", "x"),
      row(null, "services", "place", "x"),
      row(null, "openness", "seal", "x"),
    );
    const problems = readAndValidateTables(tables).problems.map((p) => [p.code, p.cell?.address]);
    const first = authorities.values.length - 5 + 3; // sheet row of the first added row (header on row 3)
    expect(problems).toEqual([
      ["duplicateSetting", `C${first}`],
      ["unknownChoice", `B${first + 1}`],
      ["unknownChoice", `B${first + 2}`],
      ["unknownChoice", `B${first + 3}`],
      ["unknownKey", `C${first + 4}`],
    ]);
  });
});
