/**
 * `npm run experiments:check [-- --n 8,12,30 --seeds 10 --seed-from 10 --json OUT.json]`: the statistical
 * criteria of the counting preset (spec experiments.md §5, C19 and C20) at full size (50,000
 * plastic + 5,000 train + 5,000 test steps, ne 200), every condition, seeds F…F+K−1 (F = 10 by
 * default: the held-out seeds; seeds 0–9 were the engine's calibration run that locked C20's
 * bounds, see src/experiments/counting/criteria.ts), one job after
 * another on one core. Prints the time per job, the mean ± sd table (readouts X and R), and each
 * criterion with PASS / FAIL / SKIP and the measured numbers beside the calibration's. Not part
 * of `npm test` (minutes). Exit status 1 if any criterion fails, 2 on a bad argument.
 */
import { writeFileSync } from "node:fs";
import { CliError, parseArgs, rejectLeftovers, takeInt, takeParsed, takeString } from "../src/cli/args";
import { C20_SPEC_BOUNDS, criterionC19, criterionC20, verdictLines } from "../src/experiments/counting/criteria";
import { CONDITIONS, READOUTS, parseCounts } from "../src/experiments/counting/preset";
import { meanSd, runJobsSequentially, summarize, summaryTable, sweepJobs } from "../src/experiments/counting/sweep";

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const n = takeParsed(args, "n", parseCounts) ?? [8, 12, 30];
  const seeds = takeInt(args, "seeds", 1) ?? 10;
  const seedFrom = takeInt(args, "seed-from", 0) ?? 10;
  const out = takeString(args, "json");
  rejectLeftovers(args, "experiments:check");
  const jobs = sweepJobs({ n, conditions: CONDITIONS, readouts: READOUTS, seeds, seedFrom });
  const log = (s: string) => process.stderr.write(s);
  log(`experiments:check: counting preset, n = ${n.join(", ")}, conditions ${CONDITIONS.join(", ")}, seeds ${seedFrom}…${seedFrom + seeds - 1}: ${jobs.length} jobs of 60,000 steps\n`);
  const times: Record<string, number[]> = {};
  const start = Date.now();
  const rows = await runJobsSequentially(jobs, (i, spec, jobRows, ms) => {
    (times[spec.condition] ??= []).push(ms / 1000);
    const last = jobRows.map((r) => `${r.readout} ${r.perf_last.toFixed(3)}`).join(", ");
    log(`job ${i + 1}/${jobs.length} n=${spec.n} ${spec.condition} seed ${spec.seed}: perf_last ${last}, rate ${jobRows[0].meanRateE.toFixed(3)}, E→E ${jobRows[0].eeSynapses} (${(ms / 1000).toFixed(2)} s)\n`);
  });
  const total = (Date.now() - start) / 1000;
  const verdicts = [...criterionC19(rows), ...criterionC20(rows)];
  const reported = criterionC20(rows, C20_SPEC_BOUNDS, "spec bounds");
  const lines = [
    `counting preset, ${jobs.length} jobs in ${total.toFixed(1)} s on one core`,
    `time per job (s): ${Object.entries(times).map(([c, t]) => { const m = [...t].sort((a, b) => a - b); return `${c} median ${m[m.length >> 1].toFixed(2)} (mean ${meanSd(t).mean.toFixed(2)})`; }).join("; ")}`,
    "",
    summaryTable(summarize(rows)),
    verdictLines(verdicts),
    "reported, not scored (the spec's numpy-calibrated bounds, beside the engine-locked ones above):",
    verdictLines(reported),
  ];
  const fails = verdicts.filter((v) => v.status === "FAIL").length;
  lines.push(`${verdicts.filter((v) => v.status === "PASS").length} passed, ${fails} failed, ${verdicts.filter((v) => v.status === "SKIP").length} skipped`);
  process.stdout.write(lines.join("\n") + "\n");
  if (out) writeFileSync(out, JSON.stringify({ check: "counting C19/C20", n, seeds, seedFrom, seconds: total, results: rows, verdicts, reported }, null, 1) + "\n");
  return fails ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    if (e instanceof CliError) {
      process.stderr.write(`experiments:check: ${e.message}\n`);
      process.exitCode = 2;
    } else throw e;
  },
);
