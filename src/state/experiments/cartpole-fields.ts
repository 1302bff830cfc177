/** The cart-pole view's text fields, parsed with one clear message each, and its words for an episode's end. */
import { checkState } from "../../models/cartpole/env";
import { CARTPOLE } from "../../models/cartpole/physics";

/** A parsed start state, or why the text is refused. */
export type StartParse = { ok: true; state: [number, number, number, number] | null } | { ok: false; error: string };

/**
 * "x, ẋ, θ, θ̇" (commas or blanks between four numbers; θ in radians) → the start state of every
 * episode; blank → null (seeded random resets). A state already outside the limits is refused:
 * its episode would end on the first step.
 */
export function parseStartState(text: string): StartParse {
  const t = text.trim();
  if (t === "") return { ok: true, state: null };
  const parts = t.split(/[\s,;]+/).filter(Boolean);
  if (parts.length !== 4) return { ok: false, error: `start state: give 4 numbers x, ẋ, θ, θ̇ (θ in radians), got ${parts.length}` };
  const values = parts.map(Number);
  const bad = parts.findIndex((p, i) => p === "" || !Number.isFinite(values[i]));
  if (bad >= 0) return { ok: false, error: `start state: '${parts[bad]}' is not a finite number` };
  const state = checkState(values, "start state") as unknown as [number, number, number, number];
  if (Math.abs(state[0]) > CARTPOLE.xThreshold) return { ok: false, error: `start state: x must be within ±${CARTPOLE.xThreshold} m, got ${state[0]}` };
  if (Math.abs(state[2]) > CARTPOLE.thetaThresholdRadians) return { ok: false, error: `start state: θ must be within ±${CARTPOLE.thetaThresholdRadians.toFixed(4)} rad (12°), got ${state[2]}` };
  return { ok: true, state: [...state] };
}

/** The reason an episode ended, from its last state and flags. */
export function endReason(state: ArrayLike<number>, terminated: boolean, truncated: boolean, maxSteps: number): string {
  const parts: string[] = [];
  if (terminated) {
    const why: string[] = [];
    if (Math.abs(state[0]) > CARTPOLE.xThreshold) why.push(`the cart left the track (|x| > ${CARTPOLE.xThreshold} m)`);
    if (Math.abs(state[2]) > CARTPOLE.thetaThresholdRadians) why.push("the pole fell (|θ| > 12°)");
    parts.push(`terminated: ${why.join(" and ")}`);
  }
  if (truncated) parts.push(`truncated: the time limit of ${maxSteps} steps`);
  return parts.join("; ");
}
