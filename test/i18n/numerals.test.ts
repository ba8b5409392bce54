import { fill, placeholders } from "../../src/i18n/lang";
import { pointsWord, ruPoints } from "../../src/i18n/numerals";

describe("Russian agreement of «балл»", () => {
  // Written out by hand from the grammar: 1, 21, 31… балл; 2–4, 22–24… балла; 0, 5–20, 25–30… баллов.
  const ONE = [1, 21, 31, 41, 51, 61, 71, 81, 91, 101];
  const FEW = [
    2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 63, 64, 72, 73, 74, 82, 83, 84, 92, 93, 94,
  ];

  it("agrees for every whole number 0…101", () => {
    let checked = 0;
    for (let n = 0; n <= 101; n++) {
      const want = ONE.includes(n) ? "балл" : FEW.includes(n) ? "балла" : "баллов";
      expect([n, ruPoints(n)]).toEqual([n, want]);
      expect([n, ruPoints(String(n))]).toEqual([n, want]);
      checked++;
    }
    expect(checked).toBe(102);
  });

  it("teens take «баллов»", () => {
    expect([11, 12, 13, 14, 111, 112, 114].map((n) => ruPoints(n))).toEqual(Array(7).fill("баллов"));
  });

  it("a fraction, as a number or as displayed, takes «балла»", () => {
    expect(ruPoints(0.4)).toBe("балла");
    expect(ruPoints("0,40")).toBe("балла");
    expect(ruPoints("23,25")).toBe("балла");
    expect(ruPoints("25,00")).toBe("балла");
    expect(ruPoints("1,5")).toBe("балла");
  });

  it("displayed thousands with spaces agree as whole numbers", () => {
    expect(ruPoints("1 001")).toBe("балл");
    expect(ruPoints("1\u00a0005")).toBe("баллов");
  });

  it("Kazakh never changes, English pluralises", () => {
    expect([pointsWord(1, "kk"), pointsWord("23,25", "kk")]).toEqual(["балл", "балл"]);
    expect([pointsWord(1, "en"), pointsWord(2, "en"), pointsWord("0,40", "en")]).toEqual([
      "point",
      "points",
      "points",
    ]);
    expect(pointsWord(22, "ru")).toBe("балла");
  });
});

describe("fill", () => {
  it("fills named placeholders and keeps unknown ones visible", () => {
    expect(fill("{a} из {b} {c}", { a: "23,25", b: 25 })).toBe("23,25 из 25 {c}");
    expect(fill("{toString}", {})).toBe("{toString}");
    expect(placeholders("{a} {b} {a}")).toEqual(["a", "b"]);
  });
});
