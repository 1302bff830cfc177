/**
 * Replaying a recorded action sequence (the layout of `fixtures/cartpole/gymnasium-traces.json`):
 * a trace gives `env`, the float64 start state `s0`, the `actions` and optionally `integrator`
 * ("euler" | "semi-implicit euler") and `sutton_barto_reward`; the replay gives back, in the
 * fixture's layout, the float64 `states` after every step, the float32 `obs` (one more: the
 * start's first), `rewards`, `terminated`, `truncated` and `length`. Steps after termination or
 * truncation are replayed as Gymnasium would (their warning is collected in `warnings`).
 */
import { SornInputError } from "../params/error";
import { CartPoleEnv, checkAction, checkState } from "./env";
import type { CartPoleState } from "./physics";
import { cartPoleSpec, type CartPoleId } from "./specs";

export interface CartPoleTrace {
  env: CartPoleId;
  s0: CartPoleState;
  actions: (0 | 1)[];
  integrator: "euler" | "semi-implicit euler";
  sutton_barto_reward: boolean;
}

export interface CartPoleReplay {
  env: CartPoleId;
  integrator: string;
  sutton_barto_reward: boolean;
  s0: number[];
  actions: number[];
  states: number[][];
  obs: number[][];
  rewards: number[];
  terminated: boolean[];
  truncated: boolean[];
  length: number;
  /** Warnings met while replaying (e.g. steps after termination), each with its step number (1 = the first step). */
  warnings: string[];
}

const INTEGRATORS = ["euler", "semi-implicit euler"] as const;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Whether a parsed JSON value looks like one trace (it has `env`, `s0` or `actions` at its top). */
export function isTrace(v: unknown): boolean {
  return isObject(v) && ("env" in v || "s0" in v || "actions" in v);
}

/** Validate one trace; every problem is a SornInputError naming the field. */
export function parseTrace(raw: unknown): CartPoleTrace {
  if (!isObject(raw)) throw new SornInputError("trace", "must be a JSON object with env, s0 and actions");
  for (const key of ["env", "s0", "actions"]) if (!(key in raw)) throw new SornInputError(key, "missing (a trace needs env, s0 and actions)");
  const env = cartPoleSpec(raw.env, "env").id;
  const s0 = checkState(raw.s0, "s0");
  if (!Array.isArray(raw.actions)) throw new SornInputError("actions", "must be a list of 0s and 1s");
  const actions = raw.actions.map((a, i) => checkAction(a, `actions[${i}]`));
  const integrator = raw.integrator ?? "euler";
  if (!INTEGRATORS.includes(integrator as never)) throw new SornInputError("integrator", `must be one of ${INTEGRATORS.map((s) => `"${s}"`).join(", ")}, got ${JSON.stringify(integrator)}`);
  const sb = raw.sutton_barto_reward ?? false;
  if (typeof sb !== "boolean") throw new SornInputError("sutton_barto_reward", `must be true or false, got ${JSON.stringify(sb)}`);
  return { env, s0, actions, integrator: integrator as CartPoleTrace["integrator"], sutton_barto_reward: sb };
}

/**
 * From a parsed file: the trace itself, or (a map or list of traces) the one named `name`.
 * Without a name, a file of several traces is an error that lists them.
 */
export function pickTrace(raw: unknown, name?: string): unknown {
  if (isTrace(raw)) {
    if (name !== undefined) throw new SornInputError("trace", `the file holds a single trace; leave out --trace (got '${name}')`);
    return raw;
  }
  const entries: [string, unknown][] = Array.isArray(raw) ? raw.map((v, i) => [String(i), v]) : isObject(raw) ? Object.entries(raw) : [];
  if (!entries.length || !entries.every(([, v]) => isTrace(v))) throw new SornInputError("trace", "must be a trace object (env, s0, actions) or a list or map of them");
  const names = entries.map(([k]) => k);
  if (name === undefined) throw new SornInputError("trace", `the file holds ${entries.length} traces; pick one with --trace NAME (${names.join(", ")})`);
  const hit = entries.find(([k]) => k === name);
  if (!hit) throw new SornInputError("trace", `no trace '${name}' in the file (${names.join(", ")})`);
  return hit[1];
}

/** Replay a validated trace from its s0. */
export function replay(trace: CartPoleTrace): CartPoleReplay {
  const env = new CartPoleEnv({ id: trace.env, integrator: trace.integrator, suttonBartoReward: trace.sutton_barto_reward });
  const out: CartPoleReplay = {
    env: trace.env,
    integrator: trace.integrator,
    sutton_barto_reward: trace.sutton_barto_reward,
    s0: [...trace.s0],
    actions: [...trace.actions],
    states: [],
    obs: [env.resetTo(trace.s0)],
    rewards: [],
    terminated: [],
    truncated: [],
    length: 0,
    warnings: [],
  };
  let warnedTruncation = false;
  trace.actions.forEach((a, t) => {
    if (out.truncated[t - 1] && !warnedTruncation) {
      warnedTruncation = true;
      out.warnings.push(`step ${t + 1}: the episode was already truncated at step ${t} (max_episode_steps ${env.maxEpisodeSteps}); replaying on, as Gymnasium's TimeLimit does`);
    }
    const r = env.step(a);
    out.states.push(r.state);
    out.obs.push(r.obs);
    out.rewards.push(r.reward);
    out.terminated.push(r.terminated);
    out.truncated.push(r.truncated);
    if (r.warning) out.warnings.push(`step ${t + 1}: ${r.warning}`);
  });
  out.length = trace.actions.length;
  return out;
}
