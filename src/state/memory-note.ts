/**
 * Says at once, at the field just edited, when the parameters describe a SORN the lab cannot
 * hold ("ne = 100,000 needs about 127 GiB …; the lab's limit is 1 GiB"): the value is kept (it
 * waits for a Reset like any structural edit), and the Reset refuses it with the same words.
 */
import type { SornParams } from "../models/sorn/params";
import { memoryRefusal } from "../worker/memory";
import { setFieldError, type LabStore } from "./store";

/** The one memory message shown at a field, moved or cleared as structural edits come in. */
export class MemoryNote {
  private shown: { field: string; text: string } | null = null;

  constructor(private readonly store: LabStore) {}

  /** After a structural edit (of `field`, else of several values at once): show, move or clear the note. */
  update(params: SornParams, field: string = "ne"): void {
    const prev = this.shown;
    // Only the note itself is cleared, never another message that replaced it since.
    if (prev && this.store.getState().fieldErrors[prev.field] === prev.text) setFieldError(this.store, prev.field, null);
    this.shown = null;
    const why = memoryRefusal(params);
    if (!why) return;
    const text = `${why}. Reset will refuse it.`;
    setFieldError(this.store, field, text);
    this.shown = { field, text };
  }
}
