/**
 * A real Izhikevich (2003) neuron, which Spikey lacks (spec spikey.md §3 "What does not exist"):
 *
 *   dv/dt = 0.04 v² + 5 v + 140 − u + I,   du/dt = a (b v − u),   v ≥ 30 mV → v ← c, u ← u + d,
 *
 * with t in ms, one network step = 1 ms integrated as Izhikevich's two 0.5 ms Euler half-steps
 * for v and one step for u. I is the step's synaptic drive (Σ w·s) times `izh_input_scale`,
 * plus spontaneous spikes with probability prob_rand_fire as for the LIF. A neuron fires in
 * `fire` when v ≥ 30 (or spontaneously) and is reset there; the output is magnitude × polarity.
 * Defaults are the regular-spiking cell (a 0.02, b 0.2, c −65, d 8).
 */
import { num } from "../keys";
import type { Rng } from "../types";
import { NEURON_COMMON_KEYS, drawPolarities, type NeuronGroup, type NeuronPart } from "./neuron-types";

/** Peak potential at which an Izhikevich neuron spikes (mV). */
export const IZH_PEAK = 30;

class IzhikevichGroup implements NeuronGroup {
  readonly size: number;
  readonly polarities: Float32Array;
  readonly potentials: Float32Array;
  private readonly u: Float32Array;
  private readonly a: number;
  private readonly b: number;
  private readonly c: number;
  private readonly d: number;
  private readonly scale: number;
  private readonly magnitude: number;
  private probRandFire: number;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng, private readonly rng: Rng) {
    this.size = num(v, "n_neurons");
    this.polarities = drawPolarities(this.size, num(v, "neuron_pct_inhibitory"), build);
    this.potentials = new Float32Array(this.size);
    this.u = new Float32Array(this.size);
    this.a = num(v, "izh_a");
    this.b = num(v, "izh_b");
    this.c = num(v, "izh_c");
    this.d = num(v, "izh_d");
    this.scale = num(v, "izh_input_scale");
    this.magnitude = num(v, "magnitude");
    this.probRandFire = num(v, "prob_rand_fire");
    this.reset();
  }

  fire(out: Float32Array, offset: number): void {
    const v = this.potentials;
    for (let i = 0; i < this.size; i++) {
      const spontaneous = this.rng.random() < this.probRandFire;
      if (v[i] >= IZH_PEAK || spontaneous) {
        v[i] = this.c;
        this.u[i] += this.d;
        out[offset + i] = this.magnitude * this.polarities[i];
      } else out[offset + i] = 0;
    }
  }

  integrate(drive: Float32Array): void {
    const v = this.potentials;
    for (let i = 0; i < this.size; i++) {
      const input = drive[i] * this.scale;
      let x = v[i];
      const u = this.u[i];
      for (let h = 0; h < 2; h++) x += 0.5 * (0.04 * x * x + 5 * x + 140 - u + input);
      // A runaway half-step (x past the peak) is the spike; cap it so v stays finite.
      v[i] = Math.min(x, IZH_PEAK);
      this.u[i] = u + this.a * (this.b * v[i] - u);
    }
  }

  set(name: string, value: number): boolean {
    if (name !== "prob_rand_fire") return false;
    this.probRandFire = value;
    return true;
  }

  reset(): void {
    this.potentials.fill(this.c);
    this.u.fill(this.b * this.c);
  }
}

/** `Izhikevich`: the 2003 two-variable neuron (regular spiking by default). */
export const Izhikevich: NeuronPart = {
  name: "Izhikevich",
  description: "Izhikevich 2003: v' = 0.04v² + 5v + 140 − u + I, u' = a(bv − u), spike at 30 mV → v = c, u += d; 1 ms = two 0.5 ms half-steps.",
  keys: [
    ...NEURON_COMMON_KEYS,
    { name: "izh_a", description: "Recovery time scale a (1/ms).", type: "float", default: 0.02, min: 0, max: 10 },
    { name: "izh_b", description: "Recovery sensitivity b.", type: "float", default: 0.2, min: -10, max: 10 },
    { name: "izh_c", description: "Reset potential c (mV).", type: "float", default: -65, min: -200, max: 30 },
    { name: "izh_d", description: "Recovery jump d after a spike.", type: "float", default: 8, min: -100, max: 100 },
    { name: "izh_input_scale", description: "Current I per unit of synaptic drive (Σ w·s).", type: "float", default: 1, min: -1e6, max: 1e6 },
  ],
  build: (v, build, stream) => new IzhikevichGroup(v, build, stream),
};
