/**
 * `npm run bench:rnn [-- --quick] [--trials K] [--runs R] [--lif-trials L] [--grid-trials G] [--model FILE] [--out FILE]`: the rate RNN's speed,
 * measured not asserted (spec §5 budgets: ≤ 30 ms per Go-NoGo N = 200 training trial on one
 * core, ≤ 60 s per whole Go-NoGo training to success). Prints:
 * - one Go-NoGo N = 200 training trial (forward + BPTT + Adam), median / min / max over K trials
 *   (default 60, after 10 warm-up trials), and an evaluation trial (forward only);
 * - R whole Go-NoGo trainings to the stopping rule (seeds 0 … R−1, default 3; 1 with --quick),
 *   with their trial counts and the median wall time;
 * - one Go-NoGo LIF trial (20,000 steps of 0.05 ms, N = 200, s = 25; spec budget ≤ 250 ms on one
 *   core), median / min / max over L trials (default 15, after 2 warm-up trials), on the network of
 *   `--model FILE` or else of a Go-NoGo N = 200 rate model trained 200 trials (seed 1);
 * - the λ grid search (`convertModel`, grid 20:5:75, G trials per s, default 4; no extension) on
 *   the pool with 1 and with 2 workers: wall time and the speed-up (the results are identical).
 * Writes the numbers as JSON (default bench/results-rate-rnn.json).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import { convertModel } from "../experiments/rate-rnn/convert";
import { lifNetworkOfModel } from "../models/lif/network";
import { runLifTrial } from "../models/lif/evaluate";
import { modelFromJson, modelOf, modelToJson } from "../models/rate-rnn/model-file";
import { DEFAULT_TRAIN, train, Trainer } from "../models/rate-rnn/train";
import { runJobs } from "../pool/node";
import { parseArgs, rejectLeftovers, takeBool, takeInt, takeString } from "./args";

const median = (a: number[]) => {
  const s = [...a].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const r2 = (v: number) => Math.round(v * 100) / 100;

/** Per-trial times (ms) of `count` training trials and of `count` evaluation trials, Go-NoGo N = 200. */
export function benchTrial(count: number, seed = 1): { train: number[]; evaluate: number[] } {
  const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed, evalEvery: 1e9, maxTrials: 1e9 }, { n: 200 });
  for (let k = 0; k < 10; k++) t.step();
  const trainMs: number[] = [];
  const evalMs: number[] = [];
  for (let k = 0; k < count; k++) {
    const t0 = performance.now();
    t.step();
    trainMs.push(performance.now() - t0);
    const t1 = performance.now();
    t.evaluate(1);
    evalMs.push(performance.now() - t1);
  }
  return { train: trainMs, evaluate: evalMs };
}

/** The model text the LIF benches use: `file`, or a Go-NoGo N = 200 model trained 200 trials. */
function benchModel(file: string | undefined): string {
  if (file) return readFileSync(file, "utf8");
  const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 1, maxTrials: 200, evalEvery: 1e9 }, { n: 200 });
  while (t.step() === "running");
  return modelToJson(modelOf(t));
}

/** CPU time of this process so far (user + system), in ms. */
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Per-trial times (ms) of `count` Go-NoGo LIF trials at s = 25 (after 2 warm-up trials): wall
 * time, and the process's CPU time (user + system), which on a shared, oversubscribed box is the
 * closer measure of the time on one free core (one thread runs here; GC threads count too).
 */
