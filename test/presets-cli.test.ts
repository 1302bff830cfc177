import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runLognormalJob } from "../src/experiments/lognormal/job";
import { cli, spawnCli, tempDir } from "./cli-helpers";

const lognormal = ["--steps", "600", "--every", "200", "--checkpoints", "300"];
const perturbation = ["--steps-plastic", "300", "--perturbations", "3", "--gap", "20", "--horizon", "10"];
const randomSequence = ["--steps-plastic", "300", "--steps-train", "300", "--steps-test", "200", "--lags", "5"];

/** Seed 0's lifetimes at the tiny size, straight from the job. */
function runLognormalLifetimes() {
  return runLognormalJob({ seed: 0, steps: 600, every: 200, checkpoints: [300], lifetimes: true }).lifetimes;
}

async function rows(dir: string, name: string, argv: string[]): Promise<{ file: Record<string, any>; stdout: string; stderr: string }> {
  const out = join(dir, `${name}-${argv.join("_").replace(/[^\w]/g, "")}.json`);
  const r = await cli("preset", name, ...argv, "--json", out);
  expect(r.code, r.stderr).toBe(0);
  return { file: JSON.parse(readFileSync(out, "utf8")), stdout: r.stdout, stderr: r.stderr };
}

describe("sorn preset lognormal | perturbation | random-sequence (tiny sizes)", () => {
  it("lognormal: one row per seed, the table, progress lines; the same rows on 1 and 2 workers", async () => {
    const dir = tempDir();
    const one = await rows(dir, "lognormal", ["--seeds", "2", ...lognormal, "--workers", "1"]);
    const two = await rows(dir, "lognormal", ["--seeds", "2", ...lognormal, "--workers", "2"]);
    expect(two.file.results).toEqual(one.file.results);
    expect(one.file.preset).toBe("lognormal");
    expect(one.file.settings).toMatchObject({ seeds: 2, steps: 600, every: 200, checkpoints: [300], bins: 20, noiseSigma: Math.sqrt(0.05) });
    expect(one.file.results.map((r: any) => r.seed)).toEqual([0, 1]);
    expect(one.file.results[0].fractionSteps).toEqual([0, 200, 400, 600]);
    expect(one.stdout.split("\n")[0]).toMatch(/^seed\s+steps\s+c_min\s+t_min\s+c\(T\)/);
    expect(one.stderr).toMatch(/lognormal: 2\/2 done \(job \d: seed \d: min c 0\.\d{4} at \d+/);
    const { runLognormalJob } = await import("../src/experiments/lognormal/job");
    expect(one.file.results[1]).toEqual(runLognormalJob({ seed: 1, steps: 600, every: 200, checkpoints: [300] }));
  });

  it("lognormal --lifetimes: each row's weight lifetimes, a line per seed; the other fields as without", async () => {
    const dir = tempDir();
    const plain = await rows(dir, "lognormal", ["--seeds", "1", ...lognormal, "--workers", "1"]);
    const { file, stdout } = await rows(dir, "lognormal", ["--seeds", "1", ...lognormal, "--lifetimes", "--workers", "1"]);
    const [row] = file.results;
    expect(plain.file.results[0].lifetimes).toBeNull();
    expect({ ...row, lifetimes: null }).toEqual(plain.file.results[0]);
    expect(row.lifetimes).toEqual(runLognormalLifetimes());
    expect(stdout).toContain(`seed 0 lifetimes: ${row.lifetimes.births} born, ${row.lifetimes.pruned} pruned (median `);
  });

  it("perturbation: one row per input × condition × seed, d(t) per row, the summary", async () => {
    const { file, stdout } = await rows(tempDir(), "perturbation", ["--seeds", "2", "--conditions", "static,sorn", "--input", "counting,spontaneous", ...perturbation, "--workers", "2"]);
    expect(file.results.map((r: any) => `${r.input} ${r.condition} ${r.seed}`)).toEqual(["counting static 0", "counting static 1", "counting sorn 0", "counting sorn 1", "spontaneous static 0", "spontaneous static 1", "spontaneous sorn 0", "spontaneous sorn 1"]);
    for (const r of file.results) expect(r.d).toHaveLength(11), expect(r.d[0]).toBe(1), expect(r.neurons).toHaveLength(3);
    expect(file.summary).toHaveLength(4);
    expect(stdout.split("\n")[0]).toMatch(/^input\s+condition\s+seeds\s+d\(1\)\s+d\(2\)\s+d\(5\)\s+d\(10\)\s+dead at H\s+rate E$/);
    expect(file.settings).toMatchObject({ n: 8, stepsPlastic: 300, perturbations: 3, gap: 20, horizon: 10, noise: false });
  });

  it("random-sequence: one row per pools × condition × seed with the memory curve and capacity", async () => {
    const { file, stdout } = await rows(tempDir(), "random-sequence", ["--seeds", "1", "--conditions", "sorn,ip", "--pools", "disjoint,overlapping", ...randomSequence, "--workers", "2"]);
    expect(file.results.map((r: any) => `${r.pools} ${r.condition}`)).toEqual(["disjoint sorn", "disjoint ip", "overlapping sorn", "overlapping ip"]);
    for (const r of file.results) expect(r.perf).toHaveLength(5), expect(r.perf[0]).toBeGreaterThan(0.9);
    expect(stdout).toMatch(/^pools\s+condition\s+readout\s+seeds\s+perf\(0\)/);
    expect(stdout).toContain("(chance 1/A = 0.100)");
  });

  it("random-sequence --readout lsq,logistic: a row per readout", async () => {
    const { file } = await rows(tempDir(), "random-sequence", ["--seeds", "1", "--conditions", "static", ...randomSequence, "--readout", "lsq,logistic", "--logistic-iterations", "20", "--workers", "1"]);
    expect(file.results.map((r: any) => r.readout)).toEqual(["lsq", "logistic"]);
    expect(file.settings).toMatchObject({ readouts: ["lsq", "logistic"], logisticIterations: 20 });
  });

  const bad: [string, string[], string][] = [
    ["lognormal", ["--seeds", "0"], "sorn: --seeds: must be an integer in [1, 100000], got '0'"],
    ["lognormal", ["--steps", "0"], "sorn: --steps: must be an integer in [1, 9007199254740991], got '0'"],
    ["lognormal", ["--noise-sigma", "-1"], "sorn: --noise-sigma: must be a finite number ≥ 0, got '-1'"],
    ["lognormal", ["--checkpoints", "1e4"], "sorn: --checkpoints: every value must be a positive integer, got '1e4'"],
    ["lognormal", ["--conditions", "sorn"], "sorn: --conditions: unknown option for 'preset lognormal' (see --help)"],
    ["perturbation", ["--conditions", "sorn,plastic"], "sorn: --conditions: unknown condition 'plastic' (conditions: sorn, static, ip)"],
    ["perturbation", ["--input", "none"], "sorn: --input: unknown input 'none' (inputs: counting, spontaneous)"],
    ["perturbation", ["--n", "0"], "sorn: --n: must be an integer in [1, 10000], got '0'"],
    ["perturbation", ["--horizon", "0"], "sorn: --horizon: must be an integer in [1, 1000000], got '0'"],
    ["perturbation", ["--noise", "maybe"], "sorn: --noise: must be true or false, got 'maybe'"],
    ["random-sequence", ["--pools", "mixed"], "sorn: --pools: unknown pool layout 'mixed' (pool layouts: disjoint, overlapping)"],
    ["random-sequence", ["--pool-size", "30"], "sorn: --pool-size: 10 disjoint pools of 30 need 300 of the 200 E neurons"],
    ["random-sequence", ["--steps-plastic", "3"], "sorn: --steps-plastic: must be ≥ lags − 1 = 19, got 3"],
    ["random-sequence", ["--readout", "lsq,svm"], "sorn: --readout: unknown readout 'svm' (readouts: lsq, logistic)"],
    ["random-sequence", ["--json", "out.txt"], "sorn: --json: 'out.txt' must end in .json"],
    ["random-sequence", ["--workers", "0"], "sorn: --workers: must be an integer in [1, 256], got '0'"],
  ];
  for (const [name, argv, message] of bad) {
    it(`${name} refuses ${argv.join(" ")} with one line and exit 2`, async () => {
      const r = await cli("preset", name, ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message + "\n");
      expect(r.stdout).toBe("");
    });
  }

  it("are listed in --help; an unknown preset names all four", async () => {
    const help = (await cli("--help")).stdout;
    expect(help).toContain("npm run sorn -- preset lognormal|perturbation|random-sequence");
    for (const name of ["lognormal", "perturbation", "random-sequence"]) expect(help).toMatch(new RegExp(`^preset ${name} options`, "m"));
    expect((await cli("preset", "lognormalz")).stderr).toBe("sorn: preset: unknown preset 'lognormalz' (presets: counting, lognormal, perturbation, random-sequence)\n");
  });

  it("the real command exits 2 on an unknown condition", () => {
    const r = spawnCli("preset", "perturbation", "--conditions", "chaos");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sorn: --conditions: unknown condition 'chaos' (conditions: sorn, static, ip)\n");
  });
});
