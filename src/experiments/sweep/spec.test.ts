import { describe, expect, it } from "vitest";
import { canonicalJson, hashOf, hashText } from "./canonical";
import { arange } from "./axes";
import { pointAt } from "./points";
import { repeatSeed } from "./seeds";
import { checkSweep, MAX_POINTS } from "./spec";
import { decodeSpec, encodeSpec } from "./url";

const toy = { target: "toy.quadratic", axes: [{ param: "x", start: 0, stop: 1, step: 0.25 }, ["y", [1, null, 3]]], repeats: 2, seed: 7, metrics: ["f"] };

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as Error).message;
  }
  return "no error";
}

describe("sweep spec", () => {
  it("is canonical: key order and spacing do not change its JSON or hash", () => {
    const a = { b: 1, a: [1, { d: 2, c: 3 }] };
    const b = JSON.parse(' { "a" : [1, {"c":3, "d":2}], "b":1 }');
    expect(canonicalJson(a)).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(hashOf(a)).toBe(hashOf(b));
    expect(hashOf(a)).not.toBe(hashOf({ ...a, b: 2 }));
    expect(hashText("")).toBe("cbf29ce484222325"); // FNV-1a offset basis
  });

  it("round-trips through the URL form (base64url, any text)", () => {
    const spec = { ...toy, name: "η sweep ✓ 🧠" };
    const enc = encodeSpec(spec);
    expect(enc).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeSpec(enc)).toEqual(JSON.parse(canonicalJson(spec)));
    expect(message(() => decodeSpec(enc.slice(0, 20)))).toMatch(/^spec: the encoded spec is not/);
    expect(message(() => decodeSpec("ab+c"))).toBe("spec: the encoded spec has a character '+' outside base64url");
  });

  it("expands ranges as numpy's arange, lists with controls, and zipped lists in lock-step", () => {
    expect(arange(0, 1, 0.25, "a")).toEqual([0, 0.25, 0.5, 0.75]);
    expect(arange(1, 0, -0.5, "a")).toEqual([1, 0.5]);
    expect(arange(0, 0.3, 0.1, "a")).toEqual([0, 0.1, 0.2]);
    expect(arange(1, 1.3, 0.1, "a")).toEqual([1, 1.1, 1.2000000000000002, 1.3000000000000003]); // np.arange(1, 1.3, 0.1)
    const s = checkSweep(toy);
    expect([s.cells, s.repeats, s.points]).toEqual([12, 2, 24]);
    // point 9: cell 4 = (x step 1, y step 1), repeat 1; y null = control (left out)
    expect(pointAt(s, 9)).toEqual({ index: 9, cell: 4, repeat: 1, seed: repeatSeed(7, 1), steps: [1, 1], params: { x: 0.25 } });
    expect(pointAt(s, 10).params).toEqual({ x: 0.25, y: 3 });
    const z = checkSweep({ target: "toy.quadratic", base: { z: 5 }, axes: [{ zip: [["x", [1, 2, 3]], { param: "y", values: [4, 5, 6] }] }], metrics: ["f"] });
    expect(z.points).toBe(3);
    expect(pointAt(z, 2).params).toEqual({ z: 5, x: 3, y: 6 });
  });

  it("derives repeat seeds from the sweep seed: the same in every cell, distinct across repeats", () => {
    const s = checkSweep(toy);
    const seeds = Array.from({ length: s.points }, (_, i) => pointAt(s, i).seed);
    expect(seeds.filter((_, i) => i % 2 === 0).every((v) => v === seeds[0])).toBe(true);
    expect(seeds[1]).not.toBe(seeds[0]);
    expect(repeatSeed(7, 0)).not.toBe(repeatSeed(8, 0));
    expect([repeatSeed(0, 0), repeatSeed(0, 1)]).toEqual([repeatSeed(0, 0), repeatSeed(0, 1)].map((v) => v >>> 0));
  });

  it("rejects bad input with one message naming the key", () => {
    expect(message(() => checkSweep({ ...toy, target: "nope" }))).toMatch(/^target: unknown target 'nope' \(targets: counting, nqueens, rnn.train, sorn.run, spikey, toy.quadratic\)$/);
    expect(message(() => checkSweep({ ...toy, axes: [["eta", [1]]] }))).toMatch(/^axes\[0\]: unknown parameter 'eta' of target toy.quadratic/);
    expect(message(() => checkSweep({ ...toy, metrics: ["g"] }))).toBe("metrics: unknown metric 'g' (metrics: f, seed)");
    expect(message(() => checkSweep({ ...toy, axes: [["x", []]] }))).toBe("axes[0]: axis 'x' is empty (no values)");
    expect(message(() => checkSweep({ ...toy, axes: [{ param: "x", start: 1, stop: 0, step: 1 }] }))).toBe("axes[0]: axis 'x' is empty (no values)");
    expect(message(() => checkSweep({ ...toy, axes: [{ zip: [["x", [1, 2]], ["y", [1]]] }] }))).toMatch(/^axes\[0\]\.zip\[1\]: has 1 values but 'x' has 2/);
    expect(message(() => checkSweep({ ...toy, repeats: 0 }))).toBe("repeats: must be an integer ≥ 1, got 0");
    expect(message(() => checkSweep({ ...toy, colour: 1 }))).toMatch(/^colour: unknown field of a sweep spec/);
    expect(message(() => checkSweep({ target: "sorn.run", metrics: ["entropy"] }))).toMatch(/^metrics: unknown metric 'entropy': a dot path starting with one of networkFiringRate/);
    expect(message(() => checkSweep({ target: "counting", metrics: ["X.perf_last", "R.perf_some"] }))).toMatch(/^metrics: unknown metric 'R.perf_some'/);
    expect(checkSweep({ target: "spikey", axes: [["set.learning_rate", [0, 0.05]]], metrics: ["margin"] }).points).toBe(2);
    expect(message(() => checkSweep({ target: "spikey", axes: [["learning_rate", [0]]], metrics: ["margin"] }))).toBe("axes[0]: unknown parameter 'learning_rate' of target spikey (parameters: preset, train, evaluate)");
    const big = { ...toy, axes: [["x", arange(0, 101, 1, "x")], ["y", arange(0, 100, 1, "y")]] };
    expect(message(() => checkSweep(big))).toBe(`axes: the sweep has 20,200 points (10100 cells × 2 repeats), over the limit of ${MAX_POINTS.toLocaleString("en")}; pass --force (force: true) to run it anyway`);
    expect(checkSweep(big, { force: true }).points).toBe(20200);
  });
});
