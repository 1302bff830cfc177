/**
 * The encoders Spikey lacks or ships broken (spec spikey.md §1.4, §5 bug 1):
 * - RBF: place cells on a grid over chosen state elements; cell c fires Bernoulli(r_c) with
 *   r_c = rbf_peak · Π_d exp(−(x_d − μ_{c,d})² / (2 σ_d²)), centres evenly spaced on
 *   [lo_d, hi_d] (n_d per dimension, σ_d their spacing); an element with n_d = 0 is ignored and
 *   one with a 4th entry s is read as atan(x / s) (Spikey's arctan(θ̇/4)). n_inputs = Π n_d.
 * - RankOrder (latency): one group of n_inputs/len(state) units per state element; the groups
 *   fire once per tick in the order of their values, the largest at step 0, the next at step
 *   rank_order_spacing, …; elements ≤ rank_order_min stay silent.
 * - Population (Gaussian tuning): pop_size units per state element with preferred values evenly
 *   spaced on [pop_min, pop_max]; unit (d, i) fires Bernoulli(pop_peak · exp(−(x_d − μ_i)²/(2σ²))),
 *   σ = pop_sigma (0: the spacing). n_inputs = len(state) · pop_size.
 */
import { SornInputError } from "../../params/error";
import type { GameState, Rng } from "../types";
import { EncoderBase, INPUT_COMMON_KEYS, asNumbers, type InputPart } from "./input-types";

/** Spikey's cart-pole grid, working: x on 7 cells, ẋ ignored, θ on 15, atan(θ̇/4) on 15. */
export const CARTPOLE_RBF_RANGES = [[-2.4, 2.4, 7], [0, 0, 0], [-0.21, 0.21, 15], [-1.2, 1.2, 15, 4]];

const vec = (state: GameState): readonly number[] => (typeof state === "number" ? [state] : state);

class RbfEncoder extends EncoderBase {
  private readonly dims: { element: number; lo: number; step: number; n: number; atan: number }[] = [];
  private readonly rates: Float64Array;
  private readonly peak: number;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng, private readonly rng: Rng) {
    super(v, build);
    this.peak = v.rbf_peak as number;
    if (!Array.isArray(v.rbf_ranges)) throw new SornInputError("rbf_ranges", "must be a list of [lo, hi, n] (or [lo, hi, n, atan_scale]) per state element");
    let cells = 1;
    (v.rbf_ranges as unknown[]).forEach((r, element) => {
      const [lo, hi, n, atan] = asNumbers(r, "rbf_ranges", `entry ${element}`);
      if (n === undefined || !Number.isInteger(n) || n < 0 || !(hi >= lo)) throw new SornInputError("rbf_ranges", `entry ${element} must be [lo, hi, n] with lo ≤ hi and n a whole number ≥ 0`);
      if (n === 0) return;
      this.dims.push({ element, lo, step: n > 1 ? (hi - lo) / (n - 1) : 1, n, atan: atan ?? 0 });
      cells *= n;
    });
    if (cells !== this.size) throw new SornInputError("n_inputs", `is ${this.size} but rbf_ranges makes ${cells} place cells`);
    this.rates = new Float64Array(cells);
  }

  protected encode(state: GameState): void {
    const x = vec(state);
    this.rates.fill(this.peak);
    let stride = 1;
    for (const d of this.dims) {
      const raw = x[d.element];
      if (raw === undefined) throw new SornInputError("rbf_ranges", `reads state element ${d.element} but the state has ${x.length}`);
      const value = d.atan > 0 ? Math.atan(raw / d.atan) : raw;
      for (let c = 0; c < this.rates.length; c++) {
        const i = Math.floor(c / stride) % d.n;
        const z = (value - (d.lo + i * d.step)) / d.step;
        this.rates[c] *= Math.exp(-0.5 * z * z);
      }
      stride *= d.n;
    }
  }

  protected spikes(j: number): boolean {
    return this.rng.random() < this.rates[j];
  }
}

/** `RBF`: place cells for continuous states (cart-pole by default). */
export const RBF: InputPart = {
  name: "RBF",
  description: "Gaussian place cells on a grid over the state (default: cart-pole x × θ × atan(θ̇/4), 7 × 15 × 15, ẋ ignored); Bernoulli at the cell's rate.",
  keys: [
    ...INPUT_COMMON_KEYS,
    { name: "rbf_ranges", description: "Per state element [lo, hi, n] or [lo, hi, n, atan_scale]; n = 0 ignores it.", type: "json", default: CARTPOLE_RBF_RANGES },
    { name: "rbf_peak", description: "Spike probability per step at a cell's centre.", type: "float", default: 0.4, min: 0, max: 1 },
  ],
  build: (v, build, stream) => new RbfEncoder(v, build, stream),
};

