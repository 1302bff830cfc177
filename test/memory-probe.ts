/**
 * Run by test/memory.test.ts in a child process with --expose-gc: steps a default network
 * (no records) and prints the live heap after 1,000 and after 200,000 steps, as JSON.
 */
import { uniformInput } from "../src/core/inputs";
import { SornNetwork } from "../src/core/network";

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
for (let i = 0; i < 199; i++) net.step(1000, input);
const after200k = heap();
console.log(JSON.stringify({ after1k, after200k, steps: net.t }));
