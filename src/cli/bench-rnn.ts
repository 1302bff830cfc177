/**
 * `npm run bench:rnn [-- --quick] [--trials K] [--runs R] [--out FILE]`: the rate RNN's speed,
 * measured not asserted (spec §5 budgets: ≤ 30 ms per Go-NoGo N = 200 training trial on one
 * core, ≤ 60 s per whole Go-NoGo training to success). Prints:
 * - one Go-NoGo N = 200 training trial (forward + BPTT + Adam), median / min / max over K trials
 *   (default 60, after 10 warm-up trials), and an evaluation trial (forward only);
 * - R whole Go-NoGo trainings to the stopping rule (seeds 0 … R−1, default 3; 1 with --quick),
 *   with their trial counts and the median wall time.
 * Writes the numbers as JSON (default bench/results-rate-rnn.json).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { dirname } from "node:path";
import { DEFAULT_TRAIN, train, Trainer } from "../models/rate-rnn/train";
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

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const quick = takeBool(args, "quick") ?? false;
  const count = takeInt(args, "trials", 20) ?? (quick ? 20 : 60);
  const runs = takeInt(args, "runs", 0) ?? (quick ? 1 : 3);
  const out = takeString(args, "out") ?? "bench/results-rate-rnn.json";
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
  const doc = {
    date: new Date().toISOString(), machine: { cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, node: process.version },
    goNogoTrialMs: { ...trainStats, trials: count }, goNogoEvalTrialMs: evalStats,
    wholeTraining: { runs: whole, medianSeconds: whole.length ? r2(median(whole.map((w) => w.seconds))) : null },
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(doc, null, 2) + "\n");
  console.log(`wrote ${out}`);
}

void main();
