/**
 * The Spikey network's worker facade (issue 17 §2, §6), exposed over comlink by
 * `spikey-runner.worker.ts`: one network and its game at a time, advanced by network steps
 * (1 ms), ticks (one game pattern = processing_time steps) or episodes (`episodeTicks` ticks, then
 * Spikey's reset: neurons, traces and log cleared, weights kept, a fresh game state).
 *
 * One tick follows the job's loop: action = net.tick(state); r = net.reward(state, action);
 * state = game.step(action). The model computes a tick whole, so "step" granularity computes the
 * next tick when none is pending and then reveals its steps one at a time (the raster and the
 * counters show step k; the tick's record is reported when its last step is shown).
 *
 * Bounded frames: each `advance` runs at most `budgetMs` (checked after every tick) and returns
 * one {@link SpikeyFrame}: the new tick records and the last `keep` shown steps as packed typed
 * arrays (moved, not copied), never one message per spike.
 */
import { transfer } from "comlink";
import type { SpikeyGame } from "../models/spikey/games/logic";
import { SpikeyNetwork } from "../models/spikey/network";
import { specHash, type NetworkSpec } from "../models/spikey/spec";
import { stateKey, type Action, type GameState } from "../models/spikey/types";
import { gameStates, makeSpikeyGame, type SpikeyGameChoice } from "./spikey-game";
import { StepRing } from "./spikey-step-ring";

/** What the page sends to build a network. */
export interface SpikeySessionSpec {
  readonly network: NetworkSpec;
  readonly game: SpikeyGameChoice;
  /** Ticks per episode (≥ 1). */
  readonly episodeTicks: number;
}

/** What the page knows of a new network. */
export interface SpikeySessionInfo {
  hash: string;
  nInputs: number;
  nNeurons: number;
  nOutputs: number;
  /** Steps per tick (processing_time). */
  steps: number;
  /** 1 for each inhibitory unit (negative polarity), inputs first. */
  inhibitory: Uint8Array;
  /** The game's state keys in table order. */
  states: string[];
  /** Σ w over inputs' rows and over body rows, at build. */
  weightSums: [number, number];
  /** Whether reward is given every step (FlorianPerSpike) or once per tick. */
  rewardPerStep: boolean;
}

/** The granularity of an advance. */
export type SpikeyUnit = "step" | "tick" | "episode";

/** One advance's news. Tick arrays have one entry per newly reported tick, oldest first. */
export interface SpikeyFrame {
  /** Totals after the advance: ticks reported, steps shown, episodes begun (1-based). */
  ticks: number;
  steps: number;
  episode: number;
  /** Units (of the asked granularity) completed. */
  done: number;
  tickState: Int32Array;
  /** The action as a number (a vector action → its argmax). */
  tickAction: Float64Array;
  tickReward: Float64Array;
  /** Output spikes per step per output neuron over the tick. */
  tickRate: Float64Array;
  /** Σ w over inputs' rows, and over body rows, after the tick. */
  tickWIn: Float64Array;
  tickWBody: Float64Array;
  /** Global index of the first kept step; per kept step the spiking units (counts, then indices) and the reward strip. */
  rasterFrom: number;
  rasterCounts: Int32Array;
  rasterUnits: Int32Array;
  rasterReward: Float32Array;
}

interface TickRecord {
  end: number;
  state: number;
  action: number;
  reward: number;
  rate: number;
  wIn: number;
  wBody: number;
}

/** The number an action is tabled under. */
export function actionNumber(a: Action): number {
  if (typeof a === "number") return a;
  let best = 0;
  for (let i = 1; i < a.length; i++) if (a[i] > a[best]) best = i;
  return best;
}

/** Most steps a frame may carry. */
export const MAX_KEEP = 4000;

