/**
 * A panel of the lab is one registration: its id (what the URL and the Panels menu use), its
 * title, the model family it belongs to, what it needs from the run, and how its figure is
 * exported. The layout, the Panels menu, the URL, the exports and the dashboard all read the
 * registrations of `index.ts`; nothing else lists panels. Its live view is the component
 * `src/ui/panels/index.ts` keeps under the same id (a test checks that each has one).
 *
 * A registration is plain data, with no DOM or React, so the state layer reads it in Node.
 */
import type { FigureKind, FigureOptions } from "../worker/protocol";

/** The parts of the lab configuration a panel's figure options may read. */
export interface PanelViewConfig {
  /** Raster neuron selections and the time window (steps). */
  rasterE: string;
  rasterI: string;
  window: number;
}

/** How a panel's figure is made for export. */
export type PanelFigure =
  /** Built in the simulation worker from its history (`src/worker/<family>/figures.ts`). */
  | { source: "worker"; kind: Exclude<FigureKind, "correlation" | "dashboard"> }
  /** Drawn by the analysis worker from the correlation matrix the panel computed. */
  | { source: "correlation" };

/** What a panel reads from the run; checked against its family by a test. */
export interface PanelNeeds {
  /** Per-step series by name (the family's `series`). */
  series?: readonly string[];
  /** Spike groups by name (the model's `spikeGroups`). */
  spikes?: readonly string[];
  /** Frame extras by name (the family's worker adapter). */
  extras?: readonly string[];
}

/** One panel. */
export interface PanelDef {
  readonly id: string;
  readonly title: string;
  /** The model family whose runs it shows. */
  readonly family: string;
  readonly needs: PanelNeeds;
  readonly figure: PanelFigure;
  /**
   * Options of the exported figure from the lab's view settings and the run's spike-group
   * sizes by name (e.g. the raster's neuron selection), so the export shows what the panel does.
   */
  readonly figureOptions?: (view: PanelViewConfig, groups: Readonly<Record<string, number>>) => Partial<FigureOptions>;
}
