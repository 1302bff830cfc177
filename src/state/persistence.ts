/**
 * What is kept of the last run so a reload brings it back: the lab config as the page shows it,
 * the config the engine runs, the engine state (weights, thresholds, generators, step), its
 * recent history (the latest ≤ 10,000 steps of spikes and series) and a file input's matrix.
 * Where it is kept is the shell's business (`AppShell.runs`, IndexedDB in the page).
 *
 * Which run a page restores: a reload of the same tab restores that tab's run (its id is kept by
 * `AppShell.tabRun`); a page opened without settings in its URL restores the last run; a page
 * opened from a shared link (settings in the URL) starts that link's run fresh, so it reproduces it.
 * A reload of the tab takes its settings from the address, which every edit rewrites at once, so
 * an edit made just before the reload is never lost (see {@link engineConfig}).
 */
import { PARAM_SPECS } from "../models/sorn/params";
import type { SornState } from "../models/sorn/types";
import type { RunHistory } from "../worker/run-history";
import type { InputMatrixData, LabConfig } from "./schema";

/** Runs larger than this many Wee entries (dense) are not kept (ne = 2000). */
export const MAX_PERSISTED_NE = 2000;

/** What is kept of a run. */
export interface SavedRun {
  id: string;
  savedAt: number;
  /** The config as the page shows it (edits waiting for a reset included). */
  config: LabConfig;
  /** The config the engine runs: its seed and structural parameters (absent in older copies: `config`). */
  built?: LabConfig;
  state: SornState;
  /** The steps before the state (absent in older copies: the panels start empty). */
  history?: RunHistory;
  inputFile: InputMatrixData | null;
}

/**
 * The config to rebuild a kept run with: the seed and structural parameters it was built with
 * (`built`; the state holds them), everything that applies live — the other parameters, rules,
 * phase, noise, input — as the page wants it (`desired`: the address after a reload).
 */
export function engineConfig(built: LabConfig, desired: LabConfig): LabConfig {
  const params = { ...desired.params };
  for (const spec of PARAM_SPECS) if (spec.structural) (params as Record<string, unknown>)[spec.name] = built.params[spec.name];
  return { ...desired, seed: built.seed, params };
}

/** A fresh run id. */
export function newRunId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** `value` read back from storage, if it looks like a kept run (anything else reads as nothing kept). */
export function asSavedRun(value: unknown): SavedRun | undefined {
  if (!value || typeof value !== "object") return undefined;
  const v = value as Partial<SavedRun>;
  return typeof v.id === "string" && v.state && typeof v.state === "object" && v.config && typeof v.config === "object" ? (v as SavedRun) : undefined;
}

/** Whether the page should restore `saved` rather than start the URL's config. */
export function shouldRestore(saved: SavedRun | undefined, urlHasConfig: boolean, tabRunId: string | null): boolean {
  if (!saved) return false;
  return saved.id === tabRunId || !urlHasConfig;
}
