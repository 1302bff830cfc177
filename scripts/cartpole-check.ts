/**
 * `npm run experiments:cartpole [-- --seeds 10 --episodes 600 --workers 2 --json OUT.json]`:
 * the statistical criteria of the package's cart-pole example (spec experiments.md §5 C12–C14)
 * on CartPole-v0: docs-faithful, corrected, frozen reservoir, raw-observation linear policy and
 * random policy, seeds 0…K−1, 600 episodes each (20 plasticity episodes), as "cartpole.run" jobs
 * on the worker pool. Prints the time, the variant table (last-100 training mean ± sd, final
 * held-out mean ± sd), the calibration's numbers (§2.6) beside them, and each criterion with
 * PASS / FAIL / REPORT. Not part of `npm test`. Exit 1 if a criterion fails, 2 on a bad argument.
 */
import { writeFileSync } from "node:fs";
import { CliError, parseArgs, rejectLeftovers, takeInt, takeString } from "../src/cli/args";
import { takeWorkers } from "../src/cli/workers-arg";
import { summaryTable, variantLabel } from "../src/experiments/cartpole/compare";
import { CALIBRATION_600, cartPoleCriteria, verdictLines } from "../src/experiments/cartpole/criteria";
import { cartPoleRunKind } from "../src/experiments/cartpole/kind";
import type { CartPoleRunSpec } from "../src/experiments/cartpole/options";
import { runJobs } from "../src/pool/node";

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const seeds = takeInt(args, "seeds", 1, 10_000) ?? 10;
  const episodes = takeInt(args, "episodes", 100, 10_000_000) ?? 600;
  const workers = takeWorkers(args);
  const out = takeString(args, "json");
  rejectLeftovers(args, "experiments:cartpole");
  const variants: Pick<CartPoleRunSpec, "mode" | "variant">[] = [
    { mode: "docs", variant: "plastic" },
    { mode: "corrected", variant: "plastic" },
    { mode: "corrected", variant: "frozen" },
    { mode: "corrected", variant: "raw" },
    { mode: "corrected", variant: "random" },
  ];
  const specs: CartPoleRunSpec[] = [];
  for (let seed = 0; seed < seeds; seed++) for (const v of variants) specs.push({ ...v, seed, episodes, env: "v0" });
  const log = (s: string) => process.stderr.write(s);
  log(`experiments:cartpole: ${variants.map((v) => variantLabel(v.mode!, v.variant!)).join(", ")} × seeds 0…${seeds - 1}, ${episodes} episodes of CartPole-v0, ${specs.length} runs on ${workers} worker${workers === 1 ? "" : "s"}\n`);
  const start = Date.now();
  let done = 0;
  const results = await runJobs(specs.map((s) => cartPoleRunKind.job(s)), {
    workers,
    onResult: (_i, r) => {
      done++;
      const e = r.evaluations.at(-1);
      const last = r.scores.slice(-100);
      log(`run ${done}/${specs.length} ${variantLabel(r.run.mode, r.run.variant)} seed ${r.run.seed}: last-100 ${(last.reduce((a, b) => a + b, 0) / last.length).toFixed(1)}, held-out ${e && !e.aborted ? e.mean.toFixed(1) : "–"}, ${r.steps} steps (${((Date.now() - start) / 1000).toFixed(1)} s)${r.aborted ? ` — ${r.aborted.message}` : ""}\n`);
    },
  });
  const seconds = (Date.now() - start) / 1000;
  const steps = results.reduce((s, r) => s + r.steps + r.evaluations.reduce((a, e) => a + e.scores.reduce((x, y) => x + y, 0), 0), 0);
  const check = cartPoleCriteria(results);
  const lines = [
    `cart-pole check (CartPole-v0, ${episodes} episodes, 20 plasticity episodes, seeds 0…${seeds - 1}): ${specs.length} runs in ${seconds.toFixed(1)} s on ${workers} worker${workers === 1 ? "" : "s"}, ${steps} environment steps (training + held-out), ${Math.round(steps / seconds)} steps/s overall`,
    "",
    summaryTable(check.summaries),
    "calibration (§2.6, numpy re-implementation, 3 seeds, mean of the last 100 of 600 training episodes):",
    ...Object.entries(CALIBRATION_600).map(([k, v]) => `  ${k.padEnd(10)} ${v}`),
    "",
    verdictLines(check.verdicts),
  ];
  const fails = check.verdicts.filter((v) => v.status === "FAIL").length;
  lines.push(`${check.verdicts.filter((v) => v.status === "PASS").length} passed, ${fails} failed, ${check.verdicts.filter((v) => v.status === "REPORT").length} reported, ${check.verdicts.filter((v) => v.status === "SKIP").length} skipped`);
  process.stdout.write(lines.join("\n") + "\n");
  if (out) writeFileSync(out, JSON.stringify({ check: "cartpole C12-C14", seeds, episodes, workers, seconds, summaries: check.summaries, difference: check.difference, verdicts: check.verdicts, runs: results }) + "\n");
  return fails ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`experiments:cartpole: ${e.message}\n`);
      process.exitCode = 2;
    } else throw e;
  },
);
