/**
 * The n-sweep chart of the counting task (spec §3.3 steps 6 and 8, §3.5) as plain plotly trace
 * objects, so the maths of the chart is tested without a browser: for one metric and readout,
 * per condition every seed as a dot (jittered sideways, deterministically by seed) and the
 * mean ± sd across seeds, one colour per condition (the palette's series order: sorn blue,
 * static vermillion, ip green); the two reference lines "optimal (knows the count)" and "cannot
 * count" over the n range. Every point has a hover text.
 */
import type { CountingRow } from "../../experiments/counting/job";
import { referenceScores } from "../../experiments/counting/metrics";
import { CONDITIONS, type CountingCondition, type CountingReadout } from "../../experiments/counting/preset";
import { meanSd } from "../../experiments/counting/sweep";
import { COLORS, seriesColor } from "../../figures/palette";
import type { CountingMetric } from "./counting-run";

/** The part of a plotly scatter trace the chart uses (plain data). */
export interface SweepTrace {
  type: "scatter";
  mode: "markers" | "lines" | "lines+markers";
  name: string;
  x: (number | null)[];
  y: (number | null)[];
  text?: string[];
  hovertemplate: string;
  marker?: { color: string; size: number; opacity?: number; symbol?: string; line?: { color: string; width: number } };
  line?: { color: string; width: number; dash?: string };
  error_y?: { type: "data"; array: number[]; visible: true; color: string; thickness: number; width: number };
  showlegend: boolean;
  legendgroup?: string;
}

/** What each condition is called in the chart. */
export const CONDITION_LABELS: Readonly<Record<CountingCondition, string>> = { sorn: "SORN (STDP + IP + SS)", static: "static reservoir", ip: "IP only" };

/** What each metric is called on the y axis. */
export const METRIC_LABELS: Readonly<Record<CountingMetric, string>> = {
  perf_last: "perf_last (C and F: the counting decision)",
  perf_reduced: "perf_reduced (B, C, E, F)",
  perf_all: "perf_all (every step)",
};

/** A seed's sideways jitter in [−1, 1] (a fixed hash, so the chart is the same every time). */
export function seedJitter(seed: number): number {
  let h = (seed + 1) * 2654435761;
  h = (h ^ (h >>> 15)) >>> 0;
  return ((h % 1000) / 999) * 2 - 1;
}

const f3 = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : "n/a");

/** The chart's traces and x range for `metric` under `readout`. */
export function sweepChart(rows: readonly CountingRow[], metric: CountingMetric, readout: CountingReadout): { traces: SweepTrace[]; xRange: [number, number]; ns: number[] } {
  const picked = rows.filter((r) => r.readout === readout);
  const ns = [...new Set(picked.map((r) => r.n))].sort((a, b) => a - b);
  const conditions = CONDITIONS.filter((c) => picked.some((r) => r.condition === c));
  if (!ns.length) return { traces: [], xRange: [0, 1], ns };
  const lo = ns[0], hi = ns[ns.length - 1];
  // Conditions side by side around each n, seeds jittered within their condition's slot.
  const unit = Math.max(hi - lo, 4) / 40;
  const traces: SweepTrace[] = [];
  conditions.forEach((c) => {
    const colour = seriesColor(CONDITIONS.indexOf(c));
    const offset = (conditions.indexOf(c) - (conditions.length - 1) / 2) * 2 * unit;
    const mine = picked.filter((r) => r.condition === c);
    const label = CONDITION_LABELS[c];
    traces.push({
      type: "scatter",
      mode: "markers",
      name: `${label}: seeds`,
      x: mine.map((r) => r.n + offset + 0.6 * unit * seedJitter(r.seed)),
      y: mine.map((r) => r[metric]),
      text: mine.map((r) => `${label}<br>n = ${r.n}, seed ${r.seed}<br>${metric} = ${f3(r[metric])}`),
      hovertemplate: "%{text}<extra></extra>",
      marker: { color: colour, size: 7, opacity: 0.55 },
      showlegend: false,
      legendgroup: c,
    });
    const cells = ns.map((n) => ({ n, ...meanSd(mine.filter((r) => r.n === n).map((r) => r[metric])) })).filter((m) => m.count > 0);
    traces.push({
      type: "scatter",
      mode: "lines+markers",
      name: label,
      x: cells.map((m) => m.n + offset),
      y: cells.map((m) => m.mean),
      text: cells.map((m) => `${label}<br>n = ${m.n}: mean ${metric} = ${f3(m.mean)} ± ${f3(m.sd)} (sd, ${m.count} seed${m.count === 1 ? "" : "s"})`),
      hovertemplate: "%{text}<extra></extra>",
      marker: { color: colour, size: 11, symbol: "diamond", line: { color: "#ffffff", width: 1 } },
      line: { color: colour, width: 1.5 },
      error_y: { type: "data", array: cells.map((m) => m.sd), visible: true, color: colour, thickness: 1.5, width: 6 },
      showlegend: true,
      legendgroup: c,
    });
  });
  const xs: number[] = [];
  for (let n = Math.max(1, lo - 1); n <= hi + 1; n++) xs.push(n);
  const reference = (which: "optimal" | "cannotCount", name: string, colour: string, dash: string): SweepTrace => ({
    type: "scatter",
    mode: "lines",
    name,
    x: xs,
    y: xs.map((n) => referenceScores(n)[which][metric]),
    text: xs.map((n) => `${name}<br>n = ${n}: ${metric} = ${f3(referenceScores(n)[which][metric])}`),
    hovertemplate: "%{text}<extra></extra>",
    line: { color: colour, width: 1.25, dash },
    showlegend: true,
  });
  traces.unshift(reference("optimal", "optimal (knows the count)", COLORS.median, "dash"), reference("cannotCount", "cannot count (knows the letter)", COLORS.grey, "dot"));
  return { traces, xRange: [Math.max(0.5, lo - 1.5), hi + 1.5], ns };
}
