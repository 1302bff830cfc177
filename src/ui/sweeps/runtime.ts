/**
 * The Sweeps tab's model, made once on the tab's first open and kept while the page lives
 * (switching tabs or closing the view keeps a sweep running and its results): the pool
 * (`src/pool/browser.ts`) loads when a sweep first runs, the point cache is IndexedDB, and
 * "open in the lab" goes through the lab's own commands (parameters, seed, noise, then Reset).
 */
import { idbSweepCache } from "../../shell/sweep-cache";
import type { PointRunner } from "../../experiments/sweep/runner";
import type { LabController } from "../../state/controller";
import type { ExperimentsModel } from "../../state/experiments/view";
import type { LabPoint } from "../../state/sweeps/open-point";
import { SweepModel } from "../../state/sweeps/sweep-model";

let model: SweepModel | null = null;

/** Load `p` into the lab and show the lab. */
async function openInLab(lab: LabController, experiments: ExperimentsModel, p: LabPoint): Promise<void> {
  if (!(await lab.setParams(p.params))) throw new Error("the lab refused the point's parameters (see its notice)");
  if (!lab.setSeed(String(p.seed))) throw new Error(`the lab refused the seed ${p.seed}`);
  await lab.setNoise(p.noise);
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
    now: () => performance.now(),
  });
  return model;
}
