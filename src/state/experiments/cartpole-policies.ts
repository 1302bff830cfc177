/**
 * The policies the cart-pole view can drive the cart with: behind one small seam
 * ({@link ViewPolicy}) the player's uniform random actions and the hand-written PD rule of spec
 * §1.7, and {@link LEARNER_CHOICE}, the REINFORCE learner over a SORN reservoir, which runs and
 * learns in a worker of its own (`cartpole-learner.ts`) and has its own controls in the view.
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

/** The learner's entry in the policy list (its session is a `CartPoleLearnerModel`). */
export const LEARNER_CHOICE = {
  id: "learner",
  label: "REINFORCE learner (SORN reservoir)",
  description: "The package's cart-pole example: a SORN reservoir (ne 50) driven by the observations and a softmax readout that learns by REINFORCE, trained and played in a worker (spec §2).",
} as const;

/** Every entry of the view's policy list: the player's, then the learner. */
export const POLICY_CHOICES: readonly { id: string; label: string; description: string }[] = [...VIEW_POLICIES, LEARNER_CHOICE];

/** The policy of `id`; an unknown id is a RangeError listing the known ones. */
export function viewPolicy(id: string): ViewPolicy {
  const p = VIEW_POLICIES.find((q) => q.id === id);
  if (!p) throw new RangeError(`unknown policy '${id}' (policies: ${VIEW_POLICIES.map((q) => q.id).join(", ")})`);
  return p;
}
