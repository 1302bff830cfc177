import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readNpz } from "../io/npz";
import { NumpyRandom } from "../rng/numpy-random";
import { forward } from "./forward";
import { modelFromJson, modelOf, modelToJson } from "./model-file";
import { effectiveMatrix } from "./network";
import { modelToNpz } from "./npz";
import { DEFAULT_TRAIN, Trainer } from "./train";

function trained() {
  const t = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 4, maxTrials: 5, evalTrials: 3 }, { n: 30, somN: 1 });
  while (t.step() === "running");
  return t;
}

describe("rate-RNN model files", () => {
  it("JSON round trip: the same weights, masks, τ, settings and history; the same outputs", () => {
    const t = trained();
    const model = modelOf(t, 123);
    const back = modelFromJson(modelToJson(model));
    expect(back.net.w).toEqual(t.net.w);
    expect(back.net.conn).toEqual(t.net.conn);
    expect(back.net.somMask).toEqual(t.net.somMask);
    expect(back.net.tausGaus).toEqual(t.net.tausGaus);
    expect(back.net.settings).toEqual(t.net.settings);
    expect(back.training).toEqual(model.training);
    expect(back.history).toEqual(model.history);
    expect(back.history.status).toBe("cap");
    const u = new Float64Array(200).fill(1, 50, 75);
    const a = forward(t.net, u, 200, new NumpyRandom(1)).o.slice();
    const b = forward(back.net, u, 200, new NumpyRandom(1)).o.slice();
    expect(b).toEqual(a);
  });

  it("corrupt, foreign and mismatched files get a clear error", () => {
    const good = JSON.parse(modelToJson(modelOf(trained())));
    const bad = (f: (d: any) => void) => {
      const d = structuredClone(good);
      f(d);
      return () => modelFromJson(JSON.stringify(d), "m.json");
    };
    expect(() => modelFromJson("{ not json", "m.json")).toThrow(/m.json: not a JSON file/);
    expect(() => modelFromJson(JSON.stringify({ params: {}, state: {} }), "run.json")).toThrow(/not a rate-RNN model file/);
    expect(bad((d) => (d.version = 99))).toThrow(/unsupported format version 99/);
    expect(bad((d) => (d.task = "sine"))).toThrow(/unknown task "sine"/);
    expect(bad((d) => (d.network.activation = "tanh"))).toThrow(/unknown activation "tanh"/);
    expect(bad((d) => d.weights.w.pop())).toThrow(/weights.w: expected 30×30/);
    expect(bad((d) => (d.weights.w_out[3] = "x"))).toThrow(/weights.w_out: expected 30 finite numbers/);
    expect(bad((d) => (d.weights.w0[0] = d.weights.w0[0].map(() => 0)))).toThrow(/cannot grow/);
  });

  it("npz export: the code's names and shapes; W_eff = (w @ m) * som_m", () => {
    const t = trained();
    const npz = readNpz(modelToNpz(modelOf(t)));
    const n = 30;
    expect(npz.w.shape).toEqual([n, n]);
    expect(npz.w_out.shape).toEqual([1, n]);
    expect(npz.taus_gaus.shape).toEqual([n, 1]);
    expect(npz.inh.dtype).toBe("bool");
    expect(npz.activation.data).toEqual(["sigmoid"]);
    expect(Array.from(npz.taus.data as Float64Array)).toEqual([4, 10]);
    const w = npz.w.data as Float64Array;
    expect(w.every((v) => v >= 0)).toBe(true);
    const m = npz.m.data as Float64Array;
    const som = npz.som_m.data as Float64Array;
    const eff = effectiveMatrix(t.net);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(eff[i * n + j] + 0).toBe(w[i * n + j] * m[j * n + j] * som[i * n + j] + 0);
  });

  const python = spawnSync("python3", ["-c", "import numpy"]).status === 0;
  it.skipIf(!python)("numpy loads the .npz (python3 + numpy; skipped without them) and agrees on the spectrum", async () => {
    const t = trained();
    const dir = mkdtempSync(join(tmpdir(), "rate-rnn-"));
    const file = join(dir, "m.npz");
    writeFileSync(file, modelToNpz(modelOf(t)));
    const script = [
      "import numpy as np, sys, json",
      "v = dict(np.load(sys.argv[1]))",
      "ww = (v['w'] @ v['m']) * v['som_m']",
      "taus = 1/(1+np.exp(-v['taus_gaus'])) * (v['taus'][1]-v['taus'][0]) + v['taus'][0]",
      "ev = np.linalg.eigvals(ww)",
      "print(json.dumps({'N': int(v['N']), 'act': str(v['activation']), 'sum': float(ww.sum()), 'tau0': float(taus[0,0]), 'rho': float(np.abs(ev).max()), 'shape_in': list(v['w_in'].shape), 'ninh': int(v['inh'].sum())}))",
    ].join("\n");
    const out = JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8" }));
    const eff = effectiveMatrix(t.net);
    const { eigenvalues } = await import("./eigen");
    const { re, im } = eigenvalues(eff, 30);
    const rho = Math.max(...[...re].map((r, k) => Math.hypot(r, im[k])));
    expect(out.N).toBe(30);
    expect(out.act).toBe("sigmoid");
    expect(out.shape_in).toEqual([30, 1]);
    expect(out.ninh).toBe(t.net.inh.reduce((a, b) => a + b, 0));
    expect(out.sum).toBeCloseTo(eff.reduce((a, b) => a + b, 0), 10);
    expect(out.rho).toBeCloseTo(rho, 9);
    const { taus } = await import("./network");
    expect(out.tau0).toBeCloseTo(taus(t.net)[0], 12);
  });
});
