/**
 * The policies the cart-pole view can drive the cart with, behind one small seam
 * ({@link ViewPolicy}): uniform random actions and the hand-written PD rule of spec §1.7.
 *
 * The REINFORCE learner of `src/experiments/cartpole/` is not offered yet: its runs return
 * scores and evaluations but not the trained readout, so there is no trained policy to replay.
 * Once a run hands back its agent (features φ and readout w), a `ViewPolicy` whose `create`
 * wraps `agent.observe(obs)` and `agent.probabilities()` adds it here as one more entry.
 */
import { pdPolicy, randomPolicy, type Policy } from "../../models/cartpole/episode";

/** A policy choice of the view: an id, its label and how to make one for a seed. */
export interface ViewPolicy {
  readonly id: string;
  /** What the choice reads in the list. */
  readonly label: string;
  /** One sentence shown under the list. */
  readonly description: string;
  /** A fresh policy (its own random stream seeded by `seed`, where it has one). */
  create(seed: number): Policy;
}

/** The policies on offer, the first the default. */
export const VIEW_POLICIES: readonly ViewPolicy[] = [
  {
    id: "random",
    label: "Random actions",
    description: "Uniform random pushes (Gymnasium's action_space.sample() seeded with the view's seed): episodes last about 22 steps.",
    create: (seed) => randomPolicy(seed),
  },
  {
    id: "pd",
    label: "PD rule (a hand-written controller)",
    description: "a = 1 iff θ + 0.5·θ̇ > 0: a fixed rule written by hand, not learned; it balances the pole to the time limit.",
    create: () => pdPolicy,
  },
];

/** Why the learner's policy is not in the list (shown beside it). */
export const LEARNER_NOT_AVAILABLE =
  "The REINFORCE learner's policy is not offered yet: its runs do not hand back the trained readout (sorn cartpole train reports scores only).";

/** The policy of `id`; an unknown id is a RangeError listing the known ones. */
export function viewPolicy(id: string): ViewPolicy {
  const p = VIEW_POLICIES.find((q) => q.id === id);
  if (!p) throw new RangeError(`unknown policy '${id}' (policies: ${VIEW_POLICIES.map((q) => q.id).join(", ")})`);
  return p;
}
