/**
 * Undo and redo: the stacks on their own (push, undo, redo, the bound, the names), and through
 * the controller with a recording worker and a fake page (the old value goes through the same
 * command: the worker, the address and the config follow; a structural undo waits for Reset).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readyLab } from "../../test/support/fake-lab";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { defaultConfig } from "./schema";
import { pendingStructural } from "./store";
import { applyPatch, emptyUndo, RULE_LABELS, pushStep, redoStep, stepFor, stepName, undoStep, UNDO_LIMIT, type PatchTarget, type UndoStep } from "./undo";
import { decodeConfig } from "./url";
import { RULE_INFO } from "../ui/RulesPanel";

const step = (name: string): UndoStep => ({ name, before: {}, after: {} });
const names = (steps: readonly UndoStep[]) => steps.map((s) => s.name);

describe("the undo stacks", () => {
  it("push onto the past, undo moves the newest onto the future, redo moves it back", () => {
    let s = pushStep(pushStep(emptyUndo(), step("a")), step("b"));
    expect(names(s.past)).toEqual(["a", "b"]);
    const u = undoStep(s)!;
    expect(u.step.name).toBe("b");
    expect(names(u.stacks.past)).toEqual(["a"]);
    expect(names(u.stacks.future)).toEqual(["b"]);
    const u2 = undoStep(u.stacks)!;
    expect(u2.step.name).toBe("a");
    expect(undoStep(u2.stacks)).toBeNull();
    const r = redoStep(u2.stacks)!;
    expect(r.step.name).toBe("a");
    expect(names(r.stacks.past)).toEqual(["a"]);
    expect(names(r.stacks.future)).toEqual(["b"]);
    s = r.stacks;
    expect(redoStep(redoStep(s)!.stacks)).toBeNull();
  });

  it("a new edit clears the redo stack", () => {
    const undone = undoStep(pushStep(pushStep(emptyUndo(), step("a")), step("b")))!.stacks;
    expect(undone.future).toHaveLength(1);
    const s = pushStep(undone, step("c"));
    expect(names(s.past)).toEqual(["a", "c"]);
    expect(s.future).toEqual([]);
  });

  it(`keep the newest ${UNDO_LIMIT} steps and drop older ones`, () => {
    let s = emptyUndo();
    for (let i = 0; i < UNDO_LIMIT + 5; i++) s = pushStep(s, step(`e${i}`));
    expect(s.past).toHaveLength(UNDO_LIMIT);
    expect(s.past[0].name).toBe("e5");
    expect(s.past.at(-1)!.name).toBe(`e${UNDO_LIMIT + 4}`);
    expect(names(pushStep(pushStep(emptyUndo(), step("x"), 1), step("y"), 1).past)).toEqual(["y"]);
    expect(() => pushStep(emptyUndo(), step("x"), 0)).toThrow("the undo limit must be an integer ≥ 1, got 0");
  });

  it("name each kind of edit", () => {
    const c = defaultConfig();
    expect(stepFor(c, { params: { eta_stdp: 0.006 } })!.name).toBe("eta_stdp 0.004 → 0.006");
    expect(stepFor({ ...c, params: { ...c.params, eta_stdp: 0.006 } }, { params: { eta_stdp: 0.004 } })!.name).toBe("eta_stdp 0.006 → 0.004");
    expect(stepFor(c, { params: { h_ip: 0.1 } })!.name).toBe("h_ip auto → 0.1");
    expect(stepFor(c, { params: { network_type_ei: "Dense" } })!.name).toBe("network_type_ei Sparse → Dense");
    expect(stepFor(c, { rules: { stdp: false } })!.name).toBe("STDP off");
    expect(stepFor({ ...c, rules: { ...c.rules, istdp: false } }, { rules: { istdp: true } })!.name).toBe("iSTDP on");
    expect(stepFor(c, { phase: "training" })!.name).toBe("phase plasticity → training");
    expect(stepFor(c, { noise: false })!.name).toBe("noise off");
    expect(stepFor(c, { seed: 7 })!.name).toBe("seed 42 → 7");
    expect(stepFor(c, { input: { kind: "none" } })!.name).toBe("input uniform → none");
    expect(stepFor(c, { input: { kind: "sequence", sequence: "ABCD", amplitude: 2 } })!.name).toBe("input uniform → sequence ABCD × 2");
    expect(stepFor(c, { input: { kind: "uniform", seed: 5 } })!.name).toBe("input uniform → uniform (seed 5)");
    expect(stepFor(c, { input: { kind: "constant", values: [1, 0] } })!.name).toBe("input uniform → constant 1, 0");
    expect(stepFor(c, { params: { eta_stdp: 0.006 }, rules: { sp: false } }, "Preset: X")!.name).toBe("Preset: X");
    expect(stepName({ params: { ne: 200 } }, { params: { ne: 100 }, noise: false })).toBe("ne 200 → 100, noise off");
  });

  it("name the rules as the lab's switches do", () => {
    expect(Object.fromEntries(Object.entries(RULE_LABELS))).toEqual(Object.fromEntries(Object.entries(RULE_INFO).map(([r, i]) => [r, i.name])));
  });

  it("hold only what changes, and nothing for an edit that changes nothing", () => {
    const c = defaultConfig();
    expect(stepFor(c, { params: { eta_stdp: 0.004 } })).toBeNull();
    expect(stepFor(c, { params: { ...DEFAULT_PARAMS }, rules: { ...c.rules }, noise: true, input: { kind: "uniform", seed: null } })).toBeNull();
    expect(stepFor(c, { params: { ...DEFAULT_PARAMS, nu: 0 }, rules: { ...c.rules, sp: false } }, "P")).toEqual({
      name: "P",
      before: { params: { nu: 10 }, rules: { sp: true } },
      after: { params: { nu: 0 }, rules: { sp: false } },
    });
  });

  it("are applied through the commands, each part once, in a fixed order", async () => {
    const calls: unknown[][] = [];
    const target: PatchTarget = {
      setParams: async (v) => (calls.push(["params", v]), true),
      setSeed: (t) => (calls.push(["seed", t]), true),
      setRule: async (r, on) => void calls.push(["rule", r, on]),
      setPhase: async (p) => void calls.push(["phase", p]),
      setNoise: async (on) => void calls.push(["noise", on]),
      setInput: async (c) => (calls.push(["input", c]), false),
    };
    const ok = await applyPatch(target, { input: { kind: "none" }, noise: false, rules: { ss: false, stdp: true }, seed: 3, params: { eta_ip: 0.02 }, phase: "training" });
    expect(ok).toBe(false);
    expect(calls).toEqual([["params", { eta_ip: 0.02 }], ["seed", "3"], ["rule", "stdp", true], ["rule", "ss", false], ["phase", "training"], ["noise", false], ["input", { kind: "none" }]]);
  });
});

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("undo and redo in the lab", () => {
  it("restore a live parameter through the worker and the address, and redo it", async () => {
    const { lab, store, sim, shell } = readyLab();
    await lab.setParam("eta_stdp", "0.006");
    await lab.setParam("eta_stdp", "0.004");
    await lab.setParam("eta_stdp", "0.0040");
    expect(names(store.getState().undo.past)).toEqual(["eta_stdp 0.004 → 0.006", "eta_stdp 0.006 → 0.004"]);
    sim.calls.length = 0;
    expect(await lab.undo()).toBe(true);
    expect(store.getState().config.params.eta_stdp).toBe(0.006);
    expect(decodeConfig(shell.address.hash).config.params.eta_stdp).toBe(0.006);
    await lab.undo();
    expect(store.getState().config.params.eta_stdp).toBe(0.004);
    expect(shell.address.hash).not.toContain("eta_stdp");
    expect(sim.calls).toEqual([["setParams", { eta_stdp: 0.006 }], ["setParams", { eta_stdp: 0.004 }]]);
    expect(await lab.undo()).toBe(false);
    expect(names(store.getState().undo.future)).toEqual(["eta_stdp 0.006 → 0.004", "eta_stdp 0.004 → 0.006"]);
    await lab.redo();
    expect(store.getState().config.params.eta_stdp).toBe(0.006);
    expect(names(store.getState().undo.past)).toEqual(["eta_stdp 0.004 → 0.006"]);
    await lab.setParam("eta_ip", "0.02");
    expect(store.getState().undo.future).toEqual([]);
  });

  it("record no step for a refused value", async () => {
    const { lab, store } = readyLab();
    expect(await lab.setParam("eta_stdp", "5")).toBe(false);
    expect(lab.setSeed("-1")).toBe(false);
    expect(store.getState().undo.past).toEqual([]);
  });

  it("a structural undo waits for Reset like a structural edit", async () => {
    const { lab, store, sim } = readyLab();
    await lab.setParam("ne", "100");
    await lab.reset();
    expect(pendingStructural(store.getState())).toEqual([]);
    sim.calls.length = 0;
    await lab.undo();
    expect(store.getState().config.params.ne).toBe(200);
    expect(store.getState().built!.params.ne).toBe(100);
    expect(pendingStructural(store.getState())).toEqual(["ne"]);
    expect(sim.calls).toEqual([]);
  });

  it("undo rules, phase, noise, seed and input, each through its command", async () => {
    const { lab, store, sim } = readyLab();
    await lab.setRule("stdp", false);
    await lab.setPhase("training");
    await lab.setNoise(false);
    lab.setSeed("7");
    await lab.setInput({ kind: "none" });
    expect(names(store.getState().undo.past)).toEqual(["STDP off", "phase plasticity → training", "noise off", "seed 42 → 7", "input uniform → none"]);
    sim.calls.length = 0;
    for (let i = 0; i < 5; i++) await lab.undo();
    const c = store.getState().config;
    expect([c.rules.stdp, c.phase, c.noise, c.seed, c.input]).toEqual([true, "plasticity", true, 42, { kind: "uniform", seed: null }]);
    expect(sim.calls.map((x) => x[0])).toEqual(["setInput", "setSetting", "setSetting", "setRule"]);
    expect(store.getState().undo.past).toEqual([]);
  });

  it("apply a preset as one step, say which values wait for Reset, and undo it whole", async () => {
    const { lab, store } = readyLab();
    await lab.setParam("eta_stdp", "0.006");
    expect(await lab.applyPreset("zheng2013")).toBe(true);
    const s = store.getState();
    expect(names(s.undo.past)).toEqual(["eta_stdp 0.004 → 0.006", "Preset: Zheng 2013"]);
    expect(s.config.params).toMatchObject({ nu: 0, h_ip: 0.1, noise_sigma: Math.sqrt(0.05), eta_stdp: 0.004 });
    expect(pendingStructural(s)).toEqual(["nu", "h_ip"]);
    expect(s.notices.at(-1)!.text).toBe("Preset: Zheng 2013. nu, h_ip change the network's structure: press Reset to apply them; the rest applies from the next step.");
    await lab.undo();
    expect(store.getState().config.params).toEqual({ ...DEFAULT_PARAMS, eta_stdp: 0.006 });
    expect(pendingStructural(store.getState())).toEqual([]);
    await lab.applyPreset("lazar2009");
    const rules = store.getState().config.rules;
    expect(rules).toEqual({ stdp: true, ip: true, sp: false, istdp: false, ss: true });
    expect(store.getState().config.noise).toBe(false);
    await lab.undo();
    expect(store.getState().config.rules).toEqual({ stdp: true, ip: true, sp: true, istdp: true, ss: true });
    expect(store.getState().config.noise).toBe(true);
  });
});
