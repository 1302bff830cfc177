/**
 * The SORN lessons on the network's structure: the lognormal weight distribution that emerges
 * under Zheng 2013's settings (C21 at reduced size), and structural plasticity's turnover of
 * synapses.
 */
import type { Lesson } from "../types";

export const LOGNORMAL_LESSON: Lesson = {
  id: "lognormal",
  title: "Lognormal weights emerge",
  level: "intermediate",
  summary: "With Zheng 2013's settings (no input, strong noise, all rules) the E→E weights become lognormal: few strong synapses, many weak ones.",
  start: { preset: "zheng2013", hide: ["files", "input"] },
  steps: [
    {
      text: "Zheng's settings: no input, noise σ = √0.05, all five rules, N_E = 200. Run 10,000 steps and look at the weight histogram on its log axis with the fitted normal of ln w.",
      maths: "ln w ~ N(μ, σ²): skewness(w) ≫ 0, skewness(ln w) ≈ 0",
      run: 10000,
      highlight: "Wee weight distribution",
      check: {
        all: [
          { quantity: "steps", atLeast: 10000 },
          { quantity: "weights.skew", atLeast: 2 },
          { quantity: "weights.lnSkew", atLeast: -0.8, atMost: 0.8 },
        ],
      },
    },
    {
      text: "Run 40,000 more steps (to step 50,000). Pruning now beats growth: the connection fraction dips below 0.03 (spec C21: the minimum lies between 20,000 and 120,000 steps and is below 0.03).",
      run: 40000,
      check: { all: [{ quantity: "t", atLeast: 50000 }, { quantity: "weights.fraction", atMost: 0.03 }] },
    },
    {
      text: "The calibration runs of 200,000 steps found the minimum near 50,000 steps (0.012–0.014) and 0.040 at 200,000.",
      question: {
        prompt: "What happens after the dip?",
        choices: [
          "New synapses grow back (the fraction ends above 1.5× its minimum) and the weights are lognormal again",
          "Every synapse is pruned and the network falls silent",
          "The weights become uniform",
        ],
        answer: 0,
        explain: "Structural plasticity keeps adding synapses while STDP and normalisation sort them into a few strong and many weak: C21 asks for skewness(w) ≥ 2 and |skewness(ln w)| ≤ 0.8 at 200,000 steps.",
      },
    },
  ],
};

export const STRUCTURAL_LESSON: Lesson = {
  id: "structural-plasticity",
  title: "Structural plasticity and synaptic turnover",
  level: "intermediate",
  summary: "STDP prunes weak synapses while structural plasticity grows new ones: the wiring turns over.",
  start: { params: { ne: 100 }, hide: ["files", "input"] },
  steps: [
    {
      text: "Run 2,000 steps with every rule on. A weight STDP pushes to w_min is removed; SP adds a new synapse of weight 0.001 with probability sp_prob at each step. Compare the step's first snapshot of W with the latest: at least 1 % of the old synapses are gone and at least 1 % of today's are new.",
      maths: "P(new synapse per step) = sp_prob; W_ji ≤ w_min ⇒ removed",
      run: 2000,
      highlight: "Connections and mean threshold",
      check: { all: [{ quantity: "steps", atLeast: 2000 }, { quantity: "weights.lost", atLeast: 0.01 }, { quantity: "weights.gained", atLeast: 0.01 }] },
    },
    {
      text: "Switch SP off and run 2,000 steps: synapses are still pruned, none grow.",
      highlight: "SP",
      run: 2000,
      check: {
        all: [
          { quantity: "rule.sp", equals: false },
          { quantity: "steps", atLeast: 2000 },
          { quantity: "weights.gained", equals: 0 },
          { quantity: "synapses.EE.change", atMost: -1 },
        ],
      },
    },
    {
      text: "Look at the connections panel: the E→E count falls steadily without SP.",
      question: {
        prompt: "What would the network become with SP off for a very long time?",
        choices: ["Ever sparser: pruning only removes synapses", "Denser: STDP adds synapses", "The same: normalisation keeps the count"],
        answer: 0,
        explain: "Only SP creates synapses. Normalisation keeps each neuron's weights summing to 1, not their number.",
      },
    },
  ],
};
