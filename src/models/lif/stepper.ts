/**
 * The LIF network advanced one 0.05 ms step at a time: the state of one trial and the update of
 * `simulate.ts`'s module doc (steps 1–8), which `simulateLif` runs in a loop and the seam's LIF
 * family (`family.ts`) runs a step at a time. One implementation, so a trial watched live and a
 * trial of `sorn rnn eval` are the same numbers.
 *
 * Per step i (1-based), with c = round(i / 100) (half up) the input column: when c changes,
 * `column(c, u)` fills the nIn input values and ext = W_in · u. The unit pass then reads the
 * previous step's spikes' columns (jd, applied to h), integrates v, finds the spikes, decays IPSC
 * and the readout trace and sums out = (w_out / s) · r; then each spike adds its column of W_spk
 * to jd, its readout jump to hr, and resets v.
 */
import { LIF, LifInputError, type LifNetwork } from "./network";

/** The random draws a trial needs (NumpyRandom fits). */
export interface LifRandom {
  uniformFill(out: Float64Array, low: number, high: number): Float64Array;
  normalFill(out: Float64Array, loc: number, scale: number): Float64Array;
}

/** Fills `out` (nIn values) with input column c. */
export type LifColumn = (c: number, out: Float64Array) => void;

/** The numbers that define where a trial stands (copies in, copies out). */
export interface LifStepperState {
  /** The next step to run (1-based). */
  i: number;
  col: number;
  pending: boolean;
  v: Float64Array;
  ipsc: Float64Array;
  h: Float64Array;
  r: Float64Array;
  hr: Float64Array;
  jd: Float64Array;
  ext: Float64Array;
  last: Int32Array;
  count: Float64Array;
  /** The noise of the current block of 100 steps (drawn at its first step). */
  noise: Float64Array;
}

/** One trial's LIF state and its step (see the module doc). */
export class LifStepper {
  net: LifNetwork;
  /** Units that spiked on the latest step: spiked[0 … spikedCount − 1]. */
  readonly spiked: Int32Array;
  spikedCount = 0;
  /** The output on the latest step. */
  out = 0;
  private s: LifStepperState;
  private readonly ed: Float64Array;
  private readonly er: number;
  private readonly hGain: Float64Array;
  private readonly colBuf: Float64Array;

  /**
   * A fresh trial: v uniform on [v_reset, 30] mV from `rng` (one `uniformFill(N)`), or `v0`; the
   * rest zero. `noiseScale` multiplies the membrane noise (0: none, and no draws).
   */
  constructor(net: LifNetwork, private readonly rng: LifRandom, private readonly column: LifColumn, public noiseScale = 1, v0?: Float64Array) {
    this.net = net;
    const n = net.n;
    const v = new Float64Array(n);
    if (v0) {
      if (v0.length !== n) throw new LifInputError(`v0 has ${v0.length} values, expected ${n}`);
      v.set(v0);
    } else rng.uniformFill(v, 0, 1).forEach((x, i) => (v[i] = LIF.vReset + x * (30 - LIF.vReset)));
    const z = () => new Float64Array(n);
    this.s = { i: 1, col: -1, pending: false, v, ipsc: z(), h: z(), r: z(), hr: z(), jd: z(), ext: z(), last: new Int32Array(n), count: z(), noise: new Float64Array(n * LIF.stepsPerRateStep) };
    this.ed = Float64Array.from(net.tauD, (t) => Math.exp(-LIF.dt / t));
    this.er = Math.exp(-LIF.dt / LIF.tr);
    this.hGain = Float64Array.from(net.tauD, (t) => 1 / (LIF.tr * t));
    this.spiked = new Int32Array(n);
    this.colBuf = new Float64Array(net.nIn);
  }

  /** The next step's number (1-based); steps run so far = i − 1. */
  get i(): number {
    return this.s.i;
  }

  /** Spikes per unit from step 10 on, so far. */
  get count(): Float64Array {
    return this.s.count;
  }

  /** The membrane potentials now (a view). */
  get v(): Float64Array {
    return this.s.v;
  }

