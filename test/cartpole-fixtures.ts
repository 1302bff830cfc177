/** The cart-pole traces made with gymnasium 1.3.0: the shared ones and this repository's own. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { CartPoleReplay } from "../src/models/cartpole/replay";

/** One recorded episode, in the layout of `fixtures/cartpole/gymnasium-traces.json` (the replay's layout plus the reset seed). */
export type GymTrace = Omit<CartPoleReplay, "env" | "integrator" | "sutton_barto_reward" | "warnings"> & { env: string; seed: number; integrator?: string };

/** The shared fixtures (read-only, beside the repository). */
export const SHARED_TRACES = resolve(import.meta.dirname, "../../shared/fixtures/cartpole/gymnasium-traces.json");
/** Made here with gymnasium 1.3.0 by `test/fixtures/cartpole/make-fixtures.py`. */
export const LOCAL_DIR = resolve(import.meta.dirname, "fixtures/cartpole");

function load<T>(path: string): T {
  if (!existsSync(path)) throw new Error(`cart-pole fixture ${path} is missing`);
  return JSON.parse(readFileSync(path, "utf8")) as T;
}

/** ones_seed0, alt_seed123, pd_seed7_v1, pd_seed7_v0 (explicit Euler). */
export const gymnasiumTraces = () => load<Record<string, GymTrace>>(SHARED_TRACES);
/** The same four policies with `kinematics_integrator = "semi-implicit euler"`. */
export const semiImplicitTraces = () => load<Record<string, GymTrace>>(resolve(LOCAL_DIR, "semi-implicit-traces.json"));
/** Episode lengths of 2,000 random-policy v1 episodes: action_space.seed(0), reset seeds 0..1999. */
export const randomPolicyLengths = () => load<{ lengths: number[] }>(resolve(LOCAL_DIR, "random-policy-lengths.json")).lengths;
