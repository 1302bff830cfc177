/**
 * One running SORN with what the lab needs around it: its input source, the recent spike and
 * summary history, and the frame being assembled for the main thread. Pure logic — no timers,
 * no worker APIs — so tests drive it step by step like the engine itself.
 */
import type { InputSource } from "../models/inputs";
import { SornNetwork } from "../models/sorn/network";
import { RULES, type Rule, type SornParams } from "../models/sorn/params";
import type { SornState } from "../models/sorn/types";
import { inputSource } from "./input-source";
import type { ActivityStatus, Frame, InputSpec, RunDigest, SimConfig } from "./protocol";
import { SeriesHistory } from "./series-history";
import { SpikeHistory } from "./spike-history";
import { SpikePacker } from "./spike-pack";
import { weightSummary } from "./weight-summary";

/** Steps of spikes kept for analyses, records and the raster's backlog. */
export const SPIKE_HISTORY_STEPS = 10_000;
/** Steps over which per-neuron rates are counted. */
export const RATE_WINDOW = 1_000;
/** Steps of per-step summaries kept. */
export const SERIES_HISTORY_STEPS = 100_000;
/** Most steps of spikes one frame carries (the raster shows fewer). */
export const FRAME_SPIKE_STEPS = 4_096;
/** Most steps of series one frame carries. */
export const FRAME_SERIES_STEPS = 50_000;
/** Steps averaged for the saturation check. */
const RECENT_STEPS = 100;

/** A network plus its input, histories and frame assembly. */
export class Simulation {
  readonly network: SornNetwork;
  readonly config: SimConfig;
  readonly spikes: SpikeHistory;
  readonly series: SeriesHistory;
  private input: InputSource;
  private readonly packer = new SpikePacker(FRAME_SPIKE_STEPS);
  private stepsSinceFrame = 0;
  private silentSteps = 0;
  private readonly recent = new Float64Array(RECENT_STEPS);
  private recentSum = 0;
  private nonFinite = false;
  private framesSent = 0;

  /**
   * Build the network for `config` (fresh from its seed, or resumed from `state`). Everything is
   * validated here; a SornInputError leaves nothing half-built.
   */
  constructor(config: SimConfig, state?: SornState) {
    const freeze = RULES.filter((r) => !config.rules[r]);
    this.network = new SornNetwork({ params: config.params, seed: config.seed, state, phase: config.phase, freeze, noise: config.noise });
    this.input = inputSource(config.input, this.network.params.nu);
    this.config = { ...config, params: { ...this.network.params }, rules: { ...config.rules } };
    const { ne, ni } = this.network;
    const bytesPerStep = Math.ceil((ne + ni) / 32) * 4;
    const capacity = Math.max(RATE_WINDOW, Math.min(SPIKE_HISTORY_STEPS, Math.floor(64e6 / bytesPerStep)));
    this.spikes = new SpikeHistory(ne, ni, capacity, RATE_WINDOW);
    this.spikes.clear(this.network.t);
    this.series = new SeriesHistory(SERIES_HISTORY_STEPS);
    this.series.clear(this.network.t);
  }

  /** Steps simulated so far. */
  get t(): number {
    return this.network.t;
  }

  /** Advance `n` steps, recording each one. */
  advance(n: number): void {
    const net = this.network;
    const { Wee, Wei } = net.net;
    for (let s = 0; s < n; s++) {
      const countEE = Wee.nonZeroCount();
      const countEI = Wei.nonZeroCount();
      net.step(1, this.input);
      const { x, y } = net;
      let popE = 0;
      for (let i = 0; i < x.length; i++) popE += x[i];
      let popI = 0;
      for (let k = 0; k < y.length; k++) popI += y[k];
      const Te = net.net.Te;
      let sumTe = 0;
      for (let i = 0; i < Te.length; i++) sumTe += Te[i];
      const meanTe = sumTe / Te.length;
      if (!Number.isFinite(meanTe)) this.nonFinite = true;
      this.series.push(popE, popI, countEE, countEI, meanTe);
      this.spikes.push(x, y);
      this.packer.addStep(x, y);
      this.stepsSinceFrame++;
      this.silentSteps = popE === 0 ? this.silentSteps + 1 : 0;
      const slot = net.t % RECENT_STEPS;
      const a = popE / x.length;
      this.recentSum += a - this.recent[slot];
      this.recent[slot] = a;
    }
  }

