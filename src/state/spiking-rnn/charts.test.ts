/**
 * The Spiking RNN tab's chart data: exact counts and hover texts on hand-made inputs.
 */
import { describe, expect, it } from "vitest";
import { COLORS } from "../../figures/palette";
import type { LifDetail } from "../../worker/rate-rnn-lif";
import { accuracyVsSFigure, rasterFigure, rateCorrelation, ratesFigure } from "./convert-charts";
import { histogram, lossFigure, meanOf, meanSd, outputFigure, spectrumFigure, spectrumOutlier, tauFigure } from "./train-charts";

const ev = (s: number, correct: number) => ({ s, trials: 4, correct, accuracy: correct / 4, rates_hz: { all: 5, exc: 4, inh: 9, per_unit: [] } });

describe("training charts", () => {
  it("mean ± SD, windowed means and histograms", () => {
    expect(meanSd([1, 2, 3, 4])).toEqual({ mean: 2.5, sd: Math.sqrt(1.25) });
    expect(meanOf([1, 2, 3, 4], 2, 10)).toBe(3.5);
    expect(meanOf([], 0, 5)).toBeNaN();
    expect(histogram([20, 21, 29.9, 30, 50], 20, 50, 10)).toEqual({ left: [20, 30, 40], count: [3, 1, 1] });
  });

  it("loss chart: per-trial line, evaluations with hover, the threshold line across", () => {
    const f = lossFigure([10, 8, 6], [{ trial: 2, loss: 7.5, accuracy: 0.5 }]);
    expect(f.traces[0].x).toEqual([1, 2, 3]);
    expect(f.traces[1].text).toEqual(["after trial 2: mean loss 7.500, accuracy 0.50"]);
    expect(f.traces[2].x).toEqual([1, 3]);
    expect(f.traces[2].y).toEqual([7, 7]);
  });

  it("output chart times are (k + 1)·5 ms; the rule window's line at (evalStart + 1)·5", () => {
    const f = outputFigure({ kind: "go", output: Float64Array.of(0.1, 0.2), target: Float64Array.of(0, 1) }, 75, 12);
    expect(f.traces[1].x).toEqual([5, 10]);
    expect(f.traces[0].name).toBe("target z (go)");
    expect(f.traces[2].x).toEqual([380, 380]);
  });

  it("τ histogram counts every unit twice (init, now); spectrum hover and the outlier", () => {
    const f = tauFigure(Float64Array.of(25, 30, 45), Float64Array.of(21, 35, 49));
    expect((f.traces[0].y as number[]).reduce((a, b) => a + b, 0)).toBe(3);
    expect((f.traces[1].y as number[]).reduce((a, b) => a + b, 0)).toBe(3);
    const sp = spectrumFigure({ eigRe: Float64Array.of(3, 0.5, 0.5), eigIm: Float64Array.of(0, 0.5, -0.5), spec: { task: "go-nogo", seed: 0, n: 3, activation: "sigmoid", init: "paper", maxTrials: 1 } });
    expect(sp.traces[1].text).toEqual(["λ = 3.000 + 0.000i (|λ| = 3.000)", "λ = 0.500 + 0.500i (|λ| = 0.707)", "λ = 0.500 − 0.500i (|λ| = 0.707)"]);
    expect(spectrumOutlier(Float64Array.of(3, 0.5, 0.5), Float64Array.of(0, 0.5, -0.5))).toEqual({ re: 3, bulkRadius: Math.hypot(0.5, 0.5) });
  });
});

describe("conversion charts", () => {
  it("accuracy vs s, sorted, with the best s starred and hover values", () => {
    const f = accuracyVsSFigure([ev(30, 2), ev(20, 4), ev(25, 4)], 20);
    expect(f.traces[0].x).toEqual([20, 25, 30]);
    expect(f.traces[0].text![0]).toBe("s = 20 (λ = 1/20): accuracy 1.00 (4/4), 5.0 Hz");
    expect(f.traces[2].name).toBe("best s = 20");
    expect(f.traces[2].text![0]).toBe("s = 20 (λ = 1/20): accuracy 1.00 (4/4), 5.0 Hz: the best s (ties go to the smaller s)");
  });

  const d = {
    s: 25, trials: 2, correct: 1, n: 3, inh: Uint8Array.of(1, 0, 0), nt: 4000, spikeStep: Int32Array.of(20, 40), spikeUnit: Int32Array.of(0, 2),
    rasterKind: "go", groups: [], lifHz: Float64Array.of(10, 2, 4), rateUnit: Float64Array.of(0.5, 0.1, 0.2),
  } as LifDetail;

  it("raster: E rows first, I above, times in ms; rates scatter by type; Pearson's r", () => {
    const f = rasterFigure(d);
    expect(f.traces[0].y).toEqual([1]);
    expect(f.traces[1].y).toEqual([2]);
    expect(f.traces[0].text).toEqual(["unit 2 (E) at 2.00 ms"]);
    expect(f.traces[1].x).toEqual([1]);
    const r = ratesFigure(d);
    expect(r.traces[0].x).toEqual([0.1, 0.2]);
    expect(r.traces[1].y).toEqual([10]);
    expect(rateCorrelation(d)).toBeCloseTo(1, 12);
  });

  it("E units are drawn in the lab's E blue and I units in its I vermillion (raster and rates)", () => {
    const raster = rasterFigure(d), rates = ratesFigure(d);
    expect([raster.traces[0].name, raster.traces[0].marker!.color]).toEqual(["E (2 units)", COLORS.excitatory]);
    expect([raster.traces[1].name, raster.traces[1].marker!.color]).toEqual(["I (1 unit)", COLORS.inhibitory]);
    expect([rates.traces[0].name, rates.traces[0].marker!.color]).toEqual(["E units", COLORS.excitatory]);
    expect([rates.traces[1].name, rates.traces[1].marker!.color]).toEqual(["I units", COLORS.inhibitory]);
    expect(COLORS.excitatory).toBe("#0072b2");
  });
});
