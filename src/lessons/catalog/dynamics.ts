/**
 * The SORN lessons on dynamics and computation: order vs chaos (compare mode's Hamming distance,
 * then C22's flips at reduced size) and the counting task (C19's paired comparison at the quick
 * size, and why perf_reduced misleads: C17's n/(n+1)).
 */
import type { Lesson } from "../types";

/** C22's experiment at reduced size: 5,000 plastic steps, 20 flips, horizon 100. */
const FLIPS = { seed: 0, stepsPlastic: 5000, perturbations: 20, horizon: 100 };
/** The counting task at the quick size, one seed, readout X. */
const COUNTING = { n: 8, seed: 0, readouts: ["X"], stepsPlastic: 5000, stepsTrain: 1000, stepsTest: 1000 };

export const ORDER_CHAOS_LESSON: Lesson = {
  id: "order-chaos",
  title: "Order vs chaos: does a small difference grow?",
  level: "intermediate",
  summary: "Compare two runs spike by spike with the Hamming distance; flip one spike in a plastic and in a frozen network.",
  start: { params: { ne: 100 }, hide: ["files", "input"] },
  steps: [
    {
      text: "Open Compare, choose 'nothing (a copy)' and start comparing, then run 500 steps. Run B has A's state, inputs and noise: the Hamming distance must stay 0 (the engine is deterministic).",
      maths: "d(t) = #{i : x_i^A(t) ≠ x_i^B(t)}",
      highlight: "Compare",
      run: 500,
      check: { all: [{ quantity: "compare.on", equals: true }, { quantity: "hamming", atMost: 0, overSteps: 500 }] },
    },
    {
      text: "Stop comparing, then compare again with 'a rule switched' (STDP off in B) and run 500 steps. The runs now differ in one rule: d(t) leaves 0.",
      run: 500,
      check: { all: [{ quantity: "compare.on", equals: true }, { quantity: "hamming.max", atLeast: 1 }] },
    },
    {
      text: "Now the experiment: after 5,000 plastic steps of the counting input, freeze the network, flip one E spike (20 times) and follow d(t) for 100 steps, in a static network (no plasticity) and in a SORN. Run both.",
      jobs: [
        { label: "Run the static network", kind: "perturbation.run", spec: { condition: "static", ...FLIPS } },
        { label: "Run the SORN", kind: "perturbation.run", spec: { condition: "sorn", ...FLIPS } },
      ],
      check: {
        all: [
          { quantity: "job.0.dead", atLeast: 0.95 },
          { quantity: "job.0.d.20", atMost: 0.5 },
          { quantity: "job.1.d.10", atLeast: "job.0.d.10" },
          { quantity: "job.1.dead", atMost: "job.0.dead" },
        ],
      },
    },
    {
      text: "In the static network almost every flip dies out (d back to 0 by t = 100); in the SORN it lives on longer.",
      question: {
        prompt: "What does this say about the static network?",
        choices: ["Its dynamics are ordered: it forgets a perturbation", "It is chaotic", "It is silent"],
        answer: 0,
        explain: "A perturbation that dies out means the dynamics contract: an ordered regime. The spec gives no 'edge of chaos' verdict; it only compares the curves (C22).",
      },
    },
  ],
};

export const COUNTING_LESSON: Lesson = {
  id: "counting",
  title: "The counting task: why a SORN counts",
  level: "advanced",
  summary: "Words A B…B C and D E…E F: only a network that learned the input's structure can tell the last letter; perf_reduced hides it.",
  start: { preset: "lazar2009", hide: ["files"] },
  steps: [
    {
      text: "The input is words a b^n c or d e^n f (n = 8). A linear readout of the network's state must predict the next letter. Train a SORN (STDP, IP, SS) and a static network (no plasticity) at the quick size and compare perf_last, the score on the word's last letter (c or f), which needs memory of the word's first letter.",
      maths: "perf_last = fraction of right predictions of the letter after the last b/e",
      jobs: [
        { label: "Run the SORN", kind: "counting.run", spec: { condition: "sorn", ...COUNTING } },
        { label: "Run the static network", kind: "counting.run", spec: { condition: "static", ...COUNTING } },
      ],
      check: { quantity: "job.0.0.perf_last", atLeast: "job.1.0.perf_last" },
    },
    {
      text: "Now read perf_reduced, the score over every letter but the first of a word, for the static network.",
      check: { quantity: "job.1.0.perf_reduced", atLeast: 0.85 },
      question: {
        prompt: "The static network cannot count, yet its perf_reduced is high. Why?",
        choices: [
          "Inside a word every letter but the last is predictable without counting: a reader who cannot count still scores n/(n+1)",
          "The static network counts after all",
          "perf_reduced only scores the last letter",
        ],
        answer: 0,
        explain: "A predictor that always says 'b' after 'b' is right n of n+1 times: 8/9 ≈ 0.89 (spec C17). Only perf_last shows counting.",
      },
    },
  ],
};
