/**
 * The lognormal runner's charts as plain plotly data (spec experiments.md §4.2): the connection
 * fraction #(W_EE > 0)/(ne(ne − 1)) over time, one line per seed with its minimum marked; the
 * histogram of log₁₀ w (w ≥ 0.01) at the end of one seed's run with the fitted normal
 * (= the lognormal fit of w: μ = mean ln w, σ = sd ln w, so log₁₀ w ~ N(μ/ln 10, σ/ln 10)),
 * drawn as the counts it expects per bin; the run's dip and recovery in a sentence; and, where the
 * run followed them, the weight lifetimes: pruned synapses per power-of-two bin of lifetime, one
 * line per seed on log-log axes (a heavy tail is a slow fall).
 */
import type { LognormalRow } from "../../experiments/lognormal/job";
import { COLORS, seriesColor } from "../../figures/palette";
import { f3, steps, type ChartFigure, type PlainTrace } from "./chart-figure";

/** What the calibration found (spec §4.2), in a sentence. */
export const CALIBRATION_DIP =
  "The calibration (spec §4.2: 2 seeds, 2·10⁵ steps) found a dip and recovery: the connection fraction falls from 0.090 at step 1,000 to 0.056 at 10⁴ and a minimum of 0.012–0.014 at 5·10⁴, then rises again, to 0.020 at 10⁵ and 0.039–0.040 at 2·10⁵ (still rising). With the package's σ = 0.04 it is a different experiment.";

const range = (v: number[], f: (x: number) => string) => (Math.min(...v) === Math.max(...v) ? f(v[0]) : `${f(Math.min(...v))}–${f(Math.max(...v))}`);
const f4 = (x: number) => x.toFixed(4);

/** The run's own dip and recovery, in a sentence. */
export function dipSentence(rows: readonly LognormalRow[]): string {
  if (!rows.length) return "";
  const first = rows.map((r) => r.fraction[Math.min(1, r.fraction.length - 1)]);
  const T = rows[0].steps;
  const rising = rows.filter((r) => r.minStep < r.steps).length;
  return (
    `This run (${rows.length} seed${rows.length === 1 ? "" : "s"}, ${steps(T)} steps): the fraction went from ${range(first, f4)} at step ${steps(rows[0].fractionSteps[Math.min(1, rows[0].fractionSteps.length - 1)])} ` +
    `to a minimum of ${range(rows.map((r) => r.minFraction), f4)} at step ${range(rows.map((r) => r.minStep), steps)}, and was ${range(rows.map((r) => r.endFraction), f4)} at step ${steps(T)} ` +
    `(c(T)/min ${range(rows.map((r) => r.recovery), (x) => x.toFixed(2))}; ${rising} of ${rows.length} recovered from their minimum before the end).`
  );
}

/** The connection fraction over time, one line per seed, each minimum marked. */
export function fractionFigure(rows: readonly LognormalRow[]): ChartFigure {
  const traces: PlainTrace[] = rows.flatMap((r, i): PlainTrace[] => {
    const colour = seriesColor(i);
    const minText = `seed ${r.seed}<br>step ${steps(r.minStep)}: connection fraction ${f4(r.minFraction)} (the minimum; c(T)/min = ${r.recovery.toFixed(2)})`;
    return [
      {
        type: "scatter",
        mode: "lines",
        name: `seed ${r.seed}`,
        x: r.fractionSteps,
        y: r.fraction,
        text: r.fractionSteps.map((t, k) => (t === r.minStep ? minText : `seed ${r.seed}<br>step ${steps(t)}: connection fraction ${f4(r.fraction[k])}`)),
        hovertemplate: "%{text}<extra></extra>",
        line: { color: colour, width: 1.5 },
        showlegend: true,
        legendgroup: `s${r.seed}`,
      },
      {
        type: "scatter",
        mode: "markers",
        name: `seed ${r.seed}: minimum`,
        x: [r.minStep],
        y: [r.minFraction],
        text: [minText],
        hovertemplate: "%{text}<extra></extra>",
        marker: { color: colour, size: 9, symbol: "diamond", line: { color: "#ffffff", width: 1 } },
        showlegend: false,
        legendgroup: `s${r.seed}`,
      },
    ];
  });
  return { traces, xTitle: "step", yTitle: "connection fraction #(W_EE > 0) / (ne(ne − 1))", legend: true, filename: "sorn-lognormal-connection-fraction" };
}

