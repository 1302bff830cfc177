/** Fixed colours shared by the figures (Tableau 10 hues, as matplotlib's defaults). */
export const COLORS = {
  /** Excitatory pool / first series. */
  excitatory: "#1f77b4",
  /** Inhibitory pool / second series. */
  inhibitory: "#d62728",
  /** Third series. */
  third: "#2ca02c",
  /** Fits and model curves. */
  fit: "#ff7f0e",
  /** Histogram bars. */
  bar: "#7f9fc6",
  /** Reference lines (mode, mean, median). */
  mode: "#9467bd",
  mean: "#2ca02c",
  median: "#8c564b",
  /** Neutral grey for bands and edges. */
  grey: "#7f7f7f",
} as const;

/** A colour for the i-th of several series. */
export function seriesColor(i: number): string {
  const cycle = [COLORS.excitatory, COLORS.inhibitory, COLORS.third, COLORS.fit, COLORS.mode, COLORS.median];
  return cycle[i % cycle.length];
}
