import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { modelOf } from "../rate-rnn/model-file";
import { task } from "../rate-rnn/tasks";
import { DEFAULT_TRAIN, Trainer } from "../rate-rnn/train";
import { LIF, LifInputError, lifInput, lifNetworkOfModel, runLifTrial, simulateLif, trialSeed, type LifNetwork, type LifOptions, type LifRandom, type LifTrial } from "./index";

// The reference below is simulate.ts as it was before the fusion (commit d4e3f87), kept to pin the maths.

/** The step-by-step form of simulate.ts before its loops were fused (steps 1–8 as separate passes). */
function referenceSimulate(net: LifNetwork, u: Float64Array, cols: number, rng: LifRandom, opts: LifOptions = {}): LifTrial {
  const { n, nIn, wPre, wIn, wOut, tauD } = net;
  if (!Number.isInteger(cols) || cols < 2) throw new LifInputError(`input needs at least 2 columns (T + 1), got ${cols}`);
  if (u.length !== nIn * cols) throw new LifInputError(`input has ${u.length} values, expected nIn × (T + 1) = ${nIn} × ${cols}`);
  for (const x of u) if (!Number.isFinite(x)) throw new LifInputError("input has a non-finite value");
  const { dt, tm, tr, vPeak, vReset, bias, refSteps, stepsPerRateStep: K } = LIF;
  const noiseScale = opts.noiseScale ?? 1;
  const keep = opts.keepSpikes ?? true;
  const nt = (cols - 1) * K;
  const v = new Float64Array(n);
  if (opts.v0) {
    if (opts.v0.length !== n) throw new LifInputError(`v0 has ${opts.v0.length} values, expected ${n}`);
    v.set(opts.v0);
  } else rng.uniformFill(v, 0, 1).forEach((x, i) => (v[i] = vReset + x * (30 - vReset)));
  const ipsc = new Float64Array(n), h = new Float64Array(n), r = new Float64Array(n), hr = new Float64Array(n);
  const jd = new Float64Array(n), ext = new Float64Array(n);
  const last = new Int32Array(n), count = new Float64Array(n);
  const ed = Float64Array.from(tauD, (t) => Math.exp(-dt / t));
  const er = Math.exp(-dt / tr);
  const hGain = Float64Array.from(tauD, (t) => 1 / (tr * t));
  const noise = new Float64Array(n * K);
  const spiked = new Int32Array(n);
  const out = new Float64Array(nt);
  let steps: number[] = [], units: number[] = [];
  let col = -1;
  for (let i = 1; i <= nt; i++) {
    const c = Math.floor(i / K + 0.5);
    if (c !== col) {
      col = c;
      for (let k = 0; k < n; k++) {
        let s = 0;
        for (let q = 0; q < nIn; q++) s += wIn[k * nIn + q] * u[q * cols + c];
        ext[k] = s;
      }
    }
    const nOff = ((i - 1) % K) * n;
    if (nOff === 0) {
      if (noiseScale !== 0) rng.normalFill(noise, 0, LIF.noiseSd * noiseScale);
    }
    let ns = 0;
    for (let k = 0; k < n; k++) {
      const I = ipsc[k] + bias + ext[k];
      const dv = i - last[k] > refSteps ? (-v[k] + I) / tm : 0;
      const vk = v[k] + dt * dv + noise[nOff + k];
      v[k] = vk;
      if (vk >= vPeak) spiked[ns++] = k;
    }
    jd.fill(0);
    for (let q = 0; q < ns; q++) {
      const j = spiked[q], off = j * n;
      for (let k = 0; k < n; k++) jd[k] += wPre[off + k];
      last[j] = i;
      if (i >= LIF.rateFromStep) count[j]++;
      if (keep) (steps.push(i), units.push(j));
    }
    for (let k = 0; k < n; k++) ipsc[k] = ipsc[k] * ed[k] + h[k] * dt;
    if (ns > 0) for (let k = 0; k < n; k++) h[k] = h[k] * er + jd[k] * hGain[k];
    else for (let k = 0; k < n; k++) h[k] *= er;
    let o = 0;
    for (let k = 0; k < n; k++) {
      r[k] = r[k] * ed[k] + hr[k] * dt;
      hr[k] *= er;
      o += wOut[k] * r[k];
    }
    for (let q = 0; q < ns; q++) {
      const j = spiked[q];
      hr[j] += hGain[j];
      v[j] = vReset;
    }
    out[i - 1] = o;
  }
  const ratesHz = Float64Array.from(count, (x) => x / (nt * dt));
  const trial = { nt, spikeStep: Int32Array.from(steps), spikeUnit: Int32Array.from(units), out, ratesHz };
  steps = units = [];
  return trial;
}

describe("simulateLif's fused loop", () => {
  const trainer = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 4, maxTrials: 20, evalTrials: 2 }, { n: 40 });
  while (trainer.step() === "running");
  const model = modelOf(trainer);
  const goNogo = task("go-nogo");

  it("gives bit for bit the step-by-step form's output, spikes and rates (same draws)", () => {
    for (const s of [3, 25, 70]) {
      const net = lifNetworkOfModel(model, s);
      for (let k = 0; k < 3; k++) {
        const trial = (f: typeof simulateLif): LifTrial => {
          const rng = new NumpyRandom(trialSeed(11, k));
          const tr = goNogo.generate(rng);
          return f(net, lifInput(tr.u, 1, goNogo.T), goNogo.T + 1, rng);
        };
        const a = trial(referenceSimulate), b = trial(simulateLif);
        expect(b.spikeStep).toEqual(a.spikeStep);
        expect(b.spikeUnit).toEqual(a.spikeUnit);
        expect(b.out.every((x, i) => Object.is(x, a.out[i]))).toBe(true);
        expect(b.ratesHz).toEqual(a.ratesHz);
        expect(a.spikeStep.length).toBeGreaterThan(40);
      }
    }
  });

  it("a seeded Go-NoGo trial gives fixed numbers (the Ziggurat noise stream)", () => {
    const r = runLifTrial(lifNetworkOfModel(model, 25), "go-nogo", 0, 0, true);
    expect([r.kind, r.label, r.trial.spikeStep.length, r.correct]).toEqual(["go", 1, 1334, true]);
    expect(r.trial.out[19999]).toBe(1.0462380559335724);
  });
});
