/** The step-at-a-time session gives runCartPole's scores and evaluations exactly, and reports each step. */
import { describe, expect, it } from "vitest";
import type { CartPoleRunSpec } from "./options";
import { runCartPole } from "./run";
import { LearnerSession } from "./session";

const specs: CartPoleRunSpec[] = [
  { seed: 3, episodes: 30, evalEvery: 10, evalEpisodes: 3 },
  { mode: "docs", seed: 1, episodes: 25, env: "v0", evalEvery: 10, evalEpisodes: 2 },
  { seed: 2, episodes: 12, variant: "raw", plasticEpisodes: 4, evalEvery: 5, evalEpisodes: 2 },
  { seed: 5, episodes: 8, variant: "random", evalEpisodes: 2, evalEvery: 4 },
  { seed: 4, episodes: 10, variant: "frozen", encoding: "population", bins: 4, baseline: "running", plasticEpisodes: 3, evalEvery: 5, evalEpisodes: 2 },
  { mode: "docs", seed: 0, episodes: 5, env: "v0", wScale: 1000, evalEpisodes: 2 },
];

describe("LearnerSession", () => {
  it.each(specs)("matches runCartPole (%o)", (spec) => {
    const ref = runCartPole(spec);
    const s = new LearnerSession(spec);
    s.trainTo(spec.episodes);
    expect(s.scores).toEqual(ref.scores);
    expect(s.evaluations).toEqual(ref.evaluations);
    expect(s.steps).toBe(ref.steps);
    expect(s.aborted ?? undefined).toEqual(ref.aborted);
  });

  it("reports each step: probabilities, the reservoir's spikes, the return, the episode's end", () => {
    const s = new LearnerSession({ seed: 0, episodes: 3, plasticEpisodes: 1, evalEpisodes: 0 });
    let step = s.step()!;
    expect(step).toMatchObject({ episode: 0, t: 0, sampled: false, return: 1 });
    expect(step.p0 + step.p1).toBeCloseTo(1, 12);
    expect(s.spikes).toHaveLength(50);
    while (!step.ended) step = s.step()!;
    expect(s.scores).toEqual([step.return]);
    expect(s.step()).toMatchObject({ episode: 1, t: 0, sampled: true });
  });

  it("goes on past its episodes with periodic evaluations; the docs overflow ends it", () => {
    const s = new LearnerSession({ seed: 1, episodes: 2, plasticEpisodes: 0, evalEvery: 2, evalEpisodes: 1 });
    s.trainTo(4);
    expect(s.evaluations.map((e) => e.after)).toEqual([2, 4]);
    const d = new LearnerSession({ mode: "docs", seed: 0, episodes: 5, wScale: 1000, evalEpisodes: 0 });
    d.trainTo(5);
    expect(d.aborted?.message).toMatch(/softmax overflow \(docs bug B3\)/);
    expect(d.step()).toBeNull();
  });
});
