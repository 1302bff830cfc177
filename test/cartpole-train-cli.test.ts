import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCartPole } from "../src/experiments/cartpole/run";
import { cli, tempDir } from "./cli-helpers";

const small = ["--episodes", "100", "--env", "v0", "--eval-every", "40", "--eval-episodes", "3"];

describe("sorn cartpole train", () => {
  it("runs seeds × variants on the pool: the same output for 1 and 2 workers, the runs as run alone", async () => {
    const dir = tempDir();
    const argv = ["cartpole", "train", "--mode", "corrected", ...small, "--seed", "4", "--compare", "plastic,frozen,raw,random", "--seeds", "2"];
    const one = await cli(...argv, "--workers", "1", "--json", join(dir, "one.json"));
    const two = await cli(...argv, "--workers", "2", "--json", join(dir, "two.json"));
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const a = JSON.parse(readFileSync(join(dir, "one.json"), "utf8"));
    const b = JSON.parse(readFileSync(join(dir, "two.json"), "utf8"));
    expect(b.runs).toEqual(a.runs);
    expect(a.runs).toHaveLength(8);
    expect(a.settings).toMatchObject({ mode: "corrected", episodes: 100, seed: 4, seeds: [4, 5], variants: ["plastic", "frozen", "raw", "random"] });
    expect(a.runs[1].run).toMatchObject({ variant: "frozen", seed: 4, env: "v0", evalEpisodes: 3 });
    const alone = JSON.parse(JSON.stringify(runCartPole({ mode: "corrected", variant: "raw", seed: 5, episodes: 100, env: "v0", evalEvery: 40, evalEpisodes: 3 })));
    expect(a.runs[6]).toEqual(alone);
    expect(a.difference.seeds).toEqual([4, 5]);
    expect(a.summary.map((s: { label: string }) => s.label)).toEqual(["corrected", "frozen", "raw", "random"]);

    const lines = one.stdout.split("\n");
    expect(lines[0]).toBe("corrected seed 4 (CartPole-v0, 100/100 episodes, h_ip 0.16, plasticity in episodes 0–19, learning from episode 20):");
    expect(lines[1]).toBe("  episode     50   100");
    expect(lines[2]).toMatch(/^ {2}score +\d+ +\d+$/);
    expect(lines[3]).toMatch(/^ {2}ma100 +\d+\.\d +\d+\.\d$/);
    expect(lines[4]).toMatch(/^ {2}held-out {6} +\d+\.\d$/);
    expect(a.runs[0].evaluations.map((e: { after: number }) => e.after)).toEqual([60, 100]);
    expect(one.stdout).toMatch(/\nvariant +seeds +last-100 train +held-out \(final\) +at limit +aborted \(B3\)\ncorrected +2 +\d+\.\d ± \d+\.\d/);
    expect(one.stdout).toMatch(/corrected − frozen \(held-out, paired by seed\): [+-]\d+\.\d, 95 % bootstrap CI \[[+-]\d+\.\d, [+-]\d+\.\d\] over 2 seeds/);
    expect(one.stderr).toMatch(/cartpole: run 1\/8 /);
    expect(one.stderr).toMatch(/8 runs in [\d.]+ s on 1 worker; wrote .*one\.json\n$/);
  }, 60_000);

  it("docs mode: reports the softmax overflow (B3) instead of crashing", async () => {
    const r = await cli("cartpole", "train", "--mode", "docs", "--episodes", "5", "--w-scale", "1000", "--workers", "1");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("softmax overflow (docs bug B3)");
    expect(r.stdout).toMatch(/\ndocs +1 .* 1\n/);
  }, 30_000);

  it("is in --help with its options", async () => {
    const help = (await cli("--help")).stdout;
    expect(help).toContain("npm run sorn -- cartpole train --mode docs|corrected --episodes N --seed S [--env v0|v1]");
    for (const flag of ["--compare a,b", "--seeds K", "--plastic-episodes P", "--baseline B", "--overlap", "--reset-reservoir", "--encoding raw|population", "--workers W", "--json OUT.json"]) expect(help).toContain(flag);
  });

  const bad: [string[], string][] = [
    [["--mode", "doc"], "sorn: --mode: must be one of docs, corrected, got 'doc'"],
    [["--episodes", "0"], "sorn: --episodes: must be an integer in [1, 10000000], got '0'"],
    [["--seed", "-3"], "sorn: --seed: must be an integer in [0, 4294967295], got '-3'"],
    [["--env", "v2"], "sorn: --env: must be one of v0, v1, got 'v2'"],
    [["--compare", "plastic,lsm"], "sorn: --compare: unknown variant 'lsm' (variants: plastic, frozen, raw, random)"],
    [["--seeds", "0"], "sorn: --seeds: must be an integer in [1, 100000], got '0'"],
    [["--seed", "4294967295", "--seeds", "2"], "sorn: --seeds: seeds 4294967295 … 4294967296 pass 4294967295"],
    [["--mode", "docs", "--baseline", "none"], "sorn: --baseline: only in corrected mode (the docs have no baseline, bug B2)"],
    [["--baseline", "mean"], "sorn: --baseline: must be one of standardize, none, running, got 'mean'"],
    [["--alpha", "-1"], "sorn: --alpha: must be a number > 0, got -1"],
    [["--plastic-episodes", "50", "--episodes", "10"], "sorn: --plastic-episodes: must be an integer in [0, 10], got 50"],
    [["--bins", "4"], "sorn: --bins: needs encoding 'population'"],
    [["--encoding", "population", "--bins", "1"], "sorn: --bins: must be an integer in [2, 12], got 1"],
    [["--workers", "0"], "sorn: --workers: must be an integer in [1, 256], got '0'"],
    [["--json", "out.txt"], "sorn: --json: 'out.txt' must end in .json"],
    [["--epochs", "3"], "sorn: --epochs: unknown option for 'cartpole train' (see --help)"],
    [["extra"], "sorn: cartpole train: unexpected argument 'extra'"],
  ];
  for (const [argv, message] of bad) {
    it(`refuses ${argv.join(" ")} with one line and exit 2`, async () => {
      const r = await cli("cartpole", "train", ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message + "\n");
      expect(r.stdout).toBe("");
    });
  }
});
