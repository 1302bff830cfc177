/**
 * A Spikey network's dynamic state at a tick boundary, as copies, and its restore into a fresh
 * network built from the same spec and seed (which rebuilds everything fixed: polarities, mask,
 * tables). What changes while a network runs, part by part (the presets' parts):
 *   weights w; LIF potentials, refractory timers, spike schedule and its head, the live keys
 *   (θ, decay, p_rand); the RLSTDP/LTP trace, η, trace decay, learning flag and whether a window
 *   is remembered; the spike log's ring; the network's tick count, last output (the
 *   buffer-tail action), last tick reward and output train; the Mersenne Twister states of the
 *   RateMap encoder and the LIF neurons. An encoder's step counter and rates are re-read from the
 *   game state at the next tick's `update`, so a tick boundary needs neither.
 * TopAction's generator lives in a closure; it draws exactly one number per call, so the restore
 * calls the fresh readout `ticks` times on an empty train to bring it to the same place.
 * The parts keep these fields private; this module reads them by name, and the family's tests
 * (run A+B = run A, state, restore, run B, per preset) guard that nothing is missed.
 */
import { NumpyRandom } from "../rng/numpy-random";
import { loadNumpyInto, saveNumpy, type NumpyState } from "../rng/numpy-state";
import { SornInputError } from "../params/error";
import type { SpikeyNetwork } from "./network";
import { LifGroup } from "./parts/lif";
import { SpikeyStdp } from "./synapses/rlstdp";
import type { SpikeLog } from "./types";

/** A NumpyRandom's state. */
export type RngState = NumpyState;

/** The copies (see the module doc). */
export interface NetworkSnapshot {
  readonly w: Float32Array;
  readonly potentials: Float32Array;
  readonly timers: Int32Array;
  readonly schedule: Uint8Array;
  readonly head: number;
  readonly live: Readonly<Record<string, number>>;
  readonly trace: number;
  readonly learning: boolean;
  readonly remembers: boolean;
  readonly logIdx: Int32Array;
  readonly logCounts: Int32Array;
  readonly logT: number;
  readonly logClears: number;
  readonly ticks: number;
  readonly tailOutput: number;
  readonly lastTickReward: number;
  readonly train: Float32Array;
  readonly inputRng: RngState | null;
  readonly neuronRng: RngState;
}

interface LifPrivate { timers: Int32Array; schedule: Uint8Array; head: number; rng: unknown }
interface StdpPrivate { lastLog: SpikeLog | null; lastPolarities: Float32Array | null }
interface LogPrivate { counts: Int32Array }
interface NetPrivate { tailOutput: number }

/** Save a NumpyRandom (anything else is refused: its state could not be restored). */
export function saveRng(rng: unknown, what: string): RngState {
  if (!(rng instanceof NumpyRandom)) throw new Error(`spikey state: ${what} has no NumpyRandom generator to save`);
  return saveNumpy(rng);
}

/** Restore a NumpyRandom from `s`. */
export function loadRng(rng: unknown, s: RngState, what: string): void {
  if (!(rng instanceof NumpyRandom)) throw new Error(`spikey state: ${what} has no NumpyRandom generator to restore`);
  loadNumpyInto(rng, s, `state.${what}`);
}

/** The parts this module knows; others make `state()` throw, naming the part. */
function parts(net: SpikeyNetwork): { lif: LifGroup; stdp: SpikeyStdp } {
  const { inputs, neurons, synapses, readout } = net.spec.parts;
  if (!(net.neurons instanceof LifGroup)) throw new Error(`spikey state: the ${neurons} neurons cannot be saved yet (only LIF)`);
  if (!(net.synapses instanceof SpikeyStdp)) throw new Error(`spikey state: the ${synapses} synapses cannot be saved yet (only RLSTDP, LTP)`);
  if (inputs !== "RateMap" && inputs !== "StaticMap") throw new Error(`spikey state: the ${inputs} encoder cannot be saved yet (only RateMap, StaticMap)`);
  if (!["Threshold", "TopAction", "NeuronRates", "PopulationVector"].includes(readout)) throw new Error(`spikey state: the ${readout} readout cannot be saved yet`);
  return { lif: net.neurons, stdp: net.synapses };
}

