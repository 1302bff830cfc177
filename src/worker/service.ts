/**
 * The simulation worker's one narrow facade (exposed with comlink; proxx `state-service.ts`
 * shape). Every method is a command or a query about the one running {@link Simulation}; frames
 * go back through the `onFrame` callback, one at a time: while a frame is away the worker posts
 * no other (use-cannon backpressure), so the page can never be flooded.
 */
import { transfer } from "comlink";
import type { SornParams } from "../models/sorn/params";
import { type Rule } from "../models/sorn/rules";
import type { SornState } from "../models/sorn/types";
import { buildFigure } from "./sorn/figures";
import { parseInputFile, type InputMatrix } from "./input-file";
import type { FigureKind, FigureOptions, Frame, InputSpec, RunDigest, SimConfig, Speed, SpikeWindow, CompareChange } from "./protocol";
import { recordsCsv, recordsJson } from "./sorn/records";
import { loadRunFile, saveRunFile, type LoadedRun } from "./sorn/run-io";
import { sornOf } from "./sorn/adapter";
import { checkFits } from "./memory";
import { RunLoop, type LoopHost } from "./run-loop";
import type { RunHistory } from "./run-history";
import { frameTransferables, Simulation } from "./simulation";
import { Comparison } from "./compare";

/** Most frames per second sent to the page. */
export const MAX_FRAME_RATE = 30;

/** Receives frames; resolving the returned promise acknowledges the frame. */
export type FrameSink = (frame: Frame) => Promise<void> | void;

/** A full copy of the run, for persistence (IndexedDB) and reload. */
export interface RunSnapshot {
  config: SimConfig;
  state: SornState;
  /** The latest ≤ 10,000 steps of spikes and series (`KEPT_HISTORY_STEPS`). */
  history: RunHistory;
}

/** Browser/worker host for the loop: MessageChannel for "soon", setTimeout for "later". */
export function browserHost(): LoopHost {
  const channel = new MessageChannel();
  const queue: (() => void)[] = [];
  channel.port1.onmessage = () => queue.shift()?.();
  return {
    now: () => performance.now(),
    soon: (fn) => {
      queue.push(fn);
      channel.port2.postMessage(null);
    },
    later: (fn, ms) => void setTimeout(fn, ms),
  };
}

/** The simulation service: create/reset, play/pause/step, edits, queries and files. */
export class SimService {
  private sim: Simulation | null = null;
  /** Incremented whenever `sim` is replaced; frames carry it. */
  private run = 0;
  private sink: FrameSink | null = null;
  private inFlight = false;
  private frameOwed = false;
  private lastFrameAt = -Infinity;
  private error: string | null = null;
  private readonly loop: RunLoop;
  /** Compare mode's run B, stepping in lock-step with the current run (null when off). */
  private comparison: Comparison | null = null;

  constructor(private readonly host: LoopHost = browserHost()) {
    this.loop = new RunLoop(
      {
        advance: (n) => this.advance(n),
        afterSlice: () => this.sendFrame(false),
        onError: (e) => {
          this.error = `The run stopped: ${(e as Error).message ?? String(e)}`;
          this.sendFrame(true);
        },
      },
      host,
    );
  }

  /** Where frames go (a comlink proxy of a page function). */
  connect(sink: FrameSink): void {
    this.sink = sink;
    this.inFlight = false;
  }

  /**
   * Build a new network for `config` (optionally resuming `state`, with the steps before it in
   * `history`), replacing the current one only once the new one is valid. Returns the config as
   * the engine resolved it.
   */
  create(config: SimConfig, state?: SornState, history?: RunHistory): SimConfig {
    checkFits(config);
    const next = new Simulation(config, state);
    if (history) next.preload(history);
    this.loop.pause();
    this.sim = next;
    this.comparison = null;
    this.run++;
    this.error = null;
    this.sendFrame(true);
    return next.config;
  }

  play(): void {
    this.current();
    this.error = null;
    this.loop.play();
    this.sendFrame(true);
  }

  /** Pause (this also stops a Step N at the step reached); returns the step reached. */
  pause(): number {
    this.loop.pause();
    this.sendFrame(true);
    return this.sim?.t ?? 0;
  }

  /**
   * Advance exactly n steps as fast as possible, in the loop's slices: frames go out meanwhile
   * (saying the loop is going, so the page shows progress), and other commands still get through.
   * A pause, play, reset or load stops it at the step reached. Resolves with the run's step then.
   */
  async step(n: number): Promise<number> {
    if (!Number.isInteger(n) || n < 1 || n > 10_000_000) throw new RangeError(`steps must be an integer from 1 to 10,000,000, got ${n}`);
    const sim = this.current();
    this.error = null;
    await this.loop.runFor(n);
    this.sendFrame(true);
    return sim.t;
  }

  /**
   * Start comparing: run B splits from the current run now with one change and steps in
   * lock-step with it; frames then carry B's frame and the Hamming distances. A change B cannot
   * take (an unknown rule, a structural or out-of-range parameter) throws and nothing starts.
   */
  compare(change: CompareChange): { change: string; since: number } {
    const c = new Comparison(this.current(), change);
    this.comparison = c;
    this.sendFrame(true);
    return { change: c.change, since: c.since };
  }

