/**
 * The pool in Node (the CLI, tests, benchmarks): `runJobs` on `worker_threads`, every core by
 * default. Shared code that must also run in the page takes a {@link JobRunner} instead of
 * importing this module.
 */
import "./kinds";
import { nodeBackend } from "./node-backend";
import { runJobsOn, type JobRunner } from "./pool";

export { JobError, PoolCancelledError } from "./errors";
export type { PoolOptions, PoolProgress } from "./options";
export type { JobRunner, PoolResults, ResultOf } from "./pool";
export type { Job, JobContext, JobKind } from "./registry";
export { defineKind } from "./registry";

/** Run `jobs` on `worker_threads` workers; see `PoolOptions` and `runJobsOn`. */
export const runJobs: JobRunner = (jobs, options) => runJobsOn(nodeBackend, jobs, options);

/** The default worker count: `os.availableParallelism()`. */
export const defaultWorkers = (): number => nodeBackend.defaultWorkers();
