/**
 * The two lessons on the spiking networks around SORN: reward-modulated STDP (Florian 2007 Fig. 1
 * in the Experiments ▸ Spikey networks tab; the checks read the same curve, computed by the lesson
 * with the Spikey models' rules: `fig1.ts`) and from rates to spikes (a trained Go-NoGo rate RNN
 * mapped to LIF neurons, Kim, Li & Sejnowski 2019: run as one pool job, `rnn.lesson`, whose result the
 * checks read; the Experiments ▸ Spiking RNN tab does the full grid search). The steps say where in the lab to look.
 */
import type { Lesson } from "../types";

export const REWARD_STDP_LESSON: Lesson = {
  id: "reward-stdp",
  title: "Reward-modulated STDP: eligibility and reward",
  level: "advanced",
  summary: "Florian's Fig. 1: a synapse remembers its recent spike pairings in an eligibility trace, and a later reward turns them into a weight change.",
  start: { params: { ne: 100 }, hide: ["files", "input"] },
  steps: [
    {
      text: "Open Experiments ▸ Spikey networks. Its third section draws Florian's Fig. 1: one synapse under three reward-modulated STDP rules, run by the Spikey models' own synapse parts.",
      highlight: "Experiments",
    },
    {
      text: "One synapse, 200 ms: pre spikes at 5, 80, 115, 135 ms, post at 10, 70, 110, 140 ms. The reward is +1 for the first 100 ms and −1 after. Follow the MSTDPET curve; the lesson computed the same curve, its values are below (spec: w(200) = 0.32161, peak 0.41960 at 140 ms).",
      highlight: "3. Florian 2007, Fig. 1: one synapse under reward-modulated STDP",
      maths: "τ_z·dz/dt = −z + ζ(t),  dw/dt = γ·r(t)·z(t)",
      check: {
        all: [
          { quantity: "fig1.mstdpet.final", near: 0.32161, tol: 1e-5 },
          { quantity: "fig1.mstdpet.peak", near: 0.4196, tol: 1e-5 },
          { quantity: "fig1.mstdpet.peakAt", equals: 140 },
        ],
      },
      question: {
        prompt: "The last pairing (pre 135 ms, post 140 ms) is causal, yet after 140 ms the weight falls. Why?",
        choices: [
          "The reward is −1 then: the positive eligibility trace times a negative reward lowers w",
          "STDP depresses causal pairs",
          "The weight decays by itself",
        ],
        answer: 0,
        explain: "After 100 ms r = −1: dw/dt = γ·r·z < 0 while z > 0, so the credit the pairing earned is taken away as long as the trace lasts.",
      },
    },
    {
      text: "Without the trace (MSTDP) a pairing only counts at the moment it happens. Compare the two rules' curves and final weights (the panel's table, and below).",
      maths: "MSTDP: dw/dt = γ·r(t)·ζ(t)",
      check: { quantity: "fig1.mstdpet.final", atLeast: "fig1.mstdp.final" },
      question: {
        prompt: "Why does MSTDPET end higher than MSTDP here?",
        choices: [
          "Its trace carries the credit of the early causal pairings while the reward is still +1",
          "It uses a larger learning rate",
          "It ignores the reward",
        ],
        answer: 0,
        explain: "MSTDPET's trace z keeps the 5→10 ms pairing's credit for about τ_z = 25 ms, all of it under r = +1. MSTDP is credited at the pairing only, and its late pairings all fall under r = −1.",
      },
    },
  ],
};

/**
 * The rates-to-spikes lesson's job ("rnn.lesson", src/experiments/rate-rnn/lesson-kind.ts): train a
 * Go-NoGo sigmoid rate RNN of the paper's N = 200, then score its LIF network on 10 trials at each
 * s. The grid: 5 (λ = 1/5, far below the paper's 20–75), 20 (the grid's start), 50 (the best of an
 * 11-value scan at seed 0, in Node) and 200 (far above).
 * The seed is a disclosed choice, not a measurement: seed 0 (picked first) converts to 0.9 at best
 * (0.8 in the page), below the spec's 0.95, and only 5 of our 10 Go-NoGo networks reach 0.95
 * (README, `scripts/rnn-convert-stats.ts`; the paper: 94 of 100). The lesson shows a network that
 * does convert — seed 4, one of those 5 (best 1.0 at s = 20 in that run) — and says so to the student.
 */
