/** StoreChart: store changes and plotly's load reach `update`, destroy unsubscribes and purges; a fake plotly. */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createStore } from "zustand/vanilla";
import type { Plotly } from "./plotly";

const purged: unknown[] = [];
let resolveLoad: (p: Plotly) => void = () => undefined;
vi.mock("./plotly", () => ({ loadPlotly: () => new Promise<Plotly>((r) => (resolveLoad = r)) }));
const fakePlotly = { purge: (host: unknown) => void purged.push(host) } as unknown as Plotly;

const { StoreChart } = await import("./store-chart");

describe("StoreChart", () => {
  beforeEach(() => void (purged.length = 0));

  it("calls update on each change (not forced), then forced with the latest state once plotly has loaded", async () => {
    const store = createStore<{ n: number }>(() => ({ n: 0 }));
    const calls: Array<[number, boolean, boolean]> = [];
    const chart: InstanceType<typeof StoreChart<{ n: number }>> = new StoreChart({} as HTMLElement, store, (s, force) => calls.push([s.n, force, chart.plotly !== null]));
    expect(calls).toEqual([]);
    store.setState({ n: 1 });
    resolveLoad(fakePlotly);
    await Promise.resolve();
    await Promise.resolve();
    store.setState({ n: 2 });
    expect(calls).toEqual([[1, false, false], [1, true, true], [2, false, true]]);
    expect(chart.plotly).toBe(fakePlotly);
  });

  it("destroy unsubscribes and purges the host; a load after destroy draws nothing", async () => {
    const host = {} as HTMLElement;
    const store = createStore<{ n: number }>(() => ({ n: 0 }));
    const calls: number[] = [];
    const early = new StoreChart(host, store, (s) => calls.push(s.n));
    early.destroy();
    expect(early.destroyed).toBe(true);
    store.setState({ n: 1 });
    resolveLoad(fakePlotly);
    await Promise.resolve();
    await Promise.resolve();
    expect(calls).toEqual([]);
    expect(early.plotly).toBeNull();
    expect(purged).toEqual([]); // nothing was drawn, nothing to purge

    const late = new StoreChart(host, store, (s) => calls.push(s.n));
    resolveLoad(fakePlotly);
    await Promise.resolve();
    await Promise.resolve();
    late.destroy();
    store.setState({ n: 2 });
    expect(calls).toEqual([1]);
    expect(purged).toEqual([host]);
  });
});
