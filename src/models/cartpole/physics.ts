/**
 * Cart-pole physics exactly as Gymnasium 1.3.0's `CartPoleEnv.step` (spec/experiments.md §1.2–§1.3),
 * in float64, in Gymnasium's evaluation order, so that every state component is `===` Gymnasium's.
 *
 * With state (x, ẋ, θ, θ̇), f = ±F, c = cos θ, s = sin θ:
 *
 *     temp = (f + pml·(θ̇·θ̇)·s) / M
 *     θ̈    = (g·s − c·temp) / (l·(4/3 − m_p·(c·c)/M))
 *     ẍ    = temp − ((pml·θ̈)·c)/M
 *
 * then explicit Euler (positions move with the old velocities) or semi-implicit Euler (velocities
 * first, positions with the new ones). Squares are `v * v` (exactly rounded, as `np.square`), never
 * `Math.pow`; every product and quotient is written in Gymnasium's left-to-right order.
 */

/** The constants of `CartPoleEnv.__init__` (identical in gym ≥ 0.17.2 and Gymnasium 1.x). */
export const CARTPOLE = {
  gravity: 9.8,
  masscart: 1.0,
  masspole: 0.1,
  /** masspole + masscart, in that order: the double nearest 1.1. */
  totalMass: 0.1 + 1.0,
  /** Half the pole's length. */
  length: 0.5,
  /** masspole · length: the double nearest 0.05. */
  polemassLength: 0.1 * 0.5,
  forceMag: 10.0,
  /** Seconds per step (render_fps 50). */
  tau: 0.02,
  /** 12 · 2 · π / 360, left to right: 0.20943951023931953. */
  thetaThresholdRadians: (12 * 2 * Math.PI) / 360,
  xThreshold: 2.4,
} as const;

/**
 * Gymnasium's `kinematics_integrator`: `"euler"` is explicit Euler; any other string selects
 * semi-implicit Euler, as in Gymnasium (whose comment calls it "semi-implicit euler").
 */
export type Integrator = "euler" | "semi-implicit euler" | (string & {});

/** A cart-pole state (x, ẋ, θ, θ̇), float64. */
export type CartPoleState = readonly [x: number, xDot: number, theta: number, thetaDot: number];

/**
 * One step of the dynamics from `s` under `action` (1 pushes right with +F, 0 left with −F),
 * written to `out` (which may be `s` itself); returns `out`. No validation: callers check the action.
 */
export function stepPhysics(s: ArrayLike<number>, action: number, integrator: Integrator, out: { [i: number]: number }): typeof out {
  const { gravity, masspole, totalMass, length, polemassLength, forceMag, tau } = CARTPOLE;
  let x = s[0];
  let xDot = s[1];
  let theta = s[2];
  let thetaDot = s[3];
  const force = action === 1 ? forceMag : -forceMag;
  const costheta = Math.cos(theta);
  const sintheta = Math.sin(theta);
  const temp = (force + polemassLength * (thetaDot * thetaDot) * sintheta) / totalMass;
  const thetaacc = (gravity * sintheta - costheta * temp) / (length * (4.0 / 3.0 - (masspole * (costheta * costheta)) / totalMass));
  const xacc = temp - (polemassLength * thetaacc * costheta) / totalMass;
  if (integrator === "euler") {
    x = x + tau * xDot;
    xDot = xDot + tau * xacc;
    theta = theta + tau * thetaDot;
    thetaDot = thetaDot + tau * thetaacc;
  } else {
    xDot = xDot + tau * xacc;
    x = x + tau * xDot;
    thetaDot = thetaDot + tau * thetaacc;
    theta = theta + tau * thetaDot;
  }
  out[0] = x;
  out[1] = xDot;
  out[2] = theta;
  out[3] = thetaDot;
  return out;
}

/** Gymnasium's termination test on a (new) state: strict inequalities on x and θ. */
export function isTerminal(s: ArrayLike<number>): boolean {
  const x = s[0];
  const theta = s[2];
  const { xThreshold, thetaThresholdRadians } = CARTPOLE;
  return x < -xThreshold || x > xThreshold || theta < -thetaThresholdRadians || theta > thetaThresholdRadians;
}

/** The float32 observation of a float64 state: `np.array(state, dtype=np.float32)`. */
export function observe(s: ArrayLike<number>): [number, number, number, number] {
  return [Math.fround(s[0]), Math.fround(s[1]), Math.fround(s[2]), Math.fround(s[3])];
}
