/**
 * The counting runner (spec §3.3, §3.5): the settings form, Run on the page's worker pool with
 * its progress bar and Cancel, and the last finished run's results (`CountingResults`). What it
 * decides is in `CountingRunModel`; this renders its store.
 */
import { useStore } from "zustand";
import { CONDITIONS, READOUTS, type CountingCondition, type CountingReadout } from "../../experiments/counting/preset";
import { CONDITION_LABELS } from "../../state/experiments/counting-chart-data";
import type { CountingRunModel, CountingRunState } from "../../state/experiments/counting-run";
import { COUNTING_SIZES, type CountingFormErrors, type CountingSize } from "../../state/experiments/counting-settings";
import { CountingResults } from "./CountingResults";

const READOUT_LABELS: Record<CountingReadout, string> = { X: "X: the state after the letter → the next letter", R: "R: the state just before the letter → the letter" };

/** A field's refusal, under it. */
function FieldError({ id, errors, field }: { id: string; errors: CountingFormErrors; field: keyof CountingFormErrors }) {
  const e = errors[field];
  return e ? (
    <span id={id} className="field-error" role="alert">
      {e}
    </span>
  ) : null;
}

const toggle = <T,>(list: readonly T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));

/** The form, the run's progress and the results. */
export function CountingView({ model }: { model: CountingRunModel }) {
  const use = <T,>(f: (s: CountingRunState) => T) => useStore(model.store, f);
  const form = use((s) => s.form);
  const errors = use((s) => s.errors);
  const phase = use((s) => s.phase);
  const progress = use((s) => s.progress);
  const message = use((s) => s.message);
  const running = phase === "running";
  return (
    <div className="exp-counting">
      <p className="desc">
        Lazar et al. 2009's counting task: words A B<sup>n</sup> C and D E<sup>n</sup> F drive a SORN (ne 200); a linear readout then predicts the letters. perf_last scores only
        C and F, which only a network that counts the n middle letters gets right. Each seed and condition runs as one job on the page's worker pool.
      </p>
      <form
        className="exp-form"
        onSubmit={(e) => {
          e.preventDefault();
          void model.run();
        }}
      >
        <label className="exp-field">
          n values{" "}
          <input aria-label="n values" className="narrow" value={form.n} disabled={running} aria-invalid={!!errors.n} aria-describedby="counting-n-error" onChange={(e) => model.edit({ n: e.target.value })} />
          <FieldError id="counting-n-error" errors={errors} field="n" />
        </label>
        <label className="exp-field">
          Seeds (0…K−1){" "}
          <input aria-label="Seeds" className="narrow" value={form.seeds} disabled={running} aria-invalid={!!errors.seeds} aria-describedby="counting-seeds-error" onChange={(e) => model.edit({ seeds: e.target.value })} />
          <FieldError id="counting-seeds-error" errors={errors} field="seeds" />
        </label>
        <fieldset disabled={running}>
          <legend>Conditions</legend>
          {CONDITIONS.map((c: CountingCondition) => (
            <label key={c} className="check">
              <input type="checkbox" checked={form.conditions.includes(c)} onChange={(e) => model.edit({ conditions: toggle(form.conditions, c, e.target.checked) })} /> {c}: {CONDITION_LABELS[c]}
            </label>
          ))}
          <FieldError id="counting-conditions-error" errors={errors} field="conditions" />
        </fieldset>
        <fieldset disabled={running}>
          <legend>Readouts</legend>
          {READOUTS.map((r) => (
            <label key={r} className="check">
              <input type="checkbox" checked={form.readouts.includes(r)} onChange={(e) => model.edit({ readouts: toggle(form.readouts, r, e.target.checked) })} /> {READOUT_LABELS[r]}
            </label>
          ))}
          <FieldError id="counting-readouts-error" errors={errors} field="readouts" />
        </fieldset>
        <fieldset disabled={running}>
          <legend>Size of each run</legend>
          {(Object.keys(COUNTING_SIZES) as CountingSize[]).map((k) => (
            <label key={k} className="check">
              <input type="radio" name="counting-size" checked={form.size === k} onChange={() => model.edit({ size: k })} /> {COUNTING_SIZES[k].label}
            </label>
          ))}
        </fieldset>
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
              <progress aria-labelledby="counting-progress-label" max={1} value={progress.fraction} />{" "}
              <span id="counting-progress-label" data-testid="counting-progress">
                {Math.floor(progress.fraction * 100)} % · {progress.done} of {progress.total} jobs done
              </span>
            </span>
          )}
        </div>
      </form>
      <p role="status" className={phase === "failed" ? "field-error" : "exp-status"} data-testid="counting-message">
        {message}
      </p>
      <CountingResults model={model} />
    </div>
  );
}
