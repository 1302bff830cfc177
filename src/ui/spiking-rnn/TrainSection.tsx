/**
 * The training half of the Spiking RNN tab: task, N, activation, initialisation (the paper's, or
 * the E/I-balanced labelled deviation), seed and trial cap; Train / Pause / Resume; the numbers
 * (trials, first and latest evaluation, mean training loss early and late, τ against the paper's
 * 28.2 ± 9.4 ms); save the model as JSON or `.npz`; the charts (loss, accuracy, the latest
 * trial's output vs target, the τ histogram, the spectrum of W_eff at init). Renders
 * {@link RnnTrainerModel}'s store; the charts draw imperatively.
 */
import { useStore } from "zustand";
import { RunChart } from "../../charts/run-chart";
import { ACTIVATION_LABELS, ACTIVATIONS, INIT_LABELS, TASK_LABELS, TASKS, type RnnForm } from "../../state/spiking-rnn/form";
import { accuracyFigure, lossFigure, meanOf, meanSd, outputFigure, PAPER_TAU_MS, spectrumFigure, spectrumOutlier, tauFigure } from "../../state/spiking-rnn/train-charts";
import type { RnnTrainerModel, RnnTrainerState } from "../../state/spiking-rnn/trainer";
import { ChartBox, TextField } from "../experiments/run-parts";

