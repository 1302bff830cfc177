/**
 * A rate RNN on the model seam: `step(n)` runs n steps of 5 ms of the dynamics of `forward.ts`
 * (one {@link rateStep} each), with the trained (or initial) weights fixed: training is the
 * trainer's (`train.ts`), not a rule of this model.
 *
 * - drive "task" (default): trial k draws from `NumpyRandom(trialSeed(S, k))` the task trial and
 *   then its noise in `forward`'s order (x_0's ξ, then one ξ per step), so its outputs equal
 *   `forward(net, trial.u, T, thatRng)` exactly. A trial is T steps (t = 0 … T−1); at t = T−1 the
 *   task's rate rule scores o_1 … o_{T−1}.
 * - drive "input": one endless trial from `NumpyRandom(trialSeed(S, 0))`; step t ≥ 1 reads the
 *   source's u(t − 1), as a trial reads its input column t − 1.
 *
 * Series per step: o_t (at t = 0: w_out·r_0 + b_out), the target z[t − 1] (z[0] at t = 0; 0 in
 * input mode), the trial index, the fraction of finished trials correct, and the mean rate r of
 * the E and of the I units.
 */
import type { InputSource } from "../inputs";
import type { Model } from "../model";
import { SornInputError } from "../params/error";
import { NumpyRandom } from "../rng/numpy-random";
import { loadNumpy, saveNumpy } from "../rng/numpy-state";
import { activate } from "./activation";
import { trialSeed } from "./drive";
import { rateStep } from "./forward";
import { liveCsr, taus, type Csr } from "./network";
import { RATE_DEFAULTS, RATE_SCHEMA, type RateParams, type RateState } from "./rate-family-types";
import { task as taskOf, type Task, type Trial } from "./tasks";
import { TrialModel } from "./trial-model";

/** One rate network run through the seam (see the module doc). */
export class RateRnnModel extends TrialModel<RateParams> implements Model<RateParams, RateState> {
  readonly inputs: number;
  readonly spikeGroups = [] as const;
  private readonly task: Task;
  private readonly csr: Csr;
  private readonly alpha: Float64Array;
  /** The step within the trial (−1: no trial running). */
  private tt = -1;
  private rng: NumpyRandom | null = null;
  private trial: Trial | null = null;
  private readonly x: Float64Array;
  private readonly r: Float64Array;
  private readonly a: Float64Array;
  private readonly xi: Float64Array;
  private readonly uCol: Float64Array;
  private o = new Float64Array(0);
  private readonly series = new Float64Array(6);

  constructor(params?: object, seed: unknown = 0, given?: unknown, drive: unknown = "task") {
    super("rate-rnn", RATE_SCHEMA, RATE_DEFAULTS, params, seed, given, drive);
    const model = this.rateModel;
    this.task = taskOf(model.task);
    const n = model.net.settings.n;
    this.inputs = model.net.settings.nIn;
    this.csr = liveCsr(model.net);
    this.alpha = taus(model.net).map((t) => 1 / t);
    [this.x, this.r, this.a] = [0, 1, 2].map(() => new Float64Array(2 * n));
    this.xi = new Float64Array(n);
    this.uCol = new Float64Array(this.inputs);
  }

  /** Start trial `score.trial` (task drive) or the endless one. */
  private begin(): void {
    this.rng = new NumpyRandom(trialSeed(this.seed, this.drive === "task" ? this.score.trial : 0));
    this.trial = this.drive === "task" ? this.task.generate(this.rng) : null;
    this.o = new Float64Array(this.task.T - 1);
    this.tt = 0;
  }

