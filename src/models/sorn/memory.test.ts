import { describe, expect, it } from "vitest";
import { heldBytes } from "../../../test/support/held-bytes";
import { formatBytes, sornMemory } from "./memory";
import { SornNetwork } from "./network";
import { resolveParams, type SornParams } from "./params";

const cases: [string, Partial<SornParams>][] = [
  ["defaults (ne 200, Wie Dense)", {}],
  ["ne 400, all Sparse", { ne: 400, network_type_ie: "Sparse", lambda_ie: 60 }],
  ["ne 300, Wee and Wei Dense", { ne: 300, network_type_ee: "Dense", network_type_ei: "Dense" }],
  ["ne 1,000, defaults", { ne: 1000, nu: 50 }],
  ["ne 1,500, all Dense", { ne: 1500, nu: 10, network_type_ee: "Dense", network_type_ei: "Dense", network_type_ie: "Dense" }],
];

describe("sornMemory", () => {
  for (const [name, overrides] of cases) {
    it(`is within a tenth of the typed arrays a built network holds: ${name}`, () => {
      const p = resolveParams(overrides);
      const net = new SornNetwork({ params: p, seed: 3 });
      const real = heldBytes(net);
      const est = sornMemory(p);
      expect(est.network / real).toBeGreaterThan(0.9);
      expect(est.network / real).toBeLessThan(1.1);
      // The state copy: exactly the typed arrays state() makes (plus the generators' few words).
      const state = net.state();
      const stateBytes = [state.Wee, state.Wei, state.Wie, state.Te, state.Ti, state.X, state.Y, state.Hip].reduce((s, a) => s + (a ? a.data.byteLength : 0), 0);
      expect(est.state).toBe(stateBytes);
      expect(est.total).toBe(est.network + est.state);
    });
  }

  it("grows with ne², and a Dense Wee costs far more than a Sparse one", () => {
    const small = sornMemory(resolveParams({ ne: 1000 }));
    const big = sornMemory(resolveParams({ ne: 100_000 }));
    // ne = 100,000 with the package's Dense Wie: 100,000 × 20,000 entries of 12 bytes, 24 GB.
    expect(big.network).toBeGreaterThan(24e9);
    expect(big.network).toBeLessThan(26e9);
    expect(big.state).toBeGreaterThan(9_900 * small.state);
    const sparse = sornMemory(resolveParams({ ne: 2000, network_type_ie: "Sparse" }));
    const dense = sornMemory(resolveParams({ ne: 2000, network_type_ie: "Sparse", network_type_ee: "Dense" }));
    expect(dense.network).toBeGreaterThan(10 * sparse.network);
  });

  it("formats bytes in binary units", () => {
    expect(formatBytes(512)).toBe("512 bytes");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(2 ** 30)).toBe("1 GiB");
    expect(formatBytes(136.4 * 2 ** 30)).toBe("136 GiB");
    expect(formatBytes(12.3 * 2 ** 20)).toBe("12 MiB");
  });
});
