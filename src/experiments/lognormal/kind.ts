/**
 * The pool's job kind "lognormal.run": one lognormal-preset run (seed → one row, `./job.ts`) from
 * its JSON spec, with the pool's progress. Listed in src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import { runLognormalJob, type LognormalJobSpec, type LognormalRow } from "./job";

export const lognormalRunKind = defineKind<LognormalJobSpec, LognormalRow>("lognormal.run", (spec, ctx) => runLognormalJob(spec, { progress: (f) => ctx.progress(f) }));
