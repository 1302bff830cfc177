import type { PanelDef } from "./panel";

/** Histogram of the Wee weights on log10 bins with the lognormal fit. */
export const weightsPanel: PanelDef = {
  id: "weights",
  title: "Wee weight distribution",
  family: "sorn",
  needs: { extras: ["weights"] },
  figure: { source: "worker", kind: "weights" },
};
