/**
 * The counting task's n-sweep chart with plotly (hover values, zoom, pan, PNG/SVG download):
 * the traces of `sweepChart` for the runner's chosen metric and readout, redrawn imperatively
 * when the finished run, the metric or the readout change (never through a React render).
 */
import type * as PlotlyTypes from "plotly.js";
import { METRIC_LABELS, sweepChart } from "../state/experiments/counting-chart-data";
import type { CountingRunModel, CountingRunState } from "../state/experiments/counting-run";
import { baseConfig, baseLayout, loadPlotly, type Plotly } from "./plotly";

/** The n-sweep chart of `model`'s last finished run, in `host`. */
export class CountingChart {
  private plotly: Plotly | null = null;
  private destroyed = false;
  private shown: unknown[] = [];
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly model: CountingRunModel,
  ) {
    this.unsubscribe = model.store.subscribe((s) => this.update(s));
    void loadPlotly().then((P) => {
      if (this.destroyed) return;
      this.plotly = P;
      this.update(model.store.getState(), true);
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.unsubscribe();
    this.plotly?.purge(this.host);
  }

  private update(s: CountingRunState, force = false): void {
    const key = [s.result, s.metric, s.readout];
    if (!force && key.every((k, i) => k === this.shown[i])) return;
    this.shown = key;
    this.draw(s);
  }

  private draw(s: CountingRunState): void {
    const P = this.plotly;
    if (!P || this.destroyed || !s.result) return;
    const { traces, xRange, ns } = sweepChart(s.result.rows, s.metric, s.readout);
    const layout = baseLayout("n (middle letters per word)", METRIC_LABELS[s.metric]);
    layout.xaxis = { ...layout.xaxis, range: xRange, tickvals: ns, zeroline: false };
    layout.yaxis = { ...layout.yaxis, range: [-0.05, 1.05], rangemode: "normal" };
    layout.showlegend = true;
    layout.legend = { orientation: "h", y: -0.22, font: { size: 11 } };
    layout.margin = { l: 56, r: 12, t: 8, b: 90 };
    layout.hovermode = "closest";
    void P.react(this.host, traces as unknown as PlotlyTypes.Data[], layout, baseConfig(`sorn-counting-${s.metric}-${s.readout}`));
  }
}
