/** The drafted analysis of the conclusion forms states the change against the previous period (I-18). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { comparePeriods } from "../../src/history/history-compare";
import { snapshotOf } from "../../src/history/history-snapshot";
import { buildConclusionForms } from "../../src/forms/index";
import { directionChangeSentences, overallChangeSentences } from "../../src/forms/analysis-change";
import { scoreAssessment } from "../../src/methodology/assess";
import { parseAssessment } from "../../src/model/parse";

const read = (file: string) =>
  parseAssessment(JSON.parse(readFileSync(join(__dirname, "../../samples", file), "utf8"))).assessment!;
const previous = scoreAssessment(read("assessment-previous.json"));
const current = scoreAssessment(read("assessment-sample.json"));
const comparison = comparePeriods(snapshotOf(previous, "2018"), snapshotOf(current, "2019"));

function texts(forms: ReturnType<typeof buildConclusionForms>): string[] {
  return forms.flatMap((f) => f.spec.rows.flat().filter((v): v is string => typeof v === "string"));
}

describe("change sentences (mia: 2018 → 2019, figures from the two score tables)", () => {
  it("words a rise, a fall and the level change in kk, ru and en", () => {
    expect(overallChangeSentences(comparison, "mia", "ru")).toEqual([
      "По сравнению с 2018 годом общая оценка государственного органа повысилась на 2,74 балла: 87,28 → 90,02.",
      "Уровень эффективности: в 2018 году – средний, в 2019 году – высокий.",
    ]);
    expect(directionChangeSentences(comparison, "mia", "complaints", "kk")).toEqual([
      "2018 жылмен салыстырғанда бағыт бойынша қорытынды баға 1,14 балға төмендеді: 85,92 → 84,78.",
    ]);
    expect(directionChangeSentences(comparison, "mia", "services", "en")).toEqual([
      "Compared with 2018, the final score of the direction rose by 1.62 points: 88.18 → 89.80.",
    ]);
    // A body of one period only gets no sentence.
    expect(overallChangeSentences(comparison, "abai", "ru")).toEqual([]);
  });

  it("puts them into the drafted text of annexes 3 and 15, and nowhere without a comparison", () => {
    const options = { bodies: ["mia"], langs: ["ru" as const], forms: [3, 15] as const };
    const withPrevious = texts(
      buildConclusionForms(current, { ...options, forms: [3, 15], previous: comparison }),
    );
    const plain = texts(buildConclusionForms(current, { ...options, forms: [3, 15] }));
    const sentence =
      "По сравнению с 2018 годом общая оценка государственного органа повысилась на 2,74 балла: 87,28 → 90,02.";
    expect(withPrevious.filter((t) => t.includes(sentence))).toHaveLength(1);
    expect(
      withPrevious.some((t) =>
        t.includes("итоговая оценка по направлению повысилась на 1,62 балла: 88,18 → 89,80."),
      ),
    ).toBe(true);
    expect(plain.some((t) => t.includes("По сравнению с 2018"))).toBe(false);
  });
});
