/**
 * The SORN lessons on one rule each: STDP's kernel, intrinsic plasticity setting each neuron's
 * rate, synaptic normalisation bounding the weights. Small networks (N_E = 100) so every step runs
 * in a second or two. The thresholds are the spec's (experiments.md, "Lessons that reuse these
 * presets") or stated from first principles in the step's text, never fitted to a run.
 */
import type { Lesson } from "../types";

/** Hidden in every lesson here: files and the input chooser (the lessons use the default input). */
const HIDE = ["files", "input"];

export const STDP_LESSON: Lesson = {
  id: "stdp",
  title: "STDP: the order of two spikes",
  level: "intro",
  summary: "Spike-timing-dependent plasticity strengthens a synapse when the presynaptic spike comes first and weakens it when it comes second.",
  start: { params: { ne: 100 }, hide: HIDE },
  steps: [
    {
      text: "STDP changes an E→E weight W_ji by the order of the spikes of j (before the synapse) and i (after it). Set eta_stdp to 0.01 under Parameters ▸ Plasticity.",
      maths: "ΔW_ji = η_stdp·(x_i(t+1)·x_j(t) − x_i(t)·x_j(t+1))",
      highlight: "eta_stdp",
      check: { all: [{ quantity: "param.eta_stdp", equals: 0.01 }, { quantity: "stdp.causal", near: "param.eta_stdp", tol: 1e-12 }] },
    },
    {
      text: "Neuron j fires at step t and neuron i at step t+1.",
      question: {
        prompt: "What does STDP do to the synapse j → i?",
        choices: ["It grows by η_stdp", "It shrinks by η_stdp", "Nothing: only spikes at the same step count"],
        answer: 0,
        explain: "x_i(t+1)·x_j(t) = 1 and x_i(t)·x_j(t+1) = 0, so ΔW_ji = +η_stdp = +0.01: the lab's rule gives exactly that (stdp.causal). Pre before post is causal and is strengthened.",
      },
    },
    {
      text: "Now the other order: i fires at t, j at t+1.",
      question: {
        prompt: "What happens to W_ji now?",
        choices: ["It grows by η_stdp", "It shrinks by η_stdp", "It is pruned at once"],
        answer: 1,
        explain: "The second product is 1: ΔW_ji = −η_stdp (stdp.anticausal = −0.01). A weight that falls to w_min is pruned, but one step of −0.01 rarely gets there.",
      },
    },
    {
      text: "Switch STDP off under Plasticity: the kernel is gone, a pair in either order changes nothing.",
      highlight: "STDP",
      check: { all: [{ quantity: "rule.stdp", equals: false }, { quantity: "stdp.causal", equals: 0 }, { quantity: "stdp.anticausal", equals: 0 }] },
    },
    {
      text: "Run 1,000 steps with STDP off and watch the weight histogram: normalisation and structural plasticity still move the weights, but no longer by spike order.",
      run: 1000,
      check: { quantity: "steps", atLeast: 1000 },
    },
  ],
};

export const IP_LESSON: Lesson = {
  id: "intrinsic-plasticity",
  title: "Intrinsic plasticity sets each neuron's rate",
  level: "intro",
  summary: "Each E neuron moves its threshold until it fires at the target rate h_ip; without IP the rates spread.",
  start: { params: { ne: 100 }, hide: HIDE },
  steps: [
    {
      text: "Run 3,000 steps. IP raises a neuron's threshold after it fires and lowers it otherwise, so the E rate settles at the target h_ip (here 2·nu/ne = 0.2). Watch the population activity.",
      maths: "ΔT_i = η_ip·(x_i(t+1) − h_ip)",
      run: 3000,
      check: { quantity: "rate.E", near: "param.h_ip", tol: 0.01, overSteps: 2000 },
    },
    {
      text: "Not only the mean: every neuron has its own threshold, so each one fires near h_ip. Look at the firing-rates panel: the spread over neurons of their 1,000-step rates is at most 0.03, about twice the counting noise √(0.2·0.8/1000) ≈ 0.013.",
      highlight: "Firing rates across neurons",
      check: { quantity: "rates.E.sd", atMost: 0.03 },
    },
    {
      text: "Set h_ip to 0.1, press Reset (h_ip is built into the network) and run 3,000 steps. The rate follows the new target.",
      highlight: "h_ip",
      run: 3000,
      check: { all: [{ quantity: "param.h_ip", near: 0.1, tol: 1e-12 }, { quantity: "rate.E", near: "param.h_ip", tol: 0.01, overSteps: 2000 }] },
    },
    {
      text: "Switch IP off, press Reset and run 3,000 steps. The thresholds keep their random start values: the spread of the neurons' rates is now at least 0.06 (five times the counting noise).",
      highlight: "IP",
      run: 3000,
      check: { all: [{ quantity: "rule.ip", equals: false }, { quantity: "steps", atLeast: 3000 }, { quantity: "rates.E.sd", atLeast: 0.06 }] },
    },
    {
      text: "With IP off the mean rate also wanders, pushed by STDP and the weights.",
      question: {
        prompt: "Why do the neurons' rates spread without IP?",
        choices: ["Each neuron keeps the threshold it started with, so some fire often and some rarely", "The noise is switched off", "Synaptic normalisation stops"],
        answer: 0,
        explain: "IP is the only rule that moves the thresholds T_i. Without it, a neuron whose random threshold is low fires often and one with a high threshold hardly at all.",
      },
    },
  ],
};

export const NORMALISATION_LESSON: Lesson = {
  id: "normalisation",
  title: "Synaptic normalisation keeps the weights bounded",
  level: "intro",
  summary: "After every step each neuron's incoming E weights are rescaled to sum to 1; switch it off and the sums run away.",
  start: { params: { ne: 100 }, hide: HIDE },
  steps: [
    {
      text: "Run 500 steps. Synaptic normalisation (SS) divides each neuron's incoming E→E weights by their sum after every step, so every column of W sums to 1 (to rounding: within 1e-12).",
      maths: "W_ji ← W_ji / Σ_k W_ki",
      run: 500,
      check: { all: [{ quantity: "steps", atLeast: 500 }, { quantity: "weights.sumDev", atMost: 1e-12 }] },
    },
    {
      text: "Switch SS off and run 1,000 steps. STDP now adds and removes weight with nothing pulling the sums back: they drift off 1 by more than a half.",
      highlight: "SS",
      run: 1000,
      check: { all: [{ quantity: "rule.ss", equals: false }, { quantity: "steps", atLeast: 1000 }, { quantity: "weights.sumDev", atLeast: 0.5 }] },
    },
    {
      text: "Look at the weight histogram: weights pile up at the top.",
      question: {
        prompt: "What still bounds a single weight with SS off?",
        choices: ["Only the clip at w_max = 1 after each STDP update", "Normalisation, more slowly", "Intrinsic plasticity"],
        answer: 0,
        explain: "STDP clips a weight above w_max to w_max (1): nothing else stops a strong synapse from growing further, so the strong get stronger until they reach it.",
      },
      check: { quantity: "weights.max", atMost: 1 },
    },
  ],
};
