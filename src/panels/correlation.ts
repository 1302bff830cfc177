import type { PanelDef } from "./panel";

/** Network of E neurons whose spike trains correlate above a threshold (computed on demand). */
export const correlationPanel: PanelDef = {
  id: "correlation",
  title: "Correlation network",
  family: "sorn",
  needs: { spikes: ["E"] },
  figure: { source: "correlation" },
};
