/**
 * Every sweep target, by importing the module that registers it (`./registry.ts` explains how
 * to add one). Whatever looks a target up imports this file first.
 */
import "./toy";
import "./nqueens";
import "./sorn-run";
import "./counting";
import "./rnn-train";
import "./spikey";

export { findTarget, takesParam, targetIds, type MetricValues, type SweepTarget } from "./registry";
