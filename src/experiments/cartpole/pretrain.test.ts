/** Spec Q11: pre-training the cart-pole reservoir on random input before the first episode. */
import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { Agent } from "./agent";
import { resolveRun, runSeeds } from "./options";
import { Reservoir } from "./reservoir";

describe("pre-training (Q11)", () => {
  it("runs N plasticity steps on 4 standard normals from RandomState(S + 4000), and changes the weights", () => {
    const a = new Reservoir({ seed: 5 });
    const before = a.net.state().Wee.data.slice();
    a.pretrain(500, new NumpyRandom(runSeeds(5).pretrain));
    expect(a.net.t).toBe(501);
    expect(a.net.state().Wee.data).not.toEqual(before);
    // Same input by hand: the same network afterwards.
    const b = new Reservoir({ seed: 5 });
    const rng = new NumpyRandom(5 + 4000);
    const u = new Float64Array(4);
    b.plastic(true);
    for (let t = 0; t < 500; t++) b.net.step(1, { nu: 4, fill: (_t, out) => out.set(rng.normalFill(u, 0, 1)) });
    expect(b.net.state()).toEqual(a.net.state());
  });

  it("population code: one random bin per observation a step", () => {
    const r = new Reservoir({ seed: 2, encoding: "population", bins: 3 });
    const seen: number[][] = [];
    const step = r.net.step.bind(r.net);
    r.net.step = (n, src) => {
      const out = new Float64Array(12);
      src!.fill(0, out);
      seen.push(Array.from(out));
      return step(n, src);
    };
    r.pretrain(20, new NumpyRandom(9));
    expect(seen).toHaveLength(20);
    for (const u of seen) for (let j = 0; j < 4; j++) expect(u.slice(3 * j, 3 * j + 3).sort()).toEqual([0, 0, 1]);
  });

  it("only the plastic variant pre-trains; 0 (the default) leaves the run as the docs have it", () => {
    const spec = { seed: 3, episodes: 5, env: "v0" as const };
    expect(resolveRun(spec).pretrainSteps).toBe(0);
    const plain = new Agent(resolveRun(spec)).reservoir!.net.state();
    expect(new Agent(resolveRun({ ...spec, pretrainSteps: 0 })).reservoir!.net.state()).toEqual(plain);
    expect(new Agent(resolveRun({ ...spec, pretrainSteps: 200 })).reservoir!.net.t).toBe(201);
    const frozen = new Agent(resolveRun({ ...spec, variant: "frozen", pretrainSteps: 200 })).reservoir!;
    expect(frozen.net.t).toBe(1);
    expect(() => resolveRun({ ...spec, pretrainSteps: -1 })).toThrow(/pretrainSteps.*\[0, 2000000\]/);
    expect(() => resolveRun({ ...spec, pretrainSteps: 1.5 })).toThrow(/pretrainSteps/);
  });
});
