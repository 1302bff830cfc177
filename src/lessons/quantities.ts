/**
 * The named quantities a lesson's checks read from the lab's state (the registry a lesson file is
 * validated against). Each reads the lab's configuration, its step count, compare mode or what the
 * step's probe has seen (`probe.ts`): per-step series, per-neuron rates, weight snapshots, job
 * results. A quantity that has nothing to read yet gives null (the check is not met, never NaN).
 */
import { PARAM_SPECS, ipTarget } from "../models/sorn/params";
import { RULES } from "../models/sorn/rules";
import type { LabConfig } from "../state/schema";
import { PER_STEP, type LessonProbe, type PerStepName } from "./probe";
import { FIG1_QUANTITIES, fig1Value } from "./fig1";
import { stdpPairChange } from "./stdp-pair";
import { turnover } from "./weights";
import type { QuantityValue } from "./types";

/** What a quantity reads. */
export interface LessonContext {
  /** The configuration the page shows (edits waiting for a reset included). */
  config: LabConfig;
  /** The configuration the running network was built with. */
  built: LabConfig;
  /** Steps simulated so far. */
  t: number;
  /** Whether compare mode is on. */
  comparing: boolean;
  probe: LessonProbe;
}

/** One quantity of the registry. */
export interface QuantityDef {
  name: string;
  kind: "number" | "boolean" | "string";
  /** A per-step series: a check may average it `overSteps`. */
  perStep?: boolean;
  /** What the page must fetch for it: weight snapshots, or the step's jobs. */
  needs?: "weights" | "job";
  description: string;
  read(c: LessonContext): QuantityValue | null;
}

const finite = (v: number | undefined | null): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);
const last = (s: readonly number[]): number | null => (s.length ? s[s.length - 1] : null);
const stdpApplies = (c: LessonContext) => c.config.rules.stdp && c.config.phase === "plasticity";

const PER_STEP_TEXT: Record<PerStepName, string> = {
  "rate.E": "fraction of E neurons active at a step, x̄(t) = Σ_i x_i(t) / N_E",
  "rate.I": "fraction of I neurons active at a step",
  "synapses.EE": "number of E→E synapses at a step",
  "threshold.E": "mean E threshold ⟨T_E⟩ at a step",
  hamming: "compare mode: Hamming distance d(t) = #{i : x_i^A(t) ≠ x_i^B(t)} at a step",
};

function weights(name: string, description: string, read: (c: LessonContext) => number | null): QuantityDef {
  return { name, kind: "number", needs: "weights", description, read };
}

