/**
 * The seam between the pool's scheduler and a kind of worker: Node `worker_threads`
 * (`node-backend.ts`) or Web Workers (`web-backend.ts`), one interface for both.
 */
import type { RunMessage, WorkerMessage } from "./protocol";

/** What a started worker reports to the scheduler. */
export interface WorkerEvents {
  /** A message from the worker. */
  message(message: WorkerMessage): void;
  /** The worker died (failed to load, an uncaught error, an exit it was not asked for). */
  crash(reason: string): void;
}

/** One started worker. */
export interface PoolWorker {
  /** Send it a job. */
  run(message: RunMessage): void;
  /** Stop it at once, even inside a busy job; resolves once it is gone. */
  terminate(): Promise<void>;
}

/** A kind of worker. */
export interface Backend {
  /** "node" or "web", for messages. */
  readonly name: string;
  /** The worker count when none is given: the machine's cores. */
  defaultWorkers(): number;
  /** Start a worker that reports to `events`. */
  start(events: WorkerEvents): PoolWorker;
}
