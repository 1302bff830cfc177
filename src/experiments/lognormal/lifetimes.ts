/**
 * Weight lifetimes of the lognormal preset (spec experiments.md §4.2, "optionally weight
 * lifetimes": steps from creation by SP to pruning; Zheng, Dimitrakakis & Triesch 2013 report
 * the distribution as heavy-tailed). Observed from outside the engine, after every step, from
 * the E→E matrix's stored (w > 0) entries alone — it draws nothing and changes nothing:
 *
 * - a synapse present after step t that was absent after step t − 1 is born at t;
 * - one present after step t − 1 and absent after step t is pruned at t: lifetime t − born;
 * - the synapses of the initial network (present before step 1) have no known birth: their
 *   pruning is counted, not timed (left-censored); synapses alive at the end are right-censored
 *   (their ages are summarised apart).
 *
 * A synapse pruned and re-created within one step is not seen. Lifetimes are binned in powers
 * of two: bin k holds [2^k, 2^(k+1)) steps.
 */
import type { ColumnMatrix } from "../../models/sorn/column-matrix";

/** What {@link LifetimeTracker.result} reports. */
export interface LifetimeSummary {
  /** Synapses created by SP during the run (born after step 0). */
  births: number;
  /** Of those, pruned before the end: their lifetimes are the distribution. */
  pruned: number;
  /** Lifetimes (steps) of the pruned ones: median, mean and max; null when none. */
  median: number | null;
  mean: number | null;
  max: number | null;
  /** Counts per power-of-two bin: `counts[k]` lifetimes in [2^k, 2^(k+1)) steps. */
  counts: number[];
  /** Born during the run and alive at the end (right-censored), and the median of their ages. */
  aliveAtEnd: number;
  aliveMedianAge: number | null;
  /** Synapses of the initial network, and how many of them were pruned (untimed). */
  initial: number;
  initialPruned: number;
}

const median = (sorted: ArrayLike<number>): number | null => {
  const n = sorted.length;
  if (n === 0) return null;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};

/** Follows the births and prunings of one ColumnMatrix's synapses step by step. */
export class LifetimeTracker {
  /** Birth step per (pre, post) slot; −1 when absent; −2 for a synapse of the initial network. */
  private readonly born: Int32Array;
  private readonly seenAt: Int32Array;
  private alive: Int32Array;
  private aliveCount = 0;
  private next: Int32Array;
  private readonly lifetimes: number[] = [];
  private births = 0;
  private initial = 0;
  private initialPruned = 0;
  private stamp = 0;

  constructor(private readonly W: ColumnMatrix) {
    const slots = W.rows * W.cols;
    this.born = new Int32Array(slots).fill(-1);
    this.seenAt = new Int32Array(slots).fill(-1);
    this.alive = new Int32Array(slots);
    this.next = new Int32Array(slots);
    this.observe(0);
    this.initial = this.aliveCount;
  }

  /** Record the matrix as it stands after step `t` (call once per step, t = 1, 2, …). */
  observe(t: number): void {
    const { idx, start, len } = this.W.lists;
    const cols = this.W.cols;
    const stamp = ++this.stamp;
    let n = 0;
    for (let post = 0; post < cols; post++) {
      for (let k = start[post], e = k + len[post]; k < e; k++) {
        const slot = idx[k] * cols + post;
        this.seenAt[slot] = stamp;
        this.next[n++] = slot;
        if (this.born[slot] === -1) {
          this.born[slot] = t === 0 ? -2 : t;
          if (t > 0) this.births++;
        }
      }
    }
    for (let a = 0; a < this.aliveCount; a++) {
      const slot = this.alive[a];
      if (this.seenAt[slot] === stamp) continue;
      const b = this.born[slot];
      if (b === -2) this.initialPruned++;
      else this.lifetimes.push(t - b);
      this.born[slot] = -1;
    }
    [this.alive, this.next] = [this.next, this.alive];
    this.aliveCount = n;
  }

  /** The summary at `end` (the last step observed). */
  result(end: number): LifetimeSummary {
    const life = Float64Array.from(this.lifetimes).sort();
    const ages: number[] = [];
    for (let a = 0; a < this.aliveCount; a++) {
      const b = this.born[this.alive[a]];
      if (b > 0) ages.push(end - b);
    }
    const counts: number[] = [];
    for (const v of life) {
      const k = Math.floor(Math.log2(v));
      while (counts.length <= k) counts.push(0);
      counts[k]++;
    }
    let sum = 0;
    for (const v of life) sum += v;
    return {
      births: this.births,
      pruned: life.length,
      median: median(life),
      mean: life.length ? sum / life.length : null,
      max: life.length ? life[life.length - 1] : null,
      counts,
      aliveAtEnd: ages.length,
      aliveMedianAge: median(Float64Array.from(ages).sort()),
      initial: this.initial,
      initialPruned: this.initialPruned,
    };
  }
}
