/**
 * The shown sweep (running, finished, or loaded from a merged results file): the metric switch,
 * the heat map (two axes) or median line with its q1–q3 band (one axis), the table of cells with
 * quartiles over repeats and "Open in the lab" (sorn.run points), and the results downloads.
 */
import { useStore } from "zustand";
import { SweepChart } from "../../plots/sweep-chart";
import { cellRows, fmt } from "../../state/sweeps/sweep-chart-data";
import type { SweepModel } from "../../state/sweeps/sweep-model";
import { ChartBox } from "../experiments/run-parts";

/** The most cells the table lists (a 10,000-cell table would make every streamed point slow to render). */
const TABLE_ROWS = 400;

/** Everything about the shown sweep; nothing before one. */
export function SweepResultsView({ model }: { model: SweepModel }) {
  const shown = useStore(model.store, (s) => s.shown);
  const metric = useStore(model.store, (s) => s.metric);
  if (!shown) return null;
  const { sweep, points, source } = shown;
  const rows = cellRows(sweep, points, metric);
  const canOpen = sweep.target.id === "sorn.run";
  const axisNames = sweep.axes.map((a) => a.params.join(" / "));
  return (
    <section className="exp-results" aria-labelledby="sweep-results-h">
      <h4 id="sweep-results-h">
        {source === "file" ? "Loaded results" : "Results"}: sweep {sweep.hash}{sweep.spec.name ? ` (${sweep.spec.name})` : ""}, {points.length} of {sweep.points} points
      </h4>
      <div className="exp-controls">
        <label>
          Metric{" "}
          <select aria-label="Metric shown" value={metric} onChange={(e) => model.setMetric(e.target.value)}>
            {sweep.metrics.map((m) => <option key={`${sweep.hash}-${m}`} value={m}>{m}</option>)}
          </select>
        </label>
        <button type="button" onClick={() => model.downloadResults("json")}>Download results (JSON)</button>
        <button type="button" onClick={() => model.downloadResults("csv")}>Download results (CSV)</button>
      </div>
      {sweep.axes.length > 0 && sweep.axes.length <= 2 && (
        <ChartBox make={(host) => new SweepChart(host, model.store)} testId="sweep-chart" label={sweep.axes.length === 2 ? `Heat map of the median ${metric} over repeats, ${axisNames[0]} × ${axisNames[1]}` : `Median ${metric} over repeats with the q1–q3 band, against ${axisNames[0]}`} />
      )}
      <table className="exp-table sweep-table" data-testid="sweep-table">
        <caption>{metric}: quartiles over each cell's finished repeats (numpy's linear percentiles)</caption>
        <thead>
          <tr>
            {[...axisNames, "median", "q1", "q3", "min", "max", "repeats", "lab"].map((h, i) => <th key={i}>{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, TABLE_ROWS).map((r) => (
            <tr key={r.cell} data-testid="sweep-cell" data-state={r.q.n > 0 ? "done" : r.failed ? "failed" : "pending"}>
              {r.values.map((v, a) => <td key={a}>{v.replace(/^[^=]+= /, "")}</td>)}
              <td>{fmt(r.q.median)}</td>
              <td>{fmt(r.q.q1)}</td>
              <td>{fmt(r.q.q3)}</td>
              <td>{fmt(r.q.min)}</td>
              <td>{fmt(r.q.max)}</td>
              <td>
                {r.q.n} of {r.repeats}
                {r.failed ? `, ${r.failed} failed` : ""}
              </td>
              <td>
                {canOpen && r.point && (
                  <button type="button" aria-label={`Open ${r.values.join(", ") || "the point"} (repeat ${r.point.repeat}) in the lab`} onClick={() => void model.openInLab(r.point!)}>
                    Open in the lab
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > TABLE_ROWS && <p className="desc">The table shows the first {TABLE_ROWS} of {rows.length.toLocaleString("en")} cells; the chart and the CSV / JSON downloads have them all.</p>}
      {points.some((p) => p.error !== undefined) && (
        <ul className="desc" aria-label="Failed points">
          {points.filter((p) => p.error !== undefined).slice(0, 10).map((p) => <li key={p.index}>point {p.index}: {p.error}</li>)}
        </ul>
      )}
    </section>
  );
}
