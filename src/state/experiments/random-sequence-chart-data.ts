/**
 * The random-sequence memory chart as plain plotly data (spec experiments.md §4.1): the memory
 * curve perf(k), k = 0…K−1 — test accuracy of a readout of x(t) for the symbol k steps back —
 * mean ± sd over seeds, one line per condition (its colour), pool layout (overlapping dashed) and
 * readout (logistic dotted), with the chance line 1/A; and per group the memory capacity
 * MC = Σ_k (perf(k) − 1/A)/(1 − 1/A).
 */
import { meanSd } from "../../experiments/counting/sweep";
import { CONDITIONS, type CountingCondition } from "../../experiments/counting/preset";
import type { RandomSequenceRow } from "../../experiments/random-sequence/job";
import { COLORS, seriesColor } from "../../figures/palette";
import { f3, type ChartFigure, type PlainTrace } from "./chart-figure";
import { CONDITION_LABELS } from "./counting-chart-data";

/** One pools × condition × readout group of rows. */
export interface MemoryGroup {
  name: string;
  condition: CountingCondition;
  pools: string;
  readout: string;
  seeds: number;
  /** Mean and sd over seeds of perf(k). */
  mean: number[];
  sd: number[];
  capacity: { mean: number; sd: number };
  meanRateE: number;
}

/** The rows grouped by pools × condition × readout, in the rows' order. */
export function memoryGroups(rows: readonly RandomSequenceRow[]): MemoryGroup[] {
  const g = new Map<string, RandomSequenceRow[]>();
  for (const r of rows) g.set(`${r.pools}|${r.condition}|${r.readout}`, [...(g.get(`${r.pools}|${r.condition}|${r.readout}`) ?? []), r]);
  return [...g.values()].map((rs) => {
    const K = Math.min(...rs.map((r) => r.perf.length));
    const at = Array.from({ length: K }, (_, k) => meanSd(rs.map((r) => r.perf[k])));
    const { condition, pools, readout } = rs[0];
    const mc = meanSd(rs.map((r) => r.capacity));
    return {
      name: `${CONDITION_LABELS[condition]}, ${pools} pools, ${readout === "lsq" ? "least squares" : "logistic"}`,
      condition,
      pools,
      readout,
      seeds: rs.length,
      mean: at.map((m) => m.mean),
      sd: at.map((m) => m.sd),
      capacity: { mean: mc.mean, sd: mc.sd },
      meanRateE: meanSd(rs.map((r) => r.meanRateE)).mean,
    };
  });
}

/** The memory curves and the chance line. */
export function memoryFigure(rows: readonly RandomSequenceRow[]): ChartFigure {
  const groups = memoryGroups(rows);
  const K = Math.max(1, ...groups.map((g) => g.mean.length));
  const chance = rows.length ? 1 / rows[0].alphabet : 0.1;
  const ks = Array.from({ length: K }, (_, k) => k);
  const traces: PlainTrace[] = [
    {
      type: "scatter",
      mode: "lines",
      name: `chance 1/A = ${f3(chance)}`,
      x: [0, K - 1],
      y: [chance, chance],
      text: [`chance 1/A = ${f3(chance)}`, `chance 1/A = ${f3(chance)}`],
      hovertemplate: "%{text}<extra></extra>",
      line: { color: COLORS.grey, width: 1.25, dash: "dash" },
      showlegend: true,
    },
  ];
  for (const g of groups) {
    const colour = seriesColor(CONDITIONS.indexOf(g.condition));
    traces.push({
      type: "scatter",
      mode: "lines+markers",
      name: g.name,
      x: ks.slice(0, g.mean.length),
      y: g.mean,
      text: g.mean.map((m, k) => `${g.name}<br>k = ${k}: perf = ${f3(m)} ± ${f3(g.sd[k])} (sd, ${g.seeds} seed${g.seeds === 1 ? "" : "s"})<br>MC = ${g.capacity.mean.toFixed(2)}`),
      hovertemplate: "%{text}<extra></extra>",
      marker: { color: colour, size: 6, symbol: g.pools === "overlapping" ? "square" : "circle" },
      line: { color: colour, width: 1.5, dash: g.readout === "logistic" ? "dot" : g.pools === "overlapping" ? "dash" : undefined },
      error_y: { type: "data", array: g.sd, visible: true, color: colour, thickness: 1, width: 3 },
      showlegend: true,
    });
  }
  return { traces, xTitle: "k (steps back: the readout of x(t) predicts symbol(t − k))", yTitle: "perf(k) (test accuracy)", xaxis: { range: [-0.5, K - 0.5], dtick: 1 }, yaxis: { range: [0, 1.05] }, legend: true, filename: "sorn-random-sequence-memory" };
}
