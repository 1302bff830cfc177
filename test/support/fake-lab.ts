/**
 * A lab for the Node tests: the real store, controller and frame bus, with a recording fake of
 * the simulation worker and a fake page. `create` answers with its config; `snapshot` with the
 * last created config (the default one before any) and a state at `step`.
 */
import type { SornState } from "../../src/models/sorn/types";
import { LabController } from "../../src/state/controller";
import { FrameBus } from "../../src/state/frame-bus";
import type { SavedRun } from "../../src/state/persistence";
import { defaultConfig, simConfig } from "../../src/state/schema";
import { createLabStore, type LabStore } from "../../src/state/store";
import type { SimRemote } from "../../src/worker/client";
import type { Frame, SimConfig } from "../../src/worker/protocol";
import { FakeShell } from "./fake-shell";
import { Recorder } from "./recorder";

/** The parts of a test lab. */
export interface TestLab {
  lab: LabController;
  store: LabStore;
  sim: Recorder<SimRemote>;
  shell: FakeShell;
  frames: FrameBus;
}

/** A recording simulation worker with the answers a lab needs to start. */
export function fakeSim(step = 7): Recorder<SimRemote> {
  let created: SimConfig = simConfig(defaultConfig(), null);
  return new Recorder<SimRemote>()
    .answer("create", (config: SimConfig) => (created = structuredClone(config)))
    .answer("snapshot", () => ({ config: created, state: { step } as SornState }));
}

/** A lab on a fake page at `href` (its fragment: a link's settings), optionally with a kept run. */
export function testLab(href = "https://lab.test/sorn/", options: { kept?: SavedRun; tabRun?: string } = {}): TestLab {
  const shell = new FakeShell(href, options);
  const sim = fakeSim();
  const store = createLabStore();
  const frames = new FrameBus();
  const lab = new LabController(store, sim.remote, frames, shell);
  return { lab, store, sim, shell, frames };
}

/** A lab as after start-up: built from its config and ready, with no calls recorded yet. */
export function readyLab(): TestLab {
  const t = testLab();
  const { config } = t.store.getState();
  t.store.setState({ built: structuredClone(config), ready: true });
  return t;
}

/** A frame from the worker at step `t` (empty series and spikes), with `patch` applied. */
export function frameAt(t: number, patch: Partial<Frame> = {}): Frame {
  return {
    run: 1,
    family: "sorn",
    t,
    steps: 0,
    series: {},
    spikes: { groups: [], steps: 0, packed: new Uint32Array(0) },
    rates: { values: new Float32Array(0), window: 0 },
    extras: {},
    status: { silentSteps: 0, recentActivity: 0.1, nonFinite: false, warnings: [] },
    playing: false,
    stepsPerSecond: 0,
    error: null,
    ...patch,
  } as Frame;
}
