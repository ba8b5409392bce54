import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evaluate } from "../../src/evaluate";
import { EXPLAIN_PHRASES, localizeExplanation } from "../../src/methodology/explain-text";
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
const sample = JSON.parse(readFileSync(join(ROOT, "examples", "sample-cohort.json"), "utf8"));
const all = [
  ...explanations(assessment(edge, peer, localBody("l2"), central, late)),
  ...explanations(sample),
];

test.each(["kk", "ru"] as const)("every explanation reads in %s without English words", (lang) => {
  for (const e of all)
    expect({ key: e.key, left: englishWords(localizeExplanation(e.text, lang)) }).toEqual({
      key: e.key,
      left: [],
    });
});

test("every phrase of the catalogue occurs in the engine's explanations (the test covers them all)", () => {
  const texts = all.map((e) => e.text).join("\n");
  for (const [id, p] of Object.entries(EXPLAIN_PHRASES)) {
    const head = p.en.split("{")[0]!.trim();
    expect({ id, found: texts.includes(head) }).toEqual({ id, found: true });
  }
});

test("numbers and formulas are kept as computed", () => {
  const t1 = all.find((e) => e.key === "services.T1" && e.text.includes("(b ="))!;
  const ru = localizeExplanation(t1.text, "ru");
  expect(ru.split(" (")[0]).toBe(t1.text.split(" (")[0]);
  expect(localizeExplanation("79.74 → medium", "kk")).toBe("79.74 → орташа");
  expect(localizeExplanation(t1.text, "en")).toBe(t1.text);
});
