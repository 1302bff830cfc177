/**
 * The pool's Node backend: one `worker_threads` Worker per slot, started from the bundled entry
 * of `node-bundle.ts` (or, where no bundle can be built, `node-worker.mjs`, which registers tsx,
 * then loads the TypeScript entry). Cancelling is `worker.terminate()`, which stops even a busy
 * loop.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Backend } from "./backend";
import { workerEntry } from "./node-bundle";
import type { WorkerMessage } from "./protocol";

/**
 * The parent's Node flags without tsx's own (`--require …/tsx/…`, `--import …tsx…`, which the
 * tsx CLI adds): the bootstrap registers tsx itself, and a second set of hooks would only slow
 * each import. Other flags (`--expose-gc`, `--conditions`) carry over.
 */
export function withoutTsx(execArgv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i];
    const pair = (a === "--require" || a === "--import" || a === "-r" || a === "--loader") && i + 1 < execArgv.length;
    const value = pair ? execArgv[i + 1] : a.replace(/^--(require|import|loader)=/, "");
    if (/(^|[\\/])tsx([\\/]|$)/.test(value) && (pair || value !== a)) {
      if (pair) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** `worker_threads` workers, as many as `os.availableParallelism()` by default. */
export const nodeBackend: Backend = {
  name: "node",
  defaultWorkers: () => availableParallelism(),
  start(events) {
    let ended = false;
    const crash = (reason: string) => {
      if (ended) return;
      ended = true;
      events.crash(reason);
    };
    const worker = new Worker(workerEntry(), { name: "sorn-pool", execArgv: [...withoutTsx(process.execArgv), "--enable-source-maps"] });
    worker.on("message", (m: WorkerMessage) => events.message(m));
    worker.on("error", (e: unknown) => crash(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
    worker.on("messageerror", (e: unknown) => crash(`a message could not be read (${String(e)})`));
    worker.on("exit", (code) => crash(`the worker exited (code ${code})`));
    return {
      run: (message) => worker.postMessage(message),
      terminate: async () => {
        ended = true;
        await worker.terminate();
      },
    };
  },
};
