/**
 * A Spikey-style network built from a {@link NetworkSpec}, and its tick contract (spec
 * spikey.md §1.3, §6). One tick = processing_time network steps for one game state:
 *
 *   tick(state): modifiers set their keys for tick k; inputs.update(state); then for each step:
 *     1. inputs   — the encoder's spikes for units 0…n_inputs−1;
 *     2. fire     — the neurons' spikes for units n_inputs…n_inputs+N−1 (from the potentials);
 *     3. log      — the step's signed spikes appended to the spike log (and the output train);
 *     4. integrate — drive_c = Σ_u s_u w[u][c] over this step's spikes, neurons.integrate(drive);
 *     5. plasticity — synapses.update(log);
 *     6. reward   — with a per-step rewarder (FlorianPerSpike): r = rewarder(state, action) with
 *                   the action of continuous_rwd_action, synapses.reward(r).
 *   The action is readout(the tick's T × n_outputs output train); outputs are the LAST
 *   n_outputs body neurons. With a per-tick rewarder, `reward(state, action)` after the tick
 *   applies r once.
 */
import { SornInputError } from "../params/error";
import { CATALOGUE, NETWORK_KEYS, findPart } from "./catalogue";
import { resolveKeys } from "./keys";
import type { InputEncoder, InputPart } from "./parts/input-types";
import { buildModifier } from "./parts/modifiers";
import type { NeuronGroup, NeuronPart } from "./parts/neuron-types";
import type { ReadoutFn, ReadoutPart } from "./parts/readouts";
import type { RewardFn, RewarderPart } from "./parts/rewarders";
import type { WeightMatrix, WeightPart } from "./parts/weights";
import { STREAMS, streamRng } from "./rng";
import { checkKnownKeys, type NetworkSpec } from "./spec";
import type { SynapsePart, SynapseRule } from "./synapses/types";
import { SpikeLog, type Action, type GameState } from "./types";

/** What the network reports after each step (views: copy what you keep). */
export interface StepReport {
  /** Steps since the network was built. */
  readonly t: number;
  /** Signed outputs of every unit this step (inputs first). */
  readonly spikes: Float32Array;
  /** The per-step reward given this step (0 without a per-step rewarder). */
  readonly reward: number;
}

export class SpikeyNetwork {
  readonly spec: NetworkSpec;
  readonly nInputs: number;
  readonly nNeurons: number;
  readonly nOutputs: number;
  readonly steps: number;
  readonly inputs: InputEncoder;
  readonly neurons: NeuronGroup;
  readonly weights: WeightMatrix;
  readonly synapses: SynapseRule;
  readonly readout: ReadoutFn;
  readonly rewarder: RewardFn | null;
  readonly rewardPerStep: boolean;
  /** Polarities of every unit, inputs first. */
  readonly polarities: Float32Array;
  readonly log: SpikeLog;
  /** The last tick's output train, T × n_outputs. */
  readonly train: Float32Array;
  /** Observer called after every step (null: none). */
  onStep: ((r: StepReport) => void) | null = null;
  /** Ticks so far; rewards summed over the last tick. */
  ticks = 0;
  lastTickReward = 0;
  private readonly values: Float32Array;
  private readonly drive: Float32Array;
  private readonly modifiers: ((tick: number) => [string, number])[];
  private readonly bufferTail: boolean;
  private tailOutput = 0;

  constructor(spec: NetworkSpec) {
    this.spec = spec;
    const { parts, params } = spec;
    checkKnownKeys(parts, params, "network spec");
    const part = <T>(slot: keyof typeof CATALOGUE): T => findPart(slot, parts[slot] as string) as T;
    const net = resolveKeys("the network", NETWORK_KEYS, params);
    this.nInputs = net.n_inputs as number;
    this.nNeurons = net.n_neurons as number;
    this.nOutputs = net.n_outputs as number;
    this.steps = net.processing_time as number;
    if (this.nOutputs > this.nNeurons) throw new SornInputError("n_outputs", `must be ≤ n_neurons (${this.nNeurons}), got ${this.nOutputs}`);
    this.bufferTail = net.continuous_rwd_action === "spikey_buffer_tail";
    const seed = spec.seed;
    const build = streamRng(seed, STREAMS.build);
    const inPart = part<InputPart>("inputs");
    this.inputs = inPart.build(resolveKeys(inPart.name, inPart.keys, params), build, streamRng(seed, STREAMS.inputs));
    const nPart = part<NeuronPart>("neurons");
    this.neurons = nPart.build(resolveKeys(nPart.name, nPart.keys, params), build, streamRng(seed, STREAMS.neurons));
    const wPart = part<WeightPart>("weights");
    this.weights = wPart.build(resolveKeys(wPart.name, wPart.keys, params), streamRng(seed, STREAMS.weights));
    const rPart = part<ReadoutPart>("readout");
    this.readout = rPart.build(resolveKeys(rPart.name, rPart.keys, params), streamRng(seed, STREAMS.readout));
    const rwPart = parts.rewarder === undefined ? null : part<RewarderPart>("rewarder");
    this.rewarder = rwPart ? rwPart.build(resolveKeys(rwPart.name, rwPart.keys, params)) : null;
    this.rewardPerStep = rwPart?.perStep ?? false;
    const sPart = part<SynapsePart>("synapses");
    const sValues = resolveKeys(sPart.name, sPart.keys, params);
    this.synapses = sPart.build(sValues, this.weights);
    this.modifiers = (spec.modifiers ?? []).map(buildModifier);
    this.polarities = new Float32Array(this.nInputs + this.nNeurons);
    this.polarities.set(this.inputs.polarities, 0);
    this.polarities.set(this.neurons.polarities, this.nInputs);
    this.log = new SpikeLog(this.nInputs + this.nNeurons, sPart.window(sValues) + 2);
    this.values = new Float32Array(this.nInputs + this.nNeurons);
    this.drive = new Float32Array(this.nNeurons);
    this.train = new Float32Array(this.steps * this.nOutputs);
  }

