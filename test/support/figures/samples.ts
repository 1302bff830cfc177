/**
 * Every figure rendered from the deterministic sample data in `./testdata`, with the axis
 * labels each must show: the golden-snapshot and PNG tests use this one list.
 */
import { connectionCountsFigure } from "../../../src/figures/connections";
import { correlationFigure } from "../../../src/figures/correlation";
import { dashboardFigure } from "../../../src/figures/dashboard";
import { degreeFigure } from "../../../src/figures/degree";
import { firingRateFigure } from "../../../src/figures/firingRate";
import { hammingDistanceFigure } from "../../../src/figures/hamming";
import { isiFigure } from "../../../src/figures/isi";
import { networkFigure } from "../../../src/figures/network";
import { neuronRateFigure } from "../../../src/figures/neuron-rates";
import { populationActivityFigure } from "../../../src/figures/population";
import { rasterFigure } from "../../../src/figures/raster";
import { thresholdsFigure } from "../../../src/figures/thresholds";
import { weightDistributionFigure } from "../../../src/figures/weights";
import * as D from "./testdata";

/** One sample figure: its SVG and the texts (title, axis labels) it must contain. */
export interface SampleFigure {
  svg: string;
  title: string;
  labels: string[];
}

const range = (n: number, f: (t: number) => number): number[] => Array.from({ length: n }, (_, t) => f(t));

/** All sample figures by name (the golden files are test/golden/figures/<name>.svg). */
export function sampleFigures(): Record<string, SampleFigure> {
  const E = D.sampleRaster(60, 40, 0.08, 1);
  const I = D.sampleRaster(60, 8, 0.15, 2);
  const counts = D.activeCounts(E);
  const make = (title: string, labels: string[], f: (m: ReturnType<typeof D.sampleMeta>) => string): SampleFigure => ({
    svg: f(D.sampleMeta(title)),
    title,
    labels,
  });
  const out: Record<string, SampleFigure> = {
    raster: make("Spike raster", ["time step", "neuron index"], (m) =>
      rasterFigure({ excitatory: E, inhibitory: I, excitatorySubset: range(30, (i) => i) }, m),
    ),
    population: make("Population activity", ["time step", "active neurons (count)"], (m) =>
      populationActivityFigure({ counts, neurons: 40 }, m),
    ),
    weights: make("E→E weight distribution", ["weight", "weight (log scale)", "probability density"], (m) =>
      weightDistributionFigure(D.sampleWeights(), m),
    ),
    degree: make(
      "Connections per neuron",
      ["incoming connections per neuron (count)", "outgoing connections per neuron (count)", "probability density"],
      (m) => degreeFigure(D.sampleDegrees(), m),
    ),
    "firing-rate": make("Network firing rate", ["active neurons per step", "steps (count)"], (m) =>
      firingRateFigure({ activeCounts: counts, neurons: 40 }, m),
    ),
    "neuron-rates": make("Firing rates across neurons", ["firing rate (spikes per step)", "neurons (count)"], (m) =>
      neuronRateFigure({ rates: D.neuronRates(E), inhibitory: D.neuronRates(I), window: E.steps }, m),
    ),
    correlation: make("Correlation", ["neuron index (column j)", "neuron index (row i)", "correlation coefficient"], (m) =>
      correlationFigure(D.sampleCorrelation(24), m),
    ),
    "correlation-blocks": make("Correlation, block-averaged", ["neuron index (column j)", "correlation coefficient"], (m) =>
      correlationFigure({ ...D.sampleCorrelation(50), maxCells: 20 }, m),
    ),
    network: make("Correlation network", ["correlation r", "excitatory", "inhibitory"], (m) => networkFigure(D.sampleNetwork(), m)),
    isi: make("Inter-spike intervals", ["inter-spike interval (time steps)", "count"], (m) => isiFigure(D.sampleIsi(), m)),
    connections: make("Connections over time", ["time step", "connections (count)", "E→E", "E→I", "I→E"], (m) =>
      connectionCountsFigure(
        { ee: range(50, (t) => 400 - 2 * t), ei: range(50, (t) => 300 + (t % 7)), ie: range(50, () => 320) },
        m,
      ),
    ),
    hamming: make("Hamming distance", ["time step", "Hamming distance (neurons)"], (m) =>
      hammingDistanceFigure({ distances: range(40, (t) => Math.min(20, Math.floor((t * t) / 20))) }, m),
    ),
    thresholds: make("Thresholds", ["time step", "threshold (a.u.)", "mean Te"], (m) =>
      thresholdsFigure(D.sampleThresholds(), m),
    ),
  };
  out.dashboard = make("Dashboard", ["Spike raster", "Population activity", "time step"], (m) =>
    dashboardFigure([out.raster.svg, out.population.svg, out.isi.svg, out.thresholds.svg], m),
  );
  return out;
}
