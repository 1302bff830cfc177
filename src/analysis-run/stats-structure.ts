/**
 * The structural and record-based parts of the statistics document: degrees and weights of the
 * final E→E matrix, connection counts, thresholds and weight snapshots in the selected steps,
 * and the perturbation experiment on the final state.
 */
import { degreeDistribution, inDegrees, lognormalFit, outDegrees, weightHistogram } from "../models/analysis";
import { denseWeightMatrix } from "./matrix";
import type { AnalysisContext } from "./context";
import { attempt, summarize } from "./json";
import { histogramJson } from "./stats-trains";

/** Each entry of `thunks` whose name `only` holds (all without `only`), computed. */
export function pick(thunks: Record<string, () => unknown>, only?: ReadonlySet<string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(thunks)) if (!only || only.has(name)) out[name] = f();
  return out;
}

/**
 * Statistics of the final state's Wee (the step is `finalStep`): degrees, weights, lognormal fit;
 * with `only`, just the ones it names.
 */
export function structureStatistics(ctx: AnalysisContext, only?: ReadonlySet<string>): Record<string, unknown> {
  const W = ctx.sel.weights.Wee;
  const { bins, full, weightThreshold: threshold } = ctx.options;
  const of = { matrix: "Wee", step: ctx.sel.finalStep };
  const degrees = (d: Int32Array) => ({ ...of, ...summarize(d), ...(full ? { values: d } : {}) });
  const distribution = (dir: "in" | "out") =>
    attempt(() => {
      const d = degreeDistribution(W, dir, bins);
      return { mean: d.mean, sd: d.sd, histogram: histogramJson(d.histogram) };
    });
  return pick(
    {
      inDegrees: () => attempt(() => degrees(inDegrees(W))),
      outDegrees: () => attempt(() => degrees(outDegrees(W))),
      degreeDistribution: () => ({ ...of, bins, in: distribution("in"), out: distribution("out") }),
      weightsAtLeast: () => attempt(() => ({ ...of, threshold, count: ctx.lognormal().weights.length, nonZero: W.nonZeroCount() })),
      weightHistogram: () => attempt(() => ({ ...of, threshold, bins, ...histogramJson(weightHistogram(W, bins, threshold)) })),
      lognormalFit: () => attempt(() => ({ ...of, threshold, ...ctx.lognormal().fit })),
    },
    only,
  );
}

/** Connection counts, thresholds and weight snapshots of the selected steps, by record name (with `only`, the ones it names). */
export function recordStatistics(ctx: AnalysisContext, only?: ReadonlySet<string>): Record<string, unknown> {
  const { counts, thresholds, snapshots } = ctx.sel;
  const none = (names: string) => ({ skipped: `no ${names} record` });
  const countStats = () => Object.entries(counts).map(([name, c]) => [name, { first: c[0], last: c[c.length - 1], ...summarize(c) }]);
  const thresholdStats = () => Object.entries(thresholds).map(([name, s]) => {
    const row = (k: number) => s.data.subarray(k * s.neurons, (k + 1) * s.neurons);
    const meanPerStep = Float64Array.from({ length: s.steps }, (_, k) => summarize(row(k))?.mean ?? NaN);
    return [name, { neurons: s.neurons, first: summarize(row(0)), last: summarize(row(s.steps - 1)), meanOverTime: summarize(meanPerStep), ...(ctx.options.full ? { meanPerStep } : {}) }];
  });
  const snapshotStats = () => Object.entries(snapshots).map(([name, s]) => [
    name,
    s.steps.map((step, i) => {
      const W = denseWeightMatrix(s.rows, s.cols, s.data[i]);
      const positive = s.data[i].filter((w) => w > 0);
      return {
        step,
        connections: positive.length,
        meanWeight: summarize(positive)?.mean ?? null,
        lognormalFit: attempt(() => lognormalFit(s.data[i].filter((w) => w >= ctx.options.weightThreshold))),
        inDegrees: summarize(inDegrees(W)),
      };
    }),
  ]);
  const byName = (entries: unknown[][], names: string) => (entries.length ? Object.fromEntries(entries) : none(names));
  return pick(
    {
      connectionCounts: () => byName(countStats(), "EEConnectionCounts, EIConnectionCounts or IEConnectionCounts"),
      thresholds: () => byName(thresholdStats(), "TE or TI"),
      weightSnapshots: () => byName(snapshotStats(), "WEE, WEI or WIE"),
    },
    only,
  );
}

/** The perturbation experiment on the final state (distances d(0..steps), d(0) = the flip). */
export function perturbationStatistics(ctx: AnalysisContext): unknown {
  return attempt(() => {
    const { reference: _r, perturbed: _p, ...rest } = ctx.perturbation();
    return { ...rest, on: `final state (step ${rest.startStep})` };
  });
}
