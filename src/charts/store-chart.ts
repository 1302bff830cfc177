/**
 * The life of a plotly result chart that follows a zustand store: it listens to the store at
 * once, loads plotly (lazily, once per page: `loadPlotly`) and then draws with `force`, and on
 * `destroy` stops listening and purges the host. What to draw and when a store change matters
 * stay with the chart (its `update(state, force)`); a load that finishes after `destroy` draws
 * nothing.
 */
import type { StoreApi } from "zustand/vanilla";
import { loadPlotly, type Plotly } from "./plotly";

/** A chart's binding of `host` to `store`: `plotly` once loaded, `destroyed` after {@link StoreChart.destroy}. */
export class StoreChart<S> {
  /** plotly, once loaded (null before, and for good when destroyed first). */
  plotly: Plotly | null = null;
  /** Whether {@link StoreChart.destroy} has been called. */
  destroyed = false;
  private readonly unsubscribe: () => void;

  /**
   * Call `update(state, false)` on every change of `store`, and `update(store.getState(), true)`
   * once plotly has loaded (never after `destroy`). Never calls `update` synchronously.
   */
  constructor(
    private readonly host: HTMLElement,
    store: StoreApi<S>,
    update: (state: S, force: boolean) => void,
  ) {
    this.unsubscribe = store.subscribe((s) => update(s, false));
    void loadPlotly().then((P) => {
      if (this.destroyed) return;
      this.plotly = P;
      update(store.getState(), true);
    });
  }

  /** Stop listening to the store and purge the host's plot (if one was drawn). */
  destroy(): void {
    this.destroyed = true;
    this.unsubscribe();
    this.plotly?.purge(this.host);
  }
}
