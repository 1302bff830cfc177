/**
 * The live plots' colours, light and dark. E and I use the Okabe–Ito colour-blind-safe palette
 * (blue for E, vermillion for I; in the dark theme a lighter sky blue for E so it stands out on
 * the dark background), checked in `theme.test.ts` for contrast against each background and for
 * E/I distinctness under simulated protanopia, deuteranopia and tritanopia. The light theme's
 * E, I, third, fit and bar colours are the exported figures' (`src/figures/palette.ts`), so a
 * pool has one colour on screen and in its files.
 *
 * {@link COLOR} is the palette in use; the page switches it with {@link setPlotTheme} and every
 * canvas plot redraws.
 */
import { COLORS, OKABE_ITO } from "../figures/palette";

/** The colours a canvas plot draws with. */
export interface PlotPalette {
  /** Canvas background. */
  bg: string;
  /** Excitatory pool / first series. */
  e: string;
  /** Inhibitory pool / second series. */
  i: string;
  /** Third series (mean threshold). */
  third: string;
  /** Fits and model curves. */
  fit: string;
  /** Histogram bars. */
  bar: string;
  grid: string;
  axis: string;
  text: string;
  muted: string;
  /** Legend box fill (slightly translucent). */
  legendBg: string;
  /** The band behind the followed neuron's row in the raster (translucent grey: no pool's hue). */
  highlight: string;
}

/** A theme's name. */
export type ThemeName = "light" | "dark";


/** The palettes by theme. */
export const PALETTES: Readonly<Record<ThemeName, Readonly<PlotPalette>>> = {
  light: {
    bg: "#ffffff",
    e: COLORS.excitatory,
    i: COLORS.inhibitory,
    third: COLORS.third,
    fit: COLORS.fit,
    bar: COLORS.bar,
    grid: "#e8e8e8",
    axis: "#333333",
    text: "#222222",
    muted: "#666666",
    legendBg: "rgba(255, 255, 255, 0.9)",
    highlight: "rgba(40, 48, 64, 0.16)",
  },
  dark: {
    bg: "#161a22",
    e: OKABE_ITO.skyBlue,
    i: OKABE_ITO.vermillion,
    third: OKABE_ITO.bluishGreen,
    fit: OKABE_ITO.orange,
    bar: "#4d6f8f",
    grid: "#2c3340",
    axis: "#aab2c0",
    text: "#e2e6ee",
    muted: "#9aa3b2",
    legendBg: "rgba(22, 26, 34, 0.9)",
    highlight: "rgba(226, 230, 238, 0.2)",
  },
};

/** The palette in use (mutated in place by {@link setPlotTheme}, so readers always see the current one). */
export const COLOR: PlotPalette = { ...PALETTES.light };

let current: ThemeName = "light";
const listeners = new Set<() => void>();

/** The theme the plots draw in. */
export function plotTheme(): ThemeName {
  return current;
}

/** Switch the plots' theme; every listening plot redraws. */
export function setPlotTheme(name: ThemeName): void {
  if (name === current) return;
  current = name;
  Object.assign(COLOR, PALETTES[name]);
  for (const fn of listeners) fn();
}

/** Be told when the theme changes; returns the unsubscribe function. */
export function onPlotTheme(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