const RATES_TO_SPIKES_JOB = { seed: 4, n: 200, sValues: [5, 20, 50, 200], trials: 10 };

export const RATES_TO_SPIKES_LESSON: Lesson = {
  id: "rates-to-spikes",
  title: "From rates to spikes: a Go-NoGo RNN in LIF neurons",
  level: "advanced",
  summary: "A rate network trained on Go-NoGo becomes a network of leaky integrate-and-fire neurons by scaling its weights; the scaling λ decides whether it still works.",
  start: { params: { ne: 100 }, hide: ["files", "input"] },
  steps: [
    {
      text: "Kim, Li & Sejnowski (2019) train a rate RNN on Go-NoGo (Go: a pulse, answer 1; NoGo: no pulse, stay at 0), then copy its weights into leaky integrate-and-fire neurons, scaled: W_spk = λ·W_rate with λ = 1/s. The input weights are not scaled; the time constants are copied.",
      maths: "W_spk = W_rate / s,  w_out,spk = w_out / s,  λ = 1/s",
      question: {
        prompt: "What does s = 1/λ control?",
        choices: ["How strongly each spike drives the next neurons", "How many neurons the LIF network has", "The length of a trial"],
        answer: 0,
        explain: "The LIF network has the rate network's units and connections; only the weights are divided by s, so s sets how much one spike moves the membrane potentials downstream.",
      },
    },
    {
      text: "Run it: the job trains a rate network of N = 200 units (seed 4: one of the 5 in 10 of our networks that convert at ≥ 0.95 — the paper found 94 in 100, so this one is chosen to show a conversion that works; it stops once the loss is < 7 and the accuracy > 0.95 after trial 1,500; 30–50 s here), then runs its LIF network (0.05 ms steps) on 10 Go/NoGo trials at s = 5, 20, 50 and 200. The spec: a successful LIF network scores ≥ 0.95 at the best s; too small and too large an s fail; LIF rates are a few to tens of Hz.",
      maths: "τ_m dv/dt = −v + I_syn + I_bias + W_in u,  spike at v ≥ −40 mV, reset −65 mV",
      jobs: [{ label: "Train and convert", kind: "rnn.lesson", spec: RATES_TO_SPIKES_JOB }],
      check: {
        all: [
          { quantity: "job.0.trained", equals: true },
          { quantity: "job.0.accuracyRate", atLeast: 0.95 },
          { quantity: "job.0.best_accuracy", atLeast: 0.95 },
          { quantity: "job.0.lif.0.accuracy", atMost: 0.9 },
          { quantity: "job.0.lif.3.accuracy", atMost: 0.9 },
          { quantity: "job.0.best_rates_hz", atLeast: 1, atMost: 100 },
        ],
      },
    },
    {
      text: "Read the accuracies along s: below 0.95 (10 trials: at most 0.9) the LIF network fails. At s = 5 and s = 200 it fails.",
      question: {
        prompt: "Why does the accuracy fall at both ends of the s grid?",
        choices: [
          "Small s: each spike drives too hard and the recurrent input swamps the dynamics; large s: the recurrent and readout weights become too weak to carry the rate network's computation",
          "The rate network was trained badly at those s",
          "The LIF time step changes with s",
        ],
        answer: 0,
        explain: "A spike delivers W/s of charge: only in between do the LIF rates follow the rate network's, so s (λ = 1/s) is what the conversion searches for, on a grid (the paper: s = 20, 25, …, 75, 100 trials each).",
      },
    },
    {
      text: "Open Experiments ▸ Spiking RNN to do the paper's grid search yourself: train a network (or load a model file), then convert it over a grid of s and read the accuracy-vs-s chart and the rasters.",
      highlight: "Experiments",
    },
  ],
};