  /** Stop comparing (run A goes on as it was). */
  stopCompare(): void {
    this.comparison = null;
    this.sendFrame(true);
  }

  /** Advance the current run n steps, with run B in lock-step when comparing. */
  private advance(n: number): void {
    if (this.comparison) this.comparison.advance(n);
    else this.current().advance(n);
  }

  setSpeed(speed: Speed): void {
    this.loop.setSpeed(speed);
  }

  /** Non-structural parameter edits, applied from the next step; structural ones throw. */
  setParams(changes: Partial<SornParams>): SornParams {
    const sim = this.current();
    sim.setParams(changes);
    return { ...sim.config.params };
  }

  setRule(rule: Rule, on: boolean): void {
    this.current().setRule(rule, on);
  }

  /** Change a setting of the step (SORN: 'phase', 'noise'); a bad name or value throws. */
  setSetting(name: string, value: string | boolean): void {
    this.current().setSetting(name, value);
  }

  /** Replace the input from the next step on; throws (changing nothing) when it does not fit. */
  setInput(spec: InputSpec): void {
    this.current().setInput(spec);
  }

  /**
   * Follow one neuron (numbered over all spike groups: SORN E 0..ne−1, then I) step by step in
   * the frames' extras; null stops. A new run follows nothing until asked again.
   */
  follow(neuron: number | null): void {
    this.current().follow(neuron);
  }

  /** Parse an input file (JSON, CSV, .npy) into a nu × T matrix; throws with a clear message. */
  parseInputFile(name: string, bytes: Uint8Array): InputMatrix {
    const m = parseInputFile(name, bytes);
    return transfer(m, [m.data.buffer as ArrayBuffer]);
  }

  /** Hashes of Wee and of the spike history (tests compare runs with these). */
  digest(): RunDigest {
    return this.current().digest();
  }

  /** The latest `steps` steps of one pool's spikes. */
  spikeTrain(pool: "E" | "I", steps: number): SpikeWindow {
    const w = this.current().spikes.train(pool, steps);
    return transfer(w, [w.data.buffer as ArrayBuffer]);
  }

  /** A figure of the current run as an SVG string (figure definitions of src/figures). */
  figure(kind: Exclude<FigureKind, "correlation" | "dashboard">, options: FigureOptions): string {
    return buildFigure(this.current(), kind, options);
  }

  /** The recorded history as JSON or CSV text. */
  records(format: "json" | "csv"): string {
    const sim = this.current();
    return format === "json" ? recordsJson(sim) : recordsCsv(sim);
  }

  /** The run (config, state with generators, records unless `withRecords` is false) as JSON text or .npz bytes. */
  saveRun(format: "json" | "npz", withRecords = true): string | Uint8Array {
    const out = saveRunFile(this.current(), format, withRecords);
    return typeof out === "string" ? out : transfer(out, [out.buffer as ArrayBuffer]);
  }

  /**
   * Load a run file. It is parsed and a network is built from it before anything is replaced,
   * so a corrupt or foreign file throws and leaves the current run untouched.
   */
  loadRun(name: string, bytes: Uint8Array, fallbackInput: InputSpec): LoadedRun {
    const loaded = loadRunFile(name, bytes, fallbackInput);
    this.loop.pause();
    this.sim = loaded.simulation;
    this.comparison = null;
    this.run++;
    this.error = null;
    this.sendFrame(true);
    return loaded.info;
  }

  /** A full copy of the run for persistence. */
  snapshot(): RunSnapshot {
    const sim = this.current();
    const state = sornOf(sim.model).state();
    const history = sim.history();
    const buffers = [state.Wee, state.Wei, state.Wie, state.Te, state.Ti, state.X, state.Y, state.Hip]
      .filter((a) => a !== undefined)
      .map((a) => a!.data.buffer as ArrayBuffer);
    const historyBuffers = [...Object.values(history.spikes), ...Object.values(history.series)].map((a) => (a as Uint8Array | Float64Array).buffer as ArrayBuffer);
    return transfer({ config: structuredClone(sim.config), state, history }, [...buffers, ...historyBuffers]);
  }

  private current(): Simulation {
    if (!this.sim) throw new Error("no network yet: create one first");
    return this.sim;
  }

  /** Post a frame unless one is away; `force` sends even when nothing new happened. */
  private sendFrame(force: boolean): void {
    const sim = this.sim;
    if (!sim || !this.sink) return;
    if (this.inFlight) {
      if (force) this.frameOwed = true;
      return;
    }
    const now = this.host.now();
    if (!force && (!sim.hasNews || now - this.lastFrameAt < 1000 / MAX_FRAME_RATE)) return;
    const frame = sim.takeFrame(this.run, this.loop.playing, this.loop.measuredSpeed(), this.error);
    if (this.comparison) frame.compare = this.comparison.takeFrame(this.run, this.loop.playing, this.loop.measuredSpeed());
    this.inFlight = true;
    this.lastFrameAt = now;
    const ack = () => {
      this.inFlight = false;
      if (this.frameOwed) {
        this.frameOwed = false;
        this.sendFrame(true);
      }
    };
    Promise.resolve(this.sink(transfer(frame, frameTransferables(frame)))).then(ack, ack);
  }
}
