/**
 * Drawing a cart-pole frame on a 2-D canvas context, with Gymnasium's geometry
 * (`cartPoleGeometry`, spec §1.6): white background, black cart, brown pole, blue-grey axle and
 * the track line, in Gymnasium's drawing order. The context is drawn in a 600 × 400 px frame;
 * `scale` (e.g. devicePixelRatio, or a smaller canvas) multiplies it.
 */
import { cartPoleGeometry, css, type CartPoleGeometry } from "../models/cartpole/render-geometry";

/** The part of `CanvasRenderingContext2D` the drawing uses (so tests can pass a recorder). */
export type CartPoleContext = Pick<
  CanvasRenderingContext2D,
  "save" | "restore" | "setTransform" | "fillRect" | "beginPath" | "moveTo" | "lineTo" | "closePath" | "fill" | "arc" | "stroke"
> & { fillStyle: CanvasRenderingContext2D["fillStyle"]; strokeStyle: CanvasRenderingContext2D["strokeStyle"]; lineWidth: number };

/** Draw the frame of `state` (x, ẋ, θ, θ̇); returns the geometry drawn. */
export function drawCartPole(ctx: CartPoleContext, state: ArrayLike<number>, scale = 1): CartPoleGeometry {
  const g = cartPoleGeometry(state);
  ctx.save();
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = css(g.background);
  ctx.fillRect(0, 0, g.width, g.height);

  ctx.fillStyle = css(g.cart.colour);
  ctx.fillRect(g.cart.x, g.cart.y, g.cart.width, g.cart.height);

  ctx.fillStyle = css(g.pole.colour);
  ctx.beginPath();
  g.pole.corners.forEach((p, i) => (i ? ctx.lineTo(p.x, p.y) : ctx.moveTo(p.x, p.y)));
  ctx.closePath();
  ctx.fill();

  ctx.fillStyle = css(g.axle.colour);
  ctx.beginPath();
  ctx.arc(g.axle.centre.x, g.axle.centre.y, g.axle.radius, 0, 2 * Math.PI);
  ctx.fill();

  ctx.strokeStyle = css(g.track.colour);
  ctx.lineWidth = 1;
  ctx.beginPath();
  ctx.moveTo(g.track.from.x, g.track.from.y);
  ctx.lineTo(g.track.to.x, g.track.to.y);
  ctx.stroke();
  ctx.restore();
  return g;
}
