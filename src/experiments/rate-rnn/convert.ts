/**
 * The rate → LIF conversion's λ grid search on the worker pool (spec §3, `lambda_grid_search.m`;
 * λ = 1/s): for every s of the grid, `trials` seeded LIF trials of the model's task, split into
 * "lif.eval" jobs of `chunk` trials; accuracy(s) = correct / trials; s* = argmax (ties to the
 * smaller s); the LIF rates at s*.
 *
 * Choices where the issue and spec are silent:
 * - **Edge.** If s* is the grid's smallest or largest value, `edge` says which ("low" / "high") and
 *   the grid is extended on that side by one `step` at a time (s* − step or s* + step), re-choosing
 *   s* over all values after each, while s* stays at the (growing) edge, at most `maxExtensions`
 *   times (default 3) and never outside S_RANGE ([0.01, 10000]). `extended` lists the values added; `edgeAfter` says
 *   whether s* still sits at an edge when the extension stopped. Under the tie rule an extension
 *   on the low side that ties moves s* onto it (so the search goes on); one on the high side that
 *   ties leaves s* where it was.
 * - **Trials.** Trial k of every s uses `NumpyRandom(trialSeed(seed, k))`: the same inputs and
 *   noise at every s (common random numbers), so accuracy differences between s are not trial
 *   draws. Default 20 trials per s (the spec's 20–30; "paper: 100" is `trials: 100`).
 * - **Determinism.** Per-trial rates come back from the jobs and are summed here in trial order,
 *   so every figure is the same for any worker count and chunk size (and equals `evaluateLif`).
 * - **Progress.** `fraction` counts trials done over the grid plus the `maxExtensions` possible
 *   extensions (an upper bound), so it never falls; it jumps to 1 at the end.
 *
 * Pure TypeScript: `run` is the pool's `runJobs` for Node (`src/pool/node`) or the page
 * (`src/pool/browser`), passed in; cancel with `signal` (the pool rejects with its
 * PoolCancelledError, which this passes on).
 */
import { summarise, type LifEvaluation } from "../../models/lif/evaluate";
import { modelFromJson } from "../../models/rate-rnn/model-file";
import type { TaskId } from "../../models/rate-rnn/tasks";
import { SornInputError } from "../../models/params/error";
import type { Job } from "../../pool/registry";
import { beyond, bestIndex, checkGrid, edgeOf, gridValues, PAPER_GRID, type LambdaGrid } from "./grid";
import { lifEvalKind, type LifEvalResult, type LifEvalSpec } from "./lif-kind";

/** An AbortSignal, structurally. */
export interface SignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** What the search needs of the pool's `runJobs` (the Node and browser pools both fit). */
export type LifRunner = (
  jobs: readonly Job<LifEvalSpec, LifEvalResult>[],
  options: { workers?: number; signal?: SignalLike; onResult?: (index: number, result: LifEvalResult) => void; onProgress?: (p: { fraction: number }) => void },
) => Promise<LifEvalResult[]>;

export interface ConvertOptions {
  /** Default 20:5:75. */
  grid?: LambdaGrid;
  /** Trials per s (default 20). */
  trials?: number;
  /** Evaluation seed (default 0). */
  seed?: number;
  /** Trials per job (default 5). Does not change the results. */
  chunk?: number;
  /** At most this many one-step extensions past an edge (default 3). */
  maxExtensions?: number;
  /** Pool workers (the pool's default when absent). */
  workers?: number;
  signal?: SignalLike;
  /** Called as the search moves: fraction in [0, 1], never decreasing. */
  onProgress?: (p: { fraction: number; trialsDone: number }) => void;
  /** Called as each s is finished (grid values in completion order, then each extension). */
  onValue?: (evaluation: LifEvaluation) => void;
}

/** The search's result (the CLI writes it as JSON). */
export interface ConvertResult {
  task: TaskId;
  seed: number;
  trials: number;
  grid: LambdaGrid;
  /** Every s tried, ascending (grid and extensions), with its accuracy, correct count and mean rates (Hz). */
  s: number[];
  accuracy: number[];
  correct: number[];
  rates_by_s: { all: number; exc: number; inh: number }[];
  best_s: number;
  best_accuracy: number;
  /** Rates at best_s: mean over trials and units (all, E, I) and per unit (mean over trials). */
  rates_hz: LifEvaluation["rates_hz"];
  /** Where s* sat on the grid as given, and after the extensions. */
  edge: "low" | "high" | null;
  edgeAfter: "low" | "high" | null;
  /** The values added past the edge, in the order tried. */
  extended: number[];
}

const DEFAULTS = { trials: 20, seed: 0, chunk: 5, maxExtensions: 3 };

function positiveInt(v: number, key: string, max = 1e6): number {
  if (!Number.isInteger(v) || v < 1 || v > max) throw new SornInputError(key, `must be an integer in [1, ${max}], got ${v}`);
  return v;
}

