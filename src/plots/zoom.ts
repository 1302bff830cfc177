/**
 * Zoom and pan of a time axis. A {@link TimeView} says how many steps are shown and where the
 * view ends; both default to "the plot's own" (its window, the newest step). So a view that was
 * never panned follows the run as it goes; a view panned (or scrubbed) back stays where it was
 * until it is dragged back to the newest step or reset with a double-click. The wheel zooms
 * around the pointer (around the newest step while following), a drag pans.
 */
import type { TimeView } from "../state/store";
import type { Area } from "./canvas-plot";

export type { TimeView };

/** Steps of recent history the raster and population keep: how far back their time axis (and the time slider) goes. */
export const VIEW_HISTORY = 10_000;

/** Fewest steps a zoom shows. */
export const MIN_SPAN = 20;

/** The view that follows the newest steps at the default span. */
export const LIVE_VIEW: TimeView = { span: null, end: null };

/** What bounds a time axis: the newest step, the default span and how far back data is held. */
export interface TimeLimits {
  newest: number;
  defaultSpan: number;
  /** Fewest steps a zoom may show. */
  minSpan: number;
  /** Most steps shown (and how far back the view may go). */
  history: number;
}

/** The limits of the raster's and population's shared time axis: the raster's window by default. */
export function sharedLimits(newest: number, window: number): TimeLimits {
  return { newest, defaultSpan: window, minSpan: MIN_SPAN, history: VIEW_HISTORY };
}

/** Steps [first, last] shown. */
export interface TimeDomain {
  first: number;
  last: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** The span of `v` within the limits. */
export function viewSpan(v: TimeView, l: TimeLimits): number {
  return Math.round(clamp(v.span ?? l.defaultSpan, Math.min(l.minSpan, l.history), l.history));
}

/**
 * The range the view's last step may take: from the oldest held step (the window then shows the
 * steps before it empty, as at the start of a run) to the newest.
 */
export function endRange(l: TimeLimits): { min: number; max: number } {
  const oldest = Math.max(1, l.newest - l.history + 1);
  return { min: Math.min(l.newest, oldest), max: l.newest };
}

/** The steps the view shows now. */
export function timeDomain(v: TimeView, l: TimeLimits): TimeDomain {
  const span = viewSpan(v, l);
  const r = endRange(l);
  const last = v.end === null ? l.newest : Math.round(clamp(v.end, r.min, r.max));
  return { first: last - span + 1, last };
}

/** A view ending at `end` (following again when that is the newest step). */
function ending(span: number | null, end: number, l: TimeLimits): TimeView {
  return { span, end: end >= l.newest ? null : Math.round(end) };
}

/** Zoom by `factor` (> 1 shows more steps) keeping step `anchor` where it is (the newest step while following). */
export function zoomView(v: TimeView, l: TimeLimits, factor: number, anchor: number): TimeView {
  const d = timeDomain(v, l);
  const span = clamp(Math.round(viewSpan(v, l) * factor), Math.min(l.minSpan, l.history), l.history);
  if (v.end === null) return { span, end: null };
  const a = clamp(anchor, d.first, d.last);
  const frac = (a - d.first) / Math.max(1, d.last - d.first);
  return ending(span, a + (1 - frac) * (span - 1), l);
}

/** Pan by `steps` (positive = later). */
export function panView(v: TimeView, l: TimeLimits, steps: number): TimeView {
  return ending(v.span, clamp(timeDomain(v, l).last + steps, endRange(l).min, l.newest), l);
}

/** A click waits this long (ms) for a second one: a double-click resets the view and follows nothing. */
const DOUBLE_CLICK_MS = 250;

/** How a plot wires the gestures of {@link attachTimeZoom}. */
export interface ZoomHost {
  canvas: HTMLCanvasElement;
  /** The plot area (CSS px). */
  area(): Area;
  limits(): TimeLimits;
  get(): TimeView;
  set(v: TimeView): void;
  /** A click that was neither a drag nor half of a double-click, at canvas CSS px (x, y). */
  click?(x: number, y: number): void;
}

/** Wheel zoom, drag pan, double-click reset on `h.canvas`; returns the detach function. */
export function attachTimeZoom(h: ZoomHost): () => void {
  const c = h.canvas;
  const local = (e: MouseEvent) => {
    const r = c.getBoundingClientRect();
    return { x: e.clientX - r.left, y: e.clientY - r.top };
  };
  const stepAt = (x: number) => {
    const a = h.area();
    const d = timeDomain(h.get(), h.limits());
    return d.first - 0.5 + ((x - a.x) / a.width) * (d.last - d.first + 1);
  };
  let drag: { x: number; view: TimeView; moved: boolean; id: number } | null = null;
  let pendingClick: ReturnType<typeof setTimeout> | null = null;
  const cancelClick = () => {
    if (pendingClick) clearTimeout(pendingClick);
    pendingClick = null;
  };
  const wheel = (e: WheelEvent) => {
    e.preventDefault();
    const p = local(e);
    const dy = e.deltaMode === 1 ? e.deltaY * 16 : e.deltaY;
    h.set(zoomView(h.get(), h.limits(), Math.exp(clamp(dy, -600, 600) * 0.0015), stepAt(p.x)));
  };
  const down = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, view: h.get(), moved: false, id: e.pointerId };
  };
  const move = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) c.setPointerCapture?.(e.pointerId);
    drag.moved = true;
    const l = h.limits();
    const stepsPerPx = viewSpan(drag.view, l) / h.area().width;
    h.set(panView(drag.view, l, -dx * stepsPerPx));
  };
  const up = (e: PointerEvent) => {
    if (!drag || e.pointerId !== drag.id) return;
    const wasDrag = drag.moved;
    drag = null;
    if (wasDrag || !h.click) return;
    const p = local(e);
    const click = h.click;
    if (pendingClick) return cancelClick();
    pendingClick = setTimeout(() => {
      pendingClick = null;
      click(p.x, p.y);
    }, DOUBLE_CLICK_MS);
  };
  const reset = () => {
    cancelClick();
    h.set(LIVE_VIEW);
  };
  c.addEventListener("wheel", wheel, { passive: false });
  c.addEventListener("pointerdown", down);
  c.addEventListener("pointermove", move);
  c.addEventListener("pointerup", up);
  c.addEventListener("dblclick", reset);
  return () => {
    cancelClick();
    c.removeEventListener("wheel", wheel);
    c.removeEventListener("pointerdown", down);
    c.removeEventListener("pointermove", move);
    c.removeEventListener("pointerup", up);
    c.removeEventListener("dblclick", reset);
  };
}
