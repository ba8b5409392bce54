/**
 * The figures an official adds up, over the sample and generated cohorts (docs/INTERPRETATIONS.md,
 * I-18 on paper), read from the printed cells and text as a reader would:
 * - every score table adds up on its printed figures, or carries the truncation note;
 * - every "points lost" total the text states equals the losses it lists;
 * - no recommendation rests on a P1 taken from the cohort (I-2: the body has no rated service);
 * - no two bodies with different data receive the same recommendation sentence.
 */
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildConclusionForms, type BuiltForm } from "../../src/forms";
import type { AssessmentResult } from "../../src/methodology/assess";
import { evaluate } from "../../src/evaluate";
import type { DirectionId } from "../../src/model/types";
import type { CellValue } from "../../src/sheet/spec";
import { assessmentArb } from "../helpers/arbitraries";

const SAMPLE = join(__dirname, "..", "..", "samples", "assessment-sample.json");
const NOTE = { kk: "Ескертпе:", ru: "Примечание:" } as const;
const NOTE_TEXT = {
  kk: "Мәндер жүздік үлеске дейін қысқартылған (дөңгелектенбеген); қосылғыштардың сомасы жиынтық мәннен өзгеше болуы мүмкін.",
  ru: "Значения усечены до сотых; сумма слагаемых может отличаться от итога.",
} as const;

/** "7,77" → 777 hundredths (figures in text); numbers in cells are already truncated. */
const cents = (v: CellValue | string): number =>
  Math.round(
    Number(
      String(v)
        .replace(/\u00a0/g, "")
        .replace("−", "-")
        .replace(",", "."),
    ) * 100,
  );

function texts(f: BuiltForm): string[] {
  return f.spec.rows.flatMap((r) => r.filter((c): c is string => typeof c === "string"));
}

function hasNote(f: BuiltForm): boolean {
  const cells = texts(f);
  const at = cells.indexOf(NOTE[f.lang]);
  return at >= 0 && cells[at + 1] === NOTE_TEXT[f.lang];
}

interface Counts {
  tables: number;
  notes: number;
  stated: number;
  imputed: number;
  sentences: number;
}

/**
 * Annexes 3, 4, 8, 12: numbered criteria rows, then the total, the penalty and the final (the score
 * in column E). Σ criteria = total and max(0, total − penalty) = final on the printed figures.
 */
function directionTableAddsUp(f: BuiltForm): boolean {
  const rows = f.spec.rows;
  const first = rows.findIndex((r) => r[0] === "1" && typeof r[4] === "number");
  let i = first;
  let parts = 0;
  while (typeof rows[i]?.[0] === "string" && /^\d+$/.test(rows[i]![0] as string))
    parts += cents(rows[i++]![4]!);
  const [total = 0, penalty = 0, final = 0] = [rows[i]![4]!, rows[i + 1]![4]!, rows[i + 2]![4]!].map(cents);
  return parts === total && Math.max(0, total - penalty) === final;
}

/** Annex 15: the general score as the mean of the printed finals (equal weights), truncated. */
function overallTableAddsUp(f: BuiltForm): boolean {
  const rows = f.spec.rows;
  const at = rows.findIndex((r) => r[0] === "1" && (typeof r[5] === "number" || r[5] === "—"));
  const finals = [0, 1, 2].map((k) => rows[at + k]![5]).filter((v) => typeof v === "number");
  const printed = cents(rows[at + 3]![5]!);
  const mean = Math.floor(finals.reduce((a: number, v) => a + cents(v!), 0) / finals.length + 1e-7);
  return mean === printed;
}

/** The points lost that each indicator line of a criterion states or implies (in hundredths). */
function lineLoss(line: string): number {
  const lost = /потеряно (\d+,\d+) балл/.exec(line);
  if (lost) return cents(lost[1]!);
  if (/максимальный балл|штраф не применялся/.test(line)) return 0;
  const deducted = /вычтено (\d+,\d+) балл/.exec(line);
  if (deducted) return cents(deducted[1]!);
  const of = /(\d+,\d+) из (\d+) балл/.exec(line);
  if (of) return cents(of[2]!) - cents(of[1]!);
  throw new Error(`no loss in: ${line}`);
}

