/**
 * The messages between the pool and one of its workers, and the worker's side of them
 * ({@link serve}), shared by the Node and the Web Worker entries. A worker runs one job at a time:
 * the pool sends `run`, the worker answers with any number of `progress` and then one `result` or
 * `error`. Cancelling is terminating the worker, so there is no cancel message.
 *
 * Plain messages rather than comlink: one small shape for both backends, explicit transfer lists
 * for typed-array results, no proxy per job for the progress callback.
 */
import { kindFn, type JobContext } from "./registry";

/** Pool → worker. `id` is the job's index in the run. */
export interface RunMessage {
  type: "run";
  id: number;
  kind: string;
  spec: unknown;
}

/** Worker → pool. */
export type WorkerMessage =
  | { type: "progress"; id: number; fraction: number }
  | { type: "result"; id: number; result: unknown }
  | { type: "error"; id: number; name: string; message: string; stack?: string };

/** What a worker entry gives {@link serve}: how to post, and how to listen. */
export interface WorkerPort {
  post(message: WorkerMessage, transfer: ArrayBuffer[]): void;
  listen(handler: (message: RunMessage) => void): void;
}

/** Least time between two progress messages of one job, in ms. */
export const PROGRESS_INTERVAL_MS = 50;

/** A progress reporter for one job: clamped to [0, 1], never decreasing, throttled. */
export function progressReporter(report: (fraction: number) => void, interval = PROGRESS_INTERVAL_MS): (fraction: number) => void {
  let best = 0;
  let last = -Infinity;
  return (fraction) => {
    if (!(fraction > best)) return;
    best = Math.min(1, fraction);
    const now = Date.now();
    if (now - last < interval && best < 1) return;
    last = now;
    report(best);
  };
}

/**
 * The ArrayBuffers under the typed arrays (and bare ArrayBuffers) in `value`, each once, to move
 * rather than copy. Shared memory and typed arrays over a WebAssembly memory are left out: the
 * first cannot be transferred, the second would detach the module's memory.
 */
export function transferables(value: unknown, out = new Set<ArrayBuffer>(), depth = 0): ArrayBuffer[] {
  if (depth > 32 || value === null || typeof value !== "object") return [...out];
  if (ArrayBuffer.isView(value)) {
    const b = value.buffer;
    if (b instanceof ArrayBuffer && b.byteLength === value.byteLength) out.add(b);
  } else if (value instanceof ArrayBuffer) out.add(value);
  else if (Array.isArray(value)) for (const v of value) transferables(v, out, depth + 1);
  else if (value instanceof Map) for (const v of value.values()) transferables(v, out, depth + 1);
  else for (const v of Object.values(value)) transferables(v, out, depth + 1);
  return [...out];
}

/** The name and message of anything thrown. */
export function describeError(e: unknown): { name: string; message: string; stack?: string } {
  if (e instanceof Error) return { name: e.name, message: e.message, stack: e.stack };
  return { name: "Error", message: String(e) };
}

/** Run the pool's jobs in this worker: one `run` message → progress, then a result or an error. */
export function serve(port: WorkerPort): void {
  const cancelled = () => false;
  port.listen(async ({ id, kind, spec }) => {
    try {
      const ctx: JobContext = {
        progress: progressReporter((fraction) => port.post({ type: "progress", id, fraction }, [])),
        cancelled,
      };
      const result = await kindFn(kind)(spec, ctx);
      const message: WorkerMessage = { type: "result", id, result };
      try {
        port.post(message, transferables(result));
      } catch {
        port.post(message, []); // a buffer that cannot move (e.g. under a wasm memory) is copied
      }
    } catch (e) {
      port.post({ type: "error", id, ...describeError(e) }, []);
    }
  });
}
