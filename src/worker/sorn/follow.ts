/**
 * SORN's follower: one neuron's spike and threshold after every step (Te for an E neuron, the
 * fixed Ti for an I neuron), gathered between frames and sent as the frame extra `followed`.
 */
import type { StepSample } from "../../models/model";
import type { SornNetwork } from "../../models/sorn/network";
import type { NeuronFollower } from "../family-adapter";

/** The followed neuron's steps since the previous frame. */
export interface FollowedTrace {
  /** The neuron, numbered over all groups (E 0..ne−1, then I). */
  neuron: number;
  /** Step number of the last entry (entry k is step last − steps + 1 + k). */
  last: number;
  /** 0/1 per step. */
  spikes: Uint8Array;
  /** The threshold after each step. */
  threshold: Float64Array;
  /** Which threshold it is: "Te" (E neurons) or "Ti" (I neurons). */
  thresholdName: "Te" | "Ti";
}

declare module "../protocol" {
  interface FrameExtras {
    /** SORN: the followed neuron's spikes and threshold at every step since the previous frame. */
    followed?: FollowedTrace;
  }
}

/** Most steps one frame carries (a longer backlog keeps the latest). */
const MAX_STEPS = 50_000;

/** A follower of neuron `neuron` of `net`; a neuron outside the network throws. */
export function sornFollower(net: SornNetwork, neuron: number): NeuronFollower {
  const all = net.ne + net.ni;
  if (!Number.isInteger(neuron) || neuron < 0 || neuron >= all) throw new RangeError(`neuron must be a whole number from 0 to ${all - 1}, got ${neuron}`);
  const isE = neuron < net.ne;
  const j = isE ? neuron : neuron - net.ne;
  let spikes = new Uint8Array(256);
  let threshold = new Float64Array(256);
  let n = 0;
  let last = net.t;
  return {
    record(s: StepSample) {
      if (n === MAX_STEPS) {
        spikes.copyWithin(0, MAX_STEPS / 2, n);
        threshold.copyWithin(0, MAX_STEPS / 2, n);
        n -= MAX_STEPS / 2;
      }
      if (n === spikes.length) {
        const size = Math.min(MAX_STEPS, 2 * n);
        const sp = new Uint8Array(size);
        sp.set(spikes);
        const th = new Float64Array(size);
        th.set(threshold);
        spikes = sp;
        threshold = th;
      }
      spikes[n] = s.spikes[isE ? 0 : 1][j];
      threshold[n] = (isE ? net.net.Te : net.net.Ti)[j];
      last = s.t;
      n++;
    },
    take() {
      const out: FollowedTrace = { neuron, last, spikes: spikes.slice(0, n), threshold: threshold.slice(0, n), thresholdName: isE ? "Te" : "Ti" };
      n = 0;
      return { followed: out };
    },
  };
}
