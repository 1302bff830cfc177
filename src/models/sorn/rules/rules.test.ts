import { describe, expect, it } from "vitest";
import { PythonRandom } from "../../rng/python-random";
import { NumpyRandom } from "../../rng/numpy-random";
import { ColumnMatrix } from "../column-matrix";
import { SORN_RULES } from "../family";
import { PLASTICITY_RULES, RULES, ruleNamed } from ".";
import { applyIp } from "./ip";
import { applyIstdp } from "./istdp";
import { applyNormalization } from "./normalization";
import { applySp, spTriggers } from "./sp";
import { applyStdp } from "./stdp";

const u8 = (a: number[]) => Uint8Array.from(a);
function matrix(rows: number, cols: number, entries: [number, number, number][]): ColumnMatrix {
  const m = new ColumnMatrix(rows, cols);
  for (const [r, c, w] of entries) m.set(r, c, w);
  return m;
}

describe("STDP on a hand-computed 3-neuron network", () => {
  // x(t) = [1,0,0], x(t+1) = [0,1,0], η = 0.004.
  const x = u8([1, 0, 0]);
  const xNew = u8([0, 1, 0]);
  const active = Int32Array.from([0, 1]); // neurons that fired at t or t+1
  it("potentiates pre-before-post, depresses post-before-pre, leaves the rest", () => {
    const W = matrix(3, 3, [[0, 1, 0.5], [1, 0, 0.3], [2, 1, 0.002], [0, 2, 0.7]]);
    applyStdp(W, x, xNew, active, 2, 0.004, 0, 1);
    expect(W.get(0, 1)).toBe(0.5 + 0.004); // x'_1·x_0 − x_1·x'_0 = 1
    expect(W.get(1, 0)).toBe(0.3 - 0.004); // x'_0·x_1 − x_0·x'_1 = −1
    expect(W.get(2, 1)).toBe(0.002); // pre 2 silent at t and t+1
    expect(W.get(0, 2)).toBe(0.7); // post 2 silent at t and t+1
  });
  it("prunes a synapse pushed to ≤ 0 and clips above 1", () => {
    const W = matrix(3, 3, [[0, 1, 0.999], [1, 0, 0.003]]);
    applyStdp(W, x, xNew, active, 2, 0.004, 0, 1);
    expect(W.get(0, 1)).toBe(1);
    expect(W.get(1, 0)).toBe(0);
    expect(W.nonZeroCount()).toBe(1);
  });
  it("leaves a synapse alone when both orders happen (Δ = 0, no rounding drift)", () => {
    const W = matrix(2, 2, [[0, 1, 0.1]]);
    applyStdp(W, u8([1, 1]), u8([1, 1]), Int32Array.from([0, 1]), 2, 0.004, 0, 1);
    expect(W.get(0, 1)).toBe(0.1);
  });
});

describe("intrinsic plasticity", () => {
  it("moves each threshold by η(x' − h) and clips to [te_min, te_max]", () => {
    const Te = Float64Array.from([0.5, 0.0005, 0.9995]);
    applyIp(Te, u8([1, 0, 1]), new Float64Array(3).fill(0.1), 0.01, 0, 1);
    expect(Array.from(Te)).toEqual([0.5 + 0.01 * 0.9, 0, 1]);
  });
});

describe("inhibitory STDP", () => {
  it("adds η/μ·… when the target fires, −η when it is silent, nothing for silent I neurons", () => {
    const W = matrix(2, 3, [[0, 0, 0.2], [0, 1, 0.2], [1, 0, 0.2], [0, 2, 0.0005]]);
    applyIstdp(W, u8([1, 0]), u8([1, 0, 0]), 0.001, 0.1, 0, 1);
    expect(W.get(0, 0)).toBe(0.2 + -0.001 * (1 - 11)); // fires: +0.01
    expect(W.get(0, 1)).toBe(0.2 + -0.001); // silent: −0.001
    expect(W.get(1, 0)).toBe(0.2); // I neuron 1 was silent
    expect(W.get(0, 2)).toBe(0); // pruned
  });
});