  /** Run step i; returns the number of units that spiked (listed in `spiked`). */
  step(): number {
    const { n, nIn, wPre, wIn, wOut } = this.net;
    const { dt, tm, vPeak, vReset, bias, refSteps, stepsPerRateStep: K } = LIF;
    const st = this.s, { v, ipsc, h, r, hr, jd, ext, last, count, noise } = st;
    const { ed, er, hGain, spiked } = this;
    const i = st.i;
    const c = Math.floor(i / K + 0.5);
    if (c !== st.col) {
      st.col = c;
      const u = this.colBuf;
      this.column(c, u);
      for (let k = 0; k < n; k++) {
        let s = 0;
        for (let q = 0; q < nIn; q++) s += wIn[k * nIn + q] * u[q];
        ext[k] = s;
      }
    }
    const nOff = ((i - 1) % K) * n;
    if (nOff === 0 && this.noiseScale !== 0) this.rng.normalFill(noise, 0, LIF.noiseSd * this.noiseScale);
    const pending = st.pending;
    let ns = 0, o = 0;
    for (let k = 0; k < n; k++) {
      let hk = h[k];
      if (i > 1) {
        // step i − 1's h ← h · e_r + JD / (τ_r τ_d,k) (or h · e_r without spikes)
        if (pending) {
          hk = hk * er + jd[k] * hGain[k];
          jd[k] = 0;
        } else hk *= er;
        h[k] = hk;
      }
      const ik = ipsc[k];
      const I = ik + bias + ext[k];
      const dv = i - last[k] > refSteps ? (-v[k] + I) / tm : 0;
      const vk = v[k] + dt * dv + noise[nOff + k];
      v[k] = vk;
      if (vk >= vPeak) spiked[ns++] = k;
      ipsc[k] = ik * ed[k] + hk * dt;
      const rk = r[k] * ed[k] + hr[k] * dt;
      r[k] = rk;
      hr[k] *= er;
      o += wOut[k] * rk;
    }
    for (let q = 0; q < ns; q++) {
      const j = spiked[q], off = j * n;
      for (let k = 0; k < n; k++) jd[k] += wPre[off + k];
      last[j] = i;
      if (i >= LIF.rateFromStep) count[j]++;
      hr[j] += hGain[j];
      v[j] = vReset;
    }
    st.pending = ns > 0;
    st.i = i + 1;
    this.spikedCount = ns;
    this.out = o;
    return ns;
  }

  /**
   * Go on with the same units at another scaling factor: `net` is the same rate model's network
   * at the new s. The spikes of the latest step not yet delivered (jd) are rescaled by s_old/s_new.
   */
  rescale(net: LifNetwork): void {
    if (net.n !== this.net.n || net.nIn !== this.net.nIn) throw new LifInputError(`rescale: the network has ${net.n} units and ${net.nIn} inputs, expected ${this.net.n} and ${this.net.nIn}`);
    const f = this.net.s / net.s;
    const jd = this.s.jd;
    for (let k = 0; k < jd.length; k++) jd[k] *= f;
    this.net = net;
  }

  /** Throws a LifInputError when v, IPSC or h went non-finite (W/s too large). */
  checkFinite(): void {
    const { v, ipsc, h } = this.s;
    for (let k = 0; k < this.net.n; k++) {
      if (!Number.isFinite(v[k] + ipsc[k] + h[k])) throw new LifInputError(`the LIF state became non-finite (unit ${k}; s = ${this.net.s}: W/s too large?)`);
    }
  }

  /** A copy of the state (the generator's is the caller's to keep). */
  state(): LifStepperState {
    const s = this.s;
    return { i: s.i, col: s.col, pending: s.pending, v: s.v.slice(), ipsc: s.ipsc.slice(), h: s.h.slice(), r: s.r.slice(), hr: s.hr.slice(), jd: s.jd.slice(), ext: s.ext.slice(), last: s.last.slice(), count: s.count.slice(), noise: s.noise.slice() };
  }

  /** Continue from `state` (as `state()` gave it, for a network of the same size). */
  restore(state: LifStepperState): void {
    const n = this.net.n;
    const sizes: [string, { length: number }, number][] = [["v", state.v, n], ["ipsc", state.ipsc, n], ["h", state.h, n], ["r", state.r, n], ["hr", state.hr, n], ["jd", state.jd, n], ["ext", state.ext, n], ["last", state.last, n], ["count", state.count, n], ["noise", state.noise, n * LIF.stepsPerRateStep]];
    for (const [name, a, len] of sizes) if (!a || a.length !== len) throw new LifInputError(`state.${name} has ${a?.length ?? 0} values, expected ${len}`);
    if (!(Number.isInteger(state.i) && state.i >= 1)) throw new LifInputError(`state.i must be an integer ≥ 1, got ${state.i}`);
    this.s = {
      i: state.i, col: state.col, pending: !!state.pending, v: Float64Array.from(state.v), ipsc: Float64Array.from(state.ipsc), h: Float64Array.from(state.h),
      r: Float64Array.from(state.r), hr: Float64Array.from(state.hr), jd: Float64Array.from(state.jd), ext: Float64Array.from(state.ext),
      last: Int32Array.from(state.last), count: Float64Array.from(state.count), noise: Float64Array.from(state.noise),
    };
  }
}
