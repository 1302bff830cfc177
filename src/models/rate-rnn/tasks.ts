/**
 * The tasks (spec §2; `rate/model.py` and `rate/main.py`, DMS timings from the
 * cty20010831/spikeRNN_DMS fork), each a seeded trial generator and its rate-evaluation rule.
 *
 * Time is in steps of 5 ms. A trial's input `u` is nIn × T (row-major, u[c·T + t]); its target `z`
 * has T entries of which z[0 … T−2] are used (paired with o[k] = o_{k+1}, see forward.ts). The
 * rules read the T−1 outputs `o` from a start index, as the code slices `eval_o[start:]`:
 *
 * | task    | T   | nIn | stimulus                                            | target z                           | rule on o[start:]             |
 * |---------|-----|-----|-----------------------------------------------------|------------------------------------|-------------------------------|
 * | go-nogo | 200 | 1   | Go (rand ≤ 0.5): u = 1 on 50–74                      | Go: 1 from 75                      | from 75: Go max > 0.7; NoGo max|o| < 0.3 |
 * | mante   | 500 | 4   | ch1, ch2: randn ± 0.5 on 50–249; ch3/ch4 context, whole trial | ±1 (cued channel's sign) from 250 | last 200: +1 max > 0.7; −1 min < −0.7 |
 * | xor     | 300 | 2   | ch1 ±1 on 50–99, ch2 ±1 on 110–159                   | same +1 / diff −1 on 170–269       | from 200: same max > 0.7; diff min < −0.7 |
 * | dms     | 200 | 2   | ch1 ±1 on 50–74, ch2 ±1 on 150–174 (the fork)         | same +1 / diff −1 on 175–199       | from 175: same max > 0.7; diff min < −0.7 |
 *
 * Draws follow the code's numpy calls: go-nogo one `rand()`; xor/dms `rand() < 0.5` per channel;
 * mante `rand() ≤ 0.5`, `randn(200)` for ch1, the same for ch2, then `rand() ≤ 0.5` for the context.
 */
import type { NumpyRandom } from "../rng/numpy-random";

export const TASKS = ["go-nogo", "mante", "xor", "dms"] as const;
export type TaskId = (typeof TASKS)[number];

export function isTask(name: string): name is TaskId {
  return (TASKS as readonly string[]).includes(name);
}

/** One trial: input, target, its kind ("go"/"nogo", "same"/"diff", "+1"/"-1") and the label (+1, 0 or −1) the rule reads. */
export interface Trial {
  u: Float64Array;
  z: Float64Array;
  kind: string;
  label: number;
}

export interface Task {
  id: TaskId;
  /** Steps per trial. */
  T: number;
  nIn: number;
  /** Trials that must pass before success may stop training (go-nogo: tr > 1500). */
  minTrial: number;
  /** Index of o where the rule's window starts. */
  evalStart: number;
  generate(rng: NumpyRandom): Trial;
  /** Whether outputs `o` (T−1 entries) pass the rate-evaluation rule for a trial of `label`. */
  correct(o: ArrayLike<number>, label: number): boolean;
}

const AMP = 0.7;

function maxFrom(o: ArrayLike<number>, from: number, abs = false): number {
  let m = -Infinity;
  for (let k = from; k < o.length; k++) m = Math.max(m, abs ? Math.abs(o[k]) : o[k]);
  return m;
}
function minFrom(o: ArrayLike<number>, from: number): number {
  let m = Infinity;
  for (let k = from; k < o.length; k++) m = Math.min(m, o[k]);
  return m;
}

/** The ±0.7 rule shared by mante, xor and dms: +1 needs max > 0.7, −1 needs min < −0.7. */
export function signRule(o: ArrayLike<number>, label: number, from: number): boolean {
  return label > 0 ? maxFrom(o, from) > AMP : minFrom(o, from) < -AMP;
}

/** Go-NoGo: Go needs max o > 0.7; NoGo needs max |o| < 0.3 (the rate rule; LIF's uses max). */
export function goNogoRule(o: ArrayLike<number>, label: number, from = 75): boolean {
  return label === 1 ? maxFrom(o, from) > AMP : maxFrom(o, from, true) < 0.3;
}

const goNogo: Task = {
  id: "go-nogo", T: 200, nIn: 1, minTrial: 1500, evalStart: 75,
  generate(rng) {
    const u = new Float64Array(200);
    const z = new Float64Array(200);
    const go = rng.random() <= 0.5;
    if (go) {
      u.fill(1, 50, 75);
      z.fill(1, 75);
    }
    return { u, z, kind: go ? "go" : "nogo", label: go ? 1 : 0 };
  },
  correct: (o, label) => goNogoRule(o, label, 75),
};

const mante: Task = {
  id: "mante", T: 500, nIn: 4, minTrial: 0, evalStart: 299,
  generate(rng) {
    const T = 500;
    const u = new Float64Array(4 * T);
    const signs: number[] = [];
    for (let c = 0; c < 2; c++) {
      const s = rng.random() <= 0.5 ? 1 : -1;
      const noise = rng.normalFill(new Float64Array(200), 0, 1);
      for (let t = 0; t < 200; t++) u[c * T + 50 + t] = noise[t] + 0.5 * s;
      signs.push(s);
    }
    const context = rng.random() <= 0.5 ? 0 : 1;
    u.fill(1, (2 + context) * T, (3 + context) * T);
    const label = signs[context];
    const z = new Float64Array(T).fill(label, 250);
    return { u, z, kind: `ctx${context + 1} ${label > 0 ? "+1" : "-1"}`, label };
  },
  correct: (o, label) => signRule(o, label, o.length - 200),
};

/** The temporal XOR family: two ±1 cues, target ±1 (same/diff) on a window. */
function xorLike(id: TaskId, T: number, cue1: number, cue2: number, dur: number, zFrom: number, zTo: number, evalStart: number): Task {
  return {
    id, T, nIn: 2, minTrial: 0, evalStart,
    generate(rng) {
      const u = new Float64Array(2 * T);
      const s1 = rng.random() < 0.5 ? 1 : -1;
      u.fill(s1, cue1, cue1 + dur);
      const s2 = rng.random() < 0.5 ? 1 : -1;
      u.fill(s2, T + cue2, T + cue2 + dur);
      const label = s1 * s2;
      const z = new Float64Array(T).fill(label, zFrom, zTo);
      return { u, z, kind: label > 0 ? "same" : "diff", label };
    },
    correct: (o, label) => signRule(o, label, evalStart),
  };
}

const TASK_DEFS: Record<TaskId, Task> = {
  "go-nogo": goNogo,
  mante,
  xor: xorLike("xor", 300, 50, 110, 50, 170, 270, 200),
  dms: xorLike("dms", 200, 50, 150, 25, 175, 200, 175),
};

/** The task `id`. */
export function task(id: TaskId): Task {
  return TASK_DEFS[id];
}
