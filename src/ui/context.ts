/** React access to the lab: the store through selectors, and the command objects. */
import { createContext, useContext } from "react";
import { useStore } from "zustand";
import type { Exporter } from "../export/exporter";
import type { LabController } from "../state/controller";
import type { CorrelationModel } from "../state/correlation";
import type { ExperimentsModel } from "../state/experiments/view";
import type { FrameBus } from "../state/frame-bus";
import type { LabState, LabStore } from "../state/store";
import type { ActionContext } from "./actions";

/** Everything the components need. */
export interface LabApi {
  store: LabStore;
  lab: LabController;
  exporter: Exporter;
  correlation: CorrelationModel;
  frames: FrameBus;
  /** The Experiments view (cart-pole, the counting task). */
  experiments: ExperimentsModel;
  /** The context commands run in. */
  actions: ActionContext;
}

export const LabContext = createContext<LabApi | null>(null);

/** The lab's objects (inside <LabContext.Provider>). */
export function useLabApi(): LabApi {
  const api = useContext(LabContext);
  if (!api) throw new Error("useLabApi outside the lab");
  return api;
}

/** Read the store through a selector; re-renders only when the selected value changes. */
export function useLab<T>(selector: (s: LabState) => T): T {
  return useStore(useLabApi().store, selector);
}

/** Whether a teacher's `hide` flags hide control `id`. */
export function useHidden(id: string): boolean {
  return useLab((s) => s.config.hide.includes(id));
}
