/**
 * The shapes shared by the Spikey-style parts (spec spikey.md §1): the game state a tick
 * encodes, the seeded random source every part draws from, the per-step spike log and the
 * part slots. Indices over "units" run inputs first, then body neurons: unit u < n_inputs is
 * input u, unit n_inputs + i is body neuron i (the rows of the (N_in+N) × N weight matrix).
 */
import type { PartKey } from "./keys";

/** A game state: one number (rand_state's state index) or a vector (Logic's two bits, cart-pole's 4 numbers). */
export type GameState = number | readonly number[];

/** A network's answer to a tick: an action index or value, or one number per action. */
export type Action = number | readonly number[];

/** A source of doubles in [0, 1), seeded by the network's seed (see `rng.ts`). */
export interface Rng {
  random(): number;
}

/**
 * The key of a state in a state → value table (`state_rate_map`, `expected_value`, …): a number
 * as written ("3"); a vector of 0/1 digits joined ("01"); any other vector joined by commas.
 */
export function stateKey(state: GameState): string {
  if (typeof state === "number") return String(state);
  const digits = state.every((x) => x === 0 || x === 1);
  return state.map((x) => String(Number(x))).join(digits ? "" : ",");
}

/** The part slots of a network, in build order (spec §1.1; the synapse is built last). */
export const SLOTS = ["inputs", "neurons", "weights", "readout", "rewarder", "synapses"] as const;
export type Slot = (typeof SLOTS)[number];

/** What every part definition declares: its name, what it does, and the keys it reads. */
export interface PartInfo {
  readonly name: string;
  readonly description: string;
  readonly keys: readonly PartKey[];
}

/**
 * The spikes of the last steps, one row per step: the units that fired (indices, inputs first)
 * and their signed outputs (magnitude × polarity). Rows are kept in a ring of `capacity`.
 */
export class SpikeLog {
  /** Units per row: n_inputs + n_neurons. */
  readonly units: number;
  readonly capacity: number;
  /** Steps written so far; the newest row is step `t − 1`. */
  t = 0;
  /** How many times the log was cleared (readers that cache rows check it with `t`). */
  clears = 0;
  private readonly idx: Int32Array;
  private readonly counts: Int32Array;

  constructor(units: number, capacity: number) {
    this.units = units;
    this.capacity = capacity;
    this.idx = new Int32Array(units * capacity);
    this.counts = new Int32Array(capacity);
  }

  /** Append one step: the units whose output is non-zero in `values`. */
  push(values: Float32Array): void {
    const r = this.t % this.capacity;
    const base = r * this.units;
    const idx = this.idx;
    const n = this.units;
    let c = 0;
    // Branch-free (spikes are random: a branch per unit mispredicts): write u, advance if it fired.
    for (let u = 0; u < n; u++) {
      idx[base + c] = u;
      c += +(values[u] !== 0);
    }
    this.counts[r] = c;
    this.t++;
  }

  /** The units that fired at step `step` (empty before step 0 or once overwritten): count, and their indices from `offset(step)`. */
  count(step: number): number {
    if (step < 0 || step >= this.t || step < this.t - this.capacity) return 0;
    return this.counts[step % this.capacity];
  }

  /** Where row `step`'s indices start in `indices`. */
  offset(step: number): number {
    return (step % this.capacity) * this.units;
  }

  /** The ring of indices (read with `offset` and `count`). */
  get indices(): Int32Array {
    return this.idx;
  }

  /** Forget everything (a new episode keeps nothing of the last). */
  clear(): void {
    this.t = 0;
    this.clears++;
    this.counts.fill(0);
  }
}
