/**
 * The lab's zustand store, made by a factory (xyflow) from three slices (zustand's slices
 * pattern): the configuration, the run's control state, and the view. Components read it through
 * selectors; the plots never do (they take frames from the FrameBus).
 */
import { createStore, type StoreApi } from "zustand/vanilla";
import { PARAM_SPECS, type SornParams } from "../models/sorn/params";
import type { ActivityStatus } from "../worker/protocol";
import type { PanelId } from "../panels";
import { defaultConfig, type InputMatrixData, type LabConfig } from "./schema";
import { emptyUndo, type UndoStacks } from "./undo";

/** The configuration slice: what the user asked for, and what the running network was built with. */
export interface ConfigSlice {
  /** The desired configuration (the URL shows this one). */
  config: LabConfig;
  /** The configuration the current network was built with (structural settings differ ⇒ "needs reset"). */
  built: LabConfig | null;
  /** The matrix of a file input. */
  inputFile: InputMatrixData | null;
  /** Refused field values: field name → message. */
  fieldErrors: Record<string, string>;
  /** Undo and redo of configuration edits (see `undo.ts`). */
  undo: UndoStacks;
}

/** A message shown to the user. */
export interface Notice {
  id: number;
  kind: "error" | "warning" | "info";
  text: string;
}

/**
 * Long work the worker is doing, shown with its progress: a Step N (`total` steps from step
 * `from`; done = t − from), or building a network at a Reset.
 */
export type Work = { kind: "step"; from: number; total: number } | { kind: "build"; ne: number };

/** The run slice: what the worker reports. */
export interface RunSlice {
  ready: boolean;
  playing: boolean;
  /** Steps so far (updated on every frame). */
  t: number;
  stepsPerSecond: number;
  status: ActivityStatus | null;
  /** Why the worker stopped the run on its own, if it did. */
  runError: string | null;
  notices: Notice[];
  /** The step of the last copy kept in this browser. */
  savedStep: number | null;
  /** Work in progress, shown as busy buttons ("correlation", "export", …). */
  busy: Record<string, boolean>;
  /** The long work the worker is doing (a Step N, a build), or null. */
  work: Work | null;
  /** Compare mode: run B's change and split step, or null when not comparing. */
  compare: CompareInfo | null;
}

/** Compare mode as React shows it (`compare.ts` holds its data). */
export interface CompareInfo {
  change: string;
  /** The step at which B split from A. */
  since: number;
}

/** The page's colour theme: light, dark, or following the system's `prefers-color-scheme`. */
export type ThemeChoice = "light" | "dark" | "system";

/**
 * What the raster and population plots show on their shared time axis: `span` steps ending at
 * step `end` (null: the raster's window; null end: the newest step, so the view follows the run).
 * Wheel, drag and the time slider set it; a double-click and Play reset `end`.
 */
export interface TimeView {
  span: number | null;
  end: number | null;
}

/** The view slice. */
export interface ViewSlice {
  enlarged: PanelId | null;
  helpOpen: boolean;
  /** The N of "Step N", as typed. */
  stepN: string;
  theme: ThemeChoice;
  /** The neuron followed from the raster (index over all spike groups: E 0..ne−1, then I), or null. */
  followed: number | null;
  timeView: TimeView;
}

/** The whole store. */
export type LabState = ConfigSlice & RunSlice & ViewSlice;
export type LabStore = StoreApi<LabState>;

/** A new store with the given starting configuration. */
export function createLabStore(config: LabConfig = defaultConfig()): LabStore {
  return createStore<LabState>()(() => ({
    config,
    built: null,
    inputFile: null,
    fieldErrors: {},
    undo: emptyUndo(),
    ready: false,
    playing: false,
    t: 0,
    stepsPerSecond: 0,
    status: null,
    runError: null,
    notices: [],
    savedStep: null,
    busy: {},
    work: null,
    compare: null,
    enlarged: null,
    helpOpen: false,
    stepN: "100",
    theme: "system",
    followed: null,
    timeView: { span: null, end: null },
  }));
}

/**
 * Whether the guard-rails would read differently with `next` than with `prev` (silence ≥ 100
 * steps, saturation > 0.5, a non-finite value, the model's warnings), so the store changes
 * only when the status bar would.
 */
export function statusShowsOtherwise(prev: ActivityStatus | null, next: ActivityStatus): boolean {
  return (
    !prev ||
    prev.silentSteps >= 100 !== next.silentSteps >= 100 ||
    prev.recentActivity > 0.5 !== next.recentActivity > 0.5 ||
    prev.nonFinite !== next.nonFinite ||
    prev.warnings.join("\n") !== next.warnings.join("\n")
  );
}

let noticeId = 0;

/** Add a notice (at most 5 are kept). */
export function addNotice(store: LabStore, kind: Notice["kind"], text: string): void {
  store.setState((s) => ({ notices: [...s.notices, { id: ++noticeId, kind, text }].slice(-5) }));
}

/** Remove one notice. */
export function dismissNotice(store: LabStore, id: number): void {
  store.setState((s) => ({ notices: s.notices.filter((n) => n.id !== id) }));
}

/** Set or clear one field's error message. */
export function setFieldError(store: LabStore, field: string, message: string | null): void {
  store.setState((s) => {
    const next = { ...s.fieldErrors };
    if (message === null) delete next[field];
    else next[field] = message;
    return { fieldErrors: next };
  });
}

/** The N of "Step N" when it is valid (1 … 1,000,000), else null. */
export function stepCountOf(s: Pick<LabState, "stepN">): number | null {
  const n = Number(s.stepN);
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : null;
}

/** Settings that differ between the desired config and the running network and need a reset. */
export function pendingStructural(s: Pick<LabState, "config" | "built">): string[] {
  if (!s.built) return [];
  const out: string[] = [];
  if (s.config.seed !== s.built.seed) out.push("seed");
  for (const spec of PARAM_SPECS) {
    if (spec.structural && s.config.params[spec.name] !== s.built.params[spec.name]) out.push(spec.name);
  }
  return out;
}

/** Whether parameter `name` is waiting for a reset. */
export function needsReset(s: Pick<LabState, "config" | "built">, name: keyof SornParams | "seed"): boolean {
  return pendingStructural(s).includes(name);
}
