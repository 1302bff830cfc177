import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { A, D, LETTER_COUNT, TASK_CHANNELS, countingLetters, letterInput, letterPattern, lettersText } from "./source";

describe("counting source (C16, over 10^5 letters)", () => {
  for (const n of [1, 4, 8, 30]) {
    it(`n = ${n}: only whole words A B^n C / D E^n F, each word with frequency ½ ± 0.01, A or D after C or F with p ≈ ½`, () => {
      const L = n + 2;
      const total = Math.ceil(1e5 / L) * L; // whole words only
      const letters = countingLetters(n, total, new NumpyRandom(11 + n));
      const text = lettersText(letters);
      const words = text.match(new RegExp(`.{${L}}`, "g")) ?? [];
      expect(words.length).toBe(total / L);
      const w1 = "A" + "B".repeat(n) + "C", w2 = "D" + "E".repeat(n) + "F";
      expect(words.every((w) => w === w1 || w === w2)).toBe(true);
      const f1 = words.filter((w) => w === w1).length / words.length;
      expect(Math.abs(f1 - 0.5)).toBeLessThan(0.01);
      // First-order transitions after a word's end.
      const after = { CA: 0, CD: 0, FA: 0, FD: 0 };
      for (let t = 0; t + 1 < letters.length; t++) {
        const key = text[t] + text[t + 1];
        if (key in after) after[key as keyof typeof after]++;
        if (text[t] === "C" || text[t] === "F") expect("AD").toContain(text[t + 1]);
      }
      expect(Math.abs(after.CA / (after.CA + after.CD) - 0.5)).toBeLessThan(0.03);
      expect(Math.abs(after.FA / (after.FA + after.FD) - 0.5)).toBeLessThan(0.03);
    });
  }

  it("starts at a word's first letter and draws one uniform per word: word 1 iff u < ½", () => {
    const rng = new NumpyRandom(5);
    const ref = new NumpyRandom(5);
    const letters = countingLetters(3, 50, rng);
    for (let w = 0; w * 5 < 50; w++) expect(letters[w * 5]).toBe(ref.random() < 0.5 ? A : D);
    // A stream cut mid-word is the prefix of a longer one.
    expect(Array.from(countingLetters(3, 23, new NumpyRandom(5)))).toEqual(Array.from(letters.slice(0, 23)));
  });

  it("letter k drives exactly channels 10k…10k+9 with 1.0 and no other", () => {
    const out = new Float64Array(TASK_CHANNELS).fill(7);
    for (let k = 0; k < LETTER_COUNT; k++) {
      letterPattern(k, out);
      for (let j = 0; j < TASK_CHANNELS; j++) expect(out[j]).toBe(j >= 10 * k && j < 10 * k + 10 ? 1 : 0);
    }
    const input = letterInput(Uint8Array.of(2, 5), 100);
    expect(input.nu).toBe(60);
    input.fill(101, out);
    expect(Array.from(out).flatMap((v, j) => (v ? [j] : []))).toEqual([50, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
    expect(() => input.fill(102, out)).toThrow(/2 letters, step 102/);
  });

  it("refuses n that is not a positive integer", () => {
    for (const n of [0, -1, 2.5, NaN]) expect(() => countingLetters(n, 10, new NumpyRandom(0))).toThrow(/positive integer/);
  });
});
