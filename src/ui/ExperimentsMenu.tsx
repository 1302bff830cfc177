/**
 * The "Experiments" menu (top bar) and the view it opens above the panels. The view's code (the
 * cart-pole player, the counting runner, their plots) is a chunk of its own, loaded on the first
 * open; the SORN run is not touched by opening it.
 */
import { lazy, Suspense } from "react";
import { useStore } from "zustand";
import { EXPERIMENT_TABS } from "../state/experiments/view";
import { useLabApi } from "./context";
import { Menu } from "./Menu";

const ExperimentsView = lazy(() => import("./experiments/ExperimentsView"));

/** The menu: one entry per experiment. */
export function ExperimentsMenu() {
  const { experiments } = useLabApi();
  return (
    <Menu label="Experiments">
      {EXPERIMENT_TABS.map((t) => (
        <button key={t.id} type="button" onClick={() => experiments.open(t.id)}>
          {t.label}
        </button>
      ))}
    </Menu>
  );
}

/** The open view (nothing while closed). */
export function ExperimentsSection() {
  const { experiments } = useLabApi();
  const open = useStore(experiments.store, (s) => s.open);
  if (!open) return null;
  return (
    <Suspense fallback={<p className="desc">Loading the experiments…</p>}>
      <ExperimentsView model={experiments} />
    </Suspense>
  );
}
