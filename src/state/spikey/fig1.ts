/**
 * The Fig. 1 panel's data (Florian 2007; spec spikey.md §3 E3): the weight w(t), t = 0…200 ms, of
 * one synapse under MSTDP, MSTDPET and Spikey's RLSTDP, from the models' own runner
 * (`florianFig1`), with the protocol's pre / post spike times and the reward sign (+1 before
 * 100 ms, −1 after). {@link curvePath} maps a curve to an SVG path in a plot box:
 * x = left + (t / 200)·width, y = top + (1 − (w − lo)/(hi − lo))·height.
 */
import { FIG1, FIG1_RULES, florianFig1, type Fig1Rule } from "../../models/spikey/synapses/florian-fig1";

/** One rule's curve and its landmarks. */
export interface Fig1Curve {
  readonly rule: Fig1Rule;
  readonly label: string;
  readonly t: readonly number[];
  readonly w: readonly number[];
  /** w(200 ms). */
  readonly final: number;
  /** The largest w and the first t where it occurs. */
  readonly peak: number;
  readonly peakT: number;
}

const LABELS: Record<Fig1Rule, string> = { mstdpet: "MSTDPET (eligibility trace, τz 25 ms)", mstdp: "MSTDP", "spikey-rlstdp": "Spikey RLSTDP (its notebook's run)" };

/** The three curves, computed once. */
export function fig1Curves(): Fig1Curve[] {
  return FIG1_RULES.map((rule) => {
    const { t, w } = florianFig1(rule);
    let k = 0;
    for (let i = 1; i < w.length; i++) if (w[i] > w[k]) k = i;
    return { rule, label: LABELS[rule], t, w, final: w[w.length - 1], peak: w[k], peakT: t[k] };
  });
}

/** The protocol the panel marks. */
export const FIG1_MARKS = { pre: FIG1.pre, post: FIG1.post, flipAt: FIG1.flipAt, duration: FIG1.duration, w0: FIG1.w0 } as const;

/** A plot box and the weight range it shows. */
export interface PlotBox {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly lo: number;
  readonly hi: number;
}

/** x of time t (ms). */
export const xOf = (b: PlotBox, t: number): number => b.left + (t / FIG1.duration) * b.width;
/** y of weight w. */
export const yOf = (b: PlotBox, w: number): number => b.top + (1 - (w - b.lo) / (b.hi - b.lo)) * b.height;

/** The SVG path "M x0 y0 L x1 y1 …" of a curve, coordinates to 0.01 px. */
export function curvePath(c: Pick<Fig1Curve, "t" | "w">, b: PlotBox): string {
  return c.t.map((t, i) => `${i ? "L" : "M"}${xOf(b, t).toFixed(2)} ${yOf(b, c.w[i]).toFixed(2)}`).join(" ");
}

/** A weight range that holds every curve with a margin, in steps of 0.05. */
export function weightRange(curves: readonly Fig1Curve[]): { lo: number; hi: number } {
  const all = curves.flatMap((c) => c.w);
  return { lo: Math.floor(Math.min(...all) * 20) / 20, hi: Math.ceil(Math.max(...all) * 20) / 20 };
}
