/**
 * Opening the lab in Node, with a fake page and worker: which run it builds (a kept one, or the
 * link's), what it sends the worker, what the address shows after, and what it keeps.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { frameAt, testLab } from "../../test/support/fake-lab";
import type { SornState } from "../models/sorn/types";
import type { SavedRun } from "./persistence";
import { defaultConfig, simConfig, type LabConfig } from "./schema";
import { startLab } from "./startup";
import { decodeConfig, encodeConfig } from "./url";

const PAGE = "https://lab.test/sorn/";

function kept(id: string, patch: Partial<LabConfig> = {}): SavedRun {
  const config = { ...defaultConfig(), ...patch };
  return { id, savedAt: 1, config, state: { step: 1234 } as SornState, inputFile: null };
}

function linkTo(patch: Partial<LabConfig>): string {
  return `${PAGE}#${encodeConfig({ ...defaultConfig(), ...patch })}`;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startLab", () => {
  it("on a bare address restores the kept run: its state, its id, its settings in the address", async () => {
    const { lab, store, sim, shell } = testLab(PAGE, { kept: kept("run-a", { seed: 5 }) });
    await startLab(lab);
    const config = store.getState().config;
    expect(sim.names()).toEqual(["connect", "create", "setSpeed"]);
    expect(sim.callsOf("create")).toEqual([[simConfig(config, null), { step: 1234 }]]);
    expect(config.seed).toBe(5);
    expect(lab.runId).toBe("run-a");
    expect(shell.tabRun.id).toBe("run-a");
    expect(decodeConfig(shell.address.hash).config.seed).toBe(5);
    expect(store.getState().ready).toBe(true);
    expect(store.getState().notices.map((n) => n.text)).toEqual(["Restored your last run at step 1,234."]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(shell.runs.saved).toEqual([]);
  });

  it("from a shared link builds the link's run fresh and keeps it under a new id", async () => {
    const { lab, store, sim, shell } = testLab(linkTo({ seed: 9 }), { kept: kept("run-a") });
    await startLab(lab);
    expect(sim.callsOf("create")).toEqual([[simConfig(store.getState().config, null)]]);
    expect(store.getState().built?.seed).toBe(9);
    expect(lab.runId).not.toBe("run-a");
    expect(shell.tabRun.id).toBe(lab.runId);
    await vi.advanceTimersByTimeAsync(1000);
    expect(shell.runs.saved.map((r) => [r.id, r.config.seed])).toEqual([[lab.runId, 9]]);
  });

  it("a reload of the same tab restores its run even though the address has settings", async () => {
    const { lab, sim } = testLab(linkTo({ seed: 9 }), { kept: kept("run-a", { seed: 5 }), tabRun: "run-a" });
    await startLab(lab);
    expect(sim.callsOf("create")[0][1]).toEqual({ step: 1234 });
    expect(lab.runId).toBe("run-a");
  });

  it("a reload of the tab keeps the edits its address holds, with the kept state, engine seed and history", async () => {
    const history = { steps: 2, spikes: { E: new Uint8Array(400), I: new Uint8Array(80) }, series: {} };
    const run: SavedRun = { ...kept("run-a", { seed: 5 }), built: { ...defaultConfig(), seed: 5 }, history };
    const base = defaultConfig();
    // Edited just before the reload (only the address has them): a live parameter, a rule, a panel,
    // the raster, and a seed and ne waiting for a reset.
    const edited: LabConfig = { ...base, seed: 8, params: { ...base.params, eta_stdp: 0.009, ne: 300 }, rules: { ...base.rules, sp: false }, panels: { ...base.panels, weights: false }, rasterE: "0-9" };
    const { lab, store, sim, shell } = testLab(`${PAGE}#${encodeConfig(edited)}`, { kept: run, tabRun: "run-a" });
    await startLab(lab);
    const [config, state, sent] = sim.callsOf("create")[0] as [ReturnType<typeof simConfig>, SornState, unknown];
    expect([config.seed, config.params.ne, config.params.eta_stdp, config.rules.sp]).toEqual([5, 200, 0.009, false]);
    expect(state).toEqual({ step: 1234 });
    expect(sent).toEqual(history);
    expect(store.getState().config).toEqual(edited);
    expect(store.getState().built?.seed).toBe(5);
    expect(shell.address.hash).toBe("#" + encodeConfig(edited));
    expect(lab.runId).toBe("run-a");
  });

  it("a kept history the worker refuses is dropped with a warning; the run itself is restored", async () => {
    const history = { steps: 9999, spikes: {}, series: {} };
    const { lab, store, sim } = testLab(PAGE, { kept: { ...kept("run-a"), history } });
    sim.failOnce("create", new Error("history: it holds 9999 steps but the run is at step 1234"));
    await startLab(lab);
    expect(sim.callsOf("create").map((c) => c.length)).toEqual([3, 2]);
    expect(lab.runId).toBe("run-a");
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      "Restored your last run at step 1,234.",
      "The kept history could not be restored (history: it holds 9999 steps but the run is at step 1234); the panels start at step 1,234.",
    ]);
  });

  it("a kept run the worker refuses gives way to a fresh one, with a warning", async () => {
    const { lab, store, sim } = testLab(PAGE, { kept: kept("run-a") });
    sim.failOnce("create", new Error("Wee: wrong shape"));
    await startLab(lab);
    expect(sim.callsOf("create")).toHaveLength(2);
    expect(sim.callsOf("create")[1]).toHaveLength(1);
    expect(store.getState().notices[0].text).toBe("Could not restore the last run (Wee: wrong shape); started a new one.");
    expect(store.getState().ready).toBe(true);
  });

  it("a link whose settings cannot build a network opens with the defaults", async () => {
    const { lab, store, sim, shell } = testLab(linkTo({ seed: 9 }));
    sim.failOnce("create", new Error("ne: too small"));
    await startLab(lab);
    expect(store.getState().config).toEqual(defaultConfig());
    expect(shell.address.hash).toBe("#" + encodeConfig(defaultConfig()));
    expect(store.getState().notices.at(-1)?.text).toContain("could not build a network (ne: too small); using the defaults");
  });

  it("passes each frame to the lab, then waits for the page to paint before acknowledging it", async () => {
    const { lab, store, sim, shell } = testLab();
    await startLab(lab);
    const [sink] = sim.callsOf("connect")[0] as [(f: ReturnType<typeof frameAt>) => Promise<void>];
    await sink(frameAt(12));
    expect(store.getState().t).toBe(12);
    expect(shell.paints).toBe(1);
  });

  it("another link opened in the tab forgets the tab's run and reloads the page", async () => {
    const { lab, shell } = testLab();
    await startLab(lab);
    expect(shell.tabRun.id).toBe(lab.runId);
    shell.openLink(encodeConfig({ ...defaultConfig(), seed: 3 }));
    expect(shell.tabRun.id).toBeNull();
    expect(shell.reloads).toBe(1);
  });
});
