/**
 * Whether the Experiments view is open and which experiment it shows ("cartpole", "counting", "lognormal", "perturbation", "random-sequence", "spiking-rnn", "sweeps").
 * Opening it changes nothing of the SORN run: the view sits above the lab's panels, its cart-pole
 * runs in the page and its experiments' jobs in pool workers of their own. The view's code (the
 * player, the runner, the chart) loads on the first open; `save` offers its downloads.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { AppShell } from "../shell";

/** The experiments the view offers, in menu order. */
export const EXPERIMENT_TABS = [
  { id: "cartpole", label: "Cart-pole" },
  { id: "counting", label: "Counting task" },
  { id: "lognormal", label: "Lognormal weights" },
  { id: "perturbation", label: "Order vs chaos" },
  { id: "random-sequence", label: "Random-sequence memory" },
  { id: "spiking-rnn", label: "Spiking RNN" },
  { id: "spikey", label: "Spikey networks" },
  { id: "sweeps", label: "Sweeps" },
] as const;
export type ExperimentTab = (typeof EXPERIMENT_TABS)[number]["id"];

/** The view's store. */
export interface ExperimentsViewState {
  open: boolean;
  tab: ExperimentTab;
}

/** The Experiments view: open, close, which tab. */
export class ExperimentsModel {
  readonly store: StoreApi<ExperimentsViewState> = createStore<ExperimentsViewState>()(() => ({ open: false, tab: "cartpole" }));

  constructor(private readonly shell: Pick<AppShell, "download">) {}

  /** Open the view on `tab`. */
  open(tab: ExperimentTab): void {
    this.store.setState({ open: true, tab });
  }

  /** Close the view (a counting run goes on; the cart-pole pauses). */
  close(): void {
    this.store.setState({ open: false });
  }

  /** Offer a text file (JSON) as a download. */
  save(text: string, filename: string): void {
    this.shell.download(text, filename, "application/json");
  }

  /** Offer any file (text or bytes, e.g. a model's `.npz`) as a download. */
  saveFile(data: string | Uint8Array, filename: string, type: string): void {
    this.shell.download(data, filename, type);
  }
}
