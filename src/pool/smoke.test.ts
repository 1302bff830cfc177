/** The pool under the tsx CLI, in a child process (`src/pool/smoke.ts`), as `npm run sorn` runs. */
import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** Run `npx tsx src/pool/smoke.ts …args` as the CLI runs; its exit code, stdout and exit time. */
function smoke(...args: string[]): Promise<{ code: number | null; out: string; exitedAt: number }> {
  return new Promise((done, fail) => {
    const child = spawn(resolve(ROOT, "node_modules/.bin/tsx"), ["src/pool/smoke.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d));
    child.on("error", fail);
    child.on("exit", (code) => done({ code, out, exitedAt: Date.now() }));
  });
}

describe("the pool from the command line", () => {
  it("under the tsx CLI (as `npm run sorn` runs): workers load the TypeScript kinds, and the process exits after a run and after a cancel", async () => {
    const one = await smoke("--workers", "1", "--jobs", "5");
    const two = await smoke("--workers", "2", "--jobs", "5");
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(JSON.parse(two.out)).toEqual({ ...JSON.parse(one.out), workers: 2 });
    expect(JSON.parse(one.out).sums[0]).toBeCloseTo(4964.588916200883, 9);
    // 4 quick jobs, then 4 of 5 s on 2 workers: cancelled when both spins are 1/10 through
    const cancelled = await smoke("--workers", "2", "--jobs", "4", "--spin-ms", "5000", "--cancel-at", "0.55");
    const report = JSON.parse(cancelled.out);
    expect(cancelled.code).toBe(3);
    expect(report).toMatchObject({ cancelled: "cancelled: 4 of 8 jobs finished", done: 4 });
    expect(cancelled.exitedAt - report.abortedAt).toBeLessThan(3000); // the whole process is gone, not just the run
  });
});
