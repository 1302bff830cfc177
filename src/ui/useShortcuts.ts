/** The keyboard shortcuts: one listener on the window, dispatching to the declared commands. */
import { useEffect } from "react";
import { actionForKey, type ActionContext } from "./actions";

/** Install the shortcuts for the lifetime of the component. */
export function useShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat && e.key !== ".") return;
      const a = actionForKey(e);
      if (!a) return;
      if (e.key === " " && e.target instanceof HTMLButtonElement) {
        // Space on a focused button clicks it; don't also toggle play.
        return;
      }
      e.preventDefault();
      void a.perform(ctx);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [ctx]);
}
