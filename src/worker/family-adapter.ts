/** The shape of a family's worker adapter (the list of adapters is `adapters.ts`). */
import type { Model, StepSample } from "../models/model";
import type { FrameExtras, RunDigest } from "./protocol";

/** A family's worker-side additions. */
export interface FamilyAdapter {
  readonly family: string;
  /** Summaries of the model now for a frame (sent every few frames: they may be costly). */
  extras(model: Model): FrameExtras;
  /** A hash of the state that identifies the run (for tests and the "same run?" check). */
  stateDigest(model: Model): Pick<RunDigest, "weeHash" | "weeCount">;
  /**
   * Follow one neuron (numbered over all spike groups) step by step, for the page's followed-
   * neuron view; a neuron that does not exist throws. Absent for a family that offers none.
   */
  follower?(model: Model, neuron: number): NeuronFollower;
}

/** Records one neuron after every step and hands over what it gathered as frame extras. */
export interface NeuronFollower {
  /** Called after every step (the model's state is that step's). */
  record(sample: StepSample): void;
  /** What was recorded since the previous call; emptied. */
  take(): FrameExtras;
}
