/**
 * A rate model's LIF network on the model seam: `step(n)` runs n LIF steps of 0.05 ms
 * ({@link LifStepper}, the update of `simulate.ts`).
 *
 * - drive "task" (default): trial k (k = 0, 1, …) is trial k of `sorn rnn eval --seed S` exactly:
 *   `NumpyRandom(trialSeed(S, k))` draws the task trial, the four noise seed words and the initial
 *   v; each trial starts from a fresh state and lasts 100·T steps; at its end the task's LIF rule
 *   scores it.
 * - drive "input": one endless trial from `NumpyRandom(trialSeed(S, 0))` (noise words, then v);
 *   the input column c = round(i/100) of LIF step i is the source's u(c) (5 ms resolution, as the
 *   task inputs).
 *
 * Series per step: the output (w_out/s)·r, the trial's target z at this step's rate step (0 in
 * input mode), the trial index, and the fraction of finished trials the rule passed.
 */
import type { InputSource } from "../inputs";
import type { Model, SpikeGroup } from "../model";
import { SornInputError } from "../params/error";
import { NumpyRandom } from "../rng/numpy-random";
import { loadNumpyInto, saveNumpy } from "../rng/numpy-state";
import { trialSeed } from "../rate-rnn/drive";
import { task as taskOf, type Task, type Trial } from "../rate-rnn/tasks";
import { TrialModel } from "../rate-rnn/trial-model";
import { lifCorrect } from "./evaluate";
import { LIF, lifNetworkOfModel, type LifNetwork } from "./network";
import { ZigguratNormal, zigguratFrom } from "./noise";
import { lifInput } from "./simulate";
import { LifStepper, type LifRandom } from "./stepper";
import { LIF_DEFAULTS, LIF_SCHEMA, type LifParams, type LifState } from "./family-types";

/** One LIF network run through the seam (see the module doc). */
export class LifModel extends TrialModel<LifParams> implements Model<LifParams, LifState> {
  readonly inputs: number;
  readonly spikeGroups: readonly SpikeGroup[];
  private readonly task: Task;
  private net: LifNetwork;
  private stepper: LifStepper | null = null;
  private rng: NumpyRandom | null = null;
  private noise: ZigguratNormal | null = null;
  private trial: (Trial & { cols: Float64Array }) | null = null;
  private out = new Float64Array(0);
  private source: InputSource | null = null;
  private readonly groupOf: Uint8Array;
  private readonly indexIn: Int32Array;
  private readonly spikes: Uint8Array[];
  private readonly lit: Int32Array;
  private litCount = 0;
  private readonly series = new Float64Array(4);

  constructor(params?: object, seed: unknown = 0, given?: unknown, drive: unknown = "task") {
    super("lif", LIF_SCHEMA, LIF_DEFAULTS, params, seed, given, drive);
    this.task = taskOf(this.rateModel.task);
    this.net = lifNetworkOfModel(this.rateModel, this.params.s);
    this.inputs = this.net.nIn;
    const inh = this.net.inh;
    this.groupOf = inh.slice();
    this.indexIn = new Int32Array(inh.length);
    const sizes = [0, 0];
    inh.forEach((g, k) => (this.indexIn[k] = sizes[g]++));
    this.spikeGroups = [{ name: "E", size: sizes[0] }, { name: "I", size: sizes[1] }];
    this.spikes = sizes.map((s) => new Uint8Array(s));
    this.lit = new Int32Array(inh.length);
  }

  /** Start trial `score.trial` (task drive) or the endless one (input drive). */
  private begin(): LifStepper {
    const { nIn, T } = this.task;
    const rng = new NumpyRandom(trialSeed(this.seed, this.drive === "task" ? this.score.trial : 0));
    let column: (c: number, out: Float64Array) => void;
    if (this.drive === "task") {
      const tr = this.task.generate(rng);
      const cols = lifInput(tr.u, nIn, T);
      this.trial = { ...tr, cols };
      this.out = new Float64Array(T * LIF.stepsPerRateStep);
      column = (c, out) => {
        for (let q = 0; q < nIn; q++) out[q] = cols[q * (T + 1) + c];
      };
    } else {
      this.trial = null;
      this.out = new Float64Array(0);
      column = (c, out) => (this.source ? this.source.fill(c, out) : out.fill(0));
    }
    this.rng = rng;
    this.noise = zigguratFrom(rng);
    this.stepper = new LifStepper(this.net, this.draws(), column, this.params.noise_scale);
    return this.stepper;
  }

