/**
 * `counting`: one counting-task job (spec experiments.md §3.3; `../../counting/job.ts`) at the
 * point's seed. Parameters: n, condition, stepsPlastic, stepsTrain, stepsTest, ridge (the job's
 * fields; defaults there). Metrics: perf_all, perf_reduced, perf_last of readout X (the paper's),
 * "R.perf_last" etc. for readout R ("X.perf_last" also works), meanRateE, eeSynapses.
 */
import type { Json } from "../../../pool/registry";
import { runCountingJob, type CountingJobSpec } from "../../counting/job";
import type { CountingReadout } from "../../counting/preset";
import { defineTarget, type MetricValues } from "./registry";

const SCORES = ["perf_all", "perf_reduced", "perf_last"];
const PLAIN = ["meanRateE", "eeSynapses"];

/** The readout and field of a counting metric, or null. */
function parseMetric(metric: string): { readout: CountingReadout; field: string } | null {
  const m = /^(?:(X|R)\.)?(\w+)$/.exec(metric);
  if (!m) return null;
  const readout = (m[1] ?? "X") as CountingReadout;
  if (SCORES.includes(m[2]) || (PLAIN.includes(m[2]) && !m[1])) return { readout, field: m[2] };
  return null;
}

export const countingTarget = defineTarget({
  id: "counting",
  description: "the counting task (n, condition, steps…, ridge) and its scores (perf_last of readout X, R.perf_last, …)",
  params: ["n", "condition", "stepsPlastic", "stepsTrain", "stepsTest", "ridge"],
  metricExamples: [...SCORES, "R.perf_last", ...PLAIN],
  checkMetric: (m) => (parseMetric(m) ? null : `unknown metric '${m}' (metrics: ${SCORES.join(", ")}, R.<score>, ${PLAIN.join(", ")})`),
  evaluate(params, seed, metrics, ctx) {
    const parsed = metrics.map((m) => parseMetric(m)!);
    const readouts = [...new Set(parsed.map((p) => p.readout))];
    const spec = { n: 8, condition: "sorn", ...(params as Record<string, Json>), seed, readouts } as unknown as CountingJobSpec;
    const rows = runCountingJob(spec, { progress: (f) => ctx.progress(f) });
    const out: MetricValues = {};
    metrics.forEach((m, i) => {
      const row = rows.find((r) => r.readout === parsed[i].readout)!;
      const v = (row as unknown as Record<string, number>)[parsed[i].field];
      out[m] = Number.isFinite(v) ? v : null;
    });
    return out;
  },
});
