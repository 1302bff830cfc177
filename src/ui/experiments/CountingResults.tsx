/**
 * The last finished counting run: the n-sweep chart (plotly, `CountingChart`, drawn outside
 * React) with its metric and readout switches, the mean ± sd table, C19's and C20's checks, the JSON
 * download and the look at one cell's test stretch (`CountingTraceView`).
 */
import { useStore } from "zustand";
import { countingChart } from "../../charts/counting-chart";
import { summarize } from "../../experiments/counting/sweep";
import { METRIC_LABELS } from "../../state/experiments/counting-chart-data";
import { COUNTING_METRICS, sizeLabel, type CountingMetric, type CountingRunModel } from "../../state/experiments/counting-run";
import { c19Views, c20Views } from "../../state/experiments/counting-verdicts";
import type { CountingReadout } from "../../experiments/counting/preset";
import { CountingTraceView } from "./CountingTraceView";
import { ChartBox, VerdictTable } from "./run-parts";

const pm = (x: { mean: number; sd: number }) => `${x.mean.toFixed(3)} ± ${x.sd.toFixed(3)}`;

/** Everything about the last finished run; nothing before one. */
export function CountingResults({ model }: { model: CountingRunModel }) {
  const result = useStore(model.store, (s) => s.result);
  const metric = useStore(model.store, (s) => s.metric);
  const readout = useStore(model.store, (s) => s.readout);
  if (!result) return null;
  const cells = summarize(result.rows);
  return (
    <section className="exp-results" aria-labelledby="counting-results-h">
      <h4 id="counting-results-h">
        Results: n = {result.sweep.n.join(", ")}, {result.sweep.seeds} seed{result.sweep.seeds === 1 ? "" : "s"}
      </h4>
      <p className="desc">{sizeLabel(result.size)}.</p>
      <div className="exp-controls">
        <label>
          Metric{" "}
          <select aria-label="Metric" value={metric} onChange={(e) => model.setMetric(e.target.value as CountingMetric)}>
            {COUNTING_METRICS.map((m) => (
              <option key={m} value={m}>
                {METRIC_LABELS[m]}
              </option>
            ))}
          </select>
        </label>
        {result.sweep.readouts.length > 1 && (
          <label>
            Readout{" "}
            <select aria-label="Readout" value={readout} onChange={(e) => model.setReadout(e.target.value as CountingReadout)}>
              {result.sweep.readouts.map((r) => (
                <option key={r} value={r}>
                  {r}
                </option>
              ))}
            </select>
          </label>
        )}
        <button type="button" onClick={() => model.download()}>
          Download results (JSON)
        </button>
      </div>
      <ChartBox make={(host) => countingChart(host, model)} testId="counting-chart" label="n-sweep chart: every seed as a dot, mean ± sd per condition, reference lines" />
      <p className="desc">Dots: one per seed (jittered sideways). Diamonds: mean ± sd over the seeds. Dashed: a predictor that knows the count; dotted: one that knows only the current letter (§3.3 step 6).</p>
      <VerdictTable caption="C19, the headline comparison (readout X, paired by seed)" shown={c19Views(result.rows, result.size)} />
      <VerdictTable caption="C20, the preset's dynamics (test-stretch mean E rate, E→E synapses after the plastic phase)" shown={c20Views(result.rows, result.size)} />
      <table className="exp-table">
        <caption>Mean ± sd over the seeds</caption>
        <thead>
          <tr>
            <th>n</th>
            <th>condition</th>
            <th>readout</th>
            <th>seeds</th>
            <th>perf_last</th>
            <th>perf_reduced</th>
            <th>perf_all</th>
            <th>rate E</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={`${c.n}|${c.condition}|${c.readout}`}>
              <td>{c.n}</td>
              <td>{c.condition}</td>
              <td>{c.readout}</td>
              <td>{c.seeds}</td>
              <td>{pm(c.perf_last)}</td>
              <td>{pm(c.perf_reduced)}</td>
              <td>{pm(c.perf_all)}</td>
              <td>{pm(c.meanRateE)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CountingTraceView model={model.trace} />
    </section>
  );
}