  /** The trial generator's uniforms and the Ziggurat source's normals. */
  private draws(): LifRandom {
    return { uniformFill: (o, lo, hi) => this.rng!.uniformFill(o, lo, hi), normalFill: (o, loc, sd) => this.noise!.normalFill(o, loc, sd) };
  }

  step(n = 1, input?: InputSource): this {
    if (!Number.isInteger(n) || n < 0) throw new SornInputError("steps", `must be a non-negative integer, got ${n}`);
    if (input && input.nu !== this.inputs) throw new SornInputError("inputs", `must have ${this.inputs} channel${this.inputs === 1 ? "" : "s"} (the ${this.task.id} task's), got ${input.nu}`);
    this.source = input ?? null;
    const K = LIF.stepsPerRateStep;
    for (let s = 0; s < n; s++) {
      const st = this.stepper ?? this.begin();
      const i = st.i;
      const ns = st.step();
      for (let q = 0; q < this.litCount; q++) this.spikes[this.groupOf[this.lit[q]]][this.indexIn[this.lit[q]]] = 0;
      for (let q = 0; q < ns; q++) {
        const k = st.spiked[q];
        this.spikes[this.groupOf[k]][this.indexIn[k]] = 1;
        this.lit[q] = k;
      }
      this.litCount = ns;
      this.t++;
      const tr = this.trial;
      this.series[0] = st.out;
      this.series[1] = tr ? tr.z[Math.min(tr.z.length - 1, Math.floor((i - 1) / K))] : 0;
      this.series[2] = this.score.trial;
      if (tr) {
        this.out[i - 1] = st.out;
        if (i === this.out.length) {
          st.checkFinite();
          this.score.finish(lifCorrect(this.task.id, this.out, tr.label));
          this.stepper = null;
        }
      }
      this.series[3] = this.score.accuracy;
      this.observer?.({ t: this.t, spikes: this.spikes, series: this.series });
    }
    return this;
  }

  setParams(changes: Readonly<Record<string, unknown>>): this {
    const next = this.nextParams(changes);
    if (next.s !== this.params.s) {
      this.net = lifNetworkOfModel(this.rateModel, next.s);
      this.stepper?.rescale(this.net);
    }
    if (this.stepper) this.stepper.noiseScale = next.noise_scale;
    Object.assign(this.params, next);
    return this;
  }

  protected dropTrial(): void {
    this.stepper = null;
  }

  state(): LifState {
    return {
      ...this.savedRun("sorn-lab/lif-state"),
      format: "sorn-lab/lif-state",
      running: this.stepper ? { stepper: this.stepper.state(), rng: saveNumpy(this.rng!), noise: this.noise!.words(), out: this.out.slice() } : null,
    };
  }

  /** Continue from `s` (as `state()` gave it; the caller has built this model from `s.model`). */
  restore(s: LifState): this {
    this.restoreRun(s);
    this.stepper = null;
    if (s.running) {
      const st = this.begin();
      loadNumpyInto(this.rng!, s.running.rng, "state.running.rng");
      const w = s.running.noise;
      if (!Array.isArray(w) || w.length !== 4 || !w.every(Number.isInteger) || w.every((x) => x === 0)) throw new SornInputError("state.running.noise", "must be four 32-bit words, not all zero");
      this.noise = new ZigguratNormal(w[0], w[1], w[2], w[3]);
      if (!s.running.out || s.running.out.length !== this.out.length) throw new SornInputError("state.running.out", `has ${s.running.out?.length ?? 0} values, expected ${this.out.length}`);
      st.restore(s.running.stepper);
      this.out.set(s.running.out);
    }
    return this;
  }
}
