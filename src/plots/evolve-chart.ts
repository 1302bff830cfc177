/**
 * The genetic search's chart with plotly (loaded lazily): a box per generation (q1–q3 bar,
 * median, whiskers to min and max) and the best fitness so far, hover values on every box,
 * redrawn imperatively as each generation's checkpoint lands.
 */
import type * as PlotlyTypes from "plotly.js";
import type { StoreApi } from "zustand/vanilla";
import { baseConfig, baseLayout } from "../charts/plotly";
import { StoreChart } from "../charts/store-chart";
import { evolveFigure } from "../state/sweeps/evolve-chart-data";
import type { EvolveState } from "../state/sweeps/evolve-model";

/** The chart of `store`'s search in `host`. */
export class EvolveChart {
  private shown: unknown = undefined;
  private readonly chart: StoreChart<EvolveState>;

  constructor(private readonly host: HTMLElement, private readonly store: StoreApi<EvolveState>) {
    this.chart = new StoreChart(host, store, (s, force) => this.update(s, force));
  }

  destroy(): void {
    if (this.later) clearTimeout(this.later);
    this.chart.destroy();
  }

  private drawnAt = -Infinity;
  private later: ReturnType<typeof setTimeout> | null = null;

  private update(s: EvolveState, force = false): void {
    if (!force && s.checkpoint === this.shown) return;
    this.shown = s.checkpoint;
    const history = s.checkpoint?.history ?? [];
    this.host.dataset.generations = String(history.length);
    const plotly = this.chart.plotly;
    if (!plotly || this.chart.destroyed) return;
    // at most 4 draws a second while generations stream in; the latest one is drawn last
    const now = performance.now();
    if (!force && now - this.drawnAt < 250) {
      this.later ??= setTimeout(() => {
        this.later = null;
        this.update(this.store.getState(), true);
      }, 250);
      return;
    }
    this.drawnAt = now;
    const f = evolveFigure(history);
    const layout = baseLayout(f.xTitle, f.yTitle);
    layout.height = 320;
    layout.hovermode = "closest";
    layout.barmode = "overlay";
    layout.showlegend = true;
    layout.legend = { orientation: "h", y: -0.25, font: { size: 11 } };
    layout.margin = { l: 56, r: 12, t: 8, b: 80 };
    layout.yaxis = { ...layout.yaxis, range: [0, 29] };
    void plotly.react(this.host, f.traces as unknown as PlotlyTypes.Data[], layout, baseConfig("sorn-evolve-nqueens"));
  }
}
