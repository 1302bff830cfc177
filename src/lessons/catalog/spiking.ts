/**
 * The two lessons on the spiking networks around SORN: reward-modulated STDP (Florian 2007 Fig. 1
 * in the Experiments ▸ Spikey networks tab; the checks read the same curve, computed by the lesson
 * with the Spikey models' rules: `fig1.ts`) and from rates to spikes (a trained Go-NoGo rate RNN
 * mapped to LIF neurons, Kim, Li & Sejnowski 2019: the Experiments ▸ Spiking RNN tab, which the
 * lesson does not read: its steps are questions). The steps say where in the lab to look.
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

export const RATES_TO_SPIKES_LESSON: Lesson = {
  id: "rates-to-spikes",
  title: "From rates to spikes: a Go-NoGo RNN in LIF neurons",
  level: "advanced",
  summary: "A rate network trained on Go-NoGo becomes a network of leaky integrate-and-fire neurons by scaling its weights; the scaling λ decides whether it still works.",
  start: { params: { ne: 100 }, hide: ["files", "input"] },
  steps: [
    {
      text: "Kim, Li & Sejnowski (2019) train a rate RNN (Go: respond to a pulse, NoGo: stay silent), then copy its weights into LIF neurons, scaled: W_spk = λ·W_rate with λ = 1/s. Open Experiments ▸ Spiking RNN: its first half trains one (sorn rnn train on the command line), its second converts it over a grid of s.",
      maths: "W_spk = W_rate / s,  λ = 1/s",
      highlight: "Experiments",
      question: {
        prompt: "What does s = 1/λ control?",
        choices: ["How strongly each spike drives the next neurons", "How many neurons the LIF network has", "The length of a trial"],
        answer: 0,
        explain: "The LIF network has the rate network's units and connections; only the weights are divided by s, so s sets how much one spike moves the membrane potentials downstream.",
      },
    },
    {
      text: "In the tab's conversion half (train a network first, or load a model file), the accuracy-vs-s chart shows the LIF network's task accuracy at each s; the paper's grid search picks the best.",
      highlight: "2. Convert to a LIF network",
      question: {
        prompt: "Why does the accuracy fall at both ends of the s grid?",
        choices: [
          "Small s: spikes drive too hard and activity saturates; large s: too weak and the network falls silent",
          "The rate network was trained badly at those s",
          "The LIF time step changes with s",
        ],
        answer: 0,
        explain: "Only in between do the LIF rates follow the rate network's: that s (the λ) is what the conversion searches for.",
      },
    },
  ],
};
