import type { PanelDef } from "./panel";

/** Fraction of active E and I neurons at each step, over the raster's window. */
export const populationPanel: PanelDef = {
  id: "population",
  title: "Population activity",
  family: "sorn",
  needs: { series: ["popE", "popI"], spikes: ["E", "I"] },
  figure: { source: "worker", kind: "population" },
};
