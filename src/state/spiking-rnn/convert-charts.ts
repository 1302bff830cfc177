/**
 * The conversion charts of the Spiking RNN tab as plain data (issue 14 §4; drawn by
 * `src/charts/run-chart.ts`): LIF accuracy against the scaling factor s (λ = 1/s) with the best s
 * and the 0.95 line; the E/I raster of one LIF trial at the best s (time in ms = step · 0.05,
 * E units first, I units above them); the LIF output (5 ms block means) mean ± SD over the trials
 * of each label against that label's target (block b, at (b + 1)·5 ms, paired with z[b], the
 * one-step pairing of the rate loss); and each unit's LIF rate (Hz) against its rate unit's mean
 * φ(x) (SI Fig. S1), E and I apart. Every point has a hover text. Colours are the lab's palette
 * (`src/figures/palette.ts`): E blue, I vermillion, as in every other raster and chart.
 */
import type { LifEvaluation } from "../../models/lif/evaluate";
import type { LifDetail } from "../../worker/rate-rnn-lif";
import { COLORS, seriesColor } from "../../figures/palette";
import { f3, type ChartFigure, type PlainTrace } from "../experiments/chart-figure";

const E_COLOR = COLORS.excitatory, I_COLOR = COLORS.inhibitory, GREY = COLORS.grey;
const units = (n: number): string => `${n} unit${n === 1 ? "" : "s"}`;

/** A point's hover text (the best s's star says the same, then that it is the best). */
const pointText = (e: LifEvaluation): string => `s = ${e.s} (λ = 1/${e.s}): accuracy ${e.accuracy.toFixed(2)} (${e.correct}/${e.trials}), ${e.rates_hz.all.toFixed(1)} Hz`;

/** Accuracy per s (the finished values), the best s marked. */
export function accuracyVsSFigure(values: readonly LifEvaluation[], best: number | null): ChartFigure {
  const v = [...values].sort((a, b) => a.s - b.s);
  const x = v.map((e) => e.s);
  const traces: PlainTrace[] = [
    {
      type: "scatter", mode: "lines+markers", name: "LIF accuracy", x, y: v.map((e) => e.accuracy), marker: { color: seriesColor(0), size: 8 }, line: { color: seriesColor(0), width: 2 },
      text: v.map(pointText), hovertemplate: "%{text}<extra></extra>", showlegend: true,
    },
    { type: "scatter", mode: "lines", name: "0.95", x: x.length ? [x[0], x[x.length - 1]] : [], y: x.length ? [0.95, 0.95] : [], line: { color: GREY, width: 1, dash: "dash" }, hovertemplate: "a successful LIF network: accuracy ≥ 0.95<extra></extra>", showlegend: true },
  ];
  const b = v.find((e) => e.s === best);
  if (b) traces.push({ type: "scatter", mode: "markers", name: `best s = ${b.s}`, x: [b.s], y: [b.accuracy], marker: { color: seriesColor(1), size: 14, symbol: "star" }, text: [`${pointText(b)}: the best s (ties go to the smaller s)`], hovertemplate: "%{text}<extra></extra>", showlegend: true });
  return { traces, xTitle: "scaling factor s (λ = 1/s)", yTitle: "LIF accuracy", yaxis: { range: [0, 1.05] }, legend: true, filename: "lif-accuracy-vs-s" };
}

/** The E/I raster of trial 0: E units on rows 0 … N_E − 1, I units above. */
export function rasterFigure(d: LifDetail): ChartFigure {
  const row = new Int32Array(d.n);
  let r = 0;
  for (let i = 0; i < d.n; i++) if (!d.inh[i]) row[i] = r++;
  const nExc = r;
  for (let i = 0; i < d.n; i++) if (d.inh[i]) row[i] = r++;
  const pts = { e: { x: [] as number[], y: [] as number[], t: [] as string[] }, i: { x: [] as number[], y: [] as number[], t: [] as string[] } };
  for (let k = 0; k < d.spikeStep.length; k++) {
    const u = d.spikeUnit[k], p = d.inh[u] ? pts.i : pts.e, ms = d.spikeStep[k] * 0.05;
    p.x.push(ms);
    p.y.push(row[u]);
    p.t.push(`unit ${u} (${d.inh[u] ? "I" : "E"}) at ${ms.toFixed(2)} ms`);
  }
  const trace = (name: string, q: typeof pts.e, color: string): PlainTrace => ({ type: "scatter", mode: "markers", name, x: q.x, y: q.y, text: q.t, marker: { color, size: 3, symbol: "line-ns-open" }, hovertemplate: "%{text}<extra></extra>", showlegend: true });
  return {
    traces: [trace(`E (${units(nExc)})`, pts.e, E_COLOR), trace(`I (${units(d.n - nExc)})`, pts.i, I_COLOR)],
    xTitle: `time (ms), one ${d.rasterKind} trial at s = ${d.s}`, yTitle: "unit (E below, I above)", xaxis: { range: [0, d.nt * 0.05] }, yaxis: { range: [-1, d.n] }, legend: true, filename: `lif-raster-s${d.s}`,
  };
}

