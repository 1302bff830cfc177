/**
 * The compare mode's result chart: the Hamming distance d(t) between run A's and run B's E
 * spike vectors after each step since the split, drawn with plotly (hover, zoom, pan,
 * download). It redraws at most twice a second, imperatively (never through a React render).
 */
import { COLORS } from "../figures/palette";
import type { CompareModel } from "../state/compare";
import { baseConfig, baseLayout, loadPlotly, type Plotly } from "./plotly";

/** Milliseconds between redraws while distances stream in. */
const REDRAW_MS = 500;

/** d(t) since the split, as a plotly line chart in `host`. */
export class HammingChart {
  private plotly: Plotly | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private destroyed = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly host: HTMLElement,
    private readonly compare: CompareModel,
    /** Told the latest distance in words on every update. */
    private readonly onInfo: (text: string) => void,
  ) {
    this.unsubscribe = compare.subscribe(() => this.soon());
    void loadPlotly().then((P) => {
      if (this.destroyed) return;
      this.plotly = P;
      this.draw();
    });
    this.describe();
  }

  destroy(): void {
    this.destroyed = true;
    this.unsubscribe();
    if (this.timer) clearTimeout(this.timer);
    this.plotly?.purge(this.host);
  }

  private soon(): void {
    this.describe();
    if (this.timer || !this.plotly) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.draw();
    }, REDRAW_MS);
  }

  private describe(): void {
    const { steps, distances } = this.compare;
    const n = distances.length;
    if (n === 0) return this.onInfo("no steps since the split yet");
    let max = 0;
    for (const d of distances) max = Math.max(max, d);
    this.onInfo(`Hamming distance at step ${steps[n - 1]}: ${distances[n - 1]} E neurons differ (largest since the split: ${max})`);
  }

  private draw(): void {
    const P = this.plotly;
    if (!P || this.destroyed) return;
    const { steps, distances } = this.compare;
    const trace = { x: steps.slice(), y: distances.slice(), type: "scatter" as const, mode: "lines" as const, line: { width: 1.25, color: COLORS.excitatory }, hovertemplate: "step %{x}<br>d = %{y}<extra></extra>" };
    void P.react(this.host, [trace], baseLayout("time step", "Hamming distance (E neurons)"), baseConfig("sorn-compare-hamming"));
  }
}
