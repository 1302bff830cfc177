/**
 * `npx tsx scripts/sweep-nqueens.ts [--seeds K] [--out FILE]`: the genetic search's self-test
 * over seeds 0…K−1 (default 10): Spikey's 8-queens settings (`src/experiments/evolve/nqueens.ts`:
 * population 100, ≤ 3000 generations, rates 0.1/0.1/0.3/0.5, max age 4), in this thread. Prints,
 * per seed, the generation whose population first holds a board without clashes (fitness 28;
 * generation 0 is the random start), the genotypes evaluated and the seconds; then the median,
 * min and max. JSON in FILE (default bench/results-nqueens.json).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { poolEvaluator } from "../src/experiments/evolve/evaluate-sweep";
import { evolve } from "../src/experiments/evolve/evolve";
import { nqueensSpec } from "../src/experiments/evolve/nqueens";
import { checkEvolve } from "../src/experiments/evolve/spec";
import { parseArgs, rejectLeftovers, takeInt, takeString } from "../src/cli/args";
import { runJobs } from "../src/pool/node";

const args = parseArgs(process.argv.slice(2));
const seeds = takeInt(args, "seeds", 1) ?? 10;
const out = takeString(args, "out") ?? "bench/results-nqueens.json";
rejectLeftovers(args, "sweep-nqueens");
const rows: { seed: number; generation: number | null; fitness: number | null; evaluated: number; seconds: number }[] = [];
for (let seed = 0; seed < seeds; seed++) {
  const t0 = Date.now();
  const spec = checkEvolve(nqueensSpec(seed));
  const cp = await evolve(spec, poolEvaluator(spec, runJobs, 0));
  const row = { seed, generation: cp.stopped === "stopAt" ? cp.generation : null, fitness: cp.best?.fitness ?? null, evaluated: cp.history.reduce((n, h) => n + h.evaluated, 0), seconds: (Date.now() - t0) / 1000 };
  rows.push(row);
  console.log(`seed ${seed}: ${row.generation === null ? `no solution in 3000 generations (best ${row.fitness})` : `fitness 28 at generation ${row.generation}`}, ${row.evaluated} genotypes evaluated, ${row.seconds.toFixed(1)} s`);
}
const solved = rows.filter((r) => r.generation !== null).map((r) => r.generation!).sort((a, b) => a - b);
const median = solved.length ? (solved.length % 2 ? solved[(solved.length - 1) / 2] : (solved[solved.length / 2 - 1] + solved[solved.length / 2]) / 2) : null;
console.log(`solved ${solved.length}/${seeds}; generations to 28: median ${median}, min ${solved[0]}, max ${solved.at(-1)}`);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ seeds, solved: solved.length, median, rows }, null, 2) + "\n");
