/**
 * The counting task's n-sweep chart: the traces of `sweepChart` for the runner's chosen metric
 * and readout (a {@link RunChart}, redrawn when the finished run, the metric or the readout change).
 */
import { METRIC_LABELS, sweepChart } from "../state/experiments/counting-chart-data";
import type { CountingRunModel } from "../state/experiments/counting-run";
import { RunChart } from "./run-chart";

/** The n-sweep chart of `model`'s last finished run, in `host`. */
export function countingChart(host: HTMLElement, model: CountingRunModel) {
  return new RunChart(host, model.store, (s) => [s.result, s.metric, s.readout], (s) => {
    if (!s.result) return null;
    const { traces, xRange, ns } = sweepChart(s.result.rows, s.metric, s.readout);
    return {
      traces,
      xTitle: "n (middle letters per word)",
      yTitle: METRIC_LABELS[s.metric],
      xaxis: { range: xRange, tickvals: ns, zeroline: false },
      yaxis: { range: [-0.05, 1.05], rangemode: "normal" },
      legend: true,
      filename: `sorn-counting-${s.metric}-${s.readout}`,
    };
  });
}
