/**
 * A result chart of an Experiments runner with plotly (hover values, zoom, pan, PNG/SVG
 * download): the {@link ChartFigure} that `figure(state)` makes, redrawn imperatively when the
 * parts of the runner's store named by `key(state)` change (never through a React render).
 */
import type * as PlotlyTypes from "plotly.js";
import type { StoreApi } from "zustand/vanilla";
import type { ChartFigure } from "../state/experiments/chart-figure";
import { baseConfig, baseLayout } from "./plotly";
import { StoreChart } from "./store-chart";

/** One chart of `store`'s state in `host`. */
export class RunChart<S> {
  private shown: unknown[] = [];
  private readonly chart: StoreChart<S>;

  constructor(
    private readonly host: HTMLElement,
    store: StoreApi<S>,
    private readonly key: (s: S) => unknown[],
    private readonly figure: (s: S) => ChartFigure | null,
  ) {
    this.chart = new StoreChart(host, store, (s, force) => this.update(s, force));
  }

  destroy(): void {
    this.chart.destroy();
  }

  private update(s: S, force = false): void {
    const key = this.key(s);
    if (!force && key.length === this.shown.length && key.every((k, i) => k === this.shown[i])) return;
    this.shown = key;
    const P = this.chart.plotly;
    const f = P && !this.chart.destroyed ? this.figure(s) : null;
    if (!P || !f) return;
    const layout = baseLayout(f.xTitle, f.yTitle);
    layout.xaxis = { ...layout.xaxis, ...f.xaxis };
    layout.yaxis = { ...layout.yaxis, ...f.yaxis };
    layout.hovermode = "closest";
    layout.barmode = "overlay";
    if (f.legend) {
      layout.showlegend = true;
      layout.legend = { orientation: "h", y: -0.22, font: { size: 11 } };
      layout.margin = { l: 56, r: 12, t: 8, b: 90 };
    }
    void P.react(this.host, f.traces as unknown as PlotlyTypes.Data[], layout, baseConfig(f.filename));
  }
}
