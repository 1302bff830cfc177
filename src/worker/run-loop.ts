/**
 * The worker's simulation loop: steps in time slices, paced to a target speed or as fast as
 * possible, yielding between slices so commands (pause, a rule toggle) get through. It also runs
 * a fixed number of steps (Step N) the same way, so a long one shows progress and a pause stops
 * it. The clock and the scheduler are injected, so tests run the loop without timers.
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
  /** Steps left of a {@link runFor} (0: none, the loop plays on), and how to report its end. */
  private left = 0;
  private done = 0;
  private finish: ((done: number) => void) | null = null;

  constructor(
    private readonly target: LoopTarget,
    private readonly host: LoopHost,
  ) {}

  /** Whether the loop is going (playing, or running a {@link runFor}). */
  get playing(): boolean {
    return this.running;
  }

  /** Steps left of the current {@link runFor}, 0 when none is running. */
  get stepsLeft(): number {
    return this.left;
  }

  /** The target speed. */
  get currentSpeed(): Speed {
    return this.speed;
  }

  /** Play on at the target speed (a running {@link runFor} ends here and the loop plays on). */
  play(): void {
    if (this.running && this.left === 0) return;
    this.endRun();
    this.start();
  }

  /** Stop after the current chunk; a running {@link runFor} ends at the step reached. */
  pause(): void {
    this.running = false;
    this.endRun();
  }

  /**
   * Advance `n` steps as fast as possible, in slices like play, then stop. Resolves with the
   * steps done: `n`, or fewer when it was paused, replaced by another run or play, or stepping
   * threw (the loop stops at the step reached, so the run stays consistent).
   */
  runFor(n: number): Promise<number> {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`steps must be a positive integer, got ${n}`);
    this.endRun();
    return new Promise<number>((resolve) => {
      this.left = n;
      this.done = 0;
      this.finish = resolve;
      this.start();
    });
  }

  private start(): void {
    this.running = true;
    this.resetPace();
    this.schedule(0);
  }

  /** End a {@link runFor}, if one is running, reporting the steps it did. */
  private endRun(): void {
    const finish = this.finish;
    this.finish = null;
    this.left = 0;
    finish?.(this.done);
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
    let budget = this.left > 0 ? this.left : Infinity;
    if (this.left === 0 && this.speed !== "max") {
      const due = ((start - this.paceStart) * this.speed) / 1000;
      if (due - this.pacedSteps > (this.speed * MAX_BACKLOG_MS) / 1000) {
        this.pacedSteps = Math.floor(due - (this.speed * MAX_BACKLOG_MS) / 1000);
      }
      budget = Math.floor(due) - this.pacedSteps;
    }
    try {
      // At least one chunk per slice, so a slow or preempted machine still makes progress.
      while (budget > 0 && this.running) {
        const t0 = this.host.now();
        const chunk = this.nextChunk(budget, SLICE_MS - (t0 - start));
        this.target.advance(chunk);
        const t1 = this.host.now();
        this.timed(chunk, t1 - t0);
        budget -= chunk;
        this.pacedSteps += chunk;
        this.totalSteps += chunk;
        if (this.left > 0) {
          this.left -= chunk;
          this.done += chunk;
          if (this.left === 0) this.running = false;
        }
        if (t1 - start >= SLICE_MS) break;
      }
    } catch (e) {
      this.running = false;
      this.endRun();
      this.target.onError(e);
      this.target.afterSlice();
      return;
    }
    this.samples.push({ time: this.host.now(), steps: this.totalSteps });
    if (this.samples.length > 1000) this.samples.splice(0, this.samples.length - 1000);
    if (!this.running) this.endRun();
    this.target.afterSlice();
    if (!this.running) return;
    if (this.left > 0 || this.speed === "max") this.schedule(0);
    else {
      const nextDue = ((this.pacedSteps + 1) * 1000) / this.speed + this.paceStart - this.host.now();
      this.schedule(Math.max(0, Math.min(16, nextDue)));
    }
  }
}
