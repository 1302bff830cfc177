/** Small runs saved to a temporary folder, and ways to run the CLI, for the CLI tests. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { uniformInput } from "../src/models/inputs";
import { runOf } from "../src/models/sorn/io/run-of";
import { runToJson, type RunFile } from "../src/models/sorn/io/run-file";
import { runToNpz } from "../src/models/sorn/io/run-npz";
import { SornNetwork } from "../src/models/sorn/network";
import { runCli } from "../src/cli/run-cli";

export const ROOT = resolve(import.meta.dirname, "..");

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "sorn-cli-"));
}

/** A small run (ne = 40, nu = 4, seed 5, uniform inputs seeded 1005) with the given records. */
export function smallRun(records: string[], steps = 400, recordEvery = 100): RunFile {
  const net = new SornNetwork({ params: { ne: 40, nu: 4 }, seed: 5, records, recordEvery });
  net.step(steps, uniformInput(4, 1005));
  return runOf(net, { kind: "uniform", seed: 1005 });
}

export const ALL_RECORDS = ["ExcitatoryActivation", "InhibitoryActivation", "EEConnectionCounts", "EIConnectionCounts", "TE", "WEE"];

/** Save `run` as dir/name.json and dir/name.npz; returns both paths. */
export function saveRun(dir: string, name: string, run: RunFile): { json: string; npz: string } {
  const json = join(dir, `${name}.json`);
  const npz = join(dir, `${name}.npz`);
  writeFileSync(json, runToJson(run));
  writeFileSync(npz, runToNpz(run));
  return { json, npz };
}

/** The CLI in-process: exit code and what it wrote. */
export async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(argv, { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

/** The real command, `tsx src/cli/main.ts …`, in a child process. */
export function spawnCli(...argv: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(join(ROOT, "node_modules/.bin/tsx"), [join(ROOT, "src/cli/main.ts"), ...argv], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
