import { describe, expect, it } from "vitest";
import type { ModelsDocument } from "../src/cli/models";
import { FAMILIES } from "../src/models/registry";
import { cli, spawnCli } from "./cli-helpers";

describe("sorn models", () => {
  it("--json lists every family with its schema, rules, settings, records and series", async () => {
    const r = await cli("models", "--json");
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as ModelsDocument;
    expect(doc.families.map((f) => f.id)).toEqual(FAMILIES.map((f) => f.id));
    const sorn = doc.families.find((f) => f.id === "sorn")!;
    expect(sorn.params.find((p) => p.name === "eta_stdp")).toEqual({
      name: "eta_stdp",
      group: "Plasticity",
      kind: "float",
      default: 0.004,
      min: 0,
      max: 1,
      structural: false,
      applies: "live",
      description: "STDP learning rate on E→E weights.",
    });
    expect(sorn.params.find((p) => p.name === "ne")).toMatchObject({ kind: "int", default: 200, min: 5, max: 100000, applies: "reset" });
    expect(sorn.params.find((p) => p.name === "network_type_ie")).toMatchObject({ kind: "choice", default: "Dense", choices: ["Sparse", "Dense"], applies: "reset" });
    expect(sorn.params.find((p) => p.name === "h_ip")).toMatchObject({ kind: "floatOrAuto", default: null });
    expect(sorn.params.map((p) => p.name)).toEqual(FAMILIES[0].schema.map((s) => s.name));
    expect(sorn.rules.map((x) => x.name)).toEqual(["stdp", "ip", "sp", "istdp", "ss"]);
    expect(sorn.settings.find((s) => s.name === "phase")).toMatchObject({ choices: ["plasticity", "training"], default: "plasticity" });
    expect(sorn.records.map((x) => x.name)).toContain("ExcitatoryActivation");
    expect(sorn.series.map((x) => x.name)).toEqual(["popE", "popI", "countEE", "countEI", "meanTe"]);
  });

  it("prints the same as readable text, one row per parameter", async () => {
    const r = await cli("models");
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^sorn — SORN: /);
    const row = lines.find((l) => l.trim().startsWith("eta_stdp"))!.trim().split(/\s{2,}/);
    expect(row).toEqual(["eta_stdp", "float", "0.004", "[0, 1]", "live", "STDP learning rate on E→E weights."]);
    const ne = lines.find((l) => l.trim().startsWith("ne "))!.trim().split(/\s{2,}/);
    expect(ne.slice(0, 5)).toEqual(["ne", "int", "200", "[5, 100000]", "reset"]);
    expect(lines.find((l) => l.trim().startsWith("network_type_ee"))).toContain("Sparse | Dense");
    expect(lines.find((l) => l.trim().startsWith("h_ip"))).toMatch(/floatOrAuto\s+auto\s+\[0, 1\] or auto\s+reset/);
    for (const heading of ["Rules (switch off with --freeze):", "Settings:", "Records (--callbacks):", "Series (what an observer sees after each step):"]) expect(lines).toContain(heading);
    expect(lines.find((l) => l.trim().startsWith("istdp"))).toContain("Inhibitory STDP");
    const lif = lines.indexOf(lines.find((l) => l.startsWith("lif — LIF from a rate RNN: "))!);
    expect(lif).toBeGreaterThan(0);
    const lifText = lines.slice(lif);
    expect(lifText.find((l) => l.trim().startsWith("s "))!.trim().split(/\s{2,}/).slice(0, 5)).toEqual(["s", "float", "25", "[0.01, 10000]", "live"]);
    expect(lifText[lifText.indexOf("Rules (in code: model.rule(name, false)):") + 1]).toBe("  (none)");
    expect(lifText).toContain(`Parameters (in code: create({ params: { name: value } }); "live" applies from the next step, "reset" needs a new model):`);
    expect(lines.some((l) => l.startsWith("rate-rnn — Rate RNN: ")) && lines.some((l) => l.startsWith("spikey — "))).toBe(true);
  });

  it("refuses unknown options and is listed in --help", async () => {
    const bad = await cli("models", "--jsn");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("sorn: --jsn: unknown option for 'models' (see --help)\n");
    const help = await cli("--help");
    expect(help.stdout).toContain("npm run sorn -- models [--json]");
    expect(help.stdout).toMatch(/^models: every model family/m);
  });

  it("runs as the real command", () => {
    const r = spawnCli("models", "--json");
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as ModelsDocument).families[0].params.length).toBe(FAMILIES[0].schema.length);
  });
});