  /** Learning on (train) or off (eval: no weight changes, as Spikey's eval()). */
  setLearning(on: boolean): this {
    this.synapses.learning = on;
    return this;
  }

  /** New episode: neurons to rest, traces and the spike log cleared; weights kept (Spikey's reset). */
  reset(): this {
    this.neurons.reset();
    this.synapses.reset();
    this.inputs.reset();
    this.log.clear();
    this.tailOutput = 0;
    return this;
  }

  /** Change a live key in every part that has it (modifiers and the lab use this). */
  set(name: string, value: number): void {
    const a = this.synapses.set(name, value);
    const b = this.neurons.set(name, value);
    if (!a && !b) throw new SornInputError(name, "is not a live key of this network's parts");
  }

  /** One tick for `state` (see the contract above); returns the readout's action. */
  tick(state: GameState): Action {
    for (const m of this.modifiers) {
      const [k, v] = m(this.ticks);
      this.set(k, v);
    }
    this.inputs.update(state);
    const { values, drive, weights, nInputs, nOutputs, steps, train } = this;
    const units = values.length;
    const cols = weights.cols;
    const { w, rowStart, colIndex } = weights;
    const outBase = units - nOutputs;
    this.lastTickReward = 0;
    for (let i = 0; i < steps; i++) {
      this.inputs.fire(values, 0);
      this.neurons.fire(values, nInputs);
      this.log.push(values);
      for (let o = 0; o < nOutputs; o++) train[i * nOutputs + o] = values[outBase + o];
      drive.fill(0);
      const t = this.log.t - 1;
      const n = this.log.count(t);
      const off = this.log.offset(t);
      const idx = this.log.indices;
      for (let m = 0; m < n; m++) {
        const u = idx[off + m];
        const s = values[u];
        const base = u * cols;
        const start = rowStart[u];
        const end = rowStart[u + 1];
        if (end > start && colIndex[end - 1] - colIndex[start] === end - start - 1) {
          // One run of columns (layer blocks): no column lookups.
          for (let c = colIndex[start], c1 = c + (end - start); c < c1; c++) drive[c] += s * w[base + c];
        } else {
          for (let k = start; k < end; k++) {
            const c = colIndex[k];
            drive[c] += s * w[base + c];
          }
        }
      }
      this.neurons.integrate(drive);
      this.synapses.update(this.log, this.polarities);
      let r = 0;
      if (this.rewardPerStep && this.rewarder) {
        const now = values[units - 1] !== 0 ? 1 : 0;
        const action = this.bufferTail && i < steps - 1 ? this.tailOutput : now;
        r = this.rewarder(state, action);
        this.synapses.reward(r);
        this.lastTickReward += r;
      }
      if (this.onStep) this.onStep({ t, spikes: values, reward: r });
    }
    this.tailOutput = values[units - 1] !== 0 ? 1 : 0;
    this.ticks++;
    return this.readout(train, steps, nOutputs);
  }

  /** After a tick, with a per-tick rewarder: r = rewarder(state, action), applied once; returns r (0 without one). */
  reward(state: GameState, action: Action): number {
    if (!this.rewarder || this.rewardPerStep) return this.rewardPerStep ? this.lastTickReward : 0;
    const r = this.rewarder(state, action);
    this.synapses.reward(r);
    this.lastTickReward = r;
    return r;
  }

  /** Mean |output| per step per output neuron over the last tick, ÷ |magnitude| (spikes per ms). */
  outputRate(): number {
    let s = 0;
    for (let i = 0; i < this.train.length; i++) s += this.train[i] !== 0 ? 1 : 0;
    return s / this.train.length;
  }
}

