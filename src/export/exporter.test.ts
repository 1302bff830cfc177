/**
 * The exporter in Node, with a fake page, a recording simulation worker and fake analysis
 * workers: what each export asks the workers for and what it writes, what a loaded run changes
 * (and that a refused one changes nothing), and that correlation and exports share one worker.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FakeAnalysisWorkers } from "../../test/support/fake-analysis";
import { readyLab, type TestLab } from "../../test/support/fake-lab";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { CorrelationModel } from "../state/correlation";
import { shownPanels } from "../state/url";
import { AnalysisClient } from "../worker/client";
import type { SimConfig } from "../worker/protocol";
import { Exporter } from "./exporter";
import { emptyUndo, pushStep } from "../state/undo";

interface ExportLab extends TestLab {
  exporter: Exporter;
  correlation: CorrelationModel;
  workers: FakeAnalysisWorkers;
}

const PNG = new Uint8Array([137, 80, 78, 71]);

function exportLab(): ExportLab {
  const t = readyLab();
  const workers = new FakeAnalysisWorkers()
    .answer("png", () => PNG)
    .answer("dashboardSvg", (svgs: string[]) => `<svg>${svgs.join("")}</svg>`)
    .answer("networkSvg", () => "<svg>network</svg>")
    .answer("correlation", () => ({ n: 2, matrix: new Float64Array([1, 0.5, 0.5, 1]), mean: 0.5, constant: 0, steps: 10 }));
  const analysis = new AnalysisClient(workers.start);
  const correlation = new CorrelationModel(t.lab, analysis);
  const exporter = new Exporter(t.lab, correlation, analysis, t.shell);
  t.store.setState({ t: 1500 });
  t.sim.answer("figure", (kind: string) => `<svg>${kind}</svg>`);
  return { ...t, exporter, correlation, workers };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("Exporter downloads", () => {
  it("records: the worker's text, named after the run", async () => {
    const { exporter, sim, shell } = exportLab();
    sim.answer("records", (format: string) => `records as ${format}`);
    await exporter.records("csv");
    expect(sim.calls).toEqual([["records", "csv"]]);
    expect(shell.downloads).toEqual([{ data: "records as csv", filename: "sorn-seed42-t1500-records.csv", type: "text/csv" }]);
  });

  it("state and run files: the worker's bytes, without and with the records", async () => {
    const { exporter, sim, shell } = exportLab();
    const bytes = new Uint8Array([80, 75, 3, 4]);
    sim.answer("saveRun", (format: string) => (format === "npz" ? bytes : "{}"));
    await exporter.state("npz");
    await exporter.saveRun("json");
    expect(sim.calls).toEqual([
      ["saveRun", "npz", false],
      ["saveRun", "json", true],
    ]);
    expect(shell.downloads).toEqual([
      { data: bytes, filename: "sorn-seed42-t1500-state.npz", type: "application/zip" },
      { data: "{}", filename: "sorn-seed42-t1500-run.json", type: "application/json" },
    ]);
  });

  it("a panel as PNG: the worker's SVG with the run's seed, rendered by the analysis worker", async () => {
    const { exporter, sim, shell, workers, store } = exportLab();
    await exporter.figure("weights", "png");
    const [[kind, options]] = sim.callsOf("figure") as [[string, { meta: { seed: number } }]];
    expect(kind).toBe("weights");
    expect(options.meta.seed).toBe(42);
    expect(workers.started[0].recorder.calls).toEqual([["png", "<svg>weights</svg>"]]);
    expect(shell.downloads).toEqual([{ data: PNG, filename: "sorn-seed42-t1500-weights.png", type: "image/png" }]);
    expect(store.getState().busy["export-weights"]).toBe(false);
  });

  it("the dashboard: every shown panel but a correlation not yet computed, composed into one SVG", async () => {
    const { exporter, sim, shell, store } = exportLab();
    await exporter.dashboard("svg");
    const shown = shownPanels(store.getState().config);
    expect(shown).toContain("correlation");
    expect(sim.callsOf("figure")).toHaveLength(shown.length - 1);
    expect(shell.downloads.map((d) => d.filename)).toEqual(["sorn-seed42-t1500-dashboard.svg"]);
    expect(String(shell.downloads[0].data)).toContain("<svg>raster</svg>");
  });

  it("a failed export says why and downloads nothing", async () => {
    const { exporter, sim, shell, store } = exportLab();
    sim.failOnce("records", new Error("no records yet"));
    await exporter.records("json");
    await exporter.figure("correlation", "svg");
    expect(shell.downloads).toEqual([]);
    expect(store.getState().notices.map((n) => n.text)).toEqual(["Export failed: no records yet", "Export failed: compute the correlation network first"]);
    expect(store.getState().busy).toMatchObject({ "export-records": false, "export-correlation": false });
  });
});

describe("the composer's downloads", () => {
  const sized = (kind: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400"><title>${kind}</title></svg>`;
  const PDF = new Uint8Array([37, 80, 68, 70]);

  it("a composition at a print size: the SVG in mm, the PNG at the dpi's width, the PDF from the analysis worker", async () => {
    const { exporter, sim, shell, workers, store } = exportLab();
    sim.answer("figure", sized);
    workers.answer("pdf", () => PDF);
    await exporter.composer.pick("raster", true);
    await exporter.composer.pick("weights", true);
    await exporter.composer.update({ size: "double", dpi: 150, cols: 2 });
    // Laid out as the CLI lays a composition out at 174 mm: two columns of a shared box.
    const made = sim.callsOf("figure") as [string, { meta: { layout?: { width: number; height: number } } }][];
    expect(made.slice(-2).map(([kind, o]) => [kind, o.meta.layout])).toEqual([
      ["raster", { width: 383.5, height: 238, style: "screen" }],
      ["weights", { width: 383.5, height: 238, style: "screen" }],
    ]);
    for (const f of ["svg", "png", "pdf"] as const) await exporter.composition(f);
    expect(shell.downloads.map((d) => [d.filename, d.type])).toEqual([
      ["sorn-seed42-t1500-composed.svg", "image/svg+xml"],
      ["sorn-seed42-t1500-composed.png", "image/png"],
      ["sorn-seed42-t1500-composed.pdf", "application/pdf"],
    ]);
    expect(String(shell.downloads[0].data)).toMatch(/^<svg\b[^>]*\swidth="174mm"/);
    const calls = workers.started[0].recorder.calls;
    expect(calls.map((c) => c[0])).toEqual(["png", "pdf"]);
    expect(calls[0][2]).toEqual({ width: Math.round((174 / 25.4) * 150) });
    expect(calls[1][2]).toEqual({ unit: "mm", width: 174 });
    expect(store.getState().busy["export-composed"]).toBe(false);
  });

  it("a composition in the paper style: laid out in that style, its caption downloads as text", async () => {
    const { exporter, sim, shell } = exportLab();
    sim.answer("figure", sized);
    await exporter.composer.pick("raster", true);
    await exporter.composer.update({ style: "paper" });
    const made = sim.callsOf("figure") as [string, { meta: { layout?: { style?: string } } }][];
    expect(made.at(-1)?.[1].meta.layout?.style).toBe("paper");
    await exporter.composition("txt");
    expect(shell.downloads.map((d) => [d.filename, d.type])).toEqual([["sorn-seed42-t1500-composed.txt", "text/plain"]]);
    expect(String(shell.downloads[0].data)).toMatch(/^Composed figure: raster\.\nA: .*\nSeed 42\.\nConfiguration: /);
  });

  it("an empty composition downloads nothing and says why", async () => {
    const { exporter, shell, store } = exportLab();
    await exporter.composition("svg");
    expect(shell.downloads).toEqual([]);
    expect(store.getState().notices.map((n) => n.text)).toEqual(["Export failed: Pick at least one panel to compose a figure."]);
  });

  it("the correlation network is marked as not drawable until it is computed", async () => {
    const { exporter } = exportLab();
    await exporter.composer.open();
    expect(exporter.composer.store.getState().unavailable).toEqual({ correlation: "compute the correlation network first (in its panel)" });
  });
});

describe("one analysis worker", () => {
  it("computes the correlation and renders its figure and PNG", async () => {
    const { exporter, correlation, sim, workers, shell, store } = exportLab();
    sim.answer("spikeTrain", () => ({ t0: 91, steps: 10, neurons: 2, data: new Uint8Array(20) }));
    await correlation.compute();
    expect(sim.calls).toEqual([["spikeTrain", "E", 2000]]);
    expect(correlation.computedAt).toBe(100);
    expect(store.getState().busy.correlation).toBe(false);
    await exporter.figure("correlation", "png");
    expect(workers.calls()).toEqual([["correlation", "networkSvg", "png"]]);
    expect(shell.downloads.map((d) => d.filename)).toEqual(["sorn-seed42-t1500-correlation.png"]);
  });

  it("cancelling the correlation stops it without a notice", async () => {
    const { correlation, sim, workers, store } = exportLab();
    sim.answer("spikeTrain", () => ({ t0: 1, steps: 10, neurons: 2, data: new Uint8Array(20) }));
    workers.answer("correlation", () => new Promise(() => {}));
    const running = correlation.compute();
    await vi.advanceTimersByTimeAsync(0);
    expect(store.getState().busy.correlation).toBe(true);
    correlation.cancel();
    await running;
    expect(correlation.result).toBeNull();
    expect(store.getState().busy.correlation).toBe(false);
    expect(store.getState().notices).toEqual([]);
    expect(workers.started.map((w) => w.terminated)).toEqual([true]);
  });
});

describe("loading a run file", () => {
  const file = (name: string) => ({ name, arrayBuffer: async () => new Uint8Array([1, 2, 3]).buffer });
  const loaded: SimConfig = {
    params: { ...DEFAULT_PARAMS, ne: 40 },
    seed: 5,
    rules: { stdp: true, ip: false, sp: true, istdp: true, ss: true },
    phase: "plasticity",
    noise: false,
    input: { kind: "uniform", seed: 1005 },
  };

  it("takes the file's settings into the page and the address, under a new run id", async () => {
    const { exporter, sim, store, shell, lab } = exportLab();
    const run = lab.runId;
    sim.answer("loadRun", () => ({ config: loaded, t: 400, notes: ["kept the current input"] }));
    expect(await exporter.loadRun(file("run.npz"))).toBe(true);
    const [[name, bytes, fallback]] = sim.callsOf("loadRun");
    expect([name, bytes, fallback]).toEqual(["run.npz", new Uint8Array([1, 2, 3]), { kind: "uniform", seed: 1042 }]);
    const { config, built } = store.getState();
    expect(config).toMatchObject({ seed: 5, noise: false, input: { kind: "uniform", seed: null } });
    expect(config.params.ne).toBe(40);
    expect(built).toEqual(config);
    expect(shell.hashes).toHaveLength(1);
    expect(lab.runId).not.toBe(run);
    expect(store.getState().notices.map((n) => n.text)).toEqual(["Loaded 'run.npz' at step 400.", "kept the current input"]);
  });

  it("starts a new edit history: undo does not reach back into the previous run's edits", async () => {
    const { exporter, sim, store } = exportLab();
    store.setState({ undo: pushStep(emptyUndo(), { name: "ne 200 → 100", before: { params: { ne: 200 } }, after: { params: { ne: 100 } } } as never) });
    expect(store.getState().undo).not.toEqual(emptyUndo());
    sim.failOnce("loadRun", new Error("not a run file"));
    expect(await exporter.loadRun(file("photo.json"))).toBe(false);
    expect(store.getState().undo).not.toEqual(emptyUndo()); // a refused file keeps everything
    sim.answer("loadRun", () => ({ config: loaded, t: 400, notes: [] }));
    expect(await exporter.loadRun(file("run.json"))).toBe(true);
    expect(store.getState().undo).toEqual(emptyUndo());
  });

  it("a file the worker refuses changes nothing and says why", async () => {
    const { exporter, sim, store, shell, lab } = exportLab();
    const before = structuredClone(store.getState());
    const run = lab.runId;
    sim.failOnce("loadRun", new Error("not a run file"));
    expect(await exporter.loadRun(file("photo.json"))).toBe(false);
    expect(store.getState().config).toEqual(before.config);
    expect(store.getState().built).toEqual(before.built);
    expect(shell.hashes).toEqual([]);
    expect(lab.runId).toBe(run);
    expect(store.getState().notices.map((n) => n.text)).toEqual(["Could not load 'photo.json': not a run file. The current run is unchanged."]);
    await vi.runAllTimersAsync();
    expect(shell.runs.saved).toEqual([]);
  });
});
