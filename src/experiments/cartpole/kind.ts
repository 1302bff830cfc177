/**
 * The pool's job kind "cartpole.run": one cart-pole run (run.ts) from its JSON spec, with the
 * pool's progress and cancel. Listed in src/pool/kinds.ts.
 */
import { defineKind } from "../../pool/registry";
import type { CartPoleRunSpec } from "./options";
import { runCartPole, type CartPoleRunResult } from "./run";

export const cartPoleRunKind = defineKind<CartPoleRunSpec, CartPoleRunResult>("cartpole.run", (spec, ctx) => runCartPole(spec, ctx));
