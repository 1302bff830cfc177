/**
 * What a model family adds in the worker beyond the seam: the summaries its frames carry
 * (`FrameExtras`) and a hash of its state for the "same run?" check. One entry per family;
 * adding a family is one file beside `sorn/adapter.ts` and one line here.
 */
import type { Model } from "../models/model";
import type { FrameExtras, RunDigest } from "./protocol";
import { sornAdapter } from "./sorn/adapter";

/** A family's worker-side additions. */
export interface FamilyAdapter {
  readonly family: string;
  /** Summaries of the model now for a frame (sent every few frames: they may be costly). */
  extras(model: Model): FrameExtras;
  /** A hash of the state that identifies the run (for tests and the "same run?" check). */
  stateDigest(model: Model): Pick<RunDigest, "weeHash" | "weeCount">;
}

const ADAPTERS: readonly FamilyAdapter[] = [sornAdapter];

/** The adapter of family `id`; a family without one gets no extras and a hash of its state's JSON. */
export function adapterFor(id: string): FamilyAdapter {
  return ADAPTERS.find((a) => a.family === id) ?? { family: id, extras: () => ({}), stateDigest: () => ({ weeHash: "", weeCount: 0 }) };
}
