import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, spawnCli, tempDir } from "./cli-helpers";

const tiny = ["--steps-plastic", "300", "--steps-train", "200", "--steps-test", "200"];

describe("sorn preset counting", () => {
  it("runs every (n, condition, seed) job, prints the mean ± sd table, writes rows and settings", async () => {
    const out = join(tempDir(), "counting.json");
    const r = await cli("preset", "counting", "--n", "2,3", "--seeds", "2", "--conditions", "sorn,static,ip", "--readout", "X,R", ...tiny, "--workers", "2", "--json", out);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^n\s+condition\s+readout\s+seeds\s+perf_all\s+perf_reduced\s+perf_last/);
    expect(lines).toHaveLength(1 + 2 * 3 * 2);
    expect(lines[1]).toMatch(/^2\s+sorn\s+X\s+2\s+\d\.\d{3} ± \d\.\d{3}/);
    expect(r.stderr).toMatch(/counting: 1\/12 done \(job \d+: n=\d (sorn|static|ip) seed \d: perf_last X /);
    expect(r.stderr).toContain("counting: 12/12 done");
    expect(r.stderr).toMatch(/12 jobs in [\d.]+ s on 2 workers; wrote .*counting\.json\n$/);
    const file = JSON.parse(readFileSync(out, "utf8"));
    expect(file.preset).toBe("counting");
    expect(file.settings).toMatchObject({ n: [2, 3], seeds: 2, conditions: ["sorn", "static", "ip"], readouts: ["X", "R"], stepsPlastic: 300, stepsTrain: 200, stepsTest: 200, ridge: 0, seedList: [0, 1], taskSeeds: [1000, 1001] });
    expect(file.results).toHaveLength(24);
    for (const row of file.results) expect(Object.keys(row).sort()).toEqual(["condition", "eeSynapses", "meanRateE", "n", "perf_all", "perf_last", "perf_reduced", "readout", "seed"]);
    expect(file.results[0]).toMatchObject({ n: 2, condition: "sorn", readout: "X", seed: 0 });
    expect(file.references["3"].cannotCount.perf_reduced).toBe(0.75);
    expect(file.summary).toHaveLength(12);
  });

  it("gives the same rows as the job run alone (one seed, one condition, readout R only)", async () => {
    const out = join(tempDir(), "one.json");
    const r = await cli("preset", "counting", "--n", "2", "--seeds", "1", "--conditions", "ip", "--readout", "R", ...tiny, "--json", out);
    expect(r.code).toBe(0);
    const { runCountingJob } = await import("../src/experiments/counting/job");
    expect(JSON.parse(readFileSync(out, "utf8")).results).toEqual(runCountingJob({ n: 2, condition: "ip", seed: 0, readouts: ["R"], stepsPlastic: 300, stepsTrain: 200, stepsTest: 200 }));
  });

  it("gives the same rows on 1 and 3 workers (each job a pure function of its spec)", async () => {
    const dir = tempDir();
    const rows = async (w: string): Promise<unknown> => {
      const out = join(dir, `w${w}.json`);
      const r = await cli("preset", "counting", "--n", "2,3", "--seeds", "2", "--conditions", "sorn,static", "--readout", "X,R", ...tiny, "--workers", w, "--json", out);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(readFileSync(out, "utf8")).results;
    };
    expect(await rows("3")).toEqual(await rows("1"));
  });

  const bad: [string[], string][] = [
    [["--n", "0"], "sorn: --n: every value must be a positive integer, got '0'"],
    [["--n", "4,-2"], "sorn: --n: every value must be a positive integer, got '-2'"],
    [["--n", "2.5"], "sorn: --n: every value must be a positive integer, got '2.5'"],
    [["--n", "four"], "sorn: --n: every value must be a positive integer, got 'four'"],
    [["--conditions", "sorn,plastic"], "sorn: --conditions: unknown condition 'plastic' (conditions: sorn, static, ip)"],
    [["--readout", "X,Y"], "sorn: --readout: unknown readout 'Y' (readouts: X, R)"],
    [["--seeds", "0"], "sorn: --seeds: must be an integer in [1, 100000], got '0'"],
    [["--steps-test", "0"], "sorn: --steps-test: must be an integer in [1, 9007199254740991], got '0'"],
    [["--ridge", "-1"], "sorn: --ridge: must be a finite number ≥ 0, got '-1'"],
    [["--json", "out.txt"], "sorn: --json: 'out.txt' must end in .json"],
    [["--workerz", "2"], "sorn: --workerz: unknown option for 'preset counting' (see --help)"],
    [["--workers", "0"], "sorn: --workers: must be an integer in [1, 256], got '0'"],
  ];
  for (const [argv, message] of bad) {
    it(`refuses ${argv.join(" ")} with one line and exit 2`, async () => {
      const r = await cli("preset", "counting", ...argv);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(message + "\n");
      expect(r.stdout).toBe("");
    });
  }

  it("refuses an unknown or missing preset", async () => {
    expect((await cli("preset", "lognormalz")).stderr).toBe("sorn: preset: unknown preset 'lognormalz' (presets: counting, lognormal, perturbation, random-sequence)\n");
    expect((await cli("preset")).code).toBe(2);
  });

  it("is listed in --help with its options", async () => {
    const help = (await cli("--help")).stdout;
    expect(help).toContain("npm run sorn -- preset counting [--n 4,8,12]");
    expect(help).toMatch(/^preset counting options/m);
    expect(help).toMatch(/^  --steps-plastic N {5}plastic phase \(default 50000\)$/m);
  });

  it("the real command exits 2 on n ≤ 0", () => {
    const r = spawnCli("preset", "counting", "--n", "-1");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("sorn: --n: every value must be a positive integer, got '-1'\n");
  });
});
