/**
 * `npm run bench:sweep [-- --runs R] [--points N] [--ne E] [--steps S] [--trivial T] [--out FILE]`: the sweep runner's
 * speed on the worker pool, measured, not asserted (issue 15 targets: a 2-worker sweep of SORN
 * runs ≥ 1.8× one worker; the pool's overhead ≤ 5 ms per point). Prints, as medians of R runs
 * (default 3):
 * - speed-up: wall time of N SORN points (default 40 points of ne E = 200, the package's size,
 *   S = 20,000 steps, entropy of the E population: a sweep of ~17 s on one worker; one `sorn.run`
 *   point each) on 1 worker ÷ on 2 workers. Sweeps of much less work gain less (each worker
 *   thread pays its own start and JIT warm-up, and the last point runs alone): `--points 8 --ne
 *   100 --steps 3000` is a 0.6 s sweep;
 * - overhead per point: trivial points (`toy.quadratic`, microseconds of work each) on W
 *   workers, W = 1 and 2: wall(T + 200 points) / (T + 200) (T default 2,000), an upper bound
 *   (thread start-up and the trivial work included), and the marginal cost
 *   (wall(T + 200) − wall(200)) / T, where start-up cancels (noisy on a busy machine): job
 *   message out, result back, structured clone, runner bookkeeping.
 * The machine's load average, and the cores each SORN run actually obtained (the process's CPU
 * time over all threads / wall time), are printed with the figures: other processes on the
 * same cores lower the speed-up.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname } from "node:path";
import { runSweep } from "../experiments/sweep/runner";
import { checkSweep } from "../experiments/sweep/spec";
import { runJobs } from "../pool/node";
import { parseArgs, rejectLeftovers, takeInt, takeString } from "./args";

const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Cores the last {@link wall} obtained: the process's CPU time (every thread) / wall time. */
let coresUsed = 0;

async function wall(spec: unknown, workers: number): Promise<number> {
  const sweep = checkSweep(spec, { force: true });
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await runSweep(sweep, { run: runJobs, workers });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  coresUsed = (c.user + c.system) / 1000 / ms;
  return ms;
}

const trivial = (n: number, offset: number) => ({ target: "toy.quadratic", axes: [["x", 0 + offset, n + offset, 1]], metrics: ["f"] });

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const runs = takeInt(args, "runs", 1) ?? 3;
  const points = takeInt(args, "points", 2) ?? 40;
  const ne = takeInt(args, "ne", 10) ?? 200;
  const steps = takeInt(args, "steps", 1) ?? 20000;
  const extra = takeInt(args, "trivial", 1) ?? 2000;
  const out = takeString(args, "out") ?? "bench/results-sweep.json";
  rejectLeftovers(args, "bench:sweep");
  const sorn = { target: "sorn.run", base: { ne, steps }, axes: [["eta_ip", 0.001, 0.001 * (points + 1), 0.001]], metrics: ["spikeSourceEntropy.excitatory"] };
  const load0 = loadavg()[0];
  await wall(trivial(50, 0), 2); // warm-up: tsx's transform cache, the kernel
  const t1: number[] = [], t2: number[] = [], c1: number[] = [], c2: number[] = [];
  for (let r = 0; r < runs; r++) {
    t1.push(await wall(sorn, 1));
    c1.push(coresUsed);
    t2.push(await wall(sorn, 2));
    c2.push(coresUsed);
    console.log(`run ${r + 1}: ${points} SORN points (ne ${ne}, ${steps} steps): 1 worker ${(t1[r] / 1000).toFixed(2)} s (${c1[r].toFixed(2)} cores obtained), 2 workers ${(t2[r] / 1000).toFixed(2)} s (${c2[r].toFixed(2)} cores) (×${(t1[r] / t2[r]).toFixed(2)})`);
  }
  const overhead: Record<number, number[]> = { 1: [], 2: [] };
  const bound: Record<number, number[]> = { 1: [], 2: [] };
  for (let r = 0; r < runs; r++) {
    for (const w of [1, 2]) {
      const small = await wall(trivial(200, r), w);
      const big = await wall(trivial(200 + extra, r), w);
      overhead[w].push((big - small) / extra);
      bound[w].push(big / (200 + extra));
    }
    console.log(`run ${r + 1}: per trivial point: 1 worker ${bound[1][r].toFixed(3)} ms (marginal ${overhead[1][r].toFixed(3)}), 2 workers ${bound[2][r].toFixed(3)} ms (marginal ${overhead[2][r].toFixed(3)})`);
  }
  const result = {
    cores: availableParallelism(), loadAverage: [load0, loadavg()[0]], runs, sornPoints: points, ne, steps, trivialPoints: extra,
    oneWorkerS: median(t1) / 1000, twoWorkersS: median(t2) / 1000, speedup: median(t1) / median(t2),
    speedupPerRun: t1.map((v, i) => v / t2[i]),
    coresObtained: { oneWorker: median(c1), twoWorkers: median(c2) },
    overheadMs: { oneWorker: median(bound[1]), twoWorkers: median(bound[2]) },
    marginalMs: { oneWorker: median(overhead[1]), twoWorkers: median(overhead[2]) },
  };
  console.log(`\nmedians of ${runs}: ${points} SORN points 1 worker ${result.oneWorkerS.toFixed(2)} s, 2 workers ${result.twoWorkersS.toFixed(2)} s: speed-up ×${result.speedup.toFixed(2)} (target ≥ 1.8); cores obtained ${median(c1).toFixed(2)} / ${median(c2).toFixed(2)}`);
  console.log(`pool overhead per point (upper bound, wall / points): ${result.overheadMs.oneWorker.toFixed(3)} ms on 1 worker, ${result.overheadMs.twoWorkers.toFixed(3)} ms on 2 (target ≤ 5 ms); marginal ${result.marginalMs.oneWorker.toFixed(3)} / ${result.marginalMs.twoWorkers.toFixed(3)} ms`);
  console.log(`load average (1 min) before / after: ${load0.toFixed(2)} / ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(result, null, 2) + "\n");
  console.log(`wrote ${out}`);
}

await main();
