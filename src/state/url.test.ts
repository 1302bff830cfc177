import { describe, expect, it } from "vitest";
import { DEFAULT_PARAMS } from "../models/sorn/params";
import { defaultConfig, type LabConfig } from "./schema";
import { decodeConfig, encodeConfig } from "./url";

function edited(): LabConfig {
  const c = defaultConfig();
  c.seed = 7;
  c.params = { ...c.params, ne: 120, eta_stdp: 0.0051, h_ip: 0.12, network_type_ie: "Sparse", lambda_ie: 30 };
  c.rules.sp = false;
  c.rules.ss = false;
  c.phase = "training";
  c.noise = false;
  c.input = { kind: "sequence", sequence: "AB,C&D", amplitude: 0.75 };
  c.speed = "max";
  c.panels.correlation = false;
  c.rasterE = "0-9, 20-29";
  c.window = 2000;
  c.hide = ["params", "eta_ip"];
  return c;
}

describe("URL schema", () => {
  it("round-trips every kind of setting exactly", () => {
    const c = edited();
    const text = encodeConfig(c);
    const back = decodeConfig("#" + text);
    expect(back.warnings).toEqual([]);
    expect(back.version).toBe(1);
    expect(back.config).toEqual(c);
  });

  it("round-trips each input kind", () => {
    for (const input of [
      { kind: "none" },
      { kind: "uniform", seed: null },
      { kind: "uniform", seed: 99 },
      { kind: "constant", values: [1, 0, 0.5] },
      { kind: "file", name: "my inputs.npy" },
    ] as LabConfig["input"][]) {
      const c = { ...defaultConfig(), input };
      expect(decodeConfig(encodeConfig(c)).config.input).toEqual(input);
    }
  });

  it("writes only the version, seed, input and what differs from the defaults", () => {
    expect(encodeConfig(defaultConfig())).toBe("v=1&seed=42&input=uniform");
    expect(encodeConfig(edited())).toContain("off=sp,ss");
  });

  it("keeps floats bit-exact", () => {
    const c = defaultConfig();
    c.params = { ...c.params, eta_ip: 0.1 + 0.2 };
    expect(decodeConfig(encodeConfig(c)).config.params.eta_ip).toBe(0.1 + 0.2);
  });

  it("migrates a version-0 (command-line style) link", () => {
    const back = decodeConfig("seed=3&freeze=ip,sp&noise=false&ne=100");
    expect(back.version).toBe(0);
    expect(back.warnings).toEqual([]);
    expect(back.config.seed).toBe(3);
    expect(back.config.rules).toEqual({ stdp: true, ip: false, sp: false, istdp: true, ss: true });
    expect(back.config.noise).toBe(false);
    expect(back.config.params.ne).toBe(100);
  });

  it("falls back to defaults with a warning for bad values, never throwing", () => {
    const back = decodeConfig("#v=1&seed=-4&eta_stdp=abc&nu=500&off=stdp,xyz&phase=sleep&speed=0&panels=raster,foo&bogus=1");
    expect(back.config.seed).toBe(42);
    expect(back.config.params.eta_stdp).toBe(DEFAULT_PARAMS.eta_stdp);
    expect(back.config.params.nu).toBe(DEFAULT_PARAMS.nu);
    expect(back.config.rules.stdp).toBe(false);
    expect(back.config.phase).toBe("plasticity");
    expect(back.config.panels).toMatchObject({ raster: true, weights: false });
    const joined = back.warnings.join("\n");
    for (const k of ["seed:", "eta_stdp:", "nu:", "unknown rule 'xyz'", "phase:", "speed:", "foo", "bogus:"]) expect(joined).toContain(k);
  });

  it("words bad seeds and parameters as the codec does, naming the key", () => {
    const back = decodeConfig("#v=1&seed=4294967296&eta_stdp=&h_ip=&ne=2.5&network_type_ee=Ring&input=uniform&input_seed=-1");
    expect(back.warnings).toEqual([
      "seed: must be an integer in [0, 4294967295], got '4294967296'; using the default",
      "ne: must be an integer, got 2.5; using the default",
      "network_type_ee: must be one of Sparse, Dense, got 'Ring'; using the default",
      "eta_stdp: must be a finite number, got ''; using the default",
      "input_seed: must be an integer in [0, 4294967295], got '-1'; using the default, the run's seed + 1000",
    ]);
    expect(back.config.seed).toBe(42);
    expect(back.config.params).toEqual(DEFAULT_PARAMS);
    expect(back.config.input).toEqual({ kind: "uniform", seed: null });
  });

  it("takes every seed in [0, 2^32) and reads an empty input seed as the default", () => {
    for (const seed of [0, 4294967000, 4294967295]) expect(decodeConfig(`seed=${seed}`).config.seed).toBe(seed);
    expect(decodeConfig("v=1&input=uniform&input_seed=").config.input).toEqual({ kind: "uniform", seed: null });
    expect(decodeConfig("v=1&h_ip=auto&network_type_ie=dense").config.params).toMatchObject({ h_ip: null, network_type_ie: "Dense" });
  });

  it("words bad input patterns, sequences and amplitudes as the codec does, and falls back to no input", () => {
    expect(decodeConfig("v=1&input=constant&pattern=1,x").warnings).toEqual(["pattern: must be numbers separated by commas, got '1,x'; input set to none"]);
    expect(decodeConfig("v=1&input=constant&pattern=1,x").config.input).toEqual({ kind: "none" });
    expect(decodeConfig("v=1&input=sequence&sequence=&amplitude=1").warnings).toEqual(["sequence: must not be empty; input set to none"]);
    expect(decodeConfig("v=1&input=sequence&sequence=AB&amplitude=big").warnings).toEqual(["amplitude: must be a finite number, got 'big'; input set to none"]);
    expect(decodeConfig("v=1&input=sequence&sequence=AB").config.input).toEqual({ kind: "sequence", sequence: "AB", amplitude: 1 });
  });

  it("warns about links from a newer lab", () => {
    expect(decodeConfig("v=9&seed=1").warnings[0]).toMatch(/newer SORN Lab/);
  });
});
