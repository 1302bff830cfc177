import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { writeNpz } from "../src/models/io/npz";
import { runFromJson } from "../src/models/sorn/io/run-file";
import { runFromNpz } from "../src/models/sorn/io/run-npz";
import { fixtureState, loadFixture } from "./fixture-loader";

const ROOT = resolve(__dirname, "..");
const dir = mkdtempSync(join(tmpdir(), "sorn-cli-"));

/** Run the command line as a user would (`npm run sorn -- …` runs exactly this). */
function sorn(...args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Indices of the active neurons at each step of a (T, n) record. */
function activeLists(r: { shape: number[]; data: ArrayLike<number> }): number[][] {
  const [T, n] = r.shape;
  return Array.from({ length: T }, (_, t) => Array.from({ length: n }, (_, i) => i).filter((i) => r.data[t * n + i] === 1));
}

describe("sorn simulate", () => {
  it("reproduces the default-s42 golden run of the Python package from the command line", () => {
    const f = loadFixture("default-s42.json");
    const inputs = join(dir, "inputs-s42.json");
    writeFileSync(inputs, JSON.stringify(f.inputs));
    const out = join(dir, "s42.json");
    const r = sorn("simulate", "--seed", "42", "--steps", "300", "--inputs", inputs, "--callbacks", "ExcitatoryActivation,EEConnectionCounts", "--out", out);
    expect(r.stderr).toContain(`wrote ${out}`);
    expect(r.code).toBe(0);
    const run = runFromJson(readFileSync(out, "utf8"));
    expect(activeLists(run.records.ExcitatoryActivation!)).toEqual(f.steps.ExcitatoryActivation);
    expect(Array.from(run.records.EEConnectionCounts!.data)).toEqual(f.steps.EEConnectionCounts);
    expect(run.state.Wee.shape).toEqual([200, 200]);
    expect(run.state.Te.shape).toEqual([200, 1]);
    expect(run.params.ne).toBe(200);
  });

  it("loads a state saved from Python with np.savez and replays the training-s5 golden run", () => {
    const f = loadFixture("training-s5.json");
    const s = fixtureState(f.initial_state);
    const arrays = Object.fromEntries((["Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"] as const).map((k) => [k, { dtype: "float64" as const, shape: s[k].shape, data: s[k].data }]));
    const state = join(dir, "python-state.npz");
    writeFileSync(state, writeNpz(arrays));
    const inputs = join(dir, "inputs-s5.json");
    writeFileSync(inputs, JSON.stringify(f.inputs));
    const out = join(dir, "s5.npz");
    const hp = ["--nu", "5", "--lambda_ee", "10", "--lambda_ei", "20", "--eta_stdp", "0.01"];
    const r = sorn("simulate", "--state", state, "--seed", "5", "--phase", "training", "--steps", "200", "--inputs", inputs, ...hp, "--callbacks", "ExcitatoryActivation,InhibitoryActivation", "--out", out);
    expect(r.code).toBe(0);
    const run = runFromNpz(new Uint8Array(readFileSync(out)));
    expect(activeLists(run.records.ExcitatoryActivation!)).toEqual(f.steps.ExcitatoryActivation);
    expect(activeLists(run.records.InhibitoryActivation!)).toEqual(f.steps.InhibitoryActivation);
  });

  it("one run of 400 steps equals two runs of 200 that pass the state on through .npz", () => {
    const whole = join(dir, "whole.json");
    const half = join(dir, "half.npz");
    const rest = join(dir, "rest.json");
    const common = ["--ne", "60", "--nu", "5", "--lambda_ee", "10", "--lambda_ei", "20"];
    expect(sorn("simulate", "--seed", "9", "--steps", "400", ...common, "--out", whole).code).toBe(0);
    expect(sorn("simulate", "--seed", "9", "--steps", "200", ...common, "--out", half).code).toBe(0);
    expect(sorn("simulate", "--state", half, "--steps", "200", "--out", rest).code).toBe(0);
    const a = runFromJson(readFileSync(whole, "utf8")).state;
    const b = runFromJson(readFileSync(rest, "utf8")).state;
    for (const k of ["Wee", "Wei", "Te", "X", "Y"] as const) expect(Array.from(b[k].data)).toEqual(Array.from(a[k].data));
    expect(b.step).toBe(400);
    expect(b.rng).toEqual(a.rng);
  });

  it("runs the largest seeds, whose default input seed wraps modulo 2^32, and writes that input seed", () => {
    for (const [seed, inputSeed] of [["4294967000", 704], ["4294967295", 999]] as const) {
      const out = join(dir, `big-seed-${seed}.json`);
      const r = sorn("simulate", "--seed", seed, "--steps", "10", "--out", out);
      expect(r.stderr).toContain(`wrote ${out}`);
      expect(r.code).toBe(0);
      const run = runFromJson(readFileSync(out, "utf8"));
      expect(run.seed).toBe(Number(seed));
      expect(run.input).toEqual({ kind: "uniform", seed: inputSeed });
    }
  });

  it("reads h_ip auto, a network type in any case, and --input-seed auto as the default", () => {
    const out = join(dir, "auto.json");
    const r = sorn("simulate", "--seed", "3", "--steps", "5", "--ne", "60", "--h_ip", "auto", "--network_type_ie", "sparse", "--lambda_ie", "20", "--input-seed", "auto", "--out", out);
    expect(r.code).toBe(0);
    const run = runFromJson(readFileSync(out, "utf8"));
    expect(run.params.h_ip).toBeNull();
    expect(run.params.network_type_ie).toBe("Sparse");
    expect(run.input).toEqual({ kind: "uniform", seed: 1003 });
  });

  const bad: [string, string[], RegExp][] = [
    ["an out-of-range hyperparameter", ["--eta_stdp", "5"], /^sorn: --eta_stdp: must be ≤ 1, got 5$/],
    ["a non-numeric hyperparameter", ["--ne", "many"], /^sorn: --ne: must be a finite number, got 'many'$/],
    ["an empty hyperparameter", ["--eta_stdp="], /^sorn: --eta_stdp: must be a finite number, got ''$/],
    ["an unknown network type", ["--network_type_ee", "Ring"], /^sorn: --network_type_ee: must be one of Sparse, Dense, got 'Ring'$/],
    ["a negative seed", ["--seed", "-1"], /^sorn: --seed: must be an integer in \[0, 4294967295\], got '-1'$/],
    ["a seed of 2^32", ["--seed", "4294967296"], /^sorn: --seed: must be an integer in \[0, 4294967295\], got '4294967296'$/],
    ["a bad input seed", ["--input-seed", "1.5"], /^sorn: --input-seed: must be an integer in \[0, 4294967295\], got '1.5'$/],
    ["a bad constant input", ["--constant-input", "1,x"], /^sorn: --constant-input: must be numbers separated by commas, got '1,x'$/],
    ["an unknown option", ["--etta", "1"], /^sorn: --etta: unknown option for 'simulate'/],
    ["an unknown freeze name", ["--freeze", "ip,stpd"], /^sorn: --freeze: unknown rule 'stpd'/],
    ["an unknown record", ["--callbacks", "WIE,Spikes"], /^sorn: --callbacks: unknown record 'Spikes'/],
    ["a bad phase", ["--phase", "testing"], /^sorn: --phase: must be 'plasticity' or 'training'/],
    ["negative steps", ["--steps", "-3"], /^sorn: --steps: must be an integer/],
    ["λ above the pool", ["--ne", "10", "--lambda_ee", "20"], /^sorn: --lambda_ee: is an in-degree and must be ≤ ne−1/],
  ];
  it.each(bad)("refuses %s with one line naming the argument and exit code 2", (_name, args, message) => {
    const steps = args.includes("--steps") ? [] : ["--steps", "5"];
    const r = sorn("simulate", ...steps, ...args, "--out", join(dir, "never.json"));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr.trim()).toMatch(message);
  });

  it("refuses bad files clearly", () => {
    const wrongShape = join(dir, "wrong.json");
    writeFileSync(wrongShape, JSON.stringify([[0.1, 0.2], [0.3]]));
    expect(sorn("simulate", "--inputs", wrongShape, "--out", join(dir, "x.json")).stderr).toMatch(/^sorn: --inputs: is not a regular array/);
    const fewRows = join(dir, "few.json");
    writeFileSync(fewRows, JSON.stringify([[0.1, 0.2]]));
    expect(sorn("simulate", "--inputs", fewRows, "--out", join(dir, "x.json")).stderr).toMatch(/^sorn: --inputs: must have nu = 10 rows, got 1/);
    const corrupt = join(dir, "corrupt.npz");
    writeFileSync(corrupt, "PK\u0003\u0004 definitely not a zip");
    const r = sorn("simulate", "--state", corrupt, "--out", join(dir, "x.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^sorn: --state: /);
    expect(sorn("simulate", "--state", join(dir, "missing.json"), "--out", join(dir, "x.json")).stderr).toMatch(/^sorn: --state: cannot read .*ENOENT/);
    expect(sorn("simulate", "--out", join(dir, "x.csv")).stderr).toMatch(/^sorn: --out: '.*x\.csv' must end in \.json or \.npz/);
  });
});
