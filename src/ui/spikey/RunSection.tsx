/**
 * The run half of the Spikey tab (issue 17 §2, §6): Run / Pause / Step (one step, tick or episode)
 * / Reset, learning on or off, stop after N patterns; the counters; the raster with its
 * inhibitory tint and reward strip; the rate table and the state → action heat map; the weight
 * sums over time. Renders {@link SpikeyRunModel}'s store; the canvases draw imperatively.
 */
import { useStore } from "zustand";
import { SpikeyRasterPlot } from "../../plots/spikey-raster";
import { SpikeyWeightsPlot } from "../../plots/spikey-weights";
import type { SpikeyRunModel } from "../../state/spikey/run";
import type { SpikeyUnit } from "../../worker/spikey-runner";
import { usePlot } from "../usePlot";
import { FieldError } from "../experiments/run-parts";
import { ActionHeatMap, RateTable } from "./RunTables";

function Counters({ model }: { model: SpikeyRunModel }) {
  const ticks = useStore(model.store, (s) => s.ticks);
  const steps = useStore(model.store, (s) => s.steps);
  const episode = useStore(model.store, (s) => s.episode);
  const reward = useStore(model.store, (s) => s.meanReward);
  return (
    <p className="exp-readout" data-testid="spikey-counters">
      Pattern <span data-testid="spikey-ticks">{ticks}</span> · step <span data-testid="spikey-steps">{steps}</span> · episode <span data-testid="spikey-episode">{episode}</span> · mean reward per pattern (last patterns){" "}
      <span data-testid="spikey-mean-reward">{Number.isFinite(reward) ? reward.toFixed(3) : "–"}</span>
    </p>
  );
}

function Plot({ make, testId, className }: { make: (host: HTMLDivElement) => { destroy(): void }; testId: string; className: string }) {
  const ref = usePlot(make);
  return <div ref={ref} className={className} data-testid={testId} />;
}

/** The run half: controls, counters, raster + reward strip, tables, weight sums. */
export function RunSection({ model }: { model: SpikeyRunModel }) {
  const info = useStore(model.store, (s) => s.info);
  const phase = useStore(model.store, (s) => s.phase);
  const unit = useStore(model.store, (s) => s.unit);
  const learning = useStore(model.store, (s) => s.learning);
  const stopAt = useStore(model.store, (s) => s.stopAt);
  const stopError = useStore(model.store, (s) => s.stopError);
  const message = useStore(model.store, (s) => s.message);
  const running = phase === "running";
  return (
    <section className="exp-results" aria-labelledby="spikey-run-h">
      <h4 id="spikey-run-h">2. Run it</h4>
      <div className="exp-controls" role="group" aria-label="Spikey run">
        <button type="button" className="primary" disabled={!info || running} onClick={() => void model.run()}>
          Run
        </button>
        <button type="button" disabled={!running} onClick={() => model.pause()}>
          Pause
        </button>
        <label className="exp-field">
          Step by{" "}
          <select aria-label="Step by" value={unit} onChange={(e) => model.setUnit(e.target.value as SpikeyUnit)}>
            <option value="step">one network step (1 ms)</option>
            <option value="tick">one pattern (tick)</option>
            <option value="episode">one episode</option>
          </select>
        </label>
        <button type="button" disabled={!info || running} onClick={() => void model.stepOnce()}>
          Step
        </button>
        <button type="button" disabled={!info} onClick={() => void model.reset()}>
          Reset
        </button>
        <label className="check">
          <input type="checkbox" checked={learning} onChange={(e) => void model.setLearning(e.target.checked)} /> Learning
        </label>
        <label className="exp-field">
          Stop after{" "}
          <input aria-label="Stop after patterns" className="narrow" value={stopAt} disabled={running} aria-invalid={!!stopError} onChange={(e) => model.setStopAt(e.target.value)} /> patterns
          <FieldError id="spikey-stop-error" error={stopError ?? undefined} />
        </label>
      </div>
      <p role="status" className="exp-status" data-testid="spikey-run-message">
        {message}
      </p>
      <Counters model={model} />
      <Plot make={(host) => new SpikeyRasterPlot(host, model)} testId="spikey-raster" className="spikey-raster" />
      <div className="spikey-tables">
        <RateTable model={model} />
        <ActionHeatMap model={model} />
      </div>
      <Plot make={(host) => new SpikeyWeightsPlot(host, model)} testId="spikey-weights" className="spikey-weights" />
    </section>
  );
}
