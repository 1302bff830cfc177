import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs build script without type declarations
import { assemble, KERNELS, moduleText } from "../../../scripts/build-wasm.mjs";
import { presetSpec } from "../../experiments/spikey/job";
import { SpikeyNetwork } from "./network";
import { WeightMatrix } from "./parts/weights";
import { PRESETS } from "./presets";
import { streamRng } from "./rng";
import { SpikeyCredit } from "./synapses/spikey-credit";
import { SpikeyStdp, type StdpEngine } from "./synapses/rlstdp";
import { SpikeLog } from "./types";

/**
 * Random spikes through two copies of one rule (engines `a`, `b`) over the same random weights;
 * returns both final weight arrays. `recurrent` adds body → body synapses (non-contiguous rows).
 */
function twoEngines(o: { seed: number; W: number; ltd: boolean; decay: number; recurrent: boolean; a: StdpEngine; b: StdpEngine; steps?: number; max?: number }): [Float32Array, Float32Array, string[]] {
  const nIn = 12;
  const n = 20;
  const rng = streamRng(o.seed, 1);
  const init = Float32Array.from({ length: (nIn + n) * n }, (_, i) => {
    const body = Math.floor(i / n) >= nIn;
    return (body && !o.recurrent) || rng.random() < 0.25 ? 0 : 2 * rng.random();
  });
  const pol = Float32Array.from({ length: nIn + n }, () => (rng.random() < 0.3 ? -1 : 1));
  const v = { stdp_window: o.W, learning_rate: 0.3, trace_decay: o.decay };
  const max = o.max ?? (o.recurrent ? 1.2 : 1.5); // 1.2 is not a float32: the clip still rounds the same
  const wa = new WeightMatrix(nIn, n, max, init.slice());
  const wb = new WeightMatrix(nIn, n, max, init.slice());
  const ra = new SpikeyStdp(wa, v, o.ltd, o.a);
  const rb = new SpikeyStdp(wb, v, o.ltd, o.b);
  const log = new SpikeLog(nIn + n, o.W + 2);
  const spikes = new Float32Array(nIn + n);
  for (let t = 0; t < (o.steps ?? 600); t++) {
    for (let u = 0; u < spikes.length; u++) spikes[u] = rng.random() < 0.2 ? pol[u] : 0;
    if (t === 300) log.clear(); // a new episode: the kernel's spike bits must be rebuilt
    log.push(spikes);
    if (t % 97 === 13) continue; // a skipped step: the bits are rebuilt from the log
    ra.update(log, pol);
    rb.update(log, pol);
    const r = rng.random() < 0.5 ? (rng.random() < 0.5 ? 1 : -1) : 0;
    ra.reward(r);
    rb.reward(r);
  }
  return [wa.w, wb.w, [ra.engine, rb.engine]];
}

