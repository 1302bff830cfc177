/**
 * The pool's job kind "counting.trace": one counting job (`./job.ts`) with the trace of its first
 * `traceSteps` test steps (`./trace.ts`), for the page's look at the test stretch. The trace's
 * typed arrays cross the worker boundary by structured clone. Listed in src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import { runCountingJobDetailed, type CountingJobDetail, type CountingTraceSpec } from "./job";

export const countingTraceKind = defineKind<CountingTraceSpec, CountingJobDetail>("counting.trace", (spec, ctx) => runCountingJobDetailed(spec, { progress: (f) => ctx.progress(f) }));
