import { courtScore, deadlineScore, disciplineScore, repeatScore } from "../../src/methodology/complaints";
import { IndicatorArgumentError } from "../../src/methodology/errors";
import { formatScore, truncate2 } from "../../src/methodology/numeric";
import {
  directionFinal,
  efficiencyLevel,
  overallScore,
  reliabilityPenalty,
} from "../../src/methodology/overall";

describe("R1–R3", () => {
  test("formulas", () => {
    expect(deadlineScore(10, 1000)).toBe(30);
    expect(courtScore(1, 1000, true)).toBe(20);
    expect(repeatScore(3, 1000)).toBeCloseTo(19.7, 12);
  });
  test("not challenged in court → R2 = 30 (§93)", () => {
    expect(courtScore(5, 1000, false)).toBe(30);
  });
  test("nothing reviewed → maxima (I-10)", () => {
    expect(deadlineScore(0, 0)).toBe(40);
    expect(courtScore(0, 0, true)).toBe(30);
    expect(repeatScore(0, 0)).toBe(20);
  });
  test("clamped at 0", () => {
    expect(deadlineScore(60, 100)).toBe(0);
    expect(courtScore(1, 100, true)).toBe(0);
    expect(repeatScore(30, 100)).toBe(0);
  });
  test("numerator above reviewed is impossible", () => {
    expect(() => deadlineScore(11, 10)).toThrow(IndicatorArgumentError);
  });
});

describe("R4 bands, exact integer comparison (annex 13, I-1, I-9, I-12, I-18)", () => {
  test.each([
    // disciplined, late, impossible, points
    [9, 10, 0, 10], // exactly 90 %
    [89, 100, 0, 8], // 89 % (the source's 80–89.9 band)
    [899, 1000, 0, 8], // 89.9 %
    [8, 10, 0, 8],
    [79, 100, 0, 6],
    [7, 10, 0, 6],
    [6, 10, 0, 4],
    [5, 10, 0, 1],
    [49, 100, 0, 0],
    [0, 10, 0, 0],
    [7, 10, 2, 8], // 7 / (10 − 2) = 87.5 % (I-12); 70 % on all late reviews would give 6
    [9, 11, 1, 10], // 9 / 10 = 90 %
    [0, 10, 10, 10], // every late review had action impossible → nothing to discipline
    [0, 0, 0, 10], // no late review (I-9)
  ])("%p disciplined of %p late, %p impossible → %p", (d, late, imp, points) => {
    expect(disciplineScore(d, late, imp)).toBe(points);
  });
  test("shares that are on a threshold only in exact arithmetic still reach it", () => {
    // 0.7 × 10 is 7.000000000000001 in binary; integers compare exactly.
    expect(disciplineScore(63, 90, 0)).toBe(6); // 70 %
    expect(disciplineScore(29, 58, 0)).toBe(1); // 50 %
  });
  test("disciplined + impossible above late is impossible", () => {
    expect(() => disciplineScore(8, 10, 3)).toThrow(IndicatorArgumentError);
  });
});

describe("reliability penalty (§17–21)", () => {
  test.each([
    [0, 0],
    [1, 0.2],
    [24, 4.8],
    [25, 5],
    [26, 5],
    [100, 5],
  ])("%p facts → %p", (facts, penalty) => {
    expect(reliabilityPenalty(facts)).toBeCloseTo(penalty, 12);
  });
  test("final never below 0", () => {
    expect(directionFinal(3, 26)).toBe(0);
    expect(directionFinal(77.7, 1)).toBeCloseTo(77.5, 12);
  });
});

describe("general score (I-11, I-16) and efficiency level (§101)", () => {
  test("mean of three finals", () => {
    expect(overallScore([90, 80, 70])).toBeCloseTo(80, 12);
  });
  test("weights", () => {
    expect(overallScore([90, 60, 60], [2, 1, 1])).toBeCloseTo(75, 12);
  });
  test('"na" direction is left out and weights renormalised', () => {
    expect(overallScore(["na", 60, 80], [2, 1, 1])).toBeCloseTo(70, 12);
  });
  test("missing direction → null", () => {
    expect(overallScore([null, 60, 80])).toBeNull();
  });
  test("no weighted assessed direction → null", () => {
    expect(overallScore(["na", 60, 80], [1, 0, 0])).toBeNull();
  });
  test.each([
    [100, "high"],
    [90, "high"],
    [90 - 1e-12, "high"],
    [89.99, "medium"],
    [70, "medium"],
    [69.999, "low"],
    [50, "low"],
    [49.99, "ineffective"],
    [0, "ineffective"],
  ])("%p → %p", (score, level) => {
    expect(efficiencyLevel(score)).toBe(level);
  });
});

describe("display truncation (I-18)", () => {
  test.each([
    [89.996, "89.99"],
    [0.29, "0.29"],
    [1.005, "1.00"],
    [22.610169491525422, "22.61"],
    [100, "100.00"],
    [0, "0.00"],
    [0.6000000000000001, "0.60"],
  ])("%p shows %p", (v, shown) => {
    expect(formatScore(v)).toBe(shown);
  });
  test("truncate2 never rounds up", () => {
    expect(truncate2(4.799)).toBe(4.79);
  });
});
