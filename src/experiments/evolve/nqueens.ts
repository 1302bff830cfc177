/**
 * The N-queens self-test of the genetic search (Spikey's `meta_benchmark.py` settings, spec
 * spikey.md §2.2): the `nqueens` target's 16 genes ax…hy, each a choice of 0…7; population 100,
 * at most 3000 generations, rates 0.1 / 0.1 / 0.3 / 0.5, mutants from the best half, max age 4,
 * a fitness cache of 200 genotypes; it stops when a board has no clash (fitness 28).
 */
import { NQUEENS_GENES } from "../sweep/targets/nqueens";
import type { Json } from "../../pool/registry";

/** The evolve spec of the self-test at `seed` (`generations` to cap it lower). */
export function nqueensSpec(seed: number, generations = 3000): Record<string, Json> {
  const values = [0, 1, 2, 3, 4, 5, 6, 7];
  return {
    name: "8 queens (Spikey's MetaNQueens)",
    target: "nqueens",
    genes: Object.fromEntries(NQUEENS_GENES.map((k) => [k, { values }])),
    metric: "fitness",
    seed,
    population: 100,
    generations,
    rates: { random: 0.1, survivor: 0.1, mutation: 0.3, crossover: 0.5 },
    eligible: 0.5,
    maxAge: 4,
    storing: 200,
    stopAt: 28,
  };
}
