/**
 * Analysis of spike trains and weight matrices: pure functions, no DOM, no Node APIs. The Python
 * package's `Statistics` (spec §6) with its bugs fixed (spec §10.2), the data behind its `Plotter`
 * figures (spec §7), and a few additions. Each function's doc comment gives its formula and, where
 * the package differs, how to get the package's number.
 */
export { histogram, binCentres, normalPdf, type Histogram } from "./histogram";
export { neuronFiringRate, networkFiringRate, neuronSpikeCounts, neuronMeanRates, type NeuronFiringRate } from "./rates";
export { scaleDependentSmoothness, scaleIndependentSmoothness, autocorrelation, type Autocorrelation } from "./timeseries";
export { pairwiseCorrelation, type PairwiseCorrelation, type CoSpikeMethod } from "./correlation";
export { spikeTimes, interSpikeIntervals, isiCoefficientOfVariation } from "./spikeTimes";
export { hammingDistance } from "./hamming";
export { fanoFactor, type FanoFactor } from "./fano";
export { spikeSourceEntropy } from "./entropy";
export { inDegrees, outDegrees, degreeDistribution, type DegreeDistribution } from "./degrees";
export {
  WEIGHT_THRESHOLD,
  weightsAtLeast,
  weightHistogram,
  lognormalFit,
  lognormalPdf,
  type LognormalFit,
} from "./weights";
export { fitExponential, type ExponentialFit, type ExponentialFitOptions } from "./expfit";
export { isiValues, isiHistogram, isiExponentialFit, type IsiExponentialFit, type IsiFitPoints } from "./isi";
export {
  populationActivity,
  networkRateHistogram,
  neuronRateHistogram,
  type PopulationActivity,
  type Burst,
} from "./population";
