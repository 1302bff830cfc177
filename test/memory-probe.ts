/**
 * Run by test/memory.test.ts in a child process with --expose-gc: steps a default network
 * (no records) and prints the live heap after 1,000 and after 200,000 steps, and the number of
 * garbage collections in between (a step that allocates shows up there), as JSON.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { uniformInput } from "../src/models/inputs";
import { SornNetwork } from "../src/models/sorn/network";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
};
const net = new SornNetwork({ seed: 3, records: Array.from(process.argv.slice(2)) });
const input = uniformInput(10, 1003);
net.step(1000, input);
const after1k = heap();
const collections: number[] = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) collections.push(e.startTime);
});
observer.observe({ entryTypes: ["gc"] });
const from = performance.now();
for (let i = 0; i < 199; i++) net.step(1000, input);
const to = performance.now();
const after200k = heap();
await new Promise((r) => setTimeout(r, 20)); // let the observer deliver
observer.disconnect();
const gcDuringSteps = collections.filter((t) => t >= from && t <= to).length;
console.log(JSON.stringify({ after1k, after200k, steps: net.t, gcDuringSteps }));
