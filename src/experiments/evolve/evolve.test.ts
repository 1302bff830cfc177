import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../../models/rng/numpy-random";
import { runJobs } from "../../pool/node";
import { canonicalJson } from "../sweep/canonical";
import { queenClashes } from "../sweep/targets/nqueens";
import { poolEvaluator } from "./evaluate-sweep";
import { evolve, type EvolveCheckpoint, type Evaluator } from "./evolve";
import { normalGenes, perturbGene } from "./genes";
import { nqueensSpec } from "./nqueens";
import { nextGeneration, type ScoredAgent } from "./population";
import { checkEvolve } from "./spec";

const genes = normalGenes({ a: { values: [0, 1, 2, 3] }, b: { range: [0, 1] }, c: ["p", "q", "r"] });
const settings = { random: 0.1, survivor: 0.1, mutation: 0.3, crossover: 0.5, perturb: 0, maxAge: 4, eligible: 0.5, sigma: 0.1 };
const diff = (x: Record<string, unknown>, y: Record<string, unknown>) => Object.keys(x).filter((k) => x[k] !== y[k]).length;

describe("Spikey's Population update", () => {
  const rng = new NumpyRandom(5);
  const last: ScoredAgent[] = Array.from({ length: 10 }, (_, i) => ({ genes: { a: i % 4, b: i / 10, c: "pqr"[i % 3] }, age: i === 9 ? 4 : 1, fitness: i }));
  const next = nextGeneration(genes, last, 10, settings, rng);

  it("makes immigrants, aged elitist survivors, one-gene mutants of the best half, crossover pairs and a top-up", () => {
    expect(next).toHaveLength(10);
    // 1 immigrant; 1 survivor: the best agent younger than maxAge (agent 9, age 4, is dropped)
    expect(next[1]).toEqual({ genes: last[8].genes, age: 2 });
    const prev = last.slice(0, 9);
    // 3 mutants: a parent of the best half (agents 5–8 of the 9 left), one gene re-sampled
    for (const m of next.slice(2, 5)) {
      expect(m.age).toBe(0);
      expect(prev.slice(5).some((p) => diff(p.genes, m.genes) <= 1)).toBe(true);
    }
    // 2 crossover pairs: every gene from one parent or the other, the two children complementary
    for (const k of [5, 7]) {
      const [c1, c2] = [next[k], next[k + 1]];
      const fromPair = prev.some((p1) => prev.some((p2) => ["a", "b", "c"].every((g) => (c1.genes[g] === p1.genes[g] && c2.genes[g] === p2.genes[g]) || (c1.genes[g] === p2.genes[g] && c2.genes[g] === p1.genes[g]))));
      expect(fromPair).toBe(true);
      expect([c1.age, c2.age]).toEqual([0, 0]);
    }
    // the top-up mutant
    expect(next[9].age).toBe(0);
    expect(prev.some((p) => diff(p.genes, next[9].genes) <= 1)).toBe(true);
  });

  it("is a pure function of its generator's seed", () => {
    expect(nextGeneration(genes, last, 10, settings, new NumpyRandom(5))).toEqual(next);
    expect(nextGeneration(genes, last, 10, settings, new NumpyRandom(6))).not.toEqual(next);
  });

  it("gives all immigrants when every agent is too old, and perturbs numeric genes within their span", () => {
    const old = last.map((a) => ({ ...a, age: 9 }));
    expect(nextGeneration(genes, old, 6, settings, new NumpyRandom(1)).every((a) => a.age === 0)).toBe(true);
    const r = new NumpyRandom(2);
    for (let i = 0; i < 200; i++) {
      const v = perturbGene(genes[1], 0.95, 0.5, r) as number;
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      expect([0, 1, 2, 3]).toContain(perturbGene(genes[0], 3, 0.5, r));
    }
  });
});

describe("the genetic search", () => {
  it("counts clashes as Spikey's MetaNQueens", () => {
    expect(queenClashes([0, 1, 2, 3, 4, 5, 6, 7], [0, 4, 7, 5, 2, 6, 1, 3])).toBe(0); // a solution
    expect(queenClashes([0, 0, 0, 0, 0, 0, 0, 0], [0, 1, 2, 3, 4, 5, 6, 7])).toBe(7); // one row
    expect(queenClashes([3, 3, 3, 3, 3, 3, 3, 3], [3, 3, 3, 3, 3, 3, 3, 3])).toBe(28); // one square: 4 lines × 7
  });

  it("solves 8 queens (fitness 28) at seed 0 in 416 generations, evaluating each cached genotype once", async () => {
    const spec = checkEvolve(nqueensSpec(0));
    let evaluated = 0;
    const inner = poolEvaluator(spec, runJobs, 0);
    const counting: Evaluator = async (batch, g) => {
      evaluated += batch.length;
      expect(new Set(batch.map((b) => canonicalJson(b))).size).toBe(batch.length);
      return inner(batch, g);
    };
    const cp = await evolve(spec, counting);
    expect([cp.generation, cp.stopped, cp.best!.fitness]).toEqual([416, "stopAt", 28]);
    const g = cp.best!.genes as Record<string, number>;
    expect(queenClashes("abcdefgh".split("").map((l) => g[`${l}x`]), "abcdefgh".split("").map((l) => g[`${l}y`]))).toBe(0);
    expect(evaluated).toBe(cp.history.reduce((n, h) => n + h.evaluated, 0));
    expect(evaluated).toBeLessThan(100 * 417);
  }, 120_000);

  it("resumes from a checkpoint to the same end as a run straight through", async () => {
    const spec = checkEvolve({ ...nqueensSpec(3, 40), stopAt: null });
    const evaluate = poolEvaluator(spec, runJobs, 0);
    const straight = await evolve(spec, evaluate);
    const saved: EvolveCheckpoint[] = [];
    await evolve(spec, evaluate, { onGeneration: (c) => void saved.push(JSON.parse(JSON.stringify(c))), cancelled: () => saved.length >= 17 });
    expect(saved.at(-1)!.generation).toBe(16);
    const resumed = await evolve(spec, evaluate, { resume: saved.at(-1) });
    expect(JSON.stringify(resumed)).toBe(JSON.stringify(straight));
    expect(straight.history).toHaveLength(40);
    await expect(evolve(checkEvolve({ ...nqueensSpec(4, 40) }), evaluate, { resume: saved.at(-1) })).rejects.toThrow(/^checkpoint: is of another evolve spec/);
  }, 120_000);

  it("rejects bad specs with one message naming the key", () => {
    expect(() => checkEvolve({ ...nqueensSpec(0), target: "chess" })).toThrow(/^target: unknown target "chess"/);
    expect(() => checkEvolve({ ...nqueensSpec(0), genes: { zx: [1] } })).toThrow(/^genes.zx: unknown parameter 'zx' of target nqueens/);
    expect(() => checkEvolve({ ...nqueensSpec(0), metric: "score" })).toThrow("metric: unknown metric 'score' (metrics: fitness, clashes)");
    expect(() => checkEvolve({ ...nqueensSpec(0), genes: { ax: { range: [3, 1] } } })).toThrow(/^genes.ax: must be \{ range: \[lo, hi\] \} with lo < hi/);
    expect(() => checkEvolve({ ...nqueensSpec(0), rates: { random: 0, survivor: 0, mutation: 0, crossover: 0 } })).toThrow("rates: need a nonzero rate");
  });
});