/** Copy the network's dynamic state (call it between ticks). */
export function snapshotNetwork(net: SpikeyNetwork): NetworkSnapshot {
  const { lif, stdp } = parts(net);
  const lp = lif as unknown as LifPrivate;
  const log = net.log as unknown as LogPrivate;
  return {
    w: net.weights.w.slice(),
    potentials: lif.potentials.slice(),
    timers: lp.timers.slice(),
    schedule: lp.schedule.slice(),
    head: lp.head,
    live: { firing_threshold: lif.threshold, potential_decay: lif.decay, prob_rand_fire: lif.probRandFire, learning_rate: stdp.get("learning_rate")!, trace_decay: stdp.get("trace_decay")! },
    trace: stdp.trace,
    learning: stdp.learning,
    remembers: (stdp as unknown as StdpPrivate).lastLog !== null,
    logIdx: net.log.indices.slice(),
    logCounts: log.counts.slice(),
    logT: net.log.t,
    logClears: net.log.clears,
    ticks: net.ticks,
    tailOutput: (net as unknown as NetPrivate).tailOutput,
    lastTickReward: net.lastTickReward,
    train: net.train.slice(),
    inputRng: net.spec.parts.inputs === "RateMap" ? saveRng((net.inputs as unknown as { rng: unknown }).rng, "inputRng") : null,
    neuronRng: saveRng(lp.rng, "neuronRng"),
  };
}

/** `src` into `dst`: the same kind of array and length, or an error naming the field. */
function fill(name: string, dst: Float32Array | Int32Array | Uint8Array, src: unknown): void {
  if (!(src instanceof dst.constructor) || (src as ArrayLike<number>).length !== dst.length) throw new SornInputError(`state.net.${name}`, `must be a ${dst.constructor.name} of ${dst.length} values`);
  dst.set(src as ArrayLike<number>);
}

function int(name: string, v: unknown, min: number): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < min) throw new SornInputError(`state.net.${name}`, `must be an integer ≥ ${min}, got ${String(v)}`);
  return v;
}

/** Write `s` into a fresh network built from the same spec and seed. */
export function restoreNetwork(net: SpikeyNetwork, s: NetworkSnapshot): void {
  if (!s || typeof s !== "object") throw new SornInputError("state.net", "must be the network's saved state");
  const { lif, stdp } = parts(net);
  const lp = lif as unknown as LifPrivate;
  fill("w", net.weights.w, s.w);
  fill("potentials", lif.potentials, s.potentials);
  fill("timers", lp.timers, s.timers);
  fill("schedule", lp.schedule, s.schedule);
  fill("logIdx", net.log.indices, s.logIdx);
  fill("logCounts", (net.log as unknown as LogPrivate).counts, s.logCounts);
  fill("train", net.train, s.train);
  lp.head = int("head", s.head, 0);
  for (const [k, v] of Object.entries(s.live ?? {})) {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new SornInputError(`state.net.live.${k}`, `must be a finite number, got ${String(v)}`);
    net.set(k, v);
  }
  stdp.trace = Number(s.trace);
  stdp.learning = s.learning !== false;
  const sp = stdp as unknown as StdpPrivate;
  sp.lastLog = s.remembers ? net.log : null;
  sp.lastPolarities = s.remembers ? net.polarities : null;
  net.log.t = int("logT", s.logT, 0);
  net.log.clears = int("logClears", s.logClears, 0);
  net.ticks = int("ticks", s.ticks, 0);
  (net as unknown as NetPrivate).tailOutput = Number(s.tailOutput);
  net.lastTickReward = Number(s.lastTickReward);
  if (net.spec.parts.inputs === "RateMap") loadRng((net.inputs as unknown as { rng: unknown }).rng, s.inputRng as RngState, "inputRng");
  loadRng(lp.rng, s.neuronRng, "neuronRng");
  if (net.spec.parts.readout === "TopAction") for (let k = 0; k < net.ticks; k++) net.readout(new Float32Array(0), 0, net.nOutputs);
}
