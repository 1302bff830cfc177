import { describe, expect, it } from "vitest";
import { NO_LETTER, letterPools, type CountingTrace } from "../experiments/counting/trace";
import { CELL, LEFT, LETTER_COLORS, PREDICTION_COLORS, hoverText, poolRows, predictionStatus, predictionText, stepAt, traceSize } from "./counting-trace-layout";

/** Letters A B C D, X predictions none, B, B (wrong: C), D; R all A. */
const trace: CountingTrace = {
  n: 1, condition: "sorn", seed: 0, steps: 4, firstStep: 6000, testSteps: 1000, ne: 3,
  letters: Uint8Array.from([0, 1, 2, 3]),
  states: Uint8Array.from([1, 0, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1]),
  predicted: { X: Uint8Array.from([NO_LETTER, 1, 1, 3]), R: Uint8Array.from([0, 0, 0, 0]) },
  pools: letterPools(),
};

/** Relative luminance (WCAG). */
function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe("the counting trace's layout", () => {
  it("maps canvas x to a step column and sizes the canvas", () => {
    expect(stepAt(trace, LEFT - 1)).toBeNull();
    expect(stepAt(trace, LEFT)).toBe(0);
    expect(stepAt(trace, LEFT + 3 * CELL + CELL - 0.5)).toBe(3);
    expect(stepAt(trace, LEFT + 4 * CELL)).toBeNull();
    expect(traceSize(trace).width).toBe(LEFT + 4 * CELL + 8);
  });

  it("says right, wrong or none per step, and the predictions as text", () => {
    expect([0, 1, 2, 3].map((k) => predictionStatus(trace, "X", k))).toEqual(["none", "right", "wrong", "right"]);
    expect([0, 1, 2, 3].map((k) => predictionStatus(trace, "R", k))).toEqual(["right", "wrong", "wrong", "wrong"]);
    expect(predictionText(trace, "X")).toBe("·BBD");
  });

  it("names the step, the letter and the prediction on hover", () => {
    expect(hoverText(trace, "X", 2)).toBe("Test step 3 of 1000 (network step 6002): letter C · readout X predicted B (wrong), from x' of the step before · 0 of 3 E neurons active.");
    expect(hoverText(trace, "X", 0)).toMatch(/^Test step 1 of 1000 \(network step 6000\): letter A · readout X predicted nothing here/);
    expect(hoverText(trace, "R", 0)).toBe("Test step 1 of 1000 (network step 6000): letter A · readout R predicted A (correct), from r, the state just before the letter · 1 of 3 E neurons active.");
  });

  it("six distinct letter colours whose letters read (contrast ≥ 4.5), and the pools 10k…10k+9", () => {
    expect(new Set(LETTER_COLORS.map((c) => c.fill)).size).toBe(6);
    for (const c of LETTER_COLORS) expect(contrast(c.fill, c.ink)).toBeGreaterThanOrEqual(4.5);
    expect(PREDICTION_COLORS.right).not.toBe(PREDICTION_COLORS.wrong);
    expect(poolRows(trace, 5)).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
  });
});
