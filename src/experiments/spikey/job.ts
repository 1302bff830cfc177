/**
 * One seed of a Spikey preset (spec spikey.md §3, issue 17 §5): build the network from the
 * preset's parts and dict with the user's `set` on top (user > preset > game), train for the
 * preset's patterns (learning on), then score on held-out patterns with learning off.
 *
 * Metrics (the same for a control):
 * - rate_by_state: mean output rate (spikes per ms per output neuron) per state over the held-out
 *   patterns;
 * - margin: min over rewarded / XOR-1 states − max over the others (positive = learned);
 * - accuracy: held-out patterns whose rate is on the right side of a threshold fixed BEFORE the
 *   held-out phase: the midpoint of the two classes' mean rates over the last 100 training
 *   patterns (never fitted on the scored data);
 * - flatness: max − min of rate_by_state (the control's criterion is ≤ 0.02);
 * - train_tail_rate_by_state / train_tail_margin: the same over the last 100 training patterns,
 *   learning on (closer to what Spikey's notebooks print; not the criterion).
 */
import { SornInputError } from "../../models/params/error";
import { Logic, RandState, type SpikeyGame } from "../../models/spikey/games/logic";
import { SpikeyNetwork } from "../../models/spikey/network";
import { findPreset, PRESETS, type SpikeyPreset } from "../../models/spikey/presets";
import { STREAMS, streamRng } from "../../models/spikey/rng";
import { mergeParams, specHash, type NetworkSpec } from "../../models/spikey/spec";
import { stateKey, type GameState } from "../../models/spikey/types";

export interface SpikeyJobSpec {
  readonly preset: string;
  readonly seed: number;
  /** The user's keys (highest priority). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Override the preset's train / held-out pattern counts. */
  readonly train?: number;
  readonly evaluate?: number;
}

export interface SpikeyRow {
  readonly preset: string;
  readonly seed: number;
  readonly rate_by_state: Record<string, number>;
  readonly margin: number;
  readonly accuracy: number;
  readonly flatness: number;
  /** Held-out ticks whose action is 1 for a rewarded / XOR-1 state and 0 otherwise (E5's score; E1/E4's Threshold at 0 always answers 1). */
  readonly action_match: number;
  /** The same rates over the last 100 training patterns (learning on; what Spikey's notebooks score). */
  readonly train_tail_rate_by_state: Record<string, number>;
  readonly train_tail_margin: number;
  readonly threshold: number;
  readonly train_patterns: number;
  readonly heldout_patterns: number;
  readonly weight_sum_start: number;
  readonly weight_sum_end: number;
  readonly hash: string;
  readonly spec: NetworkSpec;
}

/** Whether a state is in the rewarded / XOR-1 class of the preset. */
function positive(preset: SpikeyPreset, params: Readonly<Record<string, unknown>>, state: GameState): boolean {
  if (preset.game.kind === "logic") return Number((params.expected_value as Record<string, number>)[stateKey(state)]) === 1;
  return (params.reward_states as number[]).map(String).includes(stateKey(state));
}

function makeGame(preset: SpikeyPreset, seed: number): SpikeyGame {
  const rng = streamRng(seed, STREAMS.game);
  return preset.game.kind === "logic" ? new Logic(preset.game.gate, rng) : new RandState(preset.game.n_states, rng);
}

/** The network spec a preset and the user's keys give for `seed`. */
export function presetSpec(preset: SpikeyPreset, seed: number, set: Readonly<Record<string, unknown>> = {}): { spec: NetworkSpec; game: SpikeyGame } {
  const game = makeGame(preset, seed);
  const params = mergeParams(preset.parts, game.params, preset.params, set);
  return { spec: { parts: preset.parts, params, seed }, game };
}

const sum = (a: Float32Array): number => a.reduce((s, x) => s + x, 0);

