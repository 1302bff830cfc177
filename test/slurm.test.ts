/**
 * Sweeps and the genetic search on a real one-node Slurm (src/cli/slurm-local.ts starts munged,
 * slurmctld and slurmd from Debian's packages in a temporary folder and stops them by pid).
 * Skipped, saying why, where it cannot start (not root, packages absent); CI runs as root and
 * .ci/run installs the packages.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localSlurmUnavailable, startLocalSlurm, type LocalSlurm } from "../src/cli/slurm-local";
import { sweepMain } from "../src/cli/sweep-main";

const why = localSlurmUnavailable();
if (why) console.warn(`test/slurm.test.ts skipped: ${why}`);

async function sorn(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "", err = "";
  const code = await sweepMain(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}

const strip = (path: string) => {
  const doc = JSON.parse(readFileSync(path, "utf8"));
  delete doc.timing;
  for (const p of doc.points) delete p.ms;
  return JSON.stringify(doc);
};

describe.skipIf(why !== null)("sweeps on a real Slurm", () => {
  let slurm: LocalSlurm;
  let work: string;
  const sbatch = (...args: string[]) => spawnSync("sbatch", args, { env: slurm.env, encoding: "utf8" });

  beforeAll(async () => {
    slurm = await startLocalSlurm();
    process.env.SLURM_CONF = slurm.env.SLURM_CONF; // for the sbatch that `sorn evolve --slurm` runs, as a cluster's login node has it
    work = mkdtempSync(join(tmpdir(), "sorn-slurm-sweep-"));
  }, 60_000);
  afterAll(async () => {
    delete process.env.SLURM_CONF;
    await slurm?.stop();
    for (const pid of slurm?.pids ?? []) expect(() => process.kill(pid, 0)).toThrow();
    if (work) rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it("runs a SORN sweep as an array job whose merge equals `sweep run` bit for bit; a lost task is listed and rerun", async () => {
    const spec = join(work, "sorn.json");
    writeFileSync(spec, JSON.stringify({ target: "sorn.run", base: { ne: 40, steps: 300 }, axes: [["eta_stdp", [0.002, 0.004]], ["h_ip", [0.05, 0.1]]], repeats: 2, seed: 5, metrics: ["spikeSourceEntropy.excitatory", "networkFiringRate.excitatory.activeNeurons.mean"] }));
    const dir = join(work, "array");
    const made = await sorn("sweep", "slurm", spec, "--dir", dir, "--points-per-task", "3", "--cpus-per-task", "1", "--time", "00:10:00");
    expect(made.code).toBe(0);
    expect(made.out).toBe(`sbatch ${dir}/job.sh\n`);
    const script = readFileSync(join(dir, "job.sh"), "utf8");
    expect(script).toContain("#SBATCH --array=0-2\n");
    expect(script).toContain("#SBATCH --time=00:10:00\n");
    expect(script).toContain(`#SBATCH --output=${dir}/logs/task-%a.out\n`);
    const r = sbatch("--wait", join(dir, "job.sh"));
    expect(r.status, r.stderr + slurm.log("slurmctld").slice(-2000)).toBe(0);
    for (const t of [0, 1, 2]) expect(existsSync(join(dir, "logs", `task-${t}.out`))).toBe(true);
    const merged = await sorn("sweep", "merge", dir, "--json", join(work, "merged.json"));
    expect(merged.code, merged.err).toBe(0);
    const local = await sorn("sweep", "run", spec, "--workers", "2", "--json", join(work, "local.json"), "--quiet");
    expect(local.code, local.err).toBe(0);
    expect(strip(join(work, "merged.json"))).toBe(strip(join(work, "local.json")));
    expect(JSON.parse(readFileSync(join(work, "merged.json"), "utf8")).timing.where).toBe("slurm");

    // lose point 4 (task 1): the merge lists it and the line that reruns task 1; rerunning it restores the same results
    rmSync(join(dir, "points", "p000004.json"));
    const lost = await sorn("sweep", "merge", dir, "--json", join(work, "merged2.json"));
    expect(lost.code).toBe(1);
    expect(lost.err).toContain("sweep merge: missing points: 4\n");
    expect(lost.err).toContain(`sweep merge: tasks to rerun: 1\nsweep merge: rerun with: sbatch --array=1 ${dir}/job.sh\n`);
    expect(existsSync(join(work, "merged2.json"))).toBe(false);
    expect(sbatch("--wait", "--array=1", join(dir, "job.sh")).status).toBe(0);
    expect((await sorn("sweep", "merge", dir, "--json", join(work, "merged2.json"))).code).toBe(0);
    expect(strip(join(work, "merged2.json"))).toBe(strip(join(work, "local.json")));

    // a truncated shard and a foreign one get one clear line each
    const text = readFileSync(join(dir, "points", "p000002.json"), "utf8");
    writeFileSync(join(dir, "points", "p000002.json"), text.slice(0, 40));
    copyFileSync(join(work, "local.points", "points", "p000000.json"), join(dir, "points", "p000007.json"));
    const other = join(work, "other.json");
    writeFileSync(other, JSON.stringify({ target: "toy.quadratic", axes: [["x", [1, 2, 3, 4, 5, 6, 7, 8]]], metrics: ["f"] }));
    await sorn("sweep", "run", other, "--workers", "1", "--json", join(work, "other-out.json"), "--quiet");
    copyFileSync(join(work, "other-out.points", "points", "p000007.json"), join(dir, "points", "p000007.json"));
    const broken = await sorn("sweep", "merge", dir, "--json", join(work, "merged3.json"));
    expect(broken.code).toBe(1);
    expect(broken.err).toContain(`${dir}/points/p000002.json: truncated or not JSON (delete it and rerun its task)`);
    expect(broken.err).toMatch(new RegExp(`${dir}/points/p000007.json: foreign shard, from another sweep \\(hash [0-9a-f]{16}, this sweep [0-9a-f]{16}\\)`));
    expect(broken.err).toContain(`rerun with: sbatch --array=0,2 ${dir}/job.sh`);
  }, 240_000);

  it("reports a failing task with the command that reruns it", async () => {
    const spec = join(work, "fail.json");
    writeFileSync(spec, JSON.stringify({ target: "toy.quadratic", axes: [{ zip: [["x", [1, 2, 3, 4]], ["fail", [false, false, true, false]]] }], metrics: ["f"] }));
    const dir = join(work, "fail");
    expect((await sorn("sweep", "slurm", spec, "--dir", dir, "--points-per-task", "2")).code).toBe(0);
    const r = sbatch("--wait", join(dir, "job.sh"));
    expect(r.status).not.toBe(0);
    expect(readFileSync(join(dir, "logs", "task-1.out"), "utf8")).toContain("sweep task 1: point 2 failed: toy.quadratic: this point was told to fail (fail: true, x = 3)");
    const m = await sorn("sweep", "merge", dir, "--json", join(work, "fail.json.out"));
    expect(m.code).toBe(1);
    expect(m.err).toContain("sweep merge: failed point 2: toy.quadratic: this point was told to fail (fail: true, x = 3)\n");
    expect(m.err).toContain(`sweep merge: tasks to rerun: 1\nsweep merge: rerun with: sbatch --array=1 ${dir}/job.sh\n`);
  }, 120_000);

  it("runs a genetic search on a counting-task metric, one array job per generation, and resumes from its checkpoint", async () => {
    const spec = join(work, "evolve.json");
    writeFileSync(spec, JSON.stringify({
      target: "counting", base: { n: 12, stepsTrain: 500, stepsTest: 500 }, metric: "perf_last",
      genes: { stepsPlastic: { values: [0, 500, 1000] }, ridge: { range: [0, 1] } },
      population: 4, generations: 2, seed: 2, rates: { perturb: 0.2 },
    }));
    const dir = join(work, "evolve");
    const run = await sorn("evolve", spec, "--slurm", dir, "--json", join(work, "evolve-out.json"), "--points-per-task", "2");
    expect(run.code, run.err).toBe(0);
    expect(run.err).toContain(`sbatch --wait ${dir}/gen-0000/job.sh`);
    const out = JSON.parse(readFileSync(join(work, "evolve-out.json"), "utf8"));
    expect(out.generations).toBe(2);
    expect(out.stopped).toBe("generations");
    expect(out.best.fitness).toBeGreaterThan(0);
    expect(out.best.fitness).toBeLessThanOrEqual(1);
    expect(existsSync(join(dir, "gen-0001", "job.sh"))).toBe(true);
    const again = await sorn("evolve", spec, "--slurm", dir, "--json", join(work, "evolve-out2.json"));
    expect(again.code, again.err).toBe(0);
    expect(again.err).toContain(`evolve: resuming after generation 1 from ${dir}/checkpoint.json`);
    expect(again.err).not.toContain("sbatch --wait");
    expect(JSON.parse(readFileSync(join(work, "evolve-out2.json"), "utf8")).best).toEqual(out.best);
  }, 240_000);
});
