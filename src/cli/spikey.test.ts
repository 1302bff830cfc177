import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "./run-cli";
import { takeSets } from "./spikey";

async function sorn(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await runCli(argv, { stdout: (s) => void (out += s), stderr: (s) => void (err += s) });
  return { code, out, err };
}
const dir = mkdtempSync(join(tmpdir(), "spikey-cli-"));

describe("sorn spikey", () => {
  it("list: presets and parts; --json gives every key's schema", async () => {
    const text = await sorn("spikey", "list");
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/e1-rate-xor/);
    expect(text.out).toMatch(/neurons: LIF, RandPotential, Izhikevich/);
    const json = JSON.parse((await sorn("spikey", "list", "--json")).out);
    const lif = json.parts.neurons.find((p: { name: string }) => p.name === "LIF");
    expect(lif.keys.find((k: { name: string }) => k.name === "potential_decay")).toEqual({ name: "potential_decay", description: expect.any(String), type: "float", min: 0, max: 1 });
    expect(json.presets.map((p: { name: string }) => p.name)).toEqual(["e1-rate-xor", "e1-control", "e4-conditioning", "e4-control", "e2-temporal-xor", "e5-ordinal"]);
  });

  it("florian-fig1 --rule mstdpet: t in ms and w after each ms, final 0.32161", async () => {
    const file = join(dir, "fig1.json");
    const r = await sorn("spikey", "florian-fig1", "--rule", "mstdpet", "--json", file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/final w\(200\) 0\.32161, peak 0\.41960 at t = 140 ms/);
    const f = JSON.parse(readFileSync(file, "utf8"));
    expect(f.t.length).toBe(201);
    expect(f.t[200]).toBe(200);
    expect(Math.abs(f.w[200] - 0.32161)).toBeLessThan(1e-5);
    expect((await sorn("spikey", "florian-fig1", "--rule", "stdp")).err).toBe("sorn: rule: must be one of mstdpet, mstdp, spikey-rlstdp, got 'stdp'\n");
  });

  it("run: one row per seed with rate_by_state, margin, accuracy and the whole spec (user --set on top)", async () => {
    const file = join(dir, "e4.json");
    const r = await sorn("spikey", "run", "e4-conditioning", "--seeds", "2", "--train", "60", "--evaluate", "30", "--set", "learning_rate=0.2", "--set", "max_weight=3", "--workers", "1", "--json", file);
    expect(r.code).toBe(0);
    const f = JSON.parse(readFileSync(file, "utf8"));
    expect(f.results.map((x: { seed: number }) => x.seed)).toEqual([0, 1]);
    const row = f.results[0];
    const keys = Object.keys(row.rate_by_state);
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.every((k) => /^[0-9]$/.test(k))).toBe(true);
    expect([...keys].sort()).toEqual(keys);
    expect(typeof row.margin).toBe("number");
    expect(row.accuracy).toBeGreaterThanOrEqual(0);
    expect(row.spec.params.learning_rate).toBe(0.2);
    expect(row.spec.params.max_weight).toBe(3);
    expect(row.spec.parts.synapses).toBe("LTP");
    expect(row.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(f.summary.criterion).toMatch(/margin > 0/);
  });

  it("bad input: exit 2 and one line naming the key", async () => {
    const cases: [string[], string][] = [
      [["--set", "bogus=1"], "sorn: bogus: unknown key in the settings"],
      [["--set", "learning_rate=fast"], "sorn: learning_rate: must be a finite number, got 'fast'"],
      [["--set", "stdp_window=2"], "sorn: stdp_window: must be ≥ 3, got 2"],
      [["--set", "n_inputs=99"], "sorn: n_inputs: 99 is not a multiple of the 10 rates per state in state_rate_map"],
    ];
    for (const [extra, want] of cases) {
      const r = await sorn("spikey", "run", "e4-conditioning", "--seeds", "1", ...extra);
      expect(r.code).toBe(2);
      expect(r.err.startsWith(want)).toBe(true);
    }
    expect((await sorn("spikey", "run", "e9")).err).toMatch(/^sorn: spikey run: PRESET must be one of e1-rate-xor/);
  });

  it("--set repeats; values are JSON when they parse", () => {
    expect(takeSets(["run", "x", "--set", "a=1", "--set=b=[1,2]", "--set", "c=text"]).set).toEqual({ a: 1, b: [1, 2], c: "text" });
  });
});
