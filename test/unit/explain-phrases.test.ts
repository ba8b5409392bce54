import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { EXPLAIN_PHRASES, type PhraseId } from "../../src/methodology/explain-phrases";
import {
  explanation,
  explanationText,
  phrase,
  phrased,
  type Explanation,
} from "../../src/methodology/explain";
import { LANGS, placeholders } from "../../src/i18n/lang";
import { ROOT } from "../helpers/cli";
import { assessment, centralBody, localBody } from "../helpers/fixtures";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** English words left in a text, apart from the formula names min/max and language codes. */
function englishWords(text: string): string[] {
  return (text.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !["min", "max"].includes(w));
}

function explanations(input: unknown) {
  const e = evaluate(input);
  if (!e.ok) throw new Error("invalid");
  return e.result.bodies.flatMap((b) => b.explain);
}

// Edge bodies so that every phrase of the catalogue occurs at least once.
const edge = localBody("edge");
Object.assign(edge.services as Json, {
  ratings: [],
  rendered: 0,
  renderedExcludingOneDay: 0,
  complaints: 0,
  late: 0,
  refusals: 0,
  incompleteDocs: 0,
  extraDocs: 0,
});
Object.assign(edge.complaints as Json, {
  reviewed: 0,
  late: 0,
  courtUpheld: 0,
  repeatUpheld: 0,
  disciplined: 0,
  disciplineImpossible: 0,
});
const peer = localBody("peer");
(peer.openness as Json).openBudget = { kk: {}, ru: {}, auditInPeriod: true, classified: true };
const central = centralBody("c");
Object.assign((central.services as Json).automation, {
  serviceTypes: 0,
  portalServiceTypes: 0,
  totalVolume: 0,
  electronicVolume: 0,
  allElectronic: true,
});
(central as Json).exempt = ["nationalBank"];
(central.complaints as Json).challengedInCourt = false;
Object.assign((central.openness as Json).openBudget, { auditInPeriod: false });
(central.openness as Json).openNpa.kk = { "1": 1, "2": 1, "3": 1, "4": "na", "5.1": 0, "5.2": 0, "5.3": 0 };
(central.openness as Json).openDialogue.kk["2"] = { answered: 0, received: 0 };
delete (central.openness as Json).openData.kk["4"];
(central.openness as Json).openData.kk["2"] = 0;
const late = centralBody("late");
Object.assign(late.services as Json, { late: 100000 });
(late.complaints as Json).late = 900;
const received = centralBody("received");
(received as Json).received = {
  complaints: { total: 90, penalty: 0, final: 90, conclusionDate: "2021-03-10", from: "ҚСАЕК" },
};
const sample = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"));
const all = [
  ...explanations(assessment(edge, peer, localBody("l2"), central, late, received)),
  ...explanations(sample),
];

test("every phrase id has all three languages, each with the same parameters", () => {
  const ids = Object.keys(EXPLAIN_PHRASES) as PhraseId[];
  expect(ids.length).toBeGreaterThanOrEqual(20);
  for (const id of ids) {
    const p: Record<string, string> = EXPLAIN_PHRASES[id];
    expect({ id, langs: Object.keys(p).sort() }).toEqual({ id, langs: [...LANGS].sort() });
    for (const lang of LANGS)
      expect({ id, lang, empty: p[lang]!.trim() === "" }).toEqual({ id, lang, empty: false });
    // Every parameter the English text takes (the call sites' type) is used by kk and ru too.
    const en = placeholders(p.en!).sort();
    for (const lang of ["kk", "ru"] as const)
      expect({ id, lang, params: placeholders(p[lang]!).sort() }).toEqual({ id, lang, params: en });
  }
});

test.each(["kk", "ru"] as const)("every explanation reads in %s without English words", (lang) => {
  for (const e of all)
    expect({ key: e.key, left: englishWords(explanationText(e, lang)) }).toEqual({
      key: e.key,
      left: [],
    });
});

test("every phrase of the catalogue occurs in the engine's explanations (the test covers them all)", () => {
  const used = new Set<string>();
  for (const e of all)
    for (const p of e.parts ?? []) if (typeof p === "object" && "phrase" in p) used.add(p.phrase);
  expect([...used].sort()).toEqual(Object.keys(EXPLAIN_PHRASES).sort());
});

test("no explanation shows an object where a phrase should be (a phrase outside phrased``)", () => {
  for (const e of all) for (const lang of LANGS) expect(explanationText(e, lang)).not.toMatch(/\[object/);
});

test("a phrase is rendered by lookup, its figures and terms in place", () => {
  const e: Explanation = explanation(
    "services.P1",
    phrased`${phrase("p1FromCohort", { n: 3, type: { en: "local", kk: "жергілікті", ru: "МИО" } })} = 4.5`,
    "§32",
  );
  expect(e.text).toBe(
    "no service in public monitoring: mean P1 of 3 monitored local bodies of the cohort = 4.5",
  );
  expect(explanationText(e, "ru")).toBe(
    "услуги не были в общественном мониторинге: среднее P1 3 органов типа МИО с мониторингом = 4.5",
  );
  expect(explanationText(e, "kk")).toBe(
    "қызметтер қоғамдық мониторингке енгізілмеген: жиынтықтағы мониторингтен өткен 3 жергілікті органның орташа P1 = 4.5",
  );
  // A text of figures alone carries no pieces and reads the same in every language.
  const plain = explanation("services.K1", "K1 = P1 + P2 = 4.5 + 20 = 24.5", "§31");
  expect(plain.parts).toBeUndefined();
  expect(explanationText(plain, "kk")).toBe("K1 = P1 + P2 = 4.5 + 20 = 24.5");
});

test("numbers and formulas are kept as computed", () => {
  const t1 = all.find((e) => e.key === "services.T1" && e.text.includes("(b ="))!;
  const ru = explanationText(t1, "ru");
  expect(ru.split(" (")[0]).toBe(t1.text.split(" (")[0]);
  expect(ru).toMatch(/\(b = \d+ услуг без однодневных видов, из \d+\)$/);
  const level = all.find((e) => e.key === "overall.level" && e.text.endsWith("→ medium"))!;
  expect(explanationText(level, "kk")).toBe(level.text.replace("→ medium", "→ орташа"));
  expect(explanationText(t1, "en")).toBe(t1.text);
});