  /** Apply non-structural hyperparameter changes (structural ones throw, nothing changes). */
  setParams(changes: Partial<SornParams>): void {
    this.network.setParams(changes);
    this.config.params = { ...this.network.params };
  }

  /** Switch one plasticity rule. */
  setRule(rule: Rule, on: boolean): void {
    this.network.rule(rule, on);
    this.config.rules[rule] = on;
  }

  /** 'plasticity' or 'training'. */
  setPhase(phase: SimConfig["phase"]): void {
    this.network.phase(phase);
    this.config.phase = phase;
  }

  setNoise(on: boolean): void {
    this.network.noise(on);
    this.config.noise = on;
  }

  /** Replace the input from the next step on (validated first). */
  setInput(spec: InputSpec): void {
    this.input = inputSource(spec, this.network.params.nu);
    this.config.input = spec;
  }

  /** The guard-rail status now. */
  status(): ActivityStatus {
    const held = Math.min(RECENT_STEPS, this.network.t);
    return {
      silentSteps: this.silentSteps,
      recentActivity: held > 0 ? Math.max(0, this.recentSum) / held : 0,
      nonFinite: this.nonFinite,
      emptyColumns: { ...this.network.emptyColumns },
    };
  }

  /** Whether there is anything new to send. */
  get hasNews(): boolean {
    return this.stepsSinceFrame > 0;
  }

  /**
   * Assemble the frame of everything since the previous one. The weight histogram goes out on
   * every `weightEvery`-th frame (and on the first).
   */
  takeFrame(run: number, playing: boolean, stepsPerSecond: number, error: string | null, weightEvery = 3): Frame {
    const net = this.network;
    const steps = Math.min(this.stepsSinceFrame, FRAME_SERIES_STEPS, this.series.held);
    const s = this.series.latest(steps);
    const spikes = this.packer.take();
    const { rates, window } = this.spikes.rates();
    const sendWeights = this.framesSent % weightEvery === 0 || this.stepsSinceFrame === 0;
    const weights = sendWeights ? weightSummary(net.net.Wee, net.params.w_max) : null;
    this.stepsSinceFrame = 0;
    this.framesSent++;
    return {
      run,
      t: net.t,
      ne: net.ne,
      ni: net.ni,
      steps,
      spikeSteps: spikes[0],
      spikes,
      popE: s.popE,
      popI: s.popI,
      countEE: s.countEE,
      countEI: s.countEI,
      meanTe: s.meanTe,
      rates,
      rateWindow: window,
      weights,
      status: this.status(),
      playing,
      stepsPerSecond,
      error,
    };
  }

  /** Identities of the current run (for tests and the "same run?" check). */
  digest(): RunDigest {
    const Wee = this.network.net.Wee;
    let h = 0x811c9dc5;
    const f = new Float64Array(1);
    const u = new Uint32Array(f.buffer);
    const mix = (v: number) => {
      for (let b = 0; b < 4; b++) {
        h ^= (v >>> (8 * b)) & 0xff;
        h = Math.imul(h, 0x01000193);
      }
    };
    Wee.forEachNonZero((r, c, w) => {
      f[0] = w;
      mix(r);
      mix(c);
      mix(u[0]);
      mix(u[1]);
    });
    const d = this.spikes.digest();
    return {
      t: this.network.t,
      weeHash: (h >>> 0).toString(16).padStart(8, "0"),
      weeCount: Wee.nonZeroCount(),
      spikeHash: d.hash,
      spikeSteps: d.steps,
      spikeCount: d.eSpikes,
    };
  }
}

/** Transferable buffers of a frame (for postMessage's transfer list). */
export function frameTransferables(f: Frame): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [f.spikes, f.popE, f.popI, f.countEE, f.countEI, f.meanTe, f.rates];
  if (f.weights) arrays.push(f.weights.counts, f.weights.log10Edges);
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