function Select<K extends "task" | "activation" | "init">({ model, field, label, options, disabled }: { model: RnnTrainerModel; field: K; label: string; options: Readonly<Record<string, string>>; disabled: boolean }) {
  const value = useStore(model.store, (s) => s.form[field]);
  return (
    <label className="exp-field">
      {label}{" "}
      <select aria-label={label} value={value} disabled={disabled} onChange={(e) => model.edit({ [field]: e.target.value } as Partial<RnnForm>)}>
        {Object.entries(options).map(([id, text]) => (
          <option key={id} value={id}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const f = (v: number, d = 3) => (Number.isFinite(v) ? v.toFixed(d) : "n/a");

/** The run's numbers, each in its own span for reading (and the tests). */
function Numbers({ model }: { model: RnnTrainerModel }) {
  const trials = useStore(model.store, (s) => s.trials);
  const evals = useStore(model.store, (s) => s.evals);
  const losses = useStore(model.store, (s) => s.losses);
  const info = useStore(model.store, (s) => s.info);
  const tauMs = useStore(model.store, (s) => s.tauMs);
  if (!info) return null;
  const first = evals[0], last = evals.at(-1);
  const w = Math.min(50, Math.floor(losses.length / 2));
  const tau = tauMs ? meanSd(tauMs) : null, tau0 = meanSd(info.tauInitMs);
  return (
    <p className="exp-readout" data-testid="rnn-numbers">
      Trial <span data-testid="rnn-trials">{trials.toLocaleString("en-US")}</span> of {info.spec.maxTrials.toLocaleString("en-US")}
      {first && (
        <>
          {" "}· first evaluation (after trial {first.trial}): loss <span data-testid="rnn-first-loss">{f(first.loss)}</span>, accuracy {first.accuracy.toFixed(2)}
        </>
      )}
      {last && last !== first && (
        <>
          {" "}· latest (after trial {last.trial}): loss <span data-testid="rnn-last-loss">{f(last.loss)}</span>, accuracy <span data-testid="rnn-last-accuracy">{last.accuracy.toFixed(2)}</span>
        </>
      )}
      {w >= 5 && (
        <>
          {" "}· mean training loss, trials 1–{w}: <span data-testid="rnn-early-loss">{f(meanOf(losses, 0, w))}</span>; the last {w}: <span data-testid="rnn-late-loss">{f(meanOf(losses, losses.length - w, losses.length))}</span>
        </>
      )}
      {tau && (
        <>
          {" "}· τ now <span data-testid="rnn-tau">{f(tau.mean, 1)} ± {f(tau.sd, 1)}</span> ms (at init {f(tau0.mean, 1)} ± {f(tau0.sd, 1)}; the paper's trained Go-NoGo network: {PAPER_TAU_MS.mean} ± {PAPER_TAU_MS.sd} ms)
        </>
      )}
    </p>
  );
}

function SpectrumNote({ model }: { model: RnnTrainerModel }) {
  const info = useStore(model.store, (s) => s.info);
  if (!info) return null;
  const o = spectrumOutlier(info.eigRe, info.eigIm);
  return (
    <p className="desc" data-testid="rnn-spectrum-note">
      At init the eigenvalue of largest real part is {o.re.toFixed(2)}; every other |λ| ≤ {o.bulkRadius.toFixed(2)}.{" "}
      {info.spec.init === "paper"
        ? "With the paper's |N(0,1)| weights and ~80 % E units the mean input is positive, so one real outlier sits far from the bulk (spikeRNN#3)."
        : "The E/I-balanced initialisation (a labelled deviation, not the paper's) scales the inhibitory columns by N_E/N_I so rows have zero mean in expectation."}
    </p>
  );
}

const key = (s: RnnTrainerState) => [s.losses, s.evals];

/** The training half. */
export function TrainSection({ model }: { model: RnnTrainerModel }) {
  const form = useStore(model.store, (s) => s.form);
  const errors = useStore(model.store, (s) => s.errors);
  const phase = useStore(model.store, (s) => s.phase);
  const message = useStore(model.store, (s) => s.message);
  const warning = useStore(model.store, (s) => s.warning);
  const trials = useStore(model.store, (s) => s.trials);
  const info = useStore(model.store, (s) => s.info);
  const training = phase === "training";
  const text = (id: "n" | "seed" | "maxTrials", label: string) => <TextField id={`rnn-${id}`} label={label} value={form[id]} error={errors[id]} disabled={training} onChange={(t) => model.edit({ [id]: t })} />;
  return (
    <section className="exp-results" aria-labelledby="rnn-train-h">
      <h4 id="rnn-train-h">1. Train a rate RNN</h4>
      <div className="exp-controls" role="group" aria-label="Rate RNN settings">
        <Select model={model} field="task" label="Task" options={Object.fromEntries(TASKS.map((t) => [t, TASK_LABELS[t]]))} disabled={training} />
        {text("n", "Units N")}
        <Select model={model} field="activation" label="Activation" options={Object.fromEntries(ACTIVATIONS.map((a) => [a, ACTIVATION_LABELS[a]]))} disabled={training} />
        <Select model={model} field="init" label="Initialisation" options={INIT_LABELS} disabled={training} />
        {text("seed", "Seed")}
        {text("maxTrials", "Trial cap")}
      </div>
      <div className="exp-controls" role="group" aria-label="Rate RNN training">
        <button type="button" className="primary" disabled={training} onClick={() => void model.train()}>
          Train
        </button>
        {training && (
          <button type="button" onClick={() => model.pause()}>
            Pause
          </button>
        )}
        {phase === "paused" && (
          <button type="button" onClick={() => model.resume()}>
            Resume
          </button>
        )}
        <button type="button" disabled={!info} onClick={() => void model.save("json")}>
          Save model (JSON)
        </button>
        <button type="button" disabled={!info} onClick={() => void model.save("npz")}>
          Save model (.npz)
        </button>
        {info && (
          <span className="exp-progress">
            <progress aria-label="Trials of the cap" max={info.spec.maxTrials} value={trials} /> {phase}
          </span>
        )}
      </div>
      <p className="desc">Evaluation every 100 trials on 100 fresh trials; training stops when the evaluation loss is &lt; 7 and the accuracy &gt; 0.95 (Go-NoGo: only after trial 1,500), or at the cap.</p>
      <p role="status" className="exp-status" data-testid="rnn-message">
        {message}
      </p>
      {warning && (
        <p role="alert" className="exp-status field-error" data-testid="rnn-warning">
          {warning}
        </p>
      )}
      <Numbers model={model} />
      {info && (
        <>
          <ChartBox make={(host) => new RunChart(host, model.store, key, (s) => (s.info ? lossFigure(s.losses, s.evals) : null))} testId="rnn-loss-chart" label="Training loss per trial and evaluation loss" title="Loss per trial" />
          <ChartBox make={(host) => new RunChart(host, model.store, key, (s) => (s.info ? accuracyFigure(s.evals, Math.max(s.trials, 100)) : null))} testId="rnn-accuracy-chart" label="Evaluation accuracy" title="Evaluation accuracy" />
          <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.latest], (s) => (s.info && s.latest ? outputFigure(s.latest, s.info.evalStart, s.trials) : null))} testId="rnn-output-chart" label="Output of the latest trial against its target" title="Latest trial: output vs target" />
          <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.tauMs, s.info], (s) => (s.info && s.tauMs ? tauFigure(s.tauMs, s.info.tauInitMs) : null))} testId="rnn-tau-chart" label="Histogram of the time constants tau" title="τ histogram: at init and now" />
          <ChartBox make={(host) => new RunChart(host, model.store, (s) => [s.info], (s) => (s.info ? spectrumFigure(s.info) : null))} testId="rnn-spectrum-chart" label="Eigenvalues of W_eff at init" title="W_eff spectrum at init" />
        </>
      )}
      <SpectrumNote model={model} />
    </section>
  );
}
