/**
 * `toy.quadratic`: a trivial target for tests, the pool-overhead benchmark and GA checks.
 * f(x, y, z) = −(x − 1)² − (y + 2)² − z² + noise · ε, with ε one standard normal draw of numpy's
 * RandomState(seed) (so repeats differ only through the seed); `seed` echoes the point's seed;
 * `fail: true` throws (to test failed points and tasks).
 */
import { NumpyRandom } from "../../../models/rng/numpy-random";
import { SornInputError } from "../../../models/params/error";
import type { Json } from "../../../pool/registry";
import { defineTarget, metricFromList } from "./registry";

const METRICS = ["f", "seed"];

function num(params: Readonly<Record<string, Json>>, key: string, fallback: number): number {
  const v = params[key] ?? fallback;
  if (typeof v !== "number" || !Number.isFinite(v)) throw new SornInputError(key, `must be a finite number, got ${JSON.stringify(v)}`);
  return v;
}

export const toyTarget = defineTarget({
  id: "toy.quadratic",
  description: "f = −(x−1)² − (y+2)² − z² + noise·N(0,1) (a trivial test target)",
  params: ["x", "y", "z", "noise", "fail"],
  metricExamples: METRICS,
  checkMetric: metricFromList(METRICS),
  evaluate(params, seed) {
    if (params.fail === true) throw new Error(`toy.quadratic: this point was told to fail (fail: true, x = ${JSON.stringify(params.x ?? null)})`);
    const x = num(params, "x", 0), y = num(params, "y", 0), z = num(params, "z", 0), noise = num(params, "noise", 0);
    const eps = noise === 0 ? 0 : new NumpyRandom(seed).gaussian();
    return { f: -((x - 1) ** 2) - (y + 2) ** 2 - z ** 2 + noise * eps, seed };
  },
});