/** ru: every stated "points lost" total of a criterion (annexes 3/4) or a direction (annex 15). */
function statedTotals(f: BuiltForm): { stated: number; parts: number; where: string }[] {
  const cells = texts(f);
  const out: { stated: number; parts: number; where: string }[] = [];
  cells.forEach((c, i) => {
    const criterion = /^По критерию получено [\d,]+ из \d+ балл\S* \(потеряно (\d+,\d+) балл/.exec(c);
    if (criterion && (f.annex === 3 || f.annex === 4)) {
      let parts = 0;
      for (let j = i + 1; j < cells.length && /\([A-Z]\d?\): /.test(cells[j]!); j++)
        parts += lineLoss(cells[j]!);
      out.push({ stated: cents(criterion[1]!), parts, where: c });
    }
    const block = /^По направлению потеряно (\d+,\d+) балл\S*: (.*)\.$/.exec(c);
    if (block) {
      const items = [...block[2]!.matchAll(/ – (\d+,\d+)(?: балл|$|;)/g)].map((m) => cents(m[1]!));
      out.push({ stated: cents(block[1]!), parts: items.reduce((a, b) => a + b, 0), where: c });
    }
  });
  return out;
}

const DIRECTION_OF: Readonly<Record<number, DirectionId>> = {
  3: "services",
  4: "services",
  5: "services",
  8: "openness",
  12: "complaints",
};

/**
 * What a Russian recommendation is about, from its opening words (the wording of the forms,
 * written out here): the indicator whose own figures it must carry; "*" for the direction as a whole.
 */
const SUBJECT: readonly [string, string][] = [
  ["Рекомендуется проанализировать виды услуг", "P1"],
  ["Рекомендуется проанализировать и устранить причины обоснованных жалоб", "P2"],
  ["Рекомендуется обеспечить соблюдение сроков оказания", "T1"],
  ["Рекомендуется исключить необоснованные отказы", "T2"],
  ["Рекомендуется исключить оказание государственных услуг при неполном", "T3"],
  ["Рекомендуется исключить истребование", "T4"],
  ["Рекомендуется продолжить перевод", "T"],
  ["Рекомендуется увеличить долю", "V"],
  ["Рекомендуется продолжить автоматизацию", "B"],
  ["Рекомендуется обеспечить бесперебойную", "P"],
  ["Рекомендуется обеспечить соблюдение сроков рассмотрения", "R1"],
  ["Рекомендуется повысить качество рассмотрения", "R2"],
  ["Рекомендуется обеспечить полное и объективное", "R3"],
  ["Рекомендуется обеспечить привлечение к дисциплинарной", "R4"],
  ["Рекомендуется обеспечить полное выполнение следующих индикаторов критерия «Открытые данные»", "P1"],
  ["Рекомендуется обеспечить полное выполнение следующих индикаторов критерия «Открытый бюджет»", "P2"],
  ["Рекомендуется обеспечить полное выполнение следующих индикаторов критерия «Открытые нормативные", "P3"],
  ["Рекомендуется обеспечить полное выполнение следующих индикаторов критерия «Открытый диалог»", "P4"],
  ["Рекомендуется обеспечить устранение подведомственными", "P5"],
  ["Рекомендуется сохранить достигнутый уровень", "*"],
];

/** The Russian recommendation sentences of a form with their subject. */
function recommendations(f: BuiltForm): { sentence: string; subject: string }[] {
  if (f.lang !== "ru") return [];
  return texts(f)
    .filter((c) => c.startsWith("Рекомендуется"))
    .map((sentence) => {
      const subject = SUBJECT.find(([opening]) => sentence.startsWith(opening));
      if (!subject) throw new Error(`unknown recommendation: ${sentence}`);
      return { sentence, subject: subject[1] };
    });
}

function check(result: AssessmentResult, counts: Counts): void {
  const forms = buildConclusionForms(result, { langs: ["kk", "ru"], forms: [3, 4, 5, 8, 12, 15] });
  const inputs = new Map(result.assessment.bodies.map((b) => [b.id, b]));
  const bodies = new Map(result.bodies.map((b) => [b.id, b]));
  /** The data a sentence is about: its indicator's exact score, or the whole direction's values. */
  const dataOf = (f: BuiltForm, subject: string): string => {
    const d = bodies.get(f.bodyId!)![DIRECTION_OF[f.annex]!] as { values: Record<string, number> };
    return JSON.stringify(subject === "*" ? d.values : d.values[subject]);
  };
  const seen = new Map<string, { body: string; data: string }>();
  for (const f of forms) {
    if (f.annex !== 5) {
      counts.tables++;
      const addsUp = f.annex === 15 ? overallTableAddsUp(f) : directionTableAddsUp(f);
      if (!addsUp) {
        expect([f.spec.name, hasNote(f)]).toEqual([f.spec.name, true]);
        counts.notes++;
      }
    }
    if (f.lang === "ru")
      for (const s of statedTotals(f)) {
        expect([f.spec.name, s.where, s.parts]).toEqual([f.spec.name, s.where, s.stated]);
        counts.stated++;
      }
    // I-2 applies to a body none of whose services was rated: nothing is recommended on its P1.
    const input = inputs.get(f.bodyId!)!;
    const services = typeof input.services === "object" ? input.services : null;
    if (services && services.ratings.length === 0 && [3, 4, 15].includes(f.annex) && f.lang === "ru") {
      counts.imputed++;
      const cells = texts(f);
      expect(cells.join("\n")).not.toContain("оценками общественного мониторинга");
      // Annex 15: the services item's plan ("устранение потерь по показателям T1 (7,77)") and the
      // overall plan's services group ("T1, P1 («Качество оказания государственных услуг»)").
      const item = cells.findIndex((c) => c.startsWith("1. По направлению «Качество оказания"));
      if (item >= 0)
        expect(cells[item + 2] ?? "").not.toMatch(
          /по данному направлению устранение потерь по показателям [^.]*\bP1 \(/,
        );
      for (const c of cells.filter((x) => x.startsWith("Для достижения")))
        expect(c).not.toMatch(/\bP1\b[^;(]*\(«Качество оказания/);
    }
    for (const { sentence, subject } of recommendations(f)) {
      counts.sentences++;
      const mine = { body: f.bodyId!, data: `${DIRECTION_OF[f.annex]}:${subject}:${dataOf(f, subject)}` };
      const other = seen.get(sentence);
      if (other && other.body !== mine.body) expect([sentence, other.data]).toEqual([sentence, mine.data]);
      else seen.set(sentence, mine);
    }
  }
}

function scored(path: string): AssessmentResult {
  const e = evaluate(JSON.parse(readFileSync(path, "utf8")));
  if (!e.ok) throw new Error(`${path} rejected`);
  return e.result;
}

test("the sample's 48 bodies: tables balance or carry the note, sums, P1, no shared sentence", () => {
  const counts: Counts = { tables: 0, notes: 0, stated: 0, imputed: 0, sentences: 0 };
  check(scored(SAMPLE), counts);
  // 48 bodies × 2 languages × 5 tables (annex 3 or 4, 8, 12, 15 and, central, 5 has no sum).
  expect(counts.tables).toBeGreaterThan(350);
  expect(counts.notes).toBeGreaterThan(100);
  expect(counts.stated).toBeGreaterThan(50);
  expect(counts.imputed).toBeGreaterThan(0);
  expect(counts.sentences).toBeGreaterThan(500);
});

test("generated cohorts: the same four properties", () => {
  const counts: Counts = { tables: 0, notes: 0, stated: 0, imputed: 0, sentences: 0 };
  fc.assert(
    fc.property(assessmentArb, (input) => {
      const e = evaluate(input);
      if (e.ok) check(e.result, counts);
    }),
    { numRuns: 60, seed: 21 },
  );
  expect(counts.tables).toBeGreaterThan(100);
  expect(counts.notes).toBeGreaterThan(10);
  expect(counts.sentences).toBeGreaterThan(100);
});
