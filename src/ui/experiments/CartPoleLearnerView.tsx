/**
 * The cart-pole learner's view (spec experiments.md §2.5): its settings (mode, variant,
 * environment, seed, episodes, encoding, docs w scale), Train N with progress and Cancel, Play /
 * Pause at 1×/4×/max, the animated cart, the reservoir's E raster, the action-probability bars,
 * the episode-score chart, Compare, what the calibration found, and in docs mode the kept bugs.
 * Everything it decides is in `CartPoleLearnerModel`; the drawing is `LearnerAnimation`'s.
 */
import { useEffect, useRef, type ReactNode } from "react";
import { useStore } from "zustand";
import { CartPoleScoresChart } from "../../charts/cartpole-scores-chart";
import { ENCODINGS, ENVS, MODES, VARIANTS } from "../../experiments/cartpole/options";
import { LearnerAnimation } from "../../plots/cartpole-learner-animation";
import { LEARNER_SPEEDS, type CartPoleLearnerModel, type LearnerSpeed, type LearnerState } from "../../state/experiments/cartpole-learner";
import { CORRECTED_CHANGES, DOCS_BUGS, FINDINGS, type LearnerForm } from "../../state/experiments/cartpole-learner-form";
import { CartPoleCompareView } from "./CartPoleCompare";
import { CommitField } from "./CommitField";
import { learnerRuntime } from "./learner-runtime";

const VARIANT_LABELS = { plastic: "plastic (the learner)", frozen: "frozen reservoir (LSM control)", raw: "raw observations (linear policy, no reservoir)", random: "random actions" } as const;

