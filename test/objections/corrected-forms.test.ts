/**
 * The corrected conclusions of the objections procedure, read cell by cell (issue 21, items 1–6):
 * the sample assessment with samples/objections-sample.json, and a fixture where a body's scores
 * change only through a peer's corrected rating (I-2). Expectations are written by hand from the
 * sample's data, the forms' wording (FORMS.md) and the dates of the objections.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import type { AssessmentResult } from "../../src/methodology/assess";
import type { Problem } from "../../src/model/problems";
import {
  objectionRussianProblems,
  parseObjectionRows,
  parseObjectionsDocument,
} from "../../src/objections/objection-parse";
import { procedureSheets } from "../../src/objections/objection-sheets";
import type { Objection } from "../../src/objections/objection-types";
import { runObjections, type ProcedureOutput } from "../../src/objections/procedure";
import type { CellValue, SheetSpec } from "../../src/sheet/spec";

const ROOT = join(__dirname, "..", "..");
const json = (...path: string[]): unknown => JSON.parse(readFileSync(join(ROOT, ...path), "utf8"));

function scored(input: unknown): AssessmentResult {
  const ev = evaluate(input);
  if (!ev.ok) throw new Error("the input does not validate");
  return ev.result;
}

function objectionsOf(...path: string[]): Objection[] {
  const doc = parseObjectionsDocument(json(...path));
  expect(doc.problems).toEqual([]);
  return doc.objections;
}

interface Run {
  out: ProcedureOutput;
  sheets: SheetSpec[];
  sheet(name: string): SheetSpec;
}

function run(original: AssessmentResult, objections: readonly Objection[]): Run {
  const out = runObjections(original, objections);
  expect(out.problems.filter((p) => p.severity === "error")).toEqual([]);
  const sheets = procedureSheets(original, out, {
    langs: ["kk", "ru"],
    log: { who: "analyst", recorded: "2020-04-10" },
  });
  return {
    out,
    sheets,
    sheet(name) {
      const s = sheets.find((x) => x.name === name);
      if (!s) throw new Error(`no sheet ${name} among ${sheets.map((x) => x.name).join(", ")}`);
      return s;
    },
  };
}

/** The value of an A1 address, e.g. `cell(sheet, "A6")`. */
function cell(sheet: SheetSpec, address: string): CellValue {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return sheet.rows[Number(m[2]) - 1]?.[m[1]!.charCodeAt(0) - 65] ?? null;
}

/** The rows whose first cell is text, as [row number, text] — the texts of a portrait form. */
function texts(sheet: SheetSpec): [number, string][] {
  return sheet.rows.flatMap((r, i): [number, string][] =>
    typeof r[0] === "string" && r[0] !== "" ? [[i + 1, r[0]]] : [],
  );
}

const KAZAKH_ONLY = /[әғқңөұүһі]/i;

