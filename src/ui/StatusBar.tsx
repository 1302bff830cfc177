/**
 * Guard-rails and messages: activity died out, saturates or went non-finite; settings waiting
 * for a reset; errors and notices; whether the run is kept in this browser.
 */
import { SILENT_STEPS_WARNING } from "../worker/protocol";
import { dismissNotice, pendingStructural } from "../state/store";
import { ACTIONS } from "./actions";
import { ActionButton } from "./ActionButton";
import { useLab, useLabApi } from "./context";

/** Mean E activity above this counts as saturation. */
export const SATURATION = 0.5;

/** Warnings about the activity, from the latest frame's status. */
function Guardrails() {
  const status = useLab((s) => s.status);
  const runError = useLab((s) => s.runError);
  const items: string[] = [];
  if (runError) items.push(runError);
  if (status) {
    if (status.silentSteps >= SILENT_STEPS_WARNING) items.push(`Activity died out: no excitatory neuron has fired for ${status.silentSteps >= 1000 ? "1,000+" : "100+"} steps. Try input, lower thresholds (te_max) or a Reset.`);
    if (status.recentActivity > SATURATION) items.push(`Activity saturates: on average ${Math.round(status.recentActivity * 100)}% of excitatory neurons fire every step.`);
    if (status.nonFinite) items.push("A threshold is not a finite number (NaN or infinity); the run is no longer meaningful. Reset it.");
    for (const w of status.warnings) items.push(`${w}.`);
  }
  if (items.length === 0) return null;
  return (
    <div className="guardrails" role="alert">
      {items.map((t) => (
        <p key={t} className="warning">
          ⚠ {t}
        </p>
      ))}
    </div>
  );
}

/** "Changed: ne, seed — press Reset to apply." */
function PendingReset() {
  const pending = useLab((s) => pendingStructural(s).join(", "));
  if (!pending) return null;
  return (
    <p className="pending" role="status">
      Needs reset: {pending} {pending.includes(",") ? "change" : "changes"} the network's structure. <ActionButton action={ACTIONS.reset} />
    </p>
  );
}

/** Errors and notices, each dismissable. */
function Notices() {
  const { store } = useLabApi();
  const notices = useLab((s) => s.notices);
  if (notices.length === 0) return null;
  return (
    <ul className="notices" aria-live="polite">
      {notices.map((n) => (
        <li key={n.id} className={n.kind} role={n.kind === "error" ? "alert" : undefined}>
          <span>{n.text}</span>
          <button type="button" className="icon" aria-label="Dismiss" onClick={() => dismissNotice(store, n.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The strip under the top bar. */
export function StatusBar() {
  return (
    <div className="status-bar">
      <Guardrails />
      <PendingReset />
      <Notices />
    </div>
  );
}

/** "Kept in this browser at step N" (shown in the footer). */
export function SavedIndicator() {
  const saved = useLab((s) => s.savedStep);
  return (
    <span className="saved" role="status" data-testid="saved-step">
      {saved === null ? "Not yet kept in this browser" : `Kept in this browser at step ${saved.toLocaleString("en-US")}`}
    </span>
  );
}
