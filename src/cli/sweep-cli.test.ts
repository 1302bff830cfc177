import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "./slurm-script";
import { sweepMain } from "./sweep-main";

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

const work = mkdtempSync(join(tmpdir(), "sorn-sweep-cli-"));
const file = (name: string, value: unknown) => {
  const p = join(work, name);
  writeFileSync(p, JSON.stringify(value));
  return p;
};

describe("sorn sweep", () => {
  it("resumes a killed sweep without recomputing its finished points", async () => {
    const spec = file("kill.json", { target: "sorn.run", base: { ne: 60, steps: 1500 }, axes: [["eta_ip", [0.001, 0.002, 0.003, 0.004, 0.005, 0.006]]], seed: 2, metrics: ["spikeSourceEntropy.excitatory"] });
    const out = join(work, "kill-out.json");
    const points = join(work, "kill-out.points", "points");
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", "sweep", "run", spec, "--workers", "1", "--json", out], { cwd: REPO_ROOT, stdio: "ignore" });
    const count = () => (existsSync(points) ? readdirSync(points).filter((f) => f.endsWith(".json")).length : 0);
    while (count() < 2) await new Promise((r) => setTimeout(r, 50));
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    const finished = readdirSync(points).filter((f) => f.endsWith(".json")).sort();
    expect(finished.length).toBeGreaterThanOrEqual(2);
    expect(finished.length).toBeLessThan(6);
    expect(existsSync(out)).toBe(false);
    const stamps = finished.map((f) => statSync(join(points, f)).mtimeMs);
    const k = finished.length;
    const resumed = await sorn("sweep", "run", spec, "--workers", "2", "--json", out, "--quiet");
    expect(resumed.code, resumed.err).toBe(0);
    expect(resumed.err).toContain(`sweep: 6 points (${k} from ${join(work, "kill-out.points")}, ${6 - k} run on 2 workers, 0 failed)`);
    expect(finished.map((f) => statSync(join(points, f)).mtimeMs)).toEqual(stamps);
    const fresh = await sorn("sweep", "run", spec, "--workers", "1", "--json", join(work, "fresh.json"), "--quiet");
    expect(fresh.code).toBe(0);
    expect(strip(out)).toBe(strip(join(work, "fresh.json")));
  }, 120_000);

  it("rejects bad specs with one line naming the key", async () => {
    const base = { target: "toy.quadratic", axes: [["x", [1, 2]]], metrics: ["f"] };
    const cases: [unknown, string][] = [
      [{ ...base, target: "spikey.margin" }, "target: unknown target 'spikey.margin' (targets: counting, nqueens, rnn.train, sorn.run, spikey, toy.quadratic)"],
      [{ ...base, axes: [["eta_stdp", [1]]] }, "axes[0]: unknown parameter 'eta_stdp' of target toy.quadratic (parameters: x, y, z, noise, fail)"],
      [{ ...base, metrics: ["loss"] }, "metrics: unknown metric 'loss' (metrics: f, seed)"],
      [{ ...base, axes: [{ param: "x", values: [] }] }, "axes[0]: axis 'x' is empty (no values)"],
      [{ ...base, axes: [["x", 0, 20000, 1]] }, "axes: the sweep has 20,000 points (20000 cells × 1 repeats), over the limit of 10,000; pass --force (force: true) to run it anyway"],
    ];
    for (const [i, [spec, message]] of cases.entries()) {
      const r = await sorn("sweep", "run", file(`bad${i}.json`, spec), "--json", join(work, `bad${i}-out.json`));
      expect(r.code).toBe(2);
      expect(r.err).toBe(`sorn: ${join(work, `bad${i}.json`)}: ${message}\n`);
    }
    const forced = await sorn("sweep", "slurm", join(work, "bad4.json"), "--dir", join(work, "forced"), "--points-per-task", "1000", "--force");
    expect(forced.code, forced.err).toBe(0);
    expect(readFileSync(join(work, "forced", "job.sh"), "utf8")).toContain("#SBATCH --array=0-19\n");
  });

  it("stops at a folder of another sweep, and writes job.sh with the Slurm options", async () => {
    const a = file("a.json", { target: "toy.quadratic", axes: [["x", [1, 2, 3]]], metrics: ["f"] });
    const b = file("b.json", { target: "toy.quadratic", axes: [["x", [1, 2, 4]]], metrics: ["f"] });
    expect((await sorn("sweep", "run", a, "--workers", "1", "--json", join(work, "a-out.json"), "--out", join(work, "shared"))).code).toBe(0);
    const r = await sorn("sweep", "run", b, "--workers", "1", "--json", join(work, "b-out.json"), "--out", join(work, "shared"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^sorn: .*shared holds another sweep \(spec.json hash [0-9a-f]{16}, this spec [0-9a-f]{16}\): use another folder or delete it\n$/);
    writeFileSync(join(work, "shared", "points", "p000001.json"), '{"format":"sorn-lab-sweep-point","ha');
    const cut = await sorn("sweep", "run", a, "--workers", "1", "--json", join(work, "a-out2.json"), "--out", join(work, "shared"));
    expect([cut.code, cut.err]).toEqual([2, `sorn: ${join(work, "shared", "points", "p000001.json")}: truncated or not JSON (delete it and rerun its task)\n`]);
    const dir = join(work, "slurm-a");
    const s = await sorn("sweep", "slurm", a, "--dir", dir, "--partition", "short", "--time", "01:30:00", "--cpus-per-task", "4", "--points-per-task", "2");
    expect(s.out).toBe(`sbatch ${dir}/job.sh\n`);
    const job = readFileSync(join(dir, "job.sh"), "utf8");
    for (const line of ["#SBATCH --array=0-1", "#SBATCH --partition=short", "#SBATCH --time=01:30:00", "#SBATCH --cpus-per-task=4", `#SBATCH --output=${dir}/logs/task-%a.out`]) expect(job).toContain(line + "\n");
    expect(job).toMatch(/sweep task '.*spec.json' --index "\$SLURM_ARRAY_TASK_ID" --out '.*slurm-a' --workers 4\n$/);
    expect((await sorn("sweep", "slurm", a, "--dir", dir, "--time", "90 minutes")).err).toBe("sorn: --time: must be Slurm's [D-]HH:MM:SS (or MM, MM:SS, HH:MM:SS), got '90 minutes'\n");
    // a task run by hand (I from the environment), then the merge equals `sweep run`
    process.env.SLURM_ARRAY_TASK_ID = "1";
    try {
      expect((await sorn("sweep", "task", join(dir, "spec.json"), "--out", dir)).err).toContain("sweep task 1: points 2…2 (0 already there, 1 run, 0 failed)");
    } finally {
      delete process.env.SLURM_ARRAY_TASK_ID;
    }
    const part = await sorn("sweep", "merge", dir, "--json", join(work, "m.json"));
    expect(part.err).toContain(`sweep merge: missing points: 0, 1\nsweep merge: tasks to rerun: 0\nsweep merge: rerun with: sbatch --array=0 ${dir}/job.sh\n`);
    expect((await sorn("sweep", "task", join(dir, "spec.json"), "--out", dir, "--index", "0")).code).toBe(0);
    expect((await sorn("sweep", "merge", dir, "--json", join(work, "m.json"))).code).toBe(0);
    expect(strip(join(work, "m.json"))).toBe(strip(join(work, "a-out.json")));
  });
});

describe("sorn evolve", () => {
  it("solves 8 queens: best.fitness 28", async () => {
    const out = join(work, "nq.json");
    const r = await sorn("evolve", "--game", "nqueens", "--seed", "1", "--json", out);
    expect(r.code, r.err).toBe(0);
    const doc = JSON.parse(readFileSync(out, "utf8"));
    expect(doc.best.fitness).toBe(28);
    expect([doc.stopped, doc.generations]).toEqual(["stopAt", 558]);
    // rerun: it resumes from the finished checkpoint and writes the same result
    const again = await sorn("evolve", "--game", "nqueens", "--seed", "1", "--json", join(work, "nq2.json"), "--checkpoint", join(work, "nq.checkpoint.json"));
    expect(again.err).toContain("evolve: resuming after generation 557");
    expect(JSON.parse(readFileSync(join(work, "nq2.json"), "utf8")).best).toEqual(doc.best);
    expect((await sorn("evolve", "--game", "chess", "--json", out)).err).toBe("sorn: --game: unknown game 'chess' (games: nqueens)\n");
  }, 120_000);
});
