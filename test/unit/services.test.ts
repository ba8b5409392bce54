import {
  automationBonus,
  automationCriterion,
  downtimePenalty,
  eVolumeScore,
  extraDocsScore,
  incompleteDocsScore,
  portalScore,
  refusalsScore,
  satisfactionPoints,
  satisfactionScore,
  serviceComplaintsScore,
  timelinessScore,
} from "../../src/methodology/services";
import { IndicatorArgumentError } from "../../src/methodology/errors";

describe("U / P1 satisfaction bands (annex 6, I-1)", () => {
  test.each([
    [5, 15, 20],
    [4.8, 15, 20],
    [4.79, 12, 16],
    [4.795, 12, 16], // a hair below 4.8 falls in the lower band
    [4.6, 12, 16],
    [4.59, 9, 12],
    [4.4, 9, 12],
    [4.2, 6, 8],
    [4.0, 3, 4],
    [3.99, 0, 0],
    [0, 0, 0],
  ])("rating %p → central %p, local %p", (rating, central, local) => {
    expect(satisfactionPoints(rating, "central")).toBe(central);
    expect(satisfactionPoints(rating, "local")).toBe(local);
  });

  test("a threshold reached only up to binary rounding counts as reached (I-18)", () => {
    const almost = 4.8 - 4 * Number.EPSILON; // 4.8 computed through a sum can land a few ulps below
    expect(almost).toBeLessThan(4.8);
    expect(satisfactionPoints(almost, "central")).toBe(15);
  });

  test("ratings outside 0..5 are rejected", () => {
    expect(() => satisfactionPoints(5.01, "central")).toThrow(IndicatorArgumentError);
    expect(() => satisfactionPoints(-0.1, "local")).toThrow(IndicatorArgumentError);
  });

  test("P1 is the mean over rated service types; none rated → null (I-2, I-17)", () => {
    expect(satisfactionScore([4.85, 4.62], "central")).toBe((15 + 12) / 2);
    expect(satisfactionScore([4.9, 3.5, 4.4], "local")).toBe((20 + 0 + 12) / 3);
    expect(satisfactionScore([], "central")).toBeNull();
  });
});

describe("P2 and T1–T4: k − a / b × 10 000, clamp at 0, zero base → maximum", () => {
  test("P2 uses k = 10 central and 20 local (I-3)", () => {
    expect(serviceComplaintsScore(3, 120000, "central")).toBeCloseTo(10 - 0.25, 12);
    expect(serviceComplaintsScore(3, 120000, "local")).toBeCloseTo(20 - 0.25, 12);
  });
  test("T1 of the ministry example", () => {
    expect(timelinessScore(40, 118000, "central")).toBeCloseTo(26 - (40 / 118000) * 10000, 12);
    expect(timelinessScore(40, 118000, "local")).toBeCloseTo(30 - (40 / 118000) * 10000, 12);
  });
  test("maxima of T2–T4", () => {
    expect(refusalsScore(0, 5000, "central")).toBe(8);
    expect(incompleteDocsScore(0, 5000, "local")).toBe(10);
    expect(extraDocsScore(0, 5000, "local")).toBe(10);
  });
  test("clamped at 0 when violations are frequent", () => {
    expect(timelinessScore(500, 1000, "central")).toBe(0);
    expect(refusalsScore(100, 1000, "local")).toBe(0);
  });
  test("exactly at zero stays 0, not negative", () => {
    expect(extraDocsScore(8, 10000, "central")).toBe(0);
  });
  test("zero denominator scores the maximum (I-10)", () => {
    expect(serviceComplaintsScore(0, 0, "central")).toBe(10);
    expect(timelinessScore(0, 0, "local")).toBe(30);
  });
  test("non-zero numerator over a zero or smaller denominator is impossible", () => {
    expect(() => timelinessScore(1, 0, "central")).toThrow(IndicatorArgumentError);
    expect(() => refusalsScore(11, 10, "central")).toThrow(/numeratorAboveDenominator/);
    expect(() => timelinessScore(-1, 10, "central")).toThrow(/expectedCount/);
    expect(() => timelinessScore(1.5, 10, "central")).toThrow(/expectedCount/);
  });
});

describe("K3 automation (§49–55, I-4)", () => {
  test("T, V, B, P", () => {
    expect(portalScore(50, 60)).toBeCloseTo((50 / 60) * 10, 12);
    expect(portalScore(0, 0)).toBe(10);
    expect(eVolumeScore(90000, 120000)).toBe(7.5);
    expect(eVolumeScore(0, 0)).toBe(10);
    expect(automationBonus(3, false)).toBe(3);
    expect(automationBonus(7, false)).toBe(5);
    expect(automationBonus(0, true)).toBe(5);
    expect(downtimePenalty(4)).toBeCloseTo(0.8, 12);
    expect(downtimePenalty(25)).toBe(5);
    expect(downtimePenalty(40)).toBe(5);
  });
  test("K3 is clamped to 0..25", () => {
    expect(automationCriterion(10, 10, 5, 0)).toBe(25);
    expect(automationCriterion(0, 0, 0, 5)).toBe(0);
    expect(automationCriterion(2, 1, 0, 5)).toBe(0);
    expect(automationCriterion(8, 7.5, 3, 0.8)).toBeCloseTo(17.7, 12);
  });
  test("impossible automation figures", () => {
    expect(() => portalScore(61, 60)).toThrow(IndicatorArgumentError);
    expect(() => eVolumeScore(1, 0)).toThrow(IndicatorArgumentError);
    expect(() => downtimePenalty(-1)).toThrow(IndicatorArgumentError);
  });
});
