import { parseSelection } from "../state/selection";
import type { PanelDef } from "./panel";

/** Spike raster of E and I neurons over the chosen window, with a neuron selection. */
export const rasterPanel: PanelDef = {
  id: "raster",
  title: "Spike raster",
  family: "sorn",
  needs: { spikes: ["E", "I"] },
  figure: { source: "worker", kind: "raster" },
  figureOptions: (view, groups) => {
    const e = parseSelection(view.rasterE, groups.E ?? 0);
    const i = parseSelection(view.rasterI, groups.I ?? 0);
    return { steps: view.window, eNeurons: e.ok && e.indices.length ? e.indices : undefined, iNeurons: i.ok ? i.indices : undefined };
  },
};