class RankOrderEncoder extends EncoderBase {
  private readonly spacing: number;
  private readonly min: number;
  private fireAt: Int32Array = new Int32Array(0);
  private per = 1;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng) {
    super(v, build);
    this.spacing = v.rank_order_spacing as number;
    this.min = v.rank_order_min as number;
  }

  protected encode(state: GameState): void {
    const x = vec(state);
    if (x.length === 0 || this.size % x.length !== 0) throw new SornInputError("n_inputs", `${this.size} is not a multiple of the state's ${x.length} elements (RankOrder)`);
    this.per = this.size / x.length;
    const order = x.map((_, d) => d).sort((a, b) => x[b] - x[a] || a - b);
    this.fireAt = new Int32Array(x.length).fill(-1);
    order.forEach((d, rank) => {
      if (x[d] > this.min) this.fireAt[d] = rank * this.spacing;
    });
  }

  protected spikes(j: number): boolean {
    return this.fireAt[Math.floor(j / this.per)] === this.k;
  }
}

/** `RankOrder`: latency code, one volley per tick in the order of the state's values. */
export const RankOrder: InputPart = {
  name: "RankOrder",
  description: "Rank-order / latency code: each state element's group fires once per tick, the largest value first, rank_order_spacing steps apart; values ≤ rank_order_min stay silent.",
  keys: [
    ...INPUT_COMMON_KEYS,
    { name: "rank_order_spacing", description: "Steps between successive ranks' volleys.", type: "int", default: 5, min: 0, max: 1e6 },
    { name: "rank_order_min", description: "Elements at or below this value do not fire.", type: "float", default: 0, min: -1e9, max: 1e9 },
  ],
  build: (v, build) => new RankOrderEncoder(v, build),
};

class PopulationEncoder extends EncoderBase {
  private readonly n: number;
  private readonly lo: number;
  private readonly step: number;
  private readonly sigma: number;
  private readonly peak: number;
  private readonly rates: Float64Array;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng, private readonly rng: Rng) {
    super(v, build);
    this.n = v.pop_size as number;
    this.lo = v.pop_min as number;
    const hi = v.pop_max as number;
    if (!(hi > this.lo)) throw new SornInputError("pop_max", `must be > pop_min (${this.lo}), got ${hi}`);
    this.step = this.n > 1 ? (hi - this.lo) / (this.n - 1) : hi - this.lo;
    this.sigma = (v.pop_sigma as number) > 0 ? (v.pop_sigma as number) : this.step;
    this.peak = v.pop_peak as number;
    this.rates = new Float64Array(this.size);
  }

  protected encode(state: GameState): void {
    const x = vec(state);
    if (x.length * this.n !== this.size) throw new SornInputError("n_inputs", `is ${this.size} but Population needs ${x.length} elements × pop_size ${this.n} = ${x.length * this.n}`);
    for (let d = 0; d < x.length; d++) {
      for (let i = 0; i < this.n; i++) {
        const z = (x[d] - (this.lo + i * this.step)) / this.sigma;
        this.rates[d * this.n + i] = this.peak * Math.exp(-0.5 * z * z);
      }
    }
  }

  protected spikes(j: number): boolean {
    return this.rng.random() < this.rates[j];
  }
}

/** `Population`: Gaussian tuning curves per state element. */
export const Population: InputPart = {
  name: "Population",
  description: "Population code: pop_size units per state element with Gaussian tuning (preferred values evenly on [pop_min, pop_max]); Bernoulli at pop_peak × the tuning.",
  keys: [
    ...INPUT_COMMON_KEYS,
    { name: "pop_size", description: "Units per state element.", type: "int", default: 10, min: 1, max: 100_000 },
    { name: "pop_min", description: "Lowest preferred value.", type: "float", default: 0, min: -1e9, max: 1e9 },
    { name: "pop_max", description: "Highest preferred value.", type: "float", default: 1, min: -1e9, max: 1e9 },
    { name: "pop_sigma", description: "Tuning width (0: the spacing of the preferred values).", type: "float", default: 0, min: 0, max: 1e9 },
    { name: "pop_peak", description: "Spike probability per step at the preferred value.", type: "float", default: 0.2, min: 0, max: 1 },
  ],
  build: (v, build, stream) => new PopulationEncoder(v, build, stream),
};
