import { describe, expect, it } from "vitest";
import { SornNetwork } from "../models/sorn/network";
import { uniformInput } from "../models/inputs";
import { Simulation } from "../worker/simulation";
import { sornOf } from "../worker/sorn/adapter";
import { defaultConfig, inputChoiceOf, inputSpec, simConfig } from "./schema";

describe("config → worker", () => {
  it("gives the default run the command line's default input (uniform, seed + 1000), so both make the same spikes", () => {
    const c = defaultConfig();
    const spec = simConfig(c, null);
    expect(spec.input).toEqual({ kind: "uniform", seed: 1042 });
    const lab = new Simulation(spec);
    lab.advance(40);
    const cli = new SornNetwork({ params: {}, seed: 42 });
    cli.step(40, uniformInput(10, 1042));
    expect(sornOf(lab.model).net.Wee.toDense()).toEqual(cli.net.Wee.toDense());
    expect(sornOf(lab.model).x).toEqual(cli.x);
  });

  it("maps specs back to choices, keeping 'default seed' as null", () => {
    expect(inputChoiceOf({ kind: "uniform", seed: 1007 }, 7)).toEqual({ kind: "uniform", seed: null });
    expect(inputChoiceOf({ kind: "uniform", seed: 5 }, 7)).toEqual({ kind: "uniform", seed: 5 });
    expect(inputChoiceOf({ kind: "matrix", nu: 1, T: 1, data: Float64Array.of(1), name: "a.npy" }, 7)).toEqual({ kind: "file", name: "a.npy" });
    expect(inputSpec({ kind: "file", name: "a.npy" }, 7, null)).toEqual({ kind: "none" });
  });
});
