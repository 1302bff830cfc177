/**
 * The correlation network's key, right of its plot: what the node colours mean (a viridis bar
 * from the lowest to the highest firing rate, the communities' colours with their sizes, or E
 * and I), the dark ring of inhibitory nodes, the edge-strength bins at their opacity and width,
 * and how many neurons have no drawn edge.
 */
import { format } from "d3";
import { TICK_SIZE } from "./axes";
import { COMMUNITY_COLORS, OTHER_COLOR, rateColor, type ColorKey } from "./network-color";
import type { EdgeBin } from "./network-layout";
import { COLORS } from "./palette";
import { el, text } from "./svg";

/** Row height (px) of the key. */
const ROW = 16;

/** What {@link networkLegend} draws. */
export interface NetworkKey {
  color: ColorKey;
  /** Inhibitory nodes are ringed. */
  ring: boolean;
  bins: EdgeBin[];
  /** Neurons with no drawn edge (placed in the bottom rows). */
  isolated: number;
}

const f3 = format(".3~g");
const label = (x: number, y: number, s: string, bold = false): string =>
  text(x, y, s, { "font-size": TICK_SIZE, ...(bold ? { "font-weight": "bold" } : {}) });
const dot = (x: number, y: number, fill: string, ring = false): string =>
  el("circle", { cx: x, cy: y, r: 4, fill, ...(ring ? { stroke: "#000000", "stroke-width": 1.2 } : { stroke: "#ffffff", "stroke-width": 0.5 }) });

/** Width of one column of the key (px). */
export const KEY_COLUMN = 180;

/**
 * The key with its top-left corner at (x0, start) (about 170 px wide per column): its SVG and
 * height. In two columns (for narrow figures, under the plot) the edge bins and the count of
 * neurons without an edge go in the second column, {@link KEY_COLUMN} px right of the first.
 */
export function networkLegend(start: number, y0: number, key: NetworkKey, columns: 1 | 2 = 1): { svg: string; height: number } {
  const rows: string[] = [];
  let x0 = start;
  let y = y0 + 12;
  let first = y;
  /** One row of text, `indent` px in (past its key). */
  const line = (s: string, bold = false, indent = 0): void => {
    rows.push(label(x0 + indent, y, s, bold));
    y += ROW;
  };
  const c = key.color;
  if (c.kind === "rate") {
    line("firing rate (spikes/step)", true);
    const w = 120;
    const steps = 32;
    const stripes = Array.from({ length: steps }, (_, i) =>
      el("rect", { x: x0 + (i * w) / steps, y: y - 8, width: w / steps + 0.2, height: 10, fill: rateColor(c.lo + ((i + 0.5) / steps) * (c.hi - c.lo), c.lo, c.hi) }),
    );
    rows.push(el("g", { class: "colorbar", "shape-rendering": "crispEdges" }, stripes.join("")));
    rows.push(el("rect", { x: x0, y: y - 8, width: w, height: 10, fill: "none", stroke: "#000000", "stroke-width": 0.5 }));
    y += ROW;
    const lo = `${c.clampedLo ? "≤ " : ""}${f3(c.lo)}`;
    const hi = `${c.clampedHi ? "≥ " : ""}${f3(c.hi)}`;
    rows.push(text(x0, y - 6, lo, { "font-size": TICK_SIZE }));
    rows.push(text(x0 + w, y - 6, hi, { "font-size": TICK_SIZE, "text-anchor": "end" }));
    y += 10;
  } else if (c.kind === "community") {
    line(`communities (${c.total})`, true);
    c.sizes.forEach((s, i) => {
      rows.push(dot(x0 + 5, y - 4, COMMUNITY_COLORS[i]));
      line(`${i + 1}: ${s} neuron${s === 1 ? "" : "s"}`, false, 16);
    });
    if (c.other > 0) {
      rows.push(dot(x0 + 5, y - 4, OTHER_COLOR));
      line(`others: ${c.other}`, false, 16);
    }
  } else {
    line("neurons", true);
    if (c.excitatory) {
      rows.push(dot(x0 + 5, y - 4, COLORS.excitatory));
      line("excitatory", false, 16);
    }
    if (c.inhibitory) {
      rows.push(dot(x0 + 5, y - 4, COLORS.inhibitory));
      line("inhibitory", false, 16);
    }
  }
  if (key.ring) {
    rows.push(dot(x0 + 5, y - 4, "#ffffff", true));
    line("inhibitory (ringed)", false, 16);
  }
  if (columns === 2) {
    first = y;
    x0 = start + KEY_COLUMN;
    y = y0 + 12;
  }
  if (key.bins.length > 0) {
    if (columns === 1) y += 4;
    line("correlation r", true);
    for (const b of [...key.bins].reverse()) {
      rows.push(el("line", { x1: x0, x2: x0 + 22, y1: y - 4, y2: y - 4, stroke: COLORS.grey, "stroke-opacity": b.opacity, "stroke-width": b.width * 2 }));
      line(`${f3(b.lo)}–${f3(b.hi)}`, false, 30);
    }
  }
  if (key.isolated > 0) {
    y += 4;
    line(`no edge drawn: ${key.isolated}`, true);
    line("(the bottom rows)");
  }
  return { svg: el("g", { class: "legend" }, rows.join("")), height: Math.max(first, y) - y0 - 4 };
}