/** Run one seed; `progress` gets the fraction of patterns done. */
export function runSpikeyJob(job: SpikeyJobSpec, hooks: { progress?: (f: number) => void } = {}): SpikeyRow {
  const preset = findPreset(job.preset);
  if (!preset) throw new SornInputError("preset", `unknown preset '${job.preset}' (presets: ${PRESETS.map((p) => p.name).join(", ")})`);
  const { spec, game } = presetSpec(preset, job.seed, job.set);
  const net = new SpikeyNetwork(spec);
  const train = job.train ?? preset.train;
  const evaluate = job.evaluate ?? preset.evaluate;
  const total = train + evaluate;
  const w0 = sum(net.weights.w);
  const perEpisode = Math.ceil(train / preset.episodes);
  const tail: { pos: boolean; rate: number; key: string }[] = [];
  let state = game.reset();
  for (let k = 0; k < train; k++) {
    if (k > 0 && k % perEpisode === 0) {
      net.reset();
      state = game.reset();
    }
    const action = net.tick(state);
    net.reward(state, action);
    if (k >= train - 100) tail.push({ pos: positive(preset, spec.params, state), rate: net.outputRate(), key: stateKey(state) });
    state = game.step(action);
    if (hooks.progress && k % 20 === 0) hooks.progress(k / total);
  }
  const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const hi = mean(tail.filter((x) => x.pos).map((x) => x.rate));
  const lo = mean(tail.filter((x) => !x.pos).map((x) => x.rate));
  const threshold = (hi + lo) / 2;
  net.setLearning(false);
  const byState = new Map<string, { pos: boolean; rates: number[] }>();
  let correct = 0;
  let matches = 0;
  for (let k = 0; k < evaluate; k++) {
    const action = net.tick(state);
    if (action === (positive(preset, spec.params, state) ? 1 : 0)) matches++;
    const rate = net.outputRate();
    const pos = positive(preset, spec.params, state);
    const key = stateKey(state);
    if (!byState.has(key)) byState.set(key, { pos, rates: [] });
    byState.get(key)!.rates.push(rate);
    if (rate > threshold === pos) correct++;
    state = game.step(action);
    if (hooks.progress && k % 20 === 0) hooks.progress((train + k) / total);
  }
  const tail_rate_by_state: Record<string, number> = {};
  for (const key of [...new Set(tail.map((x) => x.key))].sort()) tail_rate_by_state[key] = mean(tail.filter((x) => x.key === key).map((x) => x.rate));
  const tailPos = Object.keys(tail_rate_by_state).filter((k) => tail.find((x) => x.key === k)!.pos).map((k) => tail_rate_by_state[k]);
  const tailNeg = Object.keys(tail_rate_by_state).filter((k) => !tail.find((x) => x.key === k)!.pos).map((k) => tail_rate_by_state[k]);
  const rate_by_state: Record<string, number> = {};
  for (const key of [...byState.keys()].sort()) rate_by_state[key] = mean(byState.get(key)!.rates);
  const posRates = [...byState.values()].filter((x) => x.pos).map((x) => mean(x.rates));
  const negRates = [...byState.values()].filter((x) => !x.pos).map((x) => mean(x.rates));
  const all = Object.values(rate_by_state);
  return {
    preset: preset.name,
    seed: job.seed,
    rate_by_state,
    margin: posRates.length && negRates.length ? Math.min(...posRates) - Math.max(...negRates) : NaN,
    accuracy: evaluate ? correct / evaluate : NaN,
    flatness: Math.max(...all) - Math.min(...all),
    action_match: evaluate ? matches / evaluate : NaN,
    train_tail_rate_by_state: tail_rate_by_state,
    train_tail_margin: tailPos.length && tailNeg.length ? Math.min(...tailPos) - Math.max(...tailNeg) : NaN,
    threshold,
    train_patterns: train,
    heldout_patterns: evaluate,
    weight_sum_start: w0,
    weight_sum_end: sum(net.weights.w),
    hash: specHash(spec),
    spec,
  };
}
