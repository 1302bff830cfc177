import { describe, expect, it } from "vitest";
import { presetSpec } from "../../experiments/spikey/job";
import { findPreset } from "../../models/spikey/presets";
import { specHash } from "../../models/spikey/spec";
import { defaultBuilderForm, keyRows, presetForm, withPart } from "./builder-form";
import { parseBuilder, readShared, shareText } from "./builder-parse";
import { SpikeyBuilderModel } from "./builder";
import { SpikeyRunModel, type SpikeyRemote } from "./run";

const ok = (form = defaultBuilderForm()) => {
  const p = parseBuilder(form);
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p;
};
const errorsOf = (form: ReturnType<typeof defaultBuilderForm>) => {
  const p = parseBuilder(form);
  if (p.ok) throw new Error("parsed");
  return p.errors;
};

describe("the Spikey builder form", () => {
  it("E1 from the page is the per-seed job's network: the same spec hash", () => {
    for (const name of ["e1-rate-xor", "e4-conditioning"]) {
      const page = ok({ ...presetForm(name), seed: "3" });
      const job = presetSpec(findPreset(name)!, 3).spec;
      expect(page.hash).toBe(specHash(job));
    }
    expect(ok().target).toEqual({ "00": 0, "01": 1, "10": 1, "11": 0 });
    expect(ok(presetForm("e4-conditioning")).target).toEqual({ "0": 1, "3": 1, "6": 1, "9": 1 });
  });

  it("lists every key of the chosen parts once with its source, user > preset > game > default", () => {
    const form = { ...defaultBuilderForm(), user: { firing_threshold: "12" } };
    const rows = keyRows(form);
    const by = Object.fromEntries(rows.map((r) => [r.key.name, r]));
    expect(new Set(rows.map((r) => r.key.name)).size).toBe(rows.length);
    expect([by.firing_threshold.source, by.firing_threshold.text]).toEqual(["user", "12"]);
    expect([by.n_inputs.group, by.n_inputs.source, by.n_inputs.text]).toEqual(["network", "preset", "60"]);
    expect([by.expected_value.source, by.expected_value.text]).toEqual(["game", '{"00":0,"01":1,"10":1,"11":0}']);
    expect(by.reward_mult.source).toBe("default");
    const p = ok({ ...form, user: { expected_value: '{"00":1,"01":0,"10":0,"11":1}' } });
    expect(p.spec.network.params.expected_value).toEqual({ "00": 1, "01": 0, "10": 0, "11": 1 });
    expect(p.spec.network.params.firing_threshold).toBe(16);
  });

  it("refuses a bad value naming the key (type, range, JSON, sizes, unknown key)", () => {
    const f = defaultBuilderForm();
    expect(errorsOf({ ...f, user: { firing_threshold: "abc" } })).toEqual({ firing_threshold: "firing_threshold: must be a finite number, got 'abc'" });
    expect(errorsOf({ ...f, user: { n_neurons: "2.5" } }).n_neurons).toBe("n_neurons: must be an integer, got 2.5");
    expect(errorsOf({ ...f, user: { potential_decay: "-1" } }).potential_decay).toMatch(/^potential_decay: must be ≥/);
    expect(errorsOf({ ...f, user: { layers: "[[60, 60]" } }).layers).toMatch(/^layers: must be JSON/);
    expect(errorsOf({ ...f, user: { n_outputs: "62" } }).n_outputs).toBe("n_outputs: must be ≤ n_neurons (61), got 62");
    expect(Object.keys(errorsOf({ ...f, user: { n_inputs: "59" } }))).toHaveLength(1);
    expect(errorsOf({ ...f, user: { bogus: "1" } }).bogus).toMatch(/^bogus: unknown key/);
    expect(errorsOf({ ...f, seed: "-1" }).seed).toMatch(/^seed: must be an integer in \[0, 4294967295\]/);
    expect(errorsOf({ ...f, gameKind: "rand_state", nStates: "0" })["game.n_states"]).toMatch(/^game.n_states/);
    expect(errorsOf({ ...f, modifiers: '[{"name":"LinearDecay","param":"nope","step_stop":5,"value_start":1,"value_stop":0}]' }).param).toMatch(/^param: must be one of/);
  });

  it("a preset is a template: other parts keep its keys that they read and leave the rest out", () => {
    const f = withPart(defaultBuilderForm(), "synapses", "MSTDPET");
    const p = ok(f);
    expect(p.spec.network.parts.synapses).toBe("MSTDPET");
    expect(p.spec.network.params.firing_threshold).toBe(16);
    expect(p.spec.network.params.stdp_window).toBeUndefined();
    const withUser = withPart({ ...defaultBuilderForm(), user: { stdp_window: "10", firing_threshold: "9" } }, "synapses", "MSTDP");
    expect(withUser.user).toEqual({ firing_threshold: "9" });
  });

  it("the shared JSON reads back to the same network", () => {
    const p = ok({ ...defaultBuilderForm(), user: { firing_threshold: "14" }, seed: "7" });
    const text = shareText(p.spec);
    expect(JSON.parse(text)).toMatchObject({ format: "sorn-lab-spikey-network", version: 1, hash: p.hash, game: { kind: "logic", gate: "XOR" }, episodeTicks: 800 });
    const back = ok(readShared(text));
    expect(back.hash).toBe(p.hash);
    expect(back.spec).toEqual(p.spec);
    expect(() => readShared("{")).toThrow(/^network JSON: is not JSON/);
    expect(() => readShared(text.replace('"LIF"', '"Hodgkin"'))).toThrow(/^parts.neurons: unknown part 'Hodgkin'/);
  });
});

describe("SpikeyBuilderModel", () => {
  it("a refused build leaves the running network as it is", async () => {
    const calls: string[] = [];
    const remote: SpikeyRemote = {
      reset: async () => {
        calls.push("reset");
        return { hash: "h", nInputs: 1, nNeurons: 1, nOutputs: 1, steps: 1, inhibitory: new Uint8Array(2), states: ["0"], weightSums: [0, 0], rewardPerStep: false };
      },
      setLearning: async () => {},
      advance: async () => {
        throw new Error("not used");
      },
    };
    const run = new SpikeyRunModel({ start: () => remote, now: () => 0 });
    const saved: string[] = [];
    const b = new SpikeyBuilderModel(run, { save: (t) => saved.push(t), copy: async () => {} });
    expect(await b.build()).toBe(true);
    b.editKey("firing_threshold", "x");
    expect(await b.build()).toBe(false);
    expect(calls).toEqual(["reset"]);
    expect(b.store.getState().errors.firing_threshold).toBe("firing_threshold: must be a finite number, got 'x'");
    expect(b.store.getState().message).toBe("Not built: firing_threshold: must be a finite number, got 'x'");
    b.editKey("firing_threshold", null);
    b.download();
    expect(JSON.parse(saved[0]).network.params.firing_threshold).toBe(16);
    b.pickPreset("");
    expect(b.store.getState().form.user.layers).toBe("[[60,60],[60,1]]");
    b.download();
    expect(JSON.parse(saved[1]).hash).toBe(JSON.parse(saved[0]).hash);
  });
});
