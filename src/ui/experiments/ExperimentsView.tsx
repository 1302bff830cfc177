/**
 * The Experiments view (loaded on its first open): a section above the lab's panels with one tab
 * per experiment (cart-pole, the counting task, lognormal weights, order vs chaos,
 * random-sequence memory, the spiking RNN, loaded on its first open) and Close. The SORN run behind it goes on untouched. Keys pressed inside the view are the view's (Space presses the focused button here
 * instead of playing the SORN run), as in the composer dialog.
 */
import { lazy, Suspense } from "react";
import { useStore } from "zustand";
import { EXPERIMENT_TABS, type ExperimentsModel } from "../../state/experiments/view";
import { CartPoleView } from "./CartPoleView";
import { CountingView } from "./CountingView";
import { LognormalView } from "./LognormalView";
import { PerturbationView } from "./PerturbationView";
import { RandomSequenceView } from "./RandomSequenceView";
import { experimentsRuntime } from "./runtime";
import "./experiments.css";

const SpikingRnnView = lazy(() => import("../spiking-rnn/SpikingRnnView"));
const SpikeyView = lazy(() => import("../spikey/SpikeyView"));
const SweepsView = lazy(() => import("../sweeps/SweepsView"));

/** The open view. */
export default function ExperimentsView({ model }: { model: ExperimentsModel }) {
  const tab = useStore(model.store, (s) => s.tab);
  const rt = experimentsRuntime(model);
  return (
    <section className="panel experiments" aria-labelledby="experiments-h" onKeyDown={(e) => e.stopPropagation()} onKeyUp={(e) => e.stopPropagation()}>
      <header className="panel-head">
        <h3 id="experiments-h">Experiments</h3>
        <div className="exp-tabs" role="tablist" aria-label="Experiment">
          {EXPERIMENT_TABS.map((t) => (
            <button key={t.id} type="button" role="tab" id={`exp-tab-${t.id}`} aria-selected={tab === t.id} aria-controls="exp-tabpanel" onClick={() => model.open(t.id)}>
              {t.label}
            </button>
          ))}
        </div>
        <div className="panel-buttons">
          <button type="button" onClick={() => model.close()}>
            Close experiments
          </button>
        </div>
      </header>
      <div id="exp-tabpanel" role="tabpanel" aria-labelledby={`exp-tab-${tab}`} aria-label={EXPERIMENT_TABS.find((t) => t.id === tab)?.label}>
        {tab === "cartpole" && <CartPoleView player={rt.player} />}
        {tab === "counting" && <CountingView model={rt.counting} />}
        {tab === "lognormal" && <LognormalView model={rt.lognormal} />}
        {tab === "perturbation" && <PerturbationView model={rt.perturbation} />}
        {tab === "random-sequence" && <RandomSequenceView model={rt.randomSequence} />}
        {tab === "spiking-rnn" && (
          <Suspense fallback={<p className="desc">Loading the spiking RNN tab…</p>}>
            <SpikingRnnView view={model} />
          </Suspense>
        )}
        {tab === "spikey" && (
          <Suspense fallback={<p className="desc">Loading the Spikey networks tab…</p>}>
            <SpikeyView view={model} />
          </Suspense>
        )}
        {tab === "sweeps" && (
          <Suspense fallback={<p className="desc">Loading the Sweeps tab…</p>}>
            <SweepsView view={model} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
