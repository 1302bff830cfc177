/**
 * The lab worker's memory budget: a SORN's estimated size (`src/models/sorn/memory.ts`) plus
 * what the worker keeps beside it (the spike and series histories and the frame packer of
 * `simulation.ts`), checked against {@link LAB_MEMORY_LIMIT} from the parameters alone, so a
 * network the page cannot hold is refused before anything is allocated.
 */
import { formatBytes, sornMemory, type SornMemory } from "../models/sorn/memory";
import { inhibitoryCount, resolveParams, type SornParams } from "../models/sorn/params";
import type { SimConfig } from "./protocol";
import { FRAME_SPIKE_STEPS, RATE_WINDOW, SERIES_HISTORY_STEPS, SPIKE_HISTORY_STEPS } from "./simulation";

/**
 * The most memory one lab run may need: 1 GiB. A browser tab's worker gets a few GiB at best,
 * the page holds a copy of each auto-saved state too, and an allocation that fails halfway
 * ("Array buffer allocation failed") leaves nothing to show for the wait.
 */
export const LAB_MEMORY_LIMIT = 2 ** 30;

/** Per-step series the SORN worker keeps (popE, popI, countEE, countEI, meanTe). */
const SERIES = 5;
/** Share of neurons assumed active per step when sizing the frame packer's spike indices. */
const ACTIVITY = 0.1;

/**
 * Bytes of the worker's histories for `neurons` neurons: the spike ring (as `Simulation` sizes
 * it: at most 64 MB, at least the rate window), the per-step series, and the frame packer.
 */
export function historyBytes(neurons: number): number {
  const bytesPerStep = Math.ceil(neurons / 32) * 4;
  const steps = Math.max(RATE_WINDOW, Math.min(SPIKE_HISTORY_STEPS, Math.floor(64e6 / bytesPerStep)));
  const spikes = steps * bytesPerStep + neurons * 4;
  const series = SERIES * SERIES_HISTORY_STEPS * 8;
  const packer = (2 * FRAME_SPIKE_STEPS + 1) * 4 + 2 * Math.ceil(FRAME_SPIKE_STEPS * neurons * ACTIVITY) * 4;
  return spikes + series + packer;
}

/** Estimated bytes of a lab run, by part. */
export interface LabMemory extends SornMemory {
  /** The worker's histories and frame packer. */
  history: number;
}

/** The estimated memory of a lab run of a SORN built with `p`. */
export function labMemory(p: SornParams): LabMemory {
  const m = sornMemory(p);
  const history = historyBytes(p.ne + inhibitoryCount(p.ne));
  return { ...m, history, total: m.total + history };
}

/** The largest ne (≥ 5) whose run fits in `limit` with the other parameters of `p`, or null. */
export function largestFittingNe(p: SornParams, limit = LAB_MEMORY_LIMIT): number | null {
  const fits = (ne: number) => labMemory({ ...p, ne, nu: Math.min(p.nu, ne) }).total <= limit;
  if (!fits(5)) return null;
  let lo = 5;
  let hi = Math.max(5, p.ne);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

const DENSE: [keyof SornParams, string][] = [
  ["network_type_ee", "E→E"],
  ["network_type_ei", "I→E"],
  ["network_type_ie", "E→I"],
];

/**
 * Why the lab refuses to build a SORN with `p`, or null when it fits: "ne = 100,000 (E→I Dense)
 * needs about 127 GiB of memory (the network 22 GiB, a copy of its state for saving 104 GiB,
 * recent history 72 MiB); the lab's limit is 1 GiB. ne up to 8,761 fits with these settings".
 */
export function memoryRefusal(p: SornParams, limit = LAB_MEMORY_LIMIT): string | null {
  const m = labMemory(p);
  if (m.total <= limit) return null;
  const dense = DENSE.filter(([k]) => p[k] === "Dense").map(([, name]) => name);
  const subject = `ne = ${p.ne.toLocaleString("en-US")}${dense.length ? ` (${dense.join(", ")} Dense)` : ""}`;
  const parts = `the network ${formatBytes(m.network)}, a copy of its state for saving ${formatBytes(m.state)}, recent history ${formatBytes(m.history)}`;
  const fit = largestFittingNe(p, limit);
  const hint = fit === null ? "" : `. ne up to ${fit.toLocaleString("en-US")} fits with these settings`;
  return `${subject} needs about ${formatBytes(m.total)} of memory (${parts}); the lab's limit is ${formatBytes(limit)}${hint}`;
}

/**
 * Throw (before anything is allocated) when a SORN run of `config` would not fit in the lab's
 * limit. Other families, and parameters that do not validate, pass: building reports those.
 */
export function checkFits(config: SimConfig): void {
  if ((config.family ?? "sorn") !== "sorn") return;
  let p: SornParams;
  try {
    p = resolveParams({ ...config.params });
  } catch {
    return;
  }
  const why = memoryRefusal(p);
  if (why) throw new Error(why);
}
