import type { PanelDef } from "./panel";

/** Histogram of per-neuron firing rates over the latest 1,000 steps, E and I. */
export const ratesPanel: PanelDef = {
  id: "rates",
  title: "Firing rates across neurons",
  family: "sorn",
  needs: { spikes: ["E", "I"] },
  figure: { source: "worker", kind: "rates" },
};
