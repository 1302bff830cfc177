import { describe, expect, it } from "vitest";
import { cartPoleCriteria, verdictLines } from "./criteria";
import { resolveRun, runSeeds, type CartPoleMode, type CartPoleVariant } from "./options";
import type { CartPoleRunResult } from "./run";

/** A fake run: every training score `score`, one final evaluation with mean `held`. */
function fake(mode: CartPoleMode, variant: CartPoleVariant, seed: number, score: number, held: number): CartPoleRunResult {
  const run = resolveRun({ mode, variant, seed, episodes: 200, env: "v0" });
  return { run, seeds: runSeeds(seed), scores: Array(200).fill(score), learningFrom: 0, evaluations: [{ after: 200, trainingEpisodes: 200, scores: [held], mean: held, sd: 0, atLimit: 0 }], steps: 200 * score, hIp: 0.16 };
}

describe("C12–C14 verdicts", () => {
  it("pass, fail and report on the measured numbers", () => {
    const runs: CartPoleRunResult[] = [];
    for (let s = 0; s < 10; s++) {
      runs.push(fake("docs", "plastic", s, s < 8 ? 25 : 40, 24));
      runs.push(fake("corrected", "plastic", s, 40, 50 + s));
      runs.push(fake("corrected", "frozen", s, 40, 50));
      runs.push(fake("corrected", "raw", s, s < 7 ? 150 : 100, 160));
    }
    const { verdicts, difference } = cartPoleCriteria(runs);
    const status = Object.fromEntries(verdicts.map((v) => [v.id, v.status]));
    expect(status).toEqual({ C12: "PASS", "C13 corrected vs docs": "PASS", "C13 raw linear policy": "FAIL", "C13 held-out reported": "PASS", "C14 corrected − frozen": "REPORT" });
    expect(verdicts[0].measured).toContain("≤ 35 in 8/10 seeds");
    expect(verdicts[1].measured).toContain("corrected 40.0 ± 0.0 vs docs 28.0 ± 6.0 (difference 12.0)");
    expect(difference!.differences).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(difference!.bootstrap.mean).toBe(4.5);
    expect(verdictLines(verdicts)).toMatch(/^PASS {3}C12: /);
  });

  it("skips what was not run", () => {
    const { verdicts } = cartPoleCriteria([fake("corrected", "random", 0, 22, 22)]);
    expect(verdicts.map((v) => v.status)).toEqual(["SKIP", "SKIP", "SKIP", "PASS", "SKIP"]);
  });
});