/** LIF output mean ± SD per label against its target. */
export function lifOutputFigure(d: LifDetail): ChartFigure {
  const traces: PlainTrace[] = [];
  d.groups.forEach((g, c) => {
    const color = seriesColor(c);
    const t = Array.from(g.mean, (_, b) => (b + 1) * 5);
    const name = `${g.kind} (${g.trials} trial${g.trials === 1 ? "" : "s"}, ${g.correct} correct)`;
    traces.push({ type: "scatter", mode: "lines", name: `target, ${g.kind}`, x: t, y: t.map((_, b) => g.target[b] ?? null), line: { color: GREY, width: 2, dash: c ? "dot" : "solid" }, hovertemplate: `${g.kind} target at %{x} ms: %{y:.2f}<extra></extra>`, showlegend: true, legendgroup: g.kind });
    traces.push({
      type: "scatter", mode: "lines", name: `LIF output mean ± SD, ${name}`, x: t, y: Array.from(g.mean), line: { color, width: 2 },
      error_y: { type: "data", array: Array.from(g.sd), visible: true, color, thickness: 0.6, width: 0 },
      text: Array.from(g.mean, (m, b) => `${g.kind}, t = ${(b + 1) * 5} ms: LIF output ${f3(m)} ± ${f3(g.sd[b])} (SD, ${g.trials} trials)`), hovertemplate: "%{text}<extra></extra>", showlegend: true, legendgroup: g.kind,
    });
  });
  return { traces, xTitle: "time (ms)", yTitle: `LIF output at s = ${d.s}`, yaxis: { rangemode: "normal" }, legend: true, filename: `lif-output-s${d.s}` };
}

/** Per unit: the rate unit's mean φ(x) (x) against the LIF rate (y). */
export function ratesFigure(d: LifDetail): ChartFigure {
  const pick = (inh: number, name: string, color: string): PlainTrace => {
    const idx = [...d.inh.keys()].filter((i) => d.inh[i] === inh);
    return {
      type: "scatter", mode: "markers", name, x: idx.map((i) => d.rateUnit[i]), y: idx.map((i) => d.lifHz[i]), marker: { color, size: 6, opacity: 0.8 },
      text: idx.map((i) => `unit ${i} (${inh ? "I" : "E"}): rate unit φ(x) ${d.rateUnit[i].toFixed(3)}, LIF ${d.lifHz[i].toFixed(1)} Hz`), hovertemplate: "%{text}<extra></extra>", showlegend: true,
    };
  };
  return { traces: [pick(0, "E units", E_COLOR), pick(1, "I units", I_COLOR)], xTitle: "rate unit: mean φ(x) over the trial", yTitle: `LIF unit: rate (Hz) at s = ${d.s}`, legend: true, filename: `lif-rates-s${d.s}` };
}

/** Pearson's r of the per-unit rates (rate unit vs LIF), NaN with < 2 units or no spread. */
export function rateCorrelation(d: Pick<LifDetail, "rateUnit" | "lifHz">): number {
  const n = d.rateUnit.length;
  if (n < 2) return NaN;
  let mx = 0, my = 0;
  for (let i = 0; i < n; i++) (mx += d.rateUnit[i] / n), (my += d.lifHz[i] / n);
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    const a = d.rateUnit[i] - mx, b = d.lifHz[i] - my;
    sxy += a * b;
    sxx += a * a;
    syy += b * b;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : NaN;
}
