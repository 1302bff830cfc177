/**
 * Every job kind the pool knows, by importing the module that registers it. The pool's workers
 * and its main-thread entries (`node.ts`, `browser.ts`) import this file, so a kind listed here
 * runs everywhere. To add a kind: `defineKind(...)` in its own module, then one import line here.
 */
import "./test-kinds";
import "../experiments/cartpole/kind";
import "../experiments/counting/kind";
import "../experiments/counting/trace-kind";
import "../experiments/lognormal/kind";
import "../experiments/perturbation/kind";
import "../experiments/random-sequence/kind";
import "../experiments/rate-rnn/kind";
import "../experiments/rate-rnn/lif-kind";
import "../experiments/rate-rnn/lesson-kind";
import "../experiments/spikey/kind";
import "../experiments/sweep/kind";
