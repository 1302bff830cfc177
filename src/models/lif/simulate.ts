/**
 * One LIF trial, with the code's update order (`LIF_network_fnc.m`, linear LIF, double-exponential
 * synapse). Time in seconds, dt = 0.05 ms, nt = 100·T steps for a rate input of T + 1 columns.
 * For LIF step i = 1 … nt, with every vector per unit:
 *
 *   1. I = IPSC + bias + W_in · u[:, round(i/100)]        (column counted from 0; round half up)
 *   2. v ← v + dt · (−v + I)/τ_m · [i − last > 40] + ξ    ξ ~ N(0, 0.1²): the noise is added even
 *                                                        while refractory (2 ms = 40 steps)
 *   3. spiked = (v ≥ v_peak);  JD = Σ_{j spiked} W_spk[:, j]
 *   4. last ← i for the spiked units
 *   5. IPSC ← IPSC · e^{−dt/τ_d,i} + h · dt              (the postsynaptic unit's τ_d,i, as the code)
 *      h    ← h · e^{−dt/τ_r} + JD / (τ_r · τ_d,i)
 *   6. r  ← r · e^{−dt/τ_d,j} + hr · dt                  the readout trace of each unit's own spikes
 *      hr ← hr · e^{−dt/τ_r} + spiked / (τ_r · τ_d,j)    (unit area per spike, so r is in Hz)
 *   7. out_i = (w_out / s) · r                           (no bias)
 *   8. v ← v_reset for the spiked units (the recorded trace shows +30 first)
 *
 * `last` starts at 0, so as in the code (tlast = 0, dv gated by dt·i > tlast + tref) every unit is
 * held for steps 1 … 40. The initial v is uniform on [v_reset, 30] mV (one `uniformFill(N)`), so
 * the units above threshold spike on step 1; rates count spikes from step 10 over the whole trial
 * length nt·dt. The membrane noise is one `normalFill` per 100 steps (N per step, in step order).
 *
 * The rate tasks give T columns; `lifInput` holds the last column once more to make T + 1.
 * A state that overflowed (v, IPSC or h non-finite at the end, e.g. s so small that W/s is huge)
 * is a LifInputError naming s, never a silent NaN.
 */
import type { LifNetwork } from "./network";
import { LIF, LifInputError } from "./network";
import { LifStepper, type LifRandom } from "./stepper";

export interface LifTrial {
  /** LIF steps (100 · T). */
  nt: number;
  /** Spikes in time order: step (1-based) and unit. */
  spikeStep: Int32Array;
  spikeUnit: Int32Array;
  /** out[i − 1] = the output at step i. */
  out: Float64Array;
  /** Per unit: spikes from step 10 on / (nt · dt), in Hz. */
  ratesHz: Float64Array;
}

export interface LifOptions {
  /** Keep the spike events (default true). */
  keepSpikes?: boolean;
  /** Multiplies the membrane noise (1 = the code; 0 for tests). */
  noiseScale?: number;
  /** Initial v instead of the uniform draw (tests). */
  v0?: Float64Array;
}

/** A task input u (nIn × T, row-major) as the LIF's nIn × (T + 1), the last column held. */
export function lifInput(u: Float64Array, nIn: number, T: number): Float64Array {
  if (u.length !== nIn * T) throw new LifInputError(`input has ${u.length} values, expected nIn × T = ${nIn} × ${T}`);
  const out = new Float64Array(nIn * (T + 1));
  for (let c = 0; c < nIn; c++) {
    out.set(u.subarray(c * T, (c + 1) * T), c * (T + 1));
    out[c * (T + 1) + T] = u[c * T + T - 1];
  }
  return out;
}

/** Simulate one trial on input `u` (nIn × cols, row-major; cols = T + 1 ≥ 2), with {@link LifStepper}. */
export function simulateLif(net: LifNetwork, u: Float64Array, cols: number, rng: LifRandom, opts: LifOptions = {}): LifTrial {
  const { nIn } = net;
  if (!Number.isInteger(cols) || cols < 2) throw new LifInputError(`input needs at least 2 columns (T + 1), got ${cols}`);
  if (u.length !== nIn * cols) throw new LifInputError(`input has ${u.length} values, expected nIn × (T + 1) = ${nIn} × ${cols}`);
  for (const x of u) if (!Number.isFinite(x)) throw new LifInputError("input has a non-finite value");
  const keep = opts.keepSpikes ?? true;
  const nt = (cols - 1) * LIF.stepsPerRateStep;
  const column = (c: number, col: Float64Array) => {
    for (let q = 0; q < nIn; q++) col[q] = u[q * cols + c];
  };
  const st = new LifStepper(net, rng, column, opts.noiseScale ?? 1, opts.v0);
  const out = new Float64Array(nt);
  let steps: number[] = [], units: number[] = [];
  const { spiked } = st;
  for (let i = 1; i <= nt; i++) {
    const ns = st.step();
    if (keep) for (let q = 0; q < ns; q++) (steps.push(i), units.push(spiked[q]));
    out[i - 1] = st.out;
  }
  st.checkFinite();
  const ratesHz = Float64Array.from(st.count, (x) => x / (nt * LIF.dt));
  const trial = { nt, spikeStep: Int32Array.from(steps), spikeUnit: Int32Array.from(units), out, ratesHz };
  steps = units = [];
  return trial;
}
