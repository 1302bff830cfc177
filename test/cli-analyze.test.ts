import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runStatistics, TRAIN_STAT_NAMES } from "../src/analysis-run";
import { fanoFactor, lognormalFit, networkFiringRate, pairwiseCorrelation, spikeSourceEntropy, weightsAtLeast } from "../src/models/analysis";
import { runFromJson } from "../src/models/sorn/io/run-file";
import type { SpikeTrain } from "../src/models/sorn/types";
import { denseWeightMatrix } from "../src/analysis-run";
import { ALL_RECORDS, cli, saveRun, smallRun, spawnCli, tempDir } from "./cli-helpers";

let dir: string;
let paths: { json: string; npz: string };
const run = smallRun(ALL_RECORDS);

beforeAll(() => {
  dir = tempDir();
  paths = saveRun(dir, "run", run);
});

const eRows = (a: number, b: number): SpikeTrain => {
  const r = run.records.ExcitatoryActivation!;
  return { steps: b - a, neurons: 40, data: Uint8Array.from(r.data.subarray(a * 40, b * 40)) };
};

describe("sorn analyze", () => {
  it("writes every statistic as JSON, keys named after the functions, values as direct calls give", async () => {
    const out = join(dir, "stats.json");
    const r = await cli("analyze", paths.json, "--from", "100", "--to", "400", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`analyzed steps 100–399 of ${paths.json} (0 skipped); wrote ${out}\n`);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    for (const k of [...TRAIN_STAT_NAMES, "inDegrees", "degreeDistribution", "lognormalFit", "connectionCounts", "thresholds", "weightSnapshots", "perturbationExperiment"]) {
      expect(doc, k).toHaveProperty(k);
    }
    const train = eRows(100, 400);
    const a = networkFiringRate(train);
    expect(doc.networkFiringRate.excitatory.activeNeurons.mean).toBeCloseTo(a.reduce((s, v) => s + v, 0) / a.length, 12);
    expect(doc.pairwiseCorrelation.excitatory.meanCorrelation).toBe(pairwiseCorrelation(train).meanCorrelation);
    expect(doc.spikeSourceEntropy.excitatory).toBe(spikeSourceEntropy(train));
    expect(doc.fanoFactor.excitatory.fano.min).toBe(Math.min(...Array.from({ length: 40 }, (_, i) => fanoFactor(train, i, 10).fano ?? Infinity)));
    const W = denseWeightMatrix(40, 40, run.state.Wee.data);
    expect(doc.lognormalFit.mu).toBe(lognormalFit(weightsAtLeast(W)).mu);
    expect(doc.weightSnapshots.WEE.map((s: { step: number }) => s.step)).toEqual([199, 299, 399]);
    expect(doc.selection).toEqual({ from: 100, to: 400, steps: 300, recorded: { from: 0, to: 400 } });
    // The document is exactly the library's, through a JSON round trip.
    expect(doc).toEqual(JSON.parse(JSON.stringify(runStatistics(run, { from: 100, to: 400 }))));
  });

  it("reads .npz like .json, and prints to standard output without --out", async () => {
    const a = await cli("analyze", paths.json, "--from", "50");
    const b = await cli("analyze", paths.npz, "--from", "50");
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    const [ja, jb] = [JSON.parse(a.stdout), JSON.parse(b.stdout)];
    expect(jb.networkFiringRate).toEqual(ja.networkFiringRate);
    expect(jb.perturbationExperiment).toEqual(ja.perturbationExperiment);
    expect(ja.selection.from).toBe(50);
    expect(a.stderr).toMatch(/^analyzed steps 50–399 of .*run\.json \(0 skipped\)\n$/);
  });

  it("gives the N×N matrix only with --full, and { skipped } where a record is missing", async () => {
    const only = saveRun(dir, "e-only", smallRun(["ExcitatoryActivation"], 120));
    const r = await cli("analyze", only.json, "--full", "--perturbation-steps", "20", "--perturbation-neuron", "3");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.pairwiseCorrelation.excitatory.matrix).toHaveLength(40);
    expect(doc.pairwiseCorrelation.inhibitory).toEqual({ skipped: "no InhibitoryActivation record" });
    expect(doc.connectionCounts).toEqual({ skipped: "no EEConnectionCounts, EIConnectionCounts or IEConnectionCounts record" });
    expect(doc.perturbationExperiment.distances).toHaveLength(21);
    expect(doc.perturbationExperiment.neuron).toBe(3);
    expect(r.stderr).toMatch(/\(18 skipped\)/);
  });

  it("rejects bad input with exit status 2 and one line (in-process)", async () => {
    writeFileSync(join(dir, "corrupt.json"), "{ not json");
    writeFileSync(join(dir, "other.json"), JSON.stringify({ format: "something-else" }));
    const cases: [string[], RegExp][] = [
      [["analyze", join(dir, "missing.json")], /^sorn: cannot read '.*missing\.json' \(ENOENT\)$/],
      [["analyze", join(dir, "corrupt.json")], /^sorn: '.*corrupt\.json': file: is not valid JSON/],
      [["analyze", join(dir, "other.json")], /^sorn: '.*other\.json': file: is not a SORN Lab run/],
      [["analyze", paths.json, "--from", "300", "--to", "200"], /^sorn: --from 300 --to 200: --from must be less than --to/],
      [["analyze", paths.json, "--to", "401"], /^sorn: --to: step 401 is past the recorded steps \(the records cover steps 0–399/],
      [["analyze", paths.json, "--from", "400"], /^sorn: --from: step 400 is outside the recorded steps/],
      [["analyze", paths.json, "--from", "-3"], /^sorn: --from: must be an integer in \[0, /],
      [["analyze", paths.json, "--bins", "x"], /^sorn: --bins: must be an integer/],
      [["analyze", paths.json, "--perturbation-neuron", "40"], /^sorn: --perturbation-neuron: must be an E neuron in \[0, 39\], got 40$/],
      [["analyze", paths.json, "--perturbation-phase", "sleep"], /^sorn: --perturbation-phase: must be training or plasticity/],
      [["analyze", paths.json, "--colour", "red"], /^sorn: --colour: unknown option for 'analyze'/],
      [["analyze"], /^sorn: analyze: give the run file/],
      [["analyze", "run.csv"], /^sorn: analyze: 'run.csv' must end in .json or .npz$/],
      [["analyze", paths.json, paths.npz], /^sorn: analyze: one run file only/],
      [["analyze", paths.json, "--out", join(dir, "no-such-dir", "s.json")], /^sorn: --out: cannot write/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr.trimEnd(), argv.join(" ")).toMatch(message);
      expect(r.stderr.trimEnd().split("\n"), argv.join(" ")).toHaveLength(1);
      expect(r.stdout).toBe("");
    }
  });

  it("exits 2 with one line from the real command (child process)", () => {
    writeFileSync(join(dir, "corrupt2.json"), "[1, 2");
    for (const [argv, message] of [
      [["analyze", join(dir, "missing.json"), "--out", join(dir, "x.json")], /^sorn: cannot read/],
      [["analyze", join(dir, "corrupt2.json")], /^sorn: .*is not valid JSON/],
      [["analyze", paths.json, "--from", "9", "--to", "3"], /^sorn: --from 9 --to 3: --from must be less than --to/],
    ] as [string[], RegExp][]) {
      const r = spawnCli(...argv);
      expect(r.code, argv.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    }
    const ok = spawnCli("analyze", paths.npz, "--to", "100", "--perturbation-steps", "0");
    expect(ok.code).toBe(0);
    const doc = JSON.parse(ok.stdout);
    expect(doc.selection.to).toBe(100);
    expect(doc.perturbationExperiment.skipped).toMatch(/switched off/);
  });

  it("round-trips the run it analyses (the files are the runs we built)", () => {
    expect(runFromJson(readFileSync(paths.json, "utf8")).seed).toBe(5);
  });
});
