/**
 * The genetic search's page model (no DOM): the N-queens self-test (Spikey's MetaNQueens with
 * its `meta_benchmark.py` settings, `src/experiments/evolve/nqueens.ts`) run by the evolve loop
 * (`src/experiments/evolve/evolve.ts`) in the page, each generation's batch evaluated as one
 * sweep whose "sweep.point" jobs run one after another in this thread ({@link inThreadRunner}: the
 * 8-queens fitness takes microseconds, so starting workers, or the pool's in-thread runner with a
 * macrotask per job, would cost far more than the work). A checkpoint per generation is kept, so
 * Cancel stops between generations and Run resumes from the last one (same seed and cap).
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { evolve, type EvolveCheckpoint } from "../../experiments/evolve/evolve";
import { poolEvaluator } from "../../experiments/evolve/evaluate-sweep";
import { nqueensSpec } from "../../experiments/evolve/nqueens";
import { checkEvolve } from "../../experiments/evolve/spec";
import { runPointJob } from "../../experiments/sweep/kind";
import type { PointRunner } from "../../experiments/sweep/runner";
import { parseSeed } from "../../models/params/seed";
import type { RunPhase } from "../experiments/pool-run";

/** Point jobs run in order in this thread, each the kind's own function (so the same results as on the pool). */
export const inThreadRunner: PointRunner = async (jobs, options) => {
  const ctx = { progress: () => {}, cancelled: () => options.signal?.aborted ?? false };
  for (let i = 0; i < jobs.length; i++) {
    try {
      options.onResult(i, await runPointJob(jobs[i].spec, ctx));
    } catch (e) {
      options.onError({ index: i, reason: (e as Error).message, causeName: (e as Error).name });
    }
  }
};

/** What the model needs from the page. */
export interface EvolveBackend {
  /** Let the page draw between generations. */
  pause(): Promise<void>;
  save(text: string, filename: string, type: string): void;
  now(): number;
}

/** The model's store. */
export interface EvolveState {
  seed: string;
  generations: string;
  errors: { seed?: string; generations?: string };
  phase: RunPhase;
  message: string | null;
  /** The last generation's checkpoint (history, best), or null. */
  checkpoint: EvolveCheckpoint | null;
}

/** The largest generation cap the page takes (Spikey's benchmark: 3000). */
export const PAGE_MAX_GENERATIONS = 3000;

/** The N-queens search in the page. */
export class EvolveModel {
  readonly store: StoreApi<EvolveState> = createStore<EvolveState>()(() => ({ seed: "0", generations: "3000", errors: {}, phase: "idle", message: null, checkpoint: null }));
  private stopped = false;

  constructor(private readonly backend: EvolveBackend) {}

  /** Change the seed or the cap. */
  edit(patch: Partial<Pick<EvolveState, "seed" | "generations">>): void {
    this.store.setState({ ...patch, errors: {} });
  }

  /** Run (or resume) the search until a board has no clash, the cap, or Cancel. */
  async run(): Promise<void> {
    const s = this.store.getState();
    if (s.phase === "running") return;
    const errors: EvolveState["errors"] = {};
    let seed = 0;
    try {
      seed = parseSeed(s.seed, "seed");
    } catch (e) {
      errors.seed = (e as Error).message;
    }
    const cap = Number(s.generations);
    if (!/^\s*\d+\s*$/.test(s.generations) || cap < 1 || cap > PAGE_MAX_GENERATIONS) errors.generations = `generations: a whole number from 1 to ${PAGE_MAX_GENERATIONS}, got '${s.generations}'`;
    if (errors.seed || errors.generations) return this.store.setState({ errors });
    const spec = checkEvolve(nqueensSpec(seed, cap));
    const resume = s.checkpoint && s.checkpoint.hash === spec.hash && s.checkpoint.stopped === null ? s.checkpoint : undefined;
    this.stopped = false;
    this.store.setState({ phase: "running", errors: {}, message: resume ? `Resuming after generation ${resume.generation}…` : null, ...(resume ? {} : { checkpoint: null }) });
    const t0 = this.backend.now();
    try {
      const cp = await evolve(spec, poolEvaluator(spec, inThreadRunner), {
        resume,
        cancelled: () => this.stopped,
        onGeneration: async (c) => {
          this.store.setState({ checkpoint: c });
          await this.backend.pause();
        },
      });
      const seconds = ((this.backend.now() - t0) / 1000).toFixed(1);
      const best = cp.best;
      const what = cp.stopped === "stopAt" ? `solved: a board without clashes (fitness 28) at generation ${cp.generation}` : cp.stopped === "generations" ? `no board without clashes within ${cap} generations (best fitness ${best?.fitness ?? "—"})` : `cancelled after generation ${cp.generation}: Run resumes from it`;
      this.store.setState({ phase: cp.stopped ? "done" : "cancelled", checkpoint: cp, message: `8 queens, seed ${seed}: ${what} (${seconds} s).` });
    } catch (e) {
      this.store.setState({ phase: "failed", message: `The search failed: ${(e as Error).message}` });
    }
  }

  /** Stop after the current generation (its checkpoint is kept). */
  cancel(): void {
    this.stopped = true;
  }

  /** Download the last checkpoint (what `sorn evolve` saves per generation). */
  download(): void {
    const cp = this.store.getState().checkpoint;
    if (cp) this.backend.save(JSON.stringify(cp) + "\n", `sorn-evolve-nqueens-${cp.hash.slice(0, 8)}-g${cp.generation}.json`, "application/json");
  }
}
