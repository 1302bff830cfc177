/**
 * A counting sweep: every (n, condition, seed) job of a grid (§3.3 step 8), run one after another
 * by {@link runJobsSequentially} (the one place a worker pool replaces), and the rows summarised
 * as mean ± sd per n × condition × readout.
 */
import type { Job } from "../../pool/registry";
import { runCountingJob, type CountingJobSpec, type CountingRow } from "./job";
import { countingRunKind } from "./kind";
import type { CountingCondition, CountingReadout } from "./preset";

/** The grid: seeds seedFrom…seedFrom+seeds−1 (seedFrom defaults to 0) for every n and condition. */
export interface CountingSweep {
  readonly n: readonly number[];
  readonly conditions: readonly CountingCondition[];
  readonly readouts: readonly CountingReadout[];
  readonly seeds: number;
  /** The first seed (default 0): the check scripts score held-out seeds 10… (see criteria.ts). */
  readonly seedFrom?: number;
  readonly stepsPlastic?: number;
  readonly stepsTrain?: number;
  readonly stepsTest?: number;
  readonly ridge?: number;
}

/** The jobs of a sweep, n-major, then condition, then seed. */
export function sweepJobs(s: CountingSweep): CountingJobSpec[] {
  const jobs: CountingJobSpec[] = [];
  for (const n of s.n)
    for (const condition of s.conditions)
      for (let seed = s.seedFrom ?? 0; seed < (s.seedFrom ?? 0) + s.seeds; seed++) {
        const job: CountingJobSpec = { n, condition, seed, readouts: s.readouts, stepsPlastic: s.stepsPlastic, stepsTrain: s.stepsTrain, stepsTest: s.stepsTest, ridge: s.ridge };
        jobs.push(JSON.parse(JSON.stringify(job)) as CountingJobSpec); // plain JSON: no undefined fields
      }
  return jobs;
}

/** Runs the jobs in order; `onJob(index, spec, rows, ms)` after each. Resolves to all rows, in job order. */
export async function runJobsSequentially(
  jobs: readonly CountingJobSpec[],
  onJob?: (index: number, spec: CountingJobSpec, rows: CountingRow[], ms: number) => void,
): Promise<CountingRow[]> {
  const all: CountingRow[] = [];
  for (let i = 0; i < jobs.length; i++) {
    const start = Date.now();
    const rows = runCountingJob(jobs[i]);
    all.push(...rows);
    onJob?.(i, jobs[i], rows, Date.now() - start);
    await Promise.resolve();
  }
  return all;
}

/**
 * Runs the jobs on the worker pool (`run`: the pool's `runJobs` for Node or the page) with
 * `workers` workers; `onJob(index, spec, rows)` as each job finishes (in any order). Resolves to
 * all rows in job order: the same rows as {@link runJobsSequentially}, whatever the number of
 * workers (each job is a pure function of its spec).
 */
/** An AbortSignal, structurally (no DOM or Node types here). */
export interface SignalLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

/** What {@link runJobsOnPool} needs of the pool's `runJobs` (structurally, so this module stays free of the pool's platform code). */
export type CountingRunner = (
  jobs: readonly Job<CountingJobSpec, CountingRow[]>[],
  options: { workers?: number; signal?: SignalLike; onResult?: (index: number, rows: CountingRow[]) => void; onProgress?: (p: { fraction: number }) => void },
) => Promise<CountingRow[][]>;

export async function runJobsOnPool(
  jobs: readonly CountingJobSpec[],
  run: CountingRunner,
  options: { workers?: number; signal?: SignalLike; onJob?: (index: number, spec: CountingJobSpec, rows: CountingRow[]) => void; onProgress?: (fraction: number) => void } = {},
): Promise<CountingRow[]> {
  const results = await run(
    jobs.map((j) => countingRunKind.job(j)),
    {
      workers: options.workers,
      signal: options.signal,
      onResult: (i, rows) => options.onJob?.(i, jobs[i], rows),
      onProgress: (p) => options.onProgress?.(p.fraction),
    },
  );
  return results.flat();
}

/** Mean and sample standard deviation (n − 1; 0 for one value) of the finite values. */
export function meanSd(values: readonly number[]): { mean: number; sd: number; count: number } {
  const v = values.filter(Number.isFinite);
  const mean = v.reduce((a, b) => a + b, 0) / v.length;
  const sd = v.length > 1 ? Math.sqrt(v.reduce((a, b) => a + (b - mean) ** 2, 0) / (v.length - 1)) : 0;
  return { mean, sd, count: v.length };
}

/** One cell of the summary. */
export interface SummaryCell {
  n: number;
  condition: CountingCondition;
  readout: CountingReadout;
  seeds: number;
  perf_all: { mean: number; sd: number };
  perf_reduced: { mean: number; sd: number };
  perf_last: { mean: number; sd: number };
  meanRateE: { mean: number; sd: number };
  eeSynapses: { mean: number; sd: number };
}

const FIELDS = ["perf_all", "perf_reduced", "perf_last", "meanRateE", "eeSynapses"] as const;

/** Mean ± sd of every field per n × condition × readout, in the rows' first-seen order. */
export function summarize(rows: readonly CountingRow[]): SummaryCell[] {
  const groups = new Map<string, CountingRow[]>();
  for (const r of rows) {
    const key = `${r.n}|${r.condition}|${r.readout}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((g) => {
    const cell = { n: g[0].n, condition: g[0].condition, readout: g[0].readout, seeds: g.length } as SummaryCell;
    for (const f of FIELDS) {
      const { mean, sd } = meanSd(g.map((r) => r[f]));
      cell[f] = { mean, sd };
    }
    return cell;
  });
}

/** The summary as a fixed-width text table. */
export function summaryTable(cells: readonly SummaryCell[]): string {
  const pm = (x: { mean: number; sd: number }, digits = 3) => `${x.mean.toFixed(digits)} ± ${x.sd.toFixed(digits)}`;
  const head = ["n", "condition", "readout", "seeds", "perf_all", "perf_reduced", "perf_last", "rate E", "E→E synapses"];
  const body = cells.map((c) => [String(c.n), c.condition, c.readout, String(c.seeds), pm(c.perf_all), pm(c.perf_reduced), pm(c.perf_last), pm(c.meanRateE), pm(c.eeSynapses, 0)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  return [head, ...body].map((r) => r.map((s, i) => s.padEnd(widths[i])).join("  ").trimEnd()).join("\n") + "\n";
}
