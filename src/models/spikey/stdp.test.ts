import { describe, expect, it } from "vitest";
import { WeightMatrix } from "./parts/weights";
import { FIG1, fig1Reward, florianFig1 } from "./synapses/florian-fig1";
import { LTP, RLSTDP } from "./synapses/rlstdp";
import { streamRng } from "./rng";
import { SpikeLog } from "./types";

/** ΔW of the synapse input 0 → body 0 for one pre and one post spike, dt = t_post − t_pre, z = 1 every step. */
function deltaW(part: typeof RLSTDP, W: number, dt: number, prePolarity: number): number {
  const weights = new WeightMatrix(1, 1, 100, Float32Array.of(1, 0));
  const rule = part.build({ stdp_window: W, learning_rate: 0.1, trace_decay: 1 }, weights);
  const log = new SpikeLog(2, W + 2);
  const tPre = 20;
  const tPost = tPre + dt;
  for (let t = 0; t < 60; t++) {
    log.push(Float32Array.of(t === tPre ? prePolarity : 0, t === tPost ? 1 : 0));
    rule.update(log, Float32Array.of(prePolarity, 1));
    rule.reward(1);
  }
  return weights.w[0] - 1;
}

const k = (W: number, d: number): number => (d >= 1 && d <= W - 1 ? (W - 1 - d) / (W - 2) : 0);

describe("Spikey RLSTDP / LTP kernels (spec §1.7; stdp_viz, W = 4…9)", () => {
  for (let W = 4; W <= 9; W++) {
    it(`W = ${W}: ΔW(dt) = +η k(dt) causal, −η k(|dt|) anti-causal, k(Δ) = (W−1−Δ)/(W−2); the sign flips for an inhibitory pre on the causal side`, () => {
      for (let dt = -W - 1; dt <= W + 1; dt++) {
        if (dt === 0) continue;
        const exc = deltaW(RLSTDP, W, dt, 1);
        const inh = deltaW(RLSTDP, W, dt, -1);
        const want = dt > 0 ? 0.1 * k(W, dt) : -0.1 * k(W, -dt);
        expect(exc).toBeCloseTo(want, 6);
        // LTD's credit carries the (excitatory) post neuron's polarity (spec §1.7), so only LTP flips.
        expect(inh).toBeCloseTo(dt > 0 ? -want : want, 6);
      }
      expect(deltaW(RLSTDP, W, 1, 1)).toBeCloseTo(0.1, 6);
      expect(deltaW(RLSTDP, W, W - 1, 1)).toBe(0);
    });
  }
  it("LTP: causal half only, (W−1−Δ)/W (peak η(W−2)/W at Δ = 1)", () => {
    for (let W = 4; W <= 9; W++) {
      expect(deltaW(LTP, W, 1, 1)).toBeCloseTo((0.1 * (W - 2)) / W, 6);
      expect(deltaW(LTP, W, 2, 1)).toBeCloseTo((0.1 * (W - 3)) / W, 6);
      expect(deltaW(LTP, W, -1, 1)).toBe(0);
    }
  });
  it("multi-spike superposition and a trace_decay < 1 trace: the fast update equals a dense reading of the rule", () => {
    const nIn = 4;
    const n = 6;
    const W = 7;
    const rng = streamRng(11, 1);
    const init = Float32Array.from({ length: (nIn + n) * n }, () => (rng.random() < 0.7 ? rng.random() : 0));
    const fast = new WeightMatrix(nIn, n, 1.2, init.slice());
    const ref = new WeightMatrix(nIn, n, 1.2, init.slice());
    const rule = RLSTDP.build({ stdp_window: W, learning_rate: 0.05, trace_decay: 0.1 }, fast);
    const pol = Float32Array.from({ length: nIn + n }, (_, u) => (u % 3 === 0 ? -1 : 1));
    const log = new SpikeLog(nIn + n, W + 2);
    const rows: number[][] = [];
    let z = 0;
    for (let t = 0; t < 300; t++) {
      const row = Array.from({ length: nIn + n }, () => (rng.random() < 0.3 ? 1 : 0));
      rows.push(row);
      log.push(Float32Array.from(row, (s, u) => s * pol[u]));
      rule.update(log, pol);
      // dense reference: post row t−1, pre rows t−W … t−2
      if (t >= 1 && z !== 0) {
        const credit = new Float64Array(nIn + n);
        for (let d = 1; d <= W - 1; d++) if (t - 1 - d >= 0) rows[t - 1 - d].forEach((s, u) => (credit[u] += s * k(W, d)));
        const post = rows[t - 1];
        const dw = new Float64Array(ref.w.length);
        for (let u = 0; u < nIn + n; u++) for (let c = 0; c < n; c++) {
          if (post[nIn + c]) dw[u * n + c] += 0.05 * z * pol[u] * credit[u];
          if (post[u]) dw[u * n + c] -= 0.05 * z * pol[nIn + c] * credit[nIn + c];
        }
        for (let i = 0; i < dw.length; i++) if (ref.mask[i]) ref.w[i] = Math.min(1.2, Math.max(0, ref.w[i] + dw[i]));
      }
      z *= 0.9;
      const r = rng.random() - 0.4;
      rule.reward(r);
      z += r;
    }
    for (let i = 0; i < ref.w.length; i++) expect(fast.w[i]).toBeCloseTo(ref.w[i], 5);
    expect([...fast.w].some((x, i) => x !== init[i])).toBe(true);
  });
});