  step(n = 1, input?: InputSource): this {
    if (!Number.isInteger(n) || n < 0) throw new SornInputError("steps", `must be a non-negative integer, got ${n}`);
    if (input && input.nu !== this.inputs) throw new SornInputError("inputs", `must have ${this.inputs} channel${this.inputs === 1 ? "" : "s"} (the ${this.task.id} task's), got ${input.nu}`);
    const net = this.rateModel.net, N = net.settings.n, T = this.task.T;
    const { x, r, a, xi } = this;
    for (let s = 0; s < n; s++) {
      if (this.tt < 0) this.begin();
      const tt = this.tt, rng = this.rng!, cur = (tt % 2) * N, prev = N - cur;
      rng.normalFill(xi, 0, 1);
      let out: number;
      if (tt === 0) {
        for (let i = 0; i < N; i++) x[cur + i] = (this.params.noise_scale * xi[i]) / 100;
        activate(net.settings.activation, x, r, cur, N);
        out = net.bOut;
        for (let i = 0; i < N; i++) out += net.wOut[i] * r[cur + i];
      } else if (this.trial) {
        out = rateStep(net, this.csr, this.alpha, x, r, a, cur, prev, this.trial.u, T, tt - 1, xi, this.params.noise_scale);
      } else {
        if (input) input.fill(this.t, this.uCol);
        else this.uCol.fill(0);
        out = rateStep(net, this.csr, this.alpha, x, r, a, cur, prev, this.uCol, 1, 0, xi, this.params.noise_scale);
      }
      if (!Number.isFinite(out)) throw new SornInputError("rate-rnn", `the activity became non-finite at step ${this.t + 1} (a diverging network?)`);
      this.series[0] = out;
      this.series[1] = this.trial ? this.trial.z[Math.max(0, tt - 1)] : 0;
      this.series[2] = this.score.trial;
      this.meanRates(cur);
      if (tt > 0) this.o[(tt - 1) % this.o.length] = out;
      this.tt = tt + 1;
      if (this.trial && this.tt === T) {
        this.score.finish(this.task.correct(this.o, this.trial.label));
        this.tt = -1;
      }
      this.series[3] = this.score.accuracy;
      this.t++;
      this.observer?.({ t: this.t, spikes: [], series: this.series });
    }
    return this;
  }

  /** Mean r of the E and of the I units (series 4 and 5; 0 for an empty group). */
  private meanRates(cur: number): void {
    const inh = this.rateModel.net.inh;
    let se = 0, si = 0, ne = 0;
    for (let i = 0; i < inh.length; i++) {
      if (inh[i]) si += this.r[cur + i];
      else (se += this.r[cur + i]), ne++;
    }
    this.series[4] = ne ? se / ne : 0;
    this.series[5] = inh.length - ne ? si / (inh.length - ne) : 0;
  }

  setParams(changes: Readonly<Record<string, unknown>>): this {
    Object.assign(this.params, this.nextParams(changes));
    return this;
  }

  protected dropTrial(): void {
    this.tt = -1;
  }

  state(): RateState {
    return {
      ...this.savedRun("sorn-lab/rate-rnn-state"),
      format: "sorn-lab/rate-rnn-state",
      running: this.tt < 0 ? null : { tt: this.tt, rng: saveNumpy(this.rng!), x: this.x.slice(), r: this.r.slice(), a: this.a.slice(), o: this.o.slice() },
    };
  }

  /** Continue from `s` (as `state()` gave it; the caller built this model from `s.model`). */
  restore(s: RateState): this {
    this.restoreRun(s);
    this.tt = -1;
    if (s.running) {
      const { tt, x, r, a, o } = s.running;
      const maxTt = this.drive === "task" ? this.task.T - 1 : Infinity;
      if (!Number.isInteger(tt) || tt < 1 || tt > maxTt) throw new SornInputError("state.running.tt", `must be an integer in [1, ${maxTt}], got ${tt}`);
      for (const [name, v, len] of [["x", x, this.x.length], ["r", r, this.r.length], ["a", a, this.a.length], ["o", o, this.task.T - 1]] as const) {
        if (!v || v.length !== len) throw new SornInputError(`state.running.${name}`, `has ${v?.length ?? 0} values, expected ${len}`);
      }
      this.begin();
      this.rng = loadNumpy(s.running.rng, "state.running.rng");
      [this.x, this.r, this.a].forEach((dst, k) => dst.set([x, r, a][k]));
      this.o.set(o);
      this.tt = tt;
    }
    return this;
  }
}
