import { WeightsPlot } from "../../plots/weights";
import { PlotPanel } from "./PlotPanel";

/** The live view of the "weights" panel. */
export function WeightsPanel() {
  return <PlotPanel id="weights" make={(ctx, host, info) => new WeightsPlot(host, ctx, info)} />;
}
