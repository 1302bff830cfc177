/**
 * `npx tsx scripts/rate-rnn-stats.ts [--seeds 0-9] [--cap 2000] [--task go-nogo] [--n 200] [--json OUT]`:
 * trains one rate RNN per seed (sigmoid, τ 20–50 ms, the paper's init) and reports the trials to
 * success, the success rate within the cap, and τ after training (mean ± sd over units, in ms)
 * beside the paper's 28.2 ± 9.4 ms (Go-NoGo, N = 200). Not part of npm test (minutes per seed).
 */
import { writeFileSync } from "node:fs";
import { DT_MS, taus } from "../src/models/rate-rnn/network";
import { isTask } from "../src/models/rate-rnn/tasks";
import { DEFAULT_TRAIN, train } from "../src/models/rate-rnn/train";

const arg = (k: string, d: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1] : d;
};
const [lo, hi] = arg("seeds", "0-9").split("-").map(Number);
const cap = Number(arg("cap", "2000"));
const task = arg("task", "go-nogo");
const n = Number(arg("n", "200"));
if (!isTask(task)) throw new Error(`unknown task ${task}`);
const meanSd = (a: number[]) => {
  const m = a.reduce((x, y) => x + y, 0) / a.length;
  return { mean: m, sd: Math.sqrt(a.reduce((x, y) => x + (y - m) ** 2, 0) / Math.max(a.length - 1, 1)) };
};
const rows = [];
for (let seed = lo; seed <= (hi ?? lo); seed++) {
  const t0 = performance.now();
  const t = train({ ...DEFAULT_TRAIN, task, seed, maxTrials: cap }, { n });
  const tau = Array.from(taus(t.net), (v) => v * DT_MS);
  const tau0 = Array.from(t.tausGaus0, (g) => (4 + 6 / (1 + Math.exp(-g))) * DT_MS);
  const last = t.evals.at(-1)!;
  const firstPerfect = t.evals.find((e) => e.accuracy > 0.95)?.trial ?? null;
  const row = { seed, status: t.status, trials: t.trials, loss: last.loss, accuracy: last.accuracy, firstAccuracyAbove095: firstPerfect, tau: meanSd(tau), tauInit: meanSd(tau0), seconds: (performance.now() - t0) / 1000 };
  rows.push(row);
  console.log(JSON.stringify(row));
}
const ok = rows.filter((r) => r.status === "success");
const allTau = rows.flatMap((r) => r.tau.mean);
const summary = {
  task, n, cap, seeds: rows.length, successes: ok.length, successRate: ok.length / rows.length,
  trialsToSuccess: ok.length ? { ...meanSd(ok.map((r) => r.trials)), min: Math.min(...ok.map((r) => r.trials)), max: Math.max(...ok.map((r) => r.trials)) } : null,
  tauMeanOverSeeds: meanSd(allTau), tauSdWithinNetwork: meanSd(rows.map((r) => r.tau.sd)), paperTau: "28.2 ± 9.4 ms",
  secondsPerRun: meanSd(rows.map((r) => r.seconds)),
};
console.log(JSON.stringify(summary));
const out = arg("json", "");
if (out) writeFileSync(out, JSON.stringify({ rows, summary }, null, 2));
