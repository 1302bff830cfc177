/**
 * `sorn.run`: one SORN run (the network `sorn simulate` builds: the package's hyperparameters by
 * name, the point's seed as `np.random.seed(S)`, uniform [0, 1) input from RandomState((S + 1000)
 * mod 2³²)), then the `sorn analyze` statistics document of steps [from, steps), and each metric
 * read from it by a dot path: "spikeSourceEntropy.excitatory",
 * "networkFiringRate.excitatory.activeNeurons.mean", "lognormalFit.sigma" …
 *
 * Point parameters: every SORN hyperparameter, plus `steps` (default 2000), `from` (first analysed
 * step, default 0) and `noise` (default true). The records kept are the ones the metrics need:
 * E and I activity always; the connection counts for "connectionCounts…", TE/TI for
 * "thresholds…"; the perturbation experiment runs only for "perturbationExperiment…".
 */
import { analyzeRun, TRAIN_STAT_NAMES } from "../../../analysis-run";
import { uniformInput } from "../../../models/inputs";
import { SornInputError } from "../../../models/params/error";
import { defaultInputSeed } from "../../../models/params/seed";
import { sornFamily } from "../../../models/sorn/family";
import { runOf } from "../../../models/sorn/io/run-of";
import type { Json } from "../../../pool/registry";
import { defineTarget, type MetricValues } from "./registry";

/** The statistics a metric path may start with (the document's keys, less its header). */
export const SORN_STAT_NAMES: readonly string[] = [
  ...TRAIN_STAT_NAMES,
  "inDegrees", "outDegrees", "degreeDistribution", "weightsAtLeast", "weightHistogram", "lognormalFit",
  "connectionCounts", "thresholds", "perturbationExperiment",
];

const EXTRA = ["steps", "from", "noise"];

function intParam(params: Readonly<Record<string, Json>>, key: string, fallback: number, min: number): number {
  const v = params[key] ?? fallback;
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < min) throw new SornInputError(key, `must be an integer ≥ ${min}, got ${JSON.stringify(v)}`);
  return v;
}

/** The number at `path` in `doc`, or an error naming what is there instead. */
export function readMetric(doc: unknown, path: string): number | null {
  let node: unknown = doc;
  for (const key of path.split(".")) {
    if (node === null || typeof node !== "object" || !(key in node)) throw new SornInputError("metrics", `'${path}': no '${key}' in the statistics${node && typeof node === "object" ? ` (there: ${Object.keys(node).join(", ")})` : ""}`);
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null) return null; // NaN in the document
  if (typeof node === "number") return node;
  if (typeof node === "object" && "skipped" in node) throw new SornInputError("metrics", `'${path}' was skipped: ${String((node as { skipped: unknown }).skipped)}`);
  const keys = typeof node === "object" ? Object.keys(node) : [];
  throw new SornInputError("metrics", `'${path}' is not a number${keys.length ? ` (it holds ${keys.join(", ")}; name one)` : ""}`);
}

export const sornRunTarget = defineTarget({
  id: "sorn.run",
  description: "a SORN run (hyperparameters by name, steps, from, noise) and an `analyze` statistic by dot path",
  params: [...sornFamily.schema.map((s) => s.name), ...EXTRA],
  metricExamples: ["spikeSourceEntropy.excitatory", "networkFiringRate.excitatory.activeNeurons.mean", "isiCoefficientOfVariation.excitatory.cv.mean"],
  checkMetric(metric) {
    const head = metric.split(".")[0];
    return SORN_STAT_NAMES.includes(head) ? null : `unknown metric '${metric}': a dot path starting with one of ${SORN_STAT_NAMES.join(", ")}`;
  },
  evaluate(params, seed, metrics, ctx) {
    const steps = intParam(params, "steps", 2000, 1);
    const from = intParam(params, "from", 0, 0);
    if (from >= steps) throw new SornInputError("from", `must be below steps = ${steps}, got ${from}`);
    const noise = params.noise ?? true;
    const hyper: Record<string, Json> = {};
    for (const [k, v] of Object.entries(params)) if (!EXTRA.includes(k)) hyper[k] = v;
    const heads = new Set(metrics.map((m) => m.split(".")[0]));
    const records = ["ExcitatoryActivation", "InhibitoryActivation"];
    if (heads.has("connectionCounts")) records.push("EEConnectionCounts", "EIConnectionCounts", "IEConnectionCounts");
    if (heads.has("thresholds")) records.push("TE", "TI");
    const net = sornFamily.create({ params: hyper as never, seed, settings: { noise: noise as never }, records });
    const input = uniformInput(net.params.nu, defaultInputSeed(seed));
    const chunk = 500;
    for (let done = 0; done < steps; done += chunk) {
      net.step(Math.min(chunk, steps - done), input);
      ctx.progress(Math.min(steps, done + chunk) / steps);
      if (ctx.cancelled()) break;
    }
    const run = runOf(net, { kind: "uniform", seed: defaultInputSeed(seed) });
    const doc = analyzeRun(run, { from, perturbationSteps: heads.has("perturbationExperiment") ? 100 : 0 }).statistics(heads);
    const out: MetricValues = {};
    for (const m of metrics) out[m] = readMetric(doc, m);
    return out;
  },
});
