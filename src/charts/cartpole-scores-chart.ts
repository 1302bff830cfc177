/**
 * The cart-pole learner's episode-score chart with plotly (hover values, zoom, PNG/SVG): the
 * traces of `scoreChart`, redrawn imperatively when the scores or evaluations change, at most
 * every 300 ms (never through a React render).
 */
import type * as PlotlyTypes from "plotly.js";
import { scoreChart } from "../state/experiments/cartpole-chart-data";
import type { CartPoleLearnerModel, LearnerState } from "../state/experiments/cartpole-learner";
import { baseConfig, baseLayout, loadPlotly, type Plotly } from "./plotly";

const REDRAW_MS = 300;

export class CartPoleScoresChart {
  private plotly: Plotly | null = null;
  private destroyed = false;
  private shown: unknown[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly model: CartPoleLearnerModel,
  ) {
    this.unsubscribe = model.store.subscribe(() => this.schedule());
    void loadPlotly().then((P) => {
      if (this.destroyed) return;
      this.plotly = P;
      this.draw(model.store.getState());
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.plotly?.purge(this.host);
  }

  private schedule(): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.draw(this.model.store.getState());
    }, REDRAW_MS);
  }

  private draw(s: LearnerState): void {
    const P = this.plotly;
    const key = [s.scores, s.evaluations, s.info];
    if (!P || this.destroyed || !s.info || key.every((k, i) => k === this.shown[i])) return;
    this.shown = key;
    const run = s.info.run;
    const { traces, shapes, xRange } = scoreChart(s.scores, s.evaluations, { limit: s.info.limit, plasticEpisodes: run.plasticEpisodes, mode: run.mode, reservoir: run.variant === "plastic" || run.variant === "frozen" });
    const layout = baseLayout("episode", "score (steps balanced)");
    layout.xaxis = { ...layout.xaxis, range: xRange };
    layout.yaxis = { ...layout.yaxis, range: [0, s.info.limit * 1.05] };
    layout.shapes = shapes as unknown as PlotlyTypes.Layout["shapes"];
    layout.showlegend = true;
    layout.legend = { orientation: "h", y: -0.25, font: { size: 11 } };
    layout.margin = { l: 56, r: 12, t: 8, b: 84 };
    layout.hovermode = "closest";
    void P.react(this.host, traces as unknown as PlotlyTypes.Data[], layout, baseConfig(`sorn-cartpole-${run.mode}-${run.variant}-seed${run.seed}`));
  }
}
