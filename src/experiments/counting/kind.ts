/**
 * The pool's job kind "counting.run": one counting-task job (n, condition, seed → one row per
 * readout, `./job.ts`) from its JSON spec, with the pool's progress. Listed in src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import { runCountingJob, type CountingJobSpec, type CountingRow } from "./job";

export const countingRunKind = defineKind<CountingJobSpec, CountingRow[]>("counting.run", (spec, ctx) => runCountingJob(spec, { progress: (f) => ctx.progress(f) }));
