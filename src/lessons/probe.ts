/**
 * What a lesson step has seen of the run since it began: every step's series from the frames
 * (the E rate x̄(t) = Σ_i x_i(t) / N_E, the I rate, the E→E synapse count, the mean E threshold),
 * the compare mode's Hamming distances d(t), the latest per-neuron E rates, the weight matrix's
 * readings at the step's first and latest snapshot, and the step's job results. It counts steps,
 * never time: the same run gives the same readings at any speed.
 */
import type { Frame } from "../worker/protocol";
import type { WeightReadings } from "./weights";

/** Most steps of each series a step keeps (older ones are dropped). */
export const PROBE_STEPS = 100_000;

/** The per-step series a probe keeps, by quantity name. */
export const PER_STEP = ["rate.E", "rate.I", "synapses.EE", "threshold.E", "hamming"] as const;
export type PerStepName = (typeof PER_STEP)[number];

/** Frame series each per-step quantity comes from, and its divisor (the group's size, or 1). */
const SOURCES: Record<Exclude<PerStepName, "hamming">, { series: string; per: "E" | "I" | null }> = {
  "rate.E": { series: "popE", per: "E" },
  "rate.I": { series: "popI", per: "I" },
  "synapses.EE": { series: "countEE", per: null },
  "threshold.E": { series: "meanTe", per: null },
};

/** A step's readings of the run. */
export class LessonProbe {
  /** The step count when the step began: only later steps count. */
  from = 0;
  /** The run the readings belong to (a new run, after a reset, starts them again). */
  run: number | null = null;
  private readonly values = new Map<PerStepName, number[]>();
  /** The latest step taken into the series. */
  private last = 0;
  /** Per-neuron E rates over the latest frame's window (spikes per step), or null. */
  ratesE: Float32Array | null = null;
  /** The weight matrix's readings at the step's first snapshot and at its latest. */
  weightsFirst: WeightReadings | null = null;
  weightsNow: WeightReadings | null = null;
  /** Job results, by job index (undefined until that job has finished); kept across steps until a step runs its own. */
  jobs: unknown[] = [];

  constructor(from = 0) {
    this.restart(from);
  }

  /** Forget what the run showed (not the job results); count from step `from`. */
  restart(from: number, run: number | null = this.run): void {
    this.from = from;
    this.last = from;
    this.run = run;
    for (const n of PER_STEP) this.values.set(n, []);
    // The per-neuron rates describe the run now, not the step: they stay until the next frame.
    this.weightsFirst = null;
    this.weightsNow = null;
  }

  /** Forget the job results (a step starts its own jobs). */
  clearJobs(): void {
    this.jobs = [];
  }

  /** Steps seen since the step began. */
  get steps(): number {
    return this.values.get("rate.E")!.length;
  }

  /** The per-step values of `name` seen so far, oldest first. */
  series(name: PerStepName): readonly number[] {
    return this.values.get(name)!;
  }

  /** Take a frame of the main run (steps up to `from` are left out; another run starts again). */
  takeFrame(f: Frame): void {
    if (this.run === null) this.run = f.run;
    else if (this.run !== f.run) this.restart(Math.max(0, f.t - f.steps), f.run);
    const groups = f.spikes.groups;
    const size = (name: string) => groups.find((g) => g.name === name)?.size ?? 0;
    const ne = size("E") || groups[0]?.size || 0;
    const ni = size("I") || groups[1]?.size || 0;
    const first = f.t - f.steps + 1;
    const skip = Math.max(0, this.last + 1 - first);
    if (skip < f.steps) {
      for (const [name, src] of Object.entries(SOURCES) as [PerStepName, (typeof SOURCES)["rate.E"]][]) {
        const s = f.series[src.series];
        if (!s) continue;
        const div = src.per === "E" ? ne : src.per === "I" ? ni : 1;
        const out = this.values.get(name)!;
        for (let k = skip; k < f.steps; k++) out.push(div > 0 ? s[k] / div : NaN);
      }
      const d = f.compare?.hamming;
      if (d) {
        const out = this.values.get("hamming")!;
        const dFirst = f.t - d.length + 1;
        for (let k = Math.max(0, this.last + 1 - dFirst); k < d.length; k++) out.push(d[k]);
      }
      this.last = f.t;
      for (const out of this.values.values()) if (out.length > PROBE_STEPS) out.splice(0, out.length - PROBE_STEPS);
    }
    if (f.rates.values.length >= ne && ne > 0) this.ratesE = f.rates.values.slice(0, ne);
  }

  /** Take the weight readings of a snapshot (the first one taken is the step's baseline). */
  takeWeights(w: WeightReadings): void {
    if (!this.weightsFirst) this.weightsFirst = w;
    this.weightsNow = w;
  }

  /** Take job `index`'s result. */
  takeJob(index: number, result: unknown): void {
    this.jobs[index] = result;
  }
}
