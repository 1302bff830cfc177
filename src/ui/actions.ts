/**
 * Every command declared once (excalidraw's `actions/`): its label (the button's accessible
 * name), its keyboard shortcut and what it does. Buttons, the keyboard handler, the `?` help
 * and the tests all use these declarations.
 */
import type { Exporter } from "../export/exporter";
import type { LabController } from "../state/controller";
import type { CorrelationModel } from "../state/correlation";
import { stepCountOf } from "../state/store";

/** What a command works on. */
export interface ActionContext {
  lab: LabController;
  exporter: Exporter;
  correlation: CorrelationModel;
}

/** A keyboard shortcut: the `KeyboardEvent.key` it answers to and how the help shows it. */
export interface Shortcut {
  key: string;
  display: string;
  /** Pressed with Ctrl (or ⌘ on a Mac); see {@link actionForKey} for Shift and Ctrl+Y. */
  ctrl?: boolean;
}

/** One command. */
export interface Action {
  id: string;
  /** The button's text and accessible name. */
  label: string;
  /** What it does, for the help dialog and the button's tooltip. */
  description: string;
  shortcut?: Shortcut;
  perform(ctx: ActionContext): void | Promise<void>;
}

const action = (a: Action): Action => a;

/** The lab's commands. */
export const ACTIONS = {
  play: action({ id: "play", label: "Play", description: "Run the network continuously", shortcut: { key: " ", display: "Space" }, perform: (c) => c.lab.play() }),
  pause: action({ id: "pause", label: "Pause", description: "Stop after the current slice of steps", shortcut: { key: " ", display: "Space" }, perform: (c) => c.lab.pause() }),
  togglePlay: action({ id: "togglePlay", label: "Play / Pause", description: "Play or pause", shortcut: { key: " ", display: "Space" }, perform: (c) => c.lab.togglePlay() }),
  step: action({ id: "step", label: "Step", description: "Advance one step (pauses first)", shortcut: { key: ".", display: "." }, perform: (c) => c.lab.step(1) }),
  stepN: action({ id: "stepN", label: "Step N", description: "Advance N steps (N is set beside the button)", perform: (c) => c.lab.step(stepCountOf(c.lab.store.getState()) ?? 1) }),
  undo: action({ id: "undo", label: "Undo", description: "Undo the latest edit of a parameter, rule, phase, noise, seed, input or preset", shortcut: { key: "z", display: "Ctrl+Z", ctrl: true }, perform: async (c) => void (await c.lab.undo()) }),
  redo: action({ id: "redo", label: "Redo", description: "Redo the latest undone edit", shortcut: { key: "y", display: "Ctrl+Shift+Z / Ctrl+Y", ctrl: true }, perform: async (c) => void (await c.lab.redo()) }),
  stopWork: action({ id: "stopWork", label: "Stop stepping", description: "Stop the Step N at the step it reached (as Pause and Space do)", perform: (c) => c.lab.pause() }),
  reset: action({ id: "reset", label: "Reset", description: "Build a fresh network from the current settings and seed", shortcut: { key: "r", display: "R" }, perform: (c) => c.lab.reset() }),
  help: action({
    id: "help",
    label: "Keyboard shortcuts",
    description: "Show this list",
    shortcut: { key: "?", display: "?" },
    perform: (c) => c.lab.store.setState((s) => ({ helpOpen: !s.helpOpen })),
  }),
  correlate: action({ id: "correlate", label: "Compute", description: "Compute the correlation network from the latest spikes", perform: (c) => c.correlation.compute() }),
  cancelCorrelation: action({ id: "cancelCorrelation", label: "Cancel", description: "Stop computing the correlation network", perform: (c) => c.correlation.cancel() }),
  compose: action({
    id: "compose",
    label: "Compose figure…",
    description: "Pick panels and compose them into one figure at a print size (SVG, PNG, PDF)",
    perform: (c) => c.exporter.composer.open(),
  }),
  dashboardSvg: action({ id: "dashboardSvg", label: "Dashboard SVG", description: "All shown panels as one SVG figure", perform: (c) => c.exporter.dashboard("svg") }),
  dashboardPng: action({ id: "dashboardPng", label: "Dashboard PNG", description: "All shown panels as one PNG figure", perform: (c) => c.exporter.dashboard("png") }),
  recordsCsv: action({ id: "recordsCsv", label: "Records CSV", description: "Spikes, counts and mean threshold per step (latest 10,000 steps)", perform: (c) => c.exporter.records("csv") }),
  recordsJson: action({ id: "recordsJson", label: "Records JSON", description: "The same records as JSON, under the package's names", perform: (c) => c.exporter.records("json") }),
  stateJson: action({ id: "stateJson", label: "State JSON", description: "Configuration and network state (weights, thresholds, generators)", perform: (c) => c.exporter.state("json") }),
  stateNpz: action({ id: "stateNpz", label: "State NPZ", description: "The state as NumPy .npz (np.load gives the package's state dict)", perform: (c) => c.exporter.state("npz") }),
  saveJson: action({ id: "saveJson", label: "Save run (JSON)", description: "Config, state and recorded history to a file", perform: (c) => c.exporter.saveRun("json") }),
  saveNpz: action({ id: "saveNpz", label: "Save run (NPZ)", description: "The run as a NumPy .npz archive", perform: (c) => c.exporter.saveRun("npz") }),
} as const;

/** Commands with a shortcut, for the help dialog (Space listed once). */
export const SHORTCUT_ACTIONS: readonly Action[] = [ACTIONS.togglePlay, ACTIONS.step, ACTIONS.reset, ACTIONS.undo, ACTIONS.redo, ACTIONS.help];

/** Whether a key event comes from a place where typing must not trigger commands. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  if (tag === "TEXTAREA" || tag === "SELECT" || target.isContentEditable) return true;
  if (tag !== "INPUT") return false;
  const type = (target as HTMLInputElement).type;
  return !["checkbox", "radio", "range", "button", "submit", "file"].includes(type);
}

/** The command a key event asks for, if any. */
export function actionForKey(e: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target"> & { shiftKey?: boolean }): Action | null {
  if (e.altKey) return null;
  const typing = isTypingTarget(e.target);
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (e.ctrlKey || e.metaKey) {
    // Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z and Ctrl/⌘+Y redo; a text field keeps its own undo (a select has none).
    if (typing && (e.target as HTMLElement).tagName !== "SELECT") return null;
    return key === "z" ? (e.shiftKey ? ACTIONS.redo : ACTIONS.undo) : key === "y" && !e.shiftKey ? ACTIONS.redo : null;
  }
  if (typing) return null;
  if (key === " ") return ACTIONS.togglePlay;
  return SHORTCUT_ACTIONS.find((a) => a.shortcut && !a.shortcut.ctrl && a.shortcut.key === key) ?? null;
}
