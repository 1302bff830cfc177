/**
 * The counting runner (spec §3.3, §3.5): the settings form, Run on the page's worker pool with
 * its progress bar and Cancel, and the last finished run's results (`CountingResults`). What it
 * decides is in `CountingRunModel`; this renders its store.
 */
import { useStore } from "zustand";
import { CONDITIONS, READOUTS, type CountingReadout } from "../../experiments/counting/preset";
import { CONDITION_LABELS } from "../../state/experiments/counting-chart-data";
import type { CountingRunModel, CountingRunState } from "../../state/experiments/counting-run";
import { COUNTING_SIZES } from "../../state/experiments/counting-settings";
import { CountingResults } from "./CountingResults";
import { Checks, RunForm, SizeChoice, TextField } from "./run-parts";

const READOUT_LABELS: Record<CountingReadout, string> = { X: "X: the state after the letter → the next letter", R: "R: the state just before the letter → the letter" };

/** The form, the run's progress and the results. */
export function CountingView({ model }: { model: CountingRunModel }) {
  const use = <T,>(f: (s: CountingRunState) => T) => useStore(model.store, f);
  const form = use((s) => s.form);
  const errors = use((s) => s.errors);
  const running = use((s) => s.phase) === "running";
  return (
    <div className="exp-counting">
      <p className="desc">
        Lazar et al. 2009's counting task: words A B<sup>n</sup> C and D E<sup>n</sup> F drive a SORN (ne 200); a linear readout then predicts the letters. perf_last scores only
        C and F, which only a network that counts the n middle letters gets right. Each seed and condition runs as one job on the page's worker pool.
      </p>
      <RunForm model={model} prefix="counting">
        <TextField id="counting-n" label="n values" value={form.n} error={errors.n} disabled={running} onChange={(n) => model.edit({ n })} />
        <TextField id="counting-seeds" label="Seeds (0…K−1)" value={form.seeds} error={errors.seeds} disabled={running} onChange={(seeds) => model.edit({ seeds })} />
        <Checks legend="Conditions" items={CONDITIONS.map((c) => ({ id: c, label: `${c}: ${CONDITION_LABELS[c]}` }))} ticked={form.conditions} error={errors.conditions} errorId="counting-conditions-error" disabled={running} onChange={(conditions) => model.edit({ conditions })} />
        <Checks legend="Readouts" items={READOUTS.map((r) => ({ id: r, label: READOUT_LABELS[r] }))} ticked={form.readouts} error={errors.readouts} errorId="counting-readouts-error" disabled={running} onChange={(readouts) => model.edit({ readouts })} />
        <SizeChoice name="counting-size" sizes={COUNTING_SIZES} value={form.size} disabled={running} onChange={(size) => model.edit({ size })} />
      </RunForm>
      <CountingResults model={model} />
    </div>
  );
}
