/**
 * The job registry of the worker pool: a job kind ("counting.run", "sweep.point", …) maps to a
 * pure function `(spec, ctx) → result`. The same registry is filled in the pool's workers and in
 * the main thread (through `./kinds`), so this module uses no DOM, worker or Node API
 * (`src/pool/tsconfig.json` checks that: it has no DOM library and no ambient types).
 *
 * A kind registers from its own module with {@link defineKind} and is listed once in
 * `src/pool/kinds.ts`; the returned {@link JobKind} makes typed jobs, so `runJobs` infers the
 * result type.
 */

/** A JSON value: what a job's spec may hold (it crosses the worker boundary by structured clone). */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

/** What a job function is given besides its spec. */
export interface JobContext {
  /**
   * Report how far the job is, a fraction in [0, 1]. Cheap to call often: the pool throttles
   * what crosses the worker boundary, clamps to [0, 1] and keeps the maximum so far.
   */
  progress(fraction: number): void;
  /**
   * Whether the run was cancelled. Long jobs check it now and then and return early (what they
   * return is then thrown away). In a worker the pool terminates the thread instead, so this
   * matters for the in-process runner (`workers: 0`) and for jobs that await.
   */
  cancelled(): boolean;
}

/**
 * A job function: pure, deterministic in its spec. Its result must survive structured clone
 * (JSON values, typed arrays, Maps; no functions or class instances with methods).
 */
export type JobFn<S, R> = (spec: S, ctx: JobContext) => R | Promise<R>;

/**
 * One unit of pool work. `R` is a phantom (never set): it carries the result type from
 * {@link JobKind.job} to `runJobs`.
 */
export interface Job<S = unknown, R = unknown> {
  readonly kind: string;
  readonly spec: S;
  readonly __result?: R;
}

/** A registered kind: its name, and a typed job maker. */
export interface JobKind<S, R> {
  readonly kind: string;
  /** A job of this kind for `spec`. */
  job(spec: S): Job<S, R>;
}

const KINDS = new Map<string, JobFn<never, unknown>>();

/**
 * Register `kind` with its function (once per kind: a second registration of the same name is a
 * programming error and throws). Call it at the top level of the kind's module.
 */
export function defineKind<S, R>(kind: string, fn: JobFn<S, R>): JobKind<S, R> {
  if (!kind) throw new Error("job kind: needs a name");
  const known = KINDS.get(kind);
  if (known !== undefined && known !== fn) throw new Error(`job kind '${kind}': registered twice`);
  KINDS.set(kind, fn as JobFn<never, unknown>);
  return { kind, job: (spec) => ({ kind, spec }) };
}

/** The function registered for `kind`, or an error naming the known kinds. */
export function kindFn(kind: string): JobFn<unknown, unknown> {
  const fn = KINDS.get(kind);
  if (fn === undefined) throw new Error(`unknown job kind '${kind}' (known: ${knownKinds().join(", ") || "none"})`);
  return fn as JobFn<unknown, unknown>;
}

/** Whether `kind` is registered. */
export function hasKind(kind: string): boolean {
  return KINDS.has(kind);
}

/** The registered kinds, sorted. */
export function knownKinds(): string[] {
  return [...KINDS.keys()].sort();
}
