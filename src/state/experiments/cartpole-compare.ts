/**
 * The cart-pole "Compare" action (spec experiments.md §2.5, C13–C14): plastic, frozen, raw and
 * random on the same seeds 0…K−1, one `cartpole.run` job each on the page's worker pool, with
 * progress and Cancel; then the held-out means ± sd per variant and the paired difference
 * learner − frozen with its 95 % bootstrap interval (`compare.ts`, `stats.ts`). The mode,
 * environment and encoding are the learner's settings. No DOM: the pool comes through
 * {@link CompareBackend}.
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import type { Job } from "../../pool/registry";
import { compareSpecs, pairedDifference, summarizeRuns, variantLabel, type PairedDifference, type VariantSummary } from "../../experiments/cartpole/compare";
import { VARIANTS, type CartPoleRunSpec } from "../../experiments/cartpole/options";
import type { CartPoleRunResult } from "../../experiments/cartpole/run";

/** What the model needs of the pool's `runJobs` (structurally). */
export type CompareRunner = (
  jobs: readonly Job<CartPoleRunSpec, CartPoleRunResult>[],
  options: { workers?: number; signal?: { readonly aborted: boolean }; onResult?: (index: number, r: CartPoleRunResult) => void; onProgress?: (p: { fraction: number }) => void },
) => Promise<CartPoleRunResult[]>;

export interface CompareBackend {
  runner(): Promise<CompareRunner>;
  workers?: number;
  now(): number;
}

export interface CompareResult {
  base: Omit<CartPoleRunSpec, "seed" | "variant">;
  seeds: number;
  summaries: VariantSummary[];
  difference: PairedDifference;
  seconds: number;
}

export interface CompareState {
  seeds: string;
  episodes: string;
  error: string | null;
  phase: "idle" | "running" | "done" | "cancelled" | "failed";
  progress: { fraction: number; done: number; total: number } | null;
  message: string | null;
  result: CompareResult | null;
}

const intIn = (text: string, lo: number, hi: number): number | null => {
  const v = Number(text.trim());
  return text.trim() !== "" && Number.isSafeInteger(v) && v >= lo && v <= hi ? v : null;
};

export class CartPoleCompareModel {
  readonly store: StoreApi<CompareState> = createStore<CompareState>()(() => ({ seeds: "5", episodes: "300", error: null, phase: "idle", progress: null, message: null, result: null }));
  private stop: AbortController | null = null;

  constructor(private readonly backend: CompareBackend) {}

  edit(patch: Partial<Pick<CompareState, "seeds" | "episodes">>): void {
    this.store.setState({ ...patch, error: null });
  }

  /** Run the four variants on seeds 0…K−1 with the learner's mode, env and encoding (`base`). */
  async run(base: Omit<CartPoleRunSpec, "seed" | "variant" | "episodes">): Promise<void> {
    const s = this.store.getState();
    if (s.phase === "running") return;
    const K = intIn(s.seeds, 2, 100);
    const N = intIn(s.episodes, 1, 100_000);
    if (K === null || N === null) return this.store.setState({ error: K === null ? `seeds: give an integer in [2, 100], got '${s.seeds}'` : `episodes: give an integer in [1, 100000], got '${s.episodes}'` });
    const b = { ...base, episodes: N };
    const specs = compareSpecs(b, VARIANTS, [...Array(K).keys()]);
    const stop = new AbortController();
    this.stop = stop;
    let done = 0;
    const total = specs.length;
    this.store.setState({ phase: "running", message: null, error: null, progress: { fraction: 0, done: 0, total } });
    const start = this.backend.now();
    try {
      const runner = await this.backend.runner();
      if (stop.signal.aborted) throw new Error("cancelled");
      const results = await runner(
        // Plain jobs of the pool kind "cartpole.run" (kind.ts is not imported: it would pull the engine into the page's chunk).
        specs.map((spec): Job<CartPoleRunSpec, CartPoleRunResult> => ({ kind: "cartpole.run", spec })),
        {
          workers: this.backend.workers,
          signal: stop.signal,
          onResult: () => {
            done++;
            this.store.setState({ progress: { fraction: this.store.getState().progress?.fraction ?? 0, done, total } });
          },
          onProgress: (p) => this.store.setState({ progress: { fraction: p.fraction, done, total } }),
        },
      );
      const mode = base.mode ?? "corrected";
      const seconds = (this.backend.now() - start) / 1000;
      const difference = pairedDifference(results, variantLabel(mode, "plastic"), variantLabel(mode, "frozen"));
      this.store.setState({ phase: "done", progress: null, result: { base: b, seeds: K, summaries: summarizeRuns(results), difference, seconds }, message: `Finished: ${total} runs in ${seconds.toFixed(1)} s.` });
    } catch (e) {
      const kept = this.store.getState().result ? " The table shows the last finished comparison." : "";
      if (stop.signal.aborted) this.store.setState({ phase: "cancelled", progress: null, message: `Cancelled: ${done} of ${total} runs had finished; they are not kept.${kept}` });
      else this.store.setState({ phase: "failed", progress: null, message: `The comparison failed: ${(e as Error).message}.${kept}` });
    } finally {
      if (this.stop === stop) this.stop = null;
    }
  }

  cancel(): void {
    this.stop?.abort();
  }
}
