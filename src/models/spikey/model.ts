/**
 * A Spikey preset on the model seam: a {@link SpikeyNetwork} playing its preset's game with the
 * preset's own training loop (`runSpikeyJob`'s, continued past its `train` count):
 *
 *   tick k: if k > 0 and k mod ⌈train / episodes⌉ = 0: network reset (weights kept), s = game.reset();
 *           action = net.tick(s); r = net.reward(s, action); s ← game.step(action).
 *
 * `step(n)` advances n network steps (1 ms each). The network computes a tick (processing_time
 * steps) whole, so a step that starts a tick runs it, keeps its steps' spikes and rewards, and
 * the steps are then shown one by one (as the Spikey page's runner does). So a rule switch or a
 * live parameter change applies from the next tick, and `state()` mid-tick holds the tick's
 * remaining steps. The seam's InputSource is not used: the game drives the inputs (`inputs` = 0).
 */
import type { InputSource } from "../inputs";
import type { Model, ModelOptions, SpikeGroup, StepObserver, StepSample } from "../model";
import { SornInputError } from "../params/error";
import { checkSeed } from "../params/seed";
import { resolveSpikeyParams, presetOf, userKeys, checkSpikeyParam, partKey, SPIKEY_SCHEMA, type SpikeyParams } from "./family-params";
import { Logic, RandState, type SpikeyGame } from "./games/logic";
import { SpikeyNetwork, type StepReport } from "./network";
import type { SpikeyPreset } from "./presets";
import { STREAMS, streamRng } from "./rng";
import { loadRng, restoreNetwork, saveRng, snapshotNetwork, type NetworkSnapshot, type RngState } from "./snapshot";
import { mergeParams } from "./spec";
import type { GameState } from "./types";
import { restoredSetup, type SpikeyState } from "./model-state";

export type { SpikeyState } from "./model-state";

/** The game of a preset, drawing from the seed's game stream (as `runSpikeyJob`). */
export function presetGame(preset: SpikeyPreset, seed: number): SpikeyGame {
  const rng = streamRng(seed, STREAMS.game);
  return preset.game.kind === "logic" ? new Logic(preset.game.gate, rng) : new RandState(preset.game.n_states, rng);
}

/** A game state as one number: Logic's bits b₀b₁ as 2b₀ + b₁, rand_state's index. */
export function stateIndex(s: GameState | null): number {
  if (s === null) return NaN;
  return typeof s === "number" ? s : s.reduce((a, b) => 2 * a + b, 0);
}

/** One Spikey network and its game behind the seam (see the module doc). */
export class SpikeyModel implements Model<SpikeyParams, SpikeyState> {
  readonly family = "spikey";
  readonly params: SpikeyParams;
  readonly seed: number;
  readonly inputs = 0;
  /** "body" (the N neurons, the n_outputs outputs last) and "inputs" (n_inputs encoder units). */
  readonly spikeGroups: readonly SpikeGroup[];
  readonly preset: SpikeyPreset;
  readonly network: SpikeyNetwork;
  readonly game: SpikeyGame;
  t = 0;
  private next: GameState;
  private tickState: GameState | null = null;
  /** The last computed tick: per step the 0/1 spikes of every unit (inputs first) and the reward. */
  private readonly spikes: Uint8Array;
  private readonly reward: Float64Array;
  /** Steps of that tick shown so far (= processing_time when none is pending). */
  private pos: number;
  private filled = 0;
  private weightSum: number;
  private readonly perEpisode: number;
  /** The preset and game layers of the flat dict (what "auto" means). */
  private readonly base: Readonly<Record<string, unknown>>;
  private observer: StepObserver | null = null;
  private readonly body: Uint8Array;
  private readonly input: Uint8Array;
  private readonly values = new Float64Array(4);

  constructor(o: ModelOptions = {}) {
    const s = o.state === undefined ? null : restoredSetup(o.state, o.params, o.seed);
    this.params = s ? s.params : resolveSpikeyParams(o.params);
    this.seed = s ? s.seed : checkSeed(o.seed ?? 0);
    this.preset = presetOf(this.params);
    this.game = presetGame(this.preset, this.seed);
    this.base = mergeParams(this.preset.parts, this.game.params, this.preset.params, {});
    const params = mergeParams(this.preset.parts, this.game.params, this.preset.params, userKeys(this.params));
    const net = new SpikeyNetwork({ parts: this.preset.parts, params, seed: this.seed });
    this.network = net;
    this.spikeGroups = [{ name: "body", size: net.nNeurons }, { name: "inputs", size: net.nInputs }];
    this.body = new Uint8Array(net.nNeurons);
    this.input = new Uint8Array(net.nInputs);
    this.spikes = new Uint8Array(net.steps * (net.nInputs + net.nNeurons));
    this.reward = new Float64Array(net.steps);
    this.perEpisode = Math.ceil(this.preset.train / this.preset.episodes);
    net.onStep = (r) => this.capture(r);
    if (s) {
      const st = s.state;
      restoreNetwork(net, st.net);
      loadRng((this.game as unknown as { rng: unknown }).rng, st.game, "game");
      if (!(st.spikes instanceof Uint8Array) || st.spikes.length !== this.spikes.length) throw new SornInputError("state.spikes", `must be a Uint8Array of ${this.spikes.length} values`);
      if (!(st.reward instanceof Float64Array) || st.reward.length !== this.reward.length) throw new SornInputError("state.reward", `must be a Float64Array of ${this.reward.length} values`);
      this.spikes.set(st.spikes);
      this.reward.set(st.reward);
      if (!Number.isInteger(st.pos) || st.pos < 0 || st.pos > net.steps) throw new SornInputError("state.pos", `must be an integer in [0, ${net.steps}]`);
      this.pos = st.pos;
      this.t = st.t;
      this.next = st.next;
      this.tickState = st.tickState;
      this.weightSum = st.weightSum;
    } else {
      this.next = this.game.reset();
      this.pos = net.steps;
      this.weightSum = sumOf(net.weights.w);
    }
    for (const r of o.off ?? []) this.rule(r, false);
    for (const [k, v] of Object.entries(o.settings ?? {})) if (v !== undefined) this.setting(k, v);
    if (o.records?.length) throw new SornInputError("records", `the spikey family keeps no records (asked: ${o.records.join(", ")})`);
  }

