/** The pool's job kind "spikey.run": one seed of a Spikey preset (`./job.ts`). Listed in src/pool/kinds.ts. */
import { defineKind } from "../../pool/registry";
import { runSpikeyJob, type SpikeyJobSpec, type SpikeyRow } from "./job";

export const spikeyRunKind = defineKind<SpikeyJobSpec, SpikeyRow>("spikey.run", (spec, ctx) => runSpikeyJob(spec, { progress: (f) => ctx.progress(f) }));
