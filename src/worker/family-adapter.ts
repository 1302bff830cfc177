/** The shape of a family's worker adapter (the list of adapters is `adapters.ts`). */
import type { Model } from "../models/model";
import type { FrameExtras, RunDigest } from "./protocol";

/** A family's worker-side additions. */
export interface FamilyAdapter {
  readonly family: string;
  /** Summaries of the model now for a frame (sent every few frames: they may be costly). */
  extras(model: Model): FrameExtras;
  /** A hash of the state that identifies the run (for tests and the "same run?" check). */
  stateDigest(model: Model): Pick<RunDigest, "weeHash" | "weeCount">;
}
