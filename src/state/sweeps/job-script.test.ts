import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkSweep } from "../../experiments/sweep/spec";
import { checkJobSettings, pageJobScript } from "./job-script";

const sweep = checkSweep({ name: "it's a test", target: "toy.quadratic", axes: [["x", [0, 1, 2]], { param: "y", values: [-2, 0] }], repeats: 2, seed: 4, metrics: ["f"] });

describe("the page's Slurm job.sh", () => {
  it("asks for ⌈points / K⌉ array tasks with the settings given", () => {
    const sh = pageJobScript(sweep, { pointsPerTask: 5, cpusPerTask: 2, partition: "short", time: "1-00:00:00", repo: "/opt/sorn-lab" });
    expect(sh.split("\n").slice(0, 7)).toEqual([
      "#!/bin/bash",
      `#SBATCH --job-name=sorn-sweep-${sweep.hash.slice(0, 8)}`,
      "#SBATCH --array=0-2",
      "#SBATCH --output=task-%a.out",
      "#SBATCH --cpus-per-task=2",
      "#SBATCH --partition=short",
      "#SBATCH --time=1-00:00:00",
    ]);
    expect(sh).toContain('REPO="${SORN_LAB:-/opt/sorn-lab}"');
    expect(sh.trimEnd().split("\n").at(-1)).toBe('exec node --import tsx src/cli/main.ts sweep task "$DIR/spec.json" --index "$SLURM_ARRAY_TASK_ID" --out "$DIR" --workers 2');
  });

  it("writes the spec (same hash) and the layout into the submit folder, as `sorn sweep slurm` would", () => {
    const dir = mkdtempSync(join(tmpdir(), "sweep-job-"));
    const sh = pageJobScript(sweep, { pointsPerTask: 5, cpusPerTask: 1, repo: dir });
    // everything but the final exec (the CLI), run by bash as array task 1
    writeFileSync(join(dir, "prelude.sh"), sh.replace(/\nexec node .*\n$/, "\n"));
    const r = spawnSync("bash", [join(dir, "prelude.sh")], { env: { PATH: process.env.PATH, SLURM_ARRAY_TASK_ID: "1", SLURM_SUBMIT_DIR: dir }, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const spec = JSON.parse(readFileSync(join(dir, "spec.json"), "utf8"));
    expect(checkSweep(spec).hash).toBe(sweep.hash);
    expect(JSON.parse(readFileSync(join(dir, "slurm.json"), "utf8"))).toEqual({ format: "sorn-lab-sweep-slurm", hash: sweep.hash, points: 12, pointsPerTask: 5, tasks: 3 });
  });

  it("refuses bad settings naming them", () => {
    const ok = { pointsPerTask: 1, cpusPerTask: 1, repo: "~/sorn-lab" };
    expect(checkJobSettings(ok)).toBeNull();
    expect(checkJobSettings({ ...ok, pointsPerTask: 0 })).toBe("points per task: must be a whole number ≥ 1, got 0");
    expect(checkJobSettings({ ...ok, cpusPerTask: Number.NaN })).toBe("CPUs per task: must be a whole number in [1, 256], got NaN");
    expect(checkJobSettings({ ...ok, partition: "a b" })).toBe("partition: letters, digits, '.', '_' or '-' only, got 'a b'");
    expect(checkJobSettings({ ...ok, repo: "it's" })).toBe("checkout: a path without quotes or new lines, got 'it's'");
  });
});