describe("the sample: corrected conclusions of the Ministry of Justice", () => {
  const original = scored(json("samples", "assessment-sample.json"));
  const { out, sheets, sheet } = run(original, objectionsOf("samples", "objections-sample.json"));

  it("Russian sheets are named in Russian; each corrected copy follows its original", () => {
    expect(sheets.map((s) => s.name).filter((n) => /^(Әділет|Минюст)-1[25]-/.test(n))).toEqual([
      "Әділет-12-kk",
      "Әділет-12-kk-түз",
      "Әділет-15-kk",
      "Әділет-15-kk-түз",
      "Минюст-12-ru",
      "Минюст-12-ru-испр",
      "Минюст-15-ru",
      "Минюст-15-ru-испр",
    ]);
  });

  it("annex 12 (ru), corrected: the Russian name, the re-issue sentence, the remaining fact, the decision's date", () => {
    const s = sheet("Минюст-12-ru-испр");
    expect(cell(s, "A6")).toBe("Министерство юстиции Республики Казахстан");
    expect(cell(s, "A11")).toBe(
      "Заключение выдано повторно, с исправлениями, после рассмотрения возражений оцениваемого государственного органа специальной комиссией (решение комиссии от 08.04.2020).",
    );
    // Objection 2 removed the act's second fact; the first is stated as the original states both (C7, §21).
    const facts = texts(s).filter(([, t]) => t.startsWith("Актом сверки"));
    expect(facts).toHaveLength(1);
    const [row] = facts[0]!;
    expect(cell(s, `A${row}`)).toBe(
      "Актом сверки (приложение 1) выявлены факты представления недостоверных отчетных данных (1):",
    );
    expect(cell(s, `A${row + 1}`)).toBe(
      "1) Количество рассмотренных жалоб завышено на 200 по сравнению с данными системы документооборота.",
    );
    expect(cell(s, `A${row + 2}`)).toBe(
      "В связи с этим вычтено 0,20 балла (0,2 за каждый факт, не более 5 по направлению).",
    );
    // Dated by the commission's decision of 08.04.2020, not by the original's 20 March.
    expect(texts(s).at(-1)).toEqual([expect.any(Number), "г. Астана, «8» апреля 2020 г."]);
    // Wholly Russian: no Kazakh-only letter in any text cell.
    const kazakh = s.rows.flat().filter((v) => typeof v === "string" && KAZAKH_ONLY.test(v));
    expect(kazakh).toEqual([]);
  });

  it("the original keeps its own date and both facts", () => {
    const s = sheet("Минюст-12-ru");
    expect(texts(s).at(-1)?.[1]).toBe("г. Астана, «20» марта 2020 г.");
    expect(texts(s).filter(([, t]) => /^[12]\) /.test(t))).toHaveLength(2);
    expect(texts(s).some(([, t]) => t.startsWith("Заключение выдано повторно"))).toBe(false);
  });

  it("annex 12 (kk), corrected: the Kazakh sentence and date", () => {
    const s = sheet("Әділет-12-kk-түз");
    expect(cell(s, "A6")).toBe("Қазақстан Республикасының Әділет министрлігі");
    expect(cell(s, "A11")).toBe(
      "Қорытынды бағаланатын мемлекеттік органның қарсылықтары арнайы комиссияда қаралғаннан кейін түзетіліп қайта берілді (комиссияның 08.04.2020 шешімі).",
    );
    expect(texts(s).at(-1)?.[1]).toBe("Астана қ., «8» сәуір 2020 ж.");
  });

  it("annex 15 (ru), corrected: Russian name, sentence and date", () => {
    const s = sheet("Минюст-15-ru-испр");
    expect(cell(s, "A6")).toBe("Министерство юстиции Республики Казахстан");
    expect(cell(s, "A11")).toBe(
      "Заключение выдано повторно, с исправлениями, после рассмотрения возражений оцениваемого государственного органа специальной комиссией (решение комиссии от 08.04.2020).",
    );
    expect(texts(s).at(-1)?.[1]).toBe("г. Астана, «8» апреля 2020 г.");
  });

  it("annex 14 (ru) prints the Russian objections and notes", () => {
    const s = sheet("Минюст-14-жалобы-ru");
    expect(cell(s, "A6")).toBe("Министерство юстиции Республики Казахстан");
    expect(cell(s, "D14")).toBe(
      "Количество привлеченных к дисциплинарной ответственности не 0, а 1: в отчет не включен приказ территориального органа (прилагается).",
    );
    expect(cell(s, "F14")).toBe("Принято. Копии приказов подтверждены.");
    expect(cell(s, "D16")).toBe(
      "Второй факт представления недостоверных данных в акте сверки ошибочен: дисциплинарные взыскания подтверждены приказами (прилагаются).",
    );
    expect(cell(s, "F16")).toBe("Принято. Подтверждено журналом портала.");
    expect(cell(s, "A19")).toBe("Общий балл с учетом итогов обжалования составил 93,98.");
  });

  it("an accepted objection that changes no score: a warning and a line in annex 14's note", () => {
    // Karaganda's first rating 4,91 → 4,9 (objection 5): M1 stays the same.
    expect(out.withoutEffect?.map((o) => o.no)).toEqual([5]);
    const warned = out.problems.filter((p) => p.code === "acceptedNoScoreChange");
    expect(warned.map((p) => [p.bodyId, p.params])).toEqual([
      ["karaganda", { no: 5, direction: "services", fields: "services.ratings.0" }],
    ]);
    expect(cell(sheet("Карагандинская-14-услуги-ru"), "F11")).toBe("Принято. Исправление не изменяет баллы.");
    expect(cell(sheet("Қарағанды-14-қызмет-kk"), "F11")).toBe("Қабылданды. Түзету балдарды өзгертпейді.");
    expect(sheets.some((s) => s.name.startsWith("Қарағанды-4"))).toBe(false);
  });

  it("the before/after sheet (ru) speaks in names and the forms' terms", () => {
    const s = sheet("До-после-ru");
    expect(s.rows[2]).toEqual([
      1,
      "Министерство юстиции Республики Казахстан",
      "Качество рассмотрения жалоб и заявлений",
      "Внутренний контроль качества рассмотрения жалоб и заявлений",
      "19.03.2020",
      "31.03.2020",
      "27.03.2020",
      "принято",
      "11.04.2020",
    ]);
    expect(cell(s, "D4")).toBe("Штрафные баллы");
    expect(cell(s, "B6")).toBe("Акимат города Алматы");
    expect(s.rows.slice(10, 16)).toEqual([
      ["орган", null, "направление", "показатель", "до обжалования", "после обжалования", "изменение"],
      [
        "Министерство юстиции Республики Казахстан",
        null,
        "Качество рассмотрения жалоб и заявлений",
        "Внутренний контроль качества рассмотрения жалоб и заявлений",
        0,
        10,
        10,
      ],
      [
        "Министерство юстиции Республики Казахстан",
        null,
        "Качество рассмотрения жалоб и заявлений",
        "Общая оценка",
        84.18,
        94.18,
        10,
      ],
      [
        "Министерство юстиции Республики Казахстан",
        null,
        "Качество рассмотрения жалоб и заявлений",
        "Штрафные баллы",
        0.4,
        0.2,
        -0.2,
      ],
      [
        "Министерство юстиции Республики Казахстан",
        null,
        "Качество рассмотрения жалоб и заявлений",
        "Итоговая оценка с учетом вычтенных штрафных баллов",
        83.78,
        93.98,
        10.2,
      ],
      ["Министерство юстиции Республики Казахстан", null, "общая оценка", "Балл", 86.35, 89.75, 3.4],
    ]);
    // No id, no internal key, no Kazakh-only letter anywhere on the Russian sheet.
    const words = s.rows.flat().filter((v): v is string => typeof v === "string");
    expect(
      words.filter((w) => /^(moj|almaty|karaganda|turkestan|penalty|total|final|score)$/.test(w)),
    ).toEqual([]);
    expect(words.filter((w) => KAZAKH_ONLY.test(w))).toEqual([]);
  });

  it("the before/after sheet (kk) names the body and the criterion in Kazakh", () => {
    const s = sheet("Дейін-кейін-kk");
    expect(s.rows[11]?.slice(0, 4)).toEqual([
      "Қазақстан Республикасының Әділет министрлігі",
      null,
      "Шағымдар мен арыздарды қарау сапасы",
      "Шағымдар мен арыздарды қарау сапасына ішкі бақылау",
    ]);
  });

  it("the sample has every Russian text: no warning for annex 14 (ru)", () => {
    expect(objectionRussianProblems(objectionsOf("samples", "objections-sample.json"))).toEqual([]);
  });
});

