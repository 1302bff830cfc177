/**
 * The live view of every registered panel (`src/panels/`), by panel id. A view is a React
 * component hosting the panel's imperative plot and controls.
 */
import type { ComponentType } from "react";
import { ConnectionsPanel } from "./ConnectionsPanel";
import { CorrelationPanel } from "./CorrelationPanel";
import { PopulationPanel } from "./PopulationPanel";
import { RasterPanel } from "./RasterPanel";
import { RatesPanel } from "./RatesPanel";
import { WeightsPanel } from "./WeightsPanel";

/** Panel id → its live view. */
export const PANEL_VIEWS: Readonly<Record<string, ComponentType>> = {
  raster: RasterPanel,
  population: PopulationPanel,
  weights: WeightsPanel,
  rates: RatesPanel,
  connections: ConnectionsPanel,
  correlation: CorrelationPanel,
};
