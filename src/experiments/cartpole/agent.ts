/**
 * The learner of one run: its features φ, its readout w and its probabilities (spec
 * experiments.md §2.2, §2.4).
 *
 *  plastic / frozen: φ = x' (the reservoir's new E state, 50 values 0/1), plus a constant 1 in
 *                    corrected mode (the bias feature);
 *  raw:              φ = [x, ẋ, θ, θ̇, 1] (the float32 observation and a bias; no reservoir);
 *  random:           no features; a = 1 iff U ≥ ½ (`np.random.choice(2, p=[½, ½])`).
 *
 * w (n × 2, row-major) starts as `np.random.rand(n, 2)`, U[0,1) in C order: in docs mode from
 * the global numpy stream (the reservoir's, after its initial step), which then also gives the
 * actions' uniforms; in corrected mode from RandomState((S + 1000) mod 2^32), the actions from
 * RandomState((S + 3000) mod 2^32) (see options.ts); times `wScale` if set.
 */
import { NumpyRandom } from "../../models/rng/numpy-random";
import type { ResolvedRun } from "./options";
import { runSeeds } from "./options";
import { docsSoftmax, logits, stableSoftmax, type Softmax } from "./policy";
import { Reservoir } from "./reservoir";

export class Agent {
  readonly docs: boolean;
  readonly random: boolean;
  readonly reservoir: Reservoir | null;
  /** Features per step (0 for the random policy). */
  readonly n: number;
  /** This step's features (filled by {@link observe}). */
  readonly phi: Float64Array;
  /** The readout, n × 2 row-major (empty for the random policy). */
  readonly w: Float64Array;
  /** The stream of the training actions' uniforms (docs: the global stream that also drew w). */
  readonly rng: NumpyRandom;
  private readonly bias: boolean;

  constructor(run: ResolvedRun) {
    const seeds = runSeeds(run.seed);
    this.docs = run.mode === "docs";
    this.random = run.variant === "random";
    const withReservoir = run.variant === "plastic" || run.variant === "frozen";
    this.reservoir = withReservoir ? new Reservoir({ seed: seeds.sorn, frozen: run.variant === "frozen", encoding: run.encoding, bins: run.bins }) : null;
    if (this.reservoir && run.variant === "plastic" && run.pretrainSteps > 0) this.reservoir.pretrain(run.pretrainSteps, new NumpyRandom(seeds.pretrain));
    this.bias = !this.docs || run.variant === "raw";
    this.n = this.random ? 0 : (this.reservoir ? this.reservoir.ne : 4) + (this.bias ? 1 : 0);
    this.phi = new Float64Array(this.n);
    if (this.bias) this.phi[this.n - 1] = 1;
    const wRng = this.docs ? (this.reservoir?.np ?? new NumpyRandom(seeds.sorn)) : new NumpyRandom(seeds.policy);
    this.w = new Float64Array(2 * this.n);
    for (let i = 0; i < this.w.length; i++) this.w[i] = wRng.random();
    this.rng = this.docs ? wRng : new NumpyRandom(seeds.actions);
    if (run.wScale !== 1) for (let i = 0; i < this.w.length; i++) this.w[i] *= run.wScale;
  }

  /** This step's φ from the observation; a reservoir takes its one engine step here. */
  observe(obs: ArrayLike<number>): Float64Array {
    const phi = this.phi;
    if (this.reservoir) {
      const x = this.reservoir.step(obs);
      for (let k = 0; k < x.length; k++) phi[k] = x[k];
    } else if (!this.random) for (let k = 0; k < 4; k++) phi[k] = obs[k];
    return phi;
  }

  /** p = softmax(φ·w) of the current φ: the docs' (may fail, B3) or the stable one. */
  probabilities(): Softmax {
    const [z0, z1] = logits(this.phi, this.w);
    if (this.docs) return docsSoftmax(z0, z1);
    return { ok: true, ...stableSoftmax(z0, z1) };
  }
}
