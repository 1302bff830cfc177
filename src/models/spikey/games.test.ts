import { describe, expect, it } from "vitest";
import { CartPoleGame } from "./games/cartpole";
import { GATES, Logic, RandState } from "./games/logic";
import { resolveKeys } from "./keys";
import { CARTPOLE_RBF_RANGES, Population, RBF, RankOrder } from "./parts/encoders";
import { SpikeyNetwork } from "./network";
import { streamRng } from "./rng";
import { stateKey } from "./types";

describe("games", () => {
  it("Logic: i.i.d. bit pairs, the preset's truth table as expected_value", () => {
    const g = new Logic("XOR", streamRng(0, 5));
    const seen = new Set(Array.from({ length: 200 }, () => stateKey(g.step(0))));
    expect([...seen].sort()).toEqual(["00", "01", "10", "11"]);
    expect(g.params.expected_value).toEqual(GATES.XOR);
    expect(() => new Logic("NAND", streamRng(0, 5))).toThrow(/^gate: must be one of AND, OR, XOR/);
  });
  it("RandState: uniform over n_states", () => {
    const g = new RandState(10, streamRng(0, 5));
    const counts = new Array(10).fill(0);
    for (let k = 0; k < 5000; k++) counts[g.step() as number]++;
    expect(Math.min(...counts)).toBeGreaterThan(400);
  });
  it("cart-pole through src/models/cartpole with RBF place cells and TopAction: one episode, finite, seeded", () => {
    const spec = {
      parts: { inputs: "RBF", neurons: "LIF", weights: "Random", synapses: "MSTDPET", readout: "TopAction" },
      params: { n_inputs: 7 * 15 * 15, n_neurons: 20, n_outputs: 20, n_actions: 2, processing_time: 20, firing_threshold: 1, potential_decay: 0.1, refractory_period: 1, max_weight: 1, weight_init_high: 0.05, learning_rate: 0.01 },
      seed: 0,
    };
    const run = (): number[] => {
      const net = new SpikeyNetwork(spec);
      const game = new CartPoleGame(0);
      let s = game.reset();
      const actions: number[] = [];
      while (!game.done && actions.length < 500) {
        const a = net.tick(s) as number;
        actions.push(a);
        s = game.step(a);
      }
      expect([...net.weights.w].every(Number.isFinite)).toBe(true);
      return actions;
    };
    const a = run();
    expect(a.length).toBeGreaterThan(5);
    expect(new Set(a).size).toBeLessThanOrEqual(2);
    expect(run()).toEqual(a);
  });
});

describe("encoders", () => {
  const fire = (part: typeof RBF, params: Record<string, unknown>, state: number[], steps: number): number[] => {
    const e = part.build(resolveKeys(part.name, part.keys, params), streamRng(0, 1), streamRng(0, 2));
    e.update(state);
    const out = new Float32Array(e.size);
    const counts = new Array(e.size).fill(0);
    for (let k = 0; k < steps; k++) {
      e.fire(out, 0);
      out.forEach((x, j) => (counts[j] += x !== 0 ? 1 : 0));
    }
    return counts;
  };
  it("RBF: the cell at the state's grid point fires at rbf_peak; n_inputs must match the grid", () => {
    const counts = fire(RBF, { n_inputs: 1575 }, [0, 0, 0, 0], 2000);
    // centre cell: x index 3 of 7, θ index 7 of 15, atan(θ̇/4) index 7 of 15 → 3 + 7·7 + 7·105
    const centre = 3 + 7 * 7 + 7 * 105;
    expect(counts.indexOf(Math.max(...counts))).toBe(centre);
    expect(counts[centre] / 2000).toBeCloseTo(0.4, 1);
    expect(CARTPOLE_RBF_RANGES.length).toBe(4);
    expect(() => RBF.build(resolveKeys("RBF", RBF.keys, { n_inputs: 100 }), streamRng(0, 1), streamRng(0, 2))).toThrow(/^n_inputs: is 100 but rbf_ranges makes 1575 place cells/);
  });
  it("RankOrder: one volley per tick per element, the largest first, rank_order_spacing apart", () => {
    const e = RankOrder.build(resolveKeys("RankOrder", RankOrder.keys, { n_inputs: 6, rank_order_spacing: 3 }), streamRng(0, 1), streamRng(0, 2));
    e.update([0.2, 0.9, 0]);
    const out = new Float32Array(6);
    const when: number[][] = [];
    for (let k = 0; k < 8; k++) {
      e.fire(out, 0);
      when.push([...out].map((x, j) => (x ? j : -1)).filter((j) => j >= 0));
    }
    expect(when).toEqual([[2, 3], [], [], [0, 1], [], [], [], []]);
  });
  it("Population: Gaussian tuning, the preferred unit fires most; a size mismatch names n_inputs", () => {
    const counts = fire(Population, { n_inputs: 10, pop_size: 5, pop_peak: 0.5 }, [0.25, 1], 2000);
    expect(counts.slice(0, 5).indexOf(Math.max(...counts.slice(0, 5)))).toBe(1);
    expect(counts.slice(5).indexOf(Math.max(...counts.slice(5)))).toBe(4);
    expect(() => fire(Population, { n_inputs: 9, pop_size: 5 }, [0, 1], 1)).toThrow(/^n_inputs: is 9 but Population needs 2 elements × pop_size 5 = 10/);
  });
});

describe("modifiers (spec §1.8)", () => {
  it("LinearDecay starts from its own value_start (Spikey's bug 3 fixed) and DropOff steps; both drive the live key per tick", async () => {
    const { buildModifier } = await import("./parts/modifiers");
    const lin = buildModifier({ name: "LinearDecay", param: "learning_rate", step_stop: 4, value_start: 1, value_stop: 0 }, 0);
    expect([0, 1, 2, 4, 9].map((k) => lin(k)[1])).toEqual([1, 0.75, 0.5, 0, 0]);
    const drop = buildModifier({ name: "DropOff", param: "prob_rand_fire", step_stop: 2, value_start: 0.3, value_end: 0 }, 0);
    expect([0, 1, 2, 3].map((k) => drop(k))).toEqual([["prob_rand_fire", 0.3], ["prob_rand_fire", 0.3], ["prob_rand_fire", 0], ["prob_rand_fire", 0]]);
    expect(() => buildModifier({ name: "LinearDecay", param: "speed", step_stop: 4, value_start: 1, value_stop: 0 }, 2)).toThrow(/^param: must be one of learning_rate/);
    expect(() => buildModifier({ name: "Exp" as "DropOff", param: "learning_rate", step_stop: 1, value_start: 0 }, 2)).toThrow(/^modifiers\[2\]\.name: unknown modifier 'Exp'/);
  });
});
