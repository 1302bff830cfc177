/**
 * Spikey's discrete-time leaky integrate-and-fire neuron (spec spikey.md §1.3 a–c), in float32
 * with the refractory period kept as a flag instead of Spikey's float16 clamp to −65 499 (which
 * can overflow to −inf, §5 bug 6). Per step, `fire` then `integrate`:
 *
 * - fire: s_i = (v_i ≥ θ or U_i < p_rand) and timer_i ≤ 0 (one uniform U_i per neuron, every
 *   step); a firing neuron sets timer_i = refractory_period + 1 and schedules its spike
 *   spike_delay steps ahead; the output is the schedule's head × polarity × magnitude.
 * - integrate: timer_i −= 1; the schedule shifts; a neuron with timer_i > 0 ignores its input
 *   (Spikey's clamp); at timer_i = 0 it is released to rest; then
 *   v ← rest + (v − rest)(1 − potential_decay) + drive_i.
 *
 * So with refractory_period R a spike resets v to rest and the neuron ignores the next R steps'
 * input. The schedule has spike_delay + 1 slots (Spikey's max(10, delay) breaks at delay 10,
 * §5 bug 2).
 */
import { num } from "../keys";
import type { Rng } from "../types";
import { NEURON_COMMON_KEYS, drawPolarities, type NeuronGroup, type NeuronPart } from "./neuron-types";

/** The LIF group: Spikey's `Neuron`, with an optional per-step potential kick (RandPotential). */
export class LifGroup implements NeuronGroup {
  readonly size: number;
  readonly polarities: Float32Array;
  readonly potentials: Float32Array;
  private readonly timers: Int32Array;
  private readonly schedule: Uint8Array;
  private head = 0;
  private readonly slots: number;
  threshold: number;
  decay: number;
  probRandFire: number;
  readonly rest: number;
  readonly magnitude: number;
  readonly refractory: number;
  /** magnitude × polarity per neuron (float32), when none is ±0 (then out = fired · signed + 0 is exact, no branch); else null. */
  private readonly signed: Float32Array | null;
  /** RandPotential: instead of spontaneous spikes, a fraction prob_rand_fire of neurons gets + U(0, scale) each step. */
  noiseScale: number | null = null;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng, private readonly rng: Rng) {
    this.size = num(v, "n_neurons");
    this.polarities = drawPolarities(this.size, num(v, "neuron_pct_inhibitory"), build);
    this.potentials = new Float32Array(this.size);
    this.timers = new Int32Array(this.size);
    this.slots = num(v, "spike_delay") + 1;
    this.schedule = new Uint8Array(this.slots * this.size);
    this.threshold = num(v, "firing_threshold");
    this.decay = num(v, "potential_decay");
    this.probRandFire = num(v, "prob_rand_fire");
    this.rest = num(v, "resting_mv");
    this.magnitude = num(v, "magnitude");
    this.refractory = num(v, "refractory_period");
    const signed = Float32Array.from(this.polarities, (p) => this.magnitude * p);
    this.signed = signed.every((x) => x !== 0) ? signed : null;
    this.reset();
  }

  fire(out: Float32Array, offset: number): void {
    const n = this.size;
    const draw = this.noiseScale === null;
    const spontaneous = draw ? this.probRandFire : 0;
    const delaySlot = ((this.head + this.slots - 1) % this.slots) * n;
    const { potentials, timers, schedule, rng, threshold } = this;
    const reload = this.refractory + 1;
    // Branch-free (spikes are random): f = (v ≥ θ or U < p) and timer ≤ 0; a firing neuron's
    // timer becomes `reload` and its delay slot 1.
    for (let i = 0; i < n; i++) {
      const u = draw ? rng.random() : 1;
      const f = (+(potentials[i] >= threshold) | +(u < spontaneous)) & +(timers[i] <= 0);
      timers[i] += f * (reload - timers[i]);
      schedule[delaySlot + i] |= f;
    }
    const h = this.head * n;
    const signed = this.signed;
    if (signed) for (let i = 0; i < n; i++) out[offset + i] = schedule[h + i] * signed[i] + 0;
    else for (let i = 0; i < n; i++) out[offset + i] = schedule[h + i] ? this.magnitude * this.polarities[i] : 0;
  }

  integrate(drive: Float32Array): void {
    const n = this.size;
    const h = this.head * n;
    this.schedule.fill(0, h, h + n);
    this.head = (this.head + 1) % this.slots;
    const keep = 1 - this.decay;
    const rest = this.rest;
    const v = this.potentials;
    for (let i = 0; i < n; i++) {
      const timer = --this.timers[i];
      if (timer > 0) continue;
      if (timer === 0) v[i] = rest;
      v[i] = rest + (v[i] - rest) * keep + drive[i];
    }
    if (this.noiseScale !== null) {
      for (let i = 0; i < n; i++) if (this.rng.random() < this.probRandFire && this.timers[i] <= 0) v[i] += this.noiseScale * this.rng.random();
    }
  }

  set(name: string, value: number): boolean {
    if (name === "firing_threshold") this.threshold = value;
    else if (name === "potential_decay") this.decay = value;
    else if (name === "prob_rand_fire") this.probRandFire = value;
    else return false;
    return true;
  }

  reset(): void {
    this.potentials.fill(this.rest);
    this.timers.fill(0);
    this.schedule.fill(0);
    this.head = 0;
  }
}

const LIF_KEYS = [
  ...NEURON_COMMON_KEYS,
  { name: "firing_threshold", description: "Potential at or above which a neuron fires.", type: "float", min: -1e6, max: 1e6 },
  { name: "potential_decay", description: "Fraction of (v − rest) lost each step: v ← rest + (v − rest)(1 − decay).", type: "float", min: 0, max: 1 },
  { name: "refractory_period", description: "Steps after a spike during which the neuron ignores input and cannot fire.", type: "int", min: 0, max: 10_000 },
  { name: "resting_mv", description: "Resting potential (also the reset value).", type: "float", default: 0, min: -1e6, max: 1e6 },
  { name: "spike_delay", description: "Steps between crossing threshold and emitting the spike.", type: "int", default: 0, min: 0, max: 1000 },
] as const;

/** `LIF`: Spikey's `Neuron` (§1.3). */
export const LIF: NeuronPart = {
  name: "LIF",
  description: "Spikey's discrete LIF: leak to rest, threshold, Bernoulli spontaneous spikes, refractory period, spike delay, ±polarity × magnitude output.",
  keys: LIF_KEYS,
  build: (v, build, stream) => new LifGroup(v, build, stream),
};

/** `RandPotential`: LIF without spontaneous spikes; a prob_rand_fire fraction of neurons gets + U(0, potential_noise_scale) each step. */
export const RandPotential: NeuronPart = {
  name: "RandPotential",
  description: "LIF whose noise is a potential kick: each step, each neuron with probability prob_rand_fire gets + U(0, potential_noise_scale) (after its input).",
  keys: [...LIF_KEYS, { name: "potential_noise_scale", description: "Upper end of the uniform potential kick.", type: "float", min: 0, max: 1e6 }],
  build: (v, build, stream) => {
    const g = new LifGroup(v, build, stream);
    g.noiseScale = num(v, "potential_noise_scale");
    return g;
  },
};
