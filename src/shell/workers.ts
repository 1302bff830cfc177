/**
 * Starting the lab's two workers in the page (Vite bundles each from its `new URL(…)`): the
 * simulation worker once, the analysis worker whenever the `AnalysisClient` needs a fresh one.
 */
import { wrap } from "comlink";
import type { AnalysisService } from "../worker/analysis-service";
import type { AnalysisWorker, SimRemote } from "../worker/client";
import type { SimService } from "../worker/service";

/** Start the simulation worker. */
export function startSimWorker(): SimRemote {
  const worker = new Worker(new URL("../worker/sim.worker.ts", import.meta.url), { type: "module", name: "sorn-simulation" });
  return wrap<SimService>(worker);
}

/** Start an analysis worker. */
export function startAnalysisWorker(): AnalysisWorker {
  const worker = new Worker(new URL("../worker/analysis.worker.ts", import.meta.url), { type: "module", name: "sorn-analysis" });
  return { remote: wrap<AnalysisService>(worker), terminate: () => worker.terminate() };
}
