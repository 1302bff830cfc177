import { RatesPlot } from "../../plots/rates";
import { PlotPanel } from "./PlotPanel";

/** The live view of the "rates" panel. */
export function RatesPanel() {
  return <PlotPanel id="rates" make={(ctx, host, info) => new RatesPlot(host, ctx, info)} />;
}
