import { describe, expect, it } from "vitest";
import { uniformInput, matrixInput } from "./inputs";
import { checkInvariants } from "./invariants";
import { SornNetwork } from "./network";
import { NumpyRandom } from "./rng/numpy-random";
import { RULES } from "./params";
import type { SornState } from "./types";

function sameState(a: SornState, b: SornState): boolean {
  for (const k of ["Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"] as const) {
    if (a[k].data.length !== b[k].data.length) return false;
    for (let i = 0; i < a[k].data.length; i++) if (!Object.is(a[k].data[i], b[k].data[i])) return false;
  }
  return JSON.stringify(a.rng) === JSON.stringify(b.rng) && a.step === b.step;
}

describe("resuming", () => {
  const params = { ne: 80, nu: 8, lambda_ee: 10, lambda_ei: 20 };
  const records = ["ExcitatoryActivation", "EEConnectionCounts"];
  it.each([2, 3, 6])("one run of 600 steps equals %i runs that pass the state on", (k) => {
    const whole = new SornNetwork({ params, seed: 11, records }).step(600, uniformInput(8, 1011));
    let state = new SornNetwork({ params, seed: 11 }).state();
    const spikes: number[] = [];
    for (let c = 0; c < k; c++) {
      const part = new SornNetwork({ params, seed: 999, state, records }).step(600 / k, uniformInput(8, 1011));
      spikes.push(...part.recorder.train("ExcitatoryActivation").data);
      state = part.state();
    }
    expect(sameState(whole.state(), state)).toBe(true);
    expect(spikes).toEqual(Array.from(whole.recorder.train("ExcitatoryActivation").data));
  });
  it("resumes through a JSON round trip of the state", () => {
    const a = new SornNetwork({ params, seed: 4 }).step(150, uniformInput(8, 7));
    const text = JSON.stringify(a.state(), (_k, v) => (v instanceof Float64Array ? Array.from(v) : v));
    const b = new SornNetwork({ params, state: JSON.parse(text) });
    a.step(150, uniformInput(8, 7));
    b.step(150, uniformInput(8, 7));
    expect(sameState(a.state(), b.state())).toBe(true);
  });
});

describe("phases and freezing", () => {
  it("the training phase changes no weight or threshold and draws only noise", () => {
    const net = new SornNetwork({ params: { ne: 50, nu: 5, lambda_ee: 8, lambda_ei: 15 }, seed: 2 }).step(50);
    const before = net.state();
    net.phase("training").step(100, uniformInput(5, 3));
    const after = net.state();
    for (const k of ["Wee", "Wei", "Te"] as const) expect(Array.from(after[k].data)).toEqual(Array.from(before[k].data));
    const np = new NumpyRandom(0);
    np.mt.load(before.rng!.numpy);
    np.hasGauss = before.rng!.numpy.hasGauss;
    np.gauss = before.rng!.numpy.gauss;
    for (let i = 0; i < 100 * (50 + 10); i++) np.gaussian();
    expect(np.random()).toBe(net.np.random());
  });
  it.each(RULES)("freezing '%s' leaves what it governs untouched", (rule) => {
    const net = new SornNetwork({ params: { ne: 60, nu: 6, lambda_ee: 10, lambda_ei: 20 }, seed: 5, freeze: RULES.filter((r) => r === rule) });
    const only = new SornNetwork({ params: { ne: 60, nu: 6, lambda_ee: 10, lambda_ei: 20 }, seed: 5, freeze: [...RULES] });
    net.step(200, uniformInput(6, 1));
    only.step(200, uniformInput(6, 1));
    expect(net.rule(rule)).toBe(false);
    if (rule === "ip") expect(Array.from(net.net.Te)).toEqual(Array.from(new SornNetwork({ params: { ne: 60, nu: 6, lambda_ee: 10, lambda_ei: 20 }, seed: 5 }).net.Te));
    else expect(sameState(net.state(), only.state())).toBe(false);
  });
});

describe("seeded random sequences of operations keep the invariants", () => {
  it.each([101, 202, 303, 404, 505])("fuzz seed %i", (seed) => {
    const ops = new NumpyRandom(seed);
    const params = { ne: 40 + ops.randint(40), nu: 4, lambda_ee: 6, lambda_ei: 10 };
    let net = new SornNetwork({ params, seed });
    let normalised = true;
    let ipRan = true;
    for (let op = 0; op < 40; op++) {
      const kind = ops.randint(6);
      if (kind === 0) net.freeze(RULES.filter(() => ops.random() < 0.3));
      else if (kind === 1) net.phase(ops.random() < 0.5 ? "training" : "plasticity");
      else if (kind === 2) net.noise(ops.random() < 0.7);
      else if (kind === 3) net.setParams({ eta_stdp: ops.random() * 0.05, eta_inhib: ops.random() * 0.01, eta_ip: ops.random() * 0.05 });
      else if (kind === 4) net = new SornNetwork({ params, state: net.state(), phase: net.phase(), freeze: net.frozenRules() });
      const n = 1 + ops.randint(60);
      net.step(n, uniformInput(4, seed));
      const plastic = net.phase() === "plasticity";
      if (plastic) normalised = net.rule("ss") ? true : normalised && !net.rule("stdp") && !net.rule("istdp") && !net.rule("sp");
      ipRan = ipRan || (plastic && net.rule("ip"));
      const errors = checkInvariants(net, { normalised, thresholdsClipped: ipRan });
      if (errors.length) expect.fail(`after op ${op} (kind ${kind}): ${errors.slice(0, 3).join("; ")}`);
    }
  });
});

