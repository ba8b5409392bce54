/**
 * The annex forms as data: values and wording of the shared ministry case, and structural checks
 * of every form for every body of the sample cohort (required cells, merges and styles inside the
 * print area, sheet-name rules).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildConclusionForms, buildObjectionSheet, FORM_IDS, type BuiltForm } from "../../src/forms/index";
import { type CellValue, type SheetSpec } from "../../src/sheet/spec";
import { FORBIDDEN_SHEET_CHARS, MAX_SHEET_NAME } from "../../src/sheet/names";
import { type AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import * as terms from "../../src/forms/form-terms";
import { ANNEX9 } from "../../src/forms/report";
import { ANNEX10 } from "../../src/forms/reference10";
import { loadAssessmentFile } from "../../src/cli/load";
import { parseRange } from "../../src/sheet/a1";
import { CASES, FORMS_MD, ROOT } from "../helpers/cli";

function scoredFile(path: string): AssessmentResult {
  const e = evaluate(JSON.parse(readFileSync(path, "utf8")));
  if (!e.ok) throw new Error(`invalid test input ${path}`);
  return e.result;
}

const ministry = () => scoredFile(join(CASES, "ministry-central.json"));

/** The Kazakh text quoted in FORMS.md for a form element id such as "3.3". */
function formsMdQuote(id: string): string {
  const md = readFileSync(FORMS_MD, "utf8");
  const line = md.split("\n").find((l) => l.startsWith(`| ${id} |`));
  if (!line) throw new Error(`FORMS.md has no element ${id}`);
  const m = /\| `([^`]+)` \|/.exec(line.slice(`| ${id} |`.length - 1));
  return m![1]!;
}

function cell(spec: SheetSpec, address: string): CellValue {
  const { top, left } = parseRange(address);
  return spec.rows[top - 1]?.[left - 1] ?? null;
}

/** The row (1-based) whose cells include `text`. */
function rowWith(spec: SheetSpec, text: string): CellValue[] {
  const row = spec.rows.find((r) => r.some((v) => typeof v === "string" && v.includes(text)));
  if (!row) throw new Error(`no row with "${text}" in ${spec.name}`);
  return row;
}

const allText = (spec: SheetSpec) =>
  spec.rows
    .flat()
    .filter((v): v is string => typeof v === "string")
    .join("\n");

/** The displayed value of a score cell: the stored number shown with its format "0.00". */
const shown = (v: CellValue) => (typeof v === "number" ? v.toFixed(2) : String(v));

function form(forms: BuiltForm[], annex: number, lang: "kk" | "ru"): SheetSpec {
  const f = forms.find((x) => x.annex === annex && x.lang === lang);
  if (!f) throw new Error(`annex ${annex} ${lang} not built`);
  return f.spec;
}

describe("annex 3 of the shared ministry case", () => {
  const forms = buildConclusionForms(ministry(), { langs: ["kk", "ru"], forms: [3, 15] });

  test.each(["kk", "ru"] as const)(
    "%s: criteria 23.25/25, 46.35/50, 18.03/25, total, penalty, final",
    (lang) => {
      const spec = form(forms, 3, lang);
      const scoreRows = spec.rows.filter((r) => typeof r[4] === "number" && typeof r[5] === "number");
      expect(scoreRows.map((r) => [shown(r[4]!), r[5]])).toEqual([
        ["23.25", 25],
        ["46.35", 50], // 46.3559…: truncated, never rounded up to 46.36 (I-18)
        ["18.03", 25],
        ["87.63", 100],
        ["0.40", 5],
        ["87.23", 100],
      ]);
      const formats = (spec.styles ?? [])
        .filter((s) => s.style.numberFormat)
        .map((s) => s.style.numberFormat);
      expect(formats).toContain("0.00");
    },
  );

  test("kk title exactly as FORMS.md 3.3, header and captions as printed", () => {
    const spec = form(forms, 3, "kk");
    const text = allText(spec);
    expect(text).toContain(formsMdQuote("3.3"));
    expect(text).toContain("3-қосымша");
    expect(text).toContain("Нысан");
    expect(text).toContain("(орталық мемлекеттік органның атауы)");
    expect(text).toContain("(есеп кезеңі)");
    expect(text).toContain(formsMdQuote("3.10"));
    expect(text).toContain(formsMdQuote("3.15"));
    expect(rowWith(spec, "Қаржы министрлігі")).toBeTruthy();
    expect(rowWith(spec, "2019 жыл")).toBeTruthy();
  });

  test("ru uses the verified terms (операционная оценка, Агентство … по делам государственной службы)", () => {
    const text = allText(form(forms, 3, "ru"));
    expect(text).toContain("операционной оценки");
    expect(text).not.toMatch(/оперативн/);
    expect(text).toContain("Агентства Республики Казахстан по делам государственной службы");
    expect(text).toContain("Приложение 3");
    expect(text).toContain("(отчетный период)");
  });

  test("every Russian wording of the catalogue is Russian: no Kazakh letters, no «оперативн»", () => {
    const ru: string[] = [];
    const walk = (v: unknown): void => {
      if (v && typeof v === "object") {
        const o = v as Record<string, unknown>;
        if (typeof o.kk === "string" && typeof o.ru === "string") ru.push(o.ru);
        else Object.values(o).forEach(walk);
      }
    };
    // The shared catalogue and the wording kept beside its annex's builder (annexes 9 and 10).
    walk(terms);
    walk(ANNEX9);
    walk(ANNEX10);
    expect(ru.length).toBeGreaterThan(150);
    for (const text of ru) {
      expect(`${text} ${/[әіңғүұқөһӘІҢҒҮҰҚӨҺ]/.test(text)}`).toBe(`${text} false`);
      expect(text).not.toMatch(/оперативн/i);
    }
  });
});

describe("annex 15 of the shared ministry case", () => {
  const result = ministry();
  const forms = buildConclusionForms(result, { langs: ["kk", "ru"], forms: [15] });
  test.each([
    ["kk", "Жалпы баға", "орташа дәрежесі"],
    ["ru", "Общая оценка", "среднему уровню"],
  ] as const)(
    "%s: three directions, the general score and the level in the form's language",
    (lang, total, level) => {
      const spec = form(forms, 15, lang);
      const rows = spec.rows.filter((r) => typeof r[5] === "number");
      expect(rows.map((r) => shown(r[5]!))).toEqual(["87.23", "74.50", "77.50", "79.74"]); // 79.746… not 79.75
      expect(rowWith(spec, total)[5]).toBeCloseTo(79.74, 10);
      expect(allText(spec)).toContain(level);
    },
  );
});

describe("the annex forms of a sample cohort", () => {
  const samples = [
    join(ROOT, "examples", "sample-cohort.json"),
    join(ROOT, "samples", "assessment-sample.json"),
    join(CASES, "mixed-cohort.json"),
  ].filter(existsSync);
  const existing = ["Data", "Әділет-3-kk"];

  test.each(samples)("%s: every form for every body builds and is well-formed", (path) => {
    const result = scoredFile(path);
    const forms = buildConclusionForms(result, {
      langs: ["kk", "ru"],
      forms: "all",
      existingSheetNames: existing,
    });
    const names = forms.map((f) => f.spec.name);
    // Sheet names: ≤ 31, no forbidden characters, unique (case-insensitively), never an existing name.
    for (const n of names) {
      expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
      expect(n).not.toMatch(FORBIDDEN_SHEET_CHARS);
    }
    const lower = [...names, ...existing].map((n) => n.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    // Collected, then asserted once: a few thousand cells are checked.
    const faults: string[] = [];
    for (const f of forms) {
      const spec = f.spec;
      const area = parseRange(spec.print!.printArea!);
      for (const a of f.required) {
        const v = cell(spec, a);
        if (v === null || v === "") faults.push(`${spec.name}!${a} is empty`);
      }
      const inside = (range: string) => {
        const r = parseRange(range);
        return r.top >= area.top && r.left >= area.left && r.bottom <= area.bottom && r.right <= area.right;
      };
      for (const m of spec.merges ?? [])
        if (!inside(m)) faults.push(`${spec.name}: merge ${m} outside the print area`);
      for (const st of spec.styles ?? [])
        if (!inside(st.range)) faults.push(`${spec.name}: style ${st.range} outside the print area`);
      if (spec.rows.length !== area.bottom) faults.push(`${spec.name}: print area ends at ${area.bottom}`);
      // No two merges overlap (Excel refuses such a file).
      const covered = new Set<string>();
      for (const m of spec.merges ?? []) {
        const r = parseRange(m);
        for (let y = r.top; y <= r.bottom; y++)
          for (let x = r.left; x <= r.right; x++) {
            if (covered.has(`${y}:${x}`)) faults.push(`${spec.name}: merge ${m} overlaps another`);
            covered.add(`${y}:${x}`);
          }
      }
      if (spec.print?.paper !== "A4" || !spec.print.fitToWidth) faults.push(`${spec.name}: print setup`);
    }
    expect(faults).toEqual([]);
    // Every assessed body gets its conclusions in both languages.
    for (const body of result.bodies) {
      const mine = forms.filter((f) => f.bodyId === body.id);
      for (const lang of ["kk", "ru"] as const) {
        const annexes = new Set(mine.filter((f) => f.lang === lang).map((f) => f.annex));
        if (typeof body.services === "object" && body.services)
          expect(annexes).toContain(body.type === "central" ? 3 : 4);
        if (typeof body.openness === "object" && body.openness) expect(annexes).toContain(8);
        if (typeof body.complaints === "object" && body.complaints) expect(annexes).toContain(12);
        if (body.overall) expect(annexes).toContain(15);
      }
    }
    for (const id of [2, 6, 7, 10, 11, 13]) expect(forms.filter((f) => f.annex === id)).toHaveLength(2);
  });

  const workbook = join(ROOT, "samples", "assessment-sample.xlsx");
  test("the sample workbook: the same forms as its JSON twin", async () => {
    const loaded = await loadAssessmentFile(workbook);
    if (!loaded.ok) throw new Error("sample workbook unreadable");
    const e = evaluate(loaded.input);
    if (!e.ok) throw new Error("sample workbook invalid");
    const forms = buildConclusionForms(e.result, { langs: ["kk", "ru"] });
    expect(forms.length).toBeGreaterThan(e.result.bodies.length * 2 * 4);
    const empty = forms.flatMap((f) =>
      f.required.filter((a) => cell(f.spec, a) === null).map((a) => `${f.spec.name}!${a}`),
    );
    expect(empty).toEqual([]);
  });

  test("official order: per body and language, annexes ascending; reference annexes last", () => {
    const forms = buildConclusionForms(scoredFile(samples[0]!), { langs: ["kk", "ru"] });
    const perBody = forms.filter((f) => f.bodyId === forms[0]!.bodyId && f.lang === "kk").map((f) => f.annex);
    expect(perBody).toEqual([...perBody].sort((a, b) => a - b));
    const firstReference = forms.findIndex((f) => f.bodyId === null);
    expect(forms.slice(firstReference).every((f) => f.bodyId === null)).toBe(true);
    expect(FORM_IDS).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });
});

describe("annex 1: one act per body and direction with unreliable facts", () => {
  const result = ministry();
  const forms = buildConclusionForms(result, { langs: ["kk"], forms: [1] });
  test("facts listed at 0.2 each; total deduction equals the conclusion's penalty", () => {
    const body = result.bodies[0]!;
    for (const d of ["services", "openness", "complaints"] as const) {
      const outcome = body[d];
      const act = forms.find((f) => f.direction === d);
      if (typeof outcome !== "object" || outcome === null || outcome.facts.count === 0) {
        expect(act).toBeUndefined();
        continue;
      }
      const points = act!.spec.rows.filter((r) => typeof r[0] === "number").map((r) => r[5]);
      expect(points).toEqual(Array(outcome.facts.count).fill(0.2));
      const penalty = outcome.penalty.toFixed(2).replace(".", ",");
      expect(allText(act!.spec)).toContain(`ҚОРЫТЫНДЫ АЛЫП ТАСТАУ: ${penalty} балды құрады.`);
    }
  });

  test("the deduction is capped at 5 with 30 facts", () => {
    const input = JSON.parse(readFileSync(join(CASES, "ministry-central.json"), "utf8"));
    input.bodies[0].unreliable = {
      services: Array.from({ length: 30 }, (_, i) => ({ text: `факт ${i + 1}` })),
    };
    const e = evaluate(input);
    if (!e.ok) throw new Error("invalid");
    const act = buildConclusionForms(e.result, { langs: ["ru"], forms: [1] })[0]!.spec;
    expect(allText(act)).toContain("ИТОГО СНЯТО: 5,00 балла.");
    expect(rowWith(act, "ИТОГО:")[5]).toBe(6);
    expect(allText(act)).toContain("30) факт 30");
  });
});

describe("annex 14: objections pre-filled and answered", () => {
  test("one row per conclusion item; objections and decisions fill their rows; total after appeal", () => {
    const result = ministry();
    const spec = buildObjectionSheet(result, "minfin", "complaints", "ru", {
      objections: [
        {
          item: "R2",
          objection: "Решение суда отменено апелляцией",
          decision: "accepted",
          note: "R2 пересчитан",
        },
        { item: "Иное замечание", objection: "Текст возражения", decision: "rejected" },
      ],
      totalAfterAppeal: 80.456,
    })!;
    const text = allText(spec);
    expect(text).toContain(
      "Таблица разногласий по итогам операционной оценки по направлению «Качество рассмотрения жалоб и заявлений»",
    );
    const r2 = rowWith(spec, "Доля жалоб и заявлений");
    expect(r2).toContain("Решение суда отменено апелляцией");
    expect(r2).toContain("Принято. R2 пересчитан");
    expect(rowWith(spec, "Иное замечание")).toContain("Не принято");
    expect(text).toContain("Общий балл с учетом итогов обжалования составил 80,45.");
    const numbered = spec.rows.filter((r) => typeof r[0] === "number" && typeof r[1] === "string");
    expect(numbered).toHaveLength(4 + 3 + 1); // R1–R4, total, penalty, final, the extra objection
  });

  test("blank form: objection cells empty, total left as a blank", () => {
    const spec = buildObjectionSheet(ministry(), "minfin", "services", "kk")!;
    expect(allText(spec)).toContain("Шағымдану қорытындысын ескергендегі жалпы балл ________ құрады.");
    expect(rowWith(spec, "23,25 / 25")[3]).toBeNull();
  });
});

describe('a direction not assessed ("na", A29)', () => {
  test("keeps its annex 15 row with a dash, says so in the analysis, and gets no forms of its own", () => {
    const input = JSON.parse(readFileSync(join(CASES, "ministry-central.json"), "utf8"));
    input.bodies[0].complaints = "na";
    const e = evaluate(input);
    if (!e.ok) throw new Error("invalid");
    const forms = buildConclusionForms(e.result, { langs: ["kk", "ru"] });
    expect(forms.filter((f) => f.annex === 12 || f.direction === "complaints")).toEqual([]);
    for (const lang of ["kk", "ru"] as const) {
      const spec = form(forms, 15, lang);
      expect(
        rowWith(
          spec,
          lang === "kk" ? "Шағымдар мен арыздарды қарау сапасы" : "Качество рассмотрения жалоб",
        )[5],
      ).toBe("—");
      expect(allText(spec)).toContain(
        lang === "kk" ? "Бағыт бойынша бағалау жүргізілмеді" : "Оценка по направлению не проводилась",
      );
      // The general score is the mean of the two assessed directions (I-16).
      expect(rowWith(spec, lang === "kk" ? "Жалпы баға" : "Общая оценка")[5]).toBe(80.86);
    }
  });
});

describe("signatures from settings", () => {
  test.each(["15.03.2020", "2020-03-15"])(
    "names, positions and the date (%s) are printed when given; captions stay",
    (date) => {
      const input = JSON.parse(readFileSync(join(CASES, "ministry-central.json"), "utf8"));
      input.settings = {
        ...(input.settings ?? {}),
        conclusion: {
          date,
          place: "Астана",
          signatories: [{ role: "agencyDeputyChairman", name: "А. Б. Сейтқали" }],
        },
      };
      const e = evaluate(input);
      if (!e.ok) throw new Error(JSON.stringify(e.problems));
      const forms = buildConclusionForms(e.result, { langs: ["kk", "ru"], forms: [3, 15] });
      for (const f of forms) {
        const text = allText(f.spec);
        expect(rowWith(f.spec, "А. Б. Сейтқали")).toBeTruthy();
        expect(text).toContain(f.lang === "kk" ? "«15» наурыз 2020 ж." : "«15» марта 2020 г.");
        expect(text).toContain(f.lang === "kk" ? "(қолдың мағынасын ашу)" : "(расшифровка подписи)");
      }
    },
  );
});
