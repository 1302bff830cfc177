/**
 * Every seed the lab accepts, the command line accepts, and both give the same input and the
 * same spikes — at the ends of the seed range too, where seed + 1000 wraps modulo 2^32.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cliInput } from "../src/cli/simulate";
import type { InputSource } from "../src/models/inputs";
import { family } from "../src/models/registry";
import { runFromJson } from "../src/models/sorn/io/run-file";
import { defaultConfig, inputSpec } from "../src/state/schema";
import { decodeConfig } from "../src/state/url";
import { inputSource } from "../src/worker/input-source";
import { cli, tempDir } from "./cli-helpers";

const STEPS = 300;
const dir = tempDir();

/** The inputs of steps 0..T−1, unit by unit, as one array. */
function inputsOf(source: InputSource, T: number): Float64Array {
  const out = new Float64Array(T * source.nu);
  const u = new Float64Array(source.nu);
  for (let t = 0; t < T; t++) {
    source.fill(t, u);
    out.set(u, t * source.nu);
  }
  return out;
}

describe.each([0, 42, 4294967000, 4294967295])("seed %d", (seed) => {
  // The lab's default configuration with this seed, as a link would set it.
  const lab = decodeConfig(`#v=1&seed=${seed}&input=uniform`);
  const nu = defaultConfig().params.nu;

  it("the lab takes the seed from a link and the command line from --seed", () => {
    expect(lab.warnings).toEqual([]);
    expect(lab.config.seed).toBe(seed);
  });

  it("gives identical default inputs in the lab and on the command line", () => {
    const spec = inputSpec(lab.config.input, lab.config.seed, null);
    const { input, description } = cliInput({ nu, seed });
    expect(description).toEqual(spec);
    expect(inputsOf(input, STEPS)).toEqual(inputsOf(inputSource(spec, nu), STEPS));
  });

  it(`gives identical spikes over ${STEPS} steps`, async () => {
    const out = join(dir, `s${seed}.json`);
    const r = await cli("simulate", "--seed", String(seed), "--steps", String(STEPS), "--callbacks", "ExcitatoryActivation,InhibitoryActivation", "--out", out);
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(r.code).toBe(0);
    const run = runFromJson(readFileSync(out, "utf8"));

    const c = lab.config;
    const off = Object.entries(c.rules).filter(([, on]) => !on).map(([r]) => r);
    const net = family("sorn").create({ params: c.params, seed: c.seed, off, settings: { phase: c.phase, noise: c.noise } });
    const x: number[] = [];
    const y: number[] = [];
    net.observe(({ spikes }) => {
      x.push(...spikes[0]);
      y.push(...spikes[1]);
    });
    net.step(STEPS, inputSource(inputSpec(c.input, c.seed, null), nu));
    expect(x.length).toBe(STEPS * 200);
    expect(Array.from(run.records.ExcitatoryActivation!.data)).toEqual(x);
    expect(Array.from(run.records.InhibitoryActivation!.data)).toEqual(y);
    expect(x.some((v) => v === 1)).toBe(true);
  });
});
