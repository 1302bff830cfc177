/**
 * What the Experiments view's runners share on the page: the settings form with Run, Cancel and
 * the progress bar, the run's message, a field's refusal, the size choice, a list of ticked
 * choices, the criteria table (PASS / FAIL / what the run needs) and a chart's host. Each renders
 * a {@link PoolRunModel}'s store; what they decide is in the model.
 */
import type { ReactNode } from "react";
import { useStore } from "zustand";
import type { StoreApi } from "zustand/vanilla";
import type { RunPhase } from "../../state/experiments/pool-run";
import type { VerdictsShown } from "../../state/experiments/verdict-views";
import { usePlot, type Destroyable } from "../usePlot";

/** What the form needs of a runner. */
interface Runner {
  store: StoreApi<{ phase: RunPhase; progress: { fraction: number; done: number; total: number } | null; message: string | null }>;
  run(): Promise<void>;
  cancel(): void;
}

/** The form's fields, their refusals and whether a run goes on (for a view's fields). */
export function useRunForm<F, E>(model: { store: StoreApi<{ form: F; errors: E; phase: RunPhase }> }): { form: F; errors: E; running: boolean } {
  const form = useStore(model.store, (s) => s.form);
  const errors = useStore(model.store, (s) => s.errors);
  const running = useStore(model.store, (s) => s.phase) === "running";
  return { form, errors, running };
}

/** A finished run's heading, its size in words and the JSON download. */
export function ResultsHead({ id, title, size, onDownload }: { id: string; title: string; size: string; onDownload: () => void }) {
  return (
    <>
      <h4 id={id}>{title}</h4>
      <p className="desc">{size}.</p>
      <div className="exp-controls">
        <button type="button" onClick={onDownload}>
          Download results (JSON)
        </button>
      </div>
    </>
  );
}

/** A field's refusal, under it. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <span id={id} className="field-error" role="alert">
      {error}
    </span>
  ) : null;
}

/** The form (`children`: its fields), Run / Cancel with the progress bar, and the run's message (test ids `<prefix>-progress`, `<prefix>-message`). */
export function RunForm({ model, prefix, children }: { model: Runner; prefix: string; children: ReactNode }) {
  const phase = useStore(model.store, (s) => s.phase);
  const progress = useStore(model.store, (s) => s.progress);
  const message = useStore(model.store, (s) => s.message);
  const running = phase === "running";
  return (
    <>
      <form
        className="exp-form"
        onSubmit={(e) => {
          e.preventDefault();
          void model.run();
        }}
      >
        {children}
        <div className="exp-controls">
          <button type="submit" className="primary" disabled={running}>
            Run
          </button>
          {running && (
            <button type="button" onClick={() => model.cancel()}>
              Cancel
            </button>
          )}
          {progress && (
            <span className="exp-progress">
              <progress aria-labelledby={`${prefix}-progress-label`} max={1} value={progress.fraction} />{" "}
              <span id={`${prefix}-progress-label`} data-testid={`${prefix}-progress`}>
                {Math.floor(progress.fraction * 100)} % · {progress.done} of {progress.total} jobs done
              </span>
            </span>
          )}
        </div>
      </form>
      <p role="status" className={phase === "failed" ? "field-error" : "exp-status"} data-testid={`${prefix}-message`}>
        {message}
      </p>
    </>
  );
}

/** A text field of the form with its refusal. */
export function TextField({ id, label, value, error, disabled, onChange }: { id: string; label: string; value: string; error?: string; disabled: boolean; onChange: (text: string) => void }) {
  return (
    <label className="exp-field">
      {label}{" "}
      <input aria-label={label} className="narrow" value={value} disabled={disabled} aria-invalid={!!error} aria-describedby={`${id}-error`} onChange={(e) => onChange(e.target.value)} />
      <FieldError id={`${id}-error`} error={error} />
    </label>
  );
}

/** The size of each run: radio buttons with each size's label ("Quick: … (not the paper protocol)", "Full: …"). */
export function SizeChoice<K extends string>({ name, sizes, value, disabled, onChange }: { name: string; sizes: Readonly<Record<K, { label: string }>>; value: K; disabled: boolean; onChange: (size: K) => void }) {
  return (
    <fieldset disabled={disabled}>
      <legend>Size of each run</legend>
      {(Object.keys(sizes) as K[]).map((k) => (
        <label key={k} className="check">
          <input type="radio" name={name} checked={value === k} onChange={() => onChange(k)} /> {sizes[k].label}
        </label>
      ))}
    </fieldset>
  );
}

/** Check boxes, one per item, with the list's refusal. */
export function Checks<T extends string>({ legend, items, ticked, error, errorId, disabled, onChange }: { legend: string; items: readonly { id: T; label: string }[]; ticked: readonly T[]; error?: string; errorId: string; disabled: boolean; onChange: (ticked: T[]) => void }) {
  return (
    <fieldset disabled={disabled}>
      <legend>{legend}</legend>
      {items.map((it) => (
        <label key={it.id} className="check">
          <input type="checkbox" checked={ticked.includes(it.id)} onChange={(e) => onChange(e.target.checked ? [...ticked, it.id] : ticked.filter((x) => x !== it.id))} /> {it.label}
        </label>
      ))}
      <FieldError id={errorId} error={error} />
    </fieldset>
  );
}

/** A criterion's checks: PASS / FAIL with the measured numbers, or — with what the run needs; the note under it. */
export function VerdictTable({ caption, shown }: { caption: string; shown: VerdictsShown }) {
  return (
    <>
      <table className="exp-table">
        <caption>{caption}</caption>
        <tbody>
          {shown.verdicts.map((v) => (
            <tr key={v.id} data-status={v.status}>
              <td className={`verdict verdict-${v.status.toLowerCase()}`}>{v.status === "NEEDS" ? "—" : v.status}</td>
              <td>
                {v.id}: {v.rule}
              </td>
              <td>{v.text}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.note && <p className="desc">{shown.note}</p>}
    </>
  );
}

/** A chart's host div (the chart made once per mount), under its short title when it has one. */
export function ChartBox({ make, testId, label, title }: { make: (host: HTMLDivElement) => Destroyable; testId: string; label: string; title?: string }) {
  const ref = usePlot(make);
  const chart = <div ref={ref} className="exp-chart" data-testid={testId} aria-label={label} />;
  return title ? (
    <>
      <p className="exp-chart-title" data-testid={`${testId}-title`}>
        {title}
      </p>
      {chart}
    </>
  ) : (
    chart
  );
}