/** The normal density of N(m, s) at x. */
const normal = (x: number, m: number, s: number) => Math.exp(-0.5 * ((x - m) / s) ** 2) / (s * Math.sqrt(2 * Math.PI));

/** The histogram of log₁₀ w at the end of `row`'s run with the fitted normal (null without weights). */
export function histogramFigure(row: LognormalRow): ChartFigure | null {
  const snap = row.snapshots[row.snapshots.length - 1];
  if (!snap || snap.count === 0) return null;
  const { edges, counts } = snap.histogram;
  const width = edges[1] - edges[0];
  const mids = counts.map((_, i) => (edges[i] + edges[i + 1]) / 2);
  const m = snap.mu / Math.LN10, s = snap.sigma / Math.LN10;
  const xs = Array.from({ length: 101 }, (_, i) => edges[0] + ((edges[edges.length - 1] - edges[0]) * i) / 100);
  const fitName = `fitted normal: log₁₀ w ~ N(${f3(m)}, ${f3(s)}²) (lognormal μ = ${f3(snap.mu)}, σ = ${f3(snap.sigma)})`;
  return {
    traces: [
      {
        type: "bar",
        name: "weights",
        x: mids,
        y: counts,
        width,
        text: counts.map((c, i) => `log₁₀ w in [${edges[i].toFixed(2)}, ${edges[i + 1].toFixed(2)}): ${c} weight${c === 1 ? "" : "s"}<br>(w ${(10 ** edges[i]).toPrecision(2)}–${(10 ** edges[i + 1]).toPrecision(2)})`),
        hovertemplate: "%{text}<extra></extra>",
        marker: { color: COLORS.bar, line: { color: COLORS.excitatory, width: 0.5 } },
        showlegend: true,
      },
      {
        type: "scatter",
        mode: "lines",
        name: fitName,
        x: xs,
        y: xs.map((x) => snap.count * width * normal(x, m, s)),
        text: xs.map((x) => `fitted normal at log₁₀ w = ${x.toFixed(2)}: ${(snap.count * width * normal(x, m, s)).toFixed(1)} weights per bin`),
        hovertemplate: "%{text}<extra></extra>",
        line: { color: COLORS.fit, width: 2 },
        showlegend: true,
      },
    ],
    xTitle: `log₁₀ w (E→E weights w ≥ 0.01, seed ${row.seed}, step ${steps(snap.step)})`,
    yTitle: "weights per bin",
    xaxis: { range: [edges[0], edges[edges.length - 1]] },
    legend: true,
    filename: `sorn-lognormal-log10w-seed${row.seed}`,
  };
}

/** Lifetimes of the pruned synapses per power-of-two bin [2^k, 2^(k+1)) steps, one line per seed (null when no row followed them). */
export function lifetimeFigure(rows: readonly LognormalRow[]): ChartFigure | null {
  const followed = rows.filter((r) => r.lifetimes && r.lifetimes.pruned > 0);
  if (!followed.length) return null;
  const traces: PlainTrace[] = followed.map((r, i) => {
    const counts = r.lifetimes!.counts;
    const ks = counts.map((_, k) => k).filter((k) => counts[k] > 0);
    return {
      type: "scatter",
      mode: "lines+markers",
      name: `seed ${r.seed}`,
      x: ks.map((k) => 2 ** k),
      y: ks.map((k) => counts[k]),
      text: ks.map((k) => `seed ${r.seed}<br>lifetime ${steps(2 ** k)}–${steps(2 ** (k + 1) - 1)} steps: ${counts[k]} synapses`),
      hovertemplate: "%{text}<extra></extra>",
      line: { color: seriesColor(i), width: 1.5 },
      showlegend: true,
    };
  });
  return { traces, xTitle: "lifetime (steps from creation by SP to pruning; bins [2^k, 2^(k+1)))", yTitle: "pruned synapses", xaxis: { type: "log" }, yaxis: { type: "log" }, legend: true, filename: "sorn-lognormal-lifetimes" };
}