describe("a body whose scores change only through a peer's correction (I-2)", () => {
  // Turkestan has no monitored service: its P1 is the mean P1 of the monitored local bodies, so
  // Almaty's corrected rating moves it although Turkestan objected to nothing.
  const original = scored(json("examples", "sample-cohort.json"));
  const { out, sheet } = run(original, objectionsOf("test", "fixtures", "objections", "peer-only.json"));

  it("is warned about and re-issued", () => {
    expect(out.problems.filter((p) => p.code === "reissuedByOthers").map((p) => p.bodyId)).toEqual([
      "turkestan",
    ]);
  });

  it("annex 4 (kk and ru) says why, with the decision's date", () => {
    expect(cell(sheet("Түркістан-4-kk-түз"), "A11")).toBe(
      "Қорытынды түзетіліп қайта берілді: арнайы комиссия басқа мемлекеттік органдардың қарсылықтары бойынша олардың деректерін түзетті (комиссияның 09.04.2020 шешімі), ал осы органның «Мемлекеттік қызметтердің көрсетілу сапасына қанағаттандырылу деңгейі» көрсеткіші сол түрдегі органдардың орташа мәні бойынша есептеледі.",
    );
    const ru = sheet("Түркістан-4-ru-испр");
    expect(cell(ru, "A11")).toBe(
      "Заключение выдано повторно, с исправлениями: специальная комиссия по возражениям других государственных органов исправила их данные (решение комиссии от 09.04.2020), а показатель «Уровень удовлетворенности качеством оказания государственных услуг» данного органа рассчитывается как среднее по органам того же вида.",
    );
    expect(texts(ru).at(-1)?.[1]).toBe("«9» апреля 2020 г.");
  });

  it("Almaty's own corrected conclusion gives its own reason", () => {
    expect(cell(sheet("Алматы-4-ru-испр"), "A11")).toBe(
      "Заключение выдано повторно, с исправлениями, после рассмотрения возражений оцениваемого государственного органа специальной комиссией (решение комиссии от 09.04.2020).",
    );
  });
});