function Choice<K extends keyof LearnerForm>({ model, field, label, options, disabled }: { model: CartPoleLearnerModel; field: K; label: string; options: readonly { id: string; label: string }[]; disabled: boolean }) {
  const value = useStore(model.store, (s) => s.form[field]);
  return (
    <label>
      {label}{" "}
      <select aria-label={`Learner ${label.toLowerCase()}`} value={value} disabled={disabled} onChange={(e) => model.edit({ [field]: e.target.value } as Partial<LearnerForm>)}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The learner with its settings, controls, views and the comparison. */
export function CartPoleLearnerView({ policySelect }: { policySelect: ReactNode }) {
  const { learner: model, compare } = learnerRuntime();
  const use = <T,>(f: (s: LearnerState) => T) => useStore(model.store, f);
  const form = use((s) => s.form);
  const errors = use((s) => s.errors);
  const phase = use((s) => s.phase);
  const progress = use((s) => s.progress);
  const message = use((s) => s.message);
  const aborted = use((s) => s.aborted);
  const speed = use((s) => s.speed);
  const info = use((s) => s.info);
  const episodes = use((s) => s.scores.length);
  const cart = useRef<HTMLCanvasElement>(null);
  const raster = useRef<HTMLCanvasElement>(null);
  const bar0 = useRef<HTMLSpanElement>(null);
  const bar1 = useRef<HTMLSpanElement>(null);
  const val0 = useRef<HTMLSpanElement>(null);
  const val1 = useRef<HTMLSpanElement>(null);
  const readout = useRef<HTMLParagraphElement>(null);
  const chart = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const a = new LearnerAnimation({ cart: cart.current!, raster: raster.current!, bars: [bar0.current!, bar1.current!], values: [val0.current!, val1.current!], readout: readout.current! }, model);
    const c = new CartPoleScoresChart(chart.current!, model);
    if (!model.store.getState().info) void model.newSession();
    return () => (a.destroy(), c.destroy());
  }, [model]);
  const training = phase === "training";
  const field = (id: keyof LearnerForm, label: string) => <CommitField id={`learner-${id}`} label={label} value={form[id]} error={errors[id]} commit={(t) => model.edit({ [id]: t } as Partial<LearnerForm>)} />;
  return (
    <div className="exp-cartpole exp-learner">
      <div className="exp-controls" role="group" aria-label="Learner settings">
        {policySelect}
        <Choice model={model} field="mode" label="Mode" options={MODES.map((m) => ({ id: m, label: m === "docs" ? "as the package's docs (bugs kept)" : "corrected" }))} disabled={training} />
        <Choice model={model} field="variant" label="Variant" options={VARIANTS.map((v) => ({ id: v, label: VARIANT_LABELS[v] }))} disabled={training} />
        <Choice model={model} field="env" label="Environment" options={ENVS.map((v) => ({ id: v, label: v === "v0" ? "CartPole-v0 (200 steps)" : "CartPole-v1 (500 steps)" }))} disabled={training} />
        <Choice model={model} field="encoding" label="Encoding" options={ENCODINGS.map((v) => ({ id: v, label: v === "raw" ? "raw (the package's)" : "population code (lab extension)" }))} disabled={training} />
      </div>
      <div className="exp-controls">
        {field("seed", "Seed")}
        {field("episodes", "Episodes")}
        {form.encoding === "population" && field("bins", "Bins K")}
        {form.mode === "docs" && field("wScale", "w scale")}
        {form.variant === "plastic" && field("pretrain", "Pre-train steps (random input)")}
      </div>
      <div className="exp-controls" role="group" aria-label="Learner controls">
        <button type="button" className="primary" disabled={training || !!aborted} onClick={() => void model.train()}>
          Train {form.episodes} episodes
        </button>
        {training && (
          <button type="button" onClick={() => model.cancel()}>
            Cancel training
          </button>
        )}
        {phase === "playing" ? (
          <button type="button" aria-label="Pause learner" onClick={() => model.pause()}>
            Pause
          </button>
        ) : (
          <button type="button" aria-label="Play learner" disabled={training || !!aborted} onClick={() => void model.play()}>
            Play
          </button>
        )}
        <button type="button" aria-label="New learner run" title="Start over with these settings" disabled={training} onClick={() => void model.newSession()}>
          Reset
        </button>
        <label>
          Speed{" "}
          <select aria-label="Learner speed" value={speed} onChange={(e) => model.setSpeed(e.target.value as LearnerSpeed)}>
            {LEARNER_SPEEDS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        {progress && (
          <span className="exp-progress" data-testid="learner-progress">
            <progress max={progress.total} value={progress.done} aria-label="Training progress" /> {progress.done} / {progress.total} episodes
          </span>
        )}
      </div>
      <p className="desc">{form.mode === "docs" ? "As the package's docs have it: α 1e-4, S_i = Σ r·γ^r, no baseline, no max-subtraction, no bias, CartPole-v0, learning during the 20 plasticity episodes." : CORRECTED_CHANGES}</p>
      {form.mode === "docs" && (
        <details className="exp-bugs" open>
          <summary>Docs bugs kept in this mode</summary>
          <ul data-testid="docs-bugs">
            {DOCS_BUGS.map((b) => (
              <li key={b.id}>
                <b>{b.id}</b> {b.text}
              </li>
            ))}
          </ul>
        </details>
      )}
      {aborted && (
        <p role="alert" className="exp-warning" data-testid="learner-aborted">
          The run stopped: {aborted}. Reset (or change a setting) to start over.
        </p>
      )}
      <p role="status" className="exp-status" data-testid="learner-message">
        {message ?? (info ? `${episodes} episode${episodes === 1 ? "" : "s"} run${info.hIp !== null ? ` · reservoir ne ${info.ne}, h_ip ${info.hIp} (B7)` : ""}.` : "")}
      </p>
      <div className="exp-learner-views">
        <canvas ref={cart} className="exp-canvas" aria-label="Cart-pole animation (learner)" role="img" data-testid="learner-canvas" />
        <div className="exp-learner-side">
          <div className="exp-probs" aria-label="Action probabilities" role="group">
            <div className="exp-prob">
              push left <span className="exp-bar"><span ref={bar0} /></span> <span ref={val0} data-testid="p0" />
            </div>
            <div className="exp-prob">
              push right <span className="exp-bar"><span ref={bar1} /></span> <span ref={val1} data-testid="p1" />
            </div>
          </div>
          <p className="exp-raster-label">Reservoir E spikes ({info && info.ne ? `${info.ne} neurons` : "no reservoir in this variant"} × the last 200 steps)</p>
          <canvas ref={raster} className="exp-raster" aria-label="Reservoir E raster" role="img" data-testid="learner-raster" />
        </div>
      </div>
      <p ref={readout} className="exp-readout" data-testid="learner-readout" />
      <div ref={chart} className="exp-chart" data-testid="learner-chart" aria-label="Episode scores" />
      <p className="desc" data-testid="learner-findings">{FINDINGS}</p>
      <CartPoleCompareView compare={compare} learner={model} />
    </div>
  );
}
