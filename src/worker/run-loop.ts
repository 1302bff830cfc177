/**
 * The worker's simulation loop: steps in time slices, paced to a target speed or as fast as
 * possible, yielding between slices so commands (pause, a rule toggle) get through. The clock
 * and the scheduler are injected, so tests run the loop without timers.
 */
import type { Speed } from "./protocol";

/** Milliseconds of stepping per slice before the loop yields. */
export const SLICE_MS = 12;
/** A paced run never catches up more than this many milliseconds of backlog at once. */
const MAX_BACKLOG_MS = 250;
/**
 * Work is timed over at least this many ms before it counts in the speed estimate: a worker's
 * clock is coarse (0.1 ms in Chromium), so a short chunk often reads as taking no time at all.
 */
const MIN_TIMED_MS = 1;

/** What the loop drives. */
export interface LoopTarget {
  /** Advance n steps. */
  advance(n: number): void;
  /** Called after every slice (the service decides whether a frame is due). */
  afterSlice(): void;
  /** Called when stepping throws; the loop has already stopped. */
  onError(e: unknown): void;
}

/** Time and scheduling, injectable for tests. */
export interface LoopHost {
  now(): number;
  /** Run `fn` soon, letting queued messages through first (a macrotask). */
  soon(fn: () => void): void;
  /** Run `fn` after `ms` milliseconds. */
  later(fn: () => void, ms: number): void;
}

/** Plays, pauses and paces the stepping of a {@link LoopTarget}. */
export class RunLoop {
  private running = false;
  private speed: Speed = "max";
  /** Steps per ms of work, measured over at least {@link MIN_TIMED_MS}; sizes the chunks of a slice. */
  private stepsPerMs = 1;
  /** Steps and ms of work not yet folded into `stepsPerMs` (too short to time on a coarse clock). */
  private timedSteps = 0;
  private timedMs = 0;
  /** Size of the latest chunk; the next is at most twice as big (see {@link nextChunk}). */
  private lastChunk = 1;
  private paceStart = 0;
  private pacedSteps = 0;
  private scheduled = false;
  private readonly samples: { time: number; steps: number }[] = [];
  private totalSteps = 0;

  constructor(
    private readonly target: LoopTarget,
    private readonly host: LoopHost,
  ) {}

  /** Whether the loop is playing. */
  get playing(): boolean {
    return this.running;
  }

  /** The target speed. */
  get currentSpeed(): Speed {
    return this.speed;
  }

  play(): void {
    if (this.running) return;
    this.running = true;
    this.resetPace();
    this.schedule(0);
  }

  pause(): void {
    this.running = false;
  }

  /** Steps per second (a positive number) or "max". */
  setSpeed(speed: Speed): void {
    if (speed !== "max" && !(typeof speed === "number" && Number.isFinite(speed) && speed > 0)) {
      throw new RangeError(`speed must be a positive number of steps per second or "max", got ${String(speed)}`);
    }
    this.speed = speed;
    this.resetPace();
  }

  /** Steps per second over about the last second of wall time. */
  measuredSpeed(): number {
    const now = this.host.now();
    while (this.samples.length > 1 && now - this.samples[0].time > 1000) this.samples.shift();
    if (this.samples.length < 2) return 0;
    const a = this.samples[0];
    const b = this.samples[this.samples.length - 1];
    const dt = Math.max(now - a.time, b.time - a.time);
    return dt > 0 ? ((b.steps - a.steps) * 1000) / dt : 0;
  }

  private resetPace(): void {
    this.paceStart = this.host.now();
    this.pacedSteps = 0;
  }

  /**
   * Steps of the next chunk: about half the slice time left at the measured speed, but never
   * more than twice the previous chunk. The cap keeps a wrong estimate (say, from the tiny chunks
   * of a paced run timed on a coarse clock) from asking for seconds of work in one call, which
   * would hold back every frame until it ends (issue 11, bug 1).
   */
  private nextChunk(budget: number, msLeft: number): number {
    const fit = Math.floor(this.stepsPerMs * Math.max(1, msLeft) * 0.5);
    const chunk = Math.max(1, Math.min(budget, fit, this.lastChunk * 2));
    this.lastChunk = chunk;
    return chunk;
  }

  /** Fold `steps` done in `ms` into the speed estimate once enough time has been timed. */
  private timed(steps: number, ms: number): void {
    this.timedSteps += steps;
    this.timedMs += Math.max(0, ms);
    if (this.timedMs < MIN_TIMED_MS) return;
    const rate = this.timedSteps / this.timedMs;
    this.stepsPerMs = 0.7 * this.stepsPerMs + 0.3 * rate;
    this.timedSteps = 0;
    this.timedMs = 0;
  }

  private schedule(ms: number): void {
    if (this.scheduled) return;
    this.scheduled = true;
    const run = () => {
      this.scheduled = false;
      this.slice();
    };
    if (ms <= 0) this.host.soon(run);
    else this.host.later(run, ms);
  }

  /** One slice: step until the slice's time is used or the paced budget is met. */
  private slice(): void {
    if (!this.running) return;
    const start = this.host.now();
    let budget = Infinity;
    if (this.speed !== "max") {
      const due = ((start - this.paceStart) * this.speed) / 1000;
      if (due - this.pacedSteps > (this.speed * MAX_BACKLOG_MS) / 1000) {
        this.pacedSteps = Math.floor(due - (this.speed * MAX_BACKLOG_MS) / 1000);
      }
      budget = Math.floor(due) - this.pacedSteps;
    }
    try {
      while (budget > 0 && this.running) {
        const t0 = this.host.now();
        const elapsed = t0 - start;
        if (elapsed >= SLICE_MS) break;
        const chunk = this.nextChunk(budget, SLICE_MS - elapsed);
        this.target.advance(chunk);
        this.timed(chunk, this.host.now() - t0);
        budget -= chunk;
        this.pacedSteps += chunk;
        this.totalSteps += chunk;
      }
    } catch (e) {
      this.running = false;
      this.target.onError(e);
      this.target.afterSlice();
      return;
    }
    this.samples.push({ time: this.host.now(), steps: this.totalSteps });
    if (this.samples.length > 1000) this.samples.splice(0, this.samples.length - 1000);
    this.target.afterSlice();
    if (!this.running) return;
    if (this.speed === "max") this.schedule(0);
    else {
      const nextDue = ((this.pacedSteps + 1) * 1000) / this.speed + this.paceStart - this.host.now();
      this.schedule(Math.max(0, Math.min(16, nextDue)));
    }
  }
}
