import { spawnSync, execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { eigenvalues } from "./eigen";
import { createNetwork, DEFAULT_NETWORK, effectiveMatrix, taus, type NetworkSettings } from "./network";
import { DEFAULT_TRAIN, initNetwork, Trainer } from "./train";

const settings = (o: Partial<NetworkSettings> = {}): NetworkSettings => ({ ...DEFAULT_NETWORK, nIn: 1, ...o });

describe("Dale's-principle masks and initialisation", () => {
  it("the paper's init: ~20 % inhibitory, ~20 % connections, |N(0,1)|·g/√(N·P_rec), column signs", () => {
    const net = createNetwork(settings(), new NumpyRandom(0));
    const n = 200;
    const ni = net.inh.reduce((a, b) => a + b, 0);
    expect(ni).toBeGreaterThan(25);
    expect(ni).toBeLessThan(55);
    expect(net.conn.length / (n * n)).toBeCloseTo(0.2, 1);
    const eff = effectiveMatrix(net);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      const v = eff[i * n + j];
      if (v !== 0) expect(Math.sign(v)).toBe(net.inh[j] ? -1 : 1);
    }
    expect(net.w.every((v) => v >= 0)).toBe(true);
    let s2 = 0;
    for (const k of net.conn) s2 += net.w[k] ** 2;
    expect(Math.sqrt(s2 / net.conn.length)).toBeCloseTo(1.5 / Math.sqrt(40), 2);
    expect(net.bOut).toBe(0);
  });

  const python = spawnSync("python3", ["-c", "import numpy"]).status === 0;
  it.skipIf(!python)("draws like rate/main.py + FR_RNN_dale under np.random.seed (numpy; skipped without python3)", () => {
    const script = `
import numpy as np, json
np.random.seed(7); N=20
w_in = np.random.randn(N, 1); w_out = np.random.randn(1, N)/100
inh = np.random.rand(N, 1) < 0.2
w = np.zeros((N, N)); idx = np.where(np.random.rand(N, N) < 0.2)
w[idx[0], idx[1]] = np.random.normal(0, 1.0, len(idx[0])); w = np.abs(w/np.sqrt(N*0.2)*1.5)
print(json.dumps({'w_in': w_in.ravel().tolist(), 'w_out': w_out.ravel().tolist(), 'inh': inh.ravel().astype(int).tolist(), 'w': w.ravel().tolist()}))`;
    const py = JSON.parse(execFileSync("python3", ["-c", script], { encoding: "utf8" }));
    const net = createNetwork(settings({ n: 20 }), new NumpyRandom(7));
    // Same stream; the Gaussians may differ in the last bit (the polar method's log).
    const close = (a: ArrayLike<number>, b: number[]) => Array.from(a).forEach((v, k) => expect(v).toBeCloseTo(b[k], 13));
    close(net.wIn, py.w_in);
    close(net.wOut, py.w_out);
    expect(Array.from(net.inh)).toEqual(py.inh);
    close(net.w, py.w);
  });

  it("SST units receive no inhibition; without Dale there are no inhibitory units and signs are free", () => {
    const net = createNetwork(settings({ somN: 5 }), new NumpyRandom(1));
    const inh = [...net.inh.keys()].filter((i) => net.inh[i]);
    const eff = effectiveMatrix(net);
    for (const i of inh.slice(0, 5)) for (const j of inh) expect(eff[i * 200 + j]).toBe(0);
    expect(inh.slice(5).some((i) => inh.some((j) => eff[i * 200 + j] < 0))).toBe(true);
    const free = createNetwork(settings({ dale: false }), new NumpyRandom(1));
    expect(free.inh.every((v) => v === 0)).toBe(true);
    expect(free.conn.some((k) => free.w[k] < 0)).toBe(true);
  });

  it("the spectrum at init: the paper's init has a large real outlier; the balanced deviation removes it", () => {
    const radius = (init: "paper" | "balanced") => {
      const net = createNetwork(settings({ init, n: 120 }), new NumpyRandom(2));
      const { re, im } = eigenvalues(effectiveMatrix(net), 120);
      const mags = [...re].map((r, k) => Math.hypot(r, im[k])).sort((a, b) => b - a);
      const top = [...re].map((r, k) => ({ r, i: im[k] })).sort((a, b) => Math.hypot(b.r, b.i) - Math.hypot(a.r, a.i))[0];
      return { outlier: mags[0] / mags[1], top };
    };
    const paper = radius("paper");
    expect(paper.outlier).toBeGreaterThan(2);
    expect(paper.top.i).toBe(0);
    expect(paper.top.r).toBeGreaterThan(0);
    expect(radius("balanced").outlier).toBeLessThan(1.3);
  });

  it("τ = τmin + (τmax − τmin)σ(g), in the bounds; one value fixes τ", () => {
    const net = createNetwork(settings(), new NumpyRandom(3));
    const t = taus(net);
    expect(t.every((v) => v > 4 && v < 10)).toBe(true);
    expect(t[0]).toBeCloseTo(4 + 6 / (1 + Math.exp(-net.tausGaus[0])), 14);
    expect(taus(createNetwork(settings({ tauMin: 7, tauMax: 7 }), new NumpyRandom(3))).every((v) => v === 7)).toBe(true);
  });

  it("N too small for the masks, and bad settings, are refused with a clear message", () => {
    expect(() => initNetwork(settings({ n: 3 }), new NumpyRandom(0))).toThrow(/N = 3 is too small for the masks: no inhibitory unit was drawn/);
    expect(() => initNetwork(settings({ n: 1 }), new NumpyRandom(0))).toThrow(/n: must be an integer in \[2, 4000\]/);
    expect(() => initNetwork(settings({ somN: 90 }), new NumpyRandom(0))).toThrow(/som_N = 90 exceeds/);
    expect(() => initNetwork(settings({ tauMin: 5, tauMax: 2 }), new NumpyRandom(0))).toThrow(/τmin ≤ τmax/);
  });
});

describe("training invariants", () => {
  it("the sparsity pattern never grows, dead weights stay dead, τ stays in bounds and changes", () => {
    const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 2, maxTrials: 150, evalTrials: 5 }, { n: 40 });
    const n = 40;
    const tau0 = taus(t.net);
    const pattern = new Set(t.net.conn);
    const deadAt = new Map<number, number>();
    while (t.step() === "running") {
      for (const k of t.net.conn) if (t.net.w[k] <= 0 && !deadAt.has(k)) deadAt.set(k, t.trials);
    }
    for (let k = 0; k < n * n; k++) if (!pattern.has(k)) expect(t.net.w[k]).toBe(0);
    expect(deadAt.size).toBeGreaterThan(0);
    for (const k of deadAt.keys()) expect(t.net.w[k]).toBeLessThanOrEqual(0);
    const tau = taus(t.net);
    expect(tau.every((v) => v > 4 && v < 10)).toBe(true);
    expect(tau.some((v, i) => Math.abs(v - tau0[i]) > 1e-3)).toBe(true);
  });
});
