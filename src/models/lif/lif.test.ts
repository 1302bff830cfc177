import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { modelOf } from "../rate-rnn/model-file";
import { DEFAULT_TRAIN, Trainer } from "../rate-rnn/train";
import { effectiveMatrix, taus } from "../rate-rnn/network";
import { task } from "../rate-rnn/tasks";
import { evaluateLif, lifCorrect, LifInputError, lifInput, lifNetworkOfModel, runLifTrial, simulateLif, LIF, type LifNetwork } from "./index";

/** A hand-made network: no recurrence unless given, τ_d in seconds. */
function tiny(n: number, opts: Partial<LifNetwork> = {}): LifNetwork {
  return { n, nIn: 1, s: 1, inh: new Uint8Array(n), wPre: new Float64Array(n * n), wIn: new Float64Array(n), wOut: new Float64Array(n), tauD: new Float64Array(n).fill(0.03), ...opts };
}
const noNoise = { uniformFill: (o: Float64Array) => o, normalFill: (o: Float64Array) => o };

describe("LIF single neuron", () => {
  it("membrane and refractory period match the hand-computed spike steps", () => {
    // I = bias + w_in·u = −40 + 10 = −30; active steps: v ← v + (dt/τm)(−v − 30), dt/τm = 0.005,
    // so after m active steps from v_a, v = −30 + (v_a + 30)·0.995^m. Held for steps 1 … 40 (last = 0).
    const net = tiny(1, { wIn: Float64Array.of(1) });
    const u = new Float64Array(11).fill(10); // 10 rate steps → 1,000 LIF steps
    const t = simulateLif(net, u, 11, noNoise, { noiseScale: 0, v0: Float64Array.of(-50) });
    const m1 = Math.ceil(Math.log(10 / 20) / Math.log(0.995)); // from −50: −20·0.995^m ≥ −10 → 139
    const m2 = Math.ceil(Math.log(10 / 35) / Math.log(0.995)); // from −65: 250
    expect([m1, m2]).toEqual([139, 250]);
    const first = 40 + m1; // 179
    const expected = [first, first + 40 + m2, first + 2 * (40 + m2), first + 3 * (40 + m2)];
    expect(Array.from(t.spikeStep)).toEqual(expected.filter((s) => s <= 1000));
    expect(t.nt).toBe(1000);
    expect(t.ratesHz[0]).toBeCloseTo(3 / (1000 * LIF.dt), 9);
  });

  it("a unit above threshold at start spikes on step 1 (held 40 steps, dv = 0), and the noise still moves a refractory v", () => {
    const net = tiny(1);
    const t = simulateLif(net, new Float64Array(3), 3, noNoise, { noiseScale: 0, v0: Float64Array.of(-30) });
    expect(Array.from(t.spikeStep)).toEqual([1]);
    // Rates count from step 10: the step-1 spike is not counted.
    expect(t.ratesHz[0]).toBe(0);
    // Noise during the hold: v starts at −45 (below threshold), dv = 0, a +6 mV kick on step 1 fires.
    const kick = { uniformFill: (o: Float64Array) => o, normalFill: (o: Float64Array) => (o.fill(0), (o[0] = 6), o) };
    const k = simulateLif(net, new Float64Array(2), 2, kick, { v0: Float64Array.of(-45) });
    expect(Array.from(k.spikeStep)).toEqual([1]);
  });
});

describe("double-exponential filter", () => {
  it("readout impulse response: r_{1+m} = dt/(τr τd) · (e_d^m − e_r^m)/(e_d − e_r), unit area", () => {
    const td = 0.03, tr = LIF.tr, dt = LIF.dt;
    const net = tiny(2, { wOut: Float64Array.of(1, 0), tauD: Float64Array.of(td, 0.02) });
    const t = simulateLif(net, new Float64Array(201), 201, noNoise, { noiseScale: 0, v0: Float64Array.of(0, -65) });
    expect(Array.from(t.spikeStep)).toEqual([1]);
    const ed = Math.exp(-dt / td), er = Math.exp(-dt / tr);
    for (const m of [0, 1, 2, 10, 100, 1000, 5000]) {
      const want = ((dt / (tr * td)) * (ed ** m - er ** m)) / (ed - er);
      expect(t.out[m]).toBeCloseTo(want, 9); // out[i−1] is step i = 1 + m
    }
    const area = t.out.reduce((a, b) => a + b, 0) * dt;
    // Unit area up to the Euler discretisation: the discrete sum is dt²/(τr τd (1 − e_d)(1 − e_r)).
    expect(area).toBeCloseTo((dt * dt) / (tr * td * (1 - ed) * (1 - er)), 6);
    expect(Math.abs(area - 1)).toBeLessThan(0.02);
  });

  it("a spike of unit j delivers W[i,j] filtered with the postsynaptic τ_d,i into unit i", () => {
    // Unit 0 spikes on step 1; unit 1 (held until step 40, starts at −40.5) is pushed over threshold
    // only if the current arrives: with w = 0 it never fires, with a large weight it does.
    const mk = (w: number) => tiny(2, { wPre: Float64Array.of(0, w, 0, 0) });
    const silent = simulateLif(mk(0), new Float64Array(21), 21, noNoise, { noiseScale: 0, v0: Float64Array.of(0, -40.5) });
    expect(Array.from(silent.spikeUnit)).toEqual([0]);
    const driven = simulateLif(mk(5), new Float64Array(21), 21, noNoise, { noiseScale: 0, v0: Float64Array.of(0, -40.5) });
    expect(Array.from(driven.spikeUnit).slice(0, 2)).toEqual([0, 1]);
    expect(driven.spikeStep[1]).toBeGreaterThan(40);
  });
});