/** Florian's equations in closed form (independent of the rule's code): w(T) for MSTDPET and MSTDP. */
function oracle(T: number, eligibility: boolean): number {
  const { pre, post, gamma, tauZ, tau, w0, flipAt } = FIG1;
  const events = [...pre.map((s) => ({ s, P: post.filter((q) => q < s).reduce((a, q) => a - Math.exp(-(s - q) / tau), 0) })), ...post.map((s) => ({ s, P: pre.filter((p) => p < s).reduce((a, p) => a + Math.exp(-(s - p) / tau), 0) }))];
  // ∫_s^T r(t) e^{−(t−s)/τz} dt with r = +1 before flipAt, −1 after
  const integral = (s: number): number => {
    const f = (a: number, b: number): number => (b > a ? tauZ * (Math.exp(-(a - s) / tauZ) - Math.exp(-(b - s) / tauZ)) : 0);
    return f(s, Math.min(T, flipAt)) - f(Math.max(s, flipAt), T);
  };
  return w0 + events.filter((e) => e.s < T).reduce((a, e) => a + gamma * (eligibility ? (e.P / tauZ) * integral(e.s) : e.P * (e.s < flipAt ? 1 : -1)), 0);
}

describe("Florian 2007 Fig. 1 (spec §3 E3 and its exact-solution note)", () => {
  it("MSTDPET: w(200) = 0.32161 and the peak 0.41960 at t = 140 ms, to 1e-5; the whole curve on the closed form", () => {
    const { t, w } = florianFig1("mstdpet");
    expect(t.length).toBe(201);
    expect(Math.abs(w[200] - 0.32161)).toBeLessThan(1e-5);
    const peak = w.indexOf(Math.max(...w));
    expect(t[peak]).toBe(140);
    expect(Math.abs(w[peak] - 0.4196)).toBeLessThan(1e-5);
    for (let i = 0; i <= 200; i++) expect(Math.abs(w[i] - oracle(t[i], true))).toBeLessThan(2e-6);
  });
  it("MSTDP: the jumps γ r(s) P(s) of the closed form", () => {
    const { t, w } = florianFig1("mstdp");
    for (let i = 0; i <= 200; i++) expect(Math.abs(w[i] - oracle(t[i], false))).toBeLessThan(2e-6);
    expect(fig1Reward(99)).toBe(1);
    expect(fig1Reward(100)).toBe(-1);
  });
  it("Spikey's RLSTDP as its notebook runs it: 0.2 → 0.2622 → 0.2222 → 0.2844 → 0.2222 (spec §1.7), one step behind", () => {
    const { t, w } = florianFig1("spikey-rlstdp");
    const jumps = t.filter((_, i) => i > 0 && Math.abs(w[i] - w[i - 1]) > 1e-7);
    expect(jumps).toEqual([12, 82, 117, 142]);
    expect([12, 82, 117, 142].map((x) => +w[x].toFixed(4))).toEqual([0.2622, 0.2222, 0.2844, 0.2222]);
  });
});
