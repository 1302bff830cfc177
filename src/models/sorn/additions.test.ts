import { describe, expect, it } from "vitest";
import { uniformInput } from "../inputs";
import { checkInvariants } from "./invariants";
import { runFromJson, runToJson } from "./io/run-file";
import { runFromNpz, runToNpz } from "./io/run-npz";
import { networkFromRun, runOf } from "./io/run-of";
import { SornNetwork } from "./network";
import { NumpyRandom } from "../rng/numpy-random";

const small = { ne: 50, nu: 5, lambda_ee: 8, lambda_ei: 12, lambda_ie: 20 };

describe("network types the package could not build (spec §10.2)", () => {
  it.each([
    ["Dense", "Sparse", "Dense"],
    ["Sparse", "Dense", "Dense"],
    ["Sparse", "Sparse", "Sparse"],
    ["Dense", "Dense", "Sparse"],
  ])("E→E %s, I→E %s, E→I %s build, normalise and run", (ee, ei, ie) => {
    const net = new SornNetwork({ params: { ...small, network_type_ee: ee, network_type_ei: ei, network_type_ie: ie }, seed: 3 });
    const ni = 10;
    if (ee === "Dense") expect(net.net.Wee.nonZeroCount()).toBe(50 * 49);
    else expect(net.net.Wee.nonZeroCount()).toBeLessThan(50 * 12);
    if (ei === "Dense") expect(net.net.Wei.nonZeroCount()).toBe(ni * 50);
    else expect(net.net.Wei.nonZeroCount()).toBeLessThan(ni * 20);
    if (ie === "Sparse") {
      // Each I neuron draws about λ_ie = 20 E inputs (a zero-column repair may add two).
      const perI = net.net.Wie.nonZeroCount() / ni;
      expect(perI).toBeGreaterThan(15);
      expect(perI).toBeLessThan(25);
    } else expect(net.net.Wie.nonZeroCount()).toBe(50 * ni);
    expect(checkInvariants(net, { normalised: true, thresholdsClipped: true })).toEqual([]);
    net.step(200, uniformInput(5, 1));
    expect(checkInvariants(net, { normalised: true, thresholdsClipped: true })).toEqual([]);
    for (let i = 0; i < 50; i++) expect(net.net.Wee.get(i, i)).toBe(0);
  });
});

describe("σ_ip: per-neuron IP targets (Zheng et al. 2013)", () => {
  it("σ_ip = 0 draws nothing (the package's stream); σ_ip > 0 draws h_i ~ N(h_ip, σ²) after Ti", () => {
    const plain = new SornNetwork({ params: small, seed: 8 });
    expect(Array.from(plain.net.Hip)).toEqual(new Array(50).fill((2 * 5) / 50));
    const spread = new SornNetwork({ params: { ...small, sigma_ip: 0.05 }, seed: 8 });
    // Same construction up to Ti; then 50 normal draws from where `plain` stopped.
    expect(Array.from(spread.net.Ti)).toEqual(Array.from(plain.net.Ti));
    const np = new NumpyRandom(0);
    np.mt.load(plain.state().rng!.numpy);
    expect(Array.from(spread.net.Hip)).toEqual(Array.from(np.normalFill(new Float64Array(50), 0.2, 0.05)));
  });
  it("an explicit h_ip replaces 2·nu/ne", () => {
    expect(new SornNetwork({ params: { ...small, h_ip: 0.05 } }).net.Hip[7]).toBe(0.05);
  });
});

describe("records the package promised or lacked", () => {
  it("WIE, IEConnectionCounts and strided weight records", () => {
    const net = new SornNetwork({ params: small, seed: 2, records: ["WEE", "WIE", "IEConnectionCounts", "EEConnectionCounts", "RecurrentActivation", "TI"], recordEvery: 25 });
    net.step(100, uniformInput(5, 4));
    const wee = net.recorder.matrixSeries("WEE");
    expect(wee.steps).toEqual([24, 49, 74, 99]);
    expect(Array.from(wee.data[3])).toEqual(Array.from(net.state().Wee.data));
    expect(net.recorder.matrixSeries("WIE").data).toHaveLength(4);
    expect(Array.from(net.recorder.countSeries("IEConnectionCounts"))).toEqual(new Array(100).fill(500));
    expect(net.recorder.train("RecurrentActivation")).toMatchObject({ steps: 100, neurons: 50 });
    expect(net.recorder.thresholds("TI")).toMatchObject({ steps: 100, neurons: 10 });
  });
});

