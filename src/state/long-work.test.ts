/**
 * Long work in the controller (issue 11, bug 4): a Step N shows its progress and Space, Pause or
 * Play end it; a Reset shows the build, and one the lab cannot hold is refused before the worker
 * is asked, with its estimated memory, at the field and in the notice.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readyLab } from "../../test/support/fake-lab";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A worker whose `step` runs until `stop()`, answering with the step reached. */
function steppingLab() {
  const t = readyLab();
  let stop: (reached: number) => void = () => {};
  t.sim.answer("pause", () => {
    stop(1234);
    return 1000;
  });
  t.sim.answer("step", () => new Promise<number>((r) => (stop = r)));
  return t;
}

describe("a Step N in the controller", () => {
  it("shows its progress from the step the worker starts at, and Space (toggle) stops it", async () => {
    const { lab, store, sim } = steppingLab();
    store.setState({ t: 990 }); // the page's count can lag; the worker's pause reply is exact
    const stepping = lab.step(1_000_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().work).toEqual({ kind: "step", from: 1000, total: 1_000_000 });
    expect(lab.going).toBe(true);
    await lab.togglePlay();
    await stepping;
    expect(store.getState().work).toBeNull();
    expect(store.getState().playing).toBe(false);
    expect(sim.names()).toEqual(["pause", "step", "pause"]);
  });

  it("Play ends it and plays on; a pause before the step starts means no step at all", async () => {
    const { lab, store, sim } = steppingLab();
    let stop: (reached: number) => void = () => {};
    sim.answer("step", () => new Promise<number>((r) => (stop = r)));
    sim.answer("play", () => stop(1500)); // the worker's play ends its Step N
    const stepping = lab.step(500);
    await vi.advanceTimersByTimeAsync(0);
    await lab.play();
    await stepping;
    expect(store.getState()).toMatchObject({ work: null, playing: true });
    sim.calls.length = 0;
    const second = lab.step(500);
    await lab.pause(); // before the step's own pause has answered
    await second;
    expect(sim.names()).toEqual(["pause", "pause"]);
    expect(store.getState()).toMatchObject({ work: null, playing: false });
  });
});

describe("a Reset", () => {
  it("shows the build while the worker builds, and clears it after", async () => {
    const { lab, store, sim } = readyLab();
    let built: () => void = () => {};
    sim.answer("create", (c) => new Promise((r) => (built = () => r(c))));
    const resetting = lab.reset();
    expect(store.getState().work).toEqual({ kind: "build", ne: 200 });
    await vi.advanceTimersByTimeAsync(0);
    built();
    await resetting;
    expect(store.getState().work).toBeNull();
  });

  it("of a network too big for the lab is refused at once with its estimate; the run and its play state are untouched", async () => {
    const { lab, store, sim } = readyLab();
    store.setState({ playing: true });
    expect(await lab.setParam("ne", "100000")).toBe(true);
    expect(store.getState().fieldErrors.ne).toMatch(/^ne = 100,000 \(E→I Dense\) needs about \d+ GiB of memory .*; the lab's limit is 1 GiB\. .*Reset will refuse it\.$/);
    sim.calls.length = 0;
    await lab.reset();
    expect(sim.calls).toEqual([]);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().work).toBeNull();
    expect(store.getState().notices.at(-1)?.text).toMatch(/^Reset refused: ne = 100,000 .* the lab's limit is 1 GiB\. .*The current run is unchanged\.$/);
    // Making it fit clears the note; Sparse E→I alone does not (the dense state copy is ne²).
    await lab.setParam("network_type_ie", "Sparse");
    expect(store.getState().fieldErrors.ne).toBeUndefined();
    expect(store.getState().fieldErrors.network_type_ie).toMatch(/^ne = 100,000 needs about/);
    await lab.setParam("ne", "2000");
    expect(store.getState().fieldErrors).toEqual({});
  });
});
