/**
 * The Presets menu (parameter sets from the SORN papers, each saying where its values come
 * from) and the Undo / Redo buttons, whose names say which edit they undo or redo.
 */
import { PRESETS } from "../models/sorn/presets";
import { ACTIONS, type Action } from "./actions";
import { useHidden, useLab, useLabApi } from "./context";
import { Menu } from "./Menu";

/** One preset per item: its title (applies it, as one undo step) and its source line. */
export function PresetsMenu() {
  const { lab } = useLabApi();
  if (useHidden("params")) return null;
  return (
    <Menu label="Presets">
      {PRESETS.map((p) => (
        <div key={p.id} className="preset" style={{ width: "min(26em, 80vw)" }}>
          <button type="button" title={p.description} aria-describedby={`preset-${p.id}-source`} onClick={() => void lab.applyPreset(p.id)}>
            {p.title}
          </button>
          <p id={`preset-${p.id}-source`} className="desc">
            {p.source}
          </p>
        </div>
      ))}
    </Menu>
  );
}

/** Off screen but read out: the step's name completes the button's accessible name. */
const OFF_SCREEN = { position: "absolute", width: 1, height: 1, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap" } as const;

/**
 * A button for undo or redo, named after the step it will undo or redo ("Undo eta_stdp 0.006 →
 * 0.004"). The name is the button's text, partly off screen, not an aria-label: a label would
 * make the button answer to the parameter's name as if it were the parameter's field.
 */
function HistoryButton({ action, step }: { action: Action; step: string | undefined }) {
  const { actions } = useLabApi();
  const rest = step ? ` ${step}` : ` (nothing to ${action.label.toLowerCase()})`;
  return (
    <button
      type="button"
      disabled={!step}
      title={`${action.label}${rest} (${action.shortcut?.display})`}
      aria-keyshortcuts={action.id === "undo" ? "Control+Z Meta+Z" : "Control+Shift+Z Control+Y Meta+Shift+Z"}
      onClick={() => void action.perform(actions)}
    >
      {action.label}
      <span style={OFF_SCREEN}>{rest}</span>
    </button>
  );
}

/** Undo and Redo. */
export function UndoButtons() {
  const undo = useLab((s) => s.undo.past.at(-1)?.name);
  const redo = useLab((s) => s.undo.future.at(-1)?.name);
  return (
    <>
      <HistoryButton action={ACTIONS.undo} step={undo} />
      <HistoryButton action={ACTIONS.redo} step={redo} />
    </>
  );
}
