/**
 * The cart-pole Compare section: seeds and episodes, Run / Cancel with progress, then the
 * held-out mean ± sd per variant (and the last-100 training means) and the paired difference
 * learner − frozen with its 95 % bootstrap interval; what the calibration found is said beside it.
 */
import { useStore } from "zustand";
import type { CartPoleCompareModel, CompareState } from "../../state/experiments/cartpole-compare";
import { parseLearnerForm } from "../../state/experiments/cartpole-learner-form";
import type { CartPoleLearnerModel } from "../../state/experiments/cartpole-learner";

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "–");
const signed = (x: number) => (x >= 0 ? `+${f1(x)}` : f1(x));

export function CartPoleCompareView({ compare, learner }: { compare: CartPoleCompareModel; learner: CartPoleLearnerModel }) {
  const use = <T,>(f: (s: CompareState) => T) => useStore(compare.store, f);
  const seeds = use((s) => s.seeds);
  const episodes = use((s) => s.episodes);
  const phase = use((s) => s.phase);
  const progress = use((s) => s.progress);
  const message = use((s) => s.message);
  const error = use((s) => s.error);
  const result = use((s) => s.result);
  const running = phase === "running";
  const start = () => {
    const p = parseLearnerForm(learner.store.getState().form);
    if (!p.ok) return;
    const { mode, env, encoding, bins, wScale } = p.spec;
    void compare.run({ mode, env, encoding, ...(bins ? { bins } : {}), ...(wScale ? { wScale } : {}) });
  };
  return (
    <section className="exp-compare" aria-labelledby="cp-compare-h">
      <h4 id="cp-compare-h">Compare plastic, frozen, raw and random on the same seeds</h4>
      <div className="exp-controls">
        <label className="exp-field">
          Seeds (0…K−1) <input className="narrow" aria-label="Compare seeds" value={seeds} disabled={running} onChange={(e) => compare.edit({ seeds: e.target.value })} />
        </label>
        <label className="exp-field">
          Episodes per run <input className="narrow" aria-label="Compare episodes" value={episodes} disabled={running} onChange={(e) => compare.edit({ episodes: e.target.value })} />
        </label>
        {running ? (
          <button type="button" onClick={() => compare.cancel()}>
            Cancel compare
          </button>
        ) : (
          <button type="button" onClick={start}>
            Compare
          </button>
        )}
        {progress && (
          <span className="exp-progress" data-testid="compare-progress">
            <progress max={1} value={progress.fraction} aria-label="Compare progress" /> {progress.done} / {progress.total} runs
          </span>
        )}
      </div>
      <p className="desc">The mode, environment and encoding are the learner's above; each run is one job on the page's worker pool.</p>
      {error && (
        <p role="alert" className="field-error">
          {error}
        </p>
      )}
      <p role="status" className="exp-status" data-testid="compare-message">
        {message ?? ""}
      </p>
      {result && (
        <>
          <table className="exp-table" data-testid="compare-table">
            <caption>
              {result.base.mode ?? "corrected"} mode, {result.base.env ?? "default env"}, {result.seeds} seeds × {result.base.episodes} episodes
            </caption>
            <thead>
              <tr>
                <th>variant</th>
                <th>held-out mean ± sd (final, 20 episodes)</th>
                <th>last-100 training mean ± sd</th>
                <th>held-out at the limit</th>
                <th>aborted (B3)</th>
              </tr>
            </thead>
            <tbody>
              {result.summaries.map((s) => (
                <tr key={s.label}>
                  <td>{s.label}</td>
                  <td>
                    {f1(s.heldOut.mean)} ± {f1(s.heldOut.sd)}
                  </td>
                  <td>
                    {f1(s.last100.mean)} ± {f1(s.last100.sd)}
                  </td>
                  <td>{Number.isFinite(s.atLimit) ? `${(100 * s.atLimit).toFixed(0)} %` : "–"}</td>
                  <td>{s.aborted}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p data-testid="compare-difference">
            <b>
              {result.difference.a} − {result.difference.b}
            </b>{" "}
            (held-out, paired by seed): {signed(result.difference.bootstrap.mean)}, 95 % bootstrap CI [{signed(result.difference.bootstrap.lo)}, {signed(result.difference.bootstrap.hi)}] over {result.difference.seeds.length} seeds. No pass or fail on its sign: the calibration found no advantage of 20 plasticity episodes, and this engine measured −33.1 [−59.9, −7.5] (10 seeds × 600 episodes of v0).
          </p>
        </>
      )}
    </section>
  );
}
