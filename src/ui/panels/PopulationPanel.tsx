import { PopulationPlot } from "../../plots/population";
import { PlotPanel } from "./PlotPanel";

/** The live view of the "population" panel. */
export function PopulationPanel() {
  return <PlotPanel id="population" make={(ctx, host, info) => new PopulationPlot(host, ctx, info)} />;
}