describe("LIF from a rate model", () => {
  const model = modelOf(new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 4 }, { n: 30 }));

  it("maps W/s, w_out/s, W_in unscaled, τ_d copied (s), b_out dropped", () => {
    const net = lifNetworkOfModel(model, 25);
    const w = effectiveMatrix(model.net);
    expect(net.wPre[3 * 30 + 7]).toBe(w[7 * 30 + 3] / 25);
    expect(net.wOut[5]).toBe(model.net.wOut[5] / 25);
    expect(Array.from(net.wIn)).toEqual(Array.from(model.net.wIn));
    expect(net.tauD[2]).toBeCloseTo((taus(model.net)[2] * 5) / 1000, 15);
  });

  it("T + 1 columns with the half-step offset; the rule windows", () => {
    const u = lifInput(Float64Array.of(1, 2, 3), 1, 3);
    expect(Array.from(u)).toEqual([1, 2, 3, 3]);
    // Step i reads column round(i/100): a held unit reads u from column 1 at step 50 already.
    const out = new Float64Array(20000);
    out[9998] = 1; // step 9999: outside the Go-NoGo window
    expect(lifCorrect("go-nogo", out, 1)).toBe(false);
    out[9999] = 0.8;
    expect(lifCorrect("go-nogo", out, 1)).toBe(true);
    expect(lifCorrect("go-nogo", out, 0)).toBe(false);
    out.fill(-5);
    expect(lifCorrect("go-nogo", out, 0)).toBe(true); // NoGo uses max, not max|out|
  });

  it("is deterministic under a seed and differs across seeds", () => {
    const net = lifNetworkOfModel(model, 25);
    const a = runLifTrial(net, "go-nogo", 7, 0, true);
    const b = runLifTrial(net, "go-nogo", 7, 0, true);
    expect(a.trial.out).toEqual(b.trial.out);
    expect(a.trial.spikeStep).toEqual(b.trial.spikeStep);
    expect(a.trial.nt).toBe(20000);
    expect(runLifTrial(net, "go-nogo", 8, 0).trial.out).not.toEqual(a.trial.out);
    const e = evaluateLif(model, 25, 2, 7);
    expect(e.trials).toBe(2);
    expect(e.rates_hz.per_unit).toHaveLength(30);
    expect(e).toEqual(evaluateLif(model, 25, 2, 7));
  });

  it("bad input errors", () => {
    expect(() => lifNetworkOfModel(model, 0)).toThrow(LifInputError);
    expect(() => lifNetworkOfModel(model, NaN)).toThrow(/s must be a number in \[0.01, 10000\]/);
    expect(() => lifNetworkOfModel(model, 1e-320)).toThrow(/got 1e-320/);
    const net = lifNetworkOfModel(model, 25);
    // A network built by hand with huge weights overflows: a clear error, never a silent NaN.
    const huge = { ...net, s: 1e-320, wPre: net.wPre.map((w) => w * 1e306) };
    const t = task(model.task);
    expect(() => simulateLif(huge, lifInput(new Float64Array(t.nIn * t.T), t.nIn, t.T), t.T + 1, new NumpyRandom(1))).toThrow(/the LIF state became non-finite \(unit \d+; s = 1e-320/);
    expect(() => simulateLif(net, new Float64Array(5), 4, new NumpyRandom(1))).toThrow(/expected nIn × \(T \+ 1\)/);
    expect(() => simulateLif(net, new Float64Array(1), 1, new NumpyRandom(1))).toThrow(/at least 2 columns/);
    expect(() => simulateLif(net, Float64Array.of(1, NaN), 2, new NumpyRandom(1))).toThrow(/non-finite/);
    expect(() => runLifTrial(net, "mante", 0, 0)).toThrow(/1 inputs, task mante has 4/);
    expect(() => evaluateLif(model, 25, 0)).toThrow(/positive integer/);
    expect(() => lifCorrect("go-nogo", new Float64Array(100), 1)).toThrow(/window starts at step 10000/);
  });
});