describe("synaptic normalisation", () => {
  it("makes every column with input sum to 1 and reports empty ones", () => {
    const Wee = matrix(3, 3, [[0, 1, 0.2], [2, 1, 0.6], [1, 0, 0.5]]);
    const Wei = matrix(1, 3, [[0, 0, 0.3], [0, 1, 0.3], [0, 2, 0.3]]);
    const r = applyNormalization(Wee, Wei);
    expect(Wee.get(0, 1)).toBe(0.2 / (0.2 + 0.6));
    expect(Wee.get(2, 1)).toBe(0.6 / (0.2 + 0.6));
    expect(Wee.get(1, 0)).toBe(1);
    expect(r).toEqual({ eeEmpty: 1, eiEmpty: 0 });
    expect(Wee.get(0, 2)).toBe(0); // no NaN for the empty column
  });
  it("skips only columns that are unchanged and already sum to exactly 1", () => {
    const W = matrix(3, 2, [[0, 0, 0.1], [1, 0, 0.2], [2, 0, 0.3], [0, 1, 0.25], [1, 1, 0.75]]);
    W.normalizeColumns();
    const sums = W.columnSums(new Float64Array(2));
    // Whatever rounding left, a second pass must equal the package's second division.
    const expected = [0, 1].map((c) => [0, 1, 2].map((r) => W.get(r, c) / sums[c]));
    W.normalizeColumns();
    for (const c of [0, 1]) for (const r of [0, 1, 2]) expect(W.get(r, c)).toBe(expected[c][r]);
    W.set(2, 1, 0.5); // a rule changes column 1: it must be renormalised
    W.normalizeColumns();
    expect(W.get(2, 1)).toBe(0.5 / (0.25 + 0.75 + 0.5));
  });
});

describe("structural plasticity", () => {
  /** The package's way: list every off-diagonal (r,c) with W ≤ 0 row-major, random.choice. */
  function bruteForce(W: ColumnMatrix, seed: number): [number, number] {
    const slots: [number, number][] = [];
    for (let r = 0; r < W.rows; r++) for (let c = 0; c < W.cols; c++) if (r !== c && W.get(r, c) <= 0) slots.push([r, c]);
    return slots[new PythonRandom(seed).choiceIndex(slots.length)];
  }
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("picks the same empty slot as the package's row-major list (seed %i)", (seed) => {
    const rng = new NumpyRandom(seed);
    const W = new ColumnMatrix(7, 7);
    for (let r = 0; r < 7; r++) for (let c = 0; c < 7; c++) if (rng.random() < 0.5) W.set(r, c, 0.1);
    const expected = bruteForce(W, seed);
    expect(applySp(W, new PythonRandom(seed), 0.001)).toEqual(expected);
    expect(W.get(expected[0], expected[1])).toBe(0.001);
  });
  it("does nothing when no slot is empty (the package raises)", () => {
    const W = matrix(2, 2, [[0, 1, 0.5], [1, 0, 0.5]]);
    expect(applySp(W, new PythonRandom(1), 0.001)).toBeNull();
  });
  it("fires on randint(0,10) == 0 at p = 0.1, like the package", () => {
    const a = new NumpyRandom(3);
    const b = new NumpyRandom(3);
    for (let i = 0; i < 200; i++) expect(spTriggers(a, 0.1)).toBe(b.randint(10) === 0);
  });
});

describe("the rule registry", () => {
  it("runs the package's order, the names `freeze` takes, and is what the seam lists", () => {
    expect(RULES).toEqual(["stdp", "ip", "sp", "istdp", "ss"]);
    expect(SORN_RULES).toEqual(PLASTICITY_RULES.map(({ name, title, description }) => ({ name, title, description })));
    for (const r of PLASTICITY_RULES) expect(r.description.length).toBeGreaterThan(20);
  });
  it("an unknown name is an error naming the argument", () => {
    expect(ruleNamed("istdp", "rule")).toBe(PLASTICITY_RULES[3]);
    expect(() => ruleNamed("stpd", "rule")).toThrowError(/^rule: unknown rule 'stpd' \(rules: stdp, ip, sp, istdp, ss\)/);
  });
});
