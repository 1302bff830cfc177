import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { workerEntry } from "./node-bundle";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** Run one `test.sum` job on one worker in a fresh Node process with `env`; its JSON line. */
function childRun(env: Record<string, string>): { entry: string; result: { sum: number; head: number[] } } {
  const script = `
    import { runJobs } from ${JSON.stringify(join(ROOT, "src/pool/node.ts"))};
    import { workerEntry } from ${JSON.stringify(join(ROOT, "src/pool/node-bundle.ts"))};
    const [r] = await runJobs([{ kind: "test.sum", spec: { seed: 1000, n: 5000 } }], { workers: 1 });
    console.log(JSON.stringify({ entry: workerEntry().href, result: { sum: r.sum, head: Array.from(r.head) } }));`;
  const file = join(mkdtempSync(join(tmpdir(), "sorn-bundle-")), "run.mts");
  writeFileSync(file, script);
  const out = execFileSync(process.execPath, ["--import", "tsx", file], { cwd: ROOT, env: { ...process.env, ...env }, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

describe("the pool worker's bundled entry", () => {
  it("is one cached module whose recorded inputs are the worker's sources", () => {
    const entry = workerEntry();
    expect(entry.href).toMatch(/node_modules\/\.cache\/sorn-lab\/pool-worker\.mjs$/);
    const meta = JSON.parse(readFileSync(fileURLToPath(entry).replace(/\.mjs$/, ".json"), "utf8")) as { inputs: Record<string, unknown> };
    const inputs = Object.keys(meta.inputs).map((p) => p.slice(ROOT.length));
    expect(inputs).toContain("src/pool/node-worker.ts");
    expect(inputs).toContain("src/pool/kinds.ts");
    expect(inputs).toContain("src/experiments/sweep/kind.ts");
  });

  it("gives the same results as the tsx bootstrap (SORN_POOL_BUNDLE=0)", () => {
    const bundled = childRun({});
    const plain = childRun({ SORN_POOL_BUNDLE: "0" });
    expect(bundled.entry).toMatch(/pool-worker\.mjs$/);
    expect(plain.entry).toMatch(/src\/pool\/node-worker\.mjs$/);
    expect(plain.result).toEqual(bundled.result);
    expect(bundled.result.head[0]).toBe(0.6535895854646095); // np.random.RandomState(1000).rand()
  }, 60_000);
});
