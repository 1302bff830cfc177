/**
 * The conversion half of the Spiking RNN tab: which model (the training as it stands, or a loaded
 * model file — a bad file is refused with its message and changes nothing), the grid from:step:to,
 * trials per s (20 by default, "paper: 100") and the evaluation seed; Convert / Cancel with
 * progress; accuracy vs s as the values finish, the best s and the edge flag; at the best s the
 * E/I raster of one trial, the LIF output mean ± SD against the target, and LIF vs rate-unit
 * rates. Renders {@link RnnConvertModel}'s store; the charts draw imperatively.
 */
import { useStore } from "zustand";
import { RunChart } from "../../charts/run-chart";
import { accuracyVsSFigure, lifOutputFigure, rasterFigure, rateCorrelation, ratesFigure } from "../../state/spiking-rnn/convert-charts";
import type { ConvertState, RnnConvertModel } from "../../state/spiking-rnn/convert";
import type { RnnTrainerModel } from "../../state/spiking-rnn/trainer";
import { ChartBox, TextField } from "../experiments/run-parts";

function Source({ model, trainer, disabled }: { model: RnnConvertModel; trainer: RnnTrainerModel; disabled: boolean }) {
  const source = useStore(model.store, (s) => s.source);
  const file = useStore(model.store, (s) => s.file);
  const loadError = useStore(model.store, (s) => s.loadError);
  const info = useStore(trainer.store, (s) => s.info);
  const trials = useStore(trainer.store, (s) => s.trials);
  const m = file?.model;
  const last = m?.history.evals.at(-1);
  return (
    <fieldset disabled={disabled}>
      <legend>Model to convert</legend>
      <label className="check">
        <input type="radio" name="rnn-source" checked={source === "training"} onChange={() => model.setSource("training")} /> the training above, as it stands
        {info ? ` (${info.spec.task}, N = ${info.spec.n}, ${trials.toLocaleString("en-US")} trials)` : " (none yet)"}
      </label>
      <label className="check">
        <input type="radio" name="rnn-source" checked={source === "file"} disabled={!file} onChange={() => model.setSource("file")} /> a model file
        {file && m ? `: ${file.name} (${m.task}, N = ${m.net.settings.n}, ${m.net.settings.activation}, ${m.history.trials.toLocaleString("en-US")} trials, ${m.history.status}${last ? `, last accuracy ${last.accuracy.toFixed(2)}` : ""})` : ""}
      </label>
      <label className="exp-field">
        Load a model file (JSON){" "}
        <input
          type="file"
          accept=".json,application/json"
          aria-label="Load a model file"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void f.text().then((t) => model.load(t, f.name));
          }}
        />
      </label>
      {loadError && (
        <p role="alert" className="field-error" data-testid="rnn-load-error">
          {loadError}
        </p>
      )}
    </fieldset>
  );
}

function Summary({ model }: { model: RnnConvertModel }) {
  const r = useStore(model.store, (s) => s.result);
  const of = useStore(model.store, (s) => s.resultOf);
  if (!r || !of) return null;
  const ext = r.extended.length ? `the grid was extended by s = ${r.extended.join(", ")}` : "the grid could not be extended on that side (the next s would be ≤ 0)";
  const edge = r.edge ? ` The best s sat at the ${r.edge} edge of the grid as given; ${ext}${r.edgeAfter ? `, and s* is at the ${r.edgeAfter} edge still` : ""}.` : "";
  return (
    <p className="exp-readout" data-testid="rnn-convert-summary">
      {of.name}: best s = <span data-testid="rnn-best-s">{r.best_s}</span> (λ = 1/{r.best_s}), LIF accuracy <span data-testid="rnn-best-accuracy">{r.best_accuracy.toFixed(2)}</span> over {r.trials} trials
      {r.best_accuracy >= 0.95 ? " — a successful LIF network (≥ 0.95)" : " — below the 0.95 of a successful LIF network"}; mean rates at s*: {r.rates_hz.all.toFixed(1)} Hz (E {r.rates_hz.exc.toFixed(1)}, I {r.rates_hz.inh.toFixed(1)}). Ties go to the smaller s.{edge}
    </p>
  );
}

