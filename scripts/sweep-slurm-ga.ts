/**
 * `npx tsx scripts/sweep-slurm-ga.ts [SPEC.json] [--dir DIR] [--points-per-task K]`: a genetic
 * search end to end on a real Slurm. With $SLURM_CONF unset it starts the one-node Slurm of
 * `src/cli/slurm-local.ts` (root, Debian's packages) and stops it after; with it set, it uses that
 * cluster. Runs `sorn evolve SPEC --slurm DIR` (default examples/sweeps/evolve-counting.json: a
 * counting-task perf_last GA, one `sbatch --wait` array job per generation), prints each
 * generation's line and the best genotype, and the seconds taken. Rerun with the same --dir to
 * resume from its checkpoint.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs, rejectLeftovers, takeString } from "../src/cli/args";
import { startLocalSlurm, type LocalSlurm } from "../src/cli/slurm-local";
import { sweepMain } from "../src/cli/sweep-main";

const args = parseArgs(process.argv.slice(2));
const spec = resolve(args.positional[0] ?? "examples/sweeps/evolve-counting.json");
const dir = resolve(takeString(args, "dir") ?? mkdtempSync(join(tmpdir(), "sorn-ga-")));
const k = takeString(args, "points-per-task") ?? "2";
rejectLeftovers(args, "sweep-slurm-ga");
let slurm: LocalSlurm | null = null;
if (!process.env.SLURM_CONF) {
  slurm = await startLocalSlurm();
  process.env.SLURM_CONF = slurm.env.SLURM_CONF;
  console.log(`started a one-node Slurm in ${slurm.dir} (pids ${slurm.pids.join(", ")})`);
}
const t0 = Date.now();
try {
  const out = join(dir, "result.json");
  const code = await sweepMain(["evolve", spec, "--slurm", dir, "--json", out, "--points-per-task", k, "--cpus-per-task", "1"]);
  if (code === 0) {
    const doc = JSON.parse(readFileSync(out, "utf8"));
    for (const h of doc.history) console.log(`generation ${h.generation}: fitness min ${h.min} median ${h.median} max ${h.max}; ${h.evaluated} genotypes run on Slurm`);
    console.log(`best: fitness ${doc.best.fitness} at generation ${doc.best.generation}: ${JSON.stringify(doc.best.genes)}`);
  }
  console.log(`exit ${code}; ${((Date.now() - t0) / 1000).toFixed(1)} s; folder ${dir}`);
  process.exitCode = code;
} finally {
  await slurm?.stop();
}
