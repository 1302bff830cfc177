/**
 * The training charts of the Spiking RNN tab as plain data (issue 14 §2; drawn by
 * `src/charts/run-chart.ts`): the loss L = √(Σ_k (o_k − z_k)²) of every training trial with the
 * evaluations' mean loss and the threshold 7; the evaluations' accuracy with 0.95; the latest
 * trial's output o[k] = o_{k+1} against its target z[k] (the loss's pairing), time in ms
 * (k + 1)·5; the histogram of τ_i (ms) now and at init; the eigenvalues of W_eff at init in the
 * complex plane with the unit circle. Every point has a hover text.
 */
import type { EvalRecord } from "../../models/rate-rnn/train";
import type { RnnSessionInfo } from "../../worker/rate-rnn-trainer";
import { f3, steps, type ChartFigure, type PlainTrace } from "../experiments/chart-figure";
import { COLORS } from "../../figures/palette";

// The lab's palette (src/figures/palette.ts): first series blue, second vermillion, third bluish green.
const BLUE = COLORS.excitatory, ORANGE = COLORS.inhibitory, GREY = COLORS.grey, GREEN = COLORS.third;

/** The paper's trained τ (Go-NoGo example network, N = 200): 28.2 ± 9.4 ms. */
export const PAPER_TAU_MS = { mean: 28.2, sd: 9.4 };

/** Mean and SD (population) of `v`. */
export function meanSd(v: ArrayLike<number>): { mean: number; sd: number } {
  let s = 0, q = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  const mean = v.length ? s / v.length : NaN;
  for (let i = 0; i < v.length; i++) q += (v[i] - mean) ** 2;
  return { mean, sd: v.length ? Math.sqrt(q / v.length) : NaN };
}

/** The mean of losses[from, to) (NaN when empty). */
export function meanOf(v: readonly number[], from: number, to: number): number {
  const a = Math.max(0, from), b = Math.min(v.length, to);
  let s = 0;
  for (let i = a; i < b; i++) s += v[i];
  return b > a ? s / (b - a) : NaN;
}

function line(name: string, x: number[], y: number[], color: string, hovertemplate: string, width = 1): PlainTrace {
  return { type: "scatter", mode: "lines", name, x, y, line: { color, width }, hovertemplate, showlegend: true };
}

/** Training loss per trial, the evaluations' mean loss and the stopping threshold (7). */
export function lossFigure(losses: readonly number[], evals: readonly EvalRecord[], threshold = 7): ChartFigure {
  const x = losses.map((_, i) => i + 1);
  const last = Math.max(losses.length, 1);
  return {
    traces: [
      line("training trial", x, [...losses], BLUE, "trial %{x:,}: loss %{y:.3f}<extra></extra>"),
      { type: "scatter", mode: "lines+markers", name: "evaluation (100 trials)", x: evals.map((e) => e.trial), y: evals.map((e) => e.loss), marker: { color: ORANGE, size: 6 }, line: { color: ORANGE, width: 2 }, text: evals.map((e) => `after trial ${steps(e.trial)}: mean loss ${f3(e.loss)}, accuracy ${e.accuracy.toFixed(2)}`), hovertemplate: "%{text}<extra></extra>", showlegend: true },
      { type: "scatter", mode: "lines", name: "stop: loss < 7", x: [1, last], y: [threshold, threshold], line: { color: GREY, width: 1, dash: "dash" }, hovertemplate: "stopping rule: loss < 7<extra></extra>", showlegend: true },
    ],
    xTitle: "trial", yTitle: "loss (root of summed squares)", legend: true, filename: "rate-rnn-loss",
  };
}

/** The evaluations' accuracy and the 0.95 threshold. */
export function accuracyFigure(evals: readonly EvalRecord[], maxTrial: number): ChartFigure {
  return {
    traces: [
      { type: "scatter", mode: "lines+markers", name: "evaluation accuracy", x: evals.map((e) => e.trial), y: evals.map((e) => e.accuracy), marker: { color: GREEN, size: 6 }, line: { color: GREEN, width: 2 }, text: evals.map((e) => `after trial ${steps(e.trial)}: accuracy ${e.accuracy.toFixed(2)} (loss ${f3(e.loss)})`), hovertemplate: "%{text}<extra></extra>", showlegend: true },
      { type: "scatter", mode: "lines", name: "stop: accuracy > 0.95", x: [1, Math.max(maxTrial, 1)], y: [0.95, 0.95], line: { color: GREY, width: 1, dash: "dash" }, hovertemplate: "stopping rule: accuracy > 0.95<extra></extra>", showlegend: true },
    ],
    xTitle: "trial", yTitle: "accuracy (100 fresh trials)", yaxis: { range: [0, 1.05] }, legend: true, filename: "rate-rnn-accuracy",
  };
}

