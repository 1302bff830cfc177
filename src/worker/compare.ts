/**
 * Compare mode: a second run B that starts from run A's exact state (parameters, seed,
 * generators, input), differs in one change, and steps in lock-step with A. After every step the
 * Hamming distance between A's and B's spike vectors of the first group (SORN: E),
 * d(t) = Σ_i |x^A_i(t) − x^B_i(t)|, is recorded. With no change the two runs are the same run
 * and d stays 0; a frozen rule or another learning rate makes them drift apart.
 */
import { SornInputError } from "../models/params/error";
import type { CompareChange, CompareFrame } from "./protocol";
import { Simulation } from "./simulation";

/** Most steps of Hamming distances one frame carries. */
export const FRAME_HAMMING_STEPS = 50_000;

/** The change in words, for the page. */
export function describeChange(c: CompareChange): string {
  if (c.kind === "none") return "no change (B is a copy of A)";
  if (c.kind === "rule") return `${c.rule} ${c.on ? "on" : "off"} in B`;
  return `${c.name} = ${c.value} in B`;
}

/** B, its change, and the distances not yet sent. */
export class Comparison {
  readonly b: Simulation;
  readonly change: string;
  readonly since: number;
  private pending: number[] = [];

  /** Split B from A now; a change B cannot take throws and nothing is built. */
  constructor(
    readonly a: Simulation,
    spec: CompareChange,
  ) {
    const b = new Simulation(structuredClone(a.config), a.model.state());
    if (spec.kind === "rule") b.setRule(spec.rule, spec.on);
    else if (spec.kind === "param") {
      if (!Number.isFinite(spec.value)) throw new SornInputError(spec.name, `must be a finite number, got ${spec.value}`);
      b.setParams({ [spec.name]: spec.value });
    }
    this.b = b;
    this.change = describeChange(spec);
    this.since = a.t;
  }

  /** Advance A and B n steps in lock-step, recording d(t) after each. */
  advance(n: number): void {
    const { a, b } = this;
    for (let s = 0; s < n; s++) {
      a.advance(1);
      b.advance(1);
      const xa = a.lastSpikes[0];
      const xb = b.lastSpikes[0];
      let d = 0;
      if (xa && xb) for (let i = 0; i < xa.length; i++) d += xa[i] ^ xb[i];
      // A backlog the page has not taken keeps only its latest steps (cut in halves: amortised O(1)).
      if (this.pending.length >= 2 * FRAME_HAMMING_STEPS) this.pending.splice(0, FRAME_HAMMING_STEPS);
      this.pending.push(d);
    }
  }

  /** B's frame and the distances since the last one. */
  takeFrame(run: number, playing: boolean, stepsPerSecond: number): CompareFrame {
    const hamming = Float64Array.from(this.pending.slice(-FRAME_HAMMING_STEPS));
    this.pending = [];
    return { frame: this.b.takeFrame(run, playing, stepsPerSecond, null), hamming, change: this.change, since: this.since };
  }
}
