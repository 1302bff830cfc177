/**
 * The rate-RNN trainer's worker facade, in this thread: slices carry every trial's loss exactly
 * once (the same losses and evaluations as a Trainer run straight through), the latest trial's
 * output against its paired target, τ within its bounds; the spectrum at init; saving mid-run.
 */
import { describe, expect, it } from "vitest";
import { modelFromJson } from "../models/rate-rnn/model-file";
import { DEFAULT_TRAIN, Trainer } from "../models/rate-rnn/train";
import { RateRnnTrainerService, type RnnSessionSpec } from "./rate-rnn-trainer";

const SPEC: RnnSessionSpec = { task: "go-nogo", seed: 3, n: 30, activation: "sigmoid", init: "paper", maxTrials: 120 };

/** A clock that moves 1 ms per read: a slice of budget b runs b trials. */
function tickClock() {
  let t = 0;
  return () => t++;
}

describe("RateRnnTrainerService", () => {
  it("reset draws the network: unit counts, connections, τ at init in 20–50 ms, N eigenvalues of W_eff", () => {
    const svc = new RateRnnTrainerService(tickClock());
    const info = svc.reset(SPEC);
    expect(info.nExc + info.nInh).toBe(30);
    expect(info.nInh).toBeGreaterThan(0);
    expect(info.T).toBe(200);
    expect(info.minTrial).toBe(1500);
    expect(info.eigRe.length).toBe(30);
    expect(info.tauInitMs.every((t) => t > 20 && t < 50)).toBe(true);
    const direct = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 3, maxTrials: 120 }, { n: 30 });
    expect(info.connections).toBe(direct.net.conn.length);
  });

  it("slices add up to the straight run: same losses, same evaluations, status cap at 120", () => {
    const svc = new RateRnnTrainerService(tickClock());
    svc.reset(SPEC);
    const losses: number[] = [];
    const evals: { trial: number; loss: number; accuracy: number }[] = [];
    let slices = 0;
    for (;;) {
      const s = svc.train(7);
      slices++;
      losses.push(...s.losses);
      evals.push(...s.evals);
      expect(s.trials).toBe(losses.length);
      expect(s.output.length).toBe(199);
      expect(s.target.length).toBe(199);
      expect(s.tauMs.every((t) => t > 20 && t < 50)).toBe(true);
      if (s.status !== "running") {
        expect(s.status).toBe("cap");
        break;
      }
    }
    expect(slices).toBeGreaterThan(10);
    const direct = new Trainer({ ...DEFAULT_TRAIN, task: "go-nogo", seed: 3, maxTrials: 120 }, { n: 30 });
    while (direct.step() === "running");
    expect(losses).toEqual(direct.losses);
    expect(evals).toEqual(direct.evals);
    expect(evals.map((e) => e.trial)).toEqual([2, 102]);
  });

  it("the latest trial's target is Go's (1 from step 75) or NoGo's (0)", () => {
    const svc = new RateRnnTrainerService(tickClock());
    svc.reset(SPEC);
    const s = svc.train(3);
    const go = s.latestKind === "go";
    expect(["go", "nogo"]).toContain(s.latestKind);
    expect(s.target[74]).toBe(go ? 1 : 0);
    expect(s.target[73]).toBe(0);
  });

  it("saves the model at any point: JSON that reads back with its trials, and an .npz (a zip)", () => {
    const svc = new RateRnnTrainerService(tickClock());
    svc.reset(SPEC);
    svc.train(5);
    const m = modelFromJson(svc.modelJson(), "saved.json");
    expect(m.history.trials).toBe(5);
    expect(m.history.status).toBe("running");
    expect(m.net.settings.n).toBe(30);
    const npz = svc.modelNpz();
    expect([npz[0], npz[1]]).toEqual([0x50, 0x4b]);
  });

  it("refuses bad settings with the setting's name and training before a reset", () => {
    const svc = new RateRnnTrainerService(tickClock());
    expect(() => svc.train(5)).toThrow(/reset first/);
    expect(() => svc.reset({ ...SPEC, n: 2 })).toThrow(/^n: N = 2 is too small for the masks: no inhibitory unit was drawn/);
  });
});
