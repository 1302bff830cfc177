/**
 * What Gymnasium's `CartPoleEnv.render()` draws (spec §1.6), as plain shapes in canvas pixels
 * (origin top left, y down), so a canvas, an SVG or a test can use them.
 *
 * Gymnasium draws on a 600 × 400 surface with y up and flips it at the end; here every y is
 * already flipped: y_canvas = 400 − y_gym. With scale = 600 / (2·2.4) = 125 px/m:
 * - cart: 50 × 30 px, black, centred at (cartx, carty) with cartx = x·125 + 300, carty = 100
 *   (Gymnasium's corners are cartx ± 25, carty ± 15, so carty is the cart's centre line);
 * - pole: 10 px wide, from 5 px below to 125 − 5 = 120 px above the axle, i.e. the corners
 *   (±5, −5) and (±5, 120) rotated by −θ (pygame's `rotate_rad`: (u, v) → (u cos φ − v sin φ,
 *   u sin φ + v cos φ), φ = −θ) about the axle (cartx, carty + 7.5); colour (202, 152, 101);
 *   so θ > 0 leans the tip right;
 * - axle: a disc of radius 5 at the axle, colour (129, 132, 203) (pygame centres it on the
 *   truncated integer pixel; here it stays exact);
 * - track: a black line at carty across the screen, drawn last.
 * The cart's centre reaches the screen's edge exactly at the termination limit |x| = 2.4.
 */
import { CARTPOLE } from "./physics";

export type Rgb = readonly [number, number, number];
export interface Point {
  x: number;
  y: number;
}

export interface CartPoleGeometry {
  width: 600;
  height: 400;
  /** Pixels per metre. */
  scale: number;
  background: Rgb;
  /** Axis-aligned: top-left corner and size, plus its centre. */
  cart: { x: number; y: number; width: number; height: number; centre: Point; colour: Rgb };
  /** Its four corners in Gymnasium's order (bottom-left, top-left, top-right, bottom-right of the unrotated pole). */
  pole: { corners: [Point, Point, Point, Point]; width: number; length: number; axle: Point; tip: Point; colour: Rgb };
  axle: { centre: Point; radius: number; colour: Rgb };
  track: { from: Point; to: Point; colour: Rgb };
}

export const SCREEN_WIDTH = 600;
export const SCREEN_HEIGHT = 400;
export const CART_COLOUR: Rgb = [0, 0, 0];
export const POLE_COLOUR: Rgb = [202, 152, 101];
export const AXLE_COLOUR: Rgb = [129, 132, 203];
export const BACKGROUND: Rgb = [255, 255, 255];

/** The shapes of one frame for a state (x, ẋ, θ, θ̇); only x and θ matter. */
export function cartPoleGeometry(state: ArrayLike<number>): CartPoleGeometry {
  const scale = SCREEN_WIDTH / (CARTPOLE.xThreshold * 2);
  const polewidth = 10.0;
  const polelen = scale * (2 * CARTPOLE.length);
  const cartwidth = 50.0;
  const cartheight = 30.0;
  const axleoffset = cartheight / 4.0;
  const cartx = state[0] * scale + SCREEN_WIDTH / 2.0;
  const carty = 100;
  const flip = (x: number, y: number): Point => ({ x, y: SCREEN_HEIGHT - y });

  const phi = -state[2];
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  const [l, r, t, b] = [-polewidth / 2, polewidth / 2, polelen - polewidth / 2, -polewidth / 2];
  const rotated = (u: number, v: number): Point => flip(u * c - v * s + cartx, u * s + v * c + carty + axleoffset);
  const corners: [Point, Point, Point, Point] = [rotated(l, b), rotated(l, t), rotated(r, t), rotated(r, b)];
  const axle = flip(cartx, carty + axleoffset);

  return {
    width: SCREEN_WIDTH,
    height: SCREEN_HEIGHT,
    scale,
    background: BACKGROUND,
    cart: {
      x: cartx - cartwidth / 2,
      y: SCREEN_HEIGHT - (carty + cartheight / 2),
      width: cartwidth,
      height: cartheight,
      centre: flip(cartx, carty),
      colour: CART_COLOUR,
    },
    pole: { corners, width: polewidth, length: polelen, axle, tip: rotated(0, t), colour: POLE_COLOUR },
    axle: { centre: axle, radius: polewidth / 2, colour: AXLE_COLOUR },
    track: { from: flip(0, carty), to: flip(SCREEN_WIDTH, carty), colour: CART_COLOUR },
  };
}

/** A colour as CSS `rgb(r, g, b)`. */
export function css(c: Rgb): string {
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}
