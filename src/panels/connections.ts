import type { PanelDef } from "./panel";

/** E→E and I→E connection counts and the mean E threshold over time. */
export const connectionsPanel: PanelDef = {
  id: "connections",
  title: "Connections and mean threshold",
  family: "sorn",
  needs: { series: ["countEE", "countEI", "meanTe"] },
  figure: { source: "worker", kind: "connections" },
};
