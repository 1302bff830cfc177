/**
 * "Show the test stretch" (spec §3.5) under a finished counting run: pick a cell (n, condition,
 * seed) and the readout, run its trace job on the page's pool (progress, Cancel), then the canvas
 * of letter tiles, predictions and the E raster (`CountingTracePlot`, drawn outside React) with
 * its hover line and the readout's tally. What it decides is in `CountingTraceModel`.
 */
import { useEffect, useRef } from "react";
import { useStore } from "zustand";
import type { CountingCondition, CountingReadout } from "../../experiments/counting/preset";
import { CountingTracePlot } from "../../plots/counting-trace";
import { traceChoices, traceSummary, type CountingTraceModel } from "../../state/experiments/counting-trace";

function Pick<T extends string | number>({ label, value, options, disabled, onChange }: { label: string; value: T; options: readonly T[]; disabled?: boolean; onChange: (v: T) => void }) {
  return (
    <label>
      {label}{" "}
      <select aria-label={label} value={String(value)} disabled={disabled} onChange={(e) => onChange(options.find((o) => String(o) === e.target.value)!)}>
        {options.map((o) => (
          <option key={String(o)} value={String(o)}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The picks, Show / Cancel with the progress, the canvas and its lines; nothing before a finished run. */
export function CountingTraceView({ model }: { model: CountingTraceModel }) {
  const sweep = useStore(model.store, (s) => s.sweep);
  const pick = useStore(model.store, (s) => s.pick);
  const phase = useStore(model.store, (s) => s.phase);
  const progress = useStore(model.store, (s) => s.progress);
  const message = useStore(model.store, (s) => s.message);
  const shown = useStore(model.store, (s) => s.shown);
  if (!sweep || !pick) return null;
  const choices = traceChoices(sweep);
  const running = phase === "running";
  return (
    <section className="exp-trace" aria-labelledby="counting-trace-h">
      <h4 id="counting-trace-h">A look at the test stretch</h4>
      <p className="desc">
        One cell of this run again, at its size: the first test steps' letters as tiles, the readout's predicted letter under each (green: right; red and underlined: wrong; grey: none) and the E raster with the
        input pools of the six letters marked at the left. Readout X's prediction for a letter is made one step earlier; R's from the state just before it.
      </p>
      <div className="exp-controls">
        <Pick label="Trace n" value={pick.n} options={choices.n} disabled={running} onChange={(n) => model.choose({ n })} />
        <Pick<CountingCondition> label="Trace condition" value={pick.condition} options={choices.conditions} disabled={running} onChange={(condition) => model.choose({ condition })} />
        <Pick label="Trace seed" value={pick.seed} options={choices.seeds} disabled={running} onChange={(seed) => model.choose({ seed })} />
        {choices.readouts.length > 1 && <Pick<CountingReadout> label="Trace readout" value={pick.readout} options={choices.readouts} onChange={(readout) => model.choose({ readout })} />}
        <button type="button" className="primary" disabled={running} onClick={() => void model.show()}>
          Show the test stretch
        </button>
        {running && (
          <button type="button" onClick={() => model.cancel()}>
            Cancel trace
          </button>
        )}
        {progress !== null && (
          <span className="exp-progress">
            <progress aria-labelledby="counting-trace-progress" max={1} value={progress} />{" "}
            <span id="counting-trace-progress" data-testid="counting-trace-progress">
              {Math.floor(progress * 100)} %
            </span>
          </span>
        )}
      </div>
      <p role="status" className={phase === "failed" ? "field-error" : "exp-status"} data-testid="counting-trace-message">
        {message}
      </p>
      {shown && <p className="desc" data-testid="counting-trace-summary">{traceSummary(shown, pick.readout)}</p>}
      <TraceCanvas model={model} />
    </section>
  );
}

/** The canvas (sideways scroll) and its hover line, both written by the plot, not by React. */
function TraceCanvas({ model }: { model: CountingTraceModel }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const hover = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    const plot = new CountingTracePlot({ canvas: canvas.current!, hover: hover.current! }, model);
    return () => plot.destroy();
  }, [model]);
  return (
    <>
      <div className="exp-trace-scroll">
        <canvas ref={canvas} hidden tabIndex={0} data-testid="counting-trace-canvas" role="img" aria-label="The test stretch: letter tiles, the readout's predicted letters under them, and the E raster with the input pools marked" />
      </div>
      <p className="desc" ref={hover} data-testid="counting-trace-hover" aria-live="polite" />
    </>
  );
}
