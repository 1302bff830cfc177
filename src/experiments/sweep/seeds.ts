/**
 * The seeds of a sweep's repeats, all from the one sweep seed: repeat r runs at
 *   seed(r) = SeedSequence(sweepSeed · 2³² + r).generate_state(1, uint32)[0]
 * (numpy's SeedSequence, `../../models/rng/seed-sequence.ts`). The seed depends on the repeat
 * only, not on the cell: every cell of a sweep sees the same R seeds (paired comparisons, as a
 * fixed seed list would give), and a point's seed is known from the spec and its index alone.
 */
import { SeedSequence } from "../../models/rng/seed-sequence";

/** The seed of repeat `repeat` of a sweep seeded `sweepSeed` (both integers in [0, 2³²)). */
export function repeatSeed(sweepSeed: number, repeat: number): number {
  return new SeedSequence((BigInt(sweepSeed) << 32n) | BigInt(repeat)).generateState32(1)[0];
}
