/**
 * The random-sequence memory tab (Del Papa's RandomSequenceTask, spec §4.1): seeds, conditions,
 * pool layouts, readouts, quick or full; a run on the pool with progress and Cancel; the memory
 * curves perf(k), k = 0…19, with the chance line 1/A, the memory capacity per condition, C23
 * (structural) and the JSON download.
 */
import { useStore } from "zustand";
import { RunChart } from "../../charts/run-chart";
import { CONDITIONS } from "../../experiments/counting/preset";
import { RANDOM_SEQUENCE_READOUTS } from "../../experiments/random-sequence/job";
import { POOL_LAYOUTS } from "../../experiments/random-sequence/preset";
import { CONDITION_LABELS } from "../../state/experiments/counting-chart-data";
import { c23Views } from "../../state/experiments/preset-verdicts";
import { memoryFigure, memoryGroups } from "../../state/experiments/random-sequence-chart-data";
import { RANDOM_SEQUENCE_SIZES, type RandomSequenceRunModel } from "../../state/experiments/random-sequence-run";
import { ChartBox, Checks, ResultsHead, RunForm, SizeChoice, TextField, VerdictTable, useRunForm } from "./run-parts";

const POOL_LABELS = { disjoint: "disjoint: symbol k drives neurons 10k…10k+9", overlapping: "overlapping: each symbol's 10 neurons drawn at random (pools may share neurons)" };
const READOUT_LABELS = { lsq: "least squares on [x(t), 1] (as the counting task)", logistic: "multinomial logistic regression (full-batch Adam, 100 iterations; slower)" };

/** The last finished run's chart, table and verdicts. */
function Results({ model }: { model: RandomSequenceRunModel }) {
  const result = useStore(model.store, (s) => s.result);
  if (!result) return null;
  const { rows, plan } = result;
  const groups = memoryGroups(rows);
  const last = plan.lags - 1;
  return (
    <section className="exp-results" aria-labelledby="rs-results-h">
      <ResultsHead id="rs-results-h" title={`Results: ${plan.seeds} seed${plan.seeds === 1 ? "" : "s"}, alphabet A = ${plan.alphabet}, lags k = 0…${last}`} size={RANDOM_SEQUENCE_SIZES[plan.size].label} onDownload={() => model.download()} />
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.result], (s) => (s.result ? memoryFigure(s.result.rows) : null))} testId="rs-chart" label="Memory curve perf(k) per condition with the chance line" />
      <p className="desc">
        perf(k): the test accuracy of a readout of the state x(t) trained for the symbol k steps back (mean ± sd over seeds). k = 0 is easy (the symbol's input pool is active in
        x(t)); the dashed line is chance, 1/A. Memory capacity MC = Σ<sub>k</sub> (perf(k) − 1/A)/(1 − 1/A). SORN, static and IP-only are shown side by side; no paper number is known, so
        no threshold compares them.
      </p>
      <table className="exp-table">
        <caption>Memory capacity (mean ± sd over the seeds)</caption>
        <thead>
          <tr>
            <th>condition, pools, readout</th>
            <th>seeds</th>
            <th>perf(0)</th>
            <th>perf(1)</th>
            <th>perf(2)</th>
            <th>perf({last})</th>
            <th>MC</th>
            <th>rate E</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.name} data-testid="rs-capacity-row">
              <td>{g.name}</td>
              <td>{g.seeds}</td>
              {[0, 1, 2, last].map((k) => (
                <td key={k}>{k < g.mean.length ? g.mean[k].toFixed(3) : ""}</td>
              ))}
              <td>
                {g.capacity.mean.toFixed(2)} ± {g.capacity.sd.toFixed(2)}
              </td>
              <td>{g.meanRateE.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <VerdictTable caption="C23, the memory curve (structural; every run)" shown={c23Views(rows, plan.size)} />
    </section>
  );
}

/** The form, the run's progress and the results. */
export function RandomSequenceView({ model }: { model: RandomSequenceRunModel }) {
  const { form, errors, running } = useRunForm(model);
  return (
    <div className="exp-random-sequence">
      <p className="desc">
        Fading memory (Del Papa's RandomSequenceTask): i.i.d. random symbols (A = 10, one per step) drive a SORN (ne 200) through input pools of 10 neurons; after the plastic phase
        a readout of x(t) is trained for each lag k to name the symbol k steps back. Each condition, pool layout and seed runs as one job on the page's worker pool.
      </p>
      <RunForm model={model} prefix="rs">
        <TextField id="rs-seeds" label="Seeds (0…K−1)" value={form.seeds} error={errors.seeds} disabled={running} onChange={(seeds) => model.edit({ seeds })} />
        <Checks legend="Conditions" items={CONDITIONS.map((c) => ({ id: c, label: `${c}: ${CONDITION_LABELS[c]}` }))} ticked={form.conditions} error={errors.conditions} errorId="rs-conditions-error" disabled={running} onChange={(conditions) => model.edit({ conditions })} />
        <Checks legend="Input pools" items={POOL_LAYOUTS.map((p) => ({ id: p, label: POOL_LABELS[p] }))} ticked={form.pools} error={errors.pools} errorId="rs-pools-error" disabled={running} onChange={(pools) => model.edit({ pools })} />
        <Checks legend="Readouts" items={RANDOM_SEQUENCE_READOUTS.map((r) => ({ id: r, label: READOUT_LABELS[r] }))} ticked={form.readouts} error={errors.readouts} errorId="rs-readouts-error" disabled={running} onChange={(readouts) => model.edit({ readouts })} />
        <SizeChoice name="rs-size" sizes={RANDOM_SEQUENCE_SIZES} value={form.size} disabled={running} onChange={(size) => model.edit({ size })} />
      </RunForm>
      <Results model={model} />
    </div>
  );
}
