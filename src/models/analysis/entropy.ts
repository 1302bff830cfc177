/**
 * How evenly spikes are spread over the neurons.
 */
import type { SpikeTrain } from "../sorn/types";
import { spikeCounts } from "./rates";
import { checkSpikeTrain, fail } from "./validate";

/**
 * Normalised spike-source entropy. With S_i the spikes of neuron i and p_i = S_i/ΣS,
 *   H = −Σ_i p_i ln p_i / ln N,  taking 0·ln 0 = 0,
 * clamped to [0, 1] against rounding: 1 when all N neurons spike equally often, 0 when one neuron makes every spike.
 *
 * The package's `spike_source_entropy(spike_train, num_neurons)` computes the same
 * Σ p_i ln p_i / ln(1/N) with N = num_neurons, but is NaN as soon as any neuron is silent; where it
 * is defined (every neuron spikes, num_neurons = N) it equals this value.
 * Throws when the train has no spike at all (p undefined) or a single neuron (ln N = 0).
 */
export function spikeSourceEntropy(train: SpikeTrain): number {
  const fn = "spikeSourceEntropy";
  checkSpikeTrain(fn, train);
  const N = train.neurons;
  if (N < 2) fail(fn, "spikeTrain must have at least 2 neurons (the entropy is normalised by ln N)");
  const counts = spikeCounts(train);
  let total = 0;
  for (const c of counts) total += c;
  if (total === 0) fail(fn, "spikeTrain has no spikes, so the spike-source distribution is undefined");
  let h = 0;
  for (const c of counts) {
    if (c === 0) continue;
    const p = c / total;
    h -= p * Math.log(p);
  }
  return Math.min(1, Math.max(0, h / Math.log(N)));
}