describe("what a correct engine shows at the defaults (spec §10.4)", () => {
  it("matches the package's ranges over 20,000 steps (seed 42)", () => {
    const net = new SornNetwork({ seed: 42, records: ["ExcitatoryActivation", "EEConnectionCounts", "EIConnectionCounts"] });
    const mean = (a: Float64Array) => a.reduce((s, v) => s + v, 0) / a.length;
    expect(net.net.Wee.nonZeroCount()).toBeGreaterThanOrEqual(3870);
    expect(net.net.Wee.nonZeroCount()).toBeLessThanOrEqual(3920);
    expect(net.net.Wei.nonZeroCount()).toBeGreaterThanOrEqual(1560);
    expect(net.net.Wei.nonZeroCount()).toBeLessThanOrEqual(1595);
    expect(mean(net.net.Te)).toBeGreaterThan(0.46);
    expect(mean(net.net.Te)).toBeLessThan(0.52);
    const input = uniformInput(10, 1042);
    net.step(1000, input);
    expect(net.net.Wee.nonZeroCount()).toBeGreaterThanOrEqual(3200);
    expect(net.net.Wee.nonZeroCount()).toBeLessThanOrEqual(3360);
    expect(mean(net.net.Te)).toBeGreaterThan(0.2);
    expect(mean(net.net.Te)).toBeLessThan(0.235);
    net.step(4000, input);
    expect(net.net.Wee.nonZeroCount()).toBeGreaterThanOrEqual(1690);
    expect(net.net.Wee.nonZeroCount()).toBeLessThanOrEqual(1740);
    expect(net.net.Wei.nonZeroCount()).toBeGreaterThanOrEqual(800);
    expect(net.net.Wei.nonZeroCount()).toBeLessThanOrEqual(880);
    net.step(15000, input);
    const train = net.recorder.train("ExcitatoryActivation");
    const early = train.data.subarray(0, 1000 * 200).reduce((s, v) => s + v, 0) / (1000 * 200);
    const late = train.data.subarray(15000 * 200).reduce((s, v) => s + v, 0) / (5000 * 200);
    expect(early).toBeGreaterThan(0.069);
    expect(early).toBeLessThan(0.074);
    expect(late).toBeGreaterThan(0.098);
    expect(late).toBeLessThan(0.102);
    expect(mean(net.net.Te)).toBeGreaterThan(0.29);
    expect(mean(net.net.Te)).toBeLessThan(0.32);
  });
});

describe("bad input gets a clear error naming the argument", () => {
  const bad: [string, () => unknown, RegExp][] = [
    ["unknown freeze name", () => new SornNetwork({ freeze: ["stpd"] }), /^freeze: unknown rule 'stpd'/],
    ["unknown record", () => new SornNetwork({ records: ["WIEE"] }), /^callbacks: unknown record 'WIEE'/],
    ["bad phase", () => new SornNetwork({ phase: "learning" as never }), /^phase: must be 'plasticity' or 'training'/],
    ["unknown hyperparameter", () => new SornNetwork({ params: { n_e: 10 } as never }), /^n_e: unknown hyperparameter/],
    ["NaN hyperparameter", () => new SornNetwork({ params: { eta_stdp: NaN } }), /^eta_stdp: must be a finite number/],
    ["λ above the pool", () => new SornNetwork({ params: { ne: 20, lambda_ee: 25 } }), /^lambda_ee: is an in-degree and must be ≤ ne−1/],
    ["nu above ne", () => new SornNetwork({ params: { ne: 20, nu: 21, lambda_ee: 5, lambda_ei: 5 } }), /^nu: must be ≤ ne/],
    ["seed", () => new SornNetwork({ seed: -1 }), /^seed: must be an integer/],
    ["structural live edit", () => new SornNetwork({ params: { ne: 20, lambda_ee: 5, lambda_ei: 5 } }).setParams({ ne: 30 }), /^ne: changes the network's structure/],
    ["input rows", () => new SornNetwork({ params: { ne: 20, lambda_ee: 5, lambda_ei: 5 } }).step(1, matrixInput([[0.1], [0.2]])), /^inputs: must have nu = 10 rows, got 2/],
    ["input too short", () => new SornNetwork({ params: { ne: 20, nu: 1, lambda_ee: 5, lambda_ei: 5 } }).step(2, matrixInput([[0.1]])), /^inputs: has 1 columns, but step 1 needs column 1/],
    ["input NaN", () => matrixInput([[0.1, NaN]]), /^inputs: entry \[0\]\[1\] is not a finite number/],
  ];
  it.each(bad)("%s", (_name, f, message) => {
    expect(f).toThrowError(message);
  });
  it("a state of the wrong shape or with NaN is refused", () => {
    const s = new SornNetwork({ params: { ne: 20, lambda_ee: 5, lambda_ei: 5 } }).state();
    expect(() => new SornNetwork({ params: { ne: 25, lambda_ee: 5, lambda_ei: 5 }, state: s })).toThrowError(/^state\.Wee: has shape \(20, 20\), expected \(25, 25\)/);
    s.Te.data[3] = NaN;
    expect(() => new SornNetwork({ state: s, params: { lambda_ee: 5, lambda_ei: 5 } })).toThrowError(/^state\.Te: entry 3 is not a finite number/);
  });
});
