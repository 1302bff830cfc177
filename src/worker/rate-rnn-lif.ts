/**
 * A closer look at one rate model's LIF network at one scaling factor s (spec spiking-rnn.md §3;
 * the views of SI Fig. S1 and the paper's Fig. 2), for the Spiking RNN tab, exposed over comlink
 * by `rate-rnn-lif.worker.ts`. For K trials k = 0 … K−1 (trial k seeded `trialSeed(seed, k)`, the
 * same trials the grid search scores):
 *
 * - the spikes of trial 0 (LIF step, unit; the units' E/I types) for a raster;
 * - the LIF output out_i = (w_out/s)·r_i averaged over each block of 100 LIF steps (one rate step,
 *   5 ms), per trial; mean ± SD over the trials of each label, with that label's target z;
 * - per unit: the LIF rate (Hz, spikes from step 10 on / trial length; mean over trials) and the
 *   rate unit's mean r_i = φ(x_i) over the trial's steps and the trials (the rate network run on the
 *   same task inputs with its own noise stream `NumpyRandom(trialSeed(seed, k) ^ 1)`, a choice).
 *
 * Everything comes back in transferred typed arrays: one message per request.
 */
import { transfer } from "comlink";
import { runLifTrial, trialSeed } from "../models/lif/evaluate";
import { lifNetworkOfModel, LifInputError } from "../models/lif/network";
import { forward } from "../models/rate-rnn/forward";
import { modelFromJson } from "../models/rate-rnn/model-file";
import { task } from "../models/rate-rnn/tasks";
import { NumpyRandom } from "../models/rng/numpy-random";

/** The output of one label's trials: mean ± SD per 5 ms block against the target. */
export interface LifOutputGroup {
  label: number;
  kind: string;
  trials: number;
  correct: number;
  mean: Float64Array;
  sd: Float64Array;
  /** The target z of this label (T entries; the LIF output block b is paired with z[b − 1]). */
  target: Float64Array;
}

export interface LifDetail {
  s: number;
  trials: number;
  correct: number;
  n: number;
  inh: Uint8Array;
  /** Trial 0: LIF steps (0.05 ms) and spikes (1-based step, unit). */
  nt: number;
  spikeStep: Int32Array;
  spikeUnit: Int32Array;
  rasterKind: string;
  groups: LifOutputGroup[];
  /** Per unit: LIF rate (Hz) and the rate unit's mean φ(x). */
  lifHz: Float64Array;
  rateUnit: Float64Array;
}

/** Blocks of `k` steps of `out`, averaged. */
export function blockMeans(out: Float64Array, k: number): Float64Array {
  const b = Math.floor(out.length / k);
  const m = new Float64Array(b);
  for (let j = 0; j < b; j++) {
    let s = 0;
    for (let i = j * k; i < (j + 1) * k; i++) s += out[i];
    m[j] = s / k;
  }
  return m;
}

export class RateRnnLifService {
  /** The LIF detail of `modelText` at `s` over `trials` trials (evaluation seed `seed`). */
  detail(modelText: string, s: number, trials: number, seed: number): LifDetail {
    if (!Number.isInteger(trials) || trials < 1) throw new LifInputError(`trials must be a positive integer, got ${trials}`);
    const model = modelFromJson(modelText, "model");
    const net = lifNetworkOfModel(model, s);
    const t = task(model.task);
    const n = net.n;
    const lifHz = new Float64Array(n), rateUnit = new Float64Array(n);
    const byLabel = new Map<number, { kind: string; rows: Float64Array[]; correct: number; target: Float64Array }>();
    let raster: ReturnType<typeof runLifTrial> | null = null;
    let correct = 0;
    for (let k = 0; k < trials; k++) {
      const r = runLifTrial(net, model.task, seed, k, k === 0);
      if (k === 0) raster = r;
      if (r.correct) correct++;
      r.trial.ratesHz.forEach((x, i) => (lifHz[i] += x));
      const trial = t.generate(new NumpyRandom(trialSeed(seed, k)));
      const g = byLabel.get(r.label) ?? { kind: r.kind, rows: [], correct: 0, target: trial.z };
      g.rows.push(blockMeans(r.trial.out, 100));
      if (r.correct) g.correct++;
      byLabel.set(r.label, g);
      const tr = forward(model.net, trial.u, t.T, new NumpyRandom((trialSeed(seed, k) ^ 1) >>> 0));
      for (let step = 0; step < t.T; step++) for (let i = 0; i < n; i++) rateUnit[i] += tr.r[step * n + i] / (t.T * trials);
    }
    for (let i = 0; i < n; i++) lifHz[i] /= trials;
    const groups: LifOutputGroup[] = [...byLabel.entries()].sort((a, b) => b[0] - a[0]).map(([label, g]) => {
      const len = g.rows[0].length;
      const mean = new Float64Array(len), sd = new Float64Array(len);
      for (let j = 0; j < len; j++) {
        let a = 0;
        for (const row of g.rows) a += row[j];
        mean[j] = a / g.rows.length;
        let q = 0;
        for (const row of g.rows) q += (row[j] - mean[j]) ** 2;
        sd[j] = Math.sqrt(q / g.rows.length);
      }
      return { label, kind: g.kind, trials: g.rows.length, correct: g.correct, mean, sd, target: g.target };
    });
    const d: LifDetail = {
      s, trials, correct, n, inh: model.net.inh.slice(), nt: raster!.trial.nt, spikeStep: raster!.trial.spikeStep, spikeUnit: raster!.trial.spikeUnit,
      rasterKind: raster!.kind, groups, lifHz, rateUnit,
    };
    const buffers = [d.inh.buffer, d.spikeStep.buffer, d.spikeUnit.buffer, lifHz.buffer, rateUnit.buffer, ...groups.flatMap((g) => [g.mean.buffer, g.sd.buffer, g.target.buffer])];
    return transfer(d, buffers as ArrayBuffer[]);
  }
}
