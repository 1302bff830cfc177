/**
 * The sweep's definition: target, fixed parameters, one or two axes (a list or start/stop/step),
 * repeats, the sweep seed and the metrics, with the point count as it will run and each field's
 * refusal under it; Run / Cancel with the progress bar, and the run's message.
 */
import { useStore } from "zustand";
import { findTarget, targetIds } from "../../experiments/sweep/targets/all";
import type { SweepModel } from "../../state/sweeps/sweep-model";
import { pointCountText } from "../../state/sweeps/sweep-form";
import { FieldError } from "../experiments/run-parts";

function Field({ id, label, value, error, disabled, wide, list, onChange }: { id: string; label: string; value: string; error?: string; disabled: boolean; wide?: boolean; list?: string; onChange: (v: string) => void }) {
  return (
    <label className="exp-field">
      {label}{" "}
      <input aria-label={label} className={wide ? "wide" : "narrow"} value={value} list={list} disabled={disabled} aria-invalid={!!error} aria-describedby={`sweep-${id}-error`} onChange={(e) => onChange(e.target.value)} />
      <FieldError id={`sweep-${id}-error`} error={error} />
    </label>
  );
}

function AxisFields({ model, i, disabled }: { model: SweepModel; i: 0 | 1; disabled: boolean }) {
  const a = useStore(model.store, (s) => s.form.axes[i]);
  const errors = useStore(model.store, (s) => s.errors);
  const n = i + 1;
  const e = (k: string) => errors[`axis${i}.${k}`];
  return (
    <fieldset disabled={disabled} className="sweep-axis">
      <legend>Axis {n}{i === 1 ? " (optional)" : ""}</legend>
      <Field id={`axis${i}-param`} label={`Axis ${n} parameter`} value={a.param} error={e("param")} disabled={disabled} list="sweep-params" onChange={(param) => model.editAxis(i, { param })} />
      <label className="exp-field">
        Axis {n} values as{" "}
        <select aria-label={`Axis ${n} values as`} value={a.kind} onChange={(ev) => model.editAxis(i, { kind: ev.target.value as "list" | "range" })}>
          <option value="list">a list</option>
          <option value="range">start, stop, step</option>
        </select>
      </label>
      {a.kind === "list" ? (
        <Field id={`axis${i}-values`} label={`Axis ${n} values`} value={a.values} error={e("values")} disabled={disabled} wide onChange={(values) => model.editAxis(i, { values })} />
      ) : (
        <>
          <Field id={`axis${i}-start`} label={`Axis ${n} start`} value={a.start} error={e("start")} disabled={disabled} onChange={(start) => model.editAxis(i, { start })} />
          <Field id={`axis${i}-stop`} label={`Axis ${n} stop (excluded)`} value={a.stop} error={e("stop")} disabled={disabled} onChange={(stop) => model.editAxis(i, { stop })} />
          <Field id={`axis${i}-step`} label={`Axis ${n} step`} value={a.step} error={e("step") ?? e("values")} disabled={disabled} onChange={(step) => model.editAxis(i, { step })} />
        </>
      )}
    </fieldset>
  );
}

/** The form and the run's controls. */
export function SweepFormView({ model }: { model: SweepModel }) {
  const form = useStore(model.store, (s) => s.form);
  const errors = useStore(model.store, (s) => s.errors);
  const custom = useStore(model.store, (s) => s.custom);
  const phase = useStore(model.store, (s) => s.phase);
  const progress = useStore(model.store, (s) => s.progress);
  const message = useStore(model.store, (s) => s.message);
  const workersText = useStore(model.store, (s) => s.workers);
  const running = phase === "running";
  const target = findTarget(form.target);
  return (
    <>
      <form className="exp-form" onSubmit={(ev) => { ev.preventDefault(); void model.run(); }}>
        <fieldset disabled={running}>
          <legend>Sweep</legend>
          <label className="exp-field">
            Target{" "}
            <select aria-label="Target" value={form.target} onChange={(ev) => model.setTarget(ev.target.value)}>
              {targetIds().map((id) => <option key={id} value={id}>{id}</option>)}
            </select>
            <FieldError id="sweep-target-error" error={errors.target} />
          </label>
          {target && <p className="desc">{target.description}.</p>}
          <Field id="base" label="Fixed parameters" value={form.base} error={errors.base} disabled={running} wide list="sweep-params" onChange={(base) => model.edit({ base })} />
        </fieldset>
        <datalist id="sweep-params">{target?.params.map((p) => <option key={p} value={p} />)}</datalist>
        <datalist id="sweep-metrics">{target?.metricExamples.map((m) => <option key={m} value={m} />)}</datalist>
        <AxisFields model={model} i={0} disabled={running} />
        <AxisFields model={model} i={1} disabled={running} />
        <fieldset disabled={running}>
          <legend>Repeats and metrics</legend>
          <Field id="repeats" label="Repeats" value={form.repeats} error={errors.repeats} disabled={running} onChange={(repeats) => model.edit({ repeats })} />
          <Field id="seed" label="Sweep seed" value={form.seed} error={errors.seed} disabled={running} onChange={(seed) => model.edit({ seed })} />
          <Field id="metrics" label="Metrics" value={form.metrics} error={errors.metrics} disabled={running} wide list="sweep-metrics" onChange={(metrics) => model.edit({ metrics })} />
        </fieldset>
        <Field id="workers" label="Workers (blank: every core)" value={workersText} error={errors.workers} disabled={running} onChange={(w) => model.setWorkers(w)} />
        <p className="desc" data-testid="sweep-point-count">
          {custom ? `Points: ${custom.points.toLocaleString("en")} (the loaded spec ${custom.hash}, run as it is)` : pointCountText(form)}
        </p>
        <FieldError id="sweep-points-error" error={errors.points} />
        <div className="exp-controls">
          <button type="submit" className="primary" disabled={running}>Run sweep</button>
          {running && <button type="button" onClick={() => model.cancel()}>Cancel</button>}
          {!running && <button type="button" onClick={() => void model.clearCache()}>Forget cached points</button>}
          {progress && (
            <span className="exp-progress">
              <progress aria-labelledby="sweep-progress-label" max={1} value={progress.fraction} />{" "}
              <span id="sweep-progress-label" data-testid="sweep-progress">
                {Math.floor(progress.fraction * 100)} % · {progress.done} of {progress.total} points done{progress.cached ? ` (${progress.cached} from the cache)` : ""}
              </span>
            </span>
          )}
        </div>
      </form>
      <p role="status" className={phase === "failed" ? "field-error" : "exp-status"} data-testid="sweep-message">{message}</p>
    </>
  );
}
