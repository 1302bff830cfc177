import { sornFamily } from "../family";
import type { SornNetwork } from "../network";
import { recordsOf } from "./run-records";
import { ENGINE_VERSION, type RunFile } from "./run-file";

/** Everything about a network worth saving: configuration, state (with generators) and records. */
export function runOf(net: SornNetwork, input?: unknown): RunFile {
  return {
    engine: ENGINE_VERSION,
    params: { ...net.params },
    seed: net.seed,
    phase: net.phase(),
    freeze: net.frozenRules(),
    noise: net.noise(),
    input,
    state: net.state(),
    records: recordsOf(net.recorder),
  };
}

/** A network that continues a saved run exactly where it stopped (records start empty). */
export function networkFromRun(run: RunFile, records: readonly string[] = [], recordEvery = 1): SornNetwork {
  return sornFamily.create({ params: run.params, seed: run.seed, state: run.state, settings: { phase: run.phase, noise: run.noise }, off: run.freeze, records, recordEvery });
}