describe("Spikey RLSTDP / LTP: the WebAssembly kernel and the JavaScript pass", () => {
  it("the committed spikey-kernel.wasm.ts is the assembly of spikey-kernel.wat (run `npm run build:wasm` after editing it), under 4 KB", async () => {
    const bytes: Uint8Array = await assemble(KERNELS.spikey);
    const committed = readFileSync(new URL("./synapses/spikey-kernel.wasm.ts", import.meta.url), "utf8");
    expect(committed).toBe(moduleText(KERNELS.spikey, bytes));
    expect(bytes.length).toBeLessThan(4096);
  });

  for (const ltd of [true, false]) for (const recurrent of [false, true]) for (const [W, decay] of [[20, 0.04], [5, 0.3], [31, 0.1], [40, 0.04], [12, 1]] as const) {
    it(`${ltd ? "RLSTDP" : "LTP"}, ${recurrent ? "recurrent" : "feed-forward"}, W = ${W}, trace_decay = ${decay}: the same float32 weights, bit for bit`, () => {
      const [a, b, engines] = twoEngines({ seed: W + (ltd ? 100 : 0) + (recurrent ? 7 : 0), W, ltd, decay, recurrent, a: "js", b: "wasm" });
      expect(engines).toEqual(["js", "wasm"]);
      expect(Buffer.from(b.buffer, b.byteOffset, b.byteLength).equals(Buffer.from(a.buffer, a.byteOffset, a.byteLength))).toBe(true);
      // The rule did change weights, clipped at both ends.
      const init = twoEngines({ seed: W + (ltd ? 100 : 0) + (recurrent ? 7 : 0), W, ltd, decay, recurrent, a: "js", b: "js", steps: 0 })[0];
      expect([...a].filter((x, i) => x !== init[i]).length).toBeGreaterThan(20);
      const max = Math.fround(recurrent ? 1.2 : 1.5);
      expect([...a].some((x) => x === 0) && [...a].some((x) => x === max) && [...a].every((x) => x >= 0 && x <= max)).toBe(true);
    });
  }

  it("max_weight +0, −0 and +∞: the same weights, bit for bit (−0 runs the JavaScript pass inside the kernel)", () => {
    for (const max of [0, -0, Infinity]) {
      const [a, b] = twoEngines({ seed: 3, W: 20, ltd: true, decay: 0.04, recurrent: true, a: "js", b: "wasm", max });
      expect(Buffer.from(b.buffer, b.byteOffset, b.byteLength).equals(Buffer.from(a.buffer, a.byteOffset, a.byteLength))).toBe(true);
    }
  });

  it("auto: the kernel for the presets' networks; the JavaScript pass for tiny matrices and for weights already in a kernel", () => {
    for (const p of PRESETS) {
      const net = new SpikeyNetwork(presetSpec(p, 0).spec);
      if (net.synapses instanceof SpikeyStdp) expect(net.synapses.engine).toBe("wasm");
    }
    const tiny = new WeightMatrix(1, 1, 10, Float32Array.of(1, 0));
    expect(new SpikeyStdp(tiny, { stdp_window: 5, learning_rate: 1, trace_decay: 1 }, true).engine).toBe("js");
    const w = new WeightMatrix(10, 30, 1, new Float32Array(40 * 30).fill(0.5));
    expect(new SpikeyStdp(w, { stdp_window: 5, learning_rate: 1, trace_decay: 1 }, true).engine).toBe("wasm");
    expect(w.moved).toBe(true);
    expect(new SpikeyStdp(w, { stdp_window: 5, learning_rate: 1, trace_decay: 1 }, true, "wasm").engine).toBe("js");
    expect(() => w.moveTo(new Float32Array(1200))).toThrow(/already moved/);
  });
});

describe("SpikeyCredit: credit(u) = (Σ_Δ k(Δ), ascending Δ) · p_u · s", () => {
  it("the spike-bit path gives the same doubles as summing the log rows directly, across skipped steps and a clear", () => {
    const units = 9;
    const W = 20;
    const table = Float64Array.from({ length: W }, (_, d) => (d >= 1 && d <= W - 1 ? (W - 1 - d) / (W - 2) : 0));
    const credit = new SpikeyCredit(units, table);
    const log = new SpikeLog(units, W + 2);
    const pol = Float32Array.from({ length: units }, (_, u) => (u % 4 === 0 ? -1 : 1));
    const rng = streamRng(5, 2);
    const history: number[][] = [];
    let checked = 0;
    for (let t = 0; t < 400; t++) {
      if (t === 200) {
        log.clear();
        history.length = 0;
      }
      const row = Float32Array.from({ length: units }, () => (rng.random() < 0.3 ? 1 : 0));
      log.push(row);
      history.push([...row]);
      if (t % 11 === 5) continue;
      expect(credit.usesBits(log)).toBe(true);
      const nPre = credit.gather(log, pol, 0.37);
      const post = history.length - 2;
      const want = Array.from({ length: units }, (_, u) => {
        let s = 0;
        for (let d = 1; d <= W - 2; d++) if (post - d >= 0 && history[post - d][u] !== 0) s += table[d];
        return s === 0 ? 0 : s * (pol[u] * 0.37);
      });
      expect([...credit.credit]).toEqual(want);
      expect(nPre).toBe(want.filter((x) => x !== 0).length);
      credit.clear(nPre);
      checked++;
    }
    expect(checked).toBeGreaterThan(300);
  });
});
