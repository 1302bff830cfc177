import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkEvolve } from "../evolve/spec";
import { checkSweep } from "./spec";
import { decodeSpec, encodeSpec } from "./url";

const DIR = resolve(import.meta.dirname, "../../../examples/sweeps");

describe("examples/sweeps", () => {
  const files = readdirSync(DIR).filter((f) => f.endsWith(".json")).sort();
  it("holds the documented specs", () => {
    expect(files).toEqual(["counting.json", "evolve-counting.json", "quick.json", "rnn-gain.json", "zipped.json"]);
  });
  it.each(files)("%s is a valid spec that survives the URL form", (f) => {
    const value = JSON.parse(readFileSync(join(DIR, f), "utf8"));
    const checked = "genes" in value ? checkEvolve(value) : checkSweep(value);
    expect(checked.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(("genes" in value ? checkEvolve : checkSweep)(decodeSpec(encodeSpec(value)) as never).hash).toBe(checked.hash);
  });
  it("quick.json is a small SORN grid: 6 cells × 2 repeats", () => {
    const s = checkSweep(JSON.parse(readFileSync(join(DIR, "quick.json"), "utf8")));
    expect([s.target.id, s.cells, s.repeats, s.points]).toEqual(["sorn.run", 6, 2, 12]);
    expect(checkSweep(JSON.parse(readFileSync(join(DIR, "counting.json"), "utf8"))).points).toBe(4 * 3 * 3);
  });
});
