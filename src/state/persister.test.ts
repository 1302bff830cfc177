/** The persister in Node: what gets kept of a run, and when, with a fake page and worker. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { frameAt, readyLab } from "../../test/support/fake-lab";
import { MAX_PERSISTED_NE } from "./persistence";
import { SAVE_EVERY_S } from "./persister";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Persister", () => {
  it("keeps the page's config, the engine's config and the state, under the run's id", async () => {
    const { lab, store, sim, shell } = readyLab();
    await lab.reset();
    lab.togglePanel("weights", false);
    lab.setSeed("99");
    sim.clear();
    await lab.persister.now();
    expect(sim.names()).toEqual(["snapshot"]);
    const [kept] = shell.runs.saved;
    expect(kept.id).toBe(lab.runId);
    expect(kept.state).toEqual({ step: 7 });
    // The engine's settings are what runs (seed 42, until a reset); the page's config has the edit waiting for it.
    expect(kept.built?.seed).toBe(42);
    expect(kept.config.seed).toBe(99);
    expect(kept.config.panels.weights).toBe(false);
    expect(kept.inputFile).toBeNull();
    expect(store.getState().savedStep).toBe(7);
  });

  it("waits for a pause in the requests and saves once", async () => {
    const { lab, shell } = readyLab();
    lab.persister.soon();
    await vi.advanceTimersByTimeAsync(200);
    lab.persister.soon();
    await vi.advanceTimersByTimeAsync(200);
    expect(shell.runs.saved).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    expect(shell.runs.saved).toHaveLength(1);
  });

  it("folds the requests made during a save into one more save", async () => {
    const { lab, sim, shell } = readyLab();
    let release!: () => void;
    sim.answer("snapshot", () => new Promise((r) => (release = () => r({ config: { seed: 1, params: {}, rules: {}, phase: "plasticity", noise: true }, state: { step: 3 } }))));
    const first = lab.persister.now();
    void lab.persister.now();
    void lab.persister.now();
    await vi.advanceTimersByTimeAsync(0);
    release();
    await first;
    await vi.advanceTimersByTimeAsync(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(sim.names()).toEqual(["snapshot", "snapshot"]);
    expect(shell.runs.saved).toHaveLength(2);
  });

  it("keeps nothing before the lab is ready, or of a network too large to keep", async () => {
    const { lab, store, shell } = readyLab();
    store.setState({ ready: false });
    await lab.persister.now();
    const built = structuredClone(store.getState().config);
    built.params.ne = MAX_PERSISTED_NE + 1;
    store.setState({ ready: true, built });
    await lab.persister.now();
    expect(shell.runs.saved).toEqual([]);
  });

  it("saves every few seconds while playing, and when the page is hidden", async () => {
    const { lab, store, shell } = readyLab();
    lab.persister.start();
    lab.persister.start();
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_S * 1000);
    expect(shell.runs.saved).toHaveLength(0);
    store.setState({ playing: true });
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_S * 1000 + 1);
    expect(shell.runs.saved).toHaveLength(1);
    shell.hide();
    await vi.advanceTimersByTimeAsync(0);
    expect(shell.runs.saved).toHaveLength(2);
    lab.persister.stop();
    await vi.advanceTimersByTimeAsync(SAVE_EVERY_S * 3000);
    expect(shell.runs.saved).toHaveLength(2);
  });

  it("a failed save is logged and changes nothing", async () => {
    const { lab, store, shell } = readyLab();
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    shell.runs.save = () => Promise.reject(new Error("quota"));
    await lab.persister.now();
    expect(log).toHaveBeenCalledOnce();
    expect(store.getState().savedStep).toBeNull();
    expect(store.getState().notices).toEqual([]);
    log.mockRestore();
  });

  it("keeps every edit at once, after the worker has it: parameters, rules, panels, raster view", async () => {
    const { lab, sim, shell } = readyLab();
    const history = { steps: 1, spikes: { E: Uint8Array.of(1), I: Uint8Array.of(0) }, series: {} };
    sim.answer("snapshot", () => ({ config: { seed: 42, params: {}, rules: {}, phase: "plasticity", noise: true }, state: { step: 7 }, history }));
    await lab.setParam("eta_stdp", "0.009");
    await vi.advanceTimersByTimeAsync(0);
    expect(sim.names()).toEqual(["setParams", "snapshot"]);
    expect(shell.runs.saved.at(-1)?.config.params.eta_stdp).toBe(0.009);
    expect(shell.runs.saved.at(-1)?.history).toEqual(history);
    await lab.setRule("sp", false);
    await vi.advanceTimersByTimeAsync(0);
    expect(sim.names().slice(2)).toEqual(["setRule", "snapshot"]);
    lab.togglePanel("weights", false);
    await vi.advanceTimersByTimeAsync(0);
    lab.setRaster({ rasterE: "0-9" });
    await vi.advanceTimersByTimeAsync(0);
    const kept = shell.runs.saved.at(-1)!.config;
    expect([kept.rules.sp, kept.panels.weights, kept.rasterE]).toEqual([false, false, "0-9"]);
    expect(shell.runs.saved).toHaveLength(4);
  });

  it("saves soon after a pause, a step, or a frame that says the run stopped", async () => {
    const { lab, store, sim, shell } = readyLab();
    await lab.pause();
    await vi.advanceTimersByTimeAsync(300);
    await lab.step(3);
    await vi.advanceTimersByTimeAsync(300);
    expect(sim.names()).toEqual(["pause", "snapshot", "pause", "step", "snapshot"]);
    store.setState({ playing: true });
    await lab.onFrame(frameAt(40, { playing: true }));
    await vi.advanceTimersByTimeAsync(300);
    expect(shell.runs.saved).toHaveLength(2);
    await lab.onFrame(frameAt(50, { playing: false, error: "The run stopped: NaN" }));
    await vi.advanceTimersByTimeAsync(300);
    expect(shell.runs.saved).toHaveLength(3);
    expect(store.getState()).toMatchObject({ t: 50, playing: false, runError: "The run stopped: NaN" });
  });
});
