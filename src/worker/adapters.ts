/**
 * What a model family adds in the worker beyond the seam: the summaries its frames carry
 * (`FrameExtras`) and a hash of its state for the "same run?" check. One entry per family;
 * adding a family is one file beside `sorn/adapter.ts` and one line here.
 */
import type { FamilyAdapter } from "./family-adapter";
import { sornAdapter } from "./sorn/adapter";

const ADAPTERS: readonly FamilyAdapter[] = [sornAdapter];

/** The adapter of family `id`; a family without one gets no extras and an empty state hash (spikes still identify its run). */
export function adapterFor(id: string): FamilyAdapter {
  return ADAPTERS.find((a) => a.family === id) ?? { family: id, extras: () => ({}), stateDigest: () => ({ weeHash: "", weeCount: 0 }) };
}
