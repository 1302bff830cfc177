import { describe, expect, it } from "vitest";
import { heldBytes } from "../../test/support/held-bytes";
import { DEFAULT_PARAMS, resolveParams } from "../models/sorn/params";
import { RULES, type Rule } from "../models/sorn/rules";
import { FRAME_SPIKE_STEPS, Simulation } from "./simulation";
import { labMemory, LAB_MEMORY_LIMIT, largestFittingNe, memoryRefusal } from "./memory";
import type { SimConfig } from "./protocol";

const config = (ne: number, nu: number): SimConfig => ({
  params: resolveParams({ ne, nu }),
  seed: 5,
  rules: Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>,
  phase: "plasticity",
  noise: true,
  input: { kind: "uniform", seed: 5 },
});

describe("the lab's memory budget", () => {
  it("estimates a running Simulation (network and histories, a full frame packer) within a tenth", () => {
    for (const [ne, nu] of [
      [200, 10],
      [1000, 50],
    ]) {
      const sim = new Simulation(config(ne, nu));
      sim.advance(FRAME_SPIKE_STEPS); // no frame taken: the packer holds its most steps
      const m = labMemory(sim.config.params);
      const ratio = (m.network + m.history) / heldBytes(sim);
      expect(ratio).toBeGreaterThan(0.9);
      expect(ratio).toBeLessThan(1.1);
    }
  });

  it("lets the defaults through and refuses ne = 100,000 with its estimate and what would fit", () => {
    expect(memoryRefusal(DEFAULT_PARAMS)).toBeNull();
    const p = resolveParams({ ne: 100_000 });
    const why = memoryRefusal(p)!;
    expect(why).toMatch(/^ne = 100,000 \(E→I Dense\) needs about 1\d\d GiB of memory \(the network 2\d GiB, a copy of its state for saving 10\d GiB, recent history \d+ MiB\); the lab's limit is 1 GiB\. ne up to [\d,]+ fits with these settings$/);
    const fit = largestFittingNe(p)!;
    expect(labMemory({ ...p, ne: fit }).total).toBeLessThanOrEqual(LAB_MEMORY_LIMIT);
    expect(labMemory({ ...p, ne: fit + 1 }).total).toBeGreaterThan(LAB_MEMORY_LIMIT);
    expect(memoryRefusal(resolveParams({ ne: fit }))).toBeNull();
    expect(memoryRefusal(resolveParams({ ne: fit + 1 }))).not.toBeNull();
  });
});