describe("facts of the act, addressed one by one", () => {
  const base = json("samples", "assessment-sample.json") as { settings: Record<string, unknown> };
  const original = scored(base);
  const decided = {
    no: 1,
    bodyId: "moj",
    direction: "complaints" as const,
    item: "penalty",
    text: "факт",
    source: "test",
    conclusionReceived: "2020-03-19",
    submitted: "2020-03-20",
    decision: "accepted" as const,
    decisionDate: "2020-04-08",
  };
  const factLines = (s: SheetSpec) =>
    texts(s)
      .filter(([, t]) => /^\d\) /.test(t))
      .map(([, t]) => t);

  it("a fact's text replaced in both languages is printed in the corrected copies", () => {
    const { out: same, sheet } = run(original, [
      {
        ...decided,
        corrections: [
          { path: "unreliable.complaints[0]", value: { text: "Жаңа мәтін.", ru: "Новый текст." } },
        ],
      },
    ]);
    // No score changes (two facts still), but the conclusion states the facts: it is re-issued.
    expect(same.withoutEffect).toEqual([]);
    expect(factLines(sheet("Әділет-12-kk-түз"))).toEqual([
      "1) Жаңа мәтін.",
      "2) Тәртіптік жаза қолданылғаны туралы мәліметтер бұйрықтармен расталмаған.",
    ]);
    expect(factLines(sheet("Минюст-12-ru-испр"))[0]).toBe("1) Новый текст.");
    expect(() => sheet("Минюст-15-ru-испр")).toThrow();
    const { out } = run(original, [
      {
        ...decided,
        corrections: [
          { path: "unreliable.complaints[0].ru", value: "Новый текст." },
          { path: "unreliable.complaints[1]", value: null },
        ],
      },
    ]);
    const ru = procedureSheets(original, out, { langs: ["ru"], log: { who: "a", recorded: "2020-04-10" } });
    expect(factLines(ru.find((s) => s.name === "Минюст-12-ru-испр")!)).toEqual(["1) Новый текст."]);
  });

  it("the old count form still works, with a warning that the facts' texts are not stated", () => {
    const { out, sheet } = run(original, [
      { ...decided, corrections: [{ path: "unreliable.complaints", value: 1 }] },
    ]);
    expect(out.problems.filter((p) => p.code === "correctionDropsFacts").map((p) => p.params)).toEqual([
      { no: 1, field: "unreliable.complaints" },
    ]);
    expect(factLines(sheet("Минюст-12-ru-испр"))).toEqual([]);
    expect(texts(sheet("Минюст-12-ru-испр")).map(([, t]) => t)).toContain(
      "Актом сверки (приложение 1) выявлены факты представления недостоверных отчетных данных, количество – 1.",
    );
  });

  it("a fact that is not in the act, or a count and a fact of one direction, are refused", () => {
    const beyond = runObjections(original, [
      { ...decided, corrections: [{ path: "unreliable.complaints[2]", value: null }] },
    ]);
    expect(beyond.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual([
      "unknownCorrectionPath",
    ]);
    const both = runObjections(original, [
      { ...decided, corrections: [{ path: "unreliable.complaints", value: 1 }] },
      { ...decided, no: 2, corrections: [{ path: "unreliable.complaints[1]", value: null }] },
    ]);
    expect(both.problems.filter((p) => p.severity === "error").map((p) => [p.code, p.params])).toEqual([
      ["conflictingCorrections", { first: 1, second: 2, field: "unreliable.complaints" }],
    ]);
  });

  it("the table form: a removal word in the value cell, Russian texts in their columns", () => {
    const parsed = parseObjectionRows([
      {
        no: 2,
        body: "moj",
        direction: "шағымдар",
        objection: "Екінші факт қате.",
        ruObjection: "Второй факт ошибочен.",
        note: "Расталды.",
        field: "unreliable.complaints[1]",
        value: "исключить",
      },
      { no: 2, field: "unreliable.complaints[0].ru", value: "Новый текст." },
      { no: 3, body: "moj", direction: "complaints", objection: "Мәтін.", note: "Ескертпе." },
    ]);
    expect(parsed.problems).toEqual([]);
    const [second, third] = parsed.objections;
    expect(second?.corrections).toEqual([
      { path: "unreliable.complaints[1]", value: null },
      { path: "unreliable.complaints[0].ru", value: "Новый текст." },
    ]);
    expect(second?.ru).toEqual({ text: "Второй факт ошибочен." });
    // Missing Russian texts are warned, as a body's are: objection 2's note, objection 3's both texts.
    const warned: [number, unknown][] = objectionRussianProblems(parsed.objections).map((p: Problem) => [
      parsed.objections.findIndex((o) => p.path.startsWith(o.source)),
      p.params.field,
    ]);
    expect(warned).toEqual([
      [0, "ru.note"],
      [1, "ru.objection"],
      [1, "ru.note"],
    ]);
    expect(third?.ru).toBeUndefined();
  });

  it("settings.conclusion.correctedDate dates the corrected copies", () => {
    const withDate = scored({
      ...base,
      settings: {
        ...base.settings,
        conclusion: { ...(base.settings.conclusion as object), correctedDate: "2020-04-15" },
      },
    });
    const { sheet } = run(withDate, [
      { ...decided, corrections: [{ path: "unreliable.complaints[1]", value: null }] },
    ]);
    expect(texts(sheet("Минюст-12-ru-испр")).at(-1)?.[1]).toBe("г. Астана, «15» апреля 2020 г.");
  });
});