describe("run files", () => {
  const net = new SornNetwork({ params: small, seed: 6, freeze: ["sp"], records: ["ExcitatoryActivation", "TE", "EEConnectionCounts", "WEI"], recordEvery: 10 }).step(40, uniformInput(5, 9));
  const run = runOf(net, { kind: "uniform", seed: 9 });
  it.each(["json", "npz"])("round-trip through %s exactly and continue the run identically", (format) => {
    const back = format === "json" ? runFromJson(runToJson(run)) : runFromNpz(runToNpz(run));
    expect(back.params).toEqual(run.params);
    expect([back.seed, back.phase, back.freeze, back.noise]).toEqual([6, "plasticity", ["sp"], true]);
    for (const [name, r] of Object.entries(run.records)) {
      expect(back.records[name as keyof typeof run.records]!.shape).toEqual(r!.shape);
      expect(Array.from(back.records[name as keyof typeof run.records]!.data)).toEqual(Array.from(r!.data));
    }
    const a = networkFromRun(run).step(30, uniformInput(5, 9));
    const b = networkFromRun(back).step(30, uniformInput(5, 9));
    expect(Array.from(b.state().Wee.data)).toEqual(Array.from(a.state().Wee.data));
    expect(b.t).toBe(70);
  });
  it("a run saved before its first step (empty records) loads back", () => {
    const fresh = runOf(new SornNetwork({ params: small, seed: 1, records: ["ExcitatoryActivation", "TE", "EEConnectionCounts"] }));
    const back = runFromJson(runToJson(fresh));
    expect(back.records.ExcitatoryActivation!.shape).toEqual([0, 0]);
    expect(back.records.EEConnectionCounts!.shape).toEqual([0]);
    expect(runFromNpz(runToNpz(fresh)).records.TE!.shape).toEqual([0, 50]);
  });
  it("refuse corrupt or foreign files with a clear message", () => {
    const text = runToJson(run);
    expect(() => runFromJson(text.slice(0, 200))).toThrowError(/^file: is not valid JSON/);
    expect(() => runFromJson('{"format":"something-else"}')).toThrowError(/^file: is not a SORN Lab run/);
    expect(() => runFromJson(text.replace('"version":1', '"version":7'))).toThrowError(/^file\.version: 7 is not supported/);
    const withNull = JSON.parse(text);
    withNull.state.Te[3][0] = null; // how JSON writes NaN
    expect(() => runFromJson(JSON.stringify(withNull))).toThrowError(/^state\.Te: entry \[3\]\[0\] is not a finite number \(null\)/);
    const ragged = JSON.parse(text);
    ragged.state.Wee[2].pop();
    expect(() => runFromJson(JSON.stringify(ragged))).toThrowError(/^state\.Wee: is not a regular array/);
    const badParam = JSON.parse(text);
    badParam.params.eta_stdp = -1;
    expect(() => runFromJson(JSON.stringify(badParam))).toThrowError(/^eta_stdp: must be ≥ 0/);
    const bytes = runToNpz(run);
    expect(() => runFromNpz(bytes.slice(0, bytes.length - 40))).toThrowError(/^file: npz: /);
  });
  it("a state with the wrong shape is refused when the network is built, naming the array", () => {
    const wrong = runFromJson(runToJson(run));
    wrong.state.Wie = { shape: [50, 9], data: new Float64Array(450) };
    expect(() => networkFromRun(wrong)).toThrowError(/^state\.Wie: has shape \(50, 9\), expected \(50, 10\)/);
  });
});
