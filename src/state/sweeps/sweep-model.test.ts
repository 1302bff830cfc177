import { describe, expect, it } from "vitest";
import { runJobs } from "../../pool/node";
import type { PointRunner } from "../../experiments/sweep/runner";
import { withoutTiming } from "../../experiments/sweep/result";
import { memorySweepCache } from "./sweep-cache";
import { SweepModel, type SweepBackend } from "./sweep-model";
import type { LabPoint } from "./open-point";

const inProcess: PointRunner = (jobs, o) => runJobs(jobs, { ...o, workers: 0 });

function make(run: PointRunner = inProcess) {
  const saved: { text: string; filename: string; type: string }[] = [];
  const opened: LabPoint[] = [];
  const cache = memorySweepCache();
  let clock = 0;
  const backend: SweepBackend = { runner: async () => run, cache, save: (text, filename, type) => saved.push({ text, filename, type }), openInLab: async (p) => void opened.push(p), pageAddress: () => "https://lab.example/", now: () => (clock += 150) };
  const model = new SweepModel(backend);
  model.edit({ target: "toy.quadratic", base: "noise=1", repeats: "2", seed: "5", metrics: "f, seed" });
  model.editAxis(0, { param: "x", kind: "list", values: "0, 1" });
  model.editAxis(1, { param: "y", kind: "list", values: "-2, 0, 2" });
  return { model, saved, opened, cache };
}