function Detail({ model }: { model: RnnConvertModel }) {
  const d = useStore(model.store, (s) => s.detail);
  const phase = useStore(model.store, (s) => s.detailPhase);
  if (phase === "running") return <p className="exp-status">Running the LIF network at the best s…</p>;
  if (!d) return null;
  return (
    <>
      <h5>At the best s = {d.s}</h5>
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.detail], (s) => (s.detail ? rasterFigure(s.detail) : null))} testId="rnn-raster-chart" label="E/I raster of one LIF trial" title="E/I raster of one LIF trial" />
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.detail], (s) => (s.detail ? lifOutputFigure(s.detail) : null))} testId="rnn-lif-output-chart" label="LIF output mean and SD against the target" title="LIF output vs target (mean ± SD)" />
      <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.detail], (s) => (s.detail ? ratesFigure(s.detail) : null))} testId="rnn-rates-chart" label="LIF unit rates against rate-unit rates" title="LIF rate vs rate-unit rate, per unit" />
      <p className="desc" data-testid="rnn-rates-note">
        {d.trials} trials ({d.correct} correct). Per unit, rate unit vs LIF unit: Pearson r = {rateCorrelation(d).toFixed(2)} over {d.n} units.
      </p>
    </>
  );
}

const accuracyKey = (s: ConvertState) => [s.partial, s.result];

/** The conversion half. */
export function ConvertSection({ model, trainer }: { model: RnnConvertModel; trainer: RnnTrainerModel }) {
  const form = useStore(model.store, (s) => s.form);
  const errors = useStore(model.store, (s) => s.errors);
  const phase = useStore(model.store, (s) => s.phase);
  const progress = useStore(model.store, (s) => s.progress);
  const message = useStore(model.store, (s) => s.message);
  // The accuracy chart takes its room once a value of s has finished (none before the first conversion).
  const hasValues = useStore(model.store, (s) => s.partial.length > 0);
  const running = phase === "running";
  return (
    <section className="exp-results" aria-labelledby="rnn-convert-h">
      <h4 id="rnn-convert-h">2. Convert to a LIF network</h4>
      <p className="desc">W_spk = W_eff/s, w_out/s, W_in unscaled, τ_d copied; 0.05 ms steps, 2 ms refractory, double-exponential synapses. Each s is scored on the same seeded trials; the trials run on the page's worker pool.</p>
      <Source model={model} trainer={trainer} disabled={running} />
      <form
        className="exp-form"
        onSubmit={(e) => {
          e.preventDefault();
          void model.convert();
        }}
      >
        <div className="exp-controls">
          <TextField id="rnn-grid" label="Grid of s (from:step:to)" value={form.grid} error={errors.grid} disabled={running} onChange={(grid) => model.edit({ grid })} />
          <TextField id="rnn-lif-trials" label="Trials per s" value={form.trials} error={errors.trials} disabled={running} onChange={(trials) => model.edit({ trials })} />
          <button type="button" disabled={running} onClick={() => model.edit({ trials: "100" })}>
            paper: 100
          </button>
          <TextField id="rnn-lif-seed" label="Evaluation seed" value={form.seed} error={errors.seed} disabled={running} onChange={(seed) => model.edit({ seed })} />
        </div>
        <div className="exp-controls">
          <button type="submit" className="primary" disabled={running}>
            Convert
          </button>
          {running && (
            <button type="button" onClick={() => model.cancel()}>
              Cancel
            </button>
          )}
          {progress && (
            <span className="exp-progress">
              <progress aria-labelledby="rnn-convert-progress" max={1} value={progress.fraction} />{" "}
              <span id="rnn-convert-progress" data-testid="rnn-convert-progress">
                {Math.floor(progress.fraction * 100)} % · {progress.trialsDone} LIF trials done
              </span>
            </span>
          )}
        </div>
      </form>
      <p role="status" className={phase === "failed" ? "field-error" : "exp-status"} data-testid="rnn-convert-message">
        {message}
      </p>
      {hasValues && (
        <ChartBox
          make={(host) => new RunChart(host, model.store, accuracyKey, (s) => (s.partial.length ? accuracyVsSFigure(s.partial, s.phase === "done" ? (s.result?.best_s ?? null) : null) : null))}
          testId="rnn-accuracy-s-chart"
          label="LIF accuracy against the scaling factor s"
          title="LIF accuracy vs s"
        />
      )}
      <Summary model={model} />
      <Detail model={model} />
    </section>
  );
}
