/**
 * The pool's job kind "random-sequence.run": one random-sequence run ((condition, seed) → one
 * row per readout, `./job.ts`) from its JSON spec, with the pool's progress. Listed in src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import { runRandomSequenceJob, type RandomSequenceJobSpec, type RandomSequenceRow } from "./job";

export const randomSequenceRunKind = defineKind<RandomSequenceJobSpec, RandomSequenceRow[]>("random-sequence.run", (spec, ctx) => runRandomSequenceJob(spec, { progress: (f) => ctx.progress(f) }));