  /** Advance n network steps (see the module doc); `input` is ignored (the game drives the inputs). */
  step(n = 1, _input?: InputSource): this {
    if (!Number.isInteger(n) || n < 0) throw new SornInputError("steps", `must be a non-negative integer, got ${n}`);
    const steps = this.network.steps;
    for (let s = 0; s < n; s++) {
      if (this.pos >= steps) this.runTick();
      const p = this.pos++;
      this.t++;
      if (this.observer) this.observer(this.sample(p));
    }
    return this;
  }

  /** The preset's loop for one tick, its steps captured by `capture`. */
  private runTick(): void {
    const net = this.network;
    if (net.ticks > 0 && net.ticks % this.perEpisode === 0) {
      net.reset();
      this.next = this.game.reset();
    }
    const state = this.next;
    this.filled = 0;
    const action = net.tick(state);
    const r = net.reward(state, action);
    if (!net.rewardPerStep) this.reward[net.steps - 1] += r;
    this.next = this.game.step(action);
    this.tickState = state;
    this.weightSum = sumOf(net.weights.w);
    this.pos = 0;
  }

  private capture(r: StepReport): void {
    const units = r.spikes.length;
    const row = this.filled * units;
    for (let u = 0; u < units; u++) this.spikes[row + u] = r.spikes[u] !== 0 ? 1 : 0;
    this.reward[this.filled++] = r.reward;
  }

  /** Step p of the current tick as a sample (views into this model). */
  private sample(p: number): StepSample {
    const { nInputs, nNeurons, nOutputs } = this.network;
    const row = p * (nInputs + nNeurons);
    for (let j = 0; j < nInputs; j++) this.input[j] = this.spikes[row + j];
    let out = 0;
    for (let i = 0; i < nNeurons; i++) this.body[i] = this.spikes[row + nInputs + i];
    for (let i = nNeurons - nOutputs; i < nNeurons; i++) out += this.body[i];
    const v = this.values;
    v[0] = this.reward[p];
    v[1] = out;
    v[2] = stateIndex(this.tickState);
    v[3] = this.weightSum;
    return { t: this.t, spikes: [this.body, this.input], series: v };
  }

  /** Live keys only (`LIVE` in family-params.ts), from the next tick; structural ones throw. Null = the preset's value. */
  setParams(changes: Readonly<Record<string, unknown>>): this {
    const checked: [string, number | null][] = [];
    for (const [k, v] of Object.entries(changes)) {
      if (v === undefined) continue;
      const spec = SPIKEY_SCHEMA.find((s) => s.name === k);
      if (spec?.structural) throw new SornInputError(k, "is structural: build a new model (reset) to change it");
      checked.push([k, checkSpikeyParam(k, v) as number | null]);
    }
    for (const [k, v] of checked) {
      this.network.set(k, v ?? ((this.base[k] ?? partKey(k)?.default) as number));
      this.params[k] = v;
    }
    return this;
  }

  /** "plasticity": the synapses' learning (off = no weight change, exactly the lr = 0 control); from the next tick. */
  rule(name: string): boolean;
  rule(name: string, on: boolean): this;
  rule(name: string, on?: boolean): boolean | this {
    if (name !== "plasticity") throw new SornInputError("rule", `unknown rule '${name}' (rules: plasticity)`);
    if (on === undefined) return this.network.synapses.learning;
    if (typeof on !== "boolean") throw new SornInputError("rule", `plasticity must be switched with true or false, got ${String(on)}`);
    this.network.setLearning(on);
    return this;
  }

  /** The family has no settings: every name throws. */
  setting(name: string): string | boolean;
  setting(name: string, value: string | boolean): this;
  setting(name: string): string | boolean | this {
    throw new SornInputError("setting", `unknown setting '${name}' (the spikey family has none)`);
  }

  observe(observer: StepObserver | null): this {
    this.observer = observer;
    return this;
  }

  /** Copies of everything needed to continue exactly (see snapshot.ts). */
  state(): SpikeyState {
    const net: NetworkSnapshot = snapshotNetwork(this.network);
    const game: RngState = saveRng((this.game as unknown as { rng: unknown }).rng, "game");
    const copy = (s: GameState | null): GameState | null => (s === null || typeof s === "number" ? s : [...s]);
    return { family: "spikey", version: 1, params: { ...this.params }, seed: this.seed, t: this.t, next: copy(this.next)!, tickState: copy(this.tickState), pos: this.pos, spikes: this.spikes.slice(), reward: this.reward.slice(), weightSum: this.weightSum, game, net };
  }

  /** A network whose every weight is 0 can no longer be driven. */
  warnings(): string[] {
    return this.weightSum === 0 ? ["every weight is 0: the inputs no longer reach the body neurons"] : [];
  }
}

/** Σ of a float32 array in doubles (as `runSpikeyJob` sums its weights). */
export function sumOf(a: Float32Array): number {
  return a.reduce((s, x) => s + x, 0);
}
