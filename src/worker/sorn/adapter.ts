/**
 * The SORN family in the worker: its frames carry the live Wee weight histogram with the
 * lognormal fit, and its run is identified by an FNV-1a hash of Wee.
 */
import type { Model } from "../../models/model";
import type { SornNetwork } from "../../models/sorn/network";
import { SornInputError } from "../../models/params/error";
import type { FamilyAdapter } from "../family-adapter";
import { sornFollower } from "./follow";
import { weightSummary, type WeightSummary } from "./weight-summary";

declare module "../protocol" {
  interface FrameExtras {
    /** SORN: the Wee weight histogram and lognormal fit. */
    weights?: WeightSummary;
  }
}

/** The model as a SORN network (a clear error for another family). */
export function sornOf(model: Model): SornNetwork {
  if (model.family !== "sorn") throw new SornInputError("model", `this needs a SORN run, not '${model.family}'`);
  return model as unknown as SornNetwork;
}

/** FNV-1a over (row, column, the float64's two words) of every non-zero Wee entry. */
function weeHash(net: SornNetwork): string {
  let h = 0x811c9dc5;
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const mix = (v: number) => {
    for (let b = 0; b < 4; b++) {
      h ^= (v >>> (8 * b)) & 0xff;
      h = Math.imul(h, 0x01000193);
    }
  };
  net.net.Wee.forEachNonZero((r, c, w) => {
    f[0] = w;
    mix(r);
    mix(c);
    mix(u[0]);
    mix(u[1]);
  });
  return (h >>> 0).toString(16).padStart(8, "0");
}

export const sornAdapter: FamilyAdapter = {
  family: "sorn",
  extras: (model) => {
    const net = sornOf(model);
    return { weights: weightSummary(net.net.Wee, net.params.w_max) };
  },
  stateDigest: (model) => {
    const net = sornOf(model);
    return { weeHash: weeHash(net), weeCount: net.net.Wee.nonZeroCount() };
  },
  follower: (model, neuron) => sornFollower(sornOf(model), neuron),
};
