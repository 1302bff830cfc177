/**
 * Outlining the control or panel a lesson step is about, found by its accessible name as a
 * student sees it: a field's or switch's label, a panel's heading, a button's or menu's text, or
 * an aria-label. A closed group (`<details>`) around it is opened.
 */

/** The elements named `name` (the labelled control's row, the panel, the button). */
export function findNamed(name: string, root: ParentNode = document): HTMLElement[] {
  const out = new Set<HTMLElement>();
  const same = (el: Element) => el.textContent?.trim() === name;
  for (const label of root.querySelectorAll("label")) {
    if (!same(label)) continue;
    const target = label.htmlFor ? document.getElementById(label.htmlFor) : null;
    out.add((target?.parentElement ?? label) as HTMLElement);
  }
  for (const h of root.querySelectorAll("h2, h3, h4")) {
    const section = h.id ? (root.querySelector(`[aria-labelledby="${h.id}"]`) as HTMLElement | null) : null;
    if (same(h) && section) out.add(section);
  }
  for (const el of root.querySelectorAll("button, summary")) if (same(el)) out.add(el as HTMLElement);
  for (const el of root.querySelectorAll("[aria-label]")) if (el.getAttribute("aria-label") === name) out.add(el as HTMLElement);
  return [...out].filter((el) => !el.closest(".lesson-guide"));
}

/** Outline the elements named `name` (opening closed groups around them); returns the undo. */
export function highlight(name: string): () => void {
  const els = findNamed(name);
  for (const el of els) {
    el.classList.add("lesson-highlight");
    for (let d = el.closest("details"); d; d = d.parentElement?.closest("details") ?? null) if (!d.classList.contains("menu")) d.open = true;
  }
  return () => els.forEach((el) => el.classList.remove("lesson-highlight"));
}
