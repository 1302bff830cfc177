import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

/** Live heap (after forced GC) of a child process stepping a default network, in bytes. */
function probe(records: string[]): { after1k: number; after200k: number; steps: number; gcDuringSteps: number } {
  const root = resolve(__dirname, "..");
  const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", "test/memory-probe.ts", ...records], { cwd: root, encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
}

let plain: ReturnType<typeof probe> | undefined;
/** The run without records, made once for the tests that read it. */
const plainRun = () => (plain ??= probe([]));

describe("memory stays flat over a run", () => {
  it("200,000 steps without weight records use about the memory of 1,000 steps", () => {
    const m = plainRun();
    expect(m.steps).toBe(200000);
    // The package kept ≈0.38 MB per step (≈77 GB here); we allow 1 MiB of drift in total.
    expect(m.after200k - m.after1k).toBeLessThan(2 ** 20);
  });
  it("steps leave no garbage: 199,000 plasticity steps run with almost no garbage collection", () => {
    // Measured: 4 collections (slab growth and V8's own housekeeping). When STDP, IP and iSTDP
    // boxed each updated weight (a float64 merged with a parameter), the same run took 57.
    const m = plainRun();
    expect(m.gcDuringSteps).toBeLessThanOrEqual(20);
  });
  it("a spike record grows by one bit per neuron and step, not more", () => {
    const m = probe(["ExcitatoryActivation"]);
    const bits = (200000 - 1000) * 200;
    const growth = m.after200k - m.after1k;
    expect(growth).toBeGreaterThan(bits / 8 - 2 ** 20);
    expect(growth).toBeLessThan(bits / 8 * 2.1 + 2 ** 20); // the buffer doubles when it grows
  });
});
