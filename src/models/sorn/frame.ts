import type { Network } from "./construct";
import { activeList, scatterActive, scatterThroughIndex } from "./drives";
import type { SornParams } from "./params";
import type { NumpyRandom } from "../rng/numpy-random";
import type { PythonRandom } from "../rng/python-random";
import type { RuleContext } from "./rules/rule";

/** The states a frame starts from: x(t−1), x(t), y(t−1), y(t) (zeros for a new network). */
export interface FrameStates {
  xPrev: Uint8Array;
  x: Uint8Array;
  yPrev: Uint8Array;
  y: Uint8Array;
}

/**
 * Everything one SORN step reads and writes besides the weights: the states x, y of three
 * consecutive steps (three buffers each, rotated by `shift`, so nothing is allocated), the drives,
 * the noise ξ, the input u(t) and the active lists. It is the {@link RuleContext} the rules see.
 */
export class StepFrame implements RuleContext {
  /** x(t−1), x(t), x(t+1) and y(t−1), y(t), y(t+1), as 0/1. */
  xPrev: Uint8Array;
  x: Uint8Array;
  xNext: Uint8Array;
  yPrev: Uint8Array;
  y: Uint8Array;
  yNext: Uint8Array;
  /** r(t+1): the E state without input (spec §3.4). */
  readonly r: Uint8Array;
  /** ξE (ne) and ξI (ni), drawn in that order; zeros with noise off. */
  readonly noiseE: Float64Array;
  readonly noiseI: Float64Array;
  /** u(t), nu values. */
  readonly input: Float64Array;
  readonly active: Int32Array;
  readonly normalized = { eeEmpty: 0, eiEmpty: 0 };
  /** e = Wee·x, d = Wei·y (into E) and Wie·x (into I). */
  private readonly driveE: Float64Array;
  private readonly inhibition: Float64Array;
  private readonly driveI: Float64Array;
  /** The active E (resp. I) neurons of x(t) (y(t)), ascending: the rows the drives visit. */
  private readonly xList: Int32Array;
  private readonly yList: Int32Array;

  constructor(
    readonly net: Network,
    readonly params: SornParams,
    readonly np: NumpyRandom,
    readonly py: PythonRandom,
    states: FrameStates,
  ) {
    const ne = states.x.length;
    const ni = states.y.length;
    this.xPrev = states.xPrev;
    this.x = states.x;
    this.yPrev = states.yPrev;
    this.y = states.y;
    this.xNext = new Uint8Array(ne);
    this.yNext = new Uint8Array(ni);
    this.r = new Uint8Array(ne);
    this.noiseE = new Float64Array(ne);
    this.noiseI = new Float64Array(ni);
    this.input = new Float64Array(params.nu);
    this.active = new Int32Array(ne);
    this.driveE = new Float64Array(ne);
    this.inhibition = new Float64Array(ne);
    this.driveI = new Float64Array(ni);
    this.xList = new Int32Array(ne);
    this.yList = new Int32Array(ni);
  }

  /** ξE ~ N(0, σ²) (ne values), then ξI (ni values), from np (the package's order); or zeros. */
  drawNoise(on: boolean): void {
    if (on) {
      const sigma = this.params.noise_sigma;
      this.np.normalFill(this.noiseE, 0, sigma);
      this.np.normalFill(this.noiseI, 0, sigma);
    } else {
      this.noiseE.fill(0);
      this.noiseI.fill(0);
    }
  }

  /**
   * e_i = Σ_j Wee[j,i]·x_j and d_i = Σ_k Wei[k,i]·y_k, summed over active presynaptic neurons
   * in ascending order (bit-identical to numpy's column sums, whose other terms are exact zeros);
   * x'_i = [((((e_i − d_i) + ξE_i) + u_i) − Te_i) > 0], r_i = [(((e_i − d_i) + ξE_i) − Te_i) > 0],
   * y'_k = [((Σ_j Wie[j,k]·x_j) + ξI_k) − Ti_k > 0] with Wie summed over active rows ascending.
   */
  computeStates(): void {
    const { Wee, Wei, Wie, Te, Ti } = this.net;
    const { x, y, xNext, yNext, r, driveE, inhibition, driveI, noiseE, noiseI, input, xList } = this;
    const nu = input.length;
    const xCount = activeList(x, xList);
    const yCount = activeList(y, this.yList);
    driveE.fill(0);
    scatterThroughIndex(Wee, xList, xCount, driveE);
    inhibition.fill(0);
    scatterThroughIndex(Wei, this.yList, yCount, inhibition);
    for (let i = 0; i < xNext.length; i++) {
      const h = driveE[i] - inhibition[i] + noiseE[i];
      r[i] = h - Te[i] > 0 ? 1 : 0;
      xNext[i] = (i < nu ? h + input[i] : h) - Te[i] > 0 ? 1 : 0;
    }
    driveI.fill(0);
    scatterActive(Wie, xList, xCount, driveI);
    for (let k = 0; k < yNext.length; k++) yNext[k] = driveI[k] + noiseI[k] - Ti[k] > 0 ? 1 : 0;
  }

  /** Shift: X ← [x, x'], Y ← [y, y'] (the three buffers rotate; the oldest becomes scratch). */
  shift(): void {
    const xOld = this.xPrev;
    this.xPrev = this.x;
    this.x = this.xNext;
    this.xNext = xOld;
    const yOld = this.yPrev;
    this.yPrev = this.y;
    this.y = this.yNext;
    this.yNext = yOld;
  }
}
