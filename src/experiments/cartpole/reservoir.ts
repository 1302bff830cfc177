/**
 * The cart-pole reservoir (spec experiments.md §2.2 steps 1 and 3.1): a SORN with ne = 50 and
 * nu = 4, every other hyper-parameter at the package default, noise off, one engine step per
 * environment step, the observation as its input u(t).
 *
 * - ni = int(0.2·50) = 10, and h_ip by the package rule 2·nu/ne = 2·4/50 = 0.16 (B7: not the
 *   literature's 0.1; {@link RESERVOIR_H_IP}).
 * - Input (the engine's input channels, sorn.md §3.3): x'_i = [e_i − d_i + u_i − Te_i > 0] for
 *   i < nu, so the four float32 observation values are added raw to the drives of E neurons 0–3.
 * - Lab extension (labelled as such, not from any source): the population code. Observation j
 *   is clipped to [lo_j, hi_j] ({@link POPULATION_RANGES}), its bin b = min(K − 1,
 *   ⌊(v − lo_j)/(hi_j − lo_j)·K⌋), and input neuron j·K + b gets 1.0 (nu = 4K). h_ip stays
 *   0.16 (the raw encoding's 2·4/50; the package rule would give 2·4K/50 > 1 for K ≥ 7).
 * - The docs' initial step: `simulate_sorn(inputs=np.random.randn(4,1), phase='plasticity',
 *   time_steps=1, noise=False, ne=50, nu=4)`. The package draws the 4 normals from numpy's
 *   global stream *before* it builds the network, so here the engine's generators are seeded
 *   (np.random.seed(S); random.seed(S)), nu normals drawn (polar method), the network built from
 *   the same generators (sorn.md §2) and handed to the engine as a state with the generators'
 *   positions; then one plasticity step on those normals with the run's freeze set. This is the
 *   package's RNG order exactly (no deviation); with the population code the initial input is
 *   nu = 4K normals (the docs' randn(nu, 1)).
 */
import { inhibitoryCount, resolveParams } from "../../models/sorn/params";
import { buildNetwork } from "../../models/sorn/construct";
import { SornNetwork } from "../../models/sorn/network";
import { stateOf } from "../../models/sorn/state";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { PythonRandom } from "../../models/rng/python-random";
import { PLASTICITY_RULES } from "../../models/sorn/rules";
import type { InputSource } from "../../models/inputs";
import type { Encoding } from "./options";

export const RESERVOIR_NE = 50;
export const RESERVOIR_NU = 4;
/** The package's IP target for ne 50, nu 4: 2·nu/ne (B7). */
export const RESERVOIR_H_IP = (2 * RESERVOIR_NU) / RESERVOIR_NE;

/** Clip ranges of the population code: x (track ±2.4), ẋ, θ (±12° = 0.2095 rad), θ̇. */
export const POPULATION_RANGES: readonly (readonly [number, number])[] = [
  [-2.4, 2.4],
  [-3, 3],
  [-0.2095, 0.2095],
  [-3.5, 3.5],
];

/** The population code's bin of value v in [lo, hi] with K bins. */
export function populationBin(v: number, lo: number, hi: number, K: number): number {
  const c = v < lo ? lo : v > hi ? hi : v;
  return Math.min(K - 1, Math.floor(((c - lo) / (hi - lo)) * K));
}

export interface ReservoirOptions {
  seed: number;
  /** Freeze all five rules from the start (the LSM control), the initial step included. */
  frozen?: boolean;
  encoding?: Encoding;
  /** Bins K of the population code. */
  bins?: number;
}

/** The E activity the reservoir carries between steps: x(t−1), x(t), y(t−1), y(t). */
export interface Activity {
  xPrev: Uint8Array;
  x: Uint8Array;
  yPrev: Uint8Array;
  y: Uint8Array;
}

export class Reservoir {
  readonly net: SornNetwork;
  readonly encoding: Encoding;
  readonly bins: number;
  /** Input channels: 4, or 4K with the population code. */
  readonly nu: number;
  /** The initial step's input (the nu standard normals). */
  readonly initialInput: Float64Array;
  private readonly u: Float64Array;
  private readonly source: InputSource;

