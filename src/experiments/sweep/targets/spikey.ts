/**
 * `spikey`: one seed of a Spikey preset (`../../spikey/job.ts`: train with learning on, score
 * held-out patterns with learning off) at the point's seed. Parameters: preset (default
 * e1-rate-xor), train and evaluate (pattern counts; the preset's by default), and any of the
 * network's flat keys as "set.<key>" (the user's keys, above the preset's). Metrics: margin
 * (min over the rewarded / XOR-1 states − max over the others), accuracy, flatness,
 * train_tail_margin, threshold, weight_sum_end; NaN becomes null.
 */
import type { Json } from "../../../pool/registry";
import { runSpikeyJob, type SpikeyJobSpec } from "../../spikey/job";
import { defineTarget, metricFromList, type MetricValues } from "./registry";

const METRICS = ["margin", "accuracy", "flatness", "train_tail_margin", "threshold", "weight_sum_end"];

export const spikeyTarget = defineTarget({
  id: "spikey",
  description: "a Spikey preset (preset, train, evaluate, set.<key>) and its held-out margin",
  params: ["preset", "train", "evaluate"],
  acceptsParam: (name) => /^set\.[A-Za-z_]\w*$/.test(name),
  metricExamples: METRICS,
  checkMetric: metricFromList(METRICS),
  evaluate(params, seed, metrics, ctx) {
    const set: Record<string, Json> = {};
    for (const [k, v] of Object.entries(params)) if (k.startsWith("set.")) set[k.slice(4)] = v;
    const job = { preset: params.preset ?? "e1-rate-xor", seed, set, train: params.train, evaluate: params.evaluate } as unknown as SpikeyJobSpec;
    const row = runSpikeyJob(JSON.parse(JSON.stringify(job)), { progress: (f) => ctx.progress(f) }) as unknown as Record<string, number>;
    const out: MetricValues = {};
    for (const m of metrics) out[m] = Number.isFinite(row[m]) ? row[m] : null;
    return out;
  },
});
