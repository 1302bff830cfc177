/**
 * `npm run bench:counting [-- --runs 3 --workers 2]`: the speed target for the counting
 * preset — the full grid at n = 8 (conditions sorn, static, ip × seeds 0–9, 50,000 + 5,000 +
 * 5,000 steps each, readouts X and R) on the worker pool. Prints each run's wall time and the
 * median (target ≤ 60 s with 2 workers on the 2-core machine). A benchmark, not a test.
 */
import { parseArgs, rejectLeftovers, takeInt } from "../src/cli/args";
import { CONDITIONS, READOUTS } from "../src/experiments/counting/preset";
import { runJobsOnPool, sweepJobs } from "../src/experiments/counting/sweep";
import { runJobs } from "../src/pool/node";

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const runs = takeInt(args, "runs", 1, 20) ?? 3;
  const workers = takeInt(args, "workers", 1, 256) ?? 2;
  rejectLeftovers(args, "bench:counting");
  const jobs = sweepJobs({ n: [8], conditions: CONDITIONS, readouts: READOUTS, seeds: 10 });
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    await runJobsOnPool(jobs, runJobs, { workers });
    times.push((performance.now() - start) / 1000);
    process.stdout.write(`run ${r + 1}/${runs}: ${jobs.length} jobs (n = 8, 3 conditions × 10 seeds, 60,000 steps each) in ${times[r].toFixed(1)} s on ${workers} workers\n`);
  }
  const sorted = [...times].sort((a, b) => a - b);
  process.stdout.write(`median ${sorted[sorted.length >> 1].toFixed(1)} s over ${runs} runs (target ≤ 60 s with 2 workers)\n`);
}

void main();