/** One network, its game and the steps shown so far (see the module's comment). */
export class SpikeyRunnerService {
  private net: SpikeyNetwork | null = null;
  private game: SpikeyGame | null = null;
  private state: GameState = 0;
  private states = new Map<string, number>();
  private episodeTicks = 1;
  private ticksInEpisode = 0;
  private episode = 1;
  private ring = new StepRing(1, MAX_KEEP);
  private pending: TickRecord[] = [];
  private reported = 0;
  private shown = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  /** A new network (its errors are SornInputErrors naming the key; the old one is kept then). */
  reset(spec: SpikeySessionSpec): SpikeySessionInfo {
    const net = new SpikeyNetwork(spec.network);
    const game = makeSpikeyGame(spec.game, spec.network.seed);
    const keys = gameStates(spec.game);
    this.net = net;
    this.game = game;
    this.states = new Map(keys.map((k, i) => [k, i]));
    this.episodeTicks = Math.max(1, Math.floor(spec.episodeTicks));
    this.ticksInEpisode = 0;
    this.episode = 1;
    this.ring = new StepRing(net.nInputs + net.nNeurons, MAX_KEEP);
    this.pending = [];
    this.reported = 0;
    this.shown = 0;
    this.state = game.reset();
    const log = net.log;
    // The step's spikes are the log's newest row (copied from there: no rescan of every unit).
    net.onStep = (r) => this.ring.pushIndices(log.indices, log.offset(log.t - 1), log.count(log.t - 1), r.reward);
    const inhibitory = Uint8Array.from(net.polarities, (p) => (p < 0 ? 1 : 0));
    return { hash: specHash(spec.network), nInputs: net.nInputs, nNeurons: net.nNeurons, nOutputs: net.nOutputs, steps: net.steps, inhibitory, states: keys, weightSums: this.sums(), rewardPerStep: net.rewardPerStep };
  }

  /** Learning on (train) or off (evaluate: traces run, weights stay). */
  setLearning(on: boolean): void {
    this.need().setLearning(on);
  }

  /** Advance up to `count` units of `unit` for at most `budgetMs`, keeping the last `keep` shown steps. */
  advance(unit: SpikeyUnit, count: number, budgetMs: number, keep: number): SpikeyFrame {
    this.need();
    const start = this.now();
    let done = 0;
    while (done < count) {
      if (unit === "step") {
        if (this.shown === this.ring.total) this.tick();
        this.shown++;
        done++;
        continue;
      }
      // A tick partly shown by "step" is finished first; otherwise the next tick is computed.
      if (this.shown === this.ring.total) this.tick();
      this.shown = this.ring.total;
      if (unit === "tick" || this.ticksInEpisode === this.episodeTicks) done++;
      if (this.now() - start >= budgetMs) break;
    }
    return this.frame(done, keep);
  }

  private tick(): void {
    const net = this.need();
    const game = this.game!;
    if (this.ticksInEpisode === this.episodeTicks) {
      net.reset();
      this.state = game.reset();
      this.ticksInEpisode = 0;
      this.episode++;
    }
    const state = this.state;
    const action = net.tick(state);
    const reward = net.reward(state, action);
    if (!net.rewardPerStep) this.ring.setLastRewards(net.steps, reward);
    const [wIn, wBody] = this.sums();
    this.pending.push({ end: this.ring.total, state: this.states.get(stateKey(state)) ?? -1, action: actionNumber(action), reward, rate: net.outputRate(), wIn, wBody });
    this.ticksInEpisode++;
    this.state = game.step(action);
  }

  private frame(done: number, keep: number): SpikeyFrame {
    const ready: TickRecord[] = [];
    while (this.pending.length && this.pending[0].end <= this.shown) ready.push(this.pending.shift()!);
    this.reported += ready.length;
    const col = (f: (r: TickRecord) => number) => Float64Array.from(ready, f);
    const r = this.ring.read(this.shown, Math.max(0, Math.min(keep, MAX_KEEP)));
    const frame: SpikeyFrame = {
      ticks: this.reported,
      steps: this.shown,
      episode: this.episode,
      done,
      tickState: Int32Array.from(ready, (x) => x.state),
      tickAction: col((x) => x.action),
      tickReward: col((x) => x.reward),
      tickRate: col((x) => x.rate),
      tickWIn: col((x) => x.wIn),
      tickWBody: col((x) => x.wBody),
      rasterFrom: r.from,
      rasterCounts: r.counts,
      rasterUnits: r.units,
      rasterReward: r.reward,
    };
    const buffers = [frame.tickState, frame.tickAction, frame.tickReward, frame.tickRate, frame.tickWIn, frame.tickWBody, frame.rasterCounts, frame.rasterUnits, frame.rasterReward].map((a) => a.buffer as ArrayBuffer);
    return transfer(frame, buffers);
  }

  private sums(): [number, number] {
    const { w, cols } = this.need().weights;
    const split = this.need().nInputs * cols;
    let a = 0;
    let b = 0;
    for (let i = 0; i < split; i++) a += w[i];
    for (let i = split; i < w.length; i++) b += w[i];
    return [a, b];
  }

  private need(): SpikeyNetwork {
    if (!this.net) throw new Error("no Spikey network (reset first)");
    return this.net;
  }
}
