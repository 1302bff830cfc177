/**
 * The hover tooltip of a canvas plot: one absolutely placed element (`role="tooltip"`, the
 * canvas's `aria-describedby`) beside the pointer inside the plot's host, written imperatively
 * (no React render per pointer move) and kept inside the host.
 */

let nextId = 0;

/** A tooltip inside `host` describing `target`. */
export class Tooltip {
  readonly element: HTMLDivElement;

  constructor(
    private readonly host: HTMLElement,
    target: HTMLElement,
  ) {
    this.element = document.createElement("div");
    this.element.className = "plot-tooltip";
    this.element.setAttribute("role", "tooltip");
    this.element.id = `plot-tooltip-${++nextId}`;
    this.element.hidden = true;
    host.appendChild(this.element);
    target.setAttribute("aria-describedby", this.element.id);
  }

  /** Show `text` near (x, y), CSS px from the host's top-left corner. */
  show(text: string, x: number, y: number): void {
    const el = this.element;
    if (el.textContent !== text) el.textContent = text;
    el.hidden = false;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const W = this.host.clientWidth;
    const H = this.host.clientHeight;
    const left = x + 14 + w <= W ? x + 14 : Math.max(0, x - 14 - w);
    const top = y + 14 + h <= H ? y + 14 : Math.max(0, y - 14 - h);
    el.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }

  hide(): void {
    this.element.hidden = true;
  }

  destroy(): void {
    this.element.remove();
  }
}
