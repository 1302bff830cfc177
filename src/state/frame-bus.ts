/**
 * Frames from the worker, fanned out to the plots (zustand's "transient updates": data that
 * changes every frame never goes through React). Subscribers draw imperatively.
 */
import type { Frame } from "../worker/protocol";

/** A listener of frames. */
export type FrameListener = (frame: Frame) => void;

/** Publish/subscribe of frames; remembers the latest so a new plot can start from it. */
export class FrameBus {
  private readonly listeners = new Set<FrameListener>();
  /** The most recent frame, or null before the first. */
  latest: Frame | null = null;

  /** Listen to every following frame; returns the unsubscribe function. */
  subscribe(fn: FrameListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Deliver a frame to every listener (a throwing listener does not stop the others). */
  publish(frame: Frame): void {
    this.latest = frame;
    for (const fn of this.listeners) {
      try {
        fn(frame);
      } catch (e) {
        console.error("a plot failed to take a frame", e);
      }
    }
  }
}
