import { describe, expect, it } from "vitest";
import { runJobs } from "../../pool/node";
import { modelFromJson } from "../../models/rate-rnn/model-file";
import { rnnTrainKind, runRnnTrain } from "./kind";

describe("rnn.train pool kind", () => {
  it("runs trainings as jobs, in job order, equal to a run alone, with progress", async () => {
    const specs = [1, 2].map((seed) => ({ task: "go-nogo" as const, seed, network: { n: 20 }, training: { maxTrials: 60, evalTrials: 3 }, keepModel: true }));
    const fractions: number[] = [];
    const results = await runJobs(specs.map((s) => rnnTrainKind.job(s)), { workers: 0, onProgress: (p) => fractions.push(p.fraction) });
    expect(results.map((r) => [r.seed, r.status, r.trials])).toEqual([[1, "cap", 60], [2, "cap", 60]]);
    expect(fractions.at(-1)).toBe(1);
    const alone = runRnnTrain(specs[0]);
    expect(results[0].evals).toEqual(alone.evals);
    expect(modelFromJson(results[0].model!).net.w).toEqual(modelFromJson(alone.model!).net.w);
    expect(results[0].tauMs.every((v) => v > 20 && v < 50)).toBe(true);
    expect(results[0].warning).toBe("");
  });
});