  constructor(options: ReservoirOptions) {
    this.encoding = options.encoding ?? "raw";
    this.bins = this.encoding === "population" ? (options.bins ?? 6) : 0;
    this.nu = this.encoding === "population" ? 4 * this.bins : RESERVOIR_NU;
    const params = resolveParams({ ne: RESERVOIR_NE, nu: this.nu, ...(this.encoding === "population" ? { h_ip: RESERVOIR_H_IP } : {}) });
    const np = new NumpyRandom(options.seed);
    const py = new PythonRandom(options.seed);
    this.initialInput = np.normalFill(new Float64Array(this.nu), 0, 1);
    const net = buildNetwork(params, np, py);
    const ne = params.ne;
    const ni = inhibitoryCount(ne);
    const zeros = () => ({ xPrev: new Uint8Array(ne), x: new Uint8Array(ne), yPrev: new Uint8Array(ni), y: new Uint8Array(ni) });
    const state = stateOf({ net, ne, ni, t: 0, ...zeros(), np, py });
    const freeze = options.frozen ? PLASTICITY_RULES.map((r) => r.name) : [];
    this.net = new SornNetwork({ params, seed: options.seed, state, noise: false, freeze, phase: "plasticity" });
    this.u = new Float64Array(this.nu);
    const u = this.u;
    this.source = { nu: this.nu, fill: (_t, out) => out.set(u) };
    this.u.set(this.initialInput);
    this.net.step(1, this.source);
  }

  get ne(): number {
    return this.net.ne;
  }

  /** The IP target the network runs with. */
  get hIp(): number {
    return this.net.params.h_ip ?? (2 * this.net.params.nu) / this.net.params.ne;
  }

  /** numpy's global stream as the package sees it (the docs draw w and the actions from it). */
  get np(): NumpyRandom {
    return this.net.np;
  }

  /** Plasticity on (phase 'plasticity': the unfrozen rules) or off (phase 'training'). */
  plastic(on: boolean): void {
    this.net.phase(on ? "plasticity" : "training");
  }

  /** One engine step with observation `obs` as input; returns x' (the new E state, ne bits; a live view). */
  step(obs: ArrayLike<number>): Uint8Array {
    const u = this.u;
    if (this.encoding === "raw") for (let j = 0; j < 4; j++) u[j] = obs[j];
    else {
      u.fill(0);
      const K = this.bins;
      for (let j = 0; j < 4; j++) u[j * K + populationBin(obs[j], POPULATION_RANGES[j][0], POPULATION_RANGES[j][1], K)] = 1.0;
    }
    this.net.step(1, this.source);
    return this.net.x;
  }

  /** A copy of the activity (to run held-out episodes without disturbing training). */
  saveActivity(): Activity {
    const n = this.net;
    return { xPrev: n.xPrev.slice(), x: n.x.slice(), yPrev: n.yPrev.slice(), y: n.y.slice() };
  }

  restoreActivity(a: Activity): void {
    const n = this.net;
    n.xPrev.set(a.xPrev);
    n.x.set(a.x);
    n.yPrev.set(a.yPrev);
    n.y.set(a.y);
  }

  /**
   * Q11's pre-training: `steps` plasticity steps on random input from `rng` (raw: 4 standard
   * normals a step; population code: one random bin per observation gets 1.0), then the
   * reservoir is left as it ends (activity kept, like an episode's); each episode then sets its phase.
   */
  pretrain(steps: number, rng: NumpyRandom): void {
    if (steps <= 0) return;
    const u = this.u;
    this.plastic(true);
    for (let t = 0; t < steps; t++) {
      if (this.encoding === "raw") rng.normalFill(u, 0, 1);
      else {
        u.fill(0);
        for (let j = 0; j < 4; j++) u[j * this.bins + Math.min(this.bins - 1, Math.floor(rng.random() * this.bins))] = 1.0;
      }
      this.net.step(1, this.source);
    }
  }

  /** X, Y ← 0 (the "reset at each environment reset" option). */
  resetActivity(): void {
    const n = this.net;
    n.xPrev.fill(0);
    n.x.fill(0);
    n.yPrev.fill(0);
    n.y.fill(0);
  }
}