/** Run the grid search on `modelText` (a sorn-lab/rate-rnn model file). See the module doc. */
export async function convertModel(run: LifRunner, modelText: string, options: ConvertOptions = {}): Promise<ConvertResult> {
  const model = modelFromJson(modelText, "model");
  const grid = checkGrid(options.grid ?? PAPER_GRID);
  const trials = positiveInt(options.trials ?? DEFAULTS.trials, "trials", 100000);
  const chunk = positiveInt(options.chunk ?? DEFAULTS.chunk, "chunk", 100000);
  const maxExt = options.maxExtensions ?? DEFAULTS.maxExtensions;
  if (!Number.isInteger(maxExt) || maxExt < 0) throw new SornInputError("maxExtensions", `must be an integer ≥ 0, got ${maxExt}`);
  const seed = options.seed ?? DEFAULTS.seed;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) throw new SornInputError("seed", `must be an integer in [0, 4294967295], got ${seed}`);
  const values = gridValues(grid);
  const evals = new Map<number, LifEvaluation>();
  const planned = trials * (values.length + maxExt);
  let done = 0;

  /** Evaluate every s of `batch` on the pool; each finished s goes to `evals` and onValue. */
  const evaluate = async (batch: number[]) => {
    const specs: LifEvalSpec[] = [];
    for (const s of batch) for (let from = 0; from < trials; from += chunk) specs.push({ model: modelText, s, seed, from, count: Math.min(chunk, trials - from) });
    const got: (LifEvalResult | undefined)[] = new Array(specs.length);
    const left = new Map(batch.map((s) => [s, specs.filter((j) => j.s === s).length]));
    const finish = (s: number) => {
      const e = combine(s, specs.flatMap((j, i) => (j.s === s ? [got[i]!] : [])), model.net.settings.n, model.net.inh, trials);
      evals.set(s, e);
      options.onValue?.(e);
    };
    const base = done, batchTrials = batch.length * trials;
    const results = await run(specs.map((j) => lifEvalKind.job(j)), {
      workers: options.workers,
      signal: options.signal,
      onProgress: (p) => {
        const t = base + p.fraction * batchTrials;
        options.onProgress?.({ fraction: Math.min(1, t / planned), trialsDone: Math.round(t) });
      },
      onResult: (i, r) => {
        got[i] = r;
        const s = specs[i].s, n = left.get(s)! - 1;
        left.set(s, n);
        if (n === 0) finish(s);
      },
    });
    results.forEach((r, i) => (got[i] = r));
    for (const s of batch) if (!evals.has(s)) finish(s);
    done = base + batchTrials;
  };
  await evaluate(values);

  const sorted = () => [...evals.keys()].sort((a, b) => a - b);
  const best = () => {
    const ss = sorted();
    const b = bestIndex(ss.map((s) => evals.get(s)!.accuracy));
    return { ss, b, edge: edgeOf(b, ss.length) };
  };
  const first = best();
  const extended: number[] = [];
  for (let cur = first; cur.edge && extended.length < maxExt; cur = best()) {
    const next = beyond(cur.ss[cur.b], grid.step, cur.edge);
    if (next === null) break;
    await evaluate([next]);
    extended.push(next);
  }
  const fin = best();
  const bestS = fin.ss[fin.b], be = evals.get(bestS)!;
  options.onProgress?.({ fraction: 1, trialsDone: done });
  return {
    task: model.task, seed, trials, grid,
    s: fin.ss,
    accuracy: fin.ss.map((s) => evals.get(s)!.accuracy),
    correct: fin.ss.map((s) => evals.get(s)!.correct),
    rates_by_s: fin.ss.map((s) => {
      const r = evals.get(s)!.rates_hz;
      return { all: r.all, exc: r.exc, inh: r.inh };
    }),
    best_s: bestS, best_accuracy: be.accuracy, rates_hz: be.rates_hz,
    edge: first.edge, edgeAfter: fin.edge, extended,
  };
}

/** One s's chunks (sorted by `from`, covering 0 … trials − 1) as an evaluation: rates summed in trial order. */
export function combine(s: number, chunks: readonly LifEvalResult[], n: number, inh: Uint8Array, trials: number): LifEvaluation {
  const rateSum = new Float64Array(n);
  let correct = 0, next = 0;
  for (const c of chunks) {
    if (c.from !== next) throw new Error(`lif.eval chunks at s = ${s} do not cover the trials (expected from ${next}, got ${c.from})`);
    correct += c.correct;
    for (let t = 0; t < c.count; t++) for (let i = 0; i < n; i++) rateSum[i] += c.rates[t * n + i];
    next += c.count;
  }
  if (next !== trials) throw new Error(`lif.eval chunks at s = ${s} cover ${next} of ${trials} trials`);
  return summarise(s, inh, trials, correct, rateSum);
}
