/**
 * Russian agreement of «балл» with every figure the forms print: whole numbers 0…100 (nominative
 * after a figure, and the genitive after «из», «до», «от») and fractions as displayed.
 */
import { ruPoints, ruPointsGenitive } from "../../src/i18n/numerals";

// Written out by hand, not derived from the rule under test.
const ONE = [1, 21, 31, 41, 51, 61, 71, 81, 91];
const FEW = [
  2, 3, 4, 22, 23, 24, 32, 33, 34, 42, 43, 44, 52, 53, 54, 62, 63, 64, 72, 73, 74, 82, 83, 84, 92, 93, 94,
];

describe("ruPoints: «1 балл», «2 балла», «5 баллов»", () => {
  test("every whole number 0…100", () => {
    let checked = 0;
    for (let n = 0; n <= 100; n++) {
      const want = ONE.includes(n) ? "балл" : FEW.includes(n) ? "балла" : "баллов";
      expect(`${n} ${ruPoints(String(n))}`).toBe(`${n} ${want}`);
      expect(ruPoints(n)).toBe(want);
      checked++;
    }
    expect(checked).toBe(101);
  });

  test.each([
    ["11", "баллов"],
    ["12", "баллов"],
    ["14", "баллов"],
    ["111", "баллов"],
    ["1\u00a0000", "баллов"],
    ["101", "балл"],
    ["0,40", "балла"],
    ["3,5", "балла"],
    ["25,00", "балла"],
    ["0,01", "балла"],
    ["−3,00", "балла"],
  ])("%s %s", (figure, word) => {
    expect(ruPoints(figure)).toBe(word);
  });
});

describe("ruPointsGenitive: «из 25 баллов», «из 1 балла», «до 89,99 балла»", () => {
  test("every whole number 0…100", () => {
    let checked = 0;
    for (let n = 0; n <= 100; n++) {
      const want = ONE.includes(n) ? "балла" : "баллов";
      expect(`из ${n} ${ruPointsGenitive(String(n))}`).toBe(`из ${n} ${want}`);
      checked++;
    }
    expect(checked).toBe(101);
  });

  test.each([
    ["2", "баллов"],
    ["5", "баллов"],
    ["21", "балла"],
    ["89,99", "балла"],
    ["12,5", "балла"],
  ])("из %s %s", (figure, word) => {
    expect(ruPointsGenitive(figure)).toBe(word);
  });
});
