import { ConnectionsPlot } from "../../plots/connections";
import { PlotPanel } from "./PlotPanel";

/** The live view of the "connections" panel. */
export function ConnectionsPanel() {
  return <PlotPanel id="connections" make={(ctx, host, info) => new ConnectionsPlot(host, ctx, info)} />;
}
