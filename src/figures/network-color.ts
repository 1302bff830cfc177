/**
 * Node colours of the correlation network, shared by the live panel and the exported figure:
 * by firing rate (viridis, sequential and colour-blind-safe), by community (deterministic
 * weighted label propagation on the drawn edges, Okabe–Ito colours) or by type (E blue, I red).
 */
import { interpolateViridis } from "d3";
import { COLORS } from "./palette";

/** How nodes are coloured. */
export type NodeColoring = "rate" | "community" | "type";

/** Every {@link NodeColoring}, in the order controls list them. */
export const NODE_COLORINGS: readonly NodeColoring[] = ["rate", "community", "type"];

/** Okabe–Ito colours (black and yellow left out) for the largest communities, largest first. */
export const COMMUNITY_COLORS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00"] as const;

/** The colour of a node in a smaller community or with no drawn edge. */
export const OTHER_COLOR = "#9a9a9a";

/** Throws unless `c` is a {@link NodeColoring}; returns it. */
export function checkColoring(figure: string, c: unknown): NodeColoring {
  if (!NODE_COLORINGS.includes(c as NodeColoring)) throw new Error(`${figure}: color must be one of ${NODE_COLORINGS.join(", ")}, got ${String(c)}`);
  return c as NodeColoring;
}

/**
 * Community labels by weighted label propagation (Raghavan, Albert & Kumara 2007), made
 * deterministic: every node starts with its own label; sweeps visit the nodes in index order
 * and give node i the label ℓ maximising Σ_{j ∈ N(i), label j = ℓ} w_ij (a tie keeps i's label
 * when it is among the best, else takes the smallest); labels change in place, until a sweep
 * changes none (at most 100 sweeps). Labels are then renumbered 0, 1, … by community size,
 * largest first (ties by smallest member). A node with no edge gets −1.
 */
export function communities(n: number, edges: readonly [number, number][], weights: readonly number[]): Int32Array {
  if (weights.length !== edges.length) throw new Error(`communities: ${weights.length} weights for ${edges.length} edges`);
  const adj: { j: number; w: number }[][] = Array.from({ length: n }, () => []);
  edges.forEach(([i, j], k) => {
    if (!(i >= 0 && i < n && j >= 0 && j < n)) throw new Error(`communities: edge [${i}, ${j}] outside 0..${n - 1}`);
    adj[i].push({ j, w: weights[k] });
    adj[j].push({ j: i, w: weights[k] });
  });
  const label = Int32Array.from({ length: n }, (_, i) => i);
  const sum = new Float64Array(n);
  for (let sweep = 0; sweep < 100; sweep++) {
    let changed = false;
    for (let i = 0; i < n; i++) {
      if (adj[i].length === 0) continue;
      for (const { j } of adj[i]) sum[label[j]] = 0;
      for (const { j, w } of adj[i]) sum[label[j]] += w;
      let maxW = -Infinity;
      for (const { j } of adj[i]) maxW = Math.max(maxW, sum[label[j]]);
      const own = adj[i].some(({ j }) => label[j] === label[i]) && sum[label[i]] === maxW;
      let best = own ? label[i] : n;
      if (!own) for (const { j } of adj[i]) if (sum[label[j]] === maxW) best = Math.min(best, label[j]);
      if (best !== label[i]) {
        label[i] = best;
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Renumber by size (largest first), ties by smallest member.
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    if (adj[i].length === 0) continue;
    const m = members.get(label[i]);
    if (m) m.push(i);
    else members.set(label[i], [i]);
  }
  const order = [...members.values()].sort((a, b) => b.length - a.length || a[0] - b[0]);
  const out = new Int32Array(n).fill(-1);
  order.forEach((m, c) => m.forEach((i) => (out[i] = c)));
  return out;
}

/** The colour scale's share of neurons clamped at each end: the domain is [q₀.₀₂, q₀.₉₈]. */
export const RATE_CLAMP = 0.02;

/**
 * The rate colour scale's domain [lo, hi]: the {@link RATE_CLAMP} and 1 − RATE_CLAMP quantiles of
 * the rates (nearest rank, q_p = sorted[⌊p·(n − 1)⌉]), so a few outliers do not wash out the
 * rest; rates outside it take the end colours.
 */
export function rateDomain(rates: ArrayLike<number>): [number, number] {
  const s = Float64Array.from(rates).sort();
  if (s.length === 0) return [0, 0];
  const q = (p: number): number => s[Math.round(p * (s.length - 1))];
  return [q(RATE_CLAMP), q(1 - RATE_CLAMP)];
}

/** The viridis colour of rate r on [lo, hi] (the middle colour when hi = lo). */
export function rateColor(r: number, lo: number, hi: number): string {
  return interpolateViridis(hi > lo ? Math.min(1, Math.max(0, (r - lo) / (hi - lo))) : 0.5);
}

/** What a legend says about the colours. */
export type ColorKey =
  | { kind: "rate"; lo: number; hi: number; clampedLo: boolean; clampedHi: boolean }
  | { kind: "community"; sizes: number[]; other: number; total: number }
  | { kind: "type"; excitatory: boolean; inhibitory: boolean };

/** Node fills and their key. */
export interface NodeColors {
  fill: string[];
  /** Inhibitory nodes get a dark ring when the fill does not already say their type. */
  ring: boolean;
  key: ColorKey;
}

/** What {@link nodeColors} reads. */
export interface ColorInput {
  n: number;
  /** Neurons 0..excitatory−1 are excitatory. */
  excitatory: number;
  /** Mean spikes per step of each neuron (needed for "rate"). */
  rates?: ArrayLike<number>;
  edges: readonly [number, number][];
  strengths: readonly number[];
}

/**
 * The fill of every node: "rate" maps r_i ∈ {@link rateDomain} linearly onto viridis (clamped); "community"
 * gives the c-th largest community {@link COMMUNITY_COLORS}[c] (c < 6) and every other node
 * {@link OTHER_COLOR}; "type" is E {@link COLORS.excitatory}, I {@link COLORS.inhibitory}.
 */
export function nodeColors(mode: NodeColoring, c: ColorInput): NodeColors {
  const { n, excitatory } = c;
  if (mode === "rate") {
    const rates = c.rates;
    if (!rates || rates.length !== n) throw new Error(`color "rate" needs ${n} rates, got ${rates ? rates.length : "none"}`);
    const [lo, hi] = rateDomain(rates);
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < n; i++) {
      min = Math.min(min, rates[i]);
      max = Math.max(max, rates[i]);
    }
    const key: ColorKey = { kind: "rate", lo, hi, clampedLo: min < lo, clampedHi: max > hi };
    return { fill: Array.from(rates, (r) => rateColor(r, lo, hi)), ring: excitatory < n, key };
  }
  if (mode === "community") {
    const label = communities(n, c.edges, c.strengths);
    const sizes: number[] = [];
    for (const l of label) if (l >= 0) sizes[l] = (sizes[l] ?? 0) + 1;
    const fill = Array.from(label, (l) => (l >= 0 && l < COMMUNITY_COLORS.length ? COMMUNITY_COLORS[l] : OTHER_COLOR));
    const shown = sizes.slice(0, COMMUNITY_COLORS.length);
    return { fill, ring: excitatory < n, key: { kind: "community", sizes: shown, other: n - shown.reduce((a, b) => a + b, 0), total: sizes.length } };
  }
  const fill = Array.from({ length: n }, (_, i) => (i < excitatory ? COLORS.excitatory : COLORS.inhibitory));
  return { fill, ring: false, key: { kind: "type", excitatory: excitatory > 0, inhibitory: excitatory < n } };
}
