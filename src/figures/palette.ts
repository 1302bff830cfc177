/**
 * The colours every figure, live plot and result chart shares: the Okabe–Ito colour-blind-safe
 * palette (Okabe & Ito 2008, https://jfly.uni-koeln.de/color/), E blue and I vermillion, so a
 * pool or condition has one colour in the lab, its exported figures and its charts. The lab's
 * light theme (`src/plots/theme.ts`) takes its E, I, third, fit and bar colours from here.
 * In greyscale (CIE L*) E is 45 and I 55: lines that could share a hue's grey are told apart by
 * dash patterns ({@link SERIES_DASHES}), checked in `palette.test.ts`.
 */

/** The Okabe–Ito hues. */
export const OKABE_ITO = {
  orange: "#e69f00",
  skyBlue: "#56b4e9",
  bluishGreen: "#009e73",
  yellow: "#f0e442",
  blue: "#0072b2",
  vermillion: "#d55e00",
  reddishPurple: "#cc79a7",
  black: "#000000",
} as const;

/** Fixed colours shared by the figures. */
export const COLORS = {
  /** Excitatory pool / first series / first condition. */
  excitatory: OKABE_ITO.blue,
  /** Inhibitory pool / second series / second condition. */
  inhibitory: OKABE_ITO.vermillion,
  /** Third series. */
  third: OKABE_ITO.bluishGreen,
  /** Fits and model curves: Okabe–Ito orange darkened to contrast 3.8 with white (the plain hue has 2.3). */
  fit: "#b07800",
  /** Histogram bars (a light tint of the E blue). */
  bar: "#8fb3d3",
  /** Reference lines (mode, mean, median). */
  mode: OKABE_ITO.reddishPurple,
  mean: OKABE_ITO.bluishGreen,
  median: "#555555",
  /** Neutral grey for bands and edges. */
  grey: "#7f7f7f",
} as const;

/** Colours of the i-th of several series (conditions): Okabe–Ito order, E and I first. */
const SERIES = [COLORS.excitatory, COLORS.inhibitory, COLORS.third, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, COLORS.fit, OKABE_ITO.black];

/** A colour for the i-th of several series. */
export function seriesColor(i: number): string {
  return SERIES[i % SERIES.length];
}

/** Dash patterns (SVG stroke-dasharray) for series whose colours may share a grey: dashed, dotted, dash-dot, long dash. */
export const SERIES_DASHES = ["5 3", "1.5 2.5", "7 3 1.5 3", "10 4"] as const;
