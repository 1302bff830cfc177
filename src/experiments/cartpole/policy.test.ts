import { describe, expect, it } from "vitest";
import { applyUpdate, chooseAction, correctedScore, discountedReturns, docsReturns, docsScore, docsSoftmax, logits, outer, stableSoftmax, standardize } from "./policy";

/** The synthetic episode of C9: T = 3, three features, fixed φ, p, actions, rewards 1. */
const PHI = [1, 0, 1, 0, 1, 1, 1, 1, 0];
const P: [number, number][] = [[0.3, 0.7], [0.6, 0.4], [0.5, 0.5]];
const ACTIONS: (0 | 1)[] = [1, 0, 1];
const W0 = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6];

function scores(score: typeof docsScore): Float64Array {
  const out = new Float64Array(6);
  P.forEach(([p0, p1], i) => out.set(score(p0, p1, ACTIONS[i], new Float64Array(2)), 2 * i));
  return out;
}

describe("C9 – the docs' update and the corrected one, exactly", () => {
  it("S_i is the left-to-right sum of T − i terms 0.99 (γ raised to the reward, B1)", () => {
    const S = docsReturns([1, 1, 1], 0.99);
    expect(Array.from(S)).toEqual([0 + 0.99 + 0.99 + 0.99, 0 + 0.99 + 0.99, 0 + 0.99]);
    expect(S[0]).toBe(2.9699999999999998);
    for (const [i, v] of [2.97, 1.98, 0.99].entries()) expect(Math.abs(S[i] - v)).toBeLessThanOrEqual(1e-15);
    // γ has no effect on the weights' shape: S is (T − i)·γ for any γ while r ≡ 1
    expect(Array.from(docsReturns([1, 1], 0.5))).toEqual([1, 0.5]);
  });

  it("docs: w += α·g_i·S_i matches the hand-computed weights to 1e-15", () => {
    const w = Float64Array.from(W0);
    applyUpdate(w, PHI, scores(docsScore), docsReturns([1, 1, 1], 0.99), 1e-4);
    // w0 + 1e-4 Σ_i φ_i (e_a − p_i) S_i, in exact arithmetic (S = 2.97, 1.98, 0.99)
    const expected = [0.0998614, 0.2001386, 0.3000297, 0.3999703, 0.4999901, 0.6000099];
    for (let k = 0; k < 6; k++) expect(Math.abs(w[k] - expected[k])).toBeLessThanOrEqual(1e-15);
  });

  it("corrected: G_i = r_i + γG_{i+1}, standardised, matches the hand-computed weights to 1e-15", () => {
    const G = discountedReturns([1, 1, 1], 0.99);
    expect(Array.from(G)).toEqual([1 + 0.99 * (1 + 0.99 * 1), 1 + 0.99 * 1, 1]);
    for (const [i, v] of [2.9701, 1.99, 1].entries()) expect(Math.abs(G[i] - v)).toBeLessThanOrEqual(1e-15);
    const A = standardize(G);
    // μ = 1.9867, σ = √(1.94066334/3) = 0.80429334200899611823…, Â = (G − μ)/(σ + 1e-8)
    const hand = [1.2226882113890710765, 0.0041029805751311109950, -1.2267911919642021875];
    for (let i = 0; i < 3; i++) expect(Math.abs(A[i] - hand[i])).toBeLessThanOrEqual(1e-15);
    const w = Float64Array.from(W0);
    applyUpdate(w, PHI, scores(correctedScore), A, 0.01);
    const expected = [0.10246589132565379771, 0.19753410867434620229, 0.30615036788212153538, 0.39384963211787846462, 0.49634834728813331121, 0.60365165271186668879];
    for (let k = 0; k < 6; k++) expect(Math.abs(w[k] - expected[k])).toBeLessThanOrEqual(1e-15);
  });

  it("standardising one step gives 0, not NaN (σ = 0, the 1e-8)", () => {
    expect(Array.from(standardize(Float64Array.of(1)))).toEqual([0]);
  });
});

describe("C10 – the score-function gradient", () => {
  for (const p of [[0.5, 0.5], [1e-6, 1 - 1e-6]] as const) {
    for (const a of [0, 1] as const) {
      it(`d = J[a,:]/p_a equals e_a − p to 1e-15 at p = (${p}), a = ${a}`, () => {
        const d = docsScore(p[0], p[1], a, new Float64Array(2));
        const e = correctedScore(p[0], p[1], a, new Float64Array(2));
        expect(Math.abs(d[0] - e[0])).toBeLessThanOrEqual(1e-15);
        expect(Math.abs(d[1] - e[1])).toBeLessThanOrEqual(1e-15);
      });
    }
  }

  it("g = φ dᵀ is an exact outer product", () => {
    const phi = [1, 0, 0.37, -2.5];
    const d = [0.3, -0.7];
    const g = outer(phi, d, new Float64Array(8));
    for (let k = 0; k < 4; k++) for (let j = 0; j < 2; j++) expect(g[2 * k + j]).toBe(phi[k] * d[j]);
  });

  it("z = φ·w sums over the features in order", () => {
    expect(logits([1, 0, 1], Float64Array.of(0.1, 0.2, 9, 9, 0.3, 0.4))).toEqual([0.1 + 0.3, 0.2 + 0.4]);
  });
});

describe("C11 – the softmax overflow is reported; the stable softmax stays finite", () => {
  it("docs: z > 709 gives the B3 message instead of NaN probabilities", () => {
    const s = docsSoftmax(710, 3);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.message).toMatch(/^softmax overflow \(docs bug B3\)/);
    expect(docsSoftmax(-800, -900).ok).toBe(false);
    const fine = docsSoftmax(700, 699);
    expect(fine.ok).toBe(true);
  });

  it("docs softmax equals exp(z)/Σexp(z) where it works", () => {
    const s = docsSoftmax(1.5, -0.25);
    expect(s).toEqual({ ok: true, p0: Math.exp(1.5) / (Math.exp(1.5) + Math.exp(-0.25)), p1: Math.exp(-0.25) / (Math.exp(1.5) + Math.exp(-0.25)) });
  });

  it("corrected: finite p for |z| up to 1e6", () => {
    for (const [z0, z1] of [[1e6, -1e6], [1e6, 1e6 - 1], [-1e6, -1e6], [-1e6, 3], [0, 1e6]]) {
      const { p0, p1 } = stableSoftmax(z0, z1);
      expect(Number.isFinite(p0) && Number.isFinite(p1)).toBe(true);
      expect(Math.abs(p0 + p1 - 1)).toBeLessThanOrEqual(1e-15);
    }
  });
});

describe("np.random.choice(2, p) from one uniform", () => {
  it("a = 1 iff U ≥ p0/(p0 + p1) (searchsorted 'right')", () => {
    expect(chooseAction(0.25, 0.75, 0.2499)).toBe(0);
    expect(chooseAction(0.25, 0.75, 0.25)).toBe(1);
    expect(chooseAction(0, 1, 0)).toBe(1);
    expect(chooseAction(1, 0, 0.9999999)).toBe(0);
  });
});
