/**
 * The order-vs-chaos tab (the perturbation / Hamming-distance experiment, spec §4.3): seeds, the
 * conditions, the spontaneous case, quick or full; a run on the pool with progress and Cancel; the
 * mean d(t) curves per condition and input, the fraction of flips dead at t = H, C22 and the JSON
 * download. It gives no verdict on the "edge of chaos" (the spec: none can be read from it).
 */
import { useStore } from "zustand";
import { RunChart } from "../../charts/run-chart";
import { CONDITIONS } from "../../experiments/counting/preset";
import { summarizePerturbation } from "../../experiments/perturbation/summary";
import { CONDITION_LABELS } from "../../state/experiments/counting-chart-data";
import { cellName, distanceFigure } from "../../state/experiments/perturbation-chart-data";
import { PERTURBATION_SIZES, type PerturbationRunModel } from "../../state/experiments/perturbation-run";
import { c22Views } from "../../state/experiments/preset-verdicts";
import { ChartBox, Checks, ResultsHead, RunForm, SizeChoice, TextField, VerdictTable, useRunForm } from "./run-parts";

const LAGS = [1, 2, 5, 10, 20, 50, 100];

/** The last finished run's chart, table and verdicts. */
function Results({ model }: { model: PerturbationRunModel }) {
  const result = useStore(model.store, (s) => s.result);
  if (!result) return null;
  const { rows, plan } = result;
  const cells = summarizePerturbation(rows);
  const lags = LAGS.filter((k) => k <= plan.horizon);
  return (
    <section className="exp-results" aria-labelledby="perturbation-results-h">
      <ResultsHead id="perturbation-results-h" title={`Results: ${plan.seeds} seed${plan.seeds === 1 ? "" : "s"}, ${plan.perturbations} flips per run, H = ${plan.horizon}`} size={PERTURBATION_SIZES[plan.size].label} onDownload={() => model.download()} />
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.result], (s) => (s.result ? distanceFigure(s.result.rows) : null))} testId="perturbation-chart" label="Mean Hamming distance d(t) after a flip, per condition and input" />
      <p className="desc">
        Each line: the mean over the seeds of the mean over the flips of d(t), the number of E neurons in which the flipped copy differs from the reference (d(0) = 1). Solid: the
        counting stream continues; dotted: no input. Under this input drive the calibration found all three conditions eventually stable — the chart shows how each treats a flip, not
        an "edge of chaos".
      </p>
      <table className="exp-table">
        <caption>Mean d(t) over the seeds, and the flips dead at t = H (d(H) = 0)</caption>
        <thead>
          <tr>
            <th>condition, input</th>
            <th>seeds</th>
            {lags.map((k) => (
              <th key={k}>d({k})</th>
            ))}
            <th>dead at H (mean, min–max over seeds)</th>
            <th>rate E</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={`${c.input}|${c.condition}`} data-testid="perturbation-dead-row">
              <td>{cellName(c)}</td>
              <td>{c.seeds}</td>
              {lags.map((k) => (
                <td key={k}>{k < c.d.length ? c.d[k].toFixed(2) : ""}</td>
              ))}
              <td>
                {(100 * c.dead.mean).toFixed(0)} % ({(100 * c.dead.min).toFixed(0)}–{(100 * c.dead.max).toFixed(0)} %)
              </td>
              <td>{c.meanRateE.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <VerdictTable caption="C22, the Hamming distance (counting input, n = 8, paired by seed)" shown={c22Views(rows, plan.size)} />
      <p className="desc">C22's exact parts — hamming() equals the package's Statistics.hamming_distance, and an unperturbed copy stays at d ≡ 0 for 10⁴ steps — are unit tests of the engine.</p>
    </section>
  );
}

/** The form, the run's progress and the results. */
export function PerturbationView({ model }: { model: PerturbationRunModel }) {
  const { form, errors, running } = useRunForm(model);
  return (
    <div className="exp-perturbation">
      <p className="desc">
        Order vs chaos: the counting preset (n = 8) learns, then freezes; P times, one E neuron's state is flipped in a copy, and both copies run H = 100 steps with the same
        input and the same noise (off). d(t) counts the neurons in which they differ. Each condition and seed runs as one job on the page's worker pool.
      </p>
      <RunForm model={model} prefix="perturbation">
        <TextField id="perturbation-seeds" label="Seeds (0…K−1)" value={form.seeds} error={errors.seeds} disabled={running} onChange={(seeds) => model.edit({ seeds })} />
        <Checks legend="Conditions" items={CONDITIONS.map((c) => ({ id: c, label: `${c}: ${CONDITION_LABELS[c]}` }))} ticked={form.conditions} error={errors.conditions} errorId="perturbation-conditions-error" disabled={running} onChange={(conditions) => model.edit({ conditions })} />
        <fieldset disabled={running}>
          <legend>Input in the frozen phase</legend>
          <label className="check">
            <input type="checkbox" checked disabled /> counting: the letter stream continues (C22's case)
          </label>
          <label className="check">
            <input type="checkbox" checked={form.spontaneous} onChange={(e) => model.edit({ spontaneous: e.target.checked })} /> spontaneous: no input (shown, not judged)
          </label>
        </fieldset>
        <SizeChoice name="perturbation-size" sizes={PERTURBATION_SIZES} value={form.size} disabled={running} onChange={(size) => model.edit({ size })} />
      </RunForm>
      <Results model={model} />
    </div>
  );
}
