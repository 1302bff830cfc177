/**
 * The pool's page backend: module Web Workers that Vite bundles from `web.worker.ts` (the
 * literal `new Worker(new URL(…), { type: "module" })` is what it looks for). Cancelling is
 * `worker.terminate()`, immediate even inside a busy job.
 */
import type { Backend } from "./backend";
import type { WorkerMessage } from "./protocol";

/** Web Workers, as many as `navigator.hardwareConcurrency` by default. */
export const webBackend: Backend = {
  name: "web",
  defaultWorkers: () => (typeof navigator !== "undefined" && navigator.hardwareConcurrency) || 1,
  start(events) {
    const worker = new Worker(new URL("./web.worker.ts", import.meta.url), { type: "module", name: "sorn-pool" });
    let ended = false;
    const crash = (reason: string) => {
      if (ended) return;
      ended = true;
      worker.terminate();
      events.crash(reason);
    };
    worker.onmessage = (e: MessageEvent<WorkerMessage>) => events.message(e.data);
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      crash(e.message || "the worker failed to load or threw outside a job");
    };
    worker.onmessageerror = () => crash("a message could not be read");
    return {
      run: (message) => worker.postMessage(message),
      terminate: async () => {
        ended = true;
        worker.terminate();
      },
    };
  },
};
