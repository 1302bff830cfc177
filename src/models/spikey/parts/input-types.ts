/** The input slot's contract and the keys every encoder shares (spec spikey.md §1.4, §2.1). */
import { SornInputError } from "../../params/error";
import type { PartKey } from "../keys";
import { stateKey, type GameState, type PartInfo, type Rng } from "../types";
import { drawPolarities } from "./neuron-types";

/** An encoder: n_inputs input units whose spikes encode the game state, re-read once per tick. */
export interface InputEncoder {
  readonly size: number;
  /** ±1 per input (input_pct_inhibitory of them −1). */
  readonly polarities: Float32Array;
  /** Take the tick's state (once per tick, before its first step). */
  update(state: GameState): void;
  /** This step's outputs (0 or magnitude × polarity) into out[offset + j]. */
  fire(out: Float32Array, offset: number): void;
  reset(): void;
}

/** An input part: its schema and how to build the encoder from resolved keys. */
export interface InputPart extends PartInfo {
  build(values: Readonly<Record<string, unknown>>, build: Rng, stream: Rng): InputEncoder;
}

/** Keys every encoder reads. */
export const INPUT_COMMON_KEYS: readonly PartKey[] = [
  { name: "n_inputs", description: "Number of input units (rows 0…n_inputs−1 of the weight matrix).", type: "int", min: 0, max: 100_000 },
  { name: "magnitude", description: "Size of a spike: a firing unit outputs magnitude × polarity.", type: "float", default: 1, min: -1000, max: 1000 },
  { name: "input_firing_steps", description: "Steps of each tick during which inputs fire (−1: the whole tick).", type: "int", default: -1, min: -1, max: 1e9 },
  { name: "input_pct_inhibitory", description: "Fraction of inhibitory (−1) inputs, each drawn Bernoulli at build.", type: "float", default: 0, min: 0, max: 1 },
];

/**
 * The shared machinery: polarities, magnitude, the step counter within a tick and the
 * input_firing_steps cut-off. A subclass says which units spike at step k of the tick.
 */
export abstract class EncoderBase implements InputEncoder {
  readonly size: number;
  readonly polarities: Float32Array;
  protected readonly magnitude: number;
  private readonly firingSteps: number;
  /** Steps since the last `update`. */
  protected k = 0;

  constructor(v: Readonly<Record<string, unknown>>, build: Rng) {
    this.size = v.n_inputs as number;
    this.magnitude = v.magnitude as number;
    this.firingSteps = v.input_firing_steps as number;
    this.polarities = drawPolarities(this.size, v.input_pct_inhibitory as number, build);
  }

  update(state: GameState): void {
    this.k = 0;
    this.encode(state);
  }

  /** Whether inputs fire at this step of the tick (input_firing_steps). */
  protected firing(): boolean {
    return this.firingSteps < 0 || this.k < this.firingSteps;
  }

  fire(out: Float32Array, offset: number): void {
    const on = this.firing();
    for (let j = 0; j < this.size; j++) out[offset + j] = on && this.spikes(j) ? this.magnitude * this.polarities[j] : 0;
    this.k++;
  }

  reset(): void {
    this.k = 0;
  }

  /** Read the tick's state. */
  protected abstract encode(state: GameState): void;
  /** Whether unit j spikes at step `this.k` (called in order j = 0…size−1 each step). */
  protected abstract spikes(j: number): boolean;
}

/** A state → value table's entry for `state`, or a clear error naming the key. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string, state: GameState): T {
  const k = stateKey(state);
  const entry = table[k];
  if (entry === undefined) throw new SornInputError(key, `has no entry for state '${k}' (entries: ${Object.keys(table).join(", ")})`);
  return entry;
}

/** A JSON object (state → value table) or a clear error. */
export function asTable(value: unknown, key: string): Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw new SornInputError(key, "must be an object from state keys ('01', '3', …) to values");
  return value as Record<string, unknown>;
}

/** A list of finite numbers or a clear error naming the key. */
export function asNumbers(value: unknown, key: string, what: string): number[] {
  if (!Array.isArray(value) || !value.every((x) => typeof x === "number" && Number.isFinite(x))) throw new SornInputError(key, `${what} must be a list of finite numbers, got ${JSON.stringify(value)}`);
  return value as number[];
}
