import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import { task, TASKS, type TaskId } from "./tasks";

/** An output trace of T−1 entries: `base` everywhere, `value` on [from, to). */
function trace(T: number, base: number, from = 0, to = T - 1, value = base): Float64Array {
  const o = new Float64Array(T - 1).fill(base);
  o.fill(value, from, to);
  return o;
}

describe("rate-evaluation rules on hand-made traces", () => {
  const cases: [TaskId, string, Float64Array, number, boolean][] = [
    // Go-NoGo: window o[75:]; Go needs max > 0.7, NoGo needs max|o| < 0.3.
    ["go-nogo", "Go, 0.8 late", trace(200, 0, 150, 199, 0.8), 1, true],
    ["go-nogo", "Go, exactly 0.7", trace(200, 0, 80, 199, 0.7), 1, false],
    ["go-nogo", "Go, 0.9 only before the window", trace(200, 0, 0, 75, 0.9), 1, false],
    ["go-nogo", "Go, 0.9 at the first window entry", trace(200, 0, 75, 76, 0.9), 1, true],
    ["go-nogo", "NoGo, flat 0.2", trace(200, 0.2), 0, true],
    ["go-nogo", "NoGo, −0.35 dip (|o| counts)", trace(200, 0, 100, 101, -0.35), 0, false],
    ["go-nogo", "NoGo, 0.5 before the window only", trace(200, 0, 10, 75, 0.5), 0, true],
    // Mante: last 200 outputs (o[299:]), ±0.7.
    ["mante", "+1 reaches 0.75", trace(500, 0, 400, 401, 0.75), 1, true],
    ["mante", "+1 only before the last 200", trace(500, 0, 250, 299, 0.9), 1, false],
    ["mante", "−1 reaches −0.8", trace(500, 0, 450, 499, -0.8), -1, true],
    ["mante", "−1 but positive output", trace(500, 0, 300, 499, 0.9), -1, false],
    // XOR: from o[200:], ±0.7.
    ["xor", "same, 0.8 at 250", trace(300, 0, 250, 251, 0.8), 1, true],
    ["xor", "same, 0.8 only at 199", trace(300, 0, 199, 200, 0.8), 1, false],
    ["xor", "diff, −0.71", trace(300, 0, 200, 260, -0.71), -1, true],
    ["xor", "diff, −0.7 exactly", trace(300, 0, 200, 260, -0.7), -1, false],
    // DMS (the fork): from o[175:], ±0.7.
    ["dms", "same, 0.8 on 175–198", trace(200, 0, 175, 199, 0.8), 1, true],
    ["dms", "same, 0.8 ends at 174", trace(200, 0, 150, 175, 0.8), 1, false],
    ["dms", "diff, −0.9 at 190", trace(200, 0, 190, 191, -0.9), -1, true],
  ];
  it.each(cases)("%s: %s", (id, _name, o, label, expected) => {
    expect(task(id).correct(o, label)).toBe(expected);
  });
});

describe("trial generators", () => {
  it("are seeded, cover both kinds, and put the stimuli and targets where the spec says", () => {
    for (const id of TASKS) {
      const t = task(id);
      const a = new NumpyRandom(5);
      const b = new NumpyRandom(5);
      const kinds = new Set<string>();
      for (let k = 0; k < 40; k++) {
        const x = t.generate(a);
        const y = t.generate(b);
        expect(x.u).toEqual(y.u);
        expect(x.z.length).toBe(t.T);
        expect(x.u.length).toBe(t.nIn * t.T);
        kinds.add(x.kind);
        // The target-perfect output passes the rule (o[k] = z[k]).
        expect(t.correct(x.z.subarray(0, t.T - 1), x.label)).toBe(true);
      }
      expect(kinds.size).toBeGreaterThanOrEqual(2);
    }
  });
  it("go-nogo: u = 1 on 50–74 and z = 1 from 75 for Go; zeros for NoGo", () => {
    const rng = new NumpyRandom(1);
    for (let k = 0; k < 10; k++) {
      const x = task("go-nogo").generate(rng);
      const on = x.label === 1 ? 1 : 0;
      expect([x.u[49], x.u[50], x.u[74], x.u[75]]).toEqual([0, on, on, 0]);
      expect([x.z[74], x.z[75], x.z[199]]).toEqual([0, on, on]);
    }
  });
  it("xor and dms: cues and target windows", () => {
    const x = task("xor").generate(new NumpyRandom(2));
    expect(Math.abs(x.u[50]) + Math.abs(x.u[99])).toBe(2);
    expect(x.u[100] + x.u[300 + 109] + x.u[300 + 160]).toBe(0);
    expect(Math.abs(x.u[300 + 110])).toBe(1);
    expect([x.z[169], Math.abs(x.z[170]), Math.abs(x.z[269]), x.z[270]]).toEqual([0, 1, 1, 0]);
    expect(x.z[170]).toBe(x.u[50] * x.u[300 + 110]);
    const d = task("dms").generate(new NumpyRandom(2));
    expect([Math.abs(d.u[74]), d.u[75], Math.abs(d.u[200 + 150]), Math.abs(d.u[200 + 174]), d.u[200 + 175]]).toEqual([1, 0, 1, 1, 0]);
    expect([d.z[174], Math.abs(d.z[175]), Math.abs(d.z[199])]).toEqual([0, 1, 1]);
  });
  it("mante: noisy ±0.5 evidence on 50–249, one context for the whole trial, target from 250", () => {
    const rng = new NumpyRandom(3);
    let meanSum = 0;
    for (let k = 0; k < 20; k++) {
      const x = task("mante").generate(rng);
      expect(x.u[49] + x.u[250] + x.u[500 + 49] + x.u[500 + 250]).toBe(0);
      const c1 = x.u[1000];
      expect(c1 + x.u[1500]).toBe(1);
      for (let t = 0; t < 500; t++) expect(x.u[1000 + t] + x.u[1500 + t]).toBe(1);
      const cued = c1 === 1 ? 0 : 1;
      let m = 0;
      for (let t = 50; t < 250; t++) m += x.u[cued * 500 + t] / 200;
      meanSum += Math.sign(m) === x.label ? 1 : 0;
      expect([x.z[249], x.z[250], x.z[499]]).toEqual([0, x.label, x.label]);
    }
    expect(meanSum).toBeGreaterThanOrEqual(19);
  });
});
