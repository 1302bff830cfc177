/** What a plot is given: the frame stream, the store (for view settings) and the correlation model. */
import type { CorrelationModel } from "../state/correlation";
import type { FrameBus } from "../state/frame-bus";
import type { LabStore } from "../state/store";

/** Shared inputs of the plots. */
export interface PlotContext {
  frames: FrameBus;
  store: LabStore;
  correlation: CorrelationModel;
}
