/** The keyboard shortcuts: one listener on the window, dispatching to the declared commands. */
import { useEffect } from "react";
import { actionForKey, type ActionContext } from "./actions";

/**
 * Install the shortcuts for the lifetime of the component. Space is Play / Pause everywhere
 * but where it types (text fields, selects, text areas): on a focused button, checkbox or menu
 * it plays or pauses instead of pressing the control.
 */
export function useShortcuts(ctx: ActionContext): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.repeat && e.key !== ".") {
        // A held Space must not press the focused control either.
        if (e.key === " " && actionForKey(e)) e.preventDefault();
        return;
      }
      const a = actionForKey(e);
      if (!a) return;
      e.preventDefault();
      void a.perform(ctx);
    };
    // A button or summary is pressed by Space on key-up: cancel that too.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === " " && actionForKey(e)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    window.addEventListener("keyup", onKeyUp);
    return () => {
      window.removeEventListener("keydown", onKey);
      window.removeEventListener("keyup", onKeyUp);
    };
  }, [ctx]);
}