describe("sweep model", () => {
  it("runs every point, streams them, summarises per cell, and gives the CLI's results document", async () => {
    const { model, saved } = make();
    const seen: number[] = [];
    model.store.subscribe((s) => seen.push(s.shown?.points.length ?? -1));
    await model.run();
    const s = model.store.getState();
    expect(s.phase).toBe("done");
    expect(s.message).toMatch(/^Finished: 12 points \(0 from this browser's cache, 12 run\) in [\d.]+ s\.$/);
    expect(s.shown!.points.map((p) => p.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(seen).size).toBeGreaterThan(5); // streamed, not all at once
    // repeats share seeds across cells; f at x = 1, y = −2 is just the noise
    const p = s.shown!.points;
    expect(p[0].seed).toBe(p[2].seed);
    expect(p[6].params).toEqual({ noise: 1, x: 1, y: -2 });
    model.downloadResults("json");
    const doc = JSON.parse(saved[0].text);
    expect(saved[0].filename).toMatch(/^sorn-sweep-[0-9a-f]{8}\.results\.json$/);
    expect(doc.format).toBe("sorn-lab-sweep-results");
    expect(doc.cells).toHaveLength(6);
    expect(doc.cells[3].metrics.f.n).toBe(2);
    model.downloadResults("csv");
    const csv = saved[1].text.split("\n");
    expect(csv[0]).toBe("index,cell,repeat,seed,x,y,f,seed,error,ms");
    expect(csv).toHaveLength(14);
  });

  it("cancels, keeps the finished points and resumes from them without recomputing", async () => {
    let calls = 0;
    const { model, cache } = make();
    const counting: PointRunner = (jobs, o) => {
      calls += jobs.length;
      return inProcess(jobs, o);
    };
    // cancel after the 4th point
    const stopAfter: PointRunner = (jobs, o) =>
      inProcess(jobs, { ...o, onResult: (i, r) => { o.onResult(i, r); if (i === 3) model.cancel(); } });
    (model as unknown as { backend: SweepBackend }).backend.runner = async () => stopAfter;
    await model.run();
    const s = model.store.getState();
    expect(s.phase).toBe("cancelled");
    expect(s.message).toMatch(/^Cancelled: \d+ of 12 points had finished; they are kept in this browser, so Run resumes from them\.$/);
    const kept = await cache.count(s.shown!.sweep.hash);
    expect(kept).toBeGreaterThanOrEqual(4);
    (model as unknown as { backend: SweepBackend }).backend.runner = async () => counting;
    await model.run();
    expect(calls).toBe(12 - kept);
    expect(model.store.getState().message).toMatch(new RegExp(`^Finished: 12 points \\(${kept} from this browser's cache, ${12 - kept} run\\) in [\\d.]+ s\\.$`));
    // same results as a fresh run
    const fresh = make();
    await fresh.model.run();
    const a = model.store.getState().shown!, b = fresh.model.store.getState().shown!;
    expect(a.points.map(({ ms: _, ...q }) => q)).toEqual(b.points.map(({ ms: _, ...q }) => q));
  });

  it("loads a merged results file back, and refuses a foreign, edited or cut-short one with a message", async () => {
    const { model, saved } = make();
    await model.run();
    model.downloadResults("json");
    const text = saved[0].text;
    const other = make().model;
    other.loadResults(text, "out.json");
    const s = other.store.getState();
    expect(s.message).toMatch(/^Loaded out\.json: sweep [0-9a-f]{16}, 12 of 12 points\.$/);
    expect(withoutTiming(JSON.parse(text)).points).toHaveLength(12);
    expect(s.shown!.source).toBe("file");
    const msg = (t: string) => {
      other.loadResults(t, "bad.json");
      return other.store.getState().message;
    };
    expect(msg(text.slice(0, 200))).toBe("bad.json: not JSON or cut short (a results file from 'sorn sweep run' or 'sorn sweep merge' is one JSON document)");
    expect(msg('{"format":"sorn-lab-sweep","target":"toy.quadratic"}')).toBe("bad.json: not a sweep results file (format \"sorn-lab-sweep\", expected 'sorn-lab-sweep-results') — it looks like a sweep spec: load it with 'Load spec'");
    const doc = JSON.parse(text);
    expect(msg(JSON.stringify({ ...doc, hash: "0123456789abcdef" }))).toBe(`bad.json: its hash 0123456789abcdef is not its spec's (${doc.hash}): the file was edited or mixes two sweeps`);
    doc.points[3].seed = 1;
    expect(msg(JSON.stringify(doc))).toBe("bad.json: point 3 is foreign: its parameters or seed are not those of the spec's point 3");
    expect(other.store.getState().shown!.points).toHaveLength(12); // the shown results stay
  });

  it("writes the spec and a self-contained Slurm job.sh; refuses bad job settings by name", () => {
    const { model, saved } = make();
    model.downloadSpec();
    expect(JSON.parse(saved[0].text)).toMatchObject({ target: "toy.quadratic", repeats: 2, seed: 5 });
    model.editJob({ pointsPerTask: "5", cpusPerTask: "2", partition: "short", time: "00:10:00" });
    model.downloadJob();
    const sh = saved[1].text;
    expect(saved[1].filename).toBe("job.sh");
    expect(sh).toContain("#SBATCH --array=0-2\n");
    expect(sh).toContain("#SBATCH --cpus-per-task=2\n#SBATCH --partition=short\n#SBATCH --time=00:10:00\n");
    expect(sh).toContain('"pointsPerTask": 5');
    expect(sh).toContain('sweep task "$DIR/spec.json" --index "$SLURM_ARRAY_TASK_ID" --out "$DIR" --workers 2');
    model.editJob({ time: "ten minutes" });
    model.downloadJob();
    expect(saved).toHaveLength(2);
    expect(model.store.getState().message).toBe("job.sh: time: must be Slurm's [D-]HH:MM:SS (or MM, MM:SS, HH:MM:SS), got 'ten minutes'");
  });

  it("keeps only what the new target knows when the target changes", () => {
    const { model } = make();
    model.edit({ base: "noise=1, x=2" });
    model.editAxis(1, { param: "y" });
    model.setTarget("sorn.run");
    expect(model.store.getState().form).toMatchObject({ target: "sorn.run", base: "noise=1", metrics: "spikeSourceEntropy.excitatory" }); // sorn.run knows noise, not x
    expect(model.store.getState().form.axes.map((a) => a.param)).toEqual(["", ""]);
    model.edit({ base: "ne=40, steps=300, noise=false" });
    model.editAxis(0, { param: "eta_stdp" });
    model.setTarget("toy.quadratic");
    expect(model.store.getState().form).toMatchObject({ base: "noise=false", metrics: "f" });
    expect(model.store.getState().form.axes.map((a) => a.param)).toEqual(["", ""]);
  });

  it("makes a ?sweep= link that loads the same spec, and says so when a link is damaged", () => {
    const { model } = make();
    model.share();
    const link = model.store.getState().link!;
    expect(link).toMatch(/^https:\/\/lab\.example\/\?sweep=[A-Za-z0-9_-]+$/);
    const other = make().model;
    other.edit({ target: "sorn.run" });
    other.loadLink(new URL(link).searchParams.get("sweep")!);
    expect(other.store.getState().form).toEqual(model.store.getState().form);
    expect(other.store.getState().message).toMatch(/^Loaded the spec from the link \(sweep [0-9a-f]{16}\)\.$/);
    other.loadLink(new URL(link).searchParams.get("sweep")!.slice(0, 40));
    expect(other.store.getState().message).toBe("The sweep link is damaged: spec: the encoded spec is not complete JSON (the link was cut short?)");
  });

  it("opens a sorn.run point in the lab with every parameter, its seed and noise; other targets say why not", async () => {
    const { model, opened } = make();
    await model.run();
    await model.openInLab(model.store.getState().shown!.points[0]);
    expect(model.store.getState().message).toBe("Cannot open point 0: a toy.quadratic point is not a SORN configuration the lab can open (only sorn.run points are).");
    model.edit({ target: "sorn.run", base: "ne=20, steps=30, noise=false", repeats: "1", metrics: "spikeSourceEntropy.excitatory" });
    model.editAxis(0, { param: "eta_stdp", values: "0.006" });
    model.editAxis(1, { param: "" });
    await model.run();
    const p = model.store.getState().shown!.points[0];
    await model.openInLab(p);
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ seed: p.seed, noise: false, steps: 30, params: { ne: 20, eta_stdp: 0.006, h_ip: null, nu: 10 } });
    expect("steps" in opened[0].params).toBe(false);
  });
});