export function benchLifTrial(text: string, count: number): { wall: number[]; cpu: number[] } {
  const net = lifNetworkOfModel(modelFromJson(text), 25);
  for (let k = 0; k < 2; k++) runLifTrial(net, "go-nogo", 0, 1000 + k);
  const wall: number[] = [], cpu: number[] = [];
  for (let k = 0; k < count; k++) {
    const t0 = performance.now(), c0 = cpuMs();
    runLifTrial(net, "go-nogo", 0, k);
    wall.push(performance.now() - t0);
    cpu.push(cpuMs() - c0);
  }
  return { wall, cpu };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const quick = takeBool(args, "quick") ?? false;
  const count = takeInt(args, "trials", 20) ?? (quick ? 20 : 60);
  const runs = takeInt(args, "runs", 0) ?? (quick ? 1 : 3);
  const out = takeString(args, "out") ?? "bench/results-rate-rnn.json";
  const lifCount = takeInt(args, "lif-trials", 1) ?? (quick ? 5 : 15);
  const gridTrials = takeInt(args, "grid-trials", 0) ?? (quick ? 1 : 4);
  const modelFile = takeString(args, "model");
  rejectLeftovers(args, "bench:rnn");
  const trial = benchTrial(count);
  const stats = (a: number[]) => ({ median: r2(median(a)), min: r2(Math.min(...a)), max: r2(Math.max(...a)) });
  const trainStats = stats(trial.train);
  const evalStats = stats(trial.evaluate);
  console.log(`rate RNN, Go-NoGo N = 200, one training trial (forward + BPTT + Adam): ${trainStats.median} ms median (min ${trainStats.min}, max ${trainStats.max}) over ${count} trials; evaluation trial (forward only) ${evalStats.median} ms`);
  const whole = [];
  for (let seed = 0; seed < runs; seed++) {
    const t0 = performance.now();
    const t = train({ ...DEFAULT_TRAIN, task: "go-nogo", seed }, { n: 200 });
    const seconds = (performance.now() - t0) / 1000;
    whole.push({ seed, status: t.status, trials: t.trials, seconds: r2(seconds) });
    console.log(`  whole Go-NoGo training, seed ${seed}: ${t.status} after ${t.trials} trials (${t.evals.length} evaluations of 100 trials) in ${seconds.toFixed(1)} s`);
  }
  if (whole.length) console.log(`whole Go-NoGo training to the stopping rule: median ${r2(median(whole.map((w) => w.seconds)))} s over ${whole.length} runs`);
  const text = benchModel(modelFile);
  const lif = benchLifTrial(text, lifCount);
  const lifStats = stats(lif.wall), lifCpu = stats(lif.cpu);
  console.log(`LIF, Go-NoGo N = 200, one trial (20,000 steps of 0.05 ms, s = 25): ${lifStats.median} ms median (min ${lifStats.min}, max ${lifStats.max}) over ${lifCount} trials; CPU time ${lifCpu.median} ms median (min ${lifCpu.min})`);
  const grid = [];
  for (const workers of gridTrials ? [1, 2] : []) {
    const t0 = performance.now();
    const r = await convertModel(runJobs, text, { trials: gridTrials, workers, maxExtensions: 0 });
    const seconds = (performance.now() - t0) / 1000;
    grid.push({ workers, seconds: r2(seconds), trials: r.s.length * gridTrials, best_s: r.best_s });
    console.log(`  λ grid search 20:5:75 × ${gridTrials} trials (${r.s.length * gridTrials} LIF trials) on ${workers} worker${workers > 1 ? "s" : ""}: ${seconds.toFixed(1)} s`);
  }
  if (grid.length === 2) console.log(`λ grid search: ${r2(grid[0].seconds / grid[1].seconds)}× faster on 2 workers than on 1`);
  const doc = {
    date: new Date().toISOString(), machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version },
    goNogoTrialMs: { ...trainStats, trials: count }, goNogoEvalTrialMs: evalStats,
    wholeTraining: { runs: whole, medianSeconds: whole.length ? r2(median(whole.map((w) => w.seconds))) : null },
    goNogoLifTrialMs: { ...lifStats, cpu: lifCpu, trials: lifCount, model: modelFile ?? "trained 200 trials, seed 1" },
    gridSearch: { grid: "20:5:75", trialsPerS: gridTrials, runs: grid, speedup: grid.length === 2 ? r2(grid[0].seconds / grid[1].seconds) : null },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(doc, null, 2) + "\n");
  console.log(`wrote ${out}`);
}

void main();