/** The latest trial's output against its target; `evalStart` marks the rule's window. */
export function outputFigure(latest: { kind: string; output: Float64Array; target: Float64Array }, evalStart: number, trial: number): ChartFigure {
  const t = Array.from(latest.output, (_, k) => (k + 1) * 5);
  return {
    traces: [
      line(`target z (${latest.kind})`, t, Array.from(latest.target), GREY, "t = %{x} ms: target %{y:.2f}<extra></extra>", 2),
      line(`output o (trial ${steps(trial)})`, t, Array.from(latest.output), BLUE, "t = %{x} ms: output %{y:.3f}<extra></extra>", 2),
      { type: "scatter", mode: "lines", name: "rule window starts", x: [(evalStart + 1) * 5, (evalStart + 1) * 5], y: [-1.2, 1.2], line: { color: GREY, width: 1, dash: "dot" }, hovertemplate: "the task's rule reads the output from here<extra></extra>", showlegend: true },
    ],
    xTitle: "time (ms)", yTitle: "output", legend: true, filename: "rate-rnn-output",
  };
}

/** Counts of `v` in bins of `width` from `lo` to `hi` (the last bin closed). */
export function histogram(v: ArrayLike<number>, lo: number, hi: number, width: number): { left: number[]; count: number[] } {
  const k = Math.max(1, Math.ceil((hi - lo) / width - 1e-9));
  const count = new Array<number>(k).fill(0);
  for (let i = 0; i < v.length; i++) count[Math.min(k - 1, Math.max(0, Math.floor((v[i] - lo) / width)))]++;
  return { left: count.map((_, b) => lo + b * width), count };
}

/** τ_i (ms) now and at init, in bins over [τmin, τmax]. */
export function tauFigure(tauMs: Float64Array, tauInitMs: Float64Array): ChartFigure {
  const all = [...tauMs, ...tauInitMs];
  const lo = Math.floor(Math.min(...all)), hi = Math.max(Math.ceil(Math.max(...all)), lo + 1);
  const width = Math.max(0.5, (hi - lo) / 15);
  const bars = (v: Float64Array, name: string, color: string, opacity: number): PlainTrace => {
    const h = histogram(v, lo, hi, width);
    // No `text` on bars (plotly would print it inside them): the hover says the bin from x ± width/2.
    return { type: "bar", name, x: h.left.map((l) => l + width / 2), y: h.count, width, opacity, marker: { color }, hovertemplate: `${name}: %{y} units with τ in %{x:.1f} ± ${(width / 2).toFixed(2)} ms<extra></extra>`, showlegend: true };
  };
  return { traces: [bars(tauInitMs, "at init", GREY, 0.45), bars(tauMs, "now", BLUE, 0.75)], xTitle: "τ_d (ms)", yTitle: "units", legend: true, filename: "rate-rnn-tau" };
}

/** The eigenvalues of W_eff at init and the unit circle. */
export function spectrumFigure(info: Pick<RnnSessionInfo, "eigRe" | "eigIm" | "spec">): ChartFigure {
  const circle = Array.from({ length: 121 }, (_, k) => (2 * Math.PI * k) / 120);
  const re = Array.from(info.eigRe), im = Array.from(info.eigIm);
  return {
    traces: [
      { type: "scatter", mode: "lines", name: "|λ| = 1", x: circle.map(Math.cos), y: circle.map(Math.sin), line: { color: GREY, width: 1, dash: "dot" }, hovertemplate: "unit circle<extra></extra>", showlegend: true },
      { type: "scatter", mode: "markers", name: `eigenvalues of W_eff (${info.spec.init === "balanced" ? "E/I-balanced init, a deviation" : "the paper's init"})`, x: re, y: im, marker: { color: ORANGE, size: 5 }, text: re.map((r, i) => `λ = ${r.toFixed(3)} ${im[i] < 0 ? "−" : "+"} ${Math.abs(im[i]).toFixed(3)}i (|λ| = ${Math.hypot(r, im[i]).toFixed(3)})`), hovertemplate: "%{text}<extra></extra>", showlegend: true },
    ],
    xTitle: "Re λ", yTitle: "Im λ", yaxis: { rangemode: "normal", scaleanchor: "x" }, legend: true, filename: "rate-rnn-spectrum",
  };
}

/** The eigenvalue of largest real part and the largest |λ| of all the others (the bulk), for the sentence under the chart. */
export function spectrumOutlier(re: Float64Array, im: Float64Array): { re: number; bulkRadius: number } {
  let b = 0;
  for (let i = 1; i < re.length; i++) if (re[i] > re[b]) b = i;
  let radius = 0;
  for (let i = 0; i < re.length; i++) if (i !== b) radius = Math.max(radius, Math.hypot(re[i], im[i]));
  return { re: re[b], bulkRadius: radius };
}
