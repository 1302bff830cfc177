import { describe, expect, it } from "vitest";
import { jobScriptText, taskCount, taskPoints } from "./slurm-job";
import { checkSweep } from "./spec";

describe("the Slurm array script", () => {
  const sweep = checkSweep({ target: "toy.quadratic", axes: [["x", 0, 7, 1]], metrics: ["f"] });
  it("splits points into tasks of K", () => {
    expect(taskCount(7, 3)).toBe(3);
    expect([0, 1, 2, 3].map((t) => taskPoints({ points: 7, pointsPerTask: 3 }, t))).toEqual([[0, 1, 2], [3, 4, 5], [6], []]);
  });
  it("is the job.sh the CLI writes", () => {
    const text = jobScriptText(sweep, { cpusPerTask: 2, pointsPerTask: 3, partition: "gpu", time: "2-00:00:00" }, { dir: "/scratch/s w/", repo: "/home/u/sorn", node: "/usr/bin/node" });
    expect(text).toBe([
      "#!/bin/bash",
      `#SBATCH --job-name=sorn-sweep-${sweep.hash.slice(0, 8)}`,
      "#SBATCH --array=0-2",
      "#SBATCH --output=/scratch/s w/logs/task-%a.out",
      "#SBATCH --cpus-per-task=2",
      "#SBATCH --partition=gpu",
      "#SBATCH --time=2-00:00:00",
      `# 7 points of sweep ${sweep.hash}, 3 per task; merge with: sorn sweep merge /scratch/s w/ --json OUT.json`,
      "set -euo pipefail",
      "cd '/home/u/sorn'",
      `exec '/usr/bin/node' --import tsx src/cli/main.ts sweep task '/scratch/s w/spec.json' --index "$SLURM_ARRAY_TASK_ID" --out '/scratch/s w/' --workers 2`,
      "",
    ].join("\n"));
  });
});