const FIXED: QuantityDef[] = [
  { name: "t", kind: "number", description: "steps simulated so far", read: (c) => c.t },
  { name: "steps", kind: "number", description: "steps seen since this lesson step began", read: (c) => c.probe.steps },
  { name: "seed", kind: "number", description: "the run's seed (as built)", read: (c) => c.built.seed },
  { name: "phase", kind: "string", description: "'plasticity' or 'training'", read: (c) => c.config.phase },
  { name: "noise", kind: "boolean", description: "whether the Gaussian noise is on", read: (c) => c.config.noise },
  { name: "compare.on", kind: "boolean", description: "whether compare mode is on", read: (c) => c.comparing },
  ...RULES.map((r): QuantityDef => ({ name: `rule.${r}`, kind: "boolean", description: `whether the ${r} rule is on`, read: (c) => c.config.rules[r] })),
  ...PARAM_SPECS.filter((s) => s.kind !== "choice").map(
    (s): QuantityDef => ({
      name: `param.${s.name}`,
      kind: "number",
      description: s.name === "h_ip" ? "the IP target h_ip (2·nu/ne when blank)" : `the parameter ${s.name} as the page shows it`,
      read: (c) => (s.name === "h_ip" ? ipTarget(c.config.params) : finite(c.config.params[s.name] as number)),
    }),
  ),
  ...PER_STEP.map((n): QuantityDef => ({ name: n, kind: "number", perStep: true, description: `${PER_STEP_TEXT[n]} (the latest)`, read: (c) => last(c.probe.series(n)) })),
  {
    name: "synapses.EE.change",
    kind: "number",
    description: "E→E synapses now minus at the step's first step",
    read: (c) => {
      const s = c.probe.series("synapses.EE");
      return s.length ? s[s.length - 1] - s[0] : null;
    },
  },
  { name: "hamming.max", kind: "number", description: "largest d(t) since the step began (compare mode)", read: (c) => (c.probe.series("hamming").length ? Math.max(...c.probe.series("hamming")) : null) },
  {
    name: "rates.E.sd",
    kind: "number",
    description: "standard deviation over E neurons of their rates over the last 1,000 steps",
    read: (c) => {
      const r = c.probe.ratesE;
      if (!r || r.length < 2) return null;
      let m = 0;
      for (const v of r) m += v;
      m /= r.length;
      let s = 0;
      for (const v of r) s += (v - m) ** 2;
      return Math.sqrt(s / r.length);
    },
  },
  { name: "stdp.causal", kind: "number", description: "ΔW_ji the lab's STDP gives one synapse when j fires at t and i at t+1 (+η_stdp)", read: (c) => stdpPairChange("causal", c.config.params.eta_stdp, stdpApplies(c)) },
  { name: "stdp.anticausal", kind: "number", description: "ΔW_ji when i fires at t and j at t+1 (−η_stdp)", read: (c) => stdpPairChange("anticausal", c.config.params.eta_stdp, stdpApplies(c)) },
  weights("weights.sumDev", "max over E neurons i of |Σ_j W_ji − 1| (normalisation keeps it ≈ 0)", (c) => finite(c.probe.weightsNow?.sumDev)),
  weights("weights.max", "largest E→E weight", (c) => finite(c.probe.weightsNow?.max)),
  weights("weights.mean", "mean E→E weight over the synapses", (c) => finite(c.probe.weightsNow?.mean)),
  weights("weights.fraction", "connection fraction #{W_ji > 0} / (N_E (N_E − 1))", (c) => finite(c.probe.weightsNow?.fraction)),
  weights("weights.skew", "skewness of the weights w ≥ 0.01", (c) => finite(c.probe.weightsNow?.skew)),
  weights("weights.lnSkew", "skewness of ln w over w ≥ 0.01 (≈ 0 for a lognormal)", (c) => finite(c.probe.weightsNow?.lnSkew)),
  weights("weights.lost", "fraction of the step's first synapses gone now (pruned)", (c) => {
    const { weightsFirst: a, weightsNow: b } = c.probe;
    return a && b ? finite(turnover(a, b).lost) : null;
  }),
  weights("weights.gained", "fraction of the synapses now that were not there when the step began (grown)", (c) => {
    const { weightsFirst: a, weightsNow: b } = c.probe;
    return a && b ? finite(turnover(a, b).gained) : null;
  }),
  ...FIG1_QUANTITIES.map(
    (q): QuantityDef => ({
      name: q.name,
      kind: "number",
      description: `Florian 2007 Fig. 1 under ${q.rule}: ${{ final: "w(200 ms)", peak: "the largest w", peakAt: "when w peaks (ms)", flip: "w at the reward's flip (100 ms)" }[q.field]}`,
      read: () => fig1Value(q.rule, q.field),
    }),
  ),
];

/** The fixed quantities by name. */
export const QUANTITIES: ReadonlyMap<string, QuantityDef> = new Map(FIXED.map((q) => [q.name, q]));

/** `job.<index>.<path>`: a number or switch in the result of the step's job `index` (path: keys and array indices). */
const JOB = /^job\.(\d+)((?:\.[A-Za-z_][A-Za-z0-9_]*|\.\d+)+)$/;

/** A job quantity's parts, or null when `name` is not one. */
export function jobQuantity(name: string): { index: number; path: string[] } | null {
  const m = JOB.exec(name);
  return m ? { index: Number(m[1]), path: m[2].slice(1).split(".") } : null;
}

/** The quantity called `name` (a fixed one or a job path), or null. */
export function quantityNamed(name: string): QuantityDef | null {
  const fixed = QUANTITIES.get(name);
  if (fixed) return fixed;
  const job = jobQuantity(name);
  if (!job) return null;
  return {
    name,
    kind: "number",
    needs: "job",
    description: `field ${job.path.join(".")} of job ${job.index}'s result`,
    read(c) {
      let v: unknown = c.probe.jobs[job.index];
      for (const k of job.path) v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[k] : undefined;
      return typeof v === "boolean" ? v : finite(v as number);
    },
  };
}
