import type { StepSample } from "../model";

/**
 * The sample a SORN observer sees after each step (`SORN_SERIES` order): spikes [x(t+1), y(t+1)]
 * and the series Σx, Σy, the Wee and Wei connection counts taken before the step's plasticity,
 * and ⟨Te⟩ = Σ Te_i / ne after it. One object, updated in place: a step allocates nothing.
 */
export class StepSampler {
  private readonly sample: { t: number; spikes: Uint8Array[]; series: Float64Array } = { t: 0, spikes: [new Uint8Array(0), new Uint8Array(0)], series: new Float64Array(5) };

  /** Fill the sample for step count t and return it. */
  fill(t: number, x: Uint8Array, y: Uint8Array, Te: Float64Array, countEE: number, countEI: number): StepSample {
    let popE = 0;
    for (let i = 0; i < x.length; i++) popE += x[i];
    let popI = 0;
    for (let k = 0; k < y.length; k++) popI += y[k];
    let sumTe = 0;
    for (let i = 0; i < Te.length; i++) sumTe += Te[i];
    const { sample } = this;
    sample.t = t;
    sample.spikes[0] = x;
    sample.spikes[1] = y;
    const s = sample.series;
    s[0] = popE;
    s[1] = popI;
    s[2] = countEE;
    s[3] = countEI;
    s[4] = sumTe / Te.length;
    return sample;
  }
}
