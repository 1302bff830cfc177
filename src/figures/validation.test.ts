import { describe, expect, it } from "vitest";
import {
  connectionCountsFigure,
  correlationFigure,
  dashboardFigure,
  degreeFigure,
  firingRateFigure,
  hammingDistanceFigure,
  isiFigure,
  networkFigure,
  populationActivityFigure,
  rasterFigure,
  thresholdsFigure,
  weightDistributionFigure,
} from "./index";
import { sampleMeta, sampleRaster } from "../../test/support/figures/testdata";

const meta = sampleMeta("Bad input");
const raster = sampleRaster(5, 4, 0.3, 1);

describe("bad input throws a clear Error", () => {
  it.each([
    ["empty counts", () => populationActivityFigure({ counts: [] }, meta), /counts is empty/],
    ["NaN in counts", () => populationActivityFigure({ counts: [1, NaN, 2] }, meta), /counts\[1\] is NaN/],
    ["Infinity in distances", () => hammingDistanceFigure({ distances: [0, Infinity] }, meta), /distances\[1\] is Infinity/],
    ["mismatched connection lengths", () => connectionCountsFigure({ ee: [1, 2, 3], ei: [1, 2] }, meta), /E→I has length 2 but E→E has length 3/],
    ["band without max", () => thresholdsFigure({ mean: [1, 2], min: [0, 1] }, meta), /both min and max/],
    ["no threshold series", () => thresholdsFigure({}, meta), /give mean or traces/],
    ["raster data length", () => rasterFigure({ excitatory: { steps: 3, neurons: 4, data: new Uint8Array(11) } }, meta), /data has length 11 but steps·neurons = 12/],
    ["raster non-binary", () => rasterFigure({ excitatory: { steps: 1, neurons: 2, data: [0, 2] } }, meta), /must be 0 or 1|spikes must be 0 or 1/],
    ["raster step mismatch", () => rasterFigure({ excitatory: raster, inhibitory: sampleRaster(4, 2, 0.3, 2) }, meta), /inhibitory has 4 steps but excitatory has 5/],
    ["raster subset out of range", () => rasterFigure({ excitatory: raster, excitatorySubset: [0, 4] }, meta), /excitatorySubset\[1\] = 4 is not a neuron index/],
    ["raster empty subset", () => rasterFigure({ excitatory: raster, excitatorySubset: [] }, meta), /excitatorySubset is empty/],
    ["weights NaN", () => weightDistributionFigure({ weights: [0.1, NaN], mu: 0, sigma: 1 }, meta), /weights\[1\] is NaN/],
    ["weights sigma 0", () => weightDistributionFigure({ weights: [0.1], mu: 0, sigma: 0 }, meta), /sigma must be a positive number/],
    ["weights all tiny", () => weightDistributionFigure({ weights: [0.001], mu: 0, sigma: 1 }, meta), /no weight is ≥ 0.01/],
    ["degree NaN mu", () => degreeFigure({ incoming: { counts: [1], mu: NaN, sigma: 1 }, outgoing: { counts: [1], mu: 1, sigma: 1 } }, meta), /incoming.mu must be a finite number/],
    ["firing rate all silent", () => firingRateFigure({ activeCounts: [0, 0] }, meta), /every step has 0 active neurons/],
    ["correlation not square", () => correlationFigure({ matrix: [1, 0, 0], n: 2 }, meta), /matrix has length 3 but n·n = 4/],
    ["correlation NaN", () => correlationFigure({ matrix: [1, NaN, 0, 1], n: 2 }, meta), /matrix\[1\] is NaN/],
    ["network bad threshold", () => networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: NaN }, meta), /threshold must be a finite number/],
    ["network unknown colour", () => networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: 0.1, color: "rainbow" as never }, meta), /networkFigure: color must be one of rate, community, type, got rainbow/],
    ["network rate without rates", () => networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: 0.1, color: "rate" }, meta), /networkFigure: color "rate" needs rates/],
    ["network rates wrong length", () => networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: 0.1, rates: [0.1] }, meta), /networkFigure: rates must have n = 2 values, got 1/],
    ["network negative rate", () => networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: 0.1, rates: [0.1, -1] }, meta), /networkFigure: rates must be ≥ 0/],
    ["network NaN rate", () => networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: 0.1, rates: [0.1, NaN] }, meta), /rates\[1\] is NaN/],
    ["isi negative", () => isiFigure({ intervals: [1, -2], fit: { a: 1, b: 1, c: 0 } }, meta), /intervals\[1\] is negative/],
    ["isi bad fit", () => isiFigure({ intervals: [1, 2], fit: { a: 1, b: NaN, c: 0 } }, meta), /fit.b must be a finite number/],
    ["dashboard empty", () => dashboardFigure([], meta), /no figures to compose/],
    ["dashboard not svg", () => dashboardFigure(["<p/>"], meta), /not an SVG document/],
    ["empty title", () => populationActivityFigure({ counts: [1] }, { ...meta, title: " " }), /meta.title must be a non-empty string/],
    ["NaN seed", () => populationActivityFigure({ counts: [1] }, { ...meta, seed: NaN }), /meta.seed must be a finite number or a string/],
    ["unserialisable config", () => populationActivityFigure({ counts: [1] }, { ...meta, config: { n: 1n } }), /meta.config is not JSON-serialisable/],
  ])("%s", (_name, f, message) => {
    expect(f).toThrow(message);
  });

  it("accepts the smallest valid inputs", () => {
    expect(populationActivityFigure({ counts: [3] }, meta)).toContain("<svg");
    expect(rasterFigure({ excitatory: { steps: 1, neurons: 1, data: [0] } }, meta)).toContain("showing 1 of 1 neurons");
    expect(correlationFigure({ matrix: [1, 0.5, 0.5, 1], n: 2 }, meta)).toContain("lower triangle");
    expect(networkFigure({ matrix: [1, 0.5, 0.5, 1], n: 2, threshold: 0.2 }, meta)).toContain("1 pair with r &gt; 0.2; 2 neurons coloured by type");
    expect(networkFigure({ matrix: [1, 0.5, 0.5, 1], n: 2, threshold: 0.2, rates: [0, 0.5] }, meta)).toContain("coloured by firing rate");
    expect(networkFigure({ matrix: [1, 0, 0, 1], n: 2, threshold: 0.2, color: "community" }, meta)).toContain("no edge drawn: 2");
  });
});
