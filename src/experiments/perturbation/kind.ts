/**
 * The pool's job kind "perturbation.run": one perturbation run ((condition, seed) → one row,
 * `./job.ts`) from its JSON spec, with the pool's progress. Listed in src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import { runPerturbationJob, type PerturbationJobSpec, type PerturbationRow } from "./job";

export const perturbationRunKind = defineKind<PerturbationJobSpec, PerturbationRow>("perturbation.run", (spec, ctx) => runPerturbationJob(spec, { progress: (f) => ctx.progress(f) }));
