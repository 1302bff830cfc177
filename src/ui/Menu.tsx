/** A small disclosure menu (a <details>) that closes after a choice. */
import { useRef, type ReactNode } from "react";

/** `label` opens a list of `children` (buttons); a button closes it unless `keepOpen`. */
export function Menu({ label, children, keepOpen = false }: { label: string; children: ReactNode; keepOpen?: boolean }) {
  const ref = useRef<HTMLDetailsElement>(null);
  return (
    <details className="menu" ref={ref} onClick={(e) => !keepOpen && (e.target as HTMLElement).tagName === "BUTTON" && ref.current?.removeAttribute("open")}>
      <summary>{label}</summary>
      <div className="menu-items">{children}</div>
    </details>
  );
}
