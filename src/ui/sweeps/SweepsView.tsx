/**
 * The Sweeps tab of the Experiments view (loaded on its first open): define a parameter sweep,
 * run it on the page's worker pool (finished points kept in this browser, so a cancelled sweep
 * resumes), its heat map or line with quartiles over repeats and the table of cells, the files
 * (spec, results, Slurm job.sh, a merged result loaded back), "open this point in the lab", and
 * the genetic search's 8-queens self-test.
 */
import type { ExperimentsModel } from "../../state/experiments/view";
import { useLabApi } from "../context";
import { SweepFilesView } from "./SweepFilesView";
import { SweepFormView } from "./SweepFormView";
import { SweepResultsView } from "./SweepResultsView";
import { EvolveView } from "./EvolveView";
import { evolveRuntime, sweepsRuntime } from "./runtime";
import "./sweeps.css";

/** The tab. */
export default function SweepsView({ view }: { view: ExperimentsModel }) {
  const { lab } = useLabApi();
  const model = sweepsRuntime(lab, view);
  return (
    <div className="exp-sweeps">
      <p className="desc">
        A sweep runs one target (a SORN run scored by an <code>analyze</code> statistic, the counting task, …) at every cell of a grid of one or two parameters, each cell
        repeated at seeds drawn from the sweep seed. Every point is reproducible from the spec and its index, and the results are the same for any number of workers — and
        the same as <code>sorn sweep run</code> on the command line.
      </p>
      <SweepFormView model={model} />
      <SweepFilesView model={model} />
      <SweepResultsView model={model} />
      <EvolveView model={evolveRuntime(view)} />
    </div>
  );
}
