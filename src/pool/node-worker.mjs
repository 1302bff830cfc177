// Bootstrap of a Node pool worker: register tsx's ESM loader (resolved from this file, so it
// works whatever the working directory and however the parent was started: tsx, node --import
// tsx, Vitest), then load the TypeScript entry. Plain JavaScript, since nothing can load
// TypeScript before the loader is registered.
import { register } from "tsx/esm/api";

register();
await import("./node-worker.ts");
