/**
 * A small disclosure menu (a <details>) that closes after a choice, on Escape (focus goes back to
 * its button) and on a click or focus outside it, as a menu does.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";

/** `label` opens a list of `children` (buttons); a button closes it unless `keepOpen`. */
export function Menu({ label, children, keepOpen = false }: { label: string; children: ReactNode; keepOpen?: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const d = ref.current;
    if (!open || !d) return;
    const close = () => d.removeAttribute("open");
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      close();
      summary.current?.focus();
    };
    const outside = (e: Event) => e.target instanceof Node && !d.contains(e.target) && close();
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", outside);
    document.addEventListener("focusin", outside);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", outside);
      document.removeEventListener("focusin", outside);
    };
  }, [open]);
  return (
    <details
      className="menu"
      ref={ref}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onClick={(e) => !keepOpen && (e.target as HTMLElement).tagName === "BUTTON" && ref.current?.removeAttribute("open")}
    >
      <summary ref={summary}>{label}</summary>
      <div className="menu-items">{children}</div>
    </details>
  );
}
