/**
 * Statistics of the population activity a(t) = number of active neurons at step t, and the
 * distributions of network and per-neuron rates.
 */
import type { SpikeTrain } from "../sorn/types";
import { histogram, type Histogram } from "./histogram";
import { mean, populationStd } from "./moments";
import { activeCounts, meanRates } from "./rates";
import { checkFinite, checkPositiveInteger, checkSpikeTrain, fail } from "./validate";

/** One burst: a maximal run of steps with a(t) > threshold. */
export interface Burst {
  /** First step of the run. */
  start: number;
  /** Number of steps in the run. */
  length: number;
  /** Σ a(t) over the run: the spikes it contains. */
  size: number;
}

/** Summary of the population activity. */
export interface PopulationActivity {
  /** T. */
  steps: number;
  /** Steps with no active neuron, a(t) = 0. */
  silentSteps: number;
  /** silentSteps / T. */
  silentFraction: number;
  /** Mean of a(t). */
  meanActive: number;
  /** Population std (ddof 0) of a(t). */
  sdActive: number;
  /** The burst threshold used: a step belongs to a burst when a(t) > threshold. */
  threshold: number;
  /** Every burst, in time order. */
  bursts: Burst[];
  /** Mean burst length in steps; null when there is no burst. */
  meanBurstLength: number | null;
  /** Mean burst size (spikes per burst); null when there is no burst. */
  meanBurstSize: number | null;
}

/**
 * Population-activity statistics of a train (pass the E activity for "steps with no E spike"):
 * with a(t) = Σ_i x_i(t), the fraction of steps with a(t) = 0, mean and population sd of a(t),
 * and bursts — maximal runs of consecutive steps with a(t) > threshold (default mean + 2·sd) —
 * with their count, mean length and mean size Σa(t). (The package has no such function.)
 */
export function populationActivity(train: SpikeTrain, threshold?: number): PopulationActivity {
  const fn = "populationActivity";
  checkSpikeTrain(fn, train);
  if (threshold !== undefined) checkFinite(fn, threshold, "threshold");
  const a = activeCounts(train);
  const steps = a.length;
  let silentSteps = 0;
  for (const v of a) if (v === 0) silentSteps++;
  const meanActive = mean(a);
  const sdActive = populationStd(a, meanActive);
  const th = threshold ?? meanActive + 2 * sdActive;
  const bursts: Burst[] = [];
  let t = 0;
  while (t < steps) {
    if (a[t] > th) {
      const start = t;
      let size = 0;
      while (t < steps && a[t] > th) size += a[t++];
      bursts.push({ start, length: t - start, size });
    } else {
      t++;
    }
  }
  const nb = bursts.length;
  return {
    steps,
    silentSteps,
    silentFraction: silentSteps / steps,
    meanActive,
    sdActive,
    threshold: th,
    bursts,
    meanBurstLength: nb ? bursts.reduce((s, b) => s + b.length, 0) / nb : null,
    meanBurstSize: nb ? bursts.reduce((s, b) => s + b.size, 0) / nb : null,
  };
}

/**
 * Histogram of the network rate a(t) over the steps with a(t) > 0, in `bins` equal bins over
 * [min, max] of those values — the data of the package's `hist_firing_rate_network(spike_train,
 * bin_size)`, which drops the silent steps too (`excludedSilentSteps` says how many). Throws
 * when every step is silent.
 */
export function networkRateHistogram(train: SpikeTrain, bins: number): Histogram & { excludedSilentSteps: number } {
  const fn = "networkRateHistogram";
  checkSpikeTrain(fn, train);
  checkPositiveInteger(fn, bins, "bins");
  const a = activeCounts(train);
  const active = a.filter((v) => v !== 0);
  if (active.length === 0) fail(fn, "spikeTrain has no step with an active neuron");
  return { ...histogram(active, bins, undefined, fn), excludedSilentSteps: a.length - active.length };
}

/**
 * Distribution across neurons of the mean rate per step r_i = S_i/T: a histogram of the N rates
 * in `bins` equal bins over `range` (default [min r_i, max r_i]; [0, 1] shows absolute rates).
 * (The package has no such function.)
 */
export function neuronRateHistogram(train: SpikeTrain, bins: number, range?: readonly [number, number]): Histogram {
  const fn = "neuronRateHistogram";
  checkSpikeTrain(fn, train);
  checkPositiveInteger(fn, bins, "bins");
  return histogram(meanRates(train), bins, range, fn);
}
