/**
 * A smoke run of the pool from the command line, as the CLI runs (`tsx`):
 * `npx tsx src/pool/smoke.ts [--workers W] [--jobs N] [--spin-ms MS] [--cancel-at F]`.
 * Runs N `test.sum` jobs (then, with --spin-ms, N more `test.spin` jobs), prints one JSON line
 * (the sums, or the cancel message and when it was cancelled, `--cancel-at F` cancelling once the
 * overall progress reaches F) and exits 0, or 3 when cancelled. `pool.test.ts` uses it to
 * check that worker_threads load TypeScript under tsx and that nothing keeps the process alive.
 */
import { parseArgs, rejectLeftovers, takeInt } from "../cli/args";
import { takeWorkers } from "../cli/workers-arg";
import { PoolCancelledError, runJobs } from "./node";
import { testSpin, testSum } from "./test-kinds";

const args = parseArgs(process.argv.slice(2));
const workers = takeWorkers(args);
const n = takeInt(args, "jobs", 1) ?? 7;
const spinMs = takeInt(args, "spin-ms", 1);
const cancelAt = args.options.has("cancel-at") ? Number(args.options.get("cancel-at")) : undefined;
args.options.delete("cancel-at");
rejectLeftovers(args, "smoke");

const jobs = [
  ...Array.from({ length: n }, (_, i) => testSum.job({ seed: i, n: 10_000 })),
  ...(spinMs ? Array.from({ length: n }, () => testSpin.job({ ms: spinMs })) : []),
];
const controller = new AbortController();
let abortedAt = 0;
const onProgress = ({ fraction }: { fraction: number }) => {
  if (cancelAt === undefined || fraction < cancelAt || abortedAt) return;
  abortedAt = Date.now();
  controller.abort();
};
try {
  const results = await runJobs(jobs, { workers, signal: controller.signal, onProgress });
  process.stdout.write(JSON.stringify({ workers, sums: results.map((r) => (typeof r === "number" ? r : r.sum)) }) + "\n");
} catch (e) {
  if (!(e instanceof PoolCancelledError)) throw e;
  process.stdout.write(JSON.stringify({ workers, cancelled: e.message, done: e.done, abortedAt }) + "\n");
  process.exitCode = 3;
}
