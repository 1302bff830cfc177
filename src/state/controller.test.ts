/**
 * The controller in Node, with a recording fake of the simulation worker and a fake page: what
 * each command sends the worker, what the address becomes after an edit, and that a refused
 * edit changes nothing.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { SornInputError } from "../models/sorn/params";
import { readyLab } from "../../test/support/fake-lab";
import { simConfig } from "./schema";
import { decodeConfig, encodeConfig } from "./url";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("LabController commands", () => {
  it("send the worker one call each (a step pauses first: the reply says where it starts)", async () => {
    const { lab, sim } = readyLab();
    await lab.play();
    await lab.pause();
    await lab.step(5);
    await lab.setRule("stdp", false);
    await lab.setSpeed("max");
    expect(sim.calls).toEqual([
      ["play"],
      ["pause"],
      ["pause"],
      ["step", 5],
      ["setRule", "stdp", false],
      ["setSpeed", "max"],
    ]);
  });

  it("show the play state at once, before the worker answers", async () => {
    const { lab, store } = readyLab();
    const playing = lab.play();
    expect(store.getState().playing).toBe(true);
    await playing;
    await lab.step(1);
    expect(store.getState().playing).toBe(false);
  });

  it("mirror every edit into the address", async () => {
    const { lab, store, shell } = readyLab();
    await lab.setRule("ip", false);
    lab.togglePanel("raster", false);
    lab.setRaster({ rasterE: "0-9" });
    expect(shell.hashes).toHaveLength(3);
    expect(shell.address.hash).toBe("#" + encodeConfig(store.getState().config));
    const shown = decodeConfig(shell.address.hash).config;
    expect(shown.rules.ip).toBe(false);
    expect(shown.panels.raster).toBe(false);
    expect(shown.rasterE).toBe("0-9");
  });

  it("share a link on the page's address with the config and a lesson's hide flags", async () => {
    const { lab, shell } = readyLab();
    shell.replaceHash("old");
    await lab.setRule("sp", false);
    const link = new URL(lab.shareUrl(["params"]));
    expect(link.origin + link.pathname).toBe("https://lab.test/sorn/");
    const shared = decodeConfig(link.hash).config;
    expect(shared.rules.sp).toBe(false);
    expect(shared.hide).toEqual(["params"]);
    expect(decodeConfig(shell.address.hash).config.hide).toEqual([]);
  });

  it("apply a plastic parameter from the next step, and keep a structural one for the reset", async () => {
    const { lab, store, sim, shell } = readyLab();
    expect(await lab.setParam("eta_stdp", "0.005")).toBe(true);
    expect(sim.calls).toEqual([["setParams", { eta_stdp: 0.005 }]]);
    expect(await lab.setParam("ne", "100")).toBe(true);
    expect(sim.calls).toHaveLength(1);
    expect(store.getState().config.params).toMatchObject({ eta_stdp: 0.005, ne: 100 });
    expect(decodeConfig(shell.address.hash).config.params).toMatchObject({ eta_stdp: 0.005, ne: 100 });
  });
});

describe("a refused edit", () => {
  it("changes nothing when the page refuses the value: no worker call, no address change", async () => {
    const { lab, store, sim, shell } = readyLab();
    const before = structuredClone(store.getState().config);
    expect(await lab.setParam("eta_stdp", "lots")).toBe(false);
    expect(lab.setSeed("-3")).toBe(false);
    expect(sim.calls).toEqual([]);
    expect(shell.hashes).toEqual([]);
    expect(store.getState().config).toEqual(before);
    expect(Object.keys(store.getState().fieldErrors).sort()).toEqual(["eta_stdp", "seed"]);
  });

  it("changes nothing when the worker refuses it; the field says why", async () => {
    const { lab, store, sim, shell } = readyLab();
    const before = structuredClone(store.getState().config);
    sim.failOnce("setParams", new SornInputError("eta_stdp", "not now"));
    expect(await lab.setParam("eta_stdp", "0.01")).toBe(false);
    expect(store.getState().config).toEqual(before);
    expect(shell.hashes).toEqual([]);
    expect(store.getState().fieldErrors.eta_stdp).toBe("not now");
  });

  it("keeps the input when the worker refuses the new one", async () => {
    const { lab, store, sim, shell } = readyLab();
    sim.failOnce("setInput", new SornInputError("input", "needs 10 values"));
    expect(await lab.setInput({ kind: "constant", values: [1, 2] })).toBe(false);
    expect(store.getState().config.input).toEqual({ kind: "uniform", seed: null });
    expect(shell.hashes).toEqual([]);
    expect(store.getState().fieldErrors.input).toBe("needs 10 values");
  });

  it("a refused reset keeps the running network, its run id and its kept copy", async () => {
    const { lab, store, sim, shell } = readyLab();
    const run = lab.runId;
    const built = structuredClone(store.getState().built);
    sim.failOnce("create", new Error("p_ee: too dense"));
    await lab.reset();
    expect(sim.names()).toEqual(["create"]);
    expect(store.getState().built).toEqual(built);
    expect(lab.runId).toBe(run);
    expect(store.getState().notices.at(-1)?.text).toBe("Reset refused: p_ee: too dense. The current run is unchanged.");
    await vi.runAllTimersAsync();
    expect(shell.runs.saved).toEqual([]);
  });
});

describe("reset", () => {
  it("builds the desired config, restores the speed, and keeps the new run under a new id", async () => {
    const { lab, store, sim, shell } = readyLab();
    lab.setSeed("7");
    const run = lab.runId;
    await lab.reset();
    const { config } = store.getState();
    expect(sim.calls).toEqual([["create", simConfig(config, null)], ["setSpeed", config.speed]]);
    expect(store.getState().built?.seed).toBe(7);
    expect(lab.runId).not.toBe(run);
    expect(shell.tabRun.id).toBe(lab.runId);
    await vi.runAllTimersAsync();
    expect(shell.runs.saved.map((r) => r.id)).toEqual([lab.runId]);
  });
});
