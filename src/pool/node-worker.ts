/**
 * Entry of a Node pool worker (`worker_threads`), loaded through `node-worker.mjs`, which
 * registers tsx first so this TypeScript file and the kinds it imports load as they are.
 */
import { parentPort } from "node:worker_threads";
import "./kinds";
import { serve, type RunMessage } from "./protocol";

const port = parentPort;
if (!port) throw new Error("node-worker.ts: not started as a worker thread");
serve({
  post: (message, transfer) => port.postMessage(message, transfer),
  listen: (handler) => port.on("message", (m: RunMessage) => handler(m)),
});
