import type { SornRule } from "./rule";

/**
 * Intrinsic plasticity (spec §3.6.2): Te_i ← Te_i + η_ip·(x_i(t+1) − h_i), then values ≤ te_min
 * become te_min and values > te_max become te_max. h_i = h_ip = 2·nu/ne in the package.
 */
export function applyIp(Te: Float64Array, xNew: Uint8Array, hip: Float64Array, eta: number, teMin: number, teMax: number): void {
  for (let i = 0; i < Te.length; i++) {
    // Separate stores, not t = teMin (see applyStdp): nothing is boxed.
    const t = Te[i] + eta * (xNew[i] - hip[i]);
    if (t <= teMin) Te[i] = teMin;
    else if (t > teMax) Te[i] = teMax;
    else Te[i] = t;
  }
}

/** Intrinsic plasticity as a part of the step: {@link applyIp} on Te with x(t+1). */
export const ip: SornRule<"ip"> = {
  name: "ip",
  title: "Intrinsic plasticity",
  description: "ΔTe_i = η_ip·(x_i(t+1) − h_ip), Te clipped to [te_min, te_max]",
  apply(c) {
    const p = c.params;
    applyIp(c.net.Te, c.xNext, c.net.Hip, p.eta_ip, p.te_min, p.te_max);
  },
};
