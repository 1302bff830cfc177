/**
 * The lognormal-weights tab (Zheng 2013; spec §4.2): seeds, the noise (σ = √0.05 said plainly;
 * the package's 0.04 as the other choice), quick or full; a run on the pool with progress and
 * Cancel; the connection fraction over time (one line per seed, the dip and recovery in a
 * sentence), the log₁₀ w histogram at the end with the fitted normal, the skewness table, C21,
 * the weight lifetimes where asked for (a chart and a table), and the JSON download. What it decides is in `lognormalRunModel`.
 */
import { useStore } from "zustand";
import { RunChart } from "../../charts/run-chart";
import { CALIBRATION_DIP, dipSentence, fractionFigure, histogramFigure, lifetimeFigure } from "../../state/experiments/lognormal-chart-data";
import { LOGNORMAL_NOISE, LOGNORMAL_SIZES, type LognormalNoise, type LognormalRunModel } from "../../state/experiments/lognormal-run";
import { c21Views } from "../../state/experiments/preset-verdicts";
import type { LognormalRow } from "../../experiments/lognormal/job";
import { ChartBox, ResultsHead, RunForm, SizeChoice, TextField, VerdictTable, useRunForm } from "./run-parts";

/** The last finished run's charts, tables and verdicts. */
function Results({ model }: { model: LognormalRunModel }) {
  const result = useStore(model.store, (s) => s.result);
  const seed = useStore(model.store, (s) => s.seed);
  if (!result) return null;
  const { rows, plan } = result;
  const f = (x: number, d: number) => (Number.isFinite(x) ? x.toFixed(d) : "n/a");
  return (
    <section className="exp-results" aria-labelledby="lognormal-results-h">
      <ResultsHead id="lognormal-results-h" title={`Results: ${rows.length} seed${rows.length === 1 ? "" : "s"} × ${plan.steps.toLocaleString("en-US")} steps, σ = ${plan.noiseSigma.toFixed(4)}`} size={LOGNORMAL_SIZES[plan.size].label} onDownload={() => model.download()} />
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.result], (s) => (s.result ? fractionFigure(s.result.rows) : null))} testId="lognormal-fraction-chart" label="Connection fraction over time, one line per seed" />
      <p className="desc" data-testid="lognormal-dip">
        {dipSentence(rows)} {CALIBRATION_DIP}
      </p>
      <div className="exp-controls">
        <label>
          Histogram of seed{" "}
          <select aria-label="Histogram of seed" value={rows.some((r) => r.seed === seed) ? seed : rows[0].seed} onChange={(e) => model.view({ seed: Number(e.target.value) })}>
            {rows.map((r) => (
              <option key={r.seed} value={r.seed}>
                {r.seed}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.result, s.seed], (s) => { const r = s.result?.rows.find((x) => x.seed === s.seed) ?? s.result?.rows[0]; return r ? histogramFigure(r) : null; })} testId="lognormal-histogram-chart" label="Histogram of log10 w at the end with the fitted normal" />
      <VerdictTable caption="C21, lognormal weights (every run)" shown={c21Views(rows, plan)} />
      <table className="exp-table">
        <caption>Per seed, at the last step (weights w ≥ 0.01)</caption>
        <thead>
          <tr>
            {["seed", "min c", "at step", "c(T)", "c(T)/min", "μ ln w", "σ ln w", "skew w", "skew ln w", "rate E"].map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.seed}>
              <td>{r.seed}</td>
              <td>{f(r.minFraction, 4)}</td>
              <td>{r.minStep.toLocaleString("en-US")}</td>
              <td>{f(r.endFraction, 4)}</td>
              <td>{f(r.recovery, 2)}</td>
              <td>{f(r.mu, 3)}</td>
              <td>{f(r.sigma, 3)}</td>
              <td>{f(r.skewW, 2)}</td>
              <td>{f(r.skewLnW, 2)}</td>
              <td>{f(r.meanRateE, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Lifetimes model={model} rows={rows} />
    </section>
  );
}

/** The weight lifetimes of a run that followed them: the chart and a table per seed. */
function Lifetimes({ model, rows }: { model: LognormalRunModel; rows: readonly LognormalRow[] }) {
  if (!rows.some((r) => r.lifetimes)) return null;
  const n = (v: number | null) => (v === null ? "n/a" : Math.round(v).toLocaleString("en-US"));
  return (
    <>
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.result], (s) => (s.result ? lifetimeFigure(s.result.rows) : null))} testId="lognormal-lifetime-chart" label="Weight lifetimes: pruned synapses per power-of-two bin of lifetime, one line per seed" />
      <table className="exp-table" data-testid="lognormal-lifetimes">
        <caption>Weight lifetimes per seed (synapses created by SP during the run; those of the initial network are counted, not timed)</caption>
        <thead>
          <tr>
            {["seed", "born", "pruned", "median", "mean", "max", "alive at end", "their median age", "initial", "initial pruned"].map((h) => (
              <th key={h}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) =>
            r.lifetimes ? (
              <tr key={r.seed}>
                <td>{r.seed}</td>
                <td>{n(r.lifetimes.births)}</td>
                <td>{n(r.lifetimes.pruned)}</td>
                <td>{n(r.lifetimes.median)}</td>
                <td>{n(r.lifetimes.mean)}</td>
                <td>{n(r.lifetimes.max)}</td>
                <td>{n(r.lifetimes.aliveAtEnd)}</td>
                <td>{n(r.lifetimes.aliveMedianAge)}</td>
                <td>{n(r.lifetimes.initial)}</td>
                <td>{n(r.lifetimes.initialPruned)}</td>
              </tr>
            ) : null,
          )}
        </tbody>
      </table>
    </>
  );
}

/** The form, the run's progress and the results. */
export function LognormalView({ model }: { model: LognormalRunModel }) {
  const { form, errors, running } = useRunForm(model);
  return (
    <div className="exp-lognormal">
      <p className="desc">
        Zheng, Dimitrakakis &amp; Triesch 2013: a SORN (ne 200) without input, all five rules on, noise on E and I. Structural plasticity adds and prunes E→E synapses; the
        weights become lognormal. The noise is <strong>σ = √0.05 ≈ 0.2236</strong>, as Zheng's source file has it — the sorn package's default is 0.04, which makes a different
        experiment. Each seed runs as one job on the page's worker pool.
      </p>
      <RunForm model={model} prefix="lognormal">
        <TextField id="lognormal-seeds" label="Seeds (0…K−1)" value={form.seeds} error={errors.seeds} disabled={running} onChange={(seeds) => model.edit({ seeds })} />
        <fieldset disabled={running}>
          <legend>Noise on E and I</legend>
          {(Object.keys(LOGNORMAL_NOISE) as LognormalNoise[]).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="lognormal-noise" checked={form.noise === k} onChange={() => model.edit({ noise: k })} /> {LOGNORMAL_NOISE[k].label}
            </label>
          ))}
        </fieldset>
        <SizeChoice name="lognormal-size" sizes={LOGNORMAL_SIZES} value={form.size} disabled={running} onChange={(size) => model.edit({ size })} />
        <label className="check">
          <input type="checkbox" checked={form.lifetimes} disabled={running} onChange={(e) => model.edit({ lifetimes: e.target.checked })} /> Follow the weight lifetimes (every E→E synapse from creation by SP to pruning; about 1.5–2× the run time)
        </label>
      </RunForm>
      <Results model={model} />
    </div>
  );
}
