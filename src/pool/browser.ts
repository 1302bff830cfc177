/** The pool in the page: `runJobs` on module Web Workers, `navigator.hardwareConcurrency` by default. */
import "./kinds";
import { runJobsOn, type JobRunner } from "./pool";
import { webBackend } from "./web-backend";

export { JobError, PoolCancelledError } from "./errors";
export type { JobRunner, PoolResults, ResultOf } from "./pool";
export type { Job, JobContext, JobKind } from "./registry";
export { defineKind } from "./registry";
export type { PoolOptions, PoolProgress } from "./options";

/** Run `jobs` on Web Workers; see `PoolOptions` and `runJobsOn`. */
export const runJobs: JobRunner = (jobs, options) => runJobsOn(webBackend, jobs, options);

/** The default worker count: `navigator.hardwareConcurrency`. */
export const defaultWorkers = (): number => webBackend.defaultWorkers();
