/**
 * The Sweeps tab's model, made once on the tab's first open and kept while the page lives
 * (switching tabs or closing the view keeps a sweep running and its results): the pool
 * (`src/pool/browser.ts`) loads when a sweep first runs, the point cache is IndexedDB, and
 * "open in the lab" goes through the lab's own commands (parameters, seed, noise, then Reset);
 * a `?sweep=` link's spec is loaded into the form on the first open;
 * and the genetic search's model.
 */
import { idbSweepCache } from "../../shell/sweep-cache";
import { pageAddress, sweepLinkParam } from "../../shell/sweep-link";
import type { PointRunner } from "../../experiments/sweep/runner";
import type { LabController } from "../../state/controller";
import type { ExperimentsModel } from "../../state/experiments/view";
import type { LabPoint } from "../../state/sweeps/open-point";
import { EvolveModel } from "../../state/sweeps/evolve-model";
import { SweepModel } from "../../state/sweeps/sweep-model";

let model: SweepModel | null = null;
let ga: EvolveModel | null = null;
let linkRead = false;

/** Load `p` into the lab and show the lab. */
async function openInLab(lab: LabController, experiments: ExperimentsModel, p: LabPoint): Promise<void> {
  if (!(await lab.setParams(p.params))) throw new Error("the lab refused the point's parameters (see its notice)");
  if (!lab.setSeed(String(p.seed))) throw new Error(`the lab refused the seed ${p.seed}`);
  await lab.setNoise(p.noise);
  await lab.setInput({ kind: "uniform", seed: null }); // the point's input: uniform, seeded (seed + 1000) mod 2³²
  await lab.reset();
  experiments.close();
}

/** The page's one Sweeps model (made on the first call). */
export function sweepsRuntime(lab: LabController, experiments: ExperimentsModel): SweepModel {
  model ??= new SweepModel({
    runner: () => import("../../pool/browser").then((m) => m.runJobs as unknown as PointRunner),
    cache: idbSweepCache(),
    save: (text, filename, type) => experiments.saveFile(text, filename, type),
    openInLab: (p) => openInLab(lab, experiments, p),
    pageAddress,
    now: () => performance.now(),
  });
  const link = sweepLinkParam(location.search);
  if (link && !linkRead) model.loadLink(link);
  linkRead = true;
  return model;
}

/** The page's one genetic-search model (made on the first call). */
export function evolveRuntime(experiments: ExperimentsModel): EvolveModel {
  ga ??= new EvolveModel({
    pause: () => new Promise((resolve) => setTimeout(resolve, 0)),
    save: (text, filename, type) => experiments.saveFile(text, filename, type),
    now: () => performance.now(),
  });
  return ga;
}
