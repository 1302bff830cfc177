/**
 * Spikey's two encoders (spec spikey.md §1.4):
 * - RateMap: state_rate_map[state] = one firing probability per state element; n_inputs is split
 *   into equal groups, one per element, and every unit spikes Bernoulli(p) each step.
 * - StaticMap: state_spike_map[state] = one n_inputs vector (spikes where non-zero, every step)
 *   or a T × n_inputs raster played frame by frame (frame k mod T at step k).
 * Tables are keyed by `stateKey` ("00", "01", … for Logic; "3" for rand_state). Their sizes are
 * checked against n_inputs at build: a mismatch names n_inputs.
 */
import { SornInputError } from "../../params/error";
import type { GameState, Rng } from "../types";
import { EncoderBase, INPUT_COMMON_KEYS, asNumbers, asTable, lookup, type InputPart } from "./input-types";

class RateMapEncoder extends EncoderBase {
  private readonly table: Readonly<Record<string, number[]>>;
  private readonly groupOf: Int32Array;
  private rates: number[] = [];
  /** magnitude × polarity per input (float32) when none is ±0, else null. */
  private readonly signed: Float32Array | null;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng, private readonly rng: Rng) {
    super(v, build);
    const raw = asTable(v.state_rate_map, "state_rate_map");
    const table: Record<string, number[]> = {};
    let groups = -1;
    for (const [k, entry] of Object.entries(raw)) {
      const rates = asNumbers(entry, "state_rate_map", `entry '${k}'`);
      if (!rates.every((p) => p >= 0 && p <= 1)) throw new SornInputError("state_rate_map", `entry '${k}': rates must be in [0, 1], got ${JSON.stringify(rates)}`);
      if (groups >= 0 && rates.length !== groups) throw new SornInputError("state_rate_map", `entry '${k}' has ${rates.length} rates, others ${groups}`);
      groups = rates.length;
      table[k] = rates;
    }
    if (groups <= 0) throw new SornInputError("state_rate_map", "needs at least one entry with at least one rate");
    if (this.size % groups !== 0) throw new SornInputError("n_inputs", `${this.size} is not a multiple of the ${groups} rates per state in state_rate_map`);
    this.table = table;
    const per = this.size / groups;
    this.groupOf = Int32Array.from({ length: this.size }, (_, j) => Math.floor(j / per));
    const signed = Float32Array.from(this.polarities, (q) => this.magnitude * q);
    this.signed = signed.every((x) => x !== 0) ? signed : null;
  }

  protected encode(state: GameState): void {
    this.rates = lookup(this.table, "state_rate_map", state);
  }

  protected spikes(j: number): boolean {
    const p = this.rates[this.groupOf[j]];
    return p > 0 && this.rng.random() < p;
  }

  /** The base's loop, unrolled per group (the hot path of rate-coded runs). */
  override fire(out: Float32Array, offset: number): void {
    if (!this.firing()) {
      out.fill(0, offset, offset + this.size);
    } else {
      const { rates, groupOf, rng, polarities, signed } = this;
      const m = this.magnitude;
      if (signed) {
        // Branch-free on the (random) spike: f · (magnitude × polarity) + 0 (no ±0 in `signed`).
        for (let j = 0; j < this.size; j++) {
          const p = rates[groupOf[j]];
          const f = p > 0 ? +(rng.random() < p) : 0;
          out[offset + j] = f * signed[j] + 0;
        }
      } else {
        for (let j = 0; j < this.size; j++) {
          const p = rates[groupOf[j]];
          out[offset + j] = p > 0 && rng.random() < p ? m * polarities[j] : 0;
        }
      }
    }
    this.k++;
  }
}

/** `RateMap`: a Bernoulli rate code per state element (§1.4). */
export const RateMap: InputPart = {
  name: "RateMap",
  description: "Rate code: state_rate_map[state] gives one spike probability per state element, repeated over equal groups of inputs; Bernoulli each step.",
  keys: [...INPUT_COMMON_KEYS, { name: "state_rate_map", description: "State key → list of spike probabilities per step, one per input group.", type: "json" }],
  build: (v, build, stream) => new RateMapEncoder(v, build, stream),
};

class StaticMapEncoder extends EncoderBase {
  private readonly table: Readonly<Record<string, number[][]>>;
  private frames: number[][] = [];

  constructor(v: Readonly<Record<string, unknown>>, build: Rng) {
    super(v, build);
    const raw = asTable(v.state_spike_map, "state_spike_map");
    const table: Record<string, number[][]> = {};
    for (const [k, entry] of Object.entries(raw)) {
      const rows = Array.isArray(entry) && entry.length > 0 && Array.isArray(entry[0]) ? (entry as unknown[]) : [entry];
      table[k] = rows.map((row, r) => {
        const values = asNumbers(row, "state_spike_map", `entry '${k}' row ${r}`);
        if (values.length !== this.size) throw new SornInputError("n_inputs", `is ${this.size} but state_spike_map entry '${k}' has ${values.length} values per frame`);
        return values;
      });
    }
    if (Object.keys(table).length === 0) throw new SornInputError("state_spike_map", "needs at least one entry");
    this.table = table;
  }

  protected encode(state: GameState): void {
    this.frames = lookup(this.table, "state_spike_map", state);
  }

  protected spikes(j: number): boolean {
    return this.frames[this.k % this.frames.length][j] !== 0;
  }
}

/** `StaticMap`: a fixed spike vector or raster per state (temporal code, §1.4). */
export const StaticMap: InputPart = {
  name: "StaticMap",
  description: "Fixed pattern: state_spike_map[state] is one n_inputs vector (every step) or a T × n_inputs raster played frame by frame.",
  keys: [...INPUT_COMMON_KEYS, { name: "state_spike_map", description: "State key → an n_inputs vector or a list of n_inputs frames (non-zero = spike).", type: "json" }],
  build: (v, build) => new StaticMapEncoder(v, build),
};
