import { describe, expect, it } from "vitest";
import { matrixInput } from "../src/models/inputs";
import { SornNetwork } from "../src/models/sorn/network";
import type { SornState } from "../src/models/sorn/types";
import { fixtureState, loadFixture, type Fixture } from "./fixture-loader";

/** Indices of the 1s in row t of a T × n 0/1 train. */
function activeAt(data: Uint8Array, n: number, t: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (data[t * n + i]) out.push(i);
  return out;
}

/** Compare two states exactly (float64 bits, no tolerance); returns the first difference. */
function firstDifference(a: SornState, b: SornState): string | null {
  for (const key of ["Wee", "Wei", "Wie", "Te", "Ti", "X", "Y"] as const) {
    const x = a[key];
    const y = b[key];
    if (x.shape.join() !== y.shape.join()) return `${key} shape ${x.shape} vs ${y.shape}`;
    for (let i = 0; i < x.data.length; i++) if (!Object.is(x.data[i], y.data[i])) return `${key}[${i}] ${x.data[i]} vs ${y.data[i]}`;
  }
  return null;
}

function runFixture(f: Fixture, initial?: SornState) {
  const records = ["ExcitatoryActivation", "InhibitoryActivation", "RecurrentActivation", "TE", "EEConnectionCounts", "EIConnectionCounts"];
  const phase = (f.call.api === "Trainer.run" ? f.call.phase : "plasticity") as "plasticity" | "training";
  const net = new SornNetwork({ params: f.call.hyperparameters, seed: f.seed, state: initial, phase, freeze: f.call.freeze ?? [], noise: f.call.noise, records });
  return net;
}

const FILES = ["default-s42.json", "small-s7.json", "freeze-ip-sp-s3.json", "training-s5.json"];

describe.each(FILES)("golden fixture %s (bit-exact with the Python package)", (file) => {
  const f = loadFixture(file);
  const resumed = f.call.api === "Trainer.run";
  const start = resumed ? fixtureState(f.initial_state) : undefined;
  const net = runFixture(f, start);
  const initial = net.state();
  const T = f.call.timesteps;
  net.step(T, matrixInput(f.inputs));

  it("builds (or resumes) exactly the initial state", () => {
    expect(firstDifference(initial, fixtureState(f.initial_state))).toBeNull();
  });

  it("reproduces every step's E, I and recurrent spikes", () => {
    const rec = net.recorder;
    const trains = {
      ExcitatoryActivation: rec.train("ExcitatoryActivation"),
      InhibitoryActivation: rec.train("InhibitoryActivation"),
      RecurrentActivation: rec.train("RecurrentActivation"),
    };
    for (const [name, train] of Object.entries(trains)) {
      expect(train.steps).toBe(T);
      const expected = f.steps[name as keyof typeof trains] as number[][];
      for (let t = 0; t < T; t++) {
        const got = activeAt(train.data, train.neurons, t);
        if (got.join() !== expected[t].join()) expect.fail(`${name} differs at step ${t}: ${got} vs ${expected[t]}`);
      }
    }
  });

  it("reproduces the connection counts and every step's thresholds", () => {
    expect(Array.from(net.recorder.countSeries("EEConnectionCounts"))).toEqual(f.steps.EEConnectionCounts);
    expect(Array.from(net.recorder.countSeries("EIConnectionCounts"))).toEqual(f.steps.EIConnectionCounts);
    const te = net.recorder.thresholds("TE");
    const expected = f.steps.TE as number[][];
    for (let t = 0; t < T; t++) {
      for (let i = 0; i < net.ne; i++) {
        if (!Object.is(te.data[t * net.ne + i], expected[t][i])) expect.fail(`TE[${t}][${i}] ${te.data[t * net.ne + i]} vs ${expected[t][i]}`);
      }
    }
  });

  it("ends in exactly the final state", () => {
    expect(firstDifference(net.state(), fixtureState(f.final_state))).toBeNull();
  });

  it("consumed exactly as many random draws as the package", () => {
    expect(net.np.random()).toBe(f.rng_after.np_random_random);
    expect(net.py.random()).toBe(f.rng_after.python_random_random);
  });
});
