import { describe, expect, it } from "vitest";
import { DEFAULT_KERNEL, pairDeltaW, stdpKernel } from "./stdp-kernel";

describe("the STDP-kernel explorer", () => {
  it("MSTDP is Florian's exponential window: ΔW = e^{−|Δt|/τ}·sign(Δt), 0 at Δt = 0", () => {
    const k = stdpKernel("MSTDP", { ...DEFAULT_KERNEL, span: 10 });
    k.dt.forEach((d, i) => expect(k.dw[i]).toBeCloseTo(d === 0 ? 0 : Math.sign(d) * Math.exp(-Math.abs(d) / 20), 6));
    expect(pairDeltaW("MSTDP", 5, { ...DEFAULT_KERNEL, tau: 10 })).toBeCloseTo(Math.exp(-0.5), 6);
  });

  it("Spikey's RLSTDP is (W − 1 − Δ)/(W − 2) for Δ = 1 … W − 2, mirrored negative before, for W = 4 … 9", () => {
    for (let W = 4; W <= 9; W++) {
      const o = { ...DEFAULT_KERNEL, window: W, span: W };
      const k = stdpKernel("RLSTDP", o);
      k.dt.forEach((d, i) => {
        const a = Math.abs(d);
        const want = a >= 1 && a <= W - 2 ? (Math.sign(d) * (W - 1 - a)) / (W - 2) : 0;
        expect(k.dw[i]).toBeCloseTo(want, 6);
      });
      expect(pairDeltaW("LTP", 1, o)).toBeCloseTo((W - 2) / W, 6);
      expect(pairDeltaW("LTP", -1, o)).toBe(0);
    }
  });

  it("an inhibitory pre unit flips what its polarity multiplies (to float32 rounding of w around 1)", () => {
    const inh = { ...DEFAULT_KERNEL, inhibitory: true };
    for (const d of [-7, -1, 1, 7]) {
      expect(pairDeltaW("MSTDP", d, inh)).toBeCloseTo(-pairDeltaW("MSTDP", d), 5);
      expect(pairDeltaW("MSTDPET", d, inh)).toBeCloseTo(-pairDeltaW("MSTDPET", d), 5);
    }
    expect(pairDeltaW("RLSTDP", 3, inh)).toBeCloseTo(-pairDeltaW("RLSTDP", 3), 6);
    // RLSTDP's depression half runs through the reverse synapse, weighed by the post neuron's polarity.
    expect(pairDeltaW("RLSTDP", -3, inh)).toBeCloseTo(pairDeltaW("RLSTDP", -3), 6);
  });
});
