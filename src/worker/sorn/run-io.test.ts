import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS, SornInputError } from "../../models/sorn/params";
import { RULES, type Rule } from "../../models/sorn/rules";
import type { SimConfig } from "../protocol";
import { inputFromJson, inputToJson, loadRunFile, saveRunFile } from "./run-io";
import { Simulation } from "../simulation";
import { sornOf } from "./adapter";

const allOn = Object.fromEntries(RULES.map((r) => [r, true])) as Record<Rule, boolean>;
const config: SimConfig = {
  params: { ...DEFAULT_PARAMS, ne: 40, nu: 4, lambda_ee: 8, lambda_ei: 8 },
  seed: 9,
  rules: { ...allOn, sp: false },
  phase: "plasticity",
  noise: true,
  input: { kind: "sequence", sequence: "AB", amplitude: 0.5 },
};

describe("run files", () => {
  for (const format of ["json", "npz"] as const) {
    it(`a saved ${format} run continues exactly where it stopped`, () => {
      const a = new Simulation(config);
      a.advance(25);
      const file = saveRunFile(a, format);
      const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
      const { simulation: b, info } = loadRunFile(`run.${format}`, bytes, { kind: "none" });
      expect(info.t).toBe(25);
      expect(info.notes).toEqual([]);
      expect(b.config.rules.sp).toBe(false);
      expect(b.config.input).toEqual(config.input);
      a.advance(30);
      b.advance(30);
      expect(b.digest().weeHash).toBe(a.digest().weeHash);
      expect(sornOf(b.model).x).toEqual(sornOf(a.model).x);
    });
  }

  it("throws a SornInputError for corrupt and foreign files", () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(() => loadRunFile("x.json", enc("{nope"), { kind: "none" })).toThrow(SornInputError);
    expect(() => loadRunFile("x.json", enc('{"format":"something-else"}'), { kind: "none" })).toThrow(/not a SORN Lab run/);
    expect(() => loadRunFile("x.npz", Uint8Array.of(1, 2, 3), { kind: "none" })).toThrow(SornInputError);
    expect(() => loadRunFile("x.json", Uint8Array.of(0xff, 0xfe, 0x00), { kind: "none" })).toThrow(/neither a .npz archive nor UTF-8/);
  });

  it("keeps the current input when the file names none, and says so", () => {
    const a = new Simulation(config);
    const text = saveRunFile(a, "json") as string;
    const raw = JSON.parse(text);
    delete raw.input;
    const { info } = loadRunFile("r.json", new TextEncoder().encode(JSON.stringify(raw)), { kind: "uniform", seed: 1 });
    expect(info.config.input).toEqual({ kind: "uniform", seed: 1 });
    expect(info.notes[0]).toMatch(/names no input/);
  });

  it("round-trips input specs through JSON and rejects malformed ones", () => {
    const m = { kind: "matrix" as const, nu: 2, T: 2, data: Float64Array.of(1, 2, 3, 4), name: "m.npy" };
    expect(inputFromJson(JSON.parse(JSON.stringify(inputToJson(m))))).toEqual(m);
    expect(inputFromJson({ kind: "matrix", nu: 2, T: 2, data: [1, 2, 3] })).toBeNull();
    expect(inputFromJson({ kind: "uniform", seed: -1 })).toBeNull();
    expect(inputFromJson({ kind: "uniform", seed: 2 ** 32 })).toBeNull();
    expect(inputFromJson({ kind: "uniform", seed: 2 ** 32 - 1 })).toEqual({ kind: "uniform", seed: 2 ** 32 - 1 });
    expect(inputFromJson("uniform")).toBeNull();
  });
});
