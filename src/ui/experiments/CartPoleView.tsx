/**
 * The cart-pole view (spec §1.6, §2.5): the canvas animation (drawn by `CartPoleAnimation`
 * outside React), Play / Pause / Step / Reset, the speed, the environment, the policy, the seed
 * and an optional start state; the step, episode, return, how the episode ended and Gymnasium's
 * "step after termination" warning. Everything it decides is in `CartPolePlayer`.
 */
import { lazy, Suspense, useEffect, useRef, type ReactNode } from "react";
import { useStore } from "zustand";
import { CARTPOLE_IDS, CARTPOLE_SPECS, type CartPoleId } from "../../models/cartpole/specs";
import { CartPoleAnimation } from "../../plots/cartpole-animation";
import { PLAYER_SPEEDS, type CartPolePlayer, type PlayerSpeed, type PlayerStatus } from "../../state/experiments/cartpole-player";
import { LEARNER_CHOICE, POLICY_CHOICES, viewPolicy } from "../../state/experiments/cartpole-policies";
import { CommitField } from "./CommitField";
import { learnerChoice } from "./runtime";

/** The learner's view: a chunk of its own, loaded when the learner is first chosen. */
const CartPoleLearnerView = lazy(() => import("./CartPoleLearnerView").then((m) => ({ default: m.CartPoleLearnerView })));

const fmt = (v: number, d = 3) => (v >= 0 ? "\u2007" : "") + v.toFixed(d);


/** The view around one player, or the learner's view when the learner is the chosen policy. */
export function CartPoleView({ player }: { player: CartPolePlayer }) {
  const learning = useStore(learnerChoice, (s) => s.active);
  const policy = useStore(player.store, (s) => s.policy);
  const choose = (id: string) => {
    if (id === LEARNER_CHOICE.id) {
      player.pause();
      learnerChoice.setState({ active: true });
    } else {
      learnerChoice.setState({ active: false });
      player.setPolicy(id);
    }
  };
  const select = (
    <label>
      Policy{" "}
      <select aria-label="Policy" value={learning ? LEARNER_CHOICE.id : policy} onChange={(e) => choose(e.target.value)}>
        {POLICY_CHOICES.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
    </label>
  );
  if (learning)
    return (
      <Suspense fallback={<p className="desc">Loading the learner…</p>}>
        <CartPoleLearnerView policySelect={select} />
      </Suspense>
    );
  return <PlayerView player={player} policySelect={select} />;
}

/** The player's controls, canvas and status. */
function PlayerView({ player, policySelect }: { player: CartPolePlayer; policySelect: ReactNode }) {
  const use = <T,>(f: (s: PlayerStatus) => T) => useStore(player.store, f);
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const a = new CartPoleAnimation(canvas.current!, player);
    return () => a.destroy();
  }, [player]);
  const playing = use((s) => s.playing);
  const env = use((s) => s.env);
  const policy = use((s) => s.policy);
  const speed = use((s) => s.speed);
  const seed = use((s) => s.seed);
  const start = use((s) => s.start);
  const errors = use((s) => s.errors);
  const episode = use((s) => s.episode);
  const step = use((s) => s.step);
  const ret = use((s) => s.return);
  const state = use((s) => s.state);
  const ended = use((s) => s.ended);
  const warning = use((s) => s.warning);
  const previous = use((s) => s.previous);
  return (
    <div className="exp-cartpole">
      <div className="exp-controls" role="group" aria-label="Cart-pole controls">
        {playing ? (
          <button type="button" className="primary" aria-label="Pause cart-pole" onClick={() => player.pause()}>
            Pause
          </button>
        ) : (
          <button type="button" className="primary" aria-label="Play cart-pole" onClick={() => player.play()}>
            Play
          </button>
        )}
        <button type="button" aria-label="Step cart-pole" title="One environment step" onClick={() => player.step()}>
          Step
        </button>
        <button type="button" aria-label="Reset cart-pole" title="Start over: episode 1 from the seed (or the start state)" onClick={() => player.reset()}>
          Reset
        </button>
        <label>
          Speed{" "}
          <select aria-label="Cart-pole speed" value={speed} onChange={(e) => player.setSpeed(e.target.value as PlayerSpeed)}>
            {PLAYER_SPEEDS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Environment{" "}
          <select aria-label="Environment" value={env} onChange={(e) => player.setEnv(e.target.value as CartPoleId)}>
            {CARTPOLE_IDS.map((id) => (
              <option key={id} value={id}>
                {id} ({CARTPOLE_SPECS[id].maxEpisodeSteps} steps)
              </option>
            ))}
          </select>
        </label>
        {policySelect}
      </div>
      <div className="exp-controls">
        <CommitField id="cartpole-seed" label="Seed" value={String(seed)} error={errors.seed} commit={(t) => player.setSeed(t)} />
        <CommitField id="cartpole-start" label="Start state x, ẋ, θ, θ̇" placeholder="blank: reset(seed)" wide value={start ? start.join(", ") : ""} error={errors.start} commit={(t) => player.setStart(t)} />
      </div>
      <p className="desc">{viewPolicy(policy).description}</p>
      <canvas ref={canvas} className="exp-canvas" aria-label="Cart-pole animation" role="img" data-testid="cartpole-canvas" />
      <p className="exp-readout" data-testid="cartpole-readout">
        Episode {episode} · step {step} · return {ret} · x = {fmt(state[0])} m · θ = {fmt(state[2])} rad ({fmt((state[2] * 180) / Math.PI, 1)}°)
      </p>
      <p role="status" className="exp-status" data-testid="cartpole-status">
        {ended ? `Episode ${episode} ended after ${step} steps: ${ended.reason}. ${playing ? "The next episode starts in a moment." : "Play starts the next episode; Reset starts over."}` : previous ? `Episode ${previous.episode}: ${previous.length} steps, return ${previous.return} (${previous.reason}).` : ""}
      </p>
      {warning && (
        <p role="alert" className="exp-warning" data-testid="cartpole-warning">
          Step after termination: {warning}
        </p>
      )}
    </div>
  );
}
